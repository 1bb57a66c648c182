"""Denial content in the accused side's own defence, though it names a wrong.

A wrong named inside a defence is not charged by the speaker: "Eskom categorically denies
that any report was suppressed" rejects the charge of suppression, and "My client has been
falsely implicated for political reasons" or "I have been convicted on the word of liars"
puts the speaker on the receiving end of a charge it calls wrongful. The kind stage
(:mod:`claimkit.extract.kinds`) reads these before it looks for a wrong, which would make
them allegations.
"""

from __future__ import annotations

from collections.abc import Sequence
from itertools import pairwise

from claimkit.extract.kind_grammar import _Found, _subject_start
from claimkit.extract.kind_lexicon import KindLexicon
from claimkit.extract.segment import words as _words
from claimkit.model import ClaimKind

__all__ = ["discredited_basis", "doubted_claim", "finds_no_wrong",
           "no_link", "own_defence"]

_DENYING = frozenset(_words("deny denies reject rejects refute refutes dispute disputes"))
"""Present-tense verbs of denial: the speaker's own voice ("the company denies that ...")."""
_DENIED_LEADS = frozenset(_words("that any all the these those this such each every"))
"""Words that open what a denial verb rejects ("denies that ...", "rejects any ...")."""
_DENY = frozenset(_words("deny denies"))
_THIRD = frozenset(_words("he she they it his her their its your you it's that's"))
"""Subjects that may be another party, whose denial the speaker only reports."""
_UNASSERTED = frozenset(_words("to can can't cannot could would should might may must hard "
                                "not never"))
"""Words before a denial verb that make it no denial made ("hard to dispute", "cannot deny")."""
_CLAUSE_BREAKS = frozenset(_words("that which who but and or if when because while , ; ."))
_CLIENTS = frozenset(_words("client clients son daughter"))
_AUXILIARIES = frozenset(_words("have has had been being be am is are was were 've 'm 're "
                                "i've we've i'm we're"))
_WRONGLY = frozenset(_words("falsely wrongly unfairly unjustly wrongfully maliciously "
                            "deliberately selectively"))
"""Adverbs that call a charge suffered wrongful ("falsely implicated")."""
_CHARGED = frozenset(_words("""
    accused charged convicted implicated blamed named targeted prosecuted punished sentenced
    jailed arrested detained suspended banned sanctioned fined investigated smeared defamed
    maligned vilified framed scapegoated victimised victimized persecuted singled made
"""))
"""Participles of a charge or a sanction a party suffers."""
_WRONGFUL = frozenset(_words("framed scapegoated victimised victimized persecuted scapegoat"))
"""Charges suffered that are wrongful in themselves ("we are being made a scapegoat")."""
_MOTIVES = frozenset(_words("liars lies lie fabricated forged vendetta"))
"""Words after a charge suffered that discredit it ("on the word of liars")."""
_DISCREDITED_BY = {
    "political": frozenset(_words("reasons reason motives motive grounds ends purposes "
                                  "vendetta persecution witch-hunt")),
    "politically": frozenset(_words("motivated driven")),
    "false": frozenset(_words("""
        evidence testimony charges charge accusations accusation allegations allegation claims
        information statements statement witness witnesses pretences pretenses pretext report
        reports premise grounds complaint complaints
    """)),
}
"""Words that discredit a charge suffered only with the noun after them: "for political
reasons", "politically motivated", "on false evidence"; not "arrested at a political rally"
or "fined for a false start" (a setting, a sports term)."""


def own_defence(words: Sequence[str], lex: KindLexicon) -> _Found | None:
    """Denial content whose wrong the speaker's side rejects or suffers, if the content is so.

    Args:
        words: The content's lowercase words.
        lex: The kind lexicons (``own_side``).

    Returns:
        ``(DENIAL, rule, spans)`` with rule ``denied-within`` or ``wrongly-charged``, or None.

    Example:
        >>> from claimkit.extract.kind_lexicon import kind_lexicon
        >>> own_defence("eskom denies that any report was suppressed".split(), kind_lexicon())[1]
        'denied-within'
        >>> own_defence("i have been convicted on the word of liars".split(), kind_lexicon())[1]
        'wrongly-charged'
        >>> own_defence("i was convicted of fraud in 2005".split(), kind_lexicon()) is None
        True
    """
    for start in [0, *(k + 1 for k in range(len(words) - 2) if words[k] in (".", "!", "?"))]:
        # each sentence of a quotation: "Our syrups were tested and cleared before export.
        # We are being made a scapegoat"
        found = _defence_at(words, start + _subject_start(words[start:]), lex)
        if found is not None:
            return found
    return None


