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

from collections.abc import Sequence

from attrs import frozen

from claimkit.extract.allegation_content import (
    _allegation,
    _doubted_virtue,
    _inconsistency,
    _negated_virtue,
    _virtue_in_doubt,
)
from claimkit.extract.defence_content import (
    discredited_basis,
    doubted_claim,
    no_link,
    own_defence,
)
from claimkit.extract.denial_content import _denial
from claimkit.extract.kind_grammar import (
    _TEMPORAL,
    _asserts_nothing,
    _governed,
    _subject_start,
)
from claimkit.extract.kind_lexicon import KindLexicon, kind_lexicon, load_kind_lexicon
from claimkit.extract.proper_conduct import proper_state
from claimkit.extract.segment import lowers as _lowers
from claimkit.extract.segment import tokenize
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


@frozen
class KindDecision:
    """The kind a claim's content gives it, and why.

    Attributes:
        kind: :attr:`~claimkit.model.ClaimKind.ALLEGATION` or
            :attr:`~claimkit.model.ClaimKind.DENIAL`.
        rule: The rule that decided: ``falsity``, ``no-evidence``, ``propriety``,
            ``own-negation``, ``negated-act``, ``denied-within``, ``wrongly-charged``,
            ``doubted-claim``, ``negated-wrongdoing``, ``negated-virtue``,
            ``inconsistency``, ``doubted-conduct``, ``demanded-redress``,
            ``demanded-inquiry``, ``association``, ``accused-conduct`` (an accuser's account of
            another party's deed, :mod:`claimkit.extract.accuser_content`),
            ``sanction-on-record`` (a record that shows a party was arrested or charged) or
            ``wrongdoing:<category>``.
        words: Token ranges ``(first, end)`` of the words that decided, in the indices
            the caller passed in.
    """

    kind: ClaimKind
    rule: str
    words: tuple[tuple[int, int], ...]

_NEVER_OPENERS = frozenset({("at", "no", "point"), ("at", "no", "time"), ("in", "no", "way"),
                            ("at", "no", "stage")})
"""A fronted negation that governs the clause after it ("At no point did ...")."""
_NO_ONE = frozenset({"no", "nobody", "none", "nothing", "neither"})
"""Negated subjects ("No patient has died ..."): with the speaker's own side named in the
clause, they deny the wrong it names."""


_DEGREE_ADVERBS = frozenset({"absolutely", "completely", "totally", "entirely", "utterly",
                             "simply", "certainly", "definitely", "categorically"})
"""Adverbs of degree, which change no kind ("has done absolutely nothing wrong")."""


