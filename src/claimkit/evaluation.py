"""Scoring a corpus of claims against gold annotations.

:func:`evaluate` compares the claims of two corpora over the same documents and
returns an :class:`EvaluationReport`, per document and in total:

* **claims**, matched exactly (same claim span) and by overlap (the alignment below);
* the **cue**, **claimant** and **content spans**, each exactly and by overlap;
* **claimant identity** (the resolved actor: same id) and the same at the level of the
  actor's principal (:attr:`Actor.principal <claimkit.model.Actor.principal>`: an
  official of the State Department counts as the United States);
* **target identity**, likewise;
* **kind**, **commitment** and **evidence strength** agreement on aligned claims, with
  a kind confusion matrix;
* **links**: the ``responds_to`` pairs, mapped through the alignment (so links across
  documents count), and **thread membership**: the pairs of claims that end up in one
  dispute thread, which does not care which allegation of a thread a reply names.

**Alignment.**  Within each document, a gold and a predicted claim are candidates when
their claim spans or their cue spans share a character (or both are identical, empty
spans included).  Candidates are ranked by the characters their cues share, then the
characters their claim spans share, then identity, then document order (gold first,
then predicted), and taken greedily, each claim at most once.  The result is
deterministic and one-to-one; claims left over are misses (gold) and false alarms
(predicted).

**Conventions.**  Precision is 1 when nothing was predicted and recall is 1 when there
was nothing to find, so a corpus scored against itself is perfect even when empty; F1
is 0 when precision and recall both are.  Every document that appears in either
corpus is scored: predicted claims in a document the gold does not know are false
alarms.  Documents present in both must have the same text.

:func:`attribution_scores` scores cue, source and content spans the way the
attribution-extraction literature does (Pareti's PARC work, BBC's citron), so results on
PolNeAR or PARC 3.0 can be set beside published ones.
"""

from __future__ import annotations

import bisect
import os
import re
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable, Mapping, Sequence
from typing import Any

from attrs import field, frozen

from claimkit.errors import ClaimkitError, UnsupportedInputError
from claimkit.model import Actor, Claim, Corpus, Span, thread_roots

__all__ = [
    "Accuracy",
    "AttributionScores",
    "EvaluationError",
    "EvaluationReport",
    "Score",
    "SPAN_CONVENTIONS",
    "Scores",
    "SpanScores",
    "attribution_scores",
    "evaluate",
]

NONE_LABEL = "(none)"
"""The confusion-matrix label of a claim with no counterpart."""


class EvaluationError(ClaimkitError):
    """Two corpora cannot be compared (a document has different texts in them)."""


# ------------------------------------------------------------------------ numbers


def _ratio(numerator: int, denominator: int) -> float:
    return numerator / denominator if denominator else 1.0


@frozen(kw_only=True)
class Score:
    """Counts of true positives, false positives and false negatives, with P, R and F1.

    Example:
        >>> score = Score(true_positives=3, false_positives=1, false_negatives=2)
        >>> round(score.precision, 2), round(score.recall, 2), round(score.f1, 2)
        (0.75, 0.6, 0.67)
    """

    true_positives: int = 0
    false_positives: int = 0
    false_negatives: int = 0

    @property
    def predicted(self) -> int:
        """How many items were predicted."""
        return self.true_positives + self.false_positives

    @property
    def gold(self) -> int:
        """How many items the gold holds."""
        return self.true_positives + self.false_negatives

    @property
    def precision(self) -> float:
        """The share of predicted items that are right (1 when nothing was predicted)."""
        return _ratio(self.true_positives, self.predicted)

    @property
    def recall(self) -> float:
        """The share of gold items found (1 when there was nothing to find)."""
        return _ratio(self.true_positives, self.gold)

    @property
    def f1(self) -> float:
        """The harmonic mean of precision and recall (0 when both are 0)."""
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def __add__(self, other: Score) -> Score:
        return Score(
            true_positives=self.true_positives + other.true_positives,
            false_positives=self.false_positives + other.false_positives,
            false_negatives=self.false_negatives + other.false_negatives,
        )

    @classmethod
    def of(cls, correct: int, predicted: int, gold: int) -> Score:
        """A score from the number correct and the sizes of both sides."""
        return cls(
            true_positives=correct,
            false_positives=predicted - correct,
            false_negatives=gold - correct,
        )

    def to_dict(self) -> dict[str, float | int]:
        """The counts and the three measures, for JSON."""
        return {
            "precision": self.precision,
            "recall": self.recall,
            "f1": self.f1,
            "true_positives": self.true_positives,
            "false_positives": self.false_positives,
            "false_negatives": self.false_negatives,
        }


