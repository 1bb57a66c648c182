"""The grammar around a cue word: whether a verb form counts, and what governs it.

A cue word found in a sentence (:mod:`claimkit.extract.cues`) counts only in some
grammatical settings: a finite verb with a subject ("he said", not "the said
document"), a base form after a modal or "to" ("will deny", "refused to confirm"), a
passive participle with its agent ("was denied by"), a verb whose required word follows
("found *that*", "charged *with*").  The checks here decide that, and find a negation
or refusal that governs a cue ("did not deny", "never confirmed", "declined to
comment"), with dictionary look-ups over the sentence's lowercase tokens.
"""

from __future__ import annotations

from collections.abc import Sequence

from claimkit.extract.attack_objects import party_cast_as, party_conduct, party_hit_on
from claimkit.extract.cue_lexicon import Lexicon
from claimkit.extract.no_one_subjects import no_one_subject
from claimkit.extract.penalty_grammar import (
    charged_over,
    charges_pleaded,
    held_responsible,
    party_penalized,
    party_suspected,
    stripped_of_rank,
    term_served,
)
from claimkit.extract.segment import MONTHS, Token
from claimkit.extract.segment import words as _words
from claimkit.extract.verb_objects import object_next, own_object_after

__all__ = [
    "LY_NOUNS",
    "AUXILIARIES",
    "CHARGE_PREPOSITIONS",
    "DETERMINERS",
    "FINITE_BE",
    "NAMED_THINGS",
    "NAMING_FORMS",
    "NEGATIONS",
    "NOUN_GOVERNORS",
    "ADDITIVE",
    "COMPOUND_HEADS",
    "governing_negation",
    "is_passive",
    "requirement_met",
]

FINITE_BE = frozenset(_words("is was are were"))
"""The finite forms of "be" that follow a subject ("the attack is", "the deaths were")."""
DETERMINERS = frozenset(_words(
    """
    the a an this that these those his her its their our my your whose such any no some
    every each another other recent earlier new latest repeated
    """
))
AUXILIARIES = frozenset(
    _words(
    """
    has have had having is are was were be been being will would shall should can could may
    might must do does did also then later earlier now again still repeatedly previously already
    once since publicly privately flatly strongly firmly openly quickly immediately further
    recently reportedly allegedly initially subsequently often frequently consistently
    vehemently angrily explicitly directly simply just even only long not never n't always
    strenuously vigorously categorically emphatically steadfastly adamantly staunchly swiftly
    promptly sharply
    """
)
)
NEGATIONS = frozenset({"not", "never", "n't", "no", "neither", "nor", "cannot"})
_REFUSAL = frozenset({"refused", "refuses", "refuse", "declined", "declines", "decline",
                      "failed", "fails", "fail", "won't", "wouldn't"})
_PASSIVE_AUX = frozenset({"is", "are", "was", "were", "be", "been", "being", "get", "got"})
_MODALS = frozenset(_words(
    """
    to will would shall should can could may might must do does did don't doesn't didn't
    won't wouldn't can't couldn't not never i we you they who also
    """
))


NOUN_GOVERNORS = frozenset(
    _words(
    """
    of about over against despite amid amidst following after before to with on from by
    denied denies deny denying rejected rejects dismissed dismisses
    """
)
)
_PARTICIPLE_ENDS = ("ed", "en", "wn")
_IRREGULAR_PARTICIPLES = frozenset({"told", "said", "found", "thought", "known", "felt", "shown",
                                    "hit"})
IRREGULAR_PAST = frozenset(
    _words(
        """
        caught made done seen taken given held brought found told left kept built sent spent
        paid put set cut hit won lost shown known thrown drawn driven written chosen spoken
        stolen beaten hidden forgotten gotten begun struck stuck hung led fed met heard sold
        felt meant dealt bought taught fought thought sought went came gave took wrote spoke
        said ran began stood sat got
        """
    )
)
"""Past tenses and participles that do not end in "-ed" ("went", "caught", "written")."""


