"""Whether a source phrase names someone, for the claim stages and the speaker resolver.

A source phrase found by the grammar may be a name ("Mr. Trump"), a role or group noun ("the
senator", "critics"), an anonymous source ("a senior official"), or a fragment that names no
one ("pointing out", "The", "at one point"): :func:`names_someone` tells them apart by the
words alone, :func:`named_inside` finds a capitalised name inside a longer phrase, and
:func:`names_by_name` whether a source opens with a name rather than a description.
"""

from __future__ import annotations

import functools
import re

from claimkit.extract.cue_grammar import IRREGULAR_PAST, LY_NOUNS
from claimkit.extract.kind_grammar import MODALS
from claimkit.extract.roles import role_lexicon
from claimkit.extract.segment import MONTHS, capitalised_inside
from claimkit.extract.segment import words as _words

__all__ = ["named_inside", "names_by_name", "names_someone"]


_PRONOUN_SOURCES = frozenset({"he", "she", "it", "they", "we", "i", "you"})

_QUOTE_CHARS = "\"'\u201c\u201d\u2018\u2019"

_COLLECTIVES = frozenset(
    _words(
        """
        majority minority most many some others rest bulk community public west world
        government administration opposition camp team staff committee panel coalition
        alliance group family crowd leadership
        """
    )
)

def _head_word(phrase: str) -> str:
    """The head of a noun phrase: the last word before "of", "at", "for", "in" or a comma."""
    words = phrase.replace(",", " , ").split()
    head = words[-1] if words else ""
    for index, word in enumerate(words):
        if word in ("of", "at", "for", "in", "from", ",", "who", "which", "that") and index:
            head = words[index - 1]
            break
    return head

_WORD_BEFORE = re.compile(r"([A-Za-z]+)\s+$")