@frozen(kw_only=True)
class Accuracy:
    """Agreement on aligned pairs: how many of ``total`` agree (1 when there are none)."""

    correct: int = 0
    total: int = 0

    @property
    def value(self) -> float:
        """``correct / total``, or 1 when nothing was compared."""
        return _ratio(self.correct, self.total)

    def __add__(self, other: Accuracy) -> Accuracy:
        return Accuracy(correct=self.correct + other.correct, total=self.total + other.total)

    def to_dict(self) -> dict[str, float | int]:
        """The value and its counts, for JSON."""
        return {"accuracy": self.value, "correct": self.correct, "total": self.total}


@frozen(kw_only=True)
class SpanScores:
    """One kind of span scored exactly and by overlap."""

    exact: Score = field(factory=Score)
    overlap: Score = field(factory=Score)

    def __add__(self, other: SpanScores) -> SpanScores:
        return SpanScores(exact=self.exact + other.exact, overlap=self.overlap + other.overlap)

    def to_dict(self) -> dict[str, Any]:
        """Both scores, for JSON."""
        return {"exact": self.exact.to_dict(), "overlap": self.overlap.to_dict()}


Confusion = dict[str, dict[str, int]]


def _add_confusion(
    a: Mapping[str, Mapping[str, int]], b: Mapping[str, Mapping[str, int]]
) -> Confusion:
    result: Confusion = {}
    for table in (a, b):
        for gold, row in table.items():
            target = result.setdefault(gold, {})
            for predicted, count in row.items():
                target[predicted] = target.get(predicted, 0) + count
    return {g: dict(sorted(r.items())) for g, r in sorted(result.items())}


@frozen(kw_only=True, eq=True, hash=False)
class Scores:
    """The scores of one document, or of all of them (``document_id`` is ``None``).

    Attributes:
        document_id: The document, or ``None`` for the total.
        gold_claims: How many claims the gold holds.
        predicted_claims: How many claims were predicted.
        claims: Claims matched by identical claim span (exact) and by the alignment
            (overlap).
        cue: Cue spans (a claim's cue spans as one unit), deduplicated per document.
        claimant_span: Claimant spans, deduplicated per document.
        content: Content spans, deduplicated per document.
        claimant: Aligned claims whose claimant has the gold claimant's id, as a share
            of predicted (precision) and gold (recall) claims.
        claimant_principal: The same, comparing the claimants' principals.
        target: Aligned claims whose target has the gold target's id, over the claims
            that have a target.
        target_principal: The same, comparing the targets' principals.
        kind: Kind agreement on aligned claims.
        commitment: Commitment agreement on aligned claims.
        evidence: Evidence strength agreement on aligned claims.
        kind_confusion: Counts by gold kind, then predicted kind; unaligned claims
            count under ``"(none)"``.
        links: ``responds_to`` pairs whose answering claim is in the document.
    """

    document_id: str | None
    gold_claims: int = 0
    predicted_claims: int = 0
    claims: SpanScores = field(factory=SpanScores)
    cue: SpanScores = field(factory=SpanScores)
    claimant_span: SpanScores = field(factory=SpanScores)
    content: SpanScores = field(factory=SpanScores)
    claimant: Score = field(factory=Score)
    claimant_principal: Score = field(factory=Score)
    target: Score = field(factory=Score)
    target_principal: Score = field(factory=Score)
    kind: Accuracy = field(factory=Accuracy)
    commitment: Accuracy = field(factory=Accuracy)
    evidence: Accuracy = field(factory=Accuracy)
    kind_confusion: Confusion = field(factory=dict)
    links: Score = field(factory=Score)

    @property
    def aligned(self) -> int:
        """How many gold claims the alignment paired with a predicted claim."""
        return self.claims.overlap.true_positives

    def combine(self, other: Scores, document_id: str | None = None) -> Scores:
        """Add two sets of scores (micro-averaging)."""
        return Scores(
            document_id=document_id,
            gold_claims=self.gold_claims + other.gold_claims,
            predicted_claims=self.predicted_claims + other.predicted_claims,
            claims=self.claims + other.claims,
            cue=self.cue + other.cue,
            claimant_span=self.claimant_span + other.claimant_span,
            content=self.content + other.content,
            claimant=self.claimant + other.claimant,
            claimant_principal=self.claimant_principal + other.claimant_principal,
            target=self.target + other.target,
            target_principal=self.target_principal + other.target_principal,
            kind=self.kind + other.kind,
            commitment=self.commitment + other.commitment,
            evidence=self.evidence + other.evidence,
            kind_confusion=_add_confusion(self.kind_confusion, other.kind_confusion),
            links=self.links + other.links,
        )

    def to_dict(self) -> dict[str, Any]:
        """Every score, for JSON."""
        return {
            "document_id": self.document_id,
            "gold_claims": self.gold_claims,
            "predicted_claims": self.predicted_claims,
            "aligned": self.aligned,
            "claims": self.claims.to_dict(),
            "cue": self.cue.to_dict(),
            "claimant_span": self.claimant_span.to_dict(),
            "content": self.content.to_dict(),
            "claimant": self.claimant.to_dict(),
            "claimant_principal": self.claimant_principal.to_dict(),
            "target": self.target.to_dict(),
            "target_principal": self.target_principal.to_dict(),
            "kind": self.kind.to_dict(),
            "commitment": self.commitment.to_dict(),
            "evidence": self.evidence.to_dict(),
            "kind_confusion": self.kind_confusion,
            "links": self.links.to_dict(),
        }

    def measures(self) -> Iterable[tuple[str, Score | Accuracy]]:
        """``(name, score)`` for every measure, in reading order (for tables)."""
        for name, pair in (
            ("claims", self.claims),
            ("cue span", self.cue),
            ("claimant span", self.claimant_span),
            ("content span", self.content),
        ):
            yield f"{name} (exact)", pair.exact
            yield f"{name} (overlap)", pair.overlap
        yield "claimant", self.claimant
        yield "claimant principal", self.claimant_principal
        yield "target", self.target
        yield "target principal", self.target_principal
        yield "kind", self.kind
        yield "commitment", self.commitment
        yield "evidence strength", self.evidence
        yield "links (responds_to)", self.links


