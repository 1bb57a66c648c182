"""The ``claimkit`` command line (also ``python -m claimkit``).

Every failure is printed as one line on stderr, prefixed ``claimkit: error:``, with a
non-zero exit status; never a traceback.  Unexpected errors (bugs, in claimkit or a
plugin) are one line too, unless the environment variable ``CLAIMKIT_DEBUG`` is set.
"""

from __future__ import annotations

import functools
import os
import signal
import sys
import threading
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import Any, TypeVar

import click
from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn
from rich.table import Table

from claimkit import __version__, api
from claimkit.display import literal, print_corpus, printable
from claimkit.errors import ClaimkitError, LoadError
from claimkit.model import Actor, Claim, Corpus, Document, Record
from claimkit.plugins import get_registry
from claimkit.registry import Extractor
from claimkit.runner import workers_for
from claimkit.seen_ids import SeenIds
from claimkit.stream import STREAMED_FORMATS, extract_to_file

__all__ = ["main"]

F = TypeVar("F", bound=Callable[..., Any])

EXIT_ERROR = 1
EXIT_INTERRUPTED = 130
ENV_DEBUG = "CLAIMKIT_DEBUG"
"""Set this environment variable to let unexpected errors raise with their traceback."""


def _fail(message: str, status: int = EXIT_ERROR) -> None:
    text = " ".join(printable(str(message)).split())
    click.echo(f"claimkit: error: {text}", err=True)
    sys.exit(status)


class _Terminated(BaseException):
    """Raised by SIGTERM or SIGHUP, so that clean-up runs.

    The default action ends the process at once: :func:`claimkit.dump`'s temporary
    ``.part`` file stayed behind.
    """

    def __init__(self, signum: int) -> None:
        super().__init__(signum)
        self.signum = signum


_TERMINATING = (signal.SIGTERM, signal.SIGHUP)


@contextmanager
def _terminations_raise() -> Iterator[None]:
    """While the command runs, SIGTERM and SIGHUP raise :class:`_Terminated` in this process.

    Forked worker processes inherit the handler; there it does what the default does.  A
    second signal during the clean-up is ignored, so the clean-up finishes.
    """
    if threading.current_thread() is not threading.main_thread():
        yield  # signal handlers can only be set from the main thread
        return
    owner = os.getpid()

    def terminate(signum: int, _frame: object) -> None:
        if os.getpid() != owner:  # a forked worker: end as the default action would
            signal.signal(signum, signal.SIG_DFL)
            os.kill(os.getpid(), signum)
            return
        for each in _TERMINATING:
            signal.signal(each, signal.SIG_IGN)
        raise _Terminated(signum)

    previous = {each: signal.signal(each, terminate) for each in _TERMINATING}
    try:
        yield
    finally:
        for each, handler in previous.items():
            signal.signal(each, handler)


def _guarded(command: F) -> F:
    """Turn claimkit's errors into one line on stderr and a non-zero exit."""

    @functools.wraps(command)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        try:
            with _terminations_raise():
                return command(*args, **kwargs)
        except _Terminated as error:
            _fail(f"terminated by {signal.Signals(error.signum).name}", 128 + error.signum)
        except ClaimkitError as error:
            _fail(str(error))
        except OSError as error:
            where = f"{error.filename}: " if error.filename else ""
            _fail(f"{where}{error.strerror or error}")
        except KeyboardInterrupt:
            _fail("interrupted", EXIT_INTERRUPTED)
        except Exception as error:
            if os.environ.get(ENV_DEBUG):
                raise
            detail = f": {error}" if str(error) else ""
            _fail(
                f"unexpected {type(error).__name__}{detail} "
                f"(set {ENV_DEBUG}=1 to see the traceback)"
            )
        return None

    return wrapper  # type: ignore[return-value]


