"""The kind stage: what an attributed statement says decides whether it alleges or denies.

A cue such as "accused" or "denied" names its kind; most attributions in real news do not
("said", "told", "according to", "claimed"). This stage reads the content of such a claim
and decides its kind from meaning, with the lexicons of ``data/kinds.json`` organised by
what the words do:

* **denial** content judges a claim false ("that is incorrect", "the claims are baseless",
  "It's a lie"), says support for it is missing ("no evidence", "no credible
  intelligence", "nothing to do with"), or negates what the speaker's own side did ("we
  have not made a ceasefire", "he never named the company");
* **allegation** content says that a party other than the speaker did wrong, by kind of
  wrong (violence, crime, deception, harm), or denies it a virtue ("was not truthful",
  "cannot be trusted").

Questions and conditionals assert nothing and are left alone. Every decision keeps the
words that made it (:attr:`KindDecision.words`) and the rule's name, so a user can see
why a statement became an allegation.

Example:
    >>> from claimkit.extract.segment import lowers, tokenize
    >>> words = lowers(tokenize("That is rumors, fabricated rumors"))
    >>> decision = content_kind(words, 0, len(words))
    >>> decision.kind.value, decision.rule, [words[a:b] for a, b in decision.words]
    ('denial', 'falsity', [['rumors']])
    >>> words = lowers(tokenize("the officer shot Brown once by the police car"))
    >>> decision = content_kind(words, 0, len(words))
    >>> decision.kind.value, decision.rule
    ('allegation', 'wrongdoing:violence')
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping, Sequence
from importlib import resources
from typing import Any

from attrs import frozen

from claimkit.extract.cues import PhraseIndex, inflect
from claimkit.extract.segment import lowers as _lowers
from claimkit.extract.segment import tokenize
from claimkit.extract.segment import words as _words
from claimkit.model import Claim, ClaimKind, Document, Span

__all__ = [
    "KindDecision",
    "KindLexicon",
    "content_kind",
    "explain_kind",
    "kind_lexicon",
    "load_kind_lexicon",
    "redress_kind",
]

_NEGATIONS = frozenset({"not", "never", "no", "neither", "nor", "cannot", "nothing"})
_AUX = frozenset(
    _words("do does did have has had be been being is are was were am ever even at all so "
           "really actually also yet still")
)
_PASSIVE = frozenset({"was", "were", "been", "being", "be", "is", "are", "got", "get"})
_THIRD_PERSON = frozenset({"he", "she", "they", "he's", "she's", "they're"})
_SELF_PRONOUNS = frozenset({"he", "she", "it", "they", "he'd", "she'd", "it'd", "they'd"})
"""A content opening with one of these mostly speaks of the claimant itself."""
_PAST_NEGATORS = frozenset(
    _words("did didn't had hadn't has hasn't have haven't was wasn't were weren't is isn't "
           "are aren't never")
)
_COPULAS = frozenset({"is", "was", "'s", "would", "will", "has", "had", "sounds", "seems"})
_BE = frozenset({"is", "was", "are", "were"})
_CONDITIONALS = frozenset(
    {"if", "unless", "whether", "suppose", "supposing", "why", "how", "what", "when", "where",
     "who", "whom", "which"}
)
"""Words that open a condition or an embedded question ("explain why it had ignored")."""
_TEMPORAL = frozenset({"when", "whenever", "after", "before", "once", "while"})
"""Words that open a leading time clause ("When I look at her, ...")."""
_OPENERS = frozenset({"that", "\u201c", '"', "'", "\u2018", ",", ":", "and", "but", "--",
                      "\u2014"})


def _is_negation(word: str) -> bool:
    return word in _NEGATIONS or word.endswith("n't")


@frozen
class KindDecision:
    """The kind a claim's content gives it, and why.

    Attributes:
        kind: :attr:`~claimkit.model.ClaimKind.ALLEGATION` or
            :attr:`~claimkit.model.ClaimKind.DENIAL`.
        rule: The rule that decided: ``falsity``, ``no-evidence``, ``own-negation``,
            ``negated-act``, ``negated-wrongdoing``, ``negated-virtue`` or
            ``wrongdoing:<category>``.
        words: Token ranges ``(first, end)`` of the words that decided, in the indices
            the caller passed in.
    """

    kind: ClaimKind
    rule: str
    words: tuple[tuple[int, int], ...]


class KindLexicon:
    """The content lexicons of the kind stage, built from ``data/kinds.json``.

    Args:
        data: The parsed JSON document (see the file's ``about`` entries).
    """

    def __init__(self, data: Mapping[str, Any]) -> None:
        falsity = data["falsity"]
        self.falsity = PhraseIndex(
            (form, "falsity") for form in [*falsity["words"], *falsity["phrases"]]
        )
        self.copular_falsity = frozenset(falsity.get("copular_words", ()))
        self.no_evidence = PhraseIndex((p, "no-evidence") for p in data["no_evidence"]["phrases"])
        self.claim_refs = frozenset(data["claim_refs"]["words"])
        self.own_side = frozenset(data["own_side"]["words"])
        self.self_claims = frozenset(data["self_claims"]["words"])
        self.unread_cues = frozenset(data["unread_cues"]["lemmas"])
        """Cue lemmas whose content is praised or asked for, not asserted."""
        countering = data["countering"]
        self.countering = frozenset(_forms(countering["verbs"], countering["words"]))
        intent = data["intent"]
        self.intent = frozenset(_forms(intent.get("verbs", ()), intent.get("words", ())))
        self.negated_virtue = PhraseIndex(
            (p, "negated-virtue") for p in data["negated_virtue"]["phrases"]
        )
        doubted = data["doubted_virtue"]
        self.virtues = frozenset(doubted["virtues"])
        self.doubts_before = frozenset(doubted["doubts_before"])
        self.doubts_after = PhraseIndex((p, "doubted") for p in doubted["doubts_after"])
        self.redress = PhraseIndex((p, "redress") for p in data["redress"]["phrases"])
        entries: list[tuple[str, str]] = []
        for category, lists in data["wrongdoing"].items():
            if not isinstance(lists, Mapping):
                continue  # the "about" text
            for form in _forms(lists.get("verbs", ()), lists.get("words", ())):
                entries.append((form, category))
        self.wrongdoing = PhraseIndex(entries)
        self.violence_nouns = frozenset(
            w for w in data["wrongdoing"]["violence"].get("words", ()) if " " not in w
        ) - {"shot", "beaten", "murdered", "struck"}
        self.neutral = PhraseIndex(
            (phrase, "neutral") for phrase in data["neutral_phrases"]["phrases"]
        )
        transfer = data["transfer"]
        self.transfer_verbs = frozenset(transfer["verbs"])
        self.transfer_objects = frozenset(transfer["objects"])
        self.buy_verbs = frozenset(transfer["buy_verbs"])


def _forms(verbs: Iterable[str], words: Iterable[str]) -> list[str]:
    out: list[str] = []
    for lemma in verbs:
        out.extend(inflect(lemma))
    out.extend(words)
    return list(dict.fromkeys(out))


def load_kind_lexicon() -> KindLexicon:
    """Read the kind lexicons shipped with claimkit."""
    source = resources.files("claimkit.data").joinpath("kinds.json")
    with source.open("r", encoding="utf-8") as stream:
        return KindLexicon(json.load(stream))


_default: list[KindLexicon] = []


def kind_lexicon() -> KindLexicon:
    """The shipped kind lexicons, read once."""
    if not _default:
        _default.append(load_kind_lexicon())
    return _default[0]


def _governed(words: Sequence[str], index: int, reach: int = 3) -> int | None:
    """Index of a negation among the ``reach`` words before ``index`` in its clause."""
    for back in range(index - 1, max(-1, index - reach - 1), -1):
        word = words[back]
        if word in (",", ";", "but", "and", "that", "which", "who"):
            return None
        if _is_negation(word):
            return back
    return None


def _subject_start(words: Sequence[str]) -> int:
    """Skip what opens a content before its subject: "that", quotation marks, commas."""
    index = 0
    while index < len(words) and words[index] in _OPENERS:
        if words[index] == "that" and index + 1 < len(words) and words[index + 1] in _COPULAS:
            break  # "that is rumors": a demonstrative, the subject itself
        index += 1
    return index


def _asserts_nothing(words: Sequence[str]) -> bool:
    """A question or a conditional: the content asserts nothing."""
    start = _subject_start(words)
    if start < len(words) and words[start] in _CONDITIONALS:
        return True
    return bool(words) and words[-1] == "?"


def content_kind(
    lowers: Sequence[str], first: int, last: int, lexicon: KindLexicon | None = None
) -> KindDecision | None:
    """The kind that the content ``lowers[first:last]`` gives a claim, if any.

    Args:
        lowers: Lowercase token forms of the sentence (apostrophes straight).
        first: Index of the content's first token.
        last: Index just past its last token.
        lexicon: The kind lexicons (the shipped ones by default).

    Returns:
        A :class:`KindDecision` for allegation or denial content, or None when the content
        is neither (or asks or supposes instead of asserting).
    """
    lex = lexicon or kind_lexicon()
    words = list(lowers[first:last])
    opening = _subject_start(words)
    if opening < len(words) and words[opening] in _TEMPORAL:
        # "When I look at her record, they call that a lie": a leading time clause; the
        # main clause after its comma says what the content asserts
        comma = next((i for i in range(opening + 2, len(words)) if words[i] == ","), None)
        if comma is not None and comma + 2 < len(words):
            return content_kind(lowers, first + comma + 1, last, lex)
    if not words or _asserts_nothing(words):
        return None
    opening = _subject_start(words)
    if opening < len(words) and words[opening] in lex.self_claims:
        return None  # "claimed responsibility for the ambush" admits, it does not accuse
    found = (_negated_virtue(words, lex) or _denial(words, lex) or _doubted_virtue(words, lex)
             or _allegation(words, lex))
    if found is None or found[0] is ClaimKind.ADMISSION:
        return None  # an admission ("we were not honest with you") is neither
    kind, rule, spans = found
    return KindDecision(kind, rule, tuple((first + a, first + b) for a, b in spans))


def redress_kind(
    lowers: Sequence[str], first: int, last: int, lexicon: KindLexicon | None = None
) -> KindDecision | None:
    """The allegation in urging a party to make redress: "urged the senator to apologize".

    Args:
        lowers: Lowercase token forms of the sentence.
        first: Index of the content's first token (what the party is urged to do).
        last: Index just past its last token.
        lexicon: The kind lexicons (the shipped ones by default).

    Returns:
        An allegation decision (rule ``demanded-redress``), or None.
    """
    lex = lexicon or kind_lexicon()
    words = list(lowers[first:last])
    for start, end, _ in lex.redress.find((), words):
        if _governed(words, start) is None:
            return KindDecision(ClaimKind.ALLEGATION, "demanded-redress",
                                ((first + start, first + end),))
    return None


_Found = tuple[ClaimKind, str, list[tuple[int, int]]]


def _denial(words: list[str], lex: KindLexicon) -> _Found | None:
    for start, end, _ in lex.no_evidence.find((), words):
        if _governed(words, start, 2) is None:
            return ClaimKind.DENIAL, "no-evidence", [(start, end)]
    neutral = _neutral_tokens(words, lex)
    for start, end, _ in lex.falsity.find((), words):
        if _governed(words, start, 2) is not None and (end - start) == 1:
            continue  # "not false"
        if start in neutral:
            continue  # "the states that lie ahead"
        subject = _subject_start(words)
        before = words[max(subject, start - 15) : start]
        after = words[end : end + 2]
        elided = subject < len(words) and words[subject] in _BE  # "said that is untrue"
        if elided or _judged_ref(before, lex) or not lex.claim_refs.isdisjoint(after) \
                or _judged_subject(words, subject, start, lex):
            said = _someone_said(words[subject:start])
            if said is not None:
                # "who tells everyone else it was a video ... they call that a lie": what a
                # party said is judged false, an accusation of deceit, not a rejection
                return ClaimKind.ALLEGATION, "falsity-of-another", [
                    (subject + said, subject + said + 1), (start, end)]
            return ClaimKind.DENIAL, "falsity", [(start, end)]
    for index, word in enumerate(words):
        if word in lex.copular_falsity and _predicated_of_claim(words, index, lex):
            return ClaimKind.DENIAL, "falsity", [(index, index + 1)]
    subject = _subject_start(words)
    if subject < len(words):
        head = words[subject]
        if head in lex.own_side or head in _THIRD_PERSON:
            negation = _negation_after(words, subject + 1, lex)
            if negation is not None and (
                head in lex.own_side or words[negation] in _PAST_NEGATORS
                or words[negation - 1] in _PAST_NEGATORS
            ):
                rule = "own-negation" if head in lex.own_side else "negated-act"
                return ClaimKind.DENIAL, rule, [(subject, subject + 1), (negation, negation + 1)]
    for start, end, _ in lex.wrongdoing.find((), words):
        negation = _governed(words, start)
        if start in neutral:
            continue  # "no shot at winning"
        if negation is not None and not _virtue_at(words, negation, lex):
            return ClaimKind.DENIAL, "negated-wrongdoing", [(negation, negation + 1),
                                                            (start, end)]
    return None


_SAYING = frozenset(
    _words("say says said show shows showed shown find finds found suggest suggests suggested "
           "argue argues argued claim claims claimed state states stated allege alleges alleged "
           "conclude concludes concluded note notes noted")
)
"""Verbs after a claim noun that make it the speaker of what follows, not what is judged."""


_TOLD = frozenset(_words("tell tells told said says stated insisted insists claimed"))
_FIRST_PERSON = frozenset({"i", "we"})


def _someone_said(words: Sequence[str]) -> int | None:
    """Index of a verb by which someone other than the speaker said what is judged."""
    for index, word in enumerate(words):
        if word in _TOLD and (index == 0 or words[index - 1] not in _FIRST_PERSON):
            return index
    return None


_COPULAR_REFS = frozenset({"it's", "that's", "this's", "it", "that", "this", "claim", "claims",
                           "allegation", "allegations", "charge", "charges", "report", "story"})


def _predicated_of_claim(words: Sequence[str], index: int, lex: KindLexicon) -> bool:
    """Whether a soft judgement ("silly") is said of a claim word a few words before it."""
    for back in range(index - 1, max(-1, index - 6), -1):
        word = words[back]
        if word in (",", ";", "but", "and", "(", ")"):
            return False
        if word in ("it's", "that's") or (
            word in _BE and back > 0 and words[back - 1] in _COPULAR_REFS
        ):
            return True
    return False


def _judged_ref(before: Sequence[str], lex: KindLexicon) -> bool:
    """Whether a claim noun before a falsity word is what it judges.

    "the claims are baseless" judges the claims; in "the report says the policy was wrong"
    the report speaks and the policy is judged.
    """
    for index in range(len(before) - 1, -1, -1):
        if before[index] in lex.claim_refs:
            return _SAYING.isdisjoint(before[index + 1 :])
    return False


def _judged_subject(words: Sequence[str], subject: int, judged: int, lex: KindLexicon) -> bool:
    """Whether the clause's subject is a claim noun that a copula judges, however long it is.

    "the assertion that terrorists were arrested while crossing the border is categorically
    false": the subject's head opens the content and its copula comes just before the judgement.
    """
    head = subject
    while head < len(words) and head < subject + 3 and words[head] in _DETERMINERS:
        head += 1
    if head >= len(words) or words[head] not in lex.claim_refs or head >= judged:
        return False
    if head + 1 < judged and words[head + 1] in _SAYING:
        return False  # "the report says the policy was wrong": the report speaks
    near = [w for w in words[max(head, judged - 4) : judged] if w not in _QUOTE_WORDS]
    return not _BE.isdisjoint(near) and all(w not in (",", ";") for w in near)


_QUOTE_WORDS = frozenset({"\u201c", "\u201d", '"', "'", "\u2018", "\u2019"})


def _negation_after(words: Sequence[str], index: int, lex: KindLexicon) -> int | None:
    """A negation of the clause's verb just after its subject, unless it negates intent."""
    for probe in range(index, min(len(words), index + 4)):
        word = words[probe]
        if _is_negation(word):
            if word == "no":
                return None  # "we have no idea", "he had no weapon": "no evidence" is listed
            if word in lex.intent or (probe > 0 and words[probe - 1] in lex.intent):
                return None  # "we won't negotiate", "I will not comment"
            follow = probe + 1
            while follow < len(words) and words[follow] in _AUX:
                follow += 1
            if follow < len(words) and words[follow] in lex.intent:
                return None  # "I don't know", "we did not want"
            return probe
        if word not in _AUX and word not in lex.intent:
            return None
    return None


def _virtue_at(words: Sequence[str], negation: int, lex: KindLexicon) -> bool:
    return lex.negated_virtue.match_at(words, negation) is not None


_SOFTENERS = frozenset(
    _words("even really very entirely remotely particularly always ever quite so that")
)


def _negated_virtue(words: Sequence[str], lex: KindLexicon) -> _Found | None:
    """A good quality denied of a party: "was not truthful", "isn't even fit to be governor".

    Contracted negations count as "not", and softening adverbs after the negation are
    passed over.
    """
    kept: list[int] = []
    plain: list[str] = []
    for index, word in enumerate(words):
        if word.endswith("n't") and word not in ("can't", "won't"):
            plain.append("not")
        elif plain and plain[-1] == "not" and word in _SOFTENERS:
            continue
        else:
            plain.append(word)
        kept.append(index)
    for start, end, _ in lex.negated_virtue.find((), plain):
        if not lex.own_side.isdisjoint(plain[max(0, start - 3) : start]):
            return ClaimKind.ADMISSION, "admission", []  # "we were not honest with you"
        return ClaimKind.ALLEGATION, "negated-virtue", [(kept[start], kept[end - 1] + 1)]
    return None


_CLAUSE_BREAKS = frozenset({",", ";", ":", "but", "and", "while", "although", "though"})


def _doubted_virtue(words: list[str], lex: KindLexicon) -> _Found | None:
    """A good quality of a party said to be missing or doubted.

    "lacks the integrity", "doubts about her qualifications", "her honesty is in question".
    The speaker's own side lacking something ("we lack the experience") is left alone.
    """
    for index, word in enumerate(words):
        if word not in lex.virtues:
            continue
        found: tuple[int, int] | None = None
        for back in range(index - 1, max(-1, index - 5), -1):
            if words[back] in _CLAUSE_BREAKS:
                break
            if words[back] in lex.doubts_before:
                found = (back, index + 1)
                break
        if found is None:
            match = lex.doubts_after.match_at(words, index + 1) if index + 1 < len(words) else None
            if match is None:
                continue
            found = (index, match[0])
        if found[0] > 0 and _is_negation(words[found[0] - 1]):
            continue  # "no doubt about his integrity"
        opening = words[max(0, found[0] - 3) : found[0]]
        if not lex.own_side.isdisjoint(opening) or words[found[0] - 1 : found[0]] == ["our"]:
            continue  # "we lack the experience": the speaker's side
        return ClaimKind.ALLEGATION, "doubted-virtue", [found]
    return None


def _allegation(words: list[str], lex: KindLexicon) -> _Found | None:
    transfer = _transfer(words, lex)
    if transfer is not None:
        return ClaimKind.ALLEGATION, "wrongdoing:arms-transfer", transfer
    subject = _subject_start(words)
    neutral = _neutral_tokens(words, lex)
    for start, end, category in lex.wrongdoing.find((), words):
        if _governed(words, start) is not None or start in neutral:
            continue
        window = words[max(0, start - 3) : start]
        if _countered(words, start, lex):
            continue  # "efforts to thwart provocations", "will fight corruption": no charge
        if _PASSIVE.isdisjoint(window) and (
            not lex.own_side.isdisjoint(window)
            or (subject < len(words) and words[subject] in _SELF_PRONOUNS
                and subject < start <= subject + 4)
            or _infinitive(words, subject)  # "claims to be holding a hostage"
        ):
            # the speaker's own side did it: an admission, not an allegation ("we hit
            # them"; "the army said it had struck targets")
            continue
        if _own_clause(words, subject, start, lex):
            continue  # "We are running a very radical campaign": the speaker's own doing
        if _infinitive(words, subject) and "by" not in words[end : end + 3]:
            continue  # "claims to be holding a hostage who was kidnapped": its own act
        if category == "violence" and _casualties(words, start, end):
            continue  # "at least 30 people were killed": a toll, no one charged
        if category == "violence" and _event_noun(words, start, end, lex):
            continue  # "the attacks are getting ever closer": an event, no one charged
        return ClaimKind.ALLEGATION, f"wrongdoing:{category}", [(start, end)]
    return None


_OWN_SUBJECTS = frozenset({"i", "we", "i'm", "we're", "i've", "we've", "i'd", "we'd"})
_COMPLEMENT_TAKERS = frozenset(
    _words("think thought believe believed know knew say said saw see heard hear feel felt "
           "suspect suspected found find learned told tell that because if when since as "
           "who which what how why whether while but")
)


def _own_clause(words: Sequence[str], subject: int, start: int, lex: KindLexicon) -> bool:
    """Whether a wrongdoing word stands in a clause whose subject is the speaker ("I", "we").

    A verb that opens another clause on the way ("we believe the company defrauded") or a
    third-person pronoun hands the word to another subject.
    """
    if subject >= len(words) or words[subject] not in _OWN_SUBJECTS or start <= subject:
        return False
    between = words[subject + 1 : start]
    if not _PASSIVE.isdisjoint(between[-2:]):
        return False  # "we were attacked by the rebels": done to the speaker
    return len(between) <= 8 and _COMPLEMENT_TAKERS.isdisjoint(between) and (
        _THIRD_PERSON.isdisjoint(between) and "," not in between)


_COUNTED = frozenset(
    _words("people others civilians soldiers troops police officers residents children women "
           "men dozens hundreds thousands scores lots many several some most all two three four "
           "five six seven eight nine ten eleven twelve twenty fifty hundred thousand")
)


def _casualties(words: Sequence[str], start: int, end: int) -> bool:
    """Whether a violence word is a toll: an agentless passive of counted people.

    "at least 30 people were killed", "two others wounded": an event's casualties, not a
    charge; "Brown was struck in the back" (one person) and "were killed by the militants"
    (an agent) stay charges.
    """
    before = words[max(0, start - 6) : start]
    if "by" in words[end : end + 4] or not before:
        return False
    counted = any(w in _COUNTED or w.isdigit() for w in before)
    passive = before[-1] in _PASSIVE or (len(before) > 1 and before[-2] in _PASSIVE) or (
        before[-1] in _COUNTED  # "two others wounded"
    )
    return counted and passive


_EVENT_DETERMINERS = frozenset(_words("the a an this these those that"))
_EVENT_BREAKS = frozenset(_words("for of in on at to with from by about against into"))


def _event_noun(words: Sequence[str], start: int, end: int, lex: KindLexicon) -> bool:
    """Whether a violence word names an event with no one charged with it.

    "the recent massacre at a nightclub", "a series of coordinated attacks": a noun after a
    determiner (and adjectives), with no possessor before it and no "by" after it. A
    charge names the one who did it ("Russia's attack", "attacks by the militants") or
    uses a verb ("the militants attacked").
    """
    if words[start] not in lex.violence_nouns:
        return False
    back = start - 1
    while back >= 0 and back >= start - 3 and words[back] not in _EVENT_DETERMINERS:
        if words[back].endswith(("'s", "s'")) or not words[back].isalpha() or (
            words[back] in _EVENT_BREAKS
        ):
            return False  # "a penchant for terrorist activity": not the noun's own phrase
        back -= 1
    if back < 0 or words[back] not in _EVENT_DETERMINERS:
        return False
    return "by" not in words[end : end + 4]


def _neutral_tokens(words: Sequence[str], lex: KindLexicon) -> set[int]:
    """Indices of words inside a phrase that uses a wrongdoing word neutrally ("struck a deal")."""
    found: set[int] = set()
    for start, end, _ in lex.neutral.find((), words):
        found.update(range(start, end))
    return found


def _transfer(words: Sequence[str], lex: KindLexicon) -> list[tuple[int, int]] | None:
    """A transfer verb and a transfer object: moving arms or fighters to a party at war."""
    if lex.transfer_objects.isdisjoint(words) or lex.transfer_verbs.isdisjoint(words):
        return None
    verb = next(i for i, w in enumerate(words) if w in lex.transfer_verbs)
    if _governed(words, verb) is not None:
        return None
    thing = next(i for i, w in enumerate(words) if w in lex.transfer_objects)
    return [(verb, verb + 1), (thing, thing + 1)]


def _countered(words: Sequence[str], index: int, lex: KindLexicon) -> bool:
    """Whether a word of acting against a wrong governs ``index`` within its clause."""
    for back in range(index - 1, max(-1, index - 9), -1):
        word = words[back]
        if word in (",", ";", "but", "that", "which", "who", "while"):
            return False
        if word in lex.countering:
            return True
    return False


_DETERMINERS = frozenset(
    _words("the a an this that these those his her its their our my your any some all")
)


def _infinitive(words: Sequence[str], index: int) -> bool:
    """Whether the content is an infinitive ("to be holding"), whose subject is the speaker."""
    return (index + 1 < len(words) and words[index] == "to"
            and words[index + 1] not in _DETERMINERS and words[index + 1].isalpha())


def explain_kind(claim: Claim, document: Document,
                 lexicon: KindLexicon | None = None) -> tuple[str, tuple[Span, ...]] | None:
    """Why the kind stage gave a claim its kind: the rule and the words, as document spans.

    The decision is made again from the claim's content, so it explains claims loaded from
    a file as well as fresh ones. A claim whose kind its cue gave ("denied", "accused")
    has no content decision and gets None.

    Args:
        claim: A claim of ``document``.
        document: The document it was extracted from.
        lexicon: The kind lexicons (the shipped ones by default).

    Returns:
        ``(rule, spans)``, or None when the content decides nothing or decides another
        kind than the claim has.

    Example:
        >>> import claimkit
        >>> corpus = claimkit.extract("Dorian Johnson said the officer shot Brown.")
        >>> (claim,) = corpus.claims
        >>> rule, spans = explain_kind(claim, corpus.documents[0])
        >>> rule, [corpus.documents[0].span_text(s) for s in spans]
        ('wrongdoing:violence', ['shot'])
    """
    content = claim.provenance.content
    if content is None:
        return None
    tokens = tokenize(document.text, content.start, content.end)
    decision = content_kind(_lowers(tokens), 0, len(tokens), lexicon)
    if decision is None or decision.kind is not claim.kind:
        return None
    spans = tuple(Span(start=tokens[a].start, end=tokens[b - 1].end) for a, b in decision.words)
    return decision.rule, spans