@frozen(kw_only=True, eq=True, hash=False)
class EvaluationReport:
    """What :func:`evaluate` returns: total and per-document scores, and the alignment.

    Attributes:
        total: The scores over every document (counts added up: micro-averages).
        documents: The scores of each document, gold documents first in gold order.
        links: ``responds_to`` pairs over the whole corpus, across documents too.
        threads: Pairs of gold claims that share a dispute thread (claims joined by
            ``responds_to``, directly or not), with predicted pairs mapped through the
            alignment.
        alignment: ``(gold claim id, predicted claim id)`` for every aligned pair.
    """

    total: Scores
    documents: tuple[Scores, ...]
    links: Score
    threads: Score
    alignment: tuple[tuple[str, str], ...]

    def document(self, document_id: str) -> Scores:
        """The scores of one document (:class:`KeyError` when it was not scored)."""
        for scores in self.documents:
            if scores.document_id == document_id:
                return scores
        raise KeyError(document_id)

    def to_dict(self) -> dict[str, Any]:
        """The whole report as plain data (what ``claimkit evaluate --json`` prints)."""
        return {
            "total": self.total.to_dict(),
            "links": self.links.to_dict(),
            "threads": self.threads.to_dict(),
            "documents": [d.to_dict() for d in self.documents],
            "alignment": [list(pair) for pair in self.alignment],
        }


# ---------------------------------------------------------------------- helpers


def _shared(a: Span | None, b: Span | None) -> int:
    if a is None or b is None:
        return 0
    return max(0, min(a.end, b.end) - max(a.start, b.start))


def _merged(spans: Sequence[Span]) -> list[tuple[int, int]]:
    merged: list[tuple[int, int]] = []
    for span in sorted(spans):
        if merged and span.start <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(merged[-1][1], span.end))
        else:
            merged.append((span.start, span.end))
    return merged


def _shared_many(a: Sequence[Span], b: Sequence[Span]) -> int:
    """How many characters the union of ``a`` and the union of ``b`` share."""
    if len(a) == 1 and len(b) == 1:
        return _shared(a[0], b[0])
    total = 0
    for x_start, x_end in _merged(a):
        for y_start, y_end in _merged(b):
            total += max(0, min(x_end, y_end) - max(x_start, y_start))
    return total