def content_kind(
    lowers: Sequence[str], first: int, last: int, lexicon: KindLexicon | None = None,
    *, others: frozenset[str] = frozenset(), doubting: bool = False, itself: bool = False,
    charged: frozenset[str] = frozenset(),
) -> KindDecision | None:
    """The kind that the content ``lowers[first:last]`` gives a claim, if any.

    Args:
        lowers: Lowercase token forms of the sentence (apostrophes straight).
        first: Index of the content's first token.
        last: Index just past its last token.
        lexicon: The kind lexicons (the shipped ones by default).
        others: Third-person pronouns that cannot stand for the speaker here ("he" and "she"
            when critics speak): a content opening with one of them speaks of another party,
            so its wrongdoing is charged, not admitted.
        doubting: The cue itself puts the content in doubt ("questioned", "raised questions
            about"), so a virtue named in it is doubted ("questioned her judgment").
        itself: The speaker is a body ("the company", "the ministry"), so a content opening
            with "it" may speak of the speaker ("it had never sold customer data").
        charged: Pronouns that stand for another party when the content charges, though a
            denial may still speak of the speaker's side with them ("She said he raped her"
            charges him; '"He never pointed anything at anybody," she said' denies for her
            son).

    Returns:
        A :class:`KindDecision` for allegation or denial content, or None when the content
        is neither (or asks or supposes instead of asserting).
    """
    lex = lexicon or kind_lexicon()
    # quotation marks carry no meaning: "her “honesty” is in question" reads as without them
    # nor do degree adverbs: "done absolutely nothing wrong" reads as "done nothing wrong"
    segment = lowers[first:last]
    kept: Sequence[int]
    scare: set[int] | frozenset[int]
    if _SKIPPED.isdisjoint(segment):
        # nothing to drop (most contents): the same words, indices and (no quotation mark, so
        # no) scare quotes as the general case below finds, without its three loops
        kept = range(first, last)
        words = segment if isinstance(segment, list) else list(segment)
        scare = frozenset()
    else:
        kept = [i for i in range(first, last)
                if lowers[i] not in _QUOTE_MARKS and lowers[i] not in _DEGREE_ADVERBS]
        words = [lowers[i] for i in kept]
        scare = {  # a word set in quotation marks of its own: the speaker's word ("“illegal”")
            n for n, i in enumerate(kept)
            if first < i < last - 1 and lowers[i - 1] in _QUOTE_MARKS
            and lowers[i + 1] in _QUOTE_MARKS
        }
    opening = _subject_start(words)
    if opening < len(words) and words[opening] in _TEMPORAL:
        # "When I look at her record, they call that a lie": a leading time clause; the
        # main clause after its comma says what the content asserts
        comma = next((i for i in range(opening + 2, len(words)) if words[i] == ","), None)
        if comma is not None and comma + 2 < len(words):
            return content_kind(lowers, kept[comma + 1], last, lex, others=others,
                                doubting=doubting, charged=charged)
    if not words:
        return None
    if _asserts_nothing(words):
        later = next((n + 1 for n, w in enumerate(words[:-2]) if w in _SENTENCE_ENDS), None)
        if later is not None and words[later - 1] == "." and "," in words[: later - 1] and (
            words[later] not in _SENTENCE_ENDS
            and _QUOTE_MARKS.isdisjoint(lowers[first + 1 : kept[later]])
        ):  # a whole conditional sentence ("If ..., it says indict."), in one quotation
            # "If you read his report, it says indict. Lie after lie after lie.": a condition
            # ends with its sentence; the sentences after it still assert
            return content_kind(lowers, kept[later], last, lex, others=others,
                                doubting=doubting, charged=charged)
        if not doubting:
            return None
        # "questioned whether she was qualified" doubts a virtue; "questioned whether the
        # server broke the law" puts a wrong in doubt, which charges it
        found = _virtue_in_doubt(words, lex) or _wrong_in_doubt(words, lex, others)
        return None if found is None else KindDecision(
            found[0], found[1], tuple((kept[a], kept[b - 1] + 1) for a, b in found[2]))
    opening = _subject_start(words)
    if opening < len(words) and words[opening] in lex.self_claims:
        return None  # "claimed responsibility for the ambush" admits, it does not accuse
    fronted = None
    if tuple(words[opening : opening + 3]) in _NEVER_OPENERS:
        # "At no point did the company mislead investors": the fronted fronted governs the
        # whole clause, so a wrong named in it is denied
        fronted = (opening, opening + 3)
    elif opening < len(words) and words[opening] in _NO_ONE and not lex.own_side.isdisjoint(
        words[opening:]
    ):
        # "No patient has ever died because of negligence in my hospital": a negated
        # subject in the speaker's own domain denies the wrong in its clause
        fronted = (opening, opening + 1)
    if fronted is not None:
        wrong = next(iter(lex.wrongdoing.find((), words[fronted[1] :])), None)
        if wrong is not None:
            at, end = fronted[1] + wrong[0], fronted[1] + wrong[1]
            return KindDecision(ClaimKind.DENIAL, "negated-wrongdoing", (
                (kept[fronted[0]], kept[fronted[1] - 1] + 1), (kept[at], kept[end - 1] + 1)))
    virtue = _negated_virtue(words, lex)
    if virtue is not None and any(
        start <= virtue[2][0][0] < end for start, end, _ in lex.no_evidence.find((), words)
    ):  # "the petitioner failed to present evidence that ...": missing support, no failing
        virtue = None
    found = (virtue or own_defence(words, lex) or (doubted_claim(words, lex) if doubting else None)
             or _denial(words, lex, others, itself=itself) or no_link(words)
             or discredited_basis(words, lex)
             or _doubted_virtue(words, lex) or (_virtue_in_doubt(words, lex) if doubting else None)
             or _inconsistency(words, lex) or _allegation(words, lex, others | charged)
             or _proper_state(words, lex))
    if found is not None and found[1] == "negated-wrongdoing" and any(
        n in scare for n in range(*found[2][-1])
    ):
        # "has never acknowledged the “illegal” restrictions": the quoted word is the
        # speaker's own charge, outside the negation's reach
        negation = found[2][0][0]
        found = _allegation([*words[:negation], ",", *words[negation + 1 :]], lex, others)
    if found is None or found[0] is ClaimKind.ADMISSION:
        return None  # an admission ("we were not honest with you") is neither
    kind, rule, spans = found
    return KindDecision(kind, rule, tuple((kept[a], kept[b - 1] + 1) for a, b in spans))


