"""Whether a verb after a comma takes an object, and so is no inverted verb of speech.

"..., wrote Smith" and "..., added a spokesman" put the speaker after the verb; "Leonard
Shaw, 61, wrote checks to himself" puts the verb's object there, and the verb is the clause's
own, no cue. :func:`claimkit.extract.cue_grammar.requirement_met` asks :func:`object_next`
before it reads a verb after a comma as inverted.

Likewise a participle after "and" that takes its own object is active, whatever auxiliary the
participle before "and" has: "said all offers would be honoured and denied that it had broken
any law" (:func:`own_object_after`, asked by :func:`claimkit.extract.cue_grammar.is_passive`).
"""

from __future__ import annotations

from collections.abc import Sequence

from claimkit.extract.roles import role_lexicon
from claimkit.extract.segment import Token
from claimkit.extract.segment import words as _words

__all__ = ["object_next", "own_object_after"]

_PRONOUNS = frozenset(_words("i you he she it we they who which that one"))
"""Pronouns after a verb that are its inverted speaker ("..., said he")."""
_NOT_OBJECTS = frozenset(_words(
    """
    on in to at for about with from of by into after before during since last this that then
    also later earlier again once online back up out off and or but so yet as than
    what how why who whom whether if when where just him her them us me it himself herself
    themselves itself ourselves myself
    """
))
"""Words after a verb that open no object noun ("wrote on his blog", "added in a statement"),
a clause ("knows just what Washington needs") or a pronoun ("consider him a phony")."""


def object_next(lowers: Sequence[str], end: int, tokens: Sequence[Token] | None,
                determiners: frozenset[str]) -> bool:
    """Whether a common noun follows a verb at ``end``: its object, not an inverted speaker.

    "Shaw, 61, wrote checks to himself", "Cruz, by contrast, wrote an op-ed"; not
    "..., wrote Smith", "..., wrote the editors", "..., added a spokesman".

    Args:
        lowers: The sentence's lowercase tokens.
        end: Index just past the verb.
        tokens: The sentence's tokens, for capitals (None: nothing is an object).
        determiners: The determiners that open a speaker's phrase ("the editors").
    """
    if end >= len(lowers) or tokens is None or not lowers[end].isalpha() or (
        tokens[end].text[:1].isupper() or lowers[end] in _PRONOUNS
    ):
        return False
    people = role_lexicon()
    head = lowers[end]
    if head in _NOT_OBJECTS or head.endswith(("ly", "ing")):
        return False  # "wrote on his blog", "knows what ...", "consider him a phony"
    if head in ("a", "an") and end + 1 < len(lowers):
        head = lowers[end + 1]  # "added a spokesman": a speaker; "wrote an op-ed": an object
    elif head in determiners:
        return False  # "wrote the editors"
    single = head[:-1] if head.endswith("s") else head
    return (single,) not in people.person_heads and (head,) not in people.group_heads


_DITRANSITIVE = frozenset(_words(
    """
    denied refused given granted offered awarded shown told asked promised sent handed paid
    allowed warned informed assured advised reminded notified
    """
))
"""Participles whose passive still takes an object or a clause ("was arrested and denied
bail", "was detained and told that ..."), so only a charge or "any" after them is active."""
_OBJECT_PRONOUNS = frozenset(_words("him her them us me"))
_OPENERS = frozenset(_words("the a an his its their these those this our my your every all"))
_CHARGE_HEADS = frozenset(_words(
    """
    allegation allegations accusation accusations claim claims charge charges report reports
    suggestion suggestions wrongdoing criticism
    """
))
"""Heads of a charge that only an active verb takes ("denied the allegations")."""


def own_object_after(lowers: Sequence[str], index: int) -> bool:
    """Whether the participle at ``index``, after "and", takes its own object: active.

    "Infosys said all offers would be honoured and denied that it had broken any law", "he
    was disappointed and rejected the allegations": the verb has its object or clause, so the
    auxiliary of the participle before "and" does not make it passive, as it does in "was
    arrested and accused of theft" or "was arrested and denied bail".

    Args:
        lowers: The sentence's lowercase tokens.
        index: The participle's index.
    """
    if index + 1 >= len(lowers):
        return False
    after = lowers[index + 1]
    verb = lowers[index]
    if after == "any" or after in _CHARGE_HEADS:
        return True  # "and denied any wrongdoing", "and rejected claims that ..."
    if verb in _DITRANSITIVE:
        if after == "that":
            return verb in ("denied", "refused")  # "and denied that", not "and told that"
        return after in _OPENERS and index + 2 < len(lowers) and (
            lowers[index + 2] in _CHARGE_HEADS
        )  # "and denied the allegations", not "and denied the chance to reply"
    return after == "that" or after in _OBJECT_PRONOUNS or after in _OPENERS