def _greedy(
    gold: Sequence[Any], predicted: Sequence[Any], key: Callable[[Any, Any], tuple[int, ...]]
) -> list[tuple[int, int]]:
    """Pair items one-to-one by descending ``key`` (pairs keyed all-zero never pair)."""
    candidates = []
    for i, g in enumerate(gold):
        for j, p in enumerate(predicted):
            rank = key(g, p)
            if any(rank):
                candidates.append((tuple(-x for x in rank), i, j))
    candidates.sort()
    used_gold: set[int] = set()
    used_predicted: set[int] = set()
    pairs = []
    for _rank, i, j in candidates:
        if i in used_gold or j in used_predicted:
            continue
        used_gold.add(i)
        used_predicted.add(j)
        pairs.append((i, j))
    return sorted(pairs)


def _claim_key(g: Claim, p: Claim) -> tuple[int, int, int]:
    cue = _shared_many(g.provenance.cue, p.provenance.cue)
    span = _shared(g.provenance.span, p.provenance.span)
    same = int(g.provenance.span == p.provenance.span and g.provenance.cue == p.provenance.cue)
    return (cue, span, same)


def align(gold: Sequence[Claim], predicted: Sequence[Claim]) -> list[tuple[int, int]]:
    """Align the claims of one document (see the module docstring).

    Args:
        gold: The gold claims of a document.
        predicted: The predicted claims of the same document.

    Returns:
        ``(gold index, predicted index)`` pairs, sorted.
    """
    return _greedy(gold, predicted, _claim_key)


SpanUnit = tuple[Span, ...]


def _unit_score(gold: Iterable[SpanUnit], predicted: Iterable[SpanUnit]) -> SpanScores:
    gold_units = sorted(set(gold))
    predicted_units = sorted(set(predicted))
    exact = len(set(gold_units) & set(predicted_units))
    overlap = len(
        _greedy(gold_units, predicted_units, lambda g, p: (_shared_many(g, p), int(g == p)))
    )
    n_gold, n_predicted = len(gold_units), len(predicted_units)
    return SpanScores(
        exact=Score.of(exact, n_predicted, n_gold), overlap=Score.of(overlap, n_predicted, n_gold)
    )


def _cue_unit(claim: Claim) -> SpanUnit | None:
    return tuple(sorted(claim.provenance.cue)) or None


def _single(span: Span | None) -> SpanUnit | None:
    return (span,) if span is not None else None


def _units(claims: Iterable[Claim], get: Callable[[Claim], SpanUnit | None]) -> list[SpanUnit]:
    return [unit for unit in (get(c) for c in claims) if unit is not None]


def _identity(
    pairs: Sequence[tuple[Claim, Claim]],
    gold: Sequence[Claim],
    predicted: Sequence[Claim],
    get: Callable[[Claim], Actor | None],
    principal: bool,
) -> Score:
    def key(claim: Claim) -> str | None:
        actor = get(claim)
        if actor is None:
            return None
        return actor.principal.id if principal else actor.id

    correct = sum(1 for g, p in pairs if key(g) is not None and key(g) == key(p))
    n_gold = sum(1 for c in gold if key(c) is not None)
    n_predicted = sum(1 for c in predicted if key(c) is not None)
    return Score.of(correct, n_predicted, n_gold)


def _agreement(pairs: Sequence[tuple[Claim, Claim]], get: Callable[[Claim], object]) -> Accuracy:
    return Accuracy(correct=sum(1 for g, p in pairs if get(g) == get(p)), total=len(pairs))


def _confusion(
    pairs: Sequence[tuple[Claim, Claim]], gold: Sequence[Claim], predicted: Sequence[Claim]
) -> Confusion:
    counts: Counter[tuple[str, str]] = Counter()
    paired_gold = {id(g) for g, _ in pairs}
    paired_predicted = {id(p) for _, p in pairs}
    for g, p in pairs:
        counts[g.kind.value, p.kind.value] += 1
    for g in gold:
        if id(g) not in paired_gold:
            counts[g.kind.value, NONE_LABEL] += 1
    for p in predicted:
        if id(p) not in paired_predicted:
            counts[NONE_LABEL, p.kind.value] += 1
    table: Confusion = {}
    for (g_label, p_label), count in sorted(counts.items()):
        table.setdefault(g_label, {})[p_label] = count
    return table


def _links(claims: Iterable[Claim], known: set[str]) -> set[tuple[str, str]]:
    return {(c.id, other) for c in claims for other in c.responds_to if other in known}


