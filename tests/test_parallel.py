"""Extraction in worker processes gives the same output as one process."""

from __future__ import annotations

import os
import re
from collections.abc import Callable, Iterator, Sequence
from pathlib import Path

import attrs
import pytest
from click.testing import CliRunner

import claimkit
from claimkit import _workers, runner
from claimkit.cli import main
from claimkit.errors import ExtractionError
from claimkit.model import (
    Actor,
    ActorKind,
    Claim,
    ClaimKind,
    Document,
    Provenance,
    Span,
    stable_id,
)
from claimkit.plugins import get_registry, plugin_registered
from claimkit.registry import Extractor

SEEDS = Path(__file__).resolve().parent.parent / "seeds"
_CUE = re.compile(r"\b(denie[sd]|deny|accused|alleged|said|says|refuted|charged)\b")
_SENTENCE = re.compile(r"[^.!?\n]+[.!?]?")


def _tiny_extract(document: Document) -> list[Claim]:
    """A deterministic toy extractor: one claim per sentence holding a reporting cue."""
    claims = []
    for sentence in _SENTENCE.finditer(document.text):
        cue = _CUE.search(sentence.group())
        if cue is None:
            continue
        start = sentence.start()
        word = cue.group()
        kind = ClaimKind.DENIAL if word.startswith(("den", "ref")) else ClaimKind.ALLEGATION
        speaker = sentence.group()[: cue.start()].strip() or "someone"
        claims.append(
            Claim(
                id=stable_id("claim", document.id, start),
                kind=kind,
                claimant=Actor(id=f"group:{len(speaker)}", name=speaker, kind=ActorKind.GROUP),
                proposition=sentence.group()[cue.end() :].strip(),
                cue=word,
                provenance=Provenance(
                    document_id=document.id,
                    span=Span(start=start, end=sentence.end()),
                    cue=(Span(start=start + cue.start(), end=start + cue.end()),),
                ),
            )
        )
    return claims


def _tiny_link(claims: Sequence[Claim]) -> list[Claim]:
    """Link every denial to the allegations before it (across documents)."""
    import attrs

    seen: list[str] = []
    linked = []
    for claim in claims:
        if claim.kind is ClaimKind.DENIAL and seen:
            claim = attrs.evolve(claim, responds_to=tuple(seen[-2:]))
        elif claim.kind is ClaimKind.ALLEGATION:
            seen.append(claim.id)
        linked.append(claim)
    return linked


def _pid_extract(document: Document) -> list[Claim]:
    claim = _tiny_extract(Document(id=document.id, text="Officials said it."))[0]
    return [Claim(**{**_fields(claim), "cue": str(os.getpid())})]


def _fields(claim: Claim) -> dict[str, object]:
    import attrs

    return attrs.asdict(claim, recurse=False)


def _failing_extract(document: Document) -> list[Claim]:
    if document.id.endswith("-7"):
        raise RuntimeError("boom")
    return _tiny_extract(document)


class _Plugin:
    def __init__(self, name: str, extract: Callable[[Document], list[Claim]]) -> None:
        self.name = name
        self.extract = extract

    @claimkit.hookimpl
    def register_extractors(self, register: Callable[[Extractor], None]) -> None:
        register(Extractor(name=self.name, extract=self.extract, link=_tiny_link))


@pytest.fixture
def tiny() -> Iterator[str]:
    with plugin_registered(_Plugin("tiny-test", _tiny_extract), name="tiny-test-plugin"):
        yield "tiny-test"


def _documents() -> list[Document]:
    """The seed articles cut into paragraphs: many small real documents."""
    documents = []
    for path in sorted(SEEDS.glob("*.txt")):
        paragraphs = [p for p in path.read_text(encoding="utf-8").split("\n") if p.strip()]
        for number, paragraph in enumerate(paragraphs):
            documents.append(Document(id=f"{path.stem}-{number}", text=paragraph))
    return documents


def test_run_time_plugin_gives_the_same_corpus_in_processes(tiny: str) -> None:
    documents = _documents()
    assert len(documents) > 20
    one = claimkit.extract(documents, extractor=tiny)
    two = claimkit.extract(documents, extractor=tiny, workers=2)
    assert len(one.claims) > 10
    assert any(claim.responds_to for claim in one.claims)
    assert two == one
    assert claimkit.dumps(two, "jsonl") == claimkit.dumps(one, "jsonl")


@pytest.mark.parametrize("chunk_size", [1, 3, 1000])
def test_chunking_keeps_document_order(tiny: str, chunk_size: int) -> None:
    documents = _documents()
    extractor = get_registry().extractor(tiny)
    serial = [c for d in documents for c in _tiny_extract(d)]
    assert runner.extract_claims(documents, extractor, workers=2, chunk_size=chunk_size) == serial


def test_work_runs_in_other_processes() -> None:
    extractor = Extractor(name="pid", extract=_pid_extract)
    documents = _documents()[:8]
    claims = runner.extract_claims(documents, extractor, workers=2, chunk_size=1)
    pids = {claim.cue for claim in claims}
    assert str(os.getpid()) not in pids
    assert len(claims) == len(documents)


def test_worker_failure_names_the_document(tiny: str) -> None:
    extractor = Extractor(name="failing", extract=_failing_extract)
    documents = _documents()
    with pytest.raises(ExtractionError, match=r"failing.*-7.*RuntimeError: boom"):
        runner.extract_claims(documents, extractor, workers=2, chunk_size=2)