CHARGE_PREPOSITIONS: dict[str, str] = {
    "accuse": "of", "charge": "with", "blame": "for", "suspect": "of", "convict": "of",
    "indict": "for", "sue": "for", "criticize": "for", "criticise": "for", "fault": "for",
    "condemn": "for",
}
"""The preposition that introduces the charge of each charging verb ("accused X of ...")."""
_CHARGED_WITH: dict[str, frozenset[str]] = {
    (lemma[:-1] if lemma.endswith("e") else lemma) + "ed": frozenset({preposition})
    for lemma, preposition in CHARGE_PREPOSITIONS.items()
}
"""Participles that are passive when their charge's preposition follows them at once
("the only one punished for mishandling evidence", "a cyclist stripped of his titles");
verdicts and sanctions are added below."""
_CHARGED_WITH.update({
    "convicted": frozenset({"of", "on", "for"}), "indicted": frozenset({"on", "for"}),
    **dict.fromkeys(
        _words("jailed imprisoned arrested suspended banned expelled disqualified punished "
               "disciplined fined sanctioned penalized penalised sentenced"),
        frozenset({"for"}),
    ),
    "stripped": frozenset({"of"}),
})


def is_passive(lowers: Sequence[str], index: int, *, reduced: bool = True) -> bool:
    """Whether the participle at ``index`` is passive ("was denied", "denied by").

    ``reduced`` also reads a participle with "by" and no auxiliary as passive ("Trump
    Blasted By Pope"), which suits verbs of charge and denial, not of mere statement
    ("a survey published by NBC" attributes nothing).
    """
    word = lowers[index]
    if not (word.endswith(_PARTICIPLE_ENDS) or word in _IRREGULAR_PARTICIPLES):
        return False
    charged_with = _CHARGED_WITH.get(word, ())
    if index + 1 < len(lowers) and lowers[index + 1] in charged_with and not (
        index > 0 and lowers[index - 1] in _SUBJECT_PRONOUNS
        and lowers[index - 1] not in ("who", "which", "that", "one")
    ):  # not "the Republicans, who he accused of preying on fears": its object went before
        return True  # "Clinton Accused Of Shocking Act": the active verb needs its object first
    if charged_with and index > 0 and lowers[index - 1] == ",":
        at = index + 1
        while at < len(lowers) and at <= index + 4 and (
            lowers[at] in WHEN_WORDS or lowers[at] in MONTHS or lowers[at].isdigit()
        ):
            at += 1
        if index + 1 < at < len(lowers) and lowers[at] in charged_with:
            return True  # "The senator, accused last year of taking bribes, has resigned"
    if index + 1 < len(lowers) and lowers[index + 1] == "by" and index > 0 and (
        lowers[index - 1] in ("as", ",", "first", "originally", "initially", "previously", "not",
                              "never")
    ):
        return True  # "as first reported by the New York Times"
    if reduced and index + 2 < len(lowers) and lowers[index + 1] == "by" and (
        lowers[index].endswith("ed") or lowers[index] in _IRREGULAR_PARTICIPLES
    ) and not lowers[index + 2].endswith("ing") and lowers[index + 2] not in _BY_MEANS and (
        not lowers[index + 2][:1].isdigit() and lowers[index] not in _MOVED
    ):
        return True  # a reduced passive: "Trump Blasted By Pope", "Clinton, criticized by"
    back = index - 1
    reach = 4
    while back >= 0 and index - back <= reach:
        if lowers[back] in _PASSIVE_AUX:
            return True
        if lowers[back] in ("and", "or") and back > 1 and reach == 4 and (
            lowers[back - 1].endswith(_PARTICIPLE_ENDS)
        ) and not own_object_after(lowers, index):
            # "was arrested and accused of theft": the auxiliary serves both participles
            reach = index - back + 4
            back -= 2
            continue
        if lowers[back] not in AUXILIARIES and not lowers[back].endswith("ly") and (
            lowers[back] not in _PASSIVE_ADVERBS
        ):
            return False
        back -= 1
    return False