class _Skips:
    """The files of folders left out (see :func:`claimkit.api.iter_files`), for one line.

    Only the first :attr:`SHOWN` are kept (the line names no more), and a count.
    """

    SHOWN = 4

    def __init__(self) -> None:
        self.files: list[tuple[Path, str]] = []
        self.count = 0

    def __call__(self, path: Path, why: str) -> None:
        self.count += 1
        if len(self.files) < self.SHOWN:
            self.files.append((path, why))

    def summary(self) -> str:
        """``skipped N files: a (why), b (why) and M more``."""
        listed = ", ".join(f"{path} ({why})" for path, why in self.files)
        more = self.count - len(self.files)
        plural = "s" if self.count != 1 else ""
        return f"skipped {self.count} file{plural}: {listed}" + (
            f" and {more} more" if more > 0 else ""
        )

    def report(self) -> None:
        """Say on stderr which files were skipped, if any."""
        if self.files:
            _note(f"claimkit: {self.summary()}")

    def nothing(self, what: str, paths: Sequence[str], lacking: str) -> None:
        """Fail: there was nothing to ``what`` in ``paths`` (naming what was skipped)."""
        where = ", ".join(paths)
        detail = f"; {self.summary()}" if self.files else ""
        _fail(f"nothing to {what} in {where}: {lacking}{detail}")


def _refuse_own_input(
    paths: Sequence[str], format: str | None, output: str | None, articles_only: bool = False
) -> None:
    """Fail when OUTPUT is one of the files the command reads: no command writes over an input."""
    if output is None:
        return
    target = Path(output)
    if not target.exists():
        return
    for path, _loader in api.iter_files(paths, get_registry(), format, articles_only=articles_only):
        if path == target or path.resolve() == target.resolve():
            _fail(
                f"{output} is one of the inputs; claimkit never writes over an input: "
                "choose another output file"
            )


def _count_files(
    paths: Sequence[str],
    format: str | None,
    articles_only: bool = False,
    skips: _Skips | None = None,
) -> int:
    files = api.iter_files(
        paths, get_registry(), format, articles_only=articles_only, skipped=skips
    )
    return sum(1 for _ in files)


@contextmanager
def _progress(total: int, label: str) -> Iterator[Callable[[Path], None] | None]:
    """A progress bar on stderr when there are several files and stderr is a terminal."""
    console = Console(stderr=True)
    if total < 2 or not console.is_terminal or _quiet():
        yield None
        return
    with Progress(
        TextColumn(label),
        BarColumn(),
        MofNCompleteColumn(),
        TextColumn("{task.description}"),
        console=console,
        transient=True,
    ) as bar:
        task = bar.add_task("", total=total)

        def advance(path: Path) -> None:
            bar.update(task, advance=1, description=path.name)

        yield advance


def _load(
    paths: Sequence[str],
    format: str | None,
    extract: bool,
    extractor: str | None,
    articles_only: bool = False,
    workers: int | None = 1,
    skips: _Skips | None = None,
) -> Corpus:
    label = "extracting" if extract else "loading"
    with _progress(_count_files(paths, format, articles_only, skips), label) as progress:
        return api.load(
            paths,
            format,
            extract=extract,
            extractor=extractor,
            progress=progress,
            articles_only=articles_only,
            workers=workers,
        )


def _survey(paths: Sequence[str], format: str | None, skips: _Skips) -> tuple[int, bool]:
    """The number of input files, and whether any of them needs extraction (raw loader)."""
    files = 0
    raw = False
    for _path, loader in api.iter_files(paths, get_registry(), format, skipped=skips):
        files += 1
        raw = raw or loader.raw
    return files, raw


class _Tally:
    """Counts records streaming through, checking ids as :func:`claimkit.load` does.

    Duplicate claim ids are errors naming the file and record (``iter_load`` with
    ``unique_documents`` refuses duplicate document ids).  Actors are
    written once each, the first seen, with those the claims and actors mention (and
    their affiliations) added before the record that first mentions them, so the output
    holds the actors :meth:`claimkit.model.Corpus.build` would collect.  Only ids are
    kept, the latest in memory and older ones on disk (:class:`claimkit.seen_ids.SeenIds`).
    """

    def __init__(self) -> None:
        self.documents = 0
        self.actors = 0
        self.claims = 0
        self._actor_ids: SeenIds[str] = SeenIds()
        self._claim_ids: SeenIds[str] = SeenIds()

    def count(
        self,
        paths: Sequence[str],
        format: str | None,
        progress: Callable[[Path], None] | None,
    ) -> Iterator[Record]:
        """Yield the records of ``paths`` (no extraction), counting them by type."""
        source = "<input>"
        index = 0

        def entering(path: Path) -> None:
            nonlocal source, index
            source, index = str(path), -1
            if progress is not None:
                progress(path)

        for record in api.iter_load(paths, format, progress=entering, unique_documents=True):
            index += 1
            if isinstance(record, Document):  # iter_load refuses repeated document ids here
                self.documents += 1
            elif isinstance(record, Actor):
                yield from self._new_actors((record, *record.affiliations()))
                continue
            elif isinstance(record, Claim):
                if not self._claim_ids.add(record.id):
                    raise LoadError(
                        f"duplicate claim id {record.id!r}", source=source, record=index
                    )
                yield from self._new_actors(record.actors())
                self.claims += 1
            yield record

    def _new_actors(self, actors: Iterable[Actor]) -> Iterator[Actor]:
        for actor in actors:
            if self._actor_ids.add(actor.id):
                self.actors += 1
                yield actor

    def close(self) -> None:
        """Forget the ids (and delete those on disk)."""
        self._actor_ids.close()
        self._claim_ids.close()


