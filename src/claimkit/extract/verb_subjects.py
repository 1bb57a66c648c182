"""Whether a verb form found as a cue has a subject before it, for :mod:`claimkit.extract.cues`.

A present-tense or base form is also often a noun ("38 percent support", "a phone call",
"the report states"): :func:`finite_ok` and :func:`base_form_ok` ask whether a plausible
subject comes before it, past auxiliaries and adverbs: a name, a pronoun, a plural, a modal,
"Lawyers for the family", a quantifier standing alone ("Some say"), an age ("The
41-year-old denies"), a hyphenated noun for a person ("A short-seller accused").
"""

from __future__ import annotations

from collections.abc import Sequence

from claimkit.extract.cue_grammar import (
    _AFTER_A_NOUN,
    _AUTHORITY_SUBJECTS,
    _CLAUSE_OPENERS,
    _COGNITIVE,
    _EVIDENCE_SUBJECTS,
    _FINITE,
    _HAPPENED_BEFORE_TO,
    _MODALS,
    _NOT_SUBJECT,
    _NUMBER_WORDS,
    _PREPOSITIONS,
    _SUBJECT_PRONOUNS,
    _VOICING,
    AUXILIARIES,
    DETERMINERS,
    LY_NOUNS,
)
from claimkit.extract.cue_lexicon import Lexicon
from claimkit.extract.roles import names_people, role_lexicon
from claimkit.extract.segment import MONTHS, Token
from claimkit.extract.segment import words as _words
from claimkit.lexicon import CueWord

__all__ = [
    "base_form_ok", "finite_ok", "hyphenated_modifier", "modified_noun", "quantifier_subject",
]


_NOUN_LIKE_FORMS = frozenset(
    _words(
        """
        comments remarks reports calls claims charges thanks states promises estimates
        tweets signals questions answers fears hopes doubts notes demands pledges posts
        warnings threats shows finds views words comment remark report call claim charge
        state promise estimate tweet signal question answer fear hope doubt note demand
        pledge post show find view word support
        """
    )
)

_ADJECTIVE_CONTEXT = frozenset(_words("and or both include includes including among"))


_QUANTITIES = frozenset(_words("majority minority half third quarter most many few some"))

