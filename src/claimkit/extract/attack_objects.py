"""What a verb of attacking or depicting needs after it to aim at a party.

"Super PAC ad hits Trump on escalating violence", "Obama pounded Romney on the gun issue",
"Republicans cast her as a reckless spender", "Trump attacked Clinton's record": the cue
requirements ``party-on``, ``party-as`` and ``party-conduct`` of
:func:`claimkit.extract.cue_grammar.requirement_met` read them here. The object must be a party
(a name or "him", "her", "them") and what follows must be an issue or a role, not a time, a
place or a body part: not "hit the city on Monday", "pounded him on the back", "cast her vote
as a protest", "cast a shadow over the race as"; or the object is a party's record, words or
conduct, which words, not weapons, attack (not "attacked the army's positions").
"""

from __future__ import annotations

from collections.abc import Sequence

from claimkit.extract.segment import MONTHS, Token
from claimkit.extract.segment import words as _words

__all__ = ["party_cast_as", "party_conduct", "party_hit_on"]


_OBJECT_PRONOUNS = frozenset(_words("him her them"))
"""Pronouns that stand for a party as a verb's object."""
_TIME_WORDS = MONTHS | frozenset(
    _words("monday tuesday wednesday thursday friday saturday sunday the a")
)
"""Words after "on" that give a time or a place, not an issue ("hit Florida on Monday")."""
_POSSESSIVES = frozenset(_words("his her their its"))
"""Possessives after "on" that open the party's own record ("pounded him on his record")."""
_ISSUES = frozenset(_words(
    "issue issues question questions record economy subject matter topic handling policy "
    "policies stance position positions"
))
"""Nouns after "on the" that name what a party is attacked over ("on the gun issue")."""
_BODY_PARTS = frozenset(_words(
    "head heads back backs shoulder shoulders face faces arm arms leg legs chest neck hand "
    "hands knee knees nose jaw cheek wrist stomach body way ways journey return walk ride"
))
"""Where a blow lands or a party was going ("hit him on the head", "pounded him on the
back", "hit them on their way home"): no charge."""


def party_hit_on(lowers: Sequence[str], end: int, tokens: Sequence[Token] | None) -> bool:
    """Whether a party, then what it is attacked over with "on", follows ``end``.

    "Super PAC ad hits Trump on escalating violence", "pounded Romney on the gun issue",
    "hammered him on his record"; not "hit the city on Monday", "hit him on the head".
    """
    window = lowers[end : end + 5]
    if tokens is None or end >= len(tokens) or "on" not in window[1:4] or not (
        tokens[end].text[:1].isupper() or (window[0] in _OBJECT_PRONOUNS and window[1] == "on")
    ):
        return False
    on = end + window.index("on", 1)
    after = lowers[on + 1 : on + 5]
    if not _BODY_PARTS.isdisjoint(after[:3]):
        return False
    if after[:1] and after[0] in _POSSESSIVES:
        return True  # "on his record", "on her handling of the crisis"
    if after[:1] == ["the"]:
        return not _ISSUES.isdisjoint(after[1:4])  # "on the gun issue", not "on the trail"
    return _TIME_WORDS.isdisjoint(after[:1])


_CONDUCT = frozenset(_words(
    "record records policy policies plan plans proposal proposals remarks comments statement "
    "statements character judgment judgement leadership handling temperament credibility "
    "integrity honesty stance views rhetoric agenda conduct behavior behaviour ethics morals "
    "dealings"
))
"""What a party has that words, not weapons, attack ("attacked Clinton's record"); not
"positions", "base", "home" or "convoy", which weapons attack."""


_MODIFIED_CONDUCT = frozenset(_words("life lives"))
"""What a party has that words attack when a modifier says which ("Clinton's personal life",
"her love life"); alone ("attacked his life") they say too little."""
_NAME_TITLES = frozenset(_words("mr mrs ms dr sen rep gov mr. mrs. ms. dr. sen. rep. gov."))
"""Titles before a possessive name ("Mr. Clinton's")."""


def party_conduct(lowers: Sequence[str], end: int, tokens: Sequence[Token] | None) -> bool:
    """Whether a party's conduct, record or words follow ``end`` ("Clinton's record").

    "Trump attacked Clinton's record on trade", "attacked his handling of the crisis"; not
    "attacked the army's positions", "attacked her home".
    """
    if tokens is None or end + 1 >= len(tokens):
        return False
    if lowers[end] in _NAME_TITLES:  # "attacked Mr. Clinton's personal life"
        if end + 2 < len(tokens) and lowers[end + 1] == ".":
            end += 1
        if not tokens[end + 1].text[:1].isupper():
            return False
        end += 1
    owner = lowers[end]
    owned = owner in ("his", "her", "their") or (
        owner.endswith(("'s", "\u2019s")) and tokens[end].text[:1].isupper()
    )
    if not owned:
        return False
    at = end + 1
    while at < len(lowers) and at < end + 3 and lowers[at] not in _CONDUCT and (
        lowers[at] not in _MODIFIED_CONDUCT and lowers[at].isalpha()
        and tokens[at].text.islower()
    ):
        at += 1  # "Clinton's personal life", "his past business dealings"
    if at >= len(lowers):
        return False
    return lowers[at] in _CONDUCT or (at > end + 1 and lowers[at] in _MODIFIED_CONDUCT)


def party_cast_as(lowers: Sequence[str], end: int, tokens: Sequence[Token] | None) -> bool:
    """Whether a party, then the role it is cast in ("as"), follows ``end``.

    "Republicans cast her as a reckless spender", "cast Nancy Pelosi as"; not "cast her vote
    as a protest", "cast a shadow over the race as voters wait".
    """
    if tokens is None or end + 2 >= len(tokens) or not (
        tokens[end].text[:1].isupper() or lowers[end] in _OBJECT_PRONOUNS
    ):
        return False
    return lowers[end + 1] == "as" or (
        lowers[end + 2] == "as" and tokens[end + 1].text[:1].isupper()
    )