_BY_MEANS = frozenset(
    _words("phone telephone email e-mail mail text video satellite letter hand name far way "
           "default contrast comparison design chance mistake accident then now law nature "
           "margin margins percent points votes itself themselves himself herself some")
)
"""Words after an active verb's "by" that say how or how much, not who ("testified by
video", "won by a wide margin" reads "by a", so only these single words are listed)."""

_MOVED = frozenset(
    _words("worried concerned troubled alarmed dismayed surprised shocked disappointed "
           "frustrated angered outraged pleased encouraged heartened moved impressed "
           "threatened hurt offended inspired motivated driven")
)
"""Participles of feeling whose "by" names a cause, not an agent ("worried by the rise")."""

_PASSIVE_ADVERBS = frozenset(_words("almost also still already now often even just nearly "
                                    "since later first long once again soon not never "
                                    "yesterday today tonight formally"))
"""Adverbs between an auxiliary and its participle ("is almost guaranteed", "was yesterday
charged")."""


def _is_negation(lower: str) -> bool:
    return lower in NEGATIONS or lower.endswith("n't")


def _after_quote(lowers: Sequence[str], start: int) -> bool:
    """Whether a cue follows a closing quotation and a short speaker ("“...,” Smith wrote")."""
    for back in range(start - 1, max(-1, start - 8), -1):
        word = lowers[back]
        if word in ("\u201d", '"', "''"):
            return True
        if word in _NOT_SUBJECT or word in ("to", "according", ";", ":"):
            return False
    return False


COMPOUND_HEADS = frozenset(_words(
    """
    backlog backlogs processing process processes handling limit limits time times system
    systems form forms data deadline deadlines department team teams adjuster adjusters
    officer officers rate rates ratio office procedure procedures requirements management fee
    fees desk unit
    """
))
"""Nouns after a claim noun that make it a modifier ("the claims backlog", "complaint
handling"): no claim is taken."""


_TERM_WORDS = frozenset({"prison", "jail", "years", "months", "weeks", "life"})
"""Words of a term served, which may stand between a sentence and its reason."""


_CLAUSE_ENDS = frozenset({".", ",", ";", ":", "!", "?", "and", "but", "before", "in", "on",
                          "at", "after", "when", "while", '"', "\u201d"})
"""Words that end a predicate: what may follow a phrase that must be the whole of it."""


