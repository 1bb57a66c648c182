"""What a sanction verb needs around it to charge a party: held, stripped or given a term.

"held the hospital responsible for his death", "stripped the bowler of his title", "banned
the fan from all grounds for three years": the cue requirements ``responsible``,
``stripped-of`` and (with a reason, as "for") ``penalty`` of
:func:`claimkit.extract.cue_grammar.requirement_met` read them here. Not "held talks with
officials responsible for security", "stripped of the moderating forces of an enemy",
"Flights were suspended for two weeks".
"""

from __future__ import annotations

from collections.abc import Sequence

from claimkit.extract.roles import names_people, role_lexicon
from claimkit.extract.segment import Token
from claimkit.extract.segment import words as _words

__all__ = ["held_responsible", "stripped_of_rank", "term_served"]

_AUXILIARIES = frozenset(_words(
    "has have had having is are was were be been being will would could may might must also "
    "then later now again already since once previously subsequently recently just"
))
"""Auxiliaries and adverbs between a passive penalty's subject and its verb ("has since been
banned")."""


_ANSWERABLE = frozenset(_words("responsible accountable culpable"))
"""What holding a party makes it: "held the ministry responsible for the deaths"."""
_NOT_HELD_OBJECT = frozenset(_words(
    "with on at in to for of from by and , ; : talks meeting meetings vigil rally hearing "
    "hearings conference election elections those whoever anyone anybody everyone myself "
    "himself herself itself ourselves themselves yourself"
))
"""Words between "held" and "responsible" that show no party is held ("held talks with
officials responsible for")."""


_PENALTY_UNITS = frozenset(_words(
    "year years month months week weeks day days match matches game games race races season "
    "seasons fixture fixtures tournament tournaments"
))
"""What a ban or a suspension lasts ("for three years", "for four matches")."""
_COUNTS = frozenset(_words(
    "a an one two three four five six seven eight nine ten eleven twelve fifteen eighteen "
    "twenty thirty several"
))
_PARTY_PRONOUNS = frozenset(_words("he she they him her them"))
_RANKS = frozenset(_words(
    """
    title titles medal medals crown belt licence license licences licenses citizenship
    nationality powers post position role captaincy knighthood honour honours honor honors
    award awards accreditation membership status rank command victory win points trophy
    """
))
"""What a body strips a party of as a penalty ("stripped of his title")."""


def term_served(lowers: Sequence[str], end: int, tokens: Sequence[Token] | None) -> bool:
    """Whether a penalty verb ending at ``end`` gives a party a term: "for three years".

    The party is the object (a name or a word for people: "banned the fan from all grounds
    for three years") or, with no object, the subject before the auxiliaries ("Kiprotich
    has been banned for four years"); never a plural of things ("Flights were suspended").

    Args:
        lowers: The sentence's lowercase tokens.
        end: Index just past the verb.
        tokens: The sentence's tokens, for capitals (None: no name is seen).
    """
    window = lowers[end : end + 8]
    if "for" not in window[:6]:
        return False
    at = window.index("for")
    term = window[at + 1 : at + 3]
    if not (term[:1] == ["life"] or (
        len(term) == 2 and (term[0].isdigit() or term[0] in _COUNTS) and term[1] in _PENALTY_UNITS
    )):
        return False
    people = role_lexicon()
    if at > 0:
        return any(
            names_people(word) or (word,) in people.person_heads or word in _PARTY_PRONOUNS
            or (tokens is not None and tokens[end + i].text[:1].isupper())
            for i, word in enumerate(window[:at])
        )
    back = end - 2
    while back >= 0 and lowers[back] in _AUXILIARIES:
        back -= 1
    if back < 0:
        return False
    word = lowers[back]
    if names_people(word) or (word,) in people.person_heads or word in _PARTY_PRONOUNS:
        return True
    return tokens is not None and tokens[back].text[:1].isupper() and (
        back > 0 or not word.endswith("s")
    )


def held_responsible(lowers: Sequence[str], end: int) -> bool:
    """Whether a party, then "responsible" or "accountable", follows a verb of holding.

    Args:
        lowers: The sentence's lowercase tokens.
        end: Index just past the verb.
    """
    window = lowers[end : end + 8]
    at = next((i for i, w in enumerate(window) if w in _ANSWERABLE), None)
    return at is not None and 0 < at <= 5 and _NOT_HELD_OBJECT.isdisjoint(window[:at])


def stripped_of_rank(lowers: Sequence[str], end: int) -> bool:
    """Whether "of" and a rank or an honour follow a verb of stripping ("of his title").

    Args:
        lowers: The sentence's lowercase tokens.
        end: Index just past the verb.
    """
    window = lowers[end : end + 8]
    if "of" not in window[:5]:
        return False
    at = window.index("of")
    return not _RANKS.isdisjoint(window[at + 1 : at + 4])
