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

from claimkit.extract.kind_grammar import _Found, _subject_start
from claimkit.extract.kind_lexicon import KindLexicon
from claimkit.extract.segment import words as _words
from claimkit.model import ClaimKind

__all__ = ["own_defence"]

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
_MOTIVES = frozenset(_words("political politically liars lies lie false fabricated forged "
                            "vendetta"))
"""Words after a charge suffered that discredit it ("on the word of liars", "for political
reasons")."""


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
    if wrongly or words[at] in _WRONGFUL or not _MOTIVES.isdisjoint(rest) or (
        "scapegoat" in rest[:2]
    ):
        return ClaimKind.DENIAL, "wrongly-charged", [(subject, at + 1)]
    return None


_LINKING_VERBS = frozenset(_words("linking connecting tying implicating associating"))
"""Participles of evidence that ties a party to a wrong ("a document linking my client")."""
_NONE_LEADS = frozenset(_words("no nothing single"))
"""Words that leave nothing to tie a party ("not a single document", "nothing linking")."""


def no_link(words: Sequence[str]) -> _Found | None:
    """Evidence said to be missing that would tie a party to a wrong.

    "There is not a single document linking my client to these transactions", "nothing
    connecting him to the attack"; not "a document linking the firm to the deal".

    Example:
        >>> no_link("nothing linking him to the fraud".split())
        (<ClaimKind.DENIAL: 'denial'>, 'no-evidence', [(0, 2)])
    """
    for index, word in enumerate(words):
        if word not in _LINKING_VERBS:
            continue
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


def discredited_basis(words: Sequence[str]) -> _Found | None:
    """A charge or finding said to rest on a flawed basis: "based on a flawed audit".

    Example:
        >>> discredited_basis("the demand was based on a flawed audit".split())
        (<ClaimKind.DENIAL: 'denial'>, 'falsity', [(3, 7)])
        >>> discredited_basis("the audit was based on bank records".split()) is None
        True
    """
    for index in range(len(words) - 2):
        if words[index] not in ("based", "founded", "premised", "built", "rests", "rested") or (
            words[index + 1] != "on"
        ):
            continue
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
    return ClaimKind.DENIAL, "doubted-claim", [(part, part + 1)]


_PRONOUN_REFS = frozenset(_words("that this it these those such everything all them they "
                                 "it's that's itself"))
