"""claimkit's benchmarks: each number beside a baseline measured in the same run.

    python benchmarks/run.py                       # modest sizes: a few minutes
    python benchmarks/run.py --records 100000 --text-mb 3 --stream-mb 1024
    python benchmarks/run.py --write-docs          # also rewrite docs/benchmarks.md

It prints Markdown tables:

* **extraction**: MB/s of article text through the rules extractor's per-document pass
  in one process and in one process per core (and the linking pass), beside spaCy's
  small English pipeline on the same text, in one process and in as many, when spaCy
  and an English pipeline are installed;
* **formats**: records/s and peak memory to load and to dump each built-in format,
  beside msgspec (JSON, JSON Lines: decoding and encoding the same attrs classes
  directly, no checks for unknown keys) and the stdlib ``csv`` module, twice: ``csv.reader``
  / ``csv.writer`` with the same rows as lists of strings, and ``csv.DictReader`` /
  ``csv.DictWriter`` (the stdlib's record API) with the same rows as dicts;
* **streaming**: peak memory of ``claimkit.dump(claimkit.iter_load(big.jsonl), out)``
  for two file sizes: it should not grow with the file.

Every measurement runs in a fresh process (so peak memory is its own), the median of
``--repeat`` runs.  Texts come from the PolNeAR corpus in ``/work/shared/benchmarks``
when present, from the seed articles otherwise.  Generated files go to a temporary
folder (``--tmp``), never into the repository.
"""

from __future__ import annotations

import argparse
import contextlib
import csv
import gc
import json
import os
import platform
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from importlib import metadata
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"
POLNEAR = Path("/work/shared/benchmarks/polnear-train/data/train")
DOCS = ROOT / "docs" / "benchmarks.md"


# ------------------------------------------------------------------ child side


def _status_mb(field: str) -> float:
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith(field + ":"):
            return int(line.split()[1]) / 1024
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def _reset_peak() -> None:
    """Reset the kernel's peak-RSS mark (VmHWM) to the current RSS (Linux)."""
    with contextlib.suppress(OSError):
        Path("/proc/self/clear_refs").write_text("5")


def _timed(run: Callable[[], int], repeat: int) -> dict[str, float]:
    """Run ``run`` (which returns how many records it handled) and report median speed.

    The time is the median of ``repeat`` runs (one disturbed run on a shared machine moves
    it less than a mean, and a lucky one less than the best).  Peak memory is the growth of
    the peak resident set over the resident set before the first run.
    """
    gc.collect()
    _reset_peak()
    before = _status_mb("VmRSS")
    times = []
    count = 0
    for _ in range(repeat):
        gc.collect()
        start = time.perf_counter()
        count = run()
        times.append(time.perf_counter() - start)
    peak = _status_mb("VmHWM")
    return {
        "seconds": statistics.median(times),
        "records": count,
        "peak_mb": max(0.0, peak - before),
        "rss_mb": peak,
    }


def _records(path: str) -> list[Any]:
    import claimkit

    return list(claimkit.iter_load(path))