def finite_ok(tokens: Sequence[Token], lowers: Sequence[str], index: int, verb: CueWord,
              lexicon: Lexicon | None = None) -> bool:
    """Whether a present-tense or base form has a plausible subject before it.

    "in states that", "38 percent support", "a phone call" are nouns; "Clinton says",
    "officials say", "the report states" are verbs; "dismissed the US remarks" is a noun
    (:func:`modified_noun`).
    """
    word = lowers[index]
    if word.endswith("ed") and index > 0 and not lowers[index - 1].endswith("-old") and (
        lowers[index - 1][:1].isdigit() or lowers[index - 1] in _NUMBER_WORDS
        or lowers[index - 1] in ("the", "a", "an", "their", "his", "her", "its", "our")
    ):
        return False  # "500 pledged delegates", "the reported talks"
    if word.endswith("ed") and index > 0 and index + 1 < len(lowers) and (
        lowers[index - 1] in _ADJECTIVE_CONTEXT or lowers[index - 1] in _PREPOSITIONS
    ) and lowers[index + 1].endswith("s") and lowers[index + 1].isalpha() and (
        tokens[index + 1].text.islower() and lowers[index + 1] not in _SUBJECT_PRONOUNS
    ):
        return False  # "of pledged delegates", "include pledged delegates"
    if word.endswith(("ing", "ed")) or (word != verb.lemma and not word.endswith("s")):
        return True
    back = index - 1
    while back >= 0 and (lowers[back] in AUXILIARIES or (
        lowers[back].endswith("ly") and len(lowers[back]) > 4 and lowers[back] not in LY_NOUNS
    )):
        back -= 1
    if back < 0 or quantifier_subject(lowers, back):
        return True  # "Some say", "but many argue"
    previous = lowers[back]
    if back == 0 and previous.endswith("ing") and word.endswith("s") and (
        index + 1 < len(lowers) and lowers[index + 1] in _PREPOSITIONS
    ):
        return False  # "Fishing disputes in the Palk Strait have ...": a noun after a gerund
    if previous == "," and back > 0 and lowers[back - 1].isdigit() and (
        index + 1 >= len(lowers) or lowers[index + 1] in _AFTER_A_NOUN
    ):
        return False  # "the Sept. 11, 2001, attacks, and": a date before a noun
    if previous == "that" and word.endswith("s") and back > 0 and tokens[back - 1].text.isalpha():
        return True  # "an editorial that accuses", "a report that says": a relative clause
    if previous in _PREPOSITIONS or previous in DETERMINERS:
        return False
    if (previous in _EVIDENCE_SUBJECTS or previous in _AUTHORITY_SUBJECTS) and word != "support":
        return True  # "one poll shows", "the data shows", "committee finds"
    if previous == "to":
        # an infinitive is a cue of its own only for speech ("declined to say"), or when
        # what comes before "to" says it happened ("continued to slam", "went on to blast",
        # "took to Twitter to attack"), not when it is intended ("vowed to punish")
        governor = lowers[back - 2] if back > 1 and lowers[back - 1] == "on" else (
            lowers[back - 1] if back > 0 else "")
        return (verb.frame not in ("condemn",) or verb.lemma in _VOICING
                or governor in _HAPPENED_BEFORE_TO) and (
            verb.lemma not in _COGNITIVE)  # "continued to express doubts" speaks
    if word == verb.lemma and _after_article(tokens, lowers, index):
        return False  # "a rare public reprimand", "a sharp rebuke": a noun
    if word == verb.lemma and back == index - 1 >= 1 and tokens[back].text[:1].isupper() and (
        lowers[back - 1].endswith(("'s", "\u2019s"))
        or (not previous.endswith("s") and lowers[back - 1] in ("the", "this", "that"))
    ):
        return False  # "the Orlando attack", "last week's Paris attack": a noun
    if index >= 2 and word.endswith("s") and word != verb.lemma and (
        index + 1 >= len(lowers) or lowers[index + 1] in _AFTER_A_NOUN
        or lowers[index + 1] in ("with", "between", "over", "among")
        or not lowers[index + 1].isalpha()
    ) and lowers[index - 1].endswith(_ADJECTIVE_ENDS) and lowers[index - 1] not in (
        "official", "officials"
    ) and (
        lowers[index - 2].endswith(("'s", "\u2019s")) or lowers[index - 2] in DETERMINERS
    ) and not tokens[index - 1].text[:1].isupper():
        return False  # "China's territorial disputes", "the legal challenge": a noun
    if word not in _NOUN_LIKE_FORMS:
        return True
    if word != verb.lemma and back == index - 1 and modified_noun(tokens, lowers, index, lexicon):
        return False  # "dismissed the US remarks", "The White House remarks were": a noun
    if tokens[back].text[:1].isupper() or previous in _SUBJECT_PRONOUNS or previous in (",", ")"):
        return True
    if word == "support" and index + 1 < len(lowers) and (
        tokens[index + 1].text[:1].isupper() or lowers[index + 1] in ("a", "an", "the")
    ) and (previous.endswith(("s", "percent")) or previous in _QUANTITIES):
        return True  # "most voters support a ban", "19 percent support Clinton"
    if previous.endswith("s") and not previous.endswith("ss") and previous.isalpha() and (
        word != "support"
    ):
        return True  # "FEC records show", "polls show"; not "to express doubts"
    if previous[:1].isdigit() or previous in _NUMBER_WORDS:
        return word != "support"  # "38 percent support" is a noun
    # "the report states": determiner, noun, verb; not "in his opening remarks"; "a U.S.
    # senator claims": capitalised modifiers between the determiner and the noun
    first = back - 1
    while word != verb.lemma and previous.isalpha() and first > 0 and back - first <= 4 and (
        tokens[first].text[:1].isupper() or tokens[first].text == "."
    ) and lowers[first] not in DETERMINERS:
        first -= 1
    if word == verb.lemma and verb.frame == "say" and _people_before_modifier(lowers, back):
        return True  # "Lawyers for the family say": the head of the subject comes earlier
    if word != verb.lemma and verb.frame == "say" and _clause_follows(tokens, lowers, index) and (
        _modified_subject(tokens, lowers, back)
    ):
        return True  # "The former tenant claims the landlord kept", "The family's lawyer claims"
    return first >= 0 and lowers[first] in DETERMINERS and previous not in _PREPOSITIONS and (
        first < 1 or lowers[first - 1] not in _PREPOSITIONS)