_INPUT = click.Path(readable=False)
"""Input paths: click checks nothing (its errors are multi-line usage errors with exit 2);
the loaders report a missing or unreadable file or folder as one line."""
_OUTPUT = click.Path()


def _output_file(
    _context: click.Context, _parameter: click.Parameter, value: str | None
) -> str | None:
    """``-o``: refuse an existing folder with one line and exit 1, before any work."""
    if value is not None and Path(value).is_dir():
        _fail(f"{value}: is a folder; name a file to write")
    return value


def _parse_options(
    _ctx: click.Context, _param: click.Parameter, values: tuple[str, ...]
) -> dict[str, str]:
    """Turn repeated ``-O NAME=VALUE`` into a dict (the exporter checks the names)."""
    options: dict[str, str] = {}
    for value in values:
        name, sep, setting = value.partition("=")
        if not sep or not name.strip():
            raise click.BadParameter(f"expected NAME=VALUE, got {value!r}")
        options[name.strip()] = setting
    return options


_EXPORT_OPTION = click.option(
    "-O",
    "--option",
    "export_options",
    multiple=True,
    metavar="NAME=VALUE",
    callback=_parse_options,
    help="An exporter option, e.g. -O review=true for schemaorg (repeatable).",
)


def _streams(
    paths: Sequence[str], input_format: str | None, output: str, output_format: str | None
) -> bool:
    """Whether ``extract`` can stream: articles only in, JSON Lines or CSV out."""
    if get_registry().choose_exporter(output, output_format).name not in STREAMED_FORMATS:
        return False
    files = api.iter_files(paths, get_registry(), input_format, articles_only=True)
    return all(loader.raw for _path, loader in files)


def _extract_streaming(
    paths: Sequence[str],
    input_format: str | None,
    extractor: str | None,
    jobs: int | None,
    output: str,
    output_format: str | None,
    export_options: dict[str, str],
    skips: _Skips,
) -> None:
    """``extract -o`` for articles into JSON Lines or CSV, in memory flat in corpus size."""
    files = size = 0  # counted, not listed: a list of the files would grow with the corpus
    for path, _loader in api.iter_files(paths, get_registry(), input_format,
                                        articles_only=True, skipped=skips):  # fmt: skip
        files += 1
        size += path.stat().st_size
    if not files:
        skips.nothing("extract", paths, "no article files (such as .txt)")
    skips.report()
    if jobs is None:  # as auto_workers does, from the files' sizes (nothing is read yet)
        jobs = workers_for(size)
    with _progress(files, "extracting") as progress:
        records = api.iter_load(
            paths, input_format, progress=progress, unique_documents=True, articles_only=True
        )
        documents = (record for record in records if isinstance(record, Document))
        claims = extract_to_file(
            documents, output, output_format, extractor=extractor, workers=jobs,
            options=export_options,
        )  # fmt: skip
    _note(f"wrote {claims} claims to {output}")