def _link_score(
    gold_links: set[tuple[str, str]],
    predicted_links: set[tuple[str, str]],
    predicted_to_gold: Mapping[str, str],
) -> Score:
    mapped = set()
    for answer, answered in predicted_links:
        if answer in predicted_to_gold and answered in predicted_to_gold:
            mapped.add((predicted_to_gold[answer], predicted_to_gold[answered]))
    correct = len(mapped & gold_links)
    return Score.of(correct, len(predicted_links), len(gold_links))


def _components(claims: Sequence[Claim]) -> list[list[str]]:
    groups: defaultdict[str, list[str]] = defaultdict(list)
    for claim_id, root in thread_roots(claims).items():
        groups[root].append(claim_id)
    return [g for g in groups.values() if len(g) > 1]


def _pairs(groups: Iterable[Sequence[str]]) -> set[tuple[str, str]]:
    result = set()
    for group in groups:
        ordered = sorted(group)
        for i, a in enumerate(ordered):
            for b in ordered[i + 1 :]:
                result.add((a, b))
    return result


def _thread_score(gold: Corpus, predicted: Corpus, predicted_to_gold: Mapping[str, str]) -> Score:
    gold_pairs = _pairs(_components(gold.claims))
    predicted_pairs = _pairs(_components(predicted.claims))
    mapped = set()
    for a, b in predicted_pairs:
        if a in predicted_to_gold and b in predicted_to_gold:
            x, y = sorted((predicted_to_gold[a], predicted_to_gold[b]))
            mapped.add((x, y))
    return Score.of(len(mapped & gold_pairs), len(predicted_pairs), len(gold_pairs))


def _document_order(gold: Corpus, predicted: Corpus) -> list[str]:
    order: dict[str, None] = {}
    for document in gold.documents:
        order.setdefault(document.id, None)
    for claim in gold.claims:
        order.setdefault(claim.document_id, None)
    rest = {d.id for d in predicted.documents} | {c.document_id for c in predicted.claims}
    for document_id in sorted(rest - set(order)):
        order.setdefault(document_id, None)
    return list(order)


def _check_texts(gold: Corpus, predicted: Corpus) -> None:
    texts = {d.id: d.text for d in gold.documents}
    for document in predicted.documents:
        text = texts.get(document.id)
        if text is not None and text != document.text:
            raise EvaluationError(
                f"document {document.id!r} has different texts in the gold and predicted "
                "corpora; spans cannot be compared"
            )


def _by_document(claims: Iterable[Claim]) -> defaultdict[str, list[Claim]]:
    result: defaultdict[str, list[Claim]] = defaultdict(list)
    for claim in claims:
        result[claim.document_id].append(claim)
    return result


def _score_document(
    document_id: str,
    gold: Sequence[Claim],
    predicted: Sequence[Claim],
    pairs: Sequence[tuple[Claim, Claim]],
    links: Score,
) -> Scores:
    gold_spans = Counter(c.provenance.span for c in gold)
    predicted_spans = Counter(c.provenance.span for c in predicted)
    exact = sum((gold_spans & predicted_spans).values())
    return Scores(
        document_id=document_id,
        gold_claims=len(gold),
        predicted_claims=len(predicted),
        claims=SpanScores(
            exact=Score.of(exact, len(predicted), len(gold)),
            overlap=Score.of(len(pairs), len(predicted), len(gold)),
        ),
        cue=_unit_score(_units(gold, _cue_unit), _units(predicted, _cue_unit)),
        claimant_span=_unit_score(
            _units(gold, lambda c: _single(c.provenance.claimant)),
            _units(predicted, lambda c: _single(c.provenance.claimant)),
        ),
        content=_unit_score(
            _units(gold, lambda c: _single(c.provenance.content)),
            _units(predicted, lambda c: _single(c.provenance.content)),
        ),
        claimant=_identity(pairs, gold, predicted, lambda c: c.claimant, False),
        claimant_principal=_identity(pairs, gold, predicted, lambda c: c.claimant, True),
        target=_identity(pairs, gold, predicted, lambda c: c.target, False),
        target_principal=_identity(pairs, gold, predicted, lambda c: c.target, True),
        kind=_agreement(pairs, lambda c: c.kind),
        commitment=_agreement(pairs, lambda c: c.commitment),
        evidence=_agreement(pairs, lambda c: c.evidence.strength),
        kind_confusion=_confusion(pairs, gold, predicted),
        links=links,
    )