def _defence_at(words: Sequence[str], subject: int, lex: KindLexicon) -> _Found | None:
    """:func:`own_defence` for the sentence whose subject opens at ``subject``."""
    if subject >= len(words):
        return None
    for index in range(subject + 1, min(len(words) - 1, subject + 5)):
        if words[index] in _CLAUSE_BREAKS:
            break
        if words[index] in _DENYING and words[index + 1] in _DENIED_LEADS and (
            words[subject] not in _THIRD and _UNASSERTED.isdisjoint(words[subject:index])
        ) and (words[index] in _DENY or words[index + 1] == "that" or any(
            (w in lex.claim_refs and w not in _PRONOUN_REFS) or w in _CLAIM_PARTS
            or w in lex.action_refs for w in words[index + 1 : index + 4]
        )):  # "Eskom categorically denies that any report was suppressed", "we reject these
            # claims"; not '"He denies it, but he lied," critics said', "your letter
            # disputes the substance", "it's hard to dispute the rising negatives", "I reject
            # any proposal to inter anyone" (no claim rejected)
            return ClaimKind.DENIAL, "denied-within", [(index, index + 1)]
    at = subject + 1
    if words[subject] in lex.own_side and at < len(words) and words[at] in _CLIENTS:
        at += 1  # "my client has been falsely implicated"
    elif words[subject] not in lex.own_side:
        return None
    passive = False
    while at < len(words) and words[at] in _AUXILIARIES:
        passive = passive or words[at] in ("been", "being", "am", "is", "are", "was", "were",
                                           "'m", "'re", "i'm", "we're")
        at += 1
    wrongly = at < len(words) and words[at] in _WRONGLY
    if wrongly:
        at += 1
    if not passive or at >= len(words) or words[at] not in _CHARGED:
        return None
    rest = words[at + 1 : at + 12]
    if words[at] == "made" and not (rest[:2] == ["a", "scapegoat"] or rest[:1] == ["scapegoat"]):
        return None  # "we were made aware": no charge suffered
    if wrongly or words[at] in _WRONGFUL or not _MOTIVES.isdisjoint(rest) or any(
        word in _DISCREDITED_BY and after in _DISCREDITED_BY[word]
        for word, after in pairwise(rest)
    ) or "scapegoat" in rest[:2]:
        return ClaimKind.DENIAL, "wrongly-charged", [(subject, at + 1)]
    return None


_LINKING_VERBS = frozenset(_words("linking connecting tying implicating associating"))
"""Participles of evidence that ties a party to a wrong ("a document linking my client")."""
_NONE_LEADS = frozenset(_words("no nothing single"))
"""Words that leave nothing to tie a party ("not a single document", "nothing linking")."""
_EVIDENCE = frozenset(_words("""
    nothing anything evidence proof document documents record records paper papers email
    emails message messages letter letters witness witnesses testimony data footage recording
    recordings photo photos picture pictures trace traces fingerprint fingerprints dna link
    links receipt receipts transaction transactions payment payments shred scrap iota
"""))
"""What would tie a party to a wrong, right before the participle ("no evidence linking");
not "no roads linking the villages" or "no direct flights connecting Lagos and Nairobi"."""


def no_link(words: Sequence[str]) -> _Found | None:
    """Evidence said to be missing that would tie a party to a wrong.

    "There is not a single document linking my client to these transactions", "nothing
    connecting him to the attack"; not "a document linking the firm to the deal".

    Example:
        >>> no_link("nothing linking him to the fraud".split())
        (<ClaimKind.DENIAL: 'denial'>, 'no-evidence', [(0, 2)])
    """
    for index, word in enumerate(words):
        if word not in _LINKING_VERBS or index == 0 or words[index - 1] not in _EVIDENCE:
            continue  # "no roads linking the villages": no evidence missing
        for back in range(index - 1, max(-1, index - 5), -1):
            if words[back] in _CLAUSE_BREAKS:
                break
            if words[back] in _NONE_LEADS or (
                words[back] == "not" and words[back + 1 : back + 2] in (["a"], ["one"], ["any"])
            ):
                return ClaimKind.DENIAL, "no-evidence", [(back, index + 1)]
    return None


_BAD_BASES = frozenset(_words("""
    flawed faulty erroneous incorrect inaccurate false wrong mistaken misguided incomplete
    misreading misinterpretation misunderstanding miscalculation error errors
"""))
"""What a charge may be said to rest on that discredits it ("based on a flawed audit")."""


_SANCTIONS = frozenset(_words("""
    demand demands assessment assessments bill penalty penalties fine fines conviction
    convictions sentence sentences verdict judgment judgement order orders notice notices
"""))
"""Demands and sanctions against a party, which may rest on a flawed basis as a charge may."""