def requirement_met(
    requires: str | None, lowers: Sequence[str], end: int, lexicon: Lexicon,
    tokens: Sequence[Token] | None = None,
) -> bool:
    """Whether the word a verb requires ("that", "with", "that|to") follows ``end`` closely."""
    if requires is None:
        return True
    if "|" in requires:
        return any(requirement_met(r, lowers, end, lexicon, tokens)
                   for r in requires.split("|"))
    start = end - 1
    if requires == "to":
        return "to" in lowers[end : end + 5]  # intentions are never inverted: "plans to"
    if requires == "claim-noun":  # "fight the charges", not "fight for them", "fight it out"
        window = lowers[end : end + 3]  # (never inverted: "“proof” that Ukraine shot down")
        at = 0 if window and window[0] in lexicon.claim_nouns else 1 if (
            len(window) > 1 and window[0] in DETERMINERS and window[1] in lexicon.claim_nouns
        ) else None
        return at is not None and (  # not "knocked down its claims backlog"
            at + 1 >= len(window) or window[at + 1] not in COMPOUND_HEADS
        )
    if requires == "clause-end":  # "pleaded not guilty and claimed trial.", "claimed trial to
        # all seven charges": the phrase ends its predicate or takes the charges (not
        # "claimed trial delays had hurt her case")
        return end >= len(lowers) or lowers[end] in _CLAUSE_ENDS or charges_pleaded(lowers, end)
    if requires == "responsible":
        return held_responsible(lowers, end)  # "held the hospital responsible for"
    if requires == "stripped-of":
        return stripped_of_rank(lowers, end)  # "stripped the bowler of his title"
    if requires == "over-reason":
        return charged_over(lowers, end, tokens)  # "charges fast bowler over ball tampering"
    if requires == "party-of":
        return party_suspected(lowers, end, tokens)  # "suspect the driver of drunk driving"
    if requires == "penalty":
        # a reason ("banned for doping"), or a term a party serves ("banned the fan for
        # three years"; not "suspended flights for two weeks")
        if lowers[end - 1].endswith("s") and not party_penalized(lowers, end, tokens):
            return False  # "BCCI bans two players for ...", not "rifle bans and visas for"
        return requirement_met("for", lowers, end, lexicon, tokens) or term_served(
            lowers, end, tokens, AUXILIARIES
        )
    if requires in ("for", "over"):
        # a reason: "attacked Romney for being a failed candidate", "for his record",
        # "jailed for fraud", "attacked Starmer over his tax plans"; not a time, an amount
        # or a purpose ("attacked the convoy for hours", "over the weekend", "fined for the
        # first time", "banned cars for safety reasons")
        window = lowers[end : end + 8]
        if not _TERM_WORDS.isdisjoint(lowers[end : end + 12]):
            window = lowers[end : end + 15]  # past a term: "to five years in prison for fraud"
        if window[:1] == ["home"]:
            return False  # "the debate hits home for her": it touches, it charges no one
        if requires == "over" and (tokens is None or end >= len(tokens) or not (
            tokens[end].text[:1].isupper() or lowers[end] in _OBJECT_PRONOUNS
        )):
            return False  # a party attacked over something: "Starmer", "her"; not "the convoy"
        return bool(window) and window[0] != "over" and any(
            word == requires and index + 1 < len(window) and (
                _reason_at(window, index + 1) or window[index + 1].endswith(("'s", "\u2019s"))
            ) and window[index + 1] not in _TIME_SPANS
            for index, word in enumerate(window)
        )
    if requires == "party-as":
        return party_cast_as(lowers, end, tokens)  # "cast her as a reckless spender"
    if requires == "party-on":
        return party_hit_on(lowers, end, tokens)  # "hits Trump on escalating violence"
    if requires == "party-conduct":
        return party_conduct(lowers, end, tokens)  # "attacked Clinton's record"
    if requires == "then-speech":
        # "Trump attacked Romney, calling him a failed candidate": the words that follow
        # the object say what the attack said (not "attacked the base, killing five")
        window = lowers[end : end + 10]
        return any(word == "," and index + 1 < len(window) and window[index + 1] in _SPEECH
                   for index, word in enumerate(window))
    if requires == "that-next":
        # "charged that", "charged on Tuesday that", "charged in a statement that",
        # '"...," she countered'; not "charged X after determining that", "ran counter to
        # his statements that", "the overnight protest, which ..."
        window = lowers[end : end + 6]
        if "that" not in window:
            return end - 1 > 0 and _after_quote(lowers, end - 1)
        gap = window[: window.index("that")]
        return not gap or (gap[0] in _ADVERBIAL_OPENERS and "," not in gap)
    if requires in _SANCTION_WORDS:
        return requires in lowers[end : end + 8]  # "convicted of", "arrested on suspicion"
    if requires == "that" and agent_next(lowers, end, tokens):
        return False  # "the report, published Tuesday by Human Rights Watch": a participle
    if start > 0 and lowers[start - 1] in (",", "\u201d", '"', "'", "''") and not (
        lowers[start - 1] == "," and lowers[start].endswith("ing")
    ) and not (lowers[start - 1] == "," and (
        object_next(lowers, end, tokens, DETERMINERS) or lowers[end : end + 1] == ["by"]
    )):  # nor "The complaint, seen by the Guardian, alleges": a passive apposition
        # a participle after a comma opens its own clause: "won, adding to his lead"; a verb
        # after an apposition takes an object: "Leonard Shaw, 61, wrote checks to himself"
        return True  # inverted: "..., wrote Smith", "“...,” he thought"
    window = lowers[end : end + 10]
    if _after_quote(lowers, start) or (
        (not window or window[0] in (".", ",", "!", "?", ";"))
        and "," in lowers[max(0, start - 7) : start]
    ):
        return True  # trailing: "“...,” he continued.", "“...,” she wrote in an email."
    if requires == "object":
        return bool(window) and (window[0][:1].isalpha() or window[0] in _QUOTE_OPENERS) and (
            window[0] not in ("for", "on", "off", "up", "in", "out", "back", "to"))
    if requires == "that" and any(w in _EVIDENCE_SUBJECTS for w in lowers[max(0, start - 4):start]):
        return True  # "a June poll found Trump receiving 20 percent"
    if requires == "that" and lowers[start] in _FINDING_FORMS and any(
        w in _AUTHORITY_SUBJECTS for w in lowers[max(0, start - 4) : start]
    ) and not (window and window[0] in _REFLEXIVES):  # not "the league found itself in"
        return True  # "the council found the group committed a war crime"
    if requires == "that" and lowers[start] in _FINDING_FORMS and len(window) > 3 and (
        window[0] in ("the", "a", "an", "its", "his", "her", "their")
        and not _FINITE.isdisjoint(window[2:4]) and window[1].isalpha()
        and start > 0 and (
            lowers[start - 1] in _AUTHORITY_SUBJECTS or lowers[start - 1] in _EVIDENCE_SUBJECTS
            or (tokens is not None and tokens[start - 1].text[:1].isupper())
        )
    ):  # a body or a name finds: not "Police found the victim had been stabbed"
        return True  # "Uefa found the club had breached financial rules": no "that"
    if requires == "that" and lowers[start] in _FINDING_FORMS and not _VERDICTS.isdisjoint(
        window[1:5]
    ) and window[0] not in _REFLEXIVES:
        return True  # "The FA found Smith guilty of misconduct": a verdict on someone
    if requires == "that" and window and window[0] in _FINDING_SUBJECTS and (
        lowers[start] in _FINDING_FORMS
    ):
        return True  # "records showed she was fit for duty": a clause without "that"
    if requires == "that" and lowers[start] in _FINDING_FORMS and tokens is not None and (
        len(window) > 1 and end < len(tokens) and tokens[end].text[:1].isupper()
        and window[1] in _FINITE
    ):
        return True  # "The FA found Toney had breached betting rules": a name, then its verb
    if requires == "that" and window and lowers[start] in _COGNITION_FORMS and (
        window[0] in _CLAUSE_OPENERS
        or (tokens is not None and lowers[start] in _OPINION_FORMS
            and tokens[end].text[:1].isupper() and len(window) > 1
            and window[1] not in (".", ",", ";", "!", "?"))
    ):
        return True  # "I think his comment is correct", "voters think Clinton is": no "that"
    if requires == "speech":
        return bool(window) and (window[0] in (",", ":", "\u201c", '"', "''")
                                 or ":" in window[1:4]  # "added about Carson: ..."
                                 or window[0] in _QUOTE_OPENERS or "that" in window[:6]
                                 or window[0] in ("they", "he", "she", "it", "we", "i")
                                 or (tokens is not None and lowers[start] != "state"
                                     and tokens[end].text[:1].isupper()
                                     and not _FINITE.isdisjoint(window[1:6])))
        # "Comey stated Clinton and her team were careless": a clause without "that"
    if requires == "claim":
        return any(w in lexicon.claim_nouns or w in ("it", "this", "that", "them")
                   for w in window[:4])
    if requires == "that" and "that" in window and "," in window[: window.index("that")]:
        return False  # "showed no sign of backing down, releasing a statement that ..."
    return requires in window


