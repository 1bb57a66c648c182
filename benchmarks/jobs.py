"""Wall time of ``claimkit extract`` with one process, one per core, and the default ``-j``.

Runs the command line in fresh processes on a folder of articles and prints the median
wall time of ``--repeat`` runs for ``-j 1``, ``-j 0`` and no ``-j`` (the default, which
chooses :func:`claimkit.runner.auto_workers` processes), plus how many processes the
default chose.  The default must never be slower than ``-j 1`` beyond noise.

Usage::

    python benchmarks/jobs.py [FOLDER ...] [--limit 200] [--repeat 3]

FOLDER defaults to the PolNeAR train texts in ``/work/shared/benchmarks/polnear-train``
when present (the first ``--limit`` files, copied to a temporary folder), and the seeds.
"""

from __future__ import annotations

import argparse
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import claimkit
from claimkit.runner import auto_workers, resolve_workers

POLNEAR = Path("/work/shared/benchmarks/polnear-train/data/train/text")
SEEDS = Path(__file__).resolve().parent.parent / "seeds"


def _folder(source: Path, limit: int, into: Path) -> Path:
    target = into / f"{source.name}-{limit}"
    target.mkdir()
    for path in sorted(source.glob("*.txt"))[:limit]:
        shutil.copy(path, target)
    return target


def _run(folder: Path, jobs: list[str], output: Path) -> float:
    command = [sys.executable, "-m", "claimkit", "-q", "extract", str(folder), "-o", str(output)]
    start = time.perf_counter()
    subprocess.run([*command, *jobs], check=True)
    return time.perf_counter() - start


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("folders", nargs="*", type=Path)
    parser.add_argument("--limit", type=int, default=200)
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as scratch:
        sources = args.folders or [p for p in (POLNEAR, SEEDS) if p.is_dir()]
        folders = [_folder(source, args.limit, Path(scratch)) for source in sources]
        print(f"cores: {resolve_workers(0)}")
        print("| input | files | MB | default -j | -j 1 (s) | -j 0 (s) | default (s) |")
        print("|---|---|---|---|---|---|---|")
        for folder in folders:
            documents = claimkit.load(folder, extract=False).documents
            size = sum(len(d.text.encode("utf-8")) for d in documents) / 1e6
            times = {}
            for label, jobs in (("1", ["-j", "1"]), ("0", ["-j", "0"]), ("default", [])):
                runs = [
                    _run(folder, jobs, Path(scratch) / f"out-{label}.jsonl")
                    for _ in range(args.repeat)
                ]
                times[label] = statistics.median(runs)
            print(
                f"| {folder.name} | {len(documents)} | {size:.2f} | {auto_workers(documents)} "
                f"| {times['1']:.2f} | {times['0']:.2f} | {times['default']:.2f} |"
            )


if __name__ == "__main__":
    main()