_NOUN_PHRASE_ENDS = frozenset(_words("of by from against")) | _FINITE
"""Words that may follow a noun but never a reporting verb: "the US charges against Huawei",
"the White House remarks were", "the Chinese claims of"."""
_GOVERNORS = frozenset(_words(
    "of in on at for with from about into over under than between among per across against "
    "despite amid amidst to by after following toward towards behind"
))
"""Prepositions whose object a noun phrase is: "in response to the US remarks"."""
_NAME_GLUE = frozenset(_words("of for and &"))
"""Lowercase words inside a name ("the American Society of Civil Engineers")."""
_GAP_OPENERS = frozenset(_words("which that who whom what"))
"""Words before a subject whose verb's object went before it ("a move that the kingdom
hopes will shatter ...")."""
_CLAUSE_VERB_FRAMES = frozenset({"say", "tell"})
"""Frames of verbs whose object may be a clause without "that" ("said the US claims ...")."""
_WEEKDAYS = frozenset(_words("monday tuesday wednesday thursday friday saturday sunday"))


def modified_noun(tokens: Sequence[Token], lowers: Sequence[str], index: int,
                  lexicon: Lexicon | None = None) -> bool:
    """Whether a speech form after a modifier is a noun ("the US remarks", "Pentagon charges").

    "remarks", "claims", "charges", "comments" after capitalised words or one lowercase noun
    (opened by a determiner or not) are the head of that noun phrase, not a verb with the
    modifier as its subject, when the phrase is an object (a preposition or a verb that is
    not one of speech comes before it: "China dismissed the US remarks", "in response to
    Pentagon charges") or when what follows the form can only follow a noun ("the White
    House remarks were", "the Russian claims of"). "The US claims Iran supplied drones" and
    "Officials said the Pentagon charges that ..." keep the verb.
    """
    first = index - 1
    while first >= 0 and index - first <= 6 and (
        (tokens[first].text[:1].isupper() and lowers[first] not in DETERMINERS)
        or (tokens[first].text == "." and first < index - 1)
        or (lowers[first] in _NAME_GLUE and first < index - 1 and first > 0
            and tokens[first - 1].text[:1].isupper())  # "the Society of Civil Engineers"
    ):
        first -= 1
    capitalised = first < index - 1
    if capitalised and first >= 0 and lowers[first] in _GAP_OPENERS:
        return False  # "a show of muscle that Clinton hopes can help": a relative clause
    if not capitalised:
        word = lowers[first] if first >= 0 else ""
        if not word.isalpha() or word in DETERMINERS or word in _SUBJECT_PRONOUNS or (
            word in _GOVERNORS or word.endswith(("ed", "ing")) or first < 1
            or lowers[first - 1] not in DETERMINERS
        ):
            return False  # one lowercase noun needs its determiner: "the government claims"
        first -= 1
    elif not _WEEKDAYS.isdisjoint(lowers[first + 1 : index]) or not MONTHS.isdisjoint(
        lowers[first + 1 : index]
    ):
        return False  # "Apple on Tuesday reports earnings": a time, not a modifier
    determined = first >= 0 and lowers[first] in DETERMINERS
    before = first - 1 if determined else first
    following = lowers[index + 1] if index + 1 < len(lowers) else ""
    gapped = before >= 0 and lowers[before] in _GAP_OPENERS
    if following in _NOUN_PHRASE_ENDS and not gapped:
        return True  # not "which the Tax Foundation estimates would cost": its object is gone
    if following in (",", ";", ".") and determined and before >= 0 and (
        lowers[before][:1].isalpha()
    ):  # not '"...," the senator remarks.': an inverted speaker after a quotation
        return True
    if before < 0 or not lowers[before].isalpha() or tokens[before].text[:1].isupper():
        return False
    governor = lowers[before]
    if governor in _GOVERNORS:
        # not "A review by The Times shows most of ...", "after Sanders calls Clinton
        # unqualified": a clause after the form makes the phrase its subject
        return not (following in _CLAUSE_OPENERS or following in _SUBJECT_PRONOUNS or (
            index + 1 < len(tokens) and tokens[index + 1].text[:1].isupper()
        ))
    if lexicon is not None and governor in lexicon.verbs:
        return lexicon.verbs[governor].frame not in _CLAUSE_VERB_FRAMES and (
            lexicon.verbs[governor].lemma not in _COGNITIVE
        )
    return determined and len(governor) > 4 and governor.endswith(("ed", "ing"))


