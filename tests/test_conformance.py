"""Every built-in format and extractor passes the conformance kit, and the kit catches breakage."""

from __future__ import annotations

import functools
import random
from collections.abc import Callable, Iterable, Iterator, Sequence
from pathlib import Path
from typing import BinaryIO

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import claimkit
from claimkit import (
    Actor,
    ActorKind,
    Claim,
    ClaimKind,
    Corpus,
    Document,
    Evidence,
    EvidenceStrength,
    Exporter,
    Extractor,
    Loader,
    LoadError,
    Provenance,
    Record,
    Span,
)
from claimkit.plugins import get_registry
from claimkit.testing import (
    ConformanceError,
    ExporterContract,
    ExtractorContract,
    LoaderContract,
    check_dump_stable,
    check_extractor,
    check_loader_bad_inputs,
    check_loader_fuzz,
    check_rejects,
    check_round_trip,
    check_spans_inside,
    check_yields_records,
    claims_only,
    plugin_registered,
    strategies,
)

SEEDS = Path(__file__).resolve().parent.parent / "seeds"
SEED_FILES = sorted(SEEDS.glob("*.txt"))


def _span(text: str, phrase: str) -> Span:
    start = text.index(phrase)
    return Span(start=start, end=start + len(phrase))


@functools.cache
def seed_corpus() -> Corpus:
    """The first seed article with two hand-made claims found in its text."""
    document = claimkit.load(SEED_FILES[0], extract=False).documents[0]
    text = document.text
    north_korea = Actor(id="state:kp", name="North Korea", kind=ActorKind.STATE, country="KP")
    united_states = Actor(
        id="state:us", name="United States", kind=ActorKind.STATE, country="US", aliases=("US",)
    )
    state_department = Actor(
        id="government_body:us-department-of-state",
        name="US Department of State",
        kind=ActorKind.GOVERNMENT_BODY,
        affiliation=united_states,
    )
    sentence = "North Korea denies ever providing Russia with weapons and denies any plans to do so"
    denial = Claim(
        id="claim:denial",
        kind=ClaimKind.DENIAL,
        claimant=north_korea,
        target=united_states,
        proposition="providing Russia with weapons",
        cue="denies",
        provenance=Provenance(
            document_id=document.id,
            span=_span(text, sentence),
            cue=(_span(text, "denies ever"),),
            claimant=_span(text, "North Korea denies"),
            content=_span(text, "providing Russia with weapons and"),
        ),
    )
    allegation = Claim(
        id="claim:allegation",
        kind=ClaimKind.ALLEGATION,
        claimant=state_department,
        target=north_korea,
        proposition="=Russia is purchasing rockets and artillery rounds from North Korea",
        cue="telling reporters",
        provenance=Provenance(
            document_id=document.id,
            span=_span(text, "After telling reporters that Russia"),
        ),
        evidence=Evidence(strength=EvidenceStrength.REPORTED, score=0.4),
    )
    return Corpus.build([document], [allegation, denial])


def _samples(format: str) -> tuple[bytes, ...]:
    return (claimkit.dumps(seed_corpus(), format),)


def _registered_extractor(name: str) -> None:
    assert name in get_registry().extractors, (
        f"the built-in extractor {name!r} is not registered: its registration is broken"
    )


# ------------------------------------------------------------------ built-ins


class TestJsonLoader(LoaderContract):
    loader = "json"
    samples = _samples("json")


class TestJsonExporter(ExporterContract):
    exporter = "json"
    loader = "json"


class TestJsonlLoader(LoaderContract):
    loader = "jsonl"
    samples = _samples("jsonl")


class TestJsonlExporter(ExporterContract):
    exporter = "jsonl"
    loader = "jsonl"


class TestCsvLoader(LoaderContract):
    loader = "csv"
    samples = _samples("csv")


class TestCsvExporter(ExporterContract):
    exporter = "csv"
    loader = "csv"
    subset = staticmethod(claims_only)


class TestTextLoader(LoaderContract):
    loader = "text"
    samples = tuple(path.read_bytes() for path in SEED_FILES)