class _Registered(click.ParamType[str]):
    """The name of an installed loader, exporter or extractor; the help lists them.

    The names are read from the registry when help is shown, so installed plugins'
    formats appear; an unknown name is refused by the registry, whose error lists the
    candidates.
    """

    def __init__(self, table: str) -> None:
        self.table = table
        self.name = table.rstrip("s")

    def names(self) -> list[str]:
        """The registered names, sorted."""
        try:
            return sorted(getattr(get_registry(), self.table))
        except ClaimkitError:
            return []

    def get_metavar(self, param: click.Parameter, ctx: click.Context) -> str:
        return "[" + "|".join(self.names()) + "]"


LOADER = _Registered("loaders")
EXPORTER = _Registered("exporters")
EXTRACTOR = _Registered("extractors")


def _quiet() -> bool:
    """Whether ``claimkit --quiet`` was given (only errors are printed then)."""
    context = click.get_current_context(silent=True)
    return bool(context is not None and context.find_root().params.get("quiet"))


def _note(message: str) -> None:
    """A line on stderr about what was done, unless ``--quiet``."""
    if not _quiet():
        click.echo(printable(message), err=True)


@click.group(
    context_settings={"help_option_names": ["-h", "--help"]},
    epilog="""\b
Examples:
  claimkit extract seeds/                   a table of claims, then the disputes
  claimkit extract seeds/ -o claims.csv     write them (format from the extension)
  claimkit convert claims.csv -o c.jsonl    between formats
  claimkit show c.jsonl                     what a file holds
  claimkit evaluate seeds/gold.json         score the extractor against gold
  claimkit plugins                          the formats and extractors installed
""",
)
@click.version_option(__version__, prog_name="claimkit")
@click.option(
    "-q", "--quiet", is_flag=True, help="Print nothing but errors: no progress, no notes."
)
def main(quiet: bool) -> None:
    """Find who alleges what against whom, and who denies it, in news text."""


@main.command(
    epilog="""\b
Examples:
  claimkit extract seeds/                  print the claims of the articles in seeds/
  claimkit extract a.txt b.txt -o c.csv    write them as CSV
  claimkit extract seeds/ -t jsonl > c.jsonl
  claimkit extract big/ -j 0 -o c.jsonl    use every core
"""
)
@click.argument("paths", nargs=-1, required=True, type=_INPUT)
@click.option(
    "-o",
    "--output",
    type=_OUTPUT,
    callback=_output_file,
    help="Write the claims to this file (format from its extension, or --to) instead of "
    "printing a table; never one of the inputs.",
)
@click.option(
    "-t",
    "--to",
    "output_format",
    type=EXPORTER,
    help="Output format (default: from the extension of --output); without --output, "
    "print that format.",
)
@click.option(
    "-f", "--from", "input_format", type=LOADER, help="Input format (default: chosen per file)."
)
@click.option(
    "-e",
    "--extractor",
    type=EXTRACTOR,
    help="Extractor (default: $CLAIMKIT_EXTRACTOR, else the default one).",
)
@_EXPORT_OPTION
@click.option(
    "-j",
    "--jobs",
    type=click.IntRange(min=0),
    default=None,
    help="Extract in this many processes (0: one per core; default: one per 256 KB of "
    "text, at most one per core, so small inputs use one); the output is the same.",
)
@_guarded
def extract(
    paths: tuple[str, ...],
    output: str | None,
    output_format: str | None,
    input_format: str | None,
    extractor: str | None,
    export_options: dict[str, str],
    jobs: int | None,
) -> None:
    """Extract claims from files or folders of news articles.

    From folders only article files (such as .txt) are read; name other files
    explicitly.  Prints a table of claims and disputes, or writes them to OUTPUT.
    Articles written to JSON Lines or CSV stream through (extracted, then linked), in
    memory that does not grow with the corpus.
    """
    _refuse_own_input(paths, input_format, output, articles_only=True)
    skips = _Skips()
    if output is not None and _streams(paths, input_format, output, output_format):
        _extract_streaming(paths, input_format, extractor, jobs, output, output_format,
                           export_options, skips)  # fmt: skip
        return
    corpus = _load(
        paths, input_format, True, extractor, articles_only=True, workers=jobs, skips=skips
    )
    if not corpus.documents:
        skips.nothing("extract", paths, "no article files (such as .txt)")
    skips.report()
    if output is None:
        if output_format is not None:
            data = api.dumps(corpus, output_format, options=export_options)
            click.echo(data.decode("utf-8"), nl=False)
        else:
            print_corpus(corpus, Console())
        return
    written = api.dump(corpus, output, output_format, options=export_options)
    _note(f"wrote {len(corpus.claims)} claims to {written}")