def _clause_follows(tokens: Sequence[Token], lowers: Sequence[str], index: int) -> bool:
    """Whether a clause's subject follows ``index``: "the landlord", "Smith", "he", "that"."""
    following = index + 1
    if following >= len(lowers):
        return False
    word = lowers[following]
    return word in ("the", "that", "his", "her", "their", "its") or word in _SUBJECT_PRONOUNS or (
        tokens[following].text[:1].isupper() and tokens[following].text.isalpha()
    )


def _modified_subject(tokens: Sequence[Token], lowers: Sequence[str], noun: int) -> bool:
    """Whether a lowercase noun at ``noun`` heads a subject.

    A determiner or possessive, then at most two lowercase modifiers: "The former tenant",
    "The family's lawyer".
    """
    if not lowers[noun].isalpha() or tokens[noun].text[:1].isupper():
        return False
    for back in range(noun - 1, max(-1, noun - 4), -1):
        word = lowers[back]
        if word in ("the", "a", "an", "this", "that") or word.endswith(("'s", "\u2019s", "s'")):
            return back == 0 or lowers[back - 1] not in _PREPOSITIONS
        if word in ("'", "\u2019") and back > 0 and lowers[back - 1].endswith("s"):
            return True  # "The residents' association claims"
        if not word.isalpha() or word in _PREPOSITIONS or tokens[back].text[:1].isupper():
            return False
    return False


_ADJECTIVE_ENDS = ("ial", "ical", "ous", "ful", "less")
"""Endings of adjectives that may stand between a possessive and a noun cue."""


def _after_article(tokens: Sequence[Token], lowers: Sequence[str], index: int) -> bool:
    """Whether "a" or "an" and at most two lowercase modifiers come before ``index``.

    A verb never follows an indefinite article ("a rare public reprimand"); a plural
    between ("a few critics say") or a capitalised word ends the test.
    """
    for back in range(index - 1, max(-1, index - 4), -1):
        word = lowers[back]
        if word in ("a", "an"):
            return True
        if not word.isalpha() or word.endswith("s") or tokens[back].text[:1].isupper() or (
            word in _SUBJECT_PRONOUNS
        ):
            return False  # "a decision they say allowed ...": "they" says
    return False