def _corpus_of(value: object, role: str, extract: bool) -> Corpus:
    """A corpus given as such, or loaded from a file or folder path."""
    if isinstance(value, Corpus):
        return value
    if isinstance(value, str | os.PathLike):
        from claimkit.api import load

        return load(value, extract=extract)
    raise UnsupportedInputError(
        f"{role} must be a Corpus or the path of a file or folder (str or pathlib.Path), "
        f"not {type(value).__name__}"
    )


def evaluate(
    gold: Corpus | str | os.PathLike[str], predicted: Corpus | str | os.PathLike[str]
) -> EvaluationReport:
    """Score predicted claims against gold claims.

    Args:
        gold: The reference corpus (for instance :func:`claimkit.datasets.example_gold`),
            or the path of a file or folder of gold claims (read without extraction).
        predicted: The corpus to score, over the same documents, or a path (articles
            in it are extracted, as :func:`claimkit.load` does).

    Returns:
        The report, per document and in total.

    Raises:
        EvaluationError: A document has different texts in the two corpora.
        UnsupportedInputError: ``gold`` or ``predicted`` is neither a corpus nor a path.
        LoadError: A path does not exist or cannot be read.

    Example:
        >>> from claimkit import datasets
        >>> gold = datasets.example_gold()
        >>> report = evaluate(gold, gold)
        >>> report.total.claims.overlap.f1, report.links.f1
        (1.0, 1.0)
    """
    gold = _corpus_of(gold, "gold", extract=False)
    predicted = _corpus_of(predicted, "predicted", extract=True)
    _check_texts(gold, predicted)
    gold_by_document = _by_document(gold.claims)
    predicted_by_document = _by_document(predicted.claims)
    predicted_to_gold: dict[str, str] = {}
    alignment: list[tuple[str, str]] = []
    aligned: dict[str, list[tuple[Claim, Claim]]] = {}
    order = _document_order(gold, predicted)
    for document_id in order:
        g_claims = gold_by_document.get(document_id, [])
        p_claims = predicted_by_document.get(document_id, [])
        pairs = [(g_claims[i], p_claims[j]) for i, j in align(g_claims, p_claims)]
        aligned[document_id] = pairs
        for g, p in pairs:
            predicted_to_gold[p.id] = g.id
            alignment.append((g.id, p.id))
    gold_links = _links(gold.claims, {c.id for c in gold.claims})
    predicted_links = _links(predicted.claims, {c.id for c in predicted.claims})
    documents = []
    for document_id in order:
        g_claims = gold_by_document.get(document_id, [])
        p_claims = predicted_by_document.get(document_id, [])
        g_ids = {c.id for c in g_claims}
        p_ids = {c.id for c in p_claims}
        links = _link_score(
            {link for link in gold_links if link[0] in g_ids},
            {link for link in predicted_links if link[0] in p_ids},
            predicted_to_gold,
        )
        documents.append(
            _score_document(document_id, g_claims, p_claims, aligned[document_id], links)
        )
    total = Scores(document_id=None)
    for scores in documents:
        total = total.combine(scores)
    return EvaluationReport(
        total=total,
        documents=tuple(documents),
        links=_link_score(gold_links, predicted_links, predicted_to_gold),
        threads=_thread_score(gold, predicted, predicted_to_gold),
        alignment=tuple(alignment),
    )


# --------------------------------------------------------- literature-style scores

_TOKEN = re.compile(r"\w+|[^\w\s]")


class _Tokens:
    """Token boundaries of one text, for mapping spans to token indices."""

    def __init__(self, text: str) -> None:
        self.starts: list[int] = []
        self.ends: list[int] = []
        for match in _TOKEN.finditer(text):
            self.starts.append(match.start())
            self.ends.append(match.end())

    def of(self, span: Span | None) -> set[int]:
        """The indices of the tokens that share a character with ``span``."""
        if span is None or span.start == span.end:
            return set()
        first = bisect.bisect_right(self.ends, span.start)
        last = bisect.bisect_left(self.starts, span.end)
        return set(range(first, last))