def _child(task: str, args: list[str], repeat: int) -> dict[str, float]:
    import msgspec

    import claimkit
    from claimkit.model import Actor, Claim, Document
    from claimkit.plugins import get_registry

    get_registry()  # load the plugins before any timing
    corpus_shape = msgspec.defstruct(
        "CorpusShape",
        [
            ("schema_version", int),
            ("documents", list[Document]),
            ("actors", list[Actor]),
            ("claims", list[Claim]),
        ],
    )

    fmt = args[0]
    if task == "load-claimkit":
        path = args[1]
        return _timed(lambda: len(list(claimkit.iter_load(path, fmt))), repeat)
    if task == "load-baseline":
        path = args[1]
        if fmt == "json":

            def run() -> int:
                data = msgspec.json.decode(Path(path).read_bytes(), type=corpus_shape)
                return len(data.documents) + len(data.actors) + len(data.claims)

        elif fmt == "jsonl":
            decoders = {
                b'{"type":"document"': msgspec.json.Decoder(Document),
                b'{"type":"actor"': msgspec.json.Decoder(Actor),
                b'{"type":"claim"': msgspec.json.Decoder(Claim),
            }

            def run() -> int:
                out = []
                with open(path, "rb") as stream:
                    next(stream)
                    for line in stream:
                        tag = line[: line.index(b",")]
                        out.append(decoders[tag].decode(line))
                return len(out)

        elif fmt == "csv":

            def run() -> int:
                with open(path, encoding="utf-8", newline="") as stream:
                    return len(list(csv.reader(stream))) - 1

        elif fmt == "csv-dict":

            def run() -> int:
                with open(path, encoding="utf-8", newline="") as stream:
                    return len(list(csv.DictReader(stream)))

        else:  # text, brat: reading the files is the floor

            def run() -> int:
                files = [p for p in sorted(Path(path).rglob("*")) if p.is_file()]
                return len([p.read_text(encoding="utf-8") for p in files])

        return _timed(run, repeat)
    if task in ("dump-claimkit", "dump-baseline"):
        source, target = args[1], args[2]
        records = _records(source)
        if task == "dump-claimkit":

            def run() -> int:
                claimkit.dump(records, target, fmt)
                return len(records)

            return _timed(run, repeat)
        if fmt == "json":
            shape = corpus_shape(
                schema_version=1,
                documents=[r for r in records if isinstance(r, Document)],
                actors=[r for r in records if isinstance(r, Actor)],
                claims=[r for r in records if isinstance(r, Claim)],
            )

            def run() -> int:
                data = msgspec.json.format(msgspec.json.encode(shape), indent=2)
                Path(target).write_bytes(data + b"\n")
                return len(records)

        elif fmt == "jsonl":
            encoder = msgspec.json.Encoder()

            def run() -> int:
                with open(target, "wb") as stream:
                    stream.write(b'{"type":"header","schema_version":1}\n')
                    for record in records:
                        stream.write(encoder.encode(record) + b"\n")
                return len(records)

        elif fmt == "csv":
            from claimkit.formats.csv import COLUMNS, claim_to_row

            rows = [claim_to_row(r) for r in records if isinstance(r, Claim)]

            def run() -> int:
                with open(target, "w", encoding="utf-8", newline="") as stream:
                    writer = csv.writer(stream, lineterminator="\r\n")
                    writer.writerow(COLUMNS)
                    writer.writerows(rows)
                return len(rows)

        elif fmt == "csv-dict":
            from claimkit.formats.csv import COLUMNS, claim_to_row

            dicts = [
                dict(zip(COLUMNS, claim_to_row(r), strict=True))
                for r in records
                if isinstance(r, Claim)
            ]

            def run() -> int:
                with open(target, "w", encoding="utf-8", newline="") as stream:
                    writer = csv.DictWriter(stream, COLUMNS, lineterminator="\r\n")
                    writer.writeheader()
                    writer.writerows(dicts)
                return len(dicts)

        else:
            raise SystemExit(f"no baseline for dumping {fmt}")
        return _timed(run, repeat)
    if task == "stream":
        source, target = args[1], args[2]

        def run() -> int:
            claimkit.dump(claimkit.iter_load(source), target)
            return os.path.getsize(source)

        result = _timed(run, 1)
        return result
    if task == "extract":
        from claimkit.plugins import get_registry
        from claimkit.runner import extract_claims

        documents = [r for r in _records(args[1]) if isinstance(r, Document)]
        workers = int(args[2])
        extractor = get_registry().extractor(fmt)
        claims: list[Claim] = []

        cpu: list[float] = []

        def run() -> int:
            nonlocal claims
            before = os.times()
            claims = extract_claims(documents, extractor, workers=workers)
            after = os.times()
            cpu.append(
                after.user + after.system + after.children_user + after.children_system
                - (before.user + before.system + before.children_user + before.children_system)
            )
            return sum(len(d.text.encode("utf-8")) for d in documents)

        result = _timed(run, repeat)
        result["cpu_seconds"] = statistics.median(cpu)
        if extractor.link is not None and workers == 1:
            start = time.perf_counter()
            extractor.link(claims)
            result["link_seconds"] = time.perf_counter() - start
        result["claims"] = len(claims)
        return result
    if task == "spacy":
        import spacy

        documents = [r for r in _records(args[1]) if isinstance(r, Document)]
        processes = int(args[2]) if len(args) > 2 else 1
        nlp = spacy.load(fmt)

        spent: list[float] = []

        def run() -> int:
            before = os.times()
            for _ in nlp.pipe((d.text for d in documents), n_process=processes):
                pass
            after = os.times()
            spent.append(
                after.user + after.system + after.children_user + after.children_system
                - (before.user + before.system + before.children_user + before.children_system)
            )
            return sum(len(d.text.encode("utf-8")) for d in documents)

        result = _timed(run, 1)
        result["cpu_seconds"] = spent[0]
        return result
    raise SystemExit(f"unknown task {task}")