def agent_next(lowers: Sequence[str], end: int, tokens: Sequence[Token] | None) -> bool:
    """Whether a passive participle's agent follows ``end``, past a time: "by" and a party.

    "a report published Tuesday by Human Rights Watch", "released on Monday by the
    agency": the verb describes a document, it attributes nothing; not "by phone".
    """
    at = end
    while at < len(lowers) and at < end + 4 and (
        lowers[at] in WHEN_WORDS or lowers[at] in MONTHS or lowers[at].isdigit()
    ):
        at += 1
    if at + 1 >= len(lowers) or lowers[at] != "by":
        return False
    following = lowers[at + 1]
    return following in DETERMINERS or (
        tokens is not None and at + 1 < len(tokens) and tokens[at + 1].text[:1].isupper()
    )


WHEN_WORDS = frozenset(_words("last this earlier in on year month week years months weeks ago "
                              "monday tuesday wednesday thursday friday saturday sunday"))
"""Words of a time phrase around a charge ("accused last year of", "by a player in 2020")."""
_ADVERBIAL_OPENERS = MONTHS | frozenset(_words(
    """
    on in at last this earlier again repeatedly late early yesterday today monday tuesday
    wednesday thursday friday saturday sunday
    """))
"""Words that open a time or venue between a verb and its "that" ("charged on Tuesday that",
"charged in a statement that")."""
_SANCTION_WORDS = frozenset(_words("of on in suspicion charges"))
"""Required words that name a charge or a verdict: an inverted verb never stands for them."""
_REASON_STARTS = frozenset(_words("his her their its my our your the what allegedly"))
_NOT_REASONS = frozenset(
    _words("a an one two three four five six seven eight nine ten dozens hundreds thousands "
           "millions several many more less years months weeks days hours minutes decades "
           "life now ever good example instance years' months' sale comment questioning "
           "safety security health reasons fear lack use us him them me you it")
)
"""Words after "for" that open a time, an amount, a purpose or a beneficiary, not a reason."""
_HAPPENED_BEFORE_TO = frozenset(
    _words("continue continues continued continuing go goes went going proceed proceeds "
           "proceeded began begins started starts twitter facebook media instagram "
           "opportunity occasion moment stage")
)
"""Words before "to" that say the act after it happened ("went on to", "took to Twitter to")."""
_SPEECH = frozenset(_words("saying calling arguing accusing claiming describing suggesting "
                           "charging insisting questioning labeling labelling branding mocking"))
