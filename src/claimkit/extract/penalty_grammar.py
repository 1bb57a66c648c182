"""What a sanction verb needs around it to charge a party: held, stripped or given a term.

"held the hospital responsible for his death", "stripped the bowler of his title", "banned
the fan from all grounds for three years", "charges fast bowler over ball tampering": the cue
requirements ``responsible``, ``stripped-of``, ``over-reason``, ``party-of`` ("suspect the
driver of drunk driving") and (with a reason, as "for") ``penalty`` of
:func:`claimkit.extract.cue_grammar.requirement_met` read them here. Not "held talks with
officials responsible for security", "stripped of the moderating forces of an enemy",
"Flights were suspended for two weeks".
"""

from __future__ import annotations

from collections.abc import Sequence

from claimkit.extract.roles import role_lexicon
from claimkit.extract.segment import Token
from claimkit.extract.segment import words as _words

__all__ = [
    "charged_over", "charges_pleaded", "held_responsible", "party_penalized", "party_suspected",
    "stripped_of_rank", "term_served",
]



_ANSWERABLE = frozenset(_words("responsible accountable culpable"))
"""What holding a party makes it: "held the ministry responsible for the deaths"."""
_NOT_HELD_OBJECT = frozenset(_words(
    "with on at in to for of from by and , ; : talks meeting meetings vigil rally hearing "
    "hearings conference election elections those whoever anyone anybody everyone myself "
    "himself herself itself ourselves themselves yourself no nobody none"
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
_COMPETITORS = frozenset(_words(
    "fan spectator runner cricketer footballer rider bowler batsman defender wrestler "
    "weightlifter jockey trainer"
))
"""People a sports body sanctions that the role lexicon has no head for ("the fan")."""
_PREPOSITIONS = frozenset(_words("from to in at on into over of with across"))
"""Words that end a penalty's object ("banned the fan from all grounds", "flights to ...")."""
_RANKS = frozenset(_words(
    """
    title titles medal medals crown belt licence license licences licenses citizenship
    nationality powers post position role captaincy knighthood honour honours honor honors
    award awards accreditation membership status rank command victory win points trophy
    """
))
"""What a body strips a party of as a penalty ("stripped of his title")."""


def term_served(lowers: Sequence[str], end: int, tokens: Sequence[Token] | None,
                auxiliaries: frozenset[str]) -> bool:
    """Whether a penalty verb ending at ``end`` gives a party a term: "for three years".

    The party is the object (a name or a word for people: "banned the fan from all grounds
    for three years") or, with no object, the subject before the auxiliaries ("Kiprotich
    has been banned for four years"); never a plural of things ("Flights were suspended").

    Args:
        lowers: The sentence's lowercase tokens.
        end: Index just past the verb.
        tokens: The sentence's tokens, for capitals (None: no name is seen).
        auxiliaries: The auxiliaries and adverbs a subject may stand before ("has since been
            banned"): the cue grammar's.
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
    if "pending" in window or "pending" in lowers[end + at + 3 : end + at + 6]:
        return False  # "suspended for two weeks pending an investigation": no finding yet
    if at > 0:
        cut = next((i for i, w in enumerate(window[:at]) if w in _PREPOSITIONS), at)
        if cut == 0:
            return False
        head = end + cut - 1  # "banned the fan from all grounds": the fan
        return _a_party(lowers[head], tokens is not None and tokens[head].text[:1].isupper())
    back = end - 2
    while back >= 0 and lowers[back] in auxiliaries:
        back -= 1
    if back < 0:
        return False
    capital = tokens is not None and tokens[back].text[:1].isupper() and (
        back > 0 or not lowers[back].endswith("s")  # not "Flights were suspended"
    )
    return _a_party(lowers[back], capital)


def party_penalized(lowers: Sequence[str], end: int, tokens: Sequence[Token] | None) -> bool:
    """Whether the object of a present-tense penalty verb ending at ``end`` is a party.

    "BCCI bans two players for spot-fixing": a party; not "assault rifle bans and visas for
    foreign workers", where "bans" is a plural noun and "visas" no party.
    """
    window = lowers[end : end + 8]
    if "for" not in window[1:6]:
        return False
    cut = next((i for i, w in enumerate(window) if w in _PREPOSITIONS or w == "for"))
    if cut == 0:
        return False
    head = end + cut - 1
    return _a_party(lowers[head], tokens is not None and tokens[head].text[:1].isupper())


def _a_party(head: str, capital: bool, *, firms: bool = False) -> bool:
    """Whether a phrase's head word is a party a penalty falls on.

    A name, a pronoun or a role ("the fan", "two players", "ex-governor"); with ``firms``
    also a word for an organisation ("the bank", "carmaker"); not a thing or a group of
    people ("flights", "Russian ships", "foreigners").
    """
    lexicon = role_lexicon()
    single = head[:-1] if head.endswith("s") else head
    if single.startswith("ex-"):
        single = single[3:]  # "arraigns ex-governor": a former office is still a party
    return capital or head in _PARTY_PRONOUNS or (single,) in lexicon.person_heads or (
        single in _COMPETITORS
    ) or (firms and ((single,) in lexicon.org_nouns or single in lexicon.org_heads))


_OVER_NOT_REASONS = frozenset(_words(
    """
    weekend weekends summer winter spring autumn fall holiday holidays christmas night years
    months weeks days decade decades period course phone telephone internet border counter
    past last next first
    """
))
"""Words after "over" (and a determiner) that give a time, a means or a place, not a reason
("charged customers over the phone", "over the weekend")."""
_OVER_DETERMINERS = frozenset(_words("the a an his her its their alleged suspected"))


def charged_over(lowers: Sequence[str], end: int, tokens: Sequence[Token] | None) -> bool:
    """Whether a charge or a sanction ending at ``end`` names a party, then "over" a wrong.

    "Cricket Australia charges fast bowler over ball tampering", "EFCC arraigns
    ex-governor over N80bn fraud", "fined the bank over misleading adverts": the object is
    a party (a name, a person's or a firm's word), and what follows "over" is a reason.
    Not "charges over 30 per cent", "charged the battery over the weekend", "charged
    customers over the phone", "charged over $5".
    """
    window = lowers[end : end + 7]
    if "over" not in window[1:6]:
        return False
    at = window.index("over")
    if any(not word[:1].isalnum() for word in window[:at]):
        return False  # "charged, over ...", "charged $5 over ...": no party between
    reason = window[at + 1 : at + 3]
    if reason[:1] and reason[0] in _OVER_DETERMINERS:
        reason = reason[1:]
    if not reason or not reason[0][:1].isalpha() or reason[0] in _OVER_NOT_REASONS:
        return False
    head = end + at - 1
    return _a_party(lowers[head], tokens is not None and tokens[head].text[:1].isupper(),
                    firms=True)


_HOLDING_AHEAD = frozenset(_words("will would shall 'll must should"))
"""Modal words before a verb of holding that make it a threat or a duty ("will hold")."""
_DUTIES = frozenset(_words("safety security wellbeing well-being welfare fate protection lives"))
"""What a party is held responsible for when it must keep it safe ("for the safety of")."""


def held_responsible(lowers: Sequence[str], end: int) -> bool:
    """Whether a party, then "responsible" or "accountable", follows a verb of holding.

    Args:
        lowers: The sentence's lowercase tokens.
        end: Index just past the verb.
    """
    window = lowers[end : end + 10]
    at = next((i for i, w in enumerate(window) if w in _ANSWERABLE), None)
    if at is None or not 0 < at <= 5 or not _NOT_HELD_OBJECT.isdisjoint(window[:at]):
        return False
    if not _HOLDING_AHEAD.isdisjoint(lowers[max(0, end - 3) : end - 1]):
        return False  # "will hold Hamas responsible for": a threat, no charge yet
    charge = window[at + 1 : at + 4]
    if window[at] == "accountable" and (not charge or not charge[0].isalpha()):
        return True  # "trying to hold Snyder accountable."
    return charge[:1] == ["for"] and len(charge) > 1 and not charge[1].endswith("ing") and (
        charge[1] not in ("any", "whatever") and charge[-1] not in _DUTIES
    )  # not "responsible for the safety of", "for drafting the plan", "for any harm"


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
    return not _RANKS.isdisjoint(window[at + 1 : at + 5])  # "of her Olympic gold medal"


_NOT_CHARGES = _COUNTS | _OVER_DETERMINERS | frozenset(_words("this that these those my our"))
"""Words after "of" that open a party's relation, not a wrong ("the son of a senator")."""


def party_suspected(lowers: Sequence[str], end: int, tokens: Sequence[Token] | None) -> bool:
    """Whether a party, then "of" and a wrong, follow a verb of suspicion ending at ``end``.

    "Police suspect the driver of drunk driving", "suspected him of fraud", "Investigators
    suspect the firm of dumping waste": the object is a party (a name, a pronoun, a person's
    or a firm's word) and what follows "of" is a wrong. Not "suspect the involvement of
    foreign agents" (no party), "suspect the son of a senator", "suspect the leader of Hamas"
    (a relation, a name), "the suspect of the robbery" (no object before "of").
    """
    window = lowers[end : end + 7]
    if "of" not in window[1:6] or window[0] == "of":
        return False
    at = window.index("of")
    if any(not word[:1].isalnum() for word in window[:at]):
        return False  # "suspected, of course, ...": no party between
    charge = window[at + 1 : at + 2]
    if not charge or not charge[0][:1].isalpha() or charge[0] in _NOT_CHARGES or (
        charge[0].endswith(("'s", "\u2019s"))
        or (tokens is not None and tokens[end + at + 1].text[:1].isupper())
    ):
        return False
    head = end + at - 1
    return _a_party(lowers[head], tokens is not None and tokens[head].text[:1].isupper(),
                    firms=True)


_PLEADED_CHARGES = frozenset(_words("charge charges count counts offence offences offense "
                                    "offenses"))
"""What a plea answers: "claimed trial to all seven charges"."""


def charges_pleaded(lowers: Sequence[str], end: int) -> bool:
    """Whether "to" and the charges pleaded to follow a plea ("claimed trial to all charges").

    Args:
        lowers: The sentence's lowercase tokens.
        end: Index just past the plea.

    Example:
        >>> charges_pleaded("he claimed trial to all seven charges".split(), 3)
        True
        >>> charges_pleaded("he claimed trial to be slow".split(), 3)
        False
    """
    return lowers[end : end + 1] == ["to"] and not _PLEADED_CHARGES.isdisjoint(
        lowers[end + 1 : end + 5]
    )