_STANDING_QUANTIFIERS = frozenset(_words("some many most few others all both"))
"""Quantifiers that stand alone for people as a clause's subject ("Some say ...")."""
_INVERTED_SPEAKERS = frozenset(
    _words("some many most others critics experts analysts officials observers the")
)
"""Words that open a plural speaker after an inverted base form ("..., say some Democrats")."""

def _people_before_modifier(lowers: Sequence[str], noun: int) -> bool:
    """Whether ``noun`` ends a "for the family" modifying a word for people just before it.

    "Lawyers for the family say", "Supporters of the mayor say": the plural head before the
    preposition is the subject of the base-form verb after ``noun``.
    """
    return noun >= 3 and lowers[noun - 1] in DETERMINERS and lowers[noun - 2] in (
        "for", "of", "from", "at", "in", "with"
    ) and names_people(lowers[noun - 3])


def hyphenated_modifier(word: str) -> bool:
    """Whether a hyphenated word before a cue modifies it ("a double-barreled attack").

    A compound whose last part names a person or an agent is the subject instead: "The
    short-seller accused", "His ex-wife accused", "The co-founder denied".
    """
    if word.endswith("-old") and word[:1].isalnum():
        return False  # "The 41-year-old denies the charges": an age standing for a person
    if "-" not in word or not word[:1].isalpha():
        return False
    last = word.rsplit("-", 1)[1]
    lexicon = role_lexicon()
    if (word,) in lexicon.org_nouns:
        return False  # "The start-up said", "The non-profit denied": an organisation
    return not ((last,) in lexicon.person_heads or (
        len(last) > 4 and last.endswith(_AGENT_ENDINGS)
    ))


_AGENT_ENDINGS = ("er", "ist")
"""Endings of nouns for agents ("seller", "activist"); "or" also ends "off-color"."""


def quantifier_subject(lowers: Sequence[str], index: int) -> bool:
    """Whether token ``index`` is a quantifier standing alone as a clause's subject.

    "Some say ...", "but many argue ...": "some" opens the clause, after nothing, a
    punctuation mark or a conjunction; not "gave some say in".
    """
    return lowers[index] in _STANDING_QUANTIFIERS and (
        index == 0 or not lowers[index - 1][:1].isalnum()
        or lowers[index - 1] in ("and", "but", "while", "yet")
    )


def base_form_ok(
    lowers: Sequence[str], index: int, lexicon: Lexicon, verb: CueWord | None = None
) -> bool:
    """Whether a bare base form ("say", "deny") is a verb here: after a subject or modal.

    Forms that are also cue nouns ("report", "claim", "promise") need a pronoun, a
    modal or "to" before them; the others ("say", "think") only need the word before
    not to be a determiner, preposition or form of "be".
    """
    back = index - 1
    while back >= 0 and (
        (lowers[back].endswith("ly") and len(lowers[back]) > 4 and lowers[back] not in LY_NOUNS)
        or lowers[back] in ("and", "also", "firmly", "strongly", "flatly", "categorically")
        or (lowers[back] in lexicon.verbs and back < index - 1)
    ):
        back -= 1
    if back < 0:
        return True
    previous = lowers[back]
    if previous in _MODALS or (previous.endswith("s") and previous.isalpha()):
        return True
    if _people_before_modifier(lowers, back):
        return True  # "Lawyers for the family say": the subject's head is before its "for"
    if lowers[index] in lexicon.nouns:
        return False
    if quantifier_subject(lowers, back):
        return True  # "Some say ...", "but many argue ...": the quantifier is the subject
    if previous == "," and verb is not None and verb.frame == "say" and (
        index + 1 < len(lowers) and lowers[index + 1][:1].isalnum()
        and ("," in lowers[max(0, back - 12):back] or lowers[index + 1] in _INVERTED_SPEAKERS)
    ):
        return True  # "Economists, like their rivals, say ...", "..., say some Democrats"
    return previous not in DETERMINERS and previous not in _NOT_SUBJECT and (
        previous[:1].isalnum()
    )