def named_inside(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` is a short word capitalised inside a sentence: a name.

    "but So said that is incorrect": "So" after a lowercase word is a surname, not "so"
    (see :func:`claimkit.extract.segment.capitalised_inside`).
    """
    before = _WORD_BEFORE.search(text, max(0, start - 30), start)
    return before is not None and capitalised_inside(text[start:end], before.group(1))


@functools.lru_cache(maxsize=8192)
def names_someone(text: str, strict: bool = False) -> bool:
    """Whether a source phrase can name a speaker.

    A phrase that opens with a preposition, an adverb or a lowercase verb form ("pointing
    out", "to", "including a fatal bomb", "heard on a microphone") names no one, and
    neither does one made only of function words, months and days ("The", "the April").
    With ``strict``, the phrase must also have a pronoun, a capitalised word, or a head
    that is a word for people or bodies ("voters", "the majority", "a spokesman"):
    "each other letters" fails.
    """
    words = [w.strip(_QUOTE_CHARS + ",.;:()") for w in text.split()]
    words = [w for w in words if w]
    if not words:
        return False
    lower = [w.lower().replace("\u2019", "'") for w in words]
    if any(w in _PRONOUN_SOURCES or w in _POSSESSIVES for w in lower):
        return True
    lead = 0
    while lead < len(lower) - 1 and ((
        lower[lead] in _QUANTITY_LEADS and lower[lead + 1] != "of"  # "Some of the residents"
    ) or (
        lower[lead] in ("at", "more", "fewer", "less", "up")
        and lower[lead + 1] in ("least", "most", "than", "to")
    )):
        lead += 2 if lower[lead] in ("at", "more", "fewer", "less", "up") else 1
    lead = min(lead, len(lower) - 1)
    first = lower[lead]
    if first in _NOT_OPENERS:
        return False
    if len(lower) > 1 and lower[-1] in _TRAILING_PREPOSITIONS:
        return False  # "the one impassioned in": a fragment cut before its object
    if first in _ADVERB_OPENERS and (lead + 1 >= len(lower) or lower[lead + 1].endswith("ing")):
        return False  # "Hastily", "often devolving into ...", not "Recently declassified records"
    if all((w.endswith("ly") and not w.endswith(("elly", "olly")) and w not in LY_NOUNS)
           or w in MODALS
           for w in lower[lead:]):
        return False  # "certainly cannot": adverbs and modals, no one ("Kelly" is a name)
    if len(lower) > 1 and lower[-1].endswith(("ed", "ing")) and not words[-1][:1].isupper() and all(
        (w.endswith("ly") and not w.endswith(("elly", "olly"))) or w in ("almost", "so", "very")
        for w in lower[lead:-1]
    ):
        return False  # "almost exclusively focused": adverbs and a participle
    last = lower[-1]
    if (last in _TIME_NOUNS or last in _OCCASIONS) and not any(
        w[:1].isupper() and low not in _FUNCTION and low not in _QUANTITY_LEADS
        and low not in _QUANTIFIERS
        for w, low in zip(words, lower, strict=True)
    ) and _PREPOSITIONS.isdisjoint(lower[:-1]):  # not "officials at the time"
        return False  # "one point" (of "at one point calling him a liar"), "two weeks"
    verb_led = not words[lead][:1].isupper() and (
        first.endswith(("ing", "ed")) or first in IRREGULAR_PAST) and first not in _PEOPLE
    if verb_led and not (_actor_noun(last) or words[-1][:1].isupper()
                         or last.endswith(_PEOPLE_SUFFIXES)):
        return False  # "reversed previous", but "leaked emails" speak
    content = [w for w, low in zip(words, lower, strict=True)
               if (w not in _NOT_NAMES and low not in _TIME_NAMES and low not in _FUNCTION
                   and w not in _TIME_NOUNS)
               or low in _QUANTIFIERS]
    if not content:
        return False
    if not strict or any(
        w[:1].isupper() and not (i == 0 and lower[0] in _FUNCTION) for i, w in enumerate(words)
    ):  # "The dispute" is capitalised only where the sentence opens
        return True
    head = _head_word(" ".join(lower))
    if head in _COLLECTIVES or head.endswith(_PEOPLE_SUFFIXES) or head in _PEOPLE:
        return True
    return any(_actor_noun(word) for word in lower)

def _actor_noun(word: str) -> bool:
    """A common noun for a person, group, body or document that speaks for someone."""
    roles = role_lexicon()
    key = (word,)
    return (key in roles.person_heads or key in roles.group_heads or key in roles.org_nouns
            or key in roles.document_nouns or word in _PEOPLE or word in _COLLECTIVES)

_QUANTITY_LEADS = frozenset(
    _words("only not nearly almost about just roughly around some over")
)

_QUANTIFIERS = frozenset(
    _words("many most both some few several all half majority minority others one two three")
)
"""Words that stand for people on their own ("Many said ...", "Both agreed ...")."""

_POSSESSIVES = frozenset(_words("who which his her their its our my"))

_FUNCTION = frozenset(
    _words(
        """
        the a an this that these those it its of in on at for and or but to by with from
        as than then there here what which whose his her their our my your some any each
        every all both either neither no not
        """
    )
)

_TRAILING_PREPOSITIONS = frozenset(_words("in on at of for with from by about into over to"))

_NOT_OPENERS = frozenset(
    _words(
        """
        to of in on at for from with by into onto over under after before during
        including like unlike than as far likely perhaps maybe also even just only not
        or and nor but mirrors nevertheless nonetheless however meanwhile moreover furthermore
        therefore thus indeed instead whether if when while although though because since
        unless until where why how along amid amidst despite through via per toward towards
        across around among against without within upon behind beyond besides except near
        between
        """
    )
)


_ADVERB_OPENERS = frozenset(
    _words(
        """
        often sometimes usually always repeatedly frequently hastily quickly recently
        previously finally eventually initially separately similarly additionally notably
        importantly ultimately clearly obviously apparently
        """
    )
)
"""Adverbs that open no speaker's phrase when alone or before an -ing verb."""

_NOT_NAMES = frozenset(
    _words(
        """
        The A An This That These Those It Its In On At For But And Or So As If When While
        After Before Since Until Although Though Because Yet Still Also Even Just Only Now
        Then Here There What Which Who Whom Whose Why How Where Late Early Earlier Later
        Last Next Meanwhile However Indeed Instead Despite Amid Among Between Both Each
        Every Some Many Most Few All Such Other Another One Two Three Mr Mrs Ms Dr Sen Rep
        """
    )
)

_TIME_NAMES = MONTHS | frozenset(
    _words(
        """
        monday tuesday wednesday thursday friday saturday sunday today yesterday tomorrow
        tonight
        """
    )
)

_PREPOSITIONS = frozenset(_words("at in of for during by on from since over"))

_OCCASIONS = frozenset(_words("point points time times moment moments stage juncture"))
"""Nouns for a point in time, which never speak ("at one point", "at the time")."""

_TIME_NOUNS = frozenset(
    _words(
        """
        day days week weeks weekend month months year years decade decades morning afternoon
        evening night hour hours season last next past previous coming earlier later
        """
    )
)
"""Lowercase words of time ("last year", "this month"): a source of them names no one
("Day", "Hours" capitalised may be surnames)."""

_PEOPLE_SUFFIXES = ("ist", "ists", "ian", "ians", "man", "men", "person", "people",
                    "makers", "leaders", "supporters", "reporters", "officers", "workers",
                    "members", "backers", "advisers", "advisors", "organizers", "observers",
                    "insiders", "strategists", "operatives", "protesters", "protestors")

_PEOPLE = frozenset(
    _words(
        """
        reps rep official officials aide aides staff spokesman spokeswoman spokesperson source
        sources critics critic analysts analyst experts expert voters voter residents
        delegates delegate candidates candidate police prosecutors government ministry
        agency committee council court judge lawyers lawyer witnesses witness poll polls
        survey surveys study report campaign party democrats republicans authorities
        leader member director chairman chairwoman president minister secretary governor
        senator adviser advisor diplomat envoy ambassador general commander mayor
        """
    )
)

def names_by_name(text: str, source: tuple[int, int] | None) -> bool:
    """Whether a source phrase holds a name (a capitalised word that is not a pronoun)."""
    if source is None:
        return False
    return any(w[:1].isupper() and w.lower() not in _PRONOUN_SOURCES
               for w in text[source[0] : source[1]].split())