def _proper_state(words: list[str], lex: KindLexicon
                  ) -> tuple[ClaimKind, str, list[tuple[int, int]]] | None:
    found = proper_state(words, lex)
    return None if found is None else (ClaimKind.DENIAL, "propriety", [found])


def _wrong_in_doubt(words: list[str], lex: KindLexicon, others: frozenset[str]
                    ) -> tuple[ClaimKind, str, list[tuple[int, int]]] | None:
    """A wrong a doubting cue asks about: "questioned whether the server broke the law".

    Only a "whether" or "if" clause counts; the wrong inside it is charged as the plain
    clause would charge it.
    """
    opening = _subject_start(words)
    if opening >= len(words) or words[opening] not in ("whether", "if"):
        return None
    found = _allegation(words[opening + 1 :], lex, others)
    if found is None or found[0] is not ClaimKind.ALLEGATION:
        return None
    shift = opening + 1
    return found[0], "doubted-conduct", [(a + shift, b + shift) for a, b in found[2]]


_SENTENCE_ENDS = frozenset({".", "?", "!"})
_QUOTE_MARKS = frozenset({'"', "\u201c", "\u201d", "''", "``", "'", "\u2018", "\u2019"})
_SKIPPED = _QUOTE_MARKS | _DEGREE_ADVERBS
"""The words :func:`content_kind` reads past."""

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
        An allegation decision (rule ``demanded-redress``, or ``demanded-inquiry`` for an
        inquiry urged into a wrong), or None.
    """
    lex = lexicon or kind_lexicon()
    words = list(lowers[first:last])
    for start, end, _ in lex.redress.find((), words):
        if _governed(words, start) is None:
            return KindDecision(ClaimKind.ALLEGATION, "demanded-redress",
                                ((first + start, first + end),))
    to = next((i for i, w in enumerate(words[:6]) if w == "to"), None)
    if to is not None and to + 1 < len(words) and words[to + 1] in _INQUIRING:
        # "asked the Justice Department to investigate whether Clinton perjured herself":
        # an inquiry urged into a party's wrong charges the party with it
        tail = words[to + 2 : to + 16]
        for start, end, _ in lex.wrongdoing.find((), tail):
            if _governed(tail, start) is None:
                at = to + 2 + start
                return KindDecision(ClaimKind.ALLEGATION, "demanded-inquiry",
                                    ((first + to + 1, first + to + 2),
                                     (first + at, first + at + end - start)))
    for index, word in enumerate(words):
        if to is not None and index == to + 1 and word in _CEASING:
            # "called on Israel to stop its attacks on civilians": what a party is urged to
            # stop doing is a wrong it is charged with
            for start, end, _ in lex.wrongdoing.find((), words[index + 1 : index + 7]):
                at = index + 1 + start
                return KindDecision(ClaimKind.ALLEGATION, "demanded-redress",
                                    ((first + index, first + index + 1),
                                     (first + at, first + at + end - start)))
    return None


_CEASING = frozenset({"stop", "end", "halt", "cease", "abandon", "renounce", "quit"})
"""Verbs of ceasing: a party urged to stop a wrong is charged with it."""
_INQUIRING = frozenset({"investigate", "probe", "examine", "review", "prosecute", "indict",
                        "charge", "arrest", "punish", "sanction", "discipline"})
"""Verbs of inquiry and sanction: a party urged on another's wrong charges that wrong."""

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
