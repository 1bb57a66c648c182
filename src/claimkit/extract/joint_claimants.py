"""Claims made jointly: the claim of a coordinated source goes to the actor named first.

"Kenya and Uganda accused Sudan of arming rebels": a :class:`~claimkit.model.Claim` has one
claimant, and annotators (``claims-dev``'s guidelines) record such a claim once, by the
first actor, the others as alternatives; so :func:`first_of_joint_claimants` gives it to
the first actor, not to whatever the whole phrase resolves to ("the US and its allies" was
"allies", "Trump and his attorneys" "attorneys"). :func:`conjuncts` reads the phrase: two
actors only when both halves name one each, on their own (a name the gazetteer or the
story knows: "Cruz and Rubio", "Clinton and the DNC"), not one name with "and" inside
("Bosnia and Herzegovina", "Smith and Wesson", two bare words no one is known by), nor
titles of one person ("former CEO and presidential candidate Carly Fiorina"); an actor and
its own company ("the US and its allies") or a counted group ("The Justice Department and 16
states") give the first alone.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Protocol, TypeVar

from claimkit.extract.claim_drafts import Draft
from claimkit.extract.roles import role_lexicon
from claimkit.extract.speakers import SpeakerResolver
from claimkit.lexicon import normalise_word
from claimkit.model import Actor, ActorKind

__all__ = ["conjuncts", "first_of_joint_claimants"]


class _Item(Protocol):
    """What the pass reads and sets of an attributed draft."""

    draft: Draft
    claimant: Actor
    target: Actor | None
    unnamed: bool


_ItemT = TypeVar("_ItemT", bound=_Item)

_AND = re.compile(r"\s+and\s+")
"""The word joining two actors."""
_BOTH = re.compile(r"\s*(?:[Bb]oth|[Tt]ogether)\s+")
"""A word before the first actor that says the two act together ("Both Cruz and Fiorina")."""
_RIGHT_END = re.compile(r"\s*(?:,|\(|\u2014|--|\s(?:both|together|jointly)\b)|\s*$")
"""Where the second actor's phrase ends: an apposition, a parenthesis or "both"."""
_OPENINGS = frozenset({"the", "The"})
"""The only lowercase-led words a second actor may open with ("Clinton and the DNC")."""
_PARENTHESIS = re.compile(r"\s*\([^()]*\)")
"""A parenthesis after a name ("Bob Goodlatte (R-Va.)")."""
_COMPANY = frozenset({"other", "others", "fellow"})
"""Words after "and" that join the first actor to a group it belongs to ("he and other
challengers")."""
_NOT_IN_LEFT = re.compile(r"[,;:\"\u201c\u201d]")
"""Marks that make the words before "and" an apposition or a list, not one actor."""


def _same_side(a: Actor, b: Actor) -> bool:
    return a.id == b.id or a.speaks_for(b) or b.speaks_for(a)


def _known(actor: Actor) -> bool:
    """Whether an actor is one the story or the gazetteer knows, not a guess at a word."""
    if actor.kind is ActorKind.UNKNOWN:
        return False
    return actor.kind is not ActorKind.PERSON or actor.anonymous or len(actor.name.split()) > 1


def conjuncts(text: str, source: tuple[int, int], resolver: SpeakerResolver
              ) -> list[tuple[tuple[int, int], Actor]]:
    """The actors of a source phrase made of two joined by "and", or none.

    Args:
        text: The document's text.
        source: The source phrase's span ("Kenya and Uganda").
        resolver: The document's speaker resolver.

    Returns:
        Each actor's span and actor, in text order: two actors each named on its own, or
        the first alone when the second is its own company ("the US and its allies");
        empty when the phrase is no such coordination.
    """
    start, end = source
    both = _BOTH.match(text, start, end)
    if both is not None:
        start = both.end()
    joins = list(_AND.finditer(text, start, end))
    if len(joins) != 1:
        return []
    join = joins[0]
    right_end = _RIGHT_END.search(text, join.end(), end)
    stop = right_end.start() if right_end is not None else end
    left, right = (start, join.start()), (join.end(), stop)
    right_words = text[right[0] : right[1]].split()
    left_words = _PARENTHESIS.sub("", text[left[0] : left[1]]).split()
    if not right_words or not left_words or _NOT_IN_LEFT.search(text, left[0], left[1]):
        return []  # "Stein, a physician and longtime activist": an apposition
    described = left_words[0] in _OPENINGS and right_words[0] in _OPENINGS
    last = left_words[-1]
    if (not described and not (left_words[0][:1].isupper() and last[:1].isupper())) or (
        _role_word(last)
    ):
        return []  # "Conservative columnist and Fox News contributor George Will"
    if any(m.span.start < join.start() and m.span.end > join.end()
           for m in resolver.mentions_in(source)):
        return []  # one name: "Bosnia and Herzegovina", "Department of Health and Human ..."
    first = _actor_of(left, text, resolver)
    if first is None:
        return []
    opening = right_words[0].lower()
    if opening in resolver.resolver.words.possessive_pronouns or opening in _COMPANY or (
        opening.isdigit()
    ):  # "the US and its allies", "Trump and his attorneys", "The Justice Department and 16
        return [(left, first)]  # states": a counted group joins the first, named actor
    second = _actor_of(right, text, resolver)
    if second is None or not (right_words[0][:1].isupper() or right_words[0] in _OPENINGS) or (
        _same_side(first, second)
    ):
        return []  # "CEO and presidential candidate Carly Fiorina"; "X and the X campaign"
    if not described and text[right[0] : right[1]].split()[-1][:1].islower():
        return []  # "White House and Pentagon spokesmen", "Trump and the Khan family"
    return [(left, first), (right, second)]


def _role_word(word: str) -> bool:
    """Whether a word is a title or role noun ("President", "Editor"), not a name's end."""
    return (normalise_word(word),) in role_lexicon().person_heads


def _actor_of(span: tuple[int, int], text: str, resolver: SpeakerResolver) -> Actor | None:
    """The actor one side of "and" names on its own, or None (a pronoun, a guess)."""
    mentions = resolver.mentions_in(span)
    actor = resolver.actor(span)
    if not mentions or actor is None or not _known(actor) or (
        text[span[0] : span[1]].lower() in resolver.resolver.words.personal_pronouns
    ):
        return None
    return actor


def first_of_joint_claimants(items: Sequence[_ItemT], resolver: SpeakerResolver, text: str
                             ) -> list[_ItemT]:
    """Give each claim of a coordinated source to the actor named first.

    "Kenya and Uganda accused Sudan", "the US and its allies", "Trump and his attorneys": the
    first actor, not the phrase's last noun ("allies", "attorneys"); a target that is the
    claimant's own side is dropped.

    Args:
        items: The attributed drafts that remain claims, in text order.
        resolver: The document's speaker resolver.
        text: The document's text.
    """
    for item in items:
        source = item.draft.source
        if item.unnamed or source is None or item.draft.cue.frame == "undergo" or _AND.search(
            text, source[0], source[1]
        ) is None:
            continue  # "X and Y came under fire from Z": the frame's speaker is Z
        pairs = conjuncts(text, source, resolver)
        whole = resolver.actor(source)
        if not pairs or ((whole is None or item.claimant.id != whole.id) and all(
            item.claimant.id != actor.id for _span, actor in pairs
        )):
            continue  # not two actors, or a later pass chose the speaker
        item.claimant = pairs[0][1]
        if item.target is not None and _same_side(item.target, item.claimant):
            item.target = None
    return list(items)