# ----------------------------------------------------------------- parent side


def _run_child(task: str, *args: str, repeat: int = 3) -> dict[str, float]:
    command = [sys.executable, __file__, "--child", task, "--repeat", str(repeat), *args]
    done = subprocess.run(command, capture_output=True, text=True, check=False)
    if done.returncode != 0:
        raise SystemExit(f"benchmark step {task} {args} failed:\n{done.stderr}")
    return json.loads(done.stdout.strip().splitlines()[-1])  # type: ignore[no-any-return]


def _article_texts(limit_mb: float) -> list[tuple[str, str]]:
    folder = POLNEAR / "text"
    paths = sorted(folder.glob("*.txt")) if folder.is_dir() else sorted(SEEDS.glob("*.txt"))
    out: list[tuple[str, str]] = []
    total = 0
    while total < limit_mb * 1e6:
        for path in paths:
            text = path.read_text(encoding="utf-8")
            suffix = f"-{len(out) // len(paths)}" if len(out) >= len(paths) else ""
            out.append((path.stem + suffix, text))
            total += len(text.encode("utf-8"))
            if total >= limit_mb * 1e6:
                break
    return out


def _prepare_corpus(tmp: Path, text_mb: float, records: int) -> dict[str, Path]:
    """Write the inputs every step reads: articles, and claims in every format."""
    import attrs

    import claimkit
    from claimkit.formats.text import parse_article
    from claimkit.model import Claim, Corpus

    articles = tmp / "articles"
    articles.mkdir()
    texts = _article_texts(text_mb)
    for name, text in texts:
        (articles / f"{name}.txt").write_text(text, encoding="utf-8")
    documents = [parse_article(text, name) for name, text in texts]
    docs_jsonl = tmp / "documents.jsonl"
    claimkit.dump(documents, docs_jsonl)

    # real claims from the rules extractor, replicated with fresh ids up to `records`
    sample = claimkit.extract(documents[:60]).claims or claimkit.extract(
        [parse_article(p.read_text(encoding="utf-8"), p.stem) for p in SEEDS.glob("*.txt")]
    ).claims
    claims: list[Claim] = []
    number = 0
    while len(claims) < records:
        for claim in sample:
            claims.append(attrs.evolve(claim, id=f"{claim.id}-{number}"))
            if len(claims) >= records:
                break
        number += 1
    used = {c.document_id for c in claims}
    corpus = Corpus.build([d for d in documents if d.id in used], claims)
    paths = {"articles": articles, "documents": docs_jsonl}
    for fmt in ("json", "jsonl", "csv"):
        paths[fmt] = tmp / f"corpus.{fmt}"
        claimkit.dump(corpus, paths[fmt])
    if (POLNEAR / "attributions").is_dir():
        paths["brat"] = POLNEAR
    return paths


def _big_jsonl(template: Path, target: Path, megabytes: float) -> None:
    """A JSON Lines file of about ``megabytes``, claims with distinct ids."""
    lines = template.read_bytes().splitlines(keepends=True)
    header, body = lines[0], [line for line in lines[1:] if line.startswith(b'{"type":"claim"')]
    marker = b'"id":"'
    with target.open("wb") as out:
        out.write(header)
        written = len(header)
        number = 0
        while written < megabytes * 1e6:
            for line in body:
                at = line.index(marker) + len(marker)
                end = line.index(b'"', at)
                new = line[:end] + f"~{number}".encode() + line[end:]
                out.write(new)
                written += len(new)
                if written >= megabytes * 1e6:
                    break
            number += 1


def _fmt_rate(value: float) -> str:
    if value >= 100_000:
        return f"{value / 1000:,.0f}k"
    if value >= 1000:
        return f"{value / 1000:,.1f}k"
    return f"{value:,.2f}" if value < 10 else f"{value:,.0f}"