@main.command(
    epilog="""\b
Examples:
  claimkit convert claims.csv -o claims.jsonl
  claimkit convert seeds/ -o seeds.json --no-extract    the articles, unextracted
"""
)
@click.argument("paths", nargs=-1, required=True, type=_INPUT)
@click.option(
    "-o",
    "--output",
    required=True,
    type=_OUTPUT,
    callback=_output_file,
    help="The file to write (format from its extension, or --to); never one of the inputs.",
)
@click.option(
    "-f", "--from", "input_format", type=LOADER, help="Input format (default: chosen per file)."
)
@click.option(
    "-t",
    "--to",
    "output_format",
    type=EXPORTER,
    help="Output format (default: from the extension of --output).",
)
@_EXPORT_OPTION
@click.option(
    "--extract/--no-extract",
    default=True,
    show_default=True,
    help="Run the extractor on bare documents (plain text).",
)
@_guarded
def convert(
    paths: tuple[str, ...],
    output: str,
    input_format: str | None,
    output_format: str | None,
    export_options: dict[str, str],
    extract: bool,
) -> None:
    """Convert files from one format to another.

    Plain-text articles are extracted on the way unless --no-extract is given.  When
    nothing needs extracting, records stream from the input to OUTPUT one at a time,
    so large JSON Lines or CSV files convert without holding their records, nor more
    than the latest few thousand of the ids kept to refuse repeats and write each actor
    once (older ones go to a temporary file).
    """
    _refuse_own_input(paths, input_format, output)
    skips = _Skips()
    files, needs_extraction = _survey(paths, input_format, skips)
    if not files:
        skips.nothing("convert", paths, "no files a loader reads")
    skips.report()
    if extract and needs_extraction:
        corpus = _load(paths, input_format, extract, None)
        written = api.dump(corpus, output, output_format, options=export_options)
        counts = (len(corpus.documents), len(corpus.actors), len(corpus.claims))
    else:
        tally = _Tally()
        try:
            with _progress(files, "converting") as progress:
                records = tally.count(paths, input_format, progress)
                written = api.dump(records, output, output_format, options=export_options)
        finally:
            tally.close()
        counts = (tally.documents, tally.actors, tally.claims)
    _note(f"wrote {counts[0]} documents, {counts[1]} actors and {counts[2]} claims to {written}")


@main.command()
@click.argument("paths", nargs=-1, required=True, type=_INPUT)
@click.option(
    "-f", "--from", "input_format", type=LOADER, help="Input format (default: chosen per file)."
)
@_guarded
def show(paths: tuple[str, ...], input_format: str | None) -> None:
    """Show the claims and disputes stored in files (no extraction)."""
    skips = _Skips()
    corpus = _load(paths, input_format, False, None, skips=skips)
    if not corpus.documents and not corpus.claims:
        skips.nothing("show", paths, "no documents or claims")
    skips.report()
    print_corpus(corpus, Console())


def _linking(extractor: Extractor) -> str:
    """What cross-document linking ``extractor`` offers, in a few words."""
    if extractor.link is None:
        return "no cross-document linking"
    if extractor.prepare_link is not None:
        return "links across documents, in parts against one index"
    return "links across documents"


@main.command(short_help="List the installed formats and extractors, and their plugins.")
@_guarded
def plugins() -> None:
    """List every loader, exporter and extractor, with the plugin that provides it."""
    registry = get_registry()
    table = Table(title="claimkit plugins")
    for column in ("type", "name", "extensions", "plugin", "description"):
        table.add_column(column, overflow="fold", no_wrap=column in ("type", "name", "plugin"))
    for loader in sorted(registry.loaders.values(), key=lambda x: x.name):
        table.add_row(
            "loader",
            loader.name,
            " ".join(loader.extensions),
            literal(loader.plugin),
            literal(loader.description),
        )
    for exporter in sorted(registry.exporters.values(), key=lambda x: x.name):
        description = exporter.description
        if exporter.options:
            names = ", ".join(f"-O {option.name}=..." for option in exporter.options)
            description = f"{description} (options: {names})"
        table.add_row(
            "exporter",
            exporter.name,
            " ".join(exporter.extensions),
            literal(exporter.plugin),
            literal(description),
        )
    for extractor in sorted(registry.extractors.values(), key=lambda x: x.name):
        table.add_row(
            "extractor",
            extractor.name,
            "",
            literal(extractor.plugin),
            literal(f"{extractor.description} ({_linking(extractor)})"),
        )
    Console().print(table)


