"""Score claimkit's extractor on a PolNeAR split and set it beside published numbers.

PolNeAR (Newell, Margolin and Ruths, LREC 2018) annotates every attribution in 1,008
political news articles as Source, Cue and Content spans (brat standoff).  This script
reads a split with claimkit's brat loader, runs an extractor on the article texts and
scores cue, source and content spans the way the attribution literature does
(:func:`claimkit.evaluation.attribution_scores`: citron's exact metrics, token-level
overlap), next to citron's published PARC 3.0 results.  Exact scores are given twice:
under claimkit's span conventions and under PolNeAR's (``conventions="polnear"``: edge
punctuation and a content's leading "that" set aside on both sides).  The comparison is indicative
only: PARC 3.0 is Wall Street Journal text annotated under other guidelines, and
claimkit looks for allegations, denials and statements, not every attribution
(PolNeAR also annotates beliefs, intentions and perceptions: "voters feel", "he wants").

Usage::

    python benchmarks/polnear.py /work/shared/benchmarks/polnear-train [--limit 100]
        [--annotators first|all] [--extractor rules] [--agreement] [--json]

PATH is the corpus folder, its ``data/train`` folder, or any folder of ``.ann`` files
with their texts.  Articles annotated by several people count once, with the first
annotator (sorted by id), unless ``--annotators all``.  ``--agreement`` adds the
agreement between the first and every other annotator of the same article, the human
ceiling for these measures.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from collections import defaultdict
from collections.abc import Iterable
from pathlib import Path

import attrs
from rich.console import Console
from rich.table import Table

import claimkit
from claimkit.evaluation import (
    AttributionScores,
    Score,
    SpanScores,
    attribution_scores,
    evaluate,
)
from claimkit.formats.brat import read_brat
from claimkit.model import Claim, Corpus, Document

# citron (BBC R&D), model en_2021-11-15, PARC 3.0 test partition, F1 in percent:
# (exact, overlap).  Cue overlap was not needed for the comparison in the brief.
CITRON_PARC3 = {"cue": (82.3, None), "source": (82.0, 85.3), "content": (59.3, 83.3)}


def find_ann_files(path: Path) -> list[Path]:
    if path.is_file():
        return [path]
    files = sorted(path.rglob("*.ann"))
    if not files:
        raise SystemExit(f"no .ann files under {path}")
    return files


def choose(files: list[Path], annotators: str) -> tuple[list[Path], dict[str, list[Path]]]:
    """Pick the files to score and group every file by article."""
    from claimkit.formats.brat import text_path_for

    by_article: dict[str, list[Path]] = defaultdict(list)
    for ann in files:
        text, _annotator = text_path_for(ann)
        by_article[str(text)].append(ann)
    chosen = []
    for article in sorted(by_article):
        group = sorted(by_article[article])
        chosen.extend(group if annotators == "all" else group[:1])
    return chosen, by_article


def load_gold(files: list[Path]) -> Corpus:
    documents: list[Document] = []
    claims: list[Claim] = []
    for ann in files:
        document, found = read_brat(ann)
        documents.append(document)
        claims.extend(found)
    return Corpus.build(documents, claims)


def agreement(by_article: dict[str, list[Path]], limit: int | None) -> AttributionScores | None:
    """First annotator as gold, each other annotator of the same article as prediction."""
    gold_parts: list[Corpus] = []
    other_parts: list[Corpus] = []
    groups = [sorted(g) for _, g in sorted(by_article.items()) if len(g) > 1]
    for group in groups[:limit]:
        first = load_gold(group[:1])
        for other in group[1:]:
            second = load_gold([other])
            # Score the second annotation against the first as if it were the same document.
            (document,) = first.documents
            renamed = [_move(claim, document.id, f"{other.stem}:") for claim in second.claims]
            gold_parts.append(first)
            other_parts.append(Corpus.build([document], renamed))
    if not gold_parts:
        return None
    totals = [attribution_scores(g, p) for g, p in zip(gold_parts, other_parts, strict=True)]
    return AttributionScores(
        cue=_sum(t.cue for t in totals),
        source=_sum(t.source for t in totals),
        content=_sum(t.content for t in totals),
        gold_attributions=sum(t.gold_attributions for t in totals),
        predicted_attributions=sum(t.predicted_attributions for t in totals),
    )


def _move(claim: Claim, document_id: str, prefix: str) -> Claim:
    return attrs.evolve(
        claim,
        id=prefix + claim.id,
        provenance=attrs.evolve(claim.provenance, document_id=document_id),
        responds_to=(),
    )


def _sum(items: Iterable[SpanScores]) -> SpanScores:
    total = SpanScores()
    for item in items:
        total = total + item
    return total


def pct(score: Score) -> str:
    return f"{100 * score.f1:5.1f}"


def prf(score: Score) -> str:
    return f"{100 * score.precision:5.1f} / {100 * score.recall:5.1f} / {100 * score.f1:5.1f}"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("path", type=Path, help="PolNeAR folder, its data/train, or .ann files")
    parser.add_argument("--limit", type=int, help="score only the first N articles")
    parser.add_argument("--annotators", choices=("first", "all"), default="first")
    parser.add_argument("--extractor", help="extractor name (default: the default extractor)")
    parser.add_argument("--agreement", action="store_true", help="also score annotator agreement")
    parser.add_argument("--json", action="store_true", help="print the scores as JSON")
    args = parser.parse_args(argv)

    files, by_article = choose(find_ann_files(args.path), args.annotators)
    if args.limit is not None:
        articles = sorted(by_article)[: args.limit]
        kept = {str(p) for a in articles for p in by_article[a]}
        files = [f for f in files if str(f) in kept]
        by_article = {a: by_article[a] for a in articles}

    started = time.perf_counter()
    gold = load_gold(files)
    loaded = time.perf_counter()
    predicted = claimkit.extract(gold.documents, extractor=args.extractor)
    extracted = time.perf_counter()
    spans = attribution_scores(gold, predicted)
    polnear_spans = attribution_scores(gold, predicted, conventions="polnear")
    report = evaluate(gold, predicted)
    human = agreement(by_article, args.limit) if args.agreement else None
    characters = sum(len(d.text) for d in gold.documents)

    result = {
        "documents": len(gold.documents),
        "gold_attributions": spans.gold_attributions,
        "predicted_claims": spans.predicted_attributions,
        "spans": spans.to_dict(),
        "spans_polnear_conventions": polnear_spans.to_dict(),
        "claims_overlap": report.total.claims.overlap.to_dict(),
        "load_seconds": loaded - started,
        "extract_seconds": extracted - loaded,
        "extract_mb_per_second": characters / 1e6 / max(extracted - loaded, 1e-9),
        "citron_parc3_f1": CITRON_PARC3,
        "annotator_agreement": human.to_dict() if human else None,
    }
    if args.json:
        print(json.dumps(result, indent=2))
        return 0

    console = Console(width=max(Console().width, 110))
    table = Table(
        title=f"PolNeAR: {len(gold.documents)} documents, {spans.gold_attributions} gold "
        f"attributions, {spans.predicted_attributions} predicted claims"
    )
    for column in (
        "span",
        "exact P / R / F1",
        "exact, PolNeAR spans",
        "overlap P / R / F1",
        "citron PARC 3.0 F1 exact / overlap",
    ):
        table.add_column(column, justify="left" if column == "span" else "right")
    for name in ("cue", "source", "content"):
        pair, trimmed = getattr(spans, name), getattr(polnear_spans, name)
        exact, overlap = CITRON_PARC3[name]
        published = f"{exact:.1f} / {overlap:.1f}" if overlap is not None else f"{exact:.1f} / -"
        table.add_row(name, prf(pair.exact), prf(trimmed.exact), prf(pair.overlap), published)
    console.print(table)
    console.print(
        "PolNeAR spans: exact matching after dropping the edge tokens the two span "
        "conventions place differently (edge punctuation, a content's leading 'that')"
    )
    claims = report.total.claims.overlap
    console.print(
        f"claims aligned by overlap: P {100 * claims.precision:.1f} R {100 * claims.recall:.1f} "
        f"F1 {100 * claims.f1:.1f}"
    )
    console.print(
        f"load {loaded - started:.1f} s; extract {extracted - loaded:.1f} s "
        f"({result['extract_mb_per_second']:.2f} MB/s over {characters / 1e6:.2f} MB)"
    )
    if human is not None:
        agreement_table = Table(
            title=f"annotator agreement (first vs others, {human.predicted_attributions} "
            "attributions)"
        )
        for column in ("span", "exact F1", "overlap F1"):
            agreement_table.add_column(column, justify="left" if column == "span" else "right")
        for name, pair in (
            ("cue", human.cue),
            ("source", human.source),
            ("content", human.content),
        ):
            agreement_table.add_row(name, pct(pair.exact), pct(pair.overlap))
        console.print(agreement_table)
    return 0


if __name__ == "__main__":
    sys.exit(main())