def _machine() -> list[str]:
    cpu = platform.processor() or "unknown CPU"
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    memory = ""
    try:
        first = Path("/proc/meminfo").read_text().splitlines()[0]
        memory = f", {int(first.split()[1]) / 1024 / 1024:.1f} GiB RAM"
    except (OSError, IndexError, ValueError):
        pass
    versions = []
    for package in ("claimkit", "msgspec", "orjson", "cattrs", "attrs", "dask", "spacy"):
        with contextlib.suppress(metadata.PackageNotFoundError):
            versions.append(f"{package} {metadata.version(package)}")
    return [
        f"{cpu}, {os.cpu_count()} logical cores{memory}",
        f"{platform.system()} {platform.release()}, Python {platform.python_version()}",
        ", ".join(versions),
    ]


def _spacy_model() -> str | None:
    try:
        import spacy
    except ImportError:
        return None
    installed = sorted(spacy.util.get_installed_models())
    preferred = [n for n in installed if n.startswith("en_core_web_sm")]
    for name in preferred + ["en_core_web_sm"] + [n for n in installed if n.startswith("en_")]:
        try:
            spacy.load(name)
        except OSError:
            continue
        return str(name)
    return None


def _extraction(
    paths: dict[str, Path], workers: int, repeat: int, rounds: int, spacy_mb: float
) -> list[str]:
    out = [
        "| pipeline | processes | MB/s | vs 1 process | CPU s per MB | vs spaCy |",
        "|---|---|---|---|---|---|",
    ]
    one, many = _pair(
        ("extract", "rules", str(paths["documents"]), "1"),
        ("extract", "rules", str(paths["documents"]), str(workers)),
        repeat,
        rounds,
    )
    size = one["records"] / 1e6
    one_rate = size / one["seconds"]
    spacy_rate: float | None = None
    spacy_many_rate: float | None = None  # spaCy with as many processes
    model = _spacy_model()
    spacy_line = (
        "| spaCy | 1 | not installed (`pip install spacy` and an English pipeline) | | | |"
    )
    if model is not None:
        sub = paths["documents"].with_name("spacy-documents.jsonl")
        import claimkit
        from claimkit.model import Document

        chosen: list[Document] = []
        total = 0
        for record in claimkit.iter_load(paths["documents"]):
            if isinstance(record, Document) and total < spacy_mb * 1e6:
                chosen.append(record)
                total += len(record.text.encode("utf-8"))
        claimkit.dump(chosen, sub)
        result = _run_child("spacy", model, str(sub), "1", repeat=1)
        spacy_rate = result["records"] / 1e6 / result["seconds"]
        spacy_line = (
            f"| spaCy `{model}` (full pipeline, {total / 1e6:.2f} MB) | 1 | "
            f"{spacy_rate:.3f} | | {result['cpu_seconds'] / (total / 1e6):.1f} | 1.0x |"
        )
        if workers > 1:
            result = _run_child("spacy", model, str(sub), str(workers), repeat=1)
            spacy_many_rate = result["records"] / 1e6 / result["seconds"]
            spacy_line += (
                f"\n| spaCy `{model}` (`n_process={workers}`) | {workers} | "
                f"{spacy_many_rate:.3f} | {spacy_many_rate / spacy_rate:.2f}x | "
                f"{result['cpu_seconds'] / (total / 1e6):.1f} | 1.0x |"
            )

    def ratio(rate: float, base: float | None = None) -> str:
        base = base or spacy_rate
        return f"{rate / base:,.0f}x" if base else "n/a"

    out.append(
        f"| claimkit rules, per-document pass ({size:.2f} MB, {int(one['claims'])} claims) "
        f"| 1 | {one_rate:.2f} | 1.0x | {one['cpu_seconds'] / size:.2f} | {ratio(one_rate)} |"
    )
    many_rate = size / many["seconds"]
    out.append(
        f"| claimkit rules, per-document pass | {workers} | {many_rate:.2f} | "
        f"{many_rate / one_rate:.2f}x | {many['cpu_seconds'] / size:.2f} | "
        f"{ratio(many_rate, spacy_many_rate)} |"
    )
    if "link_seconds" in one:
        link_rate = size / (one["seconds"] + one["link_seconds"])
        out.append(
            f"| claimkit rules, with cross-document linking | 1 | {link_rate:.2f} | "
            f"{link_rate / one_rate:.2f}x | | {ratio(link_rate)} |"
        )
    out.append(spacy_line)
    return out


