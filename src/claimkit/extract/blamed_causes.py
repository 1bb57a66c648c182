"""Blaming a cause, not a party, charges no one: "The utility blamed heavy rainfall".

"The bank blamed a software bug for the outage", "Officials blamed the weather": what is
blamed is a thing or an event, often the accused side's excuse, and no one is accused. This
pass of the attribution stage (:mod:`claimkit.extract.attribution`) makes such a "blame"
claim a statement when its object names no party: no actor was found in it, and it has no
name, pronoun or word for people or bodies ("blamed the regulator", "blamed him", "blamed
the club's owners" still accuse).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Protocol

from claimkit.extract.claim_drafts import Draft
from claimkit.extract.kinds import KindLexicon
from claimkit.extract.roles import names_no_person, names_people, role_lexicon
from claimkit.extract.segment import lowers, tokenize
from claimkit.extract.speakers import SpeakerResolver
from claimkit.model import Actor, ClaimKind

__all__ = ["blamed_causes"]


class _Item(Protocol):
    """What the pass reads and changes of an attributed draft."""

    draft: Draft
    kind: ClaimKind
    target: Actor | None
    drop: bool


_PARTY_WORDS = frozenset({"he", "she", "they", "him", "her", "them", "it", "us", "we", "i",
                          "me", "himself", "herself", "themselves", "itself"})


def _names_a_party(text: str, start: int, end: int, lexicon: KindLexicon) -> bool:
    """Whether the words ``text[start:end]`` may name a party or a wrong (before any "for")."""
    tokens = tokenize(text, start, end)
    words = lowers(tokens)
    if "on" in words or "by" in words:  # "blamed the problem on 'sickos'", "negligence by"
        return True
    if any(True for _ in lexicon.wrongdoing.find((), words)):
        return True  # "blamed corruption", "blamed foreign interference": a wrong, a doer
    if "for" in words:
        tokens = tokens[: words.index("for")]
        words = words[: len(tokens)]
    people = role_lexicon()
    return any(
        token.text[:1].isupper() or word in _PARTY_WORDS or names_people(word)
        or names_no_person(word) or (word,) in people.person_heads or word.endswith("'s")
        for token, word in zip(tokens, words, strict=True)
    )


def blamed_causes(
    built: Sequence[_Item], resolver: SpeakerResolver, text: str, lexicon: KindLexicon
) -> None:
    """Make a "blame" claim whose object names no party a statement.

    Args:
        built: The attributed drafts of one document, in text order.
        resolver: The document's speaker resolver.
        text: The document's text.
        lexicon: The kind stage's lexicons (a wrong blamed has a doer).
    """
    for item in built:
        draft = item.draft
        if item.drop or item.kind is not ClaimKind.ALLEGATION or item.target is not None or (
            draft.cue.frame != "blame" or draft.cue.passive or draft.content is None
        ):
            continue
        if resolver.mentions_in(draft.content) or _names_a_party(
            text, *draft.content, lexicon
        ):
            continue
        item.kind = ClaimKind.STATEMENT
