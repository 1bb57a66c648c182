"""Large corpora: memory of ``claimkit extract -o`` against corpus size, time against
the size of one document.

    python benchmarks/large_corpora.py                 # 1x, 3x, 10x; documents to 2 MB
    python benchmarks/large_corpora.py --copies 1 3 --document-mb 0.25 0.5 1
    python benchmarks/large_corpora.py --write-docs    # also rewrite its section of
                                                       # docs/benchmarks.md

It prints two Markdown tables:

* **memory**: the peak resident memory of ``claimkit extract FOLDER -o claims.jsonl`` (which
  streams: extracted, then linked, then written as it comes) on 1x, 3x and 10x the PolNeAR
  train texts (copies under other names, so other ids), beside the in-memory path
  (``-o claims.json``, which needs the whole corpus) on the smaller sizes; each run is a
  fresh process;
* **one document**: the CPU time of ``claimkit.extract`` on one document made of PolNeAR
  texts run together, at growing sizes; time per MB should not grow with the size.

The texts come from ``/work/shared/benchmarks/polnear-train`` (not shipped with claimkit);
generated files go to a temporary folder, never into the repository.
"""

from __future__ import annotations

import argparse
import datetime
import json
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

POLNEAR = Path("/work/shared/benchmarks/polnear-train/data/train/text")
ROOT = Path(__file__).resolve().parent.parent
DOCS = ROOT / "docs" / "benchmarks.md"
BEGIN = "% large_corpora.py: begin (written by benchmarks/large_corpora.py --write-docs)"
END = "% large_corpora.py: end"
"""MyST comments around this benchmark's section of ``docs/benchmarks.md`` (``run.py
--write-docs`` keeps the section as it is)."""

_PEAK = """
import resource, subprocess, sys, time
start = time.perf_counter()
done = subprocess.run(sys.argv[1:], capture_output=True, text=True)
seconds = time.perf_counter() - start
if done.returncode:
    sys.exit(done.stderr)
print(resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss, seconds)
"""
"""Run a command and print its peak resident set (KiB) and wall time: a fresh process."""


def _peak(*command: str) -> tuple[float, float]:
    """Peak RSS (MB) and seconds of ``command`` run in a process of its own."""
    out = subprocess.run(
        [sys.executable, "-c", _PEAK, *command], capture_output=True, text=True, check=True
    )
    kib, seconds = out.stdout.split()
    return int(kib) / 1024, float(seconds)


def _corpus(folder: Path, texts: list[Path], copies: int) -> float:
    """``copies`` copies of ``texts`` in ``folder`` (links, new names); the MB of text."""
    folder.mkdir()
    for copy in range(copies):
        for text in texts:
            (folder / f"{copy:02d}_{text.name}").symlink_to(text)
    return copies * sum(text.stat().st_size for text in texts) / 1e6


def memory_table(texts: list[Path], tmp: Path, copies: list[int], in_memory: int) -> list[str]:
    claimkit = [sys.executable, "-m", "claimkit"]
    out = [
        "| corpus | MB of text | `extract -o claims.jsonl` (streamed) peak MB | "
        "`extract -o claims.json` (in memory) peak MB | claims | streamed MB/s |",
        "|---|---|---|---|---|---|",
    ]
    first: float | None = None
    for count in copies:
        folder = tmp / f"corpus-{count}x"
        megabytes = _corpus(folder, texts, count)
        streamed = tmp / "claims.jsonl"
        peak, seconds = _peak(*claimkit, "extract", str(folder), "-o", str(streamed))
        claims = sum(1 for line in streamed.open("rb") if b'"type":"claim"' in line)
        whole = "not run"
        if count <= in_memory:
            whole_peak, _ = _peak(*claimkit, "extract", str(folder), "-o", str(tmp / "c.json"))
            whole = f"{whole_peak:.0f}"
            (tmp / "c.json").unlink()
        first = first or peak
        out.append(
            f"| {count}x PolNeAR train ({count * len(texts):,} articles) | {megabytes:.1f} | "
            f"{peak:.0f} ({peak / first:.2f}x the 1st row) | {whole} | {claims:,} | "
            f"{megabytes / seconds:.2f} |"
        )
        streamed.unlink()
        shutil.rmtree(folder)
    return out