@frozen(kw_only=True)
class AttributionScores:
    """Cue, source and content spans scored as in the attribution literature.

    ``exact`` follows citron's exact metrics: a predicted cue is right when some gold
    cue has exactly its spans; a predicted source (or content) is right when some gold
    attribution whose cue overlaps the predicted cue has exactly the same source (or
    content) span; recall counts the gold items that some prediction matches in the same
    way.  ``overlap`` gives token-level partial credit: within each document, the tokens
    predicted as cue (source, content) are compared as sets with the gold tokens of the
    same role; precision is the share of predicted tokens that are gold, recall the
    share of gold tokens predicted.  Tokens are words and single punctuation marks; a
    token counts when a span covers any of its characters.  Content tokens exclude the
    claim's own cue and source tokens, and source tokens its cue tokens, so a content
    span that covers a quotation split by "he said" is not credited with the "he said"
    (PolNeAR and PARC give every token at most one role).

    Attributes:
        cue: Cue spans.
        source: Source (claimant) spans.
        content: Content spans.
        gold_attributions: How many gold claims were scored.
        predicted_attributions: How many predicted claims were scored.
    """

    cue: SpanScores
    source: SpanScores
    content: SpanScores
    gold_attributions: int
    predicted_attributions: int

    def to_dict(self) -> dict[str, Any]:
        """Every score, for JSON."""
        return {
            "cue": self.cue.to_dict(),
            "source": self.source.to_dict(),
            "content": self.content.to_dict(),
            "gold_attributions": self.gold_attributions,
            "predicted_attributions": self.predicted_attributions,
        }


def _cue_overlaps(a: Claim, b: Claim) -> bool:
    """Whether two claims' cues share a character (or are the same, empty ones included)."""
    if sorted(a.provenance.cue) == sorted(b.provenance.cue):
        return True
    return any(x.overlaps(y) for x in a.provenance.cue for y in b.provenance.cue)


def _exact_counts(
    gold: Sequence[Claim], predicted: Sequence[Claim], same: Callable[[Claim, Claim], bool]
) -> Score:
    right = sum(1 for p in predicted if any(same(g, p) for g in gold))
    found = sum(1 for g in gold if any(same(g, p) for p in predicted))
    return Score(
        true_positives=right,
        false_positives=len(predicted) - right,
        false_negatives=len(gold) - found,
    )


def _role_tokens(claims: Sequence[Claim], tokens: _Tokens) -> tuple[set[int], set[int], set[int]]:
    cue: set[int] = set()
    source: set[int] = set()
    content: set[int] = set()
    for claim in claims:
        c = set().union(*(tokens.of(s) for s in claim.provenance.cue))
        s = tokens.of(claim.provenance.claimant) - c
        cue |= c
        source |= s
        content |= tokens.of(claim.provenance.content) - c - s
    return cue, source, content


def _token_score(gold: set[int], predicted: set[int]) -> Score:
    return Score.of(len(gold & predicted), len(predicted), len(gold))


SPAN_CONVENTIONS = ("claimkit", "polnear")
"""Span conventions :func:`attribution_scores` can match exact spans under."""

_EDGE_PUNCTUATION = frozenset(",.;:!?-\u2013\u2014")
_LEADING_CONTENT_WORDS = ("that",)
_LEADING_CUE_WORDS = frozenset(
    ("also", "later", "now", "first", "then", "still", "again", "previously", "already",
     "once", "recently", "to")
)
_WORD_AT_START = re.compile(r"[A-Za-z]+(?=\s)")


def _trimmed(text: str, span: Span | None, role: str) -> tuple[int, int] | None:
    """A span without the edge tokens PolNeAR and claimkit place differently.

    PolNeAR keeps a complementiser "that" inside contents, the punctuation that closes
    an apposition inside sources ("Peter Cook, a spokesman,") and the adverbs and
    infinitive marker before a reporting verb inside cues ("also said", "to say");
    claimkit leaves them out.  Whitespace and punctuation at either edge (quotation
    marks excepted) are dropped for every role, a leading "that" for contents, and
    leading adverbs ("also", "later", "-ly" words) and "to" for cues.
    """
    if span is None:
        return None
    start, end = span.start, span.end
    while True:
        before = (start, end)
        while start < end and (text[start].isspace() or text[start] in _EDGE_PUNCTUATION):
            start += 1
        while end > start and (text[end - 1].isspace() or text[end - 1] in _EDGE_PUNCTUATION):
            end -= 1
        if role == "content":
            for word in _LEADING_CONTENT_WORDS:
                stop = start + len(word)
                if text[start:stop].lower() == word and stop < end and text[stop].isspace():
                    start = stop
        elif role == "cue":
            match = _WORD_AT_START.match(text, start, end)
            if match is not None and match.end() < end and (
                match.group().lower() in _LEADING_CUE_WORDS
                or (match.group().islower() and match.group().endswith("ly"))
            ):
                start = match.end()
        if (start, end) == before:
            return start, end


