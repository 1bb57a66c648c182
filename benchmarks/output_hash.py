"""One hash of the extractor's output, to check that a refactoring changes nothing.

Extracts every article (the PolNeAR train texts in ``/work/shared/benchmarks`` when
present, and the seed articles) with the default extractor, writes the corpus as JSON
Lines (documents, claims linked across documents, actors) and prints the SHA-256 of
those bytes, with the speed of the extraction in MB of text per CPU-second::

    python benchmarks/output_hash.py             # all texts
    python benchmarks/output_hash.py --limit 50  # a quick check on the first 50
    python benchmarks/output_hash.py --repeat 3  # best of three timings

Two commits extract identically when they print the same hash for the same texts.
"""

from __future__ import annotations

import argparse
import hashlib
import time
from pathlib import Path

import claimkit
from claimkit.datasets import article_paths
from claimkit.formats.text import parse_article
from claimkit.model import Document

POLNEAR = Path("/work/shared/benchmarks/polnear-train/data/train/text")


def documents(limit: int | None) -> list[Document]:
    """The PolNeAR train texts (sorted by name), then the seed articles."""
    files = sorted(POLNEAR.rglob("*.txt")) if POLNEAR.is_dir() else []
    files.extend(sorted(article_paths()))
    found = []
    for file in files[:limit]:
        text = file.read_text(encoding="utf-8")
        if text.strip():
            found.append(parse_article(text, file.stem))
    return found


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--limit", type=int, default=None, help="read only the first N texts")
    parser.add_argument("--repeat", type=int, default=1, help="timed runs (the best is shown)")
    args = parser.parse_args(argv)
    docs = documents(args.limit)
    megabytes = sum(len(d.text.encode("utf-8")) for d in docs) / 1e6
    claimkit.extract(docs[:1])  # load plugins and lexicons outside the timing
    digests = set()
    best = float("inf")
    for _ in range(args.repeat):
        start = time.process_time()
        corpus = claimkit.extract(docs)
        best = min(best, time.process_time() - start)
        digests.add(hashlib.sha256(claimkit.dumps(corpus, "jsonl")).hexdigest())
    if len(digests) != 1:
        raise SystemExit(f"output differs between runs: {sorted(digests)}")
    print(f"{digests.pop()}  {len(docs)} texts, {megabytes:.2f} MB, "
          f"{len(corpus.claims)} claims, {megabytes / best:.3f} MB per CPU-second")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
