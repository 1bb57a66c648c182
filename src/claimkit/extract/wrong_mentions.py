"""Wrongs named with no one charged: a topic discussed, a use permitted, a call answered, a trend.

"She had received a briefing on the death threats against judges", "the loans could be
used for personal purposes", "the officers had been responding to a report of a theft" and
"the data showed a sharp rise in crime" name a wrong without saying anyone did it. Part of the kind
stage's check for wrongs named of no one (:mod:`claimkit.extract.allegation_content`).
"""

from __future__ import annotations

from collections.abc import Sequence

from claimkit.extract.roles import names_no_person, names_people
from claimkit.extract.segment import words as _words

__all__ = ["CLAUSE_BREAKS", "answered_call", "discussed", "permitted_use", "trend"]


def discussed(words: Sequence[str], start: int) -> bool:
    """Whether the wrong at ``start`` is the topic of a meeting, a talk or a work.

    "had received a briefing on the death threats against judges", "attended a conference
    on corruption": a subject discussed, no one charged.

    Example:
        >>> discussed("attended a conference on corruption".split(), 4)
        True
        >>> discussed("he spoke about corruption".split(), 3)
        False
    """
    back = start - 1
    while back > 0 and start - back <= 3 and words[back] in _TOPIC_FILLERS:
        back -= 1  # "on the recent death threats"
    return back > 0 and words[back] in ("on", "about") and words[back - 1] in _TOPIC_NOUNS


_TOPIC_FILLERS = frozenset(_words("the a an recent latest alleged reported"))
_TOPIC_NOUNS = frozenset(_words("""
    briefing briefings conference conferences seminar seminars workshop workshops lecture
    lectures debate debates discussion discussions talk talks meeting meetings summit course
    courses training session sessions panel panels documentary documentaries film films book
    books exhibition class classes forum forums symposium webinar podcast
"""))
"""Nouns of a meeting, a talk or a work, whose topic ("a briefing on ...") charges no one."""


def permitted_use(words: Sequence[str], start: int) -> bool:
    """Whether the wrong at ``start`` is a use something can be put to, not one it was put to.

    "the loans could be used for personal purposes such as weddings": a permission or a
    possibility ("can", "could", "may", "might" with "be" and a participle right before).

    Example:
        >>> permitted_use("the loans could be used for personal purposes".split(), 5)
        True
        >>> permitted_use("the money could have been used for personal gain".split(), 6)
        False
    """
    return start >= 3 and words[start - 3] in _POSSIBLE and words[start - 2] == "be" and (
        words[start - 1].endswith("ed") or words[start - 1] in ("spent", "put")
    )


_POSSIBLE = frozenset(_words("can could may might cannot can't"))


def answered_call(words: Sequence[str], start: int) -> bool:
    """Whether a wrong is what a call or report that someone answers or looks into was of.

    "the officers had been responding to a report of a theft", "was responding to a call
    about a burglary", "it was investigating reports of racist chanting": a routine duty,
    charging no one. A wrong done after it still charges ("responding to a report of a
    fight when the officer shot him").
    """
    for at in range(max(0, start - 4), start):
        if words[at] not in ("of", "about") or at == 0 or words[at - 1] not in _CALLS:
            continue
        if not CLAUSE_BREAKS.isdisjoint(words[at + 1 : start]):
            continue
        return not _ATTENDING.isdisjoint(words[max(0, at - 5) : at - 1])
    return False


_CALLS = frozenset(_words("report reports call calls"))
"""Nouns for a call for help or a report of an incident ("a report of a theft")."""
_ATTENDING = frozenset(_words("""
    responding respond responds responded attending attended attend answering answered
    investigating investigate investigates investigated probing called dispatched sent
"""))
"""Verbs of a service that goes to or looks into what a call reports."""


def trend(words: Sequence[str], start: int, end: int) -> bool:
    """Whether a wrong is counted as a trend with no one to answer for it.

    "The data showed a sharp rise in crime", "violent crime fell by 12 percent", "fraud
    cases rose by a third": figures about a wrong charge no one, unless they name who is
    to answer ("an increase in corruption under the governor", "the minister's corruption
    increased the deficit").
    """
    if start > 0 and (words[start - 1].endswith(("'s", "s'")) or names_people(
        words[start - 1]
    ) or names_no_person(words[start - 1])):
        return False  # "the minister's corruption", "police violence": whose wrong it is
    inside = next((i for i in (start - 1, start - 2) if i > 0 and words[i] == "in"), None)
    after = [*words[end : end + 3], "", ""]
    if after[0] in _WRONGS_COUNTED:
        del after[0]  # "violent crime fell": the noun the wrong describes
    counted = (inside is not None and words[inside - 1] in _TREND_NOUNS) or (
        words[start] in _COUNTABLE_WRONGS and (after[0] in _TREND_FIGURES or (
            after[0] in _TREND_VERBS and after[1] not in _TREND_OBJECTS
        ))
    )  # not "had hidden cases", "radical figures"
    return counted and _ANSWERING.isdisjoint(words[end : end + 8])


_TREND_NOUNS = frozenset(_words(
    "rise rises increase increases surge spike jump upsurge uptick fall drop decline "
    "decrease reduction"
))
_TREND_FIGURES = frozenset(_words("rate rates statistics levels cases incidents"))
_TREND_VERBS = frozenset(_words(
    "rose rise rises fell falls increased increases decreased declined dropped doubled "
    "tripled halved surged soared plunged"
))
_WRONGS_COUNTED = frozenset(_words("crime crimes violence attacks offences offenses"))
_COUNTABLE_WRONGS = _WRONGS_COUNTED | frozenset(_words(
    "fraud corruption abuse assault assaults theft thefts burglary burglaries robbery "
    "robberies murder murders homicide homicides killings terrorism rape rapes shooting "
    "shootings stabbings harassment bribery trafficking violent"
))
"""Wrongs that are counted in figures ("fraud cases", "crime rates", "violent crime fell")."""
_TREND_OBJECTS = frozenset(_words("the a an his her their its our my this that these those"))
_ANSWERING = frozenset(_words("under blamed blames blaming caused because"))
"""Words that name who answers for a trend ("under the governor", "caused by")."""
CLAUSE_BREAKS = frozenset({",", ";", ":", "but", "and", "while", "although", "though"})
"""Words that end the clause a wrong is read in (also the kind stage's)."""