"""Participles after an object that say what a verb of attack said."""
_TIME_SPANS = frozenset(_words("first second third last past next same entire whole rest"))


_OBJECT_PRONOUNS = frozenset(_words("him her them"))


def _reason_at(window: Sequence[str], index: int) -> bool:
    """Whether ``window[index]``, just after "for", opens the reason for a sanction."""
    word = window[index]
    if word in _REASON_STARTS and index + 1 < len(window) and (
        window[index + 1].isdigit() or window[index + 1] in _NOT_REASONS
        or window[index + 1] in _TIME_SPANS
    ):
        return False  # "for the first time", "for the past decade", "for the 15 years"
    if word.endswith("ing") or word in _REASON_STARTS:
        return True
    return word.isalpha() and word not in _NOT_REASONS  # not "for $5 million", "for 2016"
_FINITE = frozenset(_words("is are was were has have had will would could can should did does"))
_EVIDENCE_SUBJECTS = frozenset(
    _words(
        """
        poll polls survey surveys study studies report reports analysis data figures
        research audit review investigation census count tally results documents records
        emails e-mails video videos footage images photos photographs numbers polling
        estimates projections filings transcripts transcript memo memos letters database
        databases logs log recordings recording evidence
        """
    )
)
_AUTHORITY_SUBJECTS = frozenset(
    _words(
        """
        inquiry council court commission committee panel tribunal jury judge regulator
        watchdog investigators inspectors auditors prosecutors coroner investigation it
        probe probes inquiries investigations ombudsman authority agency board autopsy
        league federation association body
        """
    )
)
"""Bodies whose findings are claims: "the inquiry found the data were fabricated"."""
_REFLEXIVES = frozenset(_words("itself himself herself themselves ourselves myself"))
_VERDICTS = frozenset(_words("guilty liable culpable negligent"))
"""Verdict words after a finding verb's object: "found the club guilty of ..."."""
_CLAUSE_OPENERS = frozenset(
    _words(
        """
        i you he she it we they the this these those his her their our my there a an some
        most many all no every each nobody everyone everybody someone something nothing
        """
    )
)
_OPINION_FORMS = frozenset(
    _words("think thinks thought believe believes believed feel feels felt")
)
"""Cognition verbs whose clause may start with a name ("voters think Clinton is ...")."""
_COGNITION_FORMS = frozenset(
    _words(
        """
        think thinks thought believe believes believed know knows knew feel feels felt
        suppose supposes supposed guess guesses guessed
        """
    )
)
_FINDING_SUBJECTS = frozenset(_words("he she they we i there"))
_FINDING_FORMS = frozenset(
    _words(
        """
        show shows showed shown showing find finds found learn learns learned learnt
        discover discovers discovered realize realizes realized realise realises realised
        """
    )
)
NAMING_FORMS = frozenset(_words("called named dubbed titled labeled labelled branded"))
NAMED_THINGS = frozenset(
    _words(
        """
        group groups organization organisation party movement program programme plan bill
        book film movie show website site app company firm fund initiative operation project
        event move policy law town village city place area region network page account tool
        system document series song album game drug technique thing something so-called
        committee coalition caucus conference club foundation institute center centre
        """
    )
)
_QUOTE_OPENERS = frozenset({"\u201c", '"', "''", "'", "\u2018"})
_NOT_SUBJECT = frozenset(
    _words(
        """
        of in on at for with by from about as into over under after before than between
        is are was were be been being am 's
        """
    )
)