class TestReportExporter(ExporterContract):
    exporter = "report"


class TestHtmlExporter(ExporterContract):
    exporter = "html"


class TestSchemaorgExporter(ExporterContract):
    """No loader: schema.org markup carries too little to rebuild claims."""

    exporter = "schemaorg"


class TestPloverExporter(ExporterContract):
    """No loader: PLOVER records hold less than a claim."""

    exporter = "plover"


def _claims_by_document(corpus: Corpus) -> Corpus:
    """What Web Annotation carries: the claims, grouped by document (one collection each)."""
    order = {document.id: index for index, document in enumerate(corpus.documents)}
    first_seen: dict[str, int] = {}
    for claim in corpus.claims:
        first_seen.setdefault(claim.document_id, len(order) + len(first_seen))
    grouped = sorted(
        corpus.claims, key=lambda c: order.get(c.document_id, first_seen[c.document_id])
    )
    return Corpus.build((), grouped)


class TestWebAnnotationLoader(LoaderContract):
    loader = "webannotation"
    samples = _samples("webannotation")


class TestWebAnnotationExporter(ExporterContract):
    exporter = "webannotation"
    loader = "webannotation"
    subset = staticmethod(_claims_by_document)


def _brat_files() -> dict[str, bytes]:
    """A hand-made brat annotation of the first seed article, beside its text."""
    text = SEED_FILES[0].read_text(encoding="utf-8")
    cue = text.index("denies")
    content = text.index("ever providing Russia with weapons")
    end = content + len("ever providing Russia with weapons")
    ann = (
        f"T1\tSource 0 11\t{text[0:11]}\n"
        f"T2\tCue {cue} {cue + 6}\tdenies\n"
        f"T3\tContent {content} {end}\t{text[content:end]}\n"
        f"T4\tDenial {cue} {cue + 6}\tdenies\n"
        "E1\tDenial:T4 Content:T3 Cue:T2 Source:T1\n"
        "#1\tAnnotatorNotes T1\tthe state, not its officials\n"
    )
    return {"article.ann": ann.encode(), "article.txt": SEED_FILES[0].read_bytes()}


class TestBratLoader(LoaderContract):
    """brat reads an ``.ann`` file with its ``.txt`` from disk."""

    loader = "brat"
    needs_files = True
    file_samples = (_brat_files(),)
    accepts_empty = True  # an empty .ann is an article annotated with no attributions

    @pytest.fixture(autouse=True)
    def _needs_brat(self) -> None:
        assert "brat" in get_registry().loaders, (
            "the built-in loader brat is not registered: its registration is broken"
        )


class TestRulesExtractor(ExtractorContract):
    """The built-in extractor, on the seed articles and on hostile text."""

    extractor = "rules"
    texts = tuple(path.read_text(encoding="utf-8") for path in SEED_FILES)

    @pytest.fixture(autouse=True)
    def _needs_rules(self) -> None:
        _registered_extractor("rules")


def test_every_builtin_format_is_covered() -> None:
    registry = get_registry()
    builtin_loaders = {n for n, x in registry.loaders.items() if x.plugin.startswith("claimkit.")}
    builtin_exporters = {
        n for n, x in registry.exporters.items() if x.plugin.startswith("claimkit.")
    }
    covered = {cls.loader for cls in LoaderContract.__subclasses__() if isinstance(cls.loader, str)}
    covered_out = {
        cls.exporter for cls in ExporterContract.__subclasses__() if isinstance(cls.exporter, str)
    }
    assert {"json", "jsonl", "csv", "text"} <= builtin_loaders
    assert builtin_loaders <= covered, builtin_loaders - covered
    assert builtin_exporters <= covered_out, builtin_exporters - covered_out


def test_seed_corpus_spans_fit() -> None:
    check_spans_inside(seed_corpus())
    corpus = seed_corpus()
    document = corpus.documents[0]
    assert document.span_text(corpus.claims[1].provenance.cue[0]) == "denies ever"


# ------------------------------------------------- the kit catches breakage


