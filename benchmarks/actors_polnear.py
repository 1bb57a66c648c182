"""How often the actor resolver finds an actor for PolNeAR's gold Source spans.

Reads the PolNeAR train split (brat standoff: ``T<n>\\tSource <start> <end>\\t<text>``),
resolves every gold source span with :meth:`ActorResolver.resolve`, and reports the share
resolved, by mention kind and actor kind, and how often the resolved mention overlaps the
gold span.  Also times :meth:`ActorResolver.mentions` over the whole split (MB/s on one
core) against a baseline in the same run: one ``re`` pass finding capitalised words.

Usage::

    python benchmarks/actors_polnear.py [/path/to/polnear-train/data/train]
"""

from __future__ import annotations

import collections
import re
import sys
import time
from pathlib import Path

from claimkit.extract.actors import ActorResolver
from claimkit.extract.installed import gazetteer
from claimkit.formats.text import parse_article
from claimkit.model import Document, Span

DEFAULT = Path(__file__).resolve().parents[2] / "shared/benchmarks/polnear-train/data/train"
_SOURCE = re.compile(r"^T\d+\tSource (\d+) (\d+)(?:;\d+ \d+)*\t", re.MULTILINE)


def load(root: Path) -> list[tuple[Document, list[Span]]]:
    out = []
    for text_path in sorted((root / "text").glob("*.txt")):
        # some texts were annotated twice; use the first annotation file
        candidates = sorted((root / "attributions").glob(text_path.stem + "_*.ann"))
        if not candidates:
            continue
        ann = candidates[0]
        text = text_path.read_text(encoding="utf-8")
        spans = [
            Span(start=int(m.group(1)), end=int(m.group(2)))
            for m in _SOURCE.finditer(ann.read_text(encoding="utf-8"))
        ]
        out.append((parse_article(text, text_path.stem), spans))
    return out


def main() -> None:
    root = Path(sys.argv[1]) if len(sys.argv) > 1 else DEFAULT
    data = load(root)
    gazetteer()  # build once, outside the timings
    total = found = overlapping = 0
    by_kind: collections.Counter[str] = collections.Counter()
    misses: collections.Counter[str] = collections.Counter()
    for document, spans in data:
        resolver = ActorResolver(document)
        for span in spans:
            total += 1
            mention = resolver.resolve(span)
            if mention is None:
                misses[span.text(document.text).split()[0].lower()] += 1
                continue
            found += 1
            by_kind[f"{mention.kind.value}/{mention.actor.kind.value}"] += 1
            if mention.span.overlaps(span):
                overlapping += 1
    print(f"documents: {len(data)}, gold source spans: {total}")
    print(f"resolved to an actor: {found} ({100 * found / total:.1f}%)")
    print(
        f"resolved mention inside the gold span: {overlapping} ({100 * overlapping / total:.1f}%)"
    )
    print("by mention/actor kind:", dict(by_kind.most_common()))
    print("most common first words of misses:", misses.most_common(25))

    texts = [d.text for d, _ in data]
    megabytes = sum(len(t.encode("utf-8")) for t in texts) / 1e6
    capitalised = re.compile(r"\b[A-Z][a-z]+\b")
    for label, run in (
        (
            "baseline: one re pass for capitalised words",
            lambda: [capitalised.findall(t) for t in texts],
        ),
        ("ActorResolver.mentions()", lambda: [ActorResolver(d).mentions() for d, _ in data]),
    ):
        best = min(_timed(run) for _ in range(3))
        print(f"{label}: {megabytes / best:.2f} MB/s ({best:.2f} s for {megabytes:.1f} MB)")


def _timed(run: object) -> float:
    start = time.perf_counter()
    run()  # type: ignore[operator]
    return time.perf_counter() - start


if __name__ == "__main__":
    main()