_PREPOSITIONS = frozenset(
    _words("of in on at for with from about into over under than between among per across")
)
_NUMBER_WORDS = frozenset(
    _words("two three four five six seven eight nine ten dozens hundreds thousands millions")
)
_SUBJECT_PRONOUNS = frozenset(_words("i you he she it we they who which that one"))
_AFTER_A_NOUN = frozenset({",", ".", ";", ":", "and", "or", "on", "in", "of", "by", "against",
                           "that", "which", ")"})
_VOICING = frozenset(_words("express voice"))
"""Verbs of voicing an attitude, which speak after "to" as "say" does."""

_COGNITIVE = frozenset(
    _words("believe think know want hope expect fear worry doubt wonder feel prefer")
)




LY_NOUNS = frozenset(_words(
    "family ally rally assembly daily monopoly supply reply bully italy sicily ashley bradley "
    "stanley riley emily kimberly wesley dudley shirley beverly bentley"
))
"""Nouns and names ending in "-ly", which are no adverbs ("The family said", "Italy said",
not "widely said")."""



ADDITIVE = frozenset(_words("only just merely simply"))
"""Words after "not" that add rather than negate ("she not only denied it but also ...")."""


def governing_negation(lowers: Sequence[str], first: int) -> int | None:
    """The index of a negation in the auxiliaries just before token ``first``.

    "not only", "not just" and "not merely" add rather than negate: "she not only brushed
    off the findings but also attacked him" brushes them off.
    """
    index = first - 1
    steps = 0
    while index >= 0 and steps < 4:
        word = lowers[index]
        if _is_negation(word):
            if index + 1 < first and lowers[index + 1] in ADDITIVE:
                return None  # "not only brushed off ... but also": adds, does not negate
            return index
        if word == "to" and index > 0 and lowers[index - 1] in _REFUSAL:
            return index - 1
        if word == "longer" and index > 0 and lowers[index - 1] == "no":
            return index - 1  # "could no longer defend"
        if word not in AUXILIARIES and word != "to" and not (
            word.endswith("ly") and len(word) > 4  # "never formally accused"
        ):
            return no_one_subject(lowers, index)
        index -= 1
        steps += 1
    return None