def _plugin(*items: Loader | Exporter | Extractor) -> object:
    class Plugin:
        @claimkit.hookimpl
        def register_loaders(self, register: Callable[[Loader], None]) -> None:
            for item in items:
                if isinstance(item, Loader):
                    register(item)

        @claimkit.hookimpl
        def register_exporters(self, register: Callable[[Exporter], None]) -> None:
            for item in items:
                if isinstance(item, Exporter):
                    register(item)

        @claimkit.hookimpl
        def register_extractors(self, register: Callable[[Extractor], None]) -> None:
            for item in items:
                if isinstance(item, Extractor):
                    register(item)

    return Plugin()


def _dump_ids(records: Iterable[Record], stream: BinaryIO) -> None:
    """A lossy exporter: one claim id per line, nothing else."""
    for record in records:
        if isinstance(record, Claim):
            stream.write(record.id.encode("utf-8", "replace").replace(b"\n", b" ") + b"\n")


def _load_ids(stream: BinaryIO, source: str) -> Iterator[Record]:
    text = stream.read().decode("utf-8")
    for number, line in enumerate(text.splitlines(), 1):
        yield Document(id=line or f"line-{number}", text=line)


def test_round_trip_check_catches_a_lossy_format() -> None:
    with plugin_registered(
        _plugin(Loader(name="ids", load=_load_ids), Exporter(name="ids", dump=_dump_ids)),
        name="ids-plugin",
    ):
        with pytest.raises(ConformanceError, match="lost data"):
            check_round_trip("ids", seed_corpus())


def test_round_trip_accepts_unregistered_descriptors() -> None:
    json_loader = get_registry().loader("json")
    renamed = Loader(name="json-copy", load=json_loader.load)
    check_round_trip("json", seed_corpus(), loader=renamed)
    assert "json-copy" not in get_registry().loaders


def _load_crashing(stream: BinaryIO, source: str) -> Iterator[Record]:
    data = stream.read()
    if not data:
        raise LoadError("empty", source=source)
    yield Document(id="x", text=data.decode("ascii", "strict")[99])  # IndexError on short input


def test_rejects_check_catches_foreign_exceptions() -> None:
    loader = Loader(name="crashing", load=_load_crashing)
    check_rejects(loader, b"", source="empty.dat")
    with pytest.raises(ConformanceError, match="IndexError"):
        check_rejects(loader, b"short", source="short.dat")
    with pytest.raises(ConformanceError):
        # a short valid sample to damage: every profile draws inputs that crash the loader
        # (random bytes alone can miss them in the few examples of the fast profile)
        check_loader_fuzz(loader, samples=[b"short"])


def _load_lenient(stream: BinaryIO, source: str) -> Iterator[Record]:
    yield Document(id="x", text=stream.read().decode("utf-8", "replace"))


def test_rejects_check_catches_a_loader_that_accepts_binary() -> None:
    with pytest.raises(ConformanceError, match="accepted bad input"):
        check_loader_bad_inputs(Loader(name="lenient", load=_load_lenient))


def _load_unnamed(stream: BinaryIO, source: str) -> Iterator[Record]:
    raise LoadError("always broken")
    yield  # pragma: no cover


def test_rejects_check_wants_the_source_named() -> None:
    with pytest.raises(ConformanceError, match="does not name its source"):
        check_rejects(Loader(name="unnamed", load=_load_unnamed), b"data")


class _Counter:
    def __init__(self) -> None:
        self.calls = 0

    def dump(self, records: Iterable[Record], stream: BinaryIO) -> None:
        self.calls += 1
        stream.write(f"run {self.calls}\n".encode())


def test_stable_check_catches_nondeterministic_exporters() -> None:
    counter = _Counter()
    with pytest.raises(ConformanceError, match="different bytes"):
        check_dump_stable(Exporter(name="counter", dump=counter.dump), seed_corpus())