class _Trimmed:
    """Each claim's cue, source and content spans under a span convention."""

    def __init__(self, text: str, conventions: str) -> None:
        self.text = text
        self.trim = conventions == "polnear"
        self._cache: dict[int, tuple[object, object, object]] = {}

    def keys(self, claim: Claim) -> tuple[object, object, object]:
        found = self._cache.get(id(claim))
        if found is not None:
            return found
        provenance = claim.provenance
        keys: tuple[object, object, object]
        if self.trim:
            cue: object = sorted(
                t for t in (_trimmed(self.text, s, "cue") for s in provenance.cue)
                if t is not None and t[0] < t[1]
            )
            keys = (cue, _trimmed(self.text, provenance.claimant, "source"),
                    _trimmed(self.text, provenance.content, "content"))
        else:
            keys = (sorted(provenance.cue), provenance.claimant, provenance.content)
        self._cache[id(claim)] = keys
        return keys


def _exact_role(gold: Sequence[Claim], predicted: Sequence[Claim], trimmed: _Trimmed,
                role: int) -> Score:
    """Exact counts for the cue (0), source (1) or content (2) spans."""
    keys = trimmed.keys
    if role == 0:
        return _exact_counts(gold, predicted, lambda a, b: keys(a)[0] == keys(b)[0])
    return _exact_counts(
        gold, predicted, lambda a, b: _cue_overlaps(a, b) and keys(a)[role] == keys(b)[role]
    )


def attribution_scores(
    gold: Corpus, predicted: Corpus, *, conventions: str = "claimkit"
) -> AttributionScores:
    """Score cue, source and content spans as the attribution literature does.

    Use it to set claimkit beside published PolNeAR or PARC 3.0 results: it ignores
    kinds, actors and links, and scores spans only (see :class:`AttributionScores` for
    the exact definitions).

    Args:
        gold: The reference corpus; documents are needed for token-level scores.
        predicted: The corpus to score.
        conventions: ``"claimkit"`` matches exact spans as they are; ``"polnear"``
            first drops the edge tokens the two conventions place differently, on both
            sides (punctuation at either edge of every span, a leading "that" of a
            content, leading adverbs and "to" of a cue), so a corpus annotated under
            PolNeAR's guidelines is not penalised for them.  Token-overlap scores are
            the same under both.

    Returns:
        Exact and token-overlap scores for cues, sources and contents.

    Raises:
        EvaluationError: A document has different texts in the two corpora, or the
            conventions are unknown.
    """
    if conventions not in SPAN_CONVENTIONS:
        raise EvaluationError(
            f"unknown span conventions {conventions!r}; expected one of {SPAN_CONVENTIONS}"
        )
    _check_texts(gold, predicted)
    texts = {d.id: d.text for d in (*predicted.documents, *gold.documents)}
    gold_by_document = _by_document(gold.claims)
    predicted_by_document = _by_document(predicted.claims)
    cue = source = content = SpanScores()
    for document_id in _document_order(gold, predicted):
        g = gold_by_document.get(document_id, [])
        p = predicted_by_document.get(document_id, [])
        text = texts.get(document_id)
        if text is None:
            raise EvaluationError(
                f"document {document_id!r} is in neither corpus; token scores need its text"
            )
        trimmed = _Trimmed(text, conventions)
        cue_exact = _exact_role(g, p, trimmed, 0)
        source_exact = _exact_role(g, p, trimmed, 1)
        content_exact = _exact_role(g, p, trimmed, 2)
        tokens = _Tokens(text)
        g_cue, g_source, g_content = _role_tokens(g, tokens)
        p_cue, p_source, p_content = _role_tokens(p, tokens)
        cue += SpanScores(exact=cue_exact, overlap=_token_score(g_cue, p_cue))
        source += SpanScores(exact=source_exact, overlap=_token_score(g_source, p_source))
        content += SpanScores(exact=content_exact, overlap=_token_score(g_content, p_content))
    return AttributionScores(
        cue=cue,
        source=source,
        content=content,
        gold_attributions=len(gold.claims),
        predicted_attributions=len(predicted.claims),
    )