def document_table(texts: list[Path], sizes: list[float]) -> list[str]:
    import claimkit

    pool = "\n\n".join(text.read_text(encoding="utf-8") for text in texts)
    claimkit.extract(pool[:20_000])  # load the lexicons and the gazetteer first
    out = [
        "| one document | claims | CPU s | CPU s per MB | per MB vs the smallest |",
        "|---|---|---|---|---|",
    ]
    smallest: float | None = None
    for size in sizes:
        wanted = int(size * 1e6)
        text = (pool * (wanted // len(pool) + 1))[:wanted]
        start = time.process_time()
        found = claimkit.extract(text)
        seconds = time.process_time() - start
        per_mb = seconds / (len(text.encode("utf-8")) / 1e6)
        smallest = smallest or per_mb
        out.append(
            f"| {size:g} MB | {len(found.claims):,} | {seconds:.1f} | {per_mb:.2f} | "
            f"{per_mb / smallest:.2f}x |"
        )
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--copies", type=int, nargs="+", default=[1, 3, 10])
    parser.add_argument(
        "--in-memory", type=int, default=3, help="largest copy count run in memory too"
    )
    parser.add_argument("--document-mb", type=float, nargs="+", default=[0.25, 0.5, 1, 2])
    parser.add_argument("--json", action="store_true", help="print the tables as JSON")
    parser.add_argument("--write-docs", action="store_true", help=f"rewrite its section of {DOCS}")
    args = parser.parse_args(argv)
    load_before = os.getloadavg()
    texts = sorted(POLNEAR.glob("*"))
    if not texts:
        raise SystemExit(f"no PolNeAR texts in {POLNEAR}")
    with tempfile.TemporaryDirectory(prefix="claimkit-large-") as folder:
        memory = memory_table(texts, Path(folder), args.copies, args.in_memory)
    document = document_table(texts, args.document_mb)
    if args.json:
        print(json.dumps({"memory": memory, "document": document}, indent=1))
    else:
        print("## Memory against corpus size\n", *memory, "", sep="\n")
        print("## Time against the size of one document\n", *document, sep="\n")
    if args.write_docs:
        command = "python benchmarks/large_corpora.py " + " ".join(
            argv if argv is not None else sys.argv[1:]
        )
        write_docs(memory, document, command.strip(), load_before, os.getloadavg())
    return 0


def section(memory: list[str], document: list[str], command: str,
            load_before: tuple[float, ...], load_after: tuple[float, ...]) -> list[str]:
    """This benchmark's section of ``docs/benchmarks.md``, between :data:`BEGIN` and :data:`END`."""
    commit = subprocess.run(
        ["git", "-C", str(ROOT), "rev-parse", "--short", "HEAD"], capture_output=True, text=True
    ).stdout.strip() or "unknown"
    when = datetime.datetime.now(datetime.UTC).strftime("%Y-%m-%d %H:%M UTC")
    return [
        BEGIN,
        "## Large corpora",
        "",
        "Measured by `benchmarks/large_corpora.py` (not by `run.py`) on "
        f"{when}, at commit `{commit}`, load average {load_before[0]:.2f} before and "
        f"{load_after[0]:.2f} after, with",
        "",
        "```console",
        f"$ {command}",
        "```",
        "",
        "**Memory** is the peak resident memory of one fresh `claimkit extract FOLDER -o ...`",
        "process and its workers (the largest of them), on copies of the 840 PolNeAR train",
        "texts under other names. With `-o claims.jsonl` the command streams: it extracts into",
        "a temporary file, builds the allegation index on disk and links blocks of claims",
        "against it ([large corpora](scaling.md)); with `-o claims.json` it holds the corpus.",
        "The ids the stream remembers stay in memory only up to a few thousand",
        "(`claimkit.seen_ids`). What still rises with the corpus is mostly in the worker",
        "processes, which each extract half the articles here: the extractor's memo caches,",
        "each bounded (2,048 actor ids, 1,024 claim readings), fill as a worker sees more",
        "articles, and the allocator keeps the memory they churn.",
        "",
        *memory,
        "",
        "**One document**: the CPU time of `claimkit.extract` on one document made of the same",
        "texts run together; time per MB staying flat means time linear in the input.",
        "",
        *document,
        "",
        END,
    ]


def write_docs(memory: list[str], document: list[str], command: str,
               load_before: tuple[float, ...], load_after: tuple[float, ...]) -> None:
    """Put (or replace) this benchmark's section in ``docs/benchmarks.md``, before "Machine"."""
    lines = DOCS.read_text(encoding="utf-8").split("\n")
    lines = without_section(lines)
    at = lines.index("## Machine") if "## Machine" in lines else len(lines)
    new = section(memory, document, command, load_before, load_after)
    DOCS.write_text("\n".join([*lines[:at], *new, "", *lines[at:]]), encoding="utf-8")


def without_section(lines: list[str]) -> list[str]:
    """``lines`` without this benchmark's section (and the blank line after it)."""
    if BEGIN not in lines:
        return lines
    start, end = lines.index(BEGIN), lines.index(END)
    if end + 1 < len(lines) and not lines[end + 1]:
        end += 1
    return [*lines[:start], *lines[end + 1 :]]


def kept_section(text: str) -> list[str]:
    """This benchmark's section of a page's ``text`` (for ``run.py`` to keep), or nothing."""
    lines = text.split("\n")
    if BEGIN not in lines or END not in lines:
        return []
    return [*lines[lines.index(BEGIN) : lines.index(END) + 1], ""]


if __name__ == "__main__":
    raise SystemExit(main())