def _words(document: Document, *, shift: int = 0, seed: int | None = None) -> list[Claim]:
    """A tiny real extractor: every 'denies'/'denied' is a denial by an unknown speaker."""
    found = []
    start = document.text.find("denie")
    while start >= 0:
        end = start + 6 + shift
        if seed is not None:
            end += random.Random().randint(0, 1)
        found.append(
            Claim(
                id=f"{document.id}:{start}",
                kind=ClaimKind.DENIAL,
                claimant=Actor(id="unknown", name="someone"),
                proposition=document.text[start:end],
                provenance=Provenance(document_id=document.id, span=Span(start=start, end=end)),
            )
        )
        start = document.text.find("denie", start + 1)
    return found


def test_extractor_check_passes_a_sound_extractor() -> None:
    extractor = Extractor(name="words", extract=_words)
    texts = [path.read_text(encoding="utf-8") for path in SEED_FILES]
    corpus = check_extractor(extractor, texts)
    assert len(corpus.denials) >= 3


def test_extractor_check_catches_spans_outside_the_text() -> None:
    extractor = Extractor(name="overrun", extract=functools.partial(_words, shift=1000))
    with pytest.raises(ConformanceError, match="outside"):
        check_extractor(extractor, ["North Korea denies it."])


def test_extractor_check_catches_nondeterminism() -> None:
    extractor = Extractor(name="dice", extract=functools.partial(_words, seed=1))
    with pytest.raises(ConformanceError, match="different output|not deterministic"):
        check_extractor(extractor, ["North Korea denies it. " * 20])


def _crash_on_quotes(document: Document) -> Sequence[Claim]:
    if '"' in document.text:
        raise ValueError("unbalanced quote")
    return []


def test_extractor_check_catches_crashes() -> None:
    with pytest.raises(ConformanceError, match="ExtractionError"):
        check_extractor(Extractor(name="fragile", extract=_crash_on_quotes))


# ------------------------------------------------------------ strategies


@given(st.from_type(Claim))
def test_claims_are_registered_with_hypothesis(claim: Claim) -> None:
    assert isinstance(claim, Claim)


@given(st.from_type(Corpus))
def test_generated_corpora_are_consistent(corpus: Corpus) -> None:
    check_spans_inside(corpus)
    ids = [claim.id for claim in corpus.claims]
    assert len(ids) == len(set(ids))
    known = set(ids)
    for claim in corpus.claims:
        assert set(claim.responds_to) <= known
        for actor in claim.actors():
            assert corpus.actor(actor.id) == actor
    document_ids = {document.id for document in corpus.documents}
    if document_ids:
        assert {claim.document_id for claim in corpus.claims} <= document_ids


@given(strategies.hostile_text())
def test_hostile_text_is_encodable(text: str) -> None:
    assert text.encode("utf-8").decode("utf-8") == text


def test_hostile_text_reaches_the_nasty_cases() -> None:
    seen: list[str] = []

    # not a property but a census of what the strategy draws: it needs a fixed count,
    # whatever the profile (the one test that sets max_examples)
    @settings(max_examples=300, database=None)
    @given(strategies.hostile_text())
    def collect(text: str) -> None:
        seen.append(text)

    collect()
    joined = "".join(seen)
    assert "\x00" in joined
    assert any(text.startswith(("=", "+", "-", "@")) for text in seen)
    assert any(len(text) >= strategies.LONG_TEXT_SIZE // 4 for text in seen)
    assert any("\r" in text for text in seen)


@given(strategies.actors(max_depth=4))
def test_actor_chains_are_acyclic_and_bounded(actor: Actor) -> None:
    chain = actor.affiliations()
    assert len(chain) <= 3
    assert len({a.id for a in (actor, *chain)}) == len(chain) + 1


def test_hypothesis_entry_point_registers_the_strategies() -> None:
    """``import hypothesis`` alone (no ``import claimkit.testing``) makes from_type work."""
    import subprocess
    import sys

    script = (
        "from hypothesis.strategies._internal.types import _global_type_lookup\n"
        "import claimkit\n"
        "print(all(cls in _global_type_lookup for cls in "
        "(claimkit.Claim, claimkit.Corpus, claimkit.Actor, claimkit.Document, claimkit.Span)))\n"
    )
    process = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, timeout=120, check=True
    )
    assert process.stdout.strip() == "True", process.stderr


def _load_dicts(stream: BinaryIO, source: str) -> Iterator[Record]:
    yield {"id": "x", "text": stream.read().decode()}  # type: ignore[misc]


