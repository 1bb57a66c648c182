"""Linking at scale: the indexed linker against the previous all-pairs one, in one run.

Usage::

    python benchmarks/linking.py [PATH ...] [--limit 300] [--sizes 10000,50000,200000]
                                 [--baseline-max 200000] [--mode independent]

Claims are extracted per document (each document linked within itself, as the
extractor does) from the PolNeAR train texts in ``/work/shared/benchmarks/polnear-train``
when present, else from the seeds, or from the folders of ``.txt`` articles given.
They are then replicated up to each size with shifted document and claim ids:

* ``independent`` (default): actor ids are shifted too, so each replica is a dispute of
  its own, as in a corpus of many different disputes;
* ``copies``: the same reports again in new documents, so every copy of a denial
  answers every copy of its allegation (the output itself grows with the square of
  the copies);
* ``variants``: copies whose propositions each gain a word of their own, so no two
  reports are word for word alike.

The baseline is ``src/claimkit/extract/linking.py`` as it was before the allegation
index (git revision ``--baseline``), read from the repository's history.  For every
size it prints the seconds of both ``link`` passes, their ratio, and whether their
outputs serialise to identical bytes.
"""

from __future__ import annotations

import argparse
import gc
import importlib.util
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Sequence
from pathlib import Path
from types import ModuleType

import attrs

from claimkit import datasets, serialization
from claimkit.extract import linking, pipeline
from claimkit.formats.text import parse_article
from claimkit.model import Actor, Claim, ClaimKind, Corpus

ROOT = Path(__file__).resolve().parent.parent
POLNEAR = Path("/work/shared/benchmarks/polnear-train/data/train/text")
BASELINE = "0cc636a143acdb231f0d7f10e64af9f14494efa2"
"""The last revision whose linker compared every pair of a bucket."""


def load_baseline(revision: str) -> ModuleType:
    """Import the linker of an earlier revision from git history."""
    source = subprocess.run(
        ["git", "show", f"{revision}:src/claimkit/extract/linking.py"],
        cwd=ROOT, check=True, capture_output=True, text=True,
    ).stdout
    folder = Path(tempfile.mkdtemp(prefix="claimkit-linking-"))
    path = folder / "linking_baseline.py"
    path.write_text(source, encoding="utf-8")
    spec = importlib.util.spec_from_file_location("linking_baseline", path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def article_claims(folders: Sequence[Path], limit: int) -> list[Claim]:
    """The per-document claims of the first ``limit`` articles."""
    paths = sorted(p for folder in folders for p in folder.glob("*.txt"))[:limit]
    claims: list[Claim] = []
    for path in paths:
        claims.extend(pipeline.extract(parse_article(path.read_text(encoding="utf-8"),
                                                     path.stem)))
    return claims


def _shift(actor: Actor | None, suffix: str) -> Actor | None:
    if actor is None:
        return None
    return attrs.evolve(actor, id=actor.id + suffix, affiliation=_shift(actor.affiliation, suffix))


def _word(number: int) -> str:
    letters = ""
    while True:
        number, digit = divmod(number, 26)
        letters += "abcdefghijklmnopqrstuvwxyz"[digit]
        if not number:
            return "zq" + letters


def replicate(claims: Sequence[Claim], total: int, mode: str) -> list[Claim]:
    """``claims`` followed by shifted replicas of them, ``total`` claims in all."""
    out = list(claims)
    copy = 0
    while len(out) < total:
        copy += 1
        suffix = f"~{copy}"
        for claim in claims:
            changes: dict[str, object] = {}
            if mode == "independent":
                changes = {"claimant": _shift(claim.claimant, suffix),
                           "target": _shift(claim.target, suffix)}
            elif mode == "variants":
                changes = {"proposition": f"{claim.proposition} {_word(copy)}"}
            out.append(attrs.evolve(
                claim, id=claim.id + suffix, responds_to=[r + suffix for r in claim.responds_to],
                provenance=attrs.evolve(claim.provenance,
                                        document_id=claim.document_id + suffix),
                **changes,  # type: ignore[arg-type]
            ))
    return out[:total]


def timed(link: Callable[[list[Claim]], list[Claim]], claims: list[Claim]) -> tuple[
    list[Claim], float
]:
    """The output of ``link`` and its seconds (after a full garbage collection)."""
    gc.collect()
    start = time.perf_counter()
    out = link(claims)
    return out, time.perf_counter() - start


def main(argv: Sequence[str] | None = None) -> int:
    """Print the table."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("paths", nargs="*", type=Path)
    parser.add_argument("--limit", type=int, default=300, help="articles to extract")
    parser.add_argument("--sizes", default="10000,50000,200000")
    parser.add_argument("--baseline-max", type=int, default=200_000,
                        help="largest size to run the baseline on")
    parser.add_argument("--mode", choices=("independent", "copies", "variants"),
                        default="independent")
    parser.add_argument("--baseline", default=BASELINE, help="git revision of the baseline")
    args = parser.parse_args(argv)
    folders = args.paths or ([POLNEAR] if POLNEAR.is_dir() else [datasets.path()])
    base = article_claims(folders, args.limit)
    baseline = load_baseline(args.baseline)
    print(f"{len(base)} claims from {min(args.limit, len(list(folders[0].glob('*.txt'))))} "
          f"articles; replicas: {args.mode}; baseline {args.baseline[:10]}")
    print()
    print("| claims | allegations | all-pairs linker s | indexed linker s | ratio | identical |")
    print("|---:|---:|---:|---:|---:|:---:|")
    for size in (int(s) for s in args.sizes.split(",")):
        claims = replicate(base, size, args.mode)
        alleged = sum(c.kind is ClaimKind.ALLEGATION for c in claims)
        new, new_seconds = timed(linking.link, claims)
        if size <= args.baseline_max:
            old, old_seconds = timed(baseline.link, claims)
            same = serialization.dumps(Corpus.build(claims=old)) == serialization.dumps(
                Corpus.build(claims=new))
            print(f"| {size:,} | {alleged:,} | {old_seconds:.2f} | {new_seconds:.2f} | "
                  f"{old_seconds / new_seconds:.1f}x | {'yes' if same else 'NO'} |", flush=True)
        else:
            print(f"| {size:,} | {alleged:,} | - | {new_seconds:.2f} | - | - |", flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