def _measure_cells(score: Any) -> tuple[str, str, str, str]:
    from claimkit.evaluation import Accuracy

    if isinstance(score, Accuracy):
        return "", "", f"{score.value:.3f} acc", f"{score.correct}/{score.total}"
    return (
        f"{score.precision:.3f}",
        f"{score.recall:.3f}",
        f"{score.f1:.3f}",
        f"{score.true_positives}/{score.false_positives}/{score.false_negatives}",
    )


@main.command(name="evaluate")
@click.argument("gold", type=_INPUT)
@click.argument("predicted", required=False, type=_INPUT)
@click.option(
    "-e",
    "--extractor",
    type=EXTRACTOR,
    help="Extractor to run when PREDICTED is omitted or holds articles.",
)
@click.option(
    "-f",
    "--from",
    "gold_format",
    type=LOADER,
    help="Format of GOLD (default: chosen per file); 'brat' for a folder.",
)
@click.option("--json", "as_json", is_flag=True, help="Print the report as JSON.")
@_guarded
def evaluate_command(
    gold: str,
    predicted: str | None,
    extractor: str | None,
    gold_format: str | None,
    as_json: bool,
) -> None:
    """Score claims against gold annotations.

    GOLD is a file or folder of gold claims (claimkit JSON, JSON Lines, CSV, brat).
    PREDICTED holds the claims to score (articles in it are extracted); without it the
    extractor runs on the gold documents.  Counts are true/false positives/negatives.
    """
    import orjson

    from claimkit.evaluation import evaluate as score

    gold_corpus = _load([gold], gold_format, False, None)
    if not gold_corpus.claims:
        _fail(
            f"{gold} holds no gold claims ({len(gold_corpus.documents)} documents): nothing "
            "to score against; GOLD is a file or folder of annotated claims (claimkit JSON, "
            "JSON Lines, CSV, brat)"
        )
    if predicted is None:
        predicted_corpus = api.extract(gold_corpus.documents, extractor=extractor)
    else:
        predicted_corpus = _load([predicted], None, True, extractor)
    report = score(gold_corpus, predicted_corpus)
    if as_json:
        click.echo(orjson.dumps(report.to_dict(), option=orjson.OPT_INDENT_2).decode("utf-8"))
        return
    console = Console()
    total = report.total
    table = Table(
        title=f"{total.predicted_claims} predicted vs {total.gold_claims} gold claims "
        f"in {len(report.documents)} documents"
    )
    for column in ("measure", "precision", "recall", "F1", "TP/FP/FN"):
        table.add_column(column, justify="left" if column == "measure" else "right")
    for name, measure in total.measures():
        table.add_row(name, *_measure_cells(measure))
    table.add_row("thread membership", *_measure_cells(report.threads))
    console.print(table)
    documents = Table(title="per document")
    for column in ("document", "gold", "predicted", "claims F1", "cue F1", "claimant F1", "kind"):
        documents.add_column(column, justify="left" if column == "document" else "right")
    for scores in report.documents:
        documents.add_row(
            literal(scores.document_id or ""),
            str(scores.gold_claims),
            str(scores.predicted_claims),
            f"{scores.claims.overlap.f1:.3f}",
            f"{scores.cue.overlap.f1:.3f}",
            f"{scores.claimant.f1:.3f}",
            f"{scores.kind.value:.3f}",
        )
    console.print(documents)
    labels = sorted({*total.kind_confusion, *(p for r in total.kind_confusion.values() for p in r)})
    confusion = Table(title="kinds: gold (rows) by predicted (columns)")
    confusion.add_column("gold")
    for label in labels:
        confusion.add_column(label, justify="right")
    for gold_label in labels:
        row = total.kind_confusion.get(gold_label, {})
        confusion.add_row(gold_label, *(str(row.get(label, "")) for label in labels))
    console.print(confusion)