def _pair(
    ours: tuple[str, ...], base: tuple[str, ...], repeat: int, rounds: int
) -> tuple[dict[str, float], dict[str, float]]:
    """Run claimkit's step and its baseline alternately, keeping the median run of each."""
    results: list[list[dict[str, float]]] = [[], []]
    for _ in range(rounds):
        for index, step in enumerate((ours, base)):
            results[index].append(_run_child(*step, repeat=repeat))
    return _median_run(results[0]), _median_run(results[1])


def _median_run(results: list[dict[str, float]]) -> dict[str, float]:
    """The result whose time is the median (the lower middle one of an even count)."""
    ordered = sorted(results, key=lambda result: result["seconds"])
    return ordered[(len(ordered) - 1) // 2]


def _formats(paths: dict[str, Path], tmp: Path, repeat: int, rounds: int) -> list[str]:
    out = [
        "| format | operation | claimkit records/s | baseline | baseline records/s | ratio "
        "| claimkit peak MB | baseline peak MB |",
        "|---|---|---|---|---|---|---|---|",
    ]
    baselines = {"json": "msgspec", "jsonl": "msgspec", "csv": "stdlib csv.reader/writer, lists"}
    # a second stdlib baseline for CSV: its record API, the same rows as dicts
    second = {"csv": ("csv-dict", "stdlib csv.DictReader/DictWriter, dicts")}

    def row(
        fmt: str, operation: str, ours: dict[str, float], base: dict[str, float], name: str
    ) -> str:
        rate, base_rate = ours["records"] / ours["seconds"], base["records"] / base["seconds"]
        return (
            f"| {fmt} | {operation} | {_fmt_rate(rate)} | {name} | {_fmt_rate(base_rate)} | "
            f"{rate / base_rate:.2f}x | {ours['peak_mb']:.0f} | {base['peak_mb']:.0f} |"
        )

    for fmt in ("json", "jsonl", "csv", "text", "brat"):
        if fmt not in paths and fmt not in ("text",):
            continue
        source = paths["articles"] if fmt == "text" else paths[fmt]
        name = baselines.get(fmt, "reading the files")
        load = ("load-claimkit", fmt, str(source))
        base_step: tuple[str, ...] = ("load-baseline", fmt, str(source))
        out.append(row(fmt, "load", *_pair(load, base_step, repeat, rounds), name))
        if fmt in second:
            other, other_name = second[fmt]
            base_step = ("load-baseline", other, str(source))
            out.append(row(fmt, "load", *_pair(load, base_step, repeat, rounds), other_name))
        if fmt in baselines:
            target = tmp / f"out.{fmt}"
            dump = ("dump-claimkit", fmt, str(paths[fmt]), str(target))
            base_step = ("dump-baseline", fmt, str(paths[fmt]), str(target))
            out.append(row(fmt, "dump", *_pair(dump, base_step, repeat, rounds), name))
            if fmt in second:
                other, other_name = second[fmt]
                base_step = ("dump-baseline", other, str(paths[fmt]), str(target))
                out.append(row(fmt, "dump", *_pair(dump, base_step, repeat, rounds), other_name))
    return out


def _streaming(paths: dict[str, Path], tmp: Path, megabytes: float) -> list[str]:
    out = [
        "| JSON Lines file | records/s | MB/s | peak RSS growth (MB) | peak RSS (MB) |",
        "|---|---|---|---|---|",
    ]
    for size in (megabytes / 8, megabytes):
        big = tmp / f"big-{size:.0f}.jsonl"
        _big_jsonl(paths["jsonl"], big, size)
        lines = sum(1 for _ in big.open("rb")) - 1
        result = _run_child("stream", "jsonl", str(big), str(tmp / "big-copy.jsonl"), repeat=1)
        out.append(
            f"| {big.stat().st_size / 1e6:,.0f} MB, {lines:,} claims | "
            f"{_fmt_rate(lines / result['seconds'])} | "
            f"{big.stat().st_size / 1e6 / result['seconds']:.1f} | {result['peak_mb']:.0f} | "
            f"{result['rss_mb']:.0f} |"
        )
        big.unlink()
        (tmp / "big-copy.jsonl").unlink(missing_ok=True)
    return out


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--records", type=int, default=20_000, help="claims per format file")
    parser.add_argument("--text-mb", type=float, default=1.0, help="article text to extract")
    parser.add_argument("--spacy-mb", type=float, default=0.1, help="text for the spaCy run")
    parser.add_argument("--stream-mb", type=float, default=256, help="largest streamed file")
    parser.add_argument("--workers", type=int, default=len(os.sched_getaffinity(0)))
    parser.add_argument("--repeat", type=int, default=3, help="runs per process (median kept)")
    parser.add_argument(
        "--rounds", type=int, default=3, help="processes per step, alternating with the baseline"
    )
    parser.add_argument("--tmp", type=Path, default=None, help="folder for generated files")
    parser.add_argument("--only", choices=("extraction", "formats", "streaming"), action="append")
    parser.add_argument("--write-docs", action="store_true", help=f"rewrite {DOCS}")
    parser.add_argument("--child", help=argparse.SUPPRESS)
    args, rest = parser.parse_known_args(argv)
    if args.child:
        print(json.dumps(_child(args.child, rest, args.repeat)))
        return
    sections = args.only or ["extraction", "formats", "streaming"]
    tmp = Path(tempfile.mkdtemp(prefix="claimkit-bench-", dir=args.tmp))
    load_before = os.getloadavg()
    started = time.time()
    try:
        paths = _prepare_corpus(tmp, args.text_mb, args.records)
        report: list[str] = []
        if "extraction" in sections:
            report += ["## Extraction", ""]
            report += [
                *_extraction(paths, args.workers, args.repeat, args.rounds, args.spacy_mb),
                "",
            ]
        if "formats" in sections:
            report += [f"## Load and dump ({args.records:,} claims)", ""]
            report += [*_formats(paths, tmp, args.repeat, args.rounds), ""]
        if "streaming" in sections:
            report += ["## Streaming: `claimkit.dump(claimkit.iter_load(src), dst)`", ""]
            report += [*_streaming(paths, tmp, args.stream_mb), ""]
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    load_after = os.getloadavg()
    command = "python benchmarks/run.py " + " ".join(argv if argv is not None else sys.argv[1:])
    machine = [
        *_machine(),
        f"load average {load_before[0]:.2f} before, {load_after[0]:.2f} after; "
        f"{time.time() - started:.0f} s in all",
    ]
    text = "\n".join(report)
    print(text)
    print("Machine: " + "; ".join(machine))
    if args.write_docs:
        _write_docs(text, machine, command.strip())


def _write_docs(tables: str, machine: list[str], command: str) -> None:
    from large_corpora import kept_section  # benchmarks/, beside this script

    kept = kept_section(DOCS.read_text(encoding="utf-8")) if DOCS.exists() else []
    lines = [
        "# Benchmarks",
        "",
        "Measured by `benchmarks/run.py`; every claimkit number stands beside a baseline",
        "measured in the same run, on the same records, each in a fresh process; claimkit",
        "and its baseline alternate, and the median of several runs of each is kept.",
        "Regenerate this page with",
        "",
        "```console",
        f"$ {command}",
        "```",
        "",
        "Baselines: **msgspec** decodes and encodes the same attrs classes directly (it",
        "neither rejects unknown keys nor applies the model's converters, and writes keys",
        "sorted); claimkit's JSON path gives byte-identical output to its cattrs converter",
        "and keeps every check.  **stdlib csv.reader/writer** reads and writes the same rows",
        "as lists of strings; **stdlib csv.DictReader/DictWriter** (the stdlib's record API)",
        "reads and writes them as dicts keyed by column; claimkit builds and validates a claim",
        "per row (and writes the same bytes as csv.writer).  **spaCy**'s small English",
        "pipeline runs on a slice of the same articles, in one process and with as many",
        "processes as claimkit's multi-process row (`nlp.pipe(n_process=...)`); each",
        "claimkit row is compared with spaCy on as many processes.  *CPU s per MB* adds",
        "the CPU time of every process (workers included): when it stays flat from one",
        "process to several, the work divides without overhead and the wall-clock speed-up",
        "is limited only by free cores (see the load average below).",
        "Peak MB is the growth of the",
        "process's peak resident memory during the step (loads keep every record in a",
        "list, so it grows with the data; the streaming table shows the streamed path).",
        "",
        tables,
        *kept,  # large_corpora.py's section, as it wrote it
        "## Machine",
        "",
        *[f"- {line}" for line in machine],
        "",
    ]
    DOCS.write_text("\n".join(lines), encoding="utf-8")


if __name__ == "__main__":
    main()