def test_records_check_catches_loaders_yielding_other_things() -> None:
    loader = Loader(name="dicts", load=_load_dicts)
    with pytest.raises(ConformanceError, match="yielded a dict"):
        check_yields_records(loader, b"some text")
    check_yields_records("json", claimkit.dumps(seed_corpus(), "json"))


def _load_pair(stream: BinaryIO, source: str) -> Iterator[Record]:
    """A two-file format: NAME.ids lists ids, one per line, of words in NAME.txt."""
    text = Path(source).with_suffix(".txt").read_text(encoding="utf-8")
    for line in stream.read().decode("utf-8").splitlines():
        start = int(line)  # ValueError on junk: claimkit wraps it; IndexError below is a bug
        yield Document(id=f"w{start}", text=text.split()[start])


def test_file_checks_catch_crashing_multi_file_loaders(monkeypatch: pytest.MonkeyPatch) -> None:
    import claimkit.testing.conformance as kit
    from claimkit.testing import check_loader_file_fuzz, check_robust_files

    # the fuzz must find the crash in any hypothesis profile: draw the same examples each run
    real_settings = kit.settings
    monkeypatch.setattr(kit, "settings", lambda **options: real_settings(derandomize=True,
                                                                         **options))

    loader = Loader(name="pairs", load=_load_pair)
    files = {"a.ids": b"0\n1\n", "a.txt": SEED_FILES[0].read_bytes()}
    corpus = check_robust_files(loader, files)
    assert isinstance(corpus, Corpus) and len(corpus.documents) == 2
    assert isinstance(check_robust_files(loader, {**files, "a.ids": b"x\n"}), LoadError)
    with pytest.raises(ConformanceError, match="IndexError"):
        check_robust_files(loader, {**files, "a.ids": b"999999\n"})
    with pytest.raises(ConformanceError):  # fuzzing needs enough draws to find the crash
        check_loader_file_fuzz(loader, {**files, "a.ids": b"12345\n"}, max_examples=50)


def test_importing_the_strategies_first_is_quiet() -> None:
    """Importing claimkit.testing before hypothesis must not trip the entry point hook."""
    import subprocess
    import sys

    process = subprocess.run(
        [sys.executable, "-W", "error", "-c", "from claimkit.testing import strategies"],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert process.returncode == 0, process.stderr
    assert process.stderr == ""


@given(strategies.news_texts())
def test_news_texts_look_like_attributions(text: str) -> None:
    assert text.strip()
    assert any(
        word in text
        for word in (
            "said",
            "deni",
            "deny",
            "accused",
            "charge",
            "According",
            "reject",
            "dismiss",
            "warned",
            "admitted",
            "confirmed",
            "claimed",
        )
    )


def test_cross_process_check_reports_failures() -> None:
    from claimkit.testing import check_extractor_across_processes

    if "rules" in get_registry().extractors:
        check_extractor_across_processes("rules", [p.read_text("utf-8") for p in SEED_FILES])
    with pytest.raises(ConformanceError, match="fresh process"):
        check_extractor_across_processes("no-such-extractor", ["North Korea denies it."])


def test_a_loader_must_be_chosen_for_its_own_extensions() -> None:
    """Issue 12: LoaderContract checks extension choice (a claimed-twice .ndjson fails)."""
    from claimkit.testing import check_chosen_for_extensions

    def load_lines(stream: BinaryIO, source: str) -> Iterator[Record]:
        yield from ()

    check_chosen_for_extensions("jsonl", claimkit.dumps(claimkit.Corpus(), "jsonl"))
    squatter = Loader(name="squatter", load=load_lines, extensions=(".ndjson",))
    with pytest.raises(ConformanceError, match=r"a \.ndjson file is given to loader .jsonl."):
        check_chosen_for_extensions(squatter, b'{"type": "document"}\n')
    nowhere = Loader(name="nowhere", load=load_lines)
    with pytest.raises(ConformanceError, match="claims no extension and has no sniffer"):
        check_chosen_for_extensions(nowhere)