def test_spawned_workers_cannot_see_run_time_plugins(tiny: str) -> None:
    extractor = get_registry().extractor(tiny)
    with pytest.raises(ExtractionError, match="registered at run time"):
        runner.extract_claims(
            _documents(), extractor, workers=2, chunk_size=4, start_method="spawn"
        )


def test_spawned_workers_find_installed_extractors() -> None:
    registry = get_registry()
    assert "rules" in registry.extractors, (
        "the built-in extractor rules is not registered: its registration is broken"
    )
    extractor = registry.extractor("rules")
    documents = _documents()[:12]
    serial = runner.extract_claims(documents, extractor, workers=1)
    spawned = runner.extract_claims(
        documents, extractor, workers=2, chunk_size=3, start_method="spawn"
    )
    assert spawned == serial


def test_iter_extract_streams_lazily_in_order(tiny: str) -> None:
    extractor = get_registry().extractor(tiny)
    documents = _documents()
    pulled = 0

    def source() -> Iterator[Document]:
        nonlocal pulled
        for document in documents:
            pulled += 1
            yield document

    stream = runner.iter_extract(source(), extractor, workers=2, chunk_size=2)
    first_document, first_claims = next(stream)
    assert first_document == documents[0]
    assert pulled <= 2 * 2 * 2 + 2  # at most two chunks per worker in flight, plus one
    rest = list(stream)
    assert [d for d, _ in [(first_document, first_claims), *rest]] == documents
    streamed = [c for _, claims in [(first_document, first_claims), *rest] for c in claims]
    assert streamed == [c for d in documents for c in _tiny_extract(d)]


def test_bad_worker_counts_are_refused() -> None:
    with pytest.raises(ValueError, match="workers"):
        runner.resolve_workers(-1)
    assert runner.resolve_workers(0) >= 1
    assert runner.resolve_workers(None) == runner.resolve_workers(0)


def test_cli_jobs_gives_the_same_file(tmp_path: Path) -> None:
    assert "rules" in get_registry().extractors, (
        "the built-in extractor rules is not registered: its registration is broken"
    )
    folder = tmp_path / "articles"
    folder.mkdir()
    for document in _documents()[:16]:
        (folder / f"{document.id}.txt").write_text(document.text, encoding="utf-8")
    outputs = []
    for jobs in ("1", "2"):
        out = tmp_path / f"claims-{jobs}.jsonl"
        result = CliRunner().invoke(main, ["extract", str(folder), "-j", jobs, "-o", str(out)])
        assert result.exit_code == 0, result.output
        outputs.append(out.read_bytes())
    assert outputs[0] == outputs[1]
    result = CliRunner().invoke(main, ["extract", str(folder), "-j", "-1"])
    assert result.exit_code != 0


def test_claims_come_back_from_workers_equal_and_of_their_own_type() -> None:
    registry = get_registry()
    assert "rules" in registry.extractors, (
        "the built-in extractor rules is not registered: its registration is broken"
    )
    seeds = claimkit.load(SEEDS, articles_only=True).documents
    found = [list(registry.extractor("rules").extract(document)) for document in seeds]
    assert sum(len(claims) for claims in found) > 20
    packed = _workers._pack(found)
    assert isinstance(packed, bytes)  # plain claims travel as MessagePack
    back = _workers._unpack(packed)
    assert back == found
    assert all(type(c) is Claim and type(c.provenance.span) is Span for cs in back for c in cs)
    assert all(isinstance(c.responds_to, tuple) for cs in back for c in cs)


def test_claims_msgpack_cannot_carry_travel_pickled() -> None:
    claim = _tiny_extract(Document(id="d", text="Officials said it."))[0]
    odd = attrs.evolve(claim, proposition="a lone surrogate \ud800")
    assert _workers._pack([[odd]]) == [[odd]]

    @attrs.frozen(kw_only=True)
    class Marked(Claim):
        pass

    marked = Marked(**_fields(claim))
    assert _workers._unpack(_workers._pack([[marked]]))[0][0].__class__ is Marked


def test_rules_extractor_in_forked_workers_matches_one_process() -> None:
    registry = get_registry()
    assert "rules" in registry.extractors, (
        "the built-in extractor rules is not registered: its registration is broken"
    )
    extractor = registry.extractor("rules")
    documents = _documents()
    serial = runner.extract_claims(documents, extractor, workers=1)
    forked = runner.extract_claims(
        documents, extractor, workers=2, chunk_size=3, start_method="fork"
    )
    assert len(serial) > 20
    assert forked == serial
    assert claimkit.dumps(claimkit.Corpus.build(claims=forked), "jsonl") == claimkit.dumps(
        claimkit.Corpus.build(claims=serial), "jsonl"
    )


def test_documents_travel_to_workers_as_msgpack_and_come_back_equal() -> None:
    seeds = list(claimkit.load(SEEDS, articles_only=True).documents)
    packed = _workers._pack_documents(seeds)
    assert isinstance(packed, bytes)
    assert _workers._DOCUMENTS_DECODER.decode(packed) == seeds
    odd = [Document(id="d", text="a lone surrogate \ud800")]
    assert _workers._pack_documents(odd) is odd  # pickled instead
