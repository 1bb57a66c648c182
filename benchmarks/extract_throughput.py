"""Throughput of the rules extractor, stage by stage, against baselines in the same run.

Measures megabytes of news text per second on one core (one process) for:

* ``re reporting verbs``: a plain ``re`` pass finding 24 word-bounded reporting verbs,
  the cheapest thing that could be called attribution spotting (the baseline);
* the extractor's stages, cumulatively: segmentation, cue detection, claim assembly
  (source, cue, content, kind), actor mentions, and the full ``extract`` of each
  document followed by the cross-document ``link`` pass;
* spaCy's small English pipeline, when spaCy and ``en_core_web_sm`` (else any installed
  English pipeline, ``en_*``) are installed
  (a model-based pipeline for scale; it does not find attributions by itself).

Every figure is the median of ``--repeat`` runs; ratios are to the baseline of the same
run, so they can be compared across machines.

Usage::

    python benchmarks/extract_throughput.py [PATH ...] [--limit 300] [--repeat 5]

PATH is one or more folders of ``.txt`` articles (default: the PolNeAR train texts in
``/work/shared/benchmarks/polnear-train`` when present, else the seeds).
"""

from __future__ import annotations

import argparse
import gc
import re
import statistics
import time
from collections.abc import Callable, Sequence
from pathlib import Path

from claimkit.datasets import article_paths
from claimkit.extract.actors import ActorResolver
from claimkit.extract.cues import find_cues, may_have_cues
from claimkit.extract.installed import default_lexicon
from claimkit.extract.linking import link
from claimkit.extract.pipeline import extract, extract_drafts
from claimkit.extract.segment import sentences, tokenize
from claimkit.formats.text import parse_article
from claimkit.model import Document

POLNEAR = Path("/work/shared/benchmarks/polnear-train/data/train/text")

REPORTING = re.compile(
    r"\b(?:said|says|told|tells|claimed|claims|alleged|alleges|accused|accuses|charged|"
    r"blamed|denied|denies|refuted|disputed|rejected|dismissed|denounced|warned|admitted|"
    r"confirmed|acknowledged|insisted)\b"
)


def load(paths: Sequence[Path], limit: int) -> list[Document]:
    files: list[Path] = []
    for path in paths:
        files.extend(sorted(path.rglob("*.txt")) if path.is_dir() else [path])
    documents = []
    for file in files[:limit]:
        text = file.read_text(encoding="utf-8")
        if text.strip():
            documents.append(parse_article(text, file.stem))
    return documents


def median_seconds(
    run: Callable[[], object], repeat: int, clock: Callable[[], float] = time.perf_counter
) -> float:
    times = []
    for _ in range(repeat):
        gc.collect()
        start = clock()
        run()
        times.append(clock() - start)
    return statistics.median(times)


def spacy_model() -> str | None:
    """An installed spaCy English pipeline: ``en_core_web_sm`` first, else any ``en_*``."""
    try:
        import spacy  # type: ignore[import-not-found]
    except ImportError:
        return None
    installed = sorted(spacy.util.get_installed_models())
    english = [name for name in installed if name.startswith("en_")]
    for name in sorted(english, key=lambda name: name != "en_core_web_sm"):
        try:
            spacy.load(name)
        except Exception:  # a broken or incompatible package: try the next one
            continue
        return str(name)
    return None


def spacy_runner(
    documents: Sequence[Document], model: str | None
) -> Callable[[], object] | None:
    if model is None:
        return None
    import spacy

    nlp = spacy.load(model)
    texts = [d.text for d in documents]
    return lambda: [nlp(text) for text in texts]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("paths", nargs="*", type=Path)
    parser.add_argument("--limit", type=int, default=300, help="articles to read (default 300)")
    parser.add_argument("--repeat", type=int, default=5, help="runs per measure (median)")
    parser.add_argument(
        "--cpu-time",
        action="store_true",
        help="time with this process's CPU time, not the wall clock (steadier on a busy machine)",
    )
    args = parser.parse_args(argv)
    paths = args.paths or ([POLNEAR] if POLNEAR.is_dir() else list(article_paths()))
    documents = load(paths, args.limit)
    if not documents:
        raise SystemExit("no articles found")
    megabytes = sum(len(d.text.encode("utf-8")) for d in documents) / 1e6
    lexicon = default_lexicon()

    def cues() -> None:
        for document in documents:
            text = document.text
            for sentence in sentences(document):
                if may_have_cues(text[sentence.start : sentence.end], lexicon):
                    find_cues(tokenize(text, sentence.start, sentence.end), lexicon)

    def full() -> None:
        claims = []
        for document in documents:
            claims.extend(extract(document, lexicon))
        link(claims)

    measures: list[tuple[str, Callable[[], object]]] = [
        ("re reporting verbs (baseline)", lambda: [REPORTING.findall(d.text) for d in documents]),
        ("segmentation", lambda: [sentences(d) for d in documents]),
        ("+ cue detection", cues),
        ("+ claim assembly", lambda: [extract_drafts(d, lexicon) for d in documents]),
        ("actor mentions (alone)", lambda: [ActorResolver(d).mentions() for d in documents]),
        ("full extract + link", full),
    ]
    model = spacy_model()
    runner = spacy_runner(documents, model)
    if runner is not None:
        measures.append((f"spaCy {model}", runner))
    print(f"{len(documents)} articles, {megabytes:.2f} MB, median of {args.repeat} runs, 1 core")
    baseline = None
    for name, run in measures:
        repeat = 1 if name.startswith("spaCy") else args.repeat
        seconds = median_seconds(
            run, repeat, time.process_time if args.cpu_time else time.perf_counter
        )
        rate = megabytes / seconds
        baseline = baseline or rate
        print(f"  {name:32s} {rate:9.2f} MB/s  {rate / baseline:8.3f} x baseline"
              f"  {len(documents) / seconds:9.1f} articles/s")
    if runner is None:
        print("  spaCy: no English pipeline installed (pip install spacy; "
              "python -m spacy download en_core_web_sm) -- skipped")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