def discredited_basis(words: Sequence[str], lex: KindLexicon) -> _Found | None:
    """A charge or finding said to rest on a flawed basis: "based on a flawed audit".

    What rests on it must be a charge, a claim or a sanction named before the verb ("the
    tax demand was based on a flawed audit"); not "the policy was based on flawed
    assumptions" or "the film was based on a false rumour" (no charge rejected).

    Example:
        >>> from claimkit.extract.kind_lexicon import kind_lexicon
        >>> discredited_basis("the demand was based on a flawed audit".split(), kind_lexicon())
        (<ClaimKind.DENIAL: 'denial'>, 'falsity', [(3, 7)])
        >>> discredited_basis("the audit was based on bank records".split(), kind_lexicon())
        >>> discredited_basis("the policy was based on flawed data".split(), kind_lexicon())
    """
    for index in range(len(words) - 2):
        if words[index] not in ("based", "founded", "premised", "built", "rests", "rested") or (
            words[index + 1] != "on"
        ):
            continue
        based = []
        for back in range(index - 1, max(-1, index - 7), -1):
            if words[back] in _CLAUSE_BREAKS:
                break
            based.append(words[back])
        if not any((w in lex.claim_refs and w not in _PRONOUN_REFS) or w in lex.action_refs
                   or w in _SANCTIONS for w in based):
            continue  # "the policy was based on flawed assumptions": no charge rests on it
        for ahead in range(index + 2, min(len(words), index + 5)):
            if words[ahead] in _BAD_BASES:
                return ClaimKind.DENIAL, "falsity", [(index, ahead + 1)]
            if words[ahead] in _CLAUSE_BREAKS:
                break
    return None


_CLAIM_PARTS = frozenset(_words("""
    methods methodology methodologies findings conclusions conclusion data evidence accuracy
    validity credibility reliability basis assumptions sampling analysis figures
"""))
"""What a claim rests on: doubting it doubts the claim ("questioned the study's methods")."""


def doubted_claim(words: Sequence[str], lex: KindLexicon) -> _Found | None:
    """A claim's methods or findings put in doubt by a doubting cue.

    "questioned the study's methods", "disputed the accuracy of the report"; not
    "questioned the minister's judgment" (a virtue, which charges) or "questioned the
    methods used by police" (no claim).

    Example:
        >>> from claimkit.extract.kind_lexicon import kind_lexicon
        >>> doubted_claim("the study's methods".split(), kind_lexicon())[1]
        'doubted-claim'
    """
    opening = words[:8]
    bare = [w.removesuffix("'s").removesuffix("\u2019s") for w in opening]
    part = next((k for k, w in enumerate(bare) if w in _CLAIM_PARTS), None)
    if part is None or _CLAUSE_BREAKS.intersection(bare[:part]):
        return None
    refs = [k for k, w in enumerate(bare[: part + 4]) if k != part and w in lex.claim_refs
            and w not in _PRONOUN_REFS and (k < part or bare[k - 1] in ("of", "the"))]
    if not refs:
        return None
    if finds_no_wrong(words, part + 1, lex):
        return None
    return ClaimKind.DENIAL, "doubted-claim", [(part, part + 1)]


def finds_no_wrong(words: Sequence[str], start: int, lex: KindLexicon) -> bool:
    """Whether a clause from ``start`` on says what a claim found, and it names no wrong.

    Doubting a claim defends a party only if the claim charges one: "questioned the
    study's methods, which suggested that coffee prevents dementia" defends no one;
    "..., which linked its weedkiller to cancer" or a claim whose finding is not given
    ("questioned the study's methods.") may.

    Example:
        >>> from claimkit.extract.kind_lexicon import kind_lexicon
        >>> finds_no_wrong(", which suggested that coffee helps".split(), 0, kind_lexicon())
        True
    """
    found = next((k for k in range(start, min(len(words) - 1, start + 3))
                  if words[k] in ("which", "that")
                  and not _FINDING.isdisjoint(words[k + 1 : k + 3])), None)
    if found is None or not _CHARGING.isdisjoint(words[found:]):
        return False  # "which linked its weedkiller to cancer": the doubter's own product
    return next(iter(lex.wrongdoing.find((), words[found:])), None) is None


_CHARGING = frozenset(_words("its their our his her blamed blames accused accuses"))
"""Words in a claim's finding that turn it on a party: a possessive ("its weedkiller"), a
blame."""


_FINDING = frozenset(_words("""
    suggested suggests showed shows found finds concluded concludes claimed claims said says
    indicated indicates linked links estimated estimates predicted predicts reported reports
"""))
"""Verbs by which a claim states what it found ("the study, which suggested that ...")."""


_PRONOUN_REFS = frozenset(_words("that this it these those such everything all them they "
                                 "it's that's itself"))
