"""Streaming: loaders and exporters work record by record, and linking in two passes."""

from __future__ import annotations

import io
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path

import attrs
import pytest

import claimkit
from claimkit import serialization, stream
from claimkit.model import Claim, ClaimKind, Corpus, Document, Record
from claimkit.plugins import get_registry

SEEDS = Path(__file__).resolve().parent.parent / "seeds"


def _gold() -> Corpus:
    return serialization.loads((SEEDS / "gold.json").read_bytes())


def _many_claims(count: int) -> Iterator[Claim]:
    """Distinct claims made from the real gold claims, generated lazily."""
    templates = _gold().claims
    for number in range(count):
        template = templates[number % len(templates)]
        yield attrs.evolve(template, id=f"{template.id}-{number}")


def _article_folder(tmp_path: Path, copies: int) -> Path:
    folder = tmp_path / "articles"
    folder.mkdir()
    for number in range(copies):
        for path in sorted(SEEDS.glob("*.txt")):
            (folder / f"{number:03}-{path.name}").write_bytes(path.read_bytes())
    return folder


def test_text_folder_is_read_one_file_at_a_time(tmp_path: Path) -> None:
    folder = _article_folder(tmp_path, copies=5)
    opened: list[Path] = []
    records = claimkit.iter_load(folder, progress=opened.append)
    first = next(records)
    assert isinstance(first, Document)
    assert len(opened) == 1
    assert sum(1 for _ in records) == 9
    assert len(opened) == 10


def test_brat_folder_is_read_one_file_at_a_time(tmp_path: Path) -> None:
    folder = tmp_path / "brat"
    folder.mkdir()
    text = "North Korea denies ever providing Russia with weapons.\n"
    for number in range(4):
        (folder / f"doc{number}.txt").write_text(text, encoding="utf-8")
        (folder / f"doc{number}.ann").write_text(
            "T1\tSource 0 11\tNorth Korea\nT2\tCue 12 18\tdenies\n"
            "T3\tContent 19 53\tever providing Russia with weapons\n"
            "E1\tAttribution:T2 Content:T3 Cue:T2 Source:T1\n",
            encoding="utf-8",
        )
    opened: list[Path] = []
    records = claimkit.iter_load(folder, format="brat", progress=opened.append)
    first = next(records)
    assert isinstance(first, Document)
    assert len(opened) == 1
    rest = list(records)
    assert len(opened) == 8  # the .txt files are visited too (and skipped: annotated)
    assert sum(isinstance(r, Claim) for r in [first, *rest]) == 4
    assert sum(isinstance(r, Document) for r in [first, *rest]) == 4
    documents = list(stream.iter_documents(folder, format="brat"))
    assert [d.id for d in documents] == ["doc0", "doc1", "doc2", "doc3"]


class _Recorder(io.BytesIO):
    """A binary stream noting how many records had been pulled at each write."""

    def __init__(self, pulled: list[int]) -> None:
        super().__init__()
        self.pulled = pulled
        self.at_write: list[int] = []

    def write(self, data: bytes) -> int:  # type: ignore[override]
        self.at_write.append(self.pulled[0])
        return super().write(data)


@pytest.mark.parametrize("format", ["jsonl", "csv"])
def test_exporters_write_as_records_arrive(format: str) -> None:
    pulled = [0]

    def records() -> Iterator[Record]:
        for claim in _many_claims(50):
            pulled[0] += 1
            yield claim

    out = _Recorder(pulled)
    claimkit.dump_stream(records(), out, format)
    writes_before_end = [n for n in out.at_write if n < 50]
    assert len(writes_before_end) >= 10
    assert len(claimkit.loads(out.getvalue(), format, extract=False).claims) == 50


def test_jsonl_reexport_keeps_memory_flat(
    tmp_path: Path, reexport_peak: Callable[[Path, Path], int]
) -> None:
    source = tmp_path / "big.jsonl"
    count = 5000
    claimkit.dump(_many_claims(count), source)
    size = source.stat().st_size
    assert size > 5_000_000
    peak = reexport_peak(source, tmp_path / "copy.jsonl")
    # holding the claims would need several times the file size; streaming needs a few
    # records' worth
    assert peak < size / 10, f"peak {peak} bytes for a {size} byte file"


def _rules() -> str:
    assert "rules" in get_registry().extractors, (
        "the built-in extractor rules is not registered: its registration is broken"
    )
    return "rules"


def test_extract_stream_yields_each_document_then_its_claims() -> None:
    name = _rules()
    extractor = get_registry().extractor(name)
    documents = list(stream.iter_documents(sorted(SEEDS.glob("*.txt"))))
    records = list(stream.extract_stream(iter(documents), extractor=name, workers=2, chunk_size=1))
    expected: list[Record] = []
    for document in documents:
        expected.append(document)
        expected.extend(extractor.extract(document))
    assert records == expected
    assert any(isinstance(r, Claim) for r in records)


@pytest.mark.parametrize("block_claims", [1, 3, 1_000_000])
def test_two_pass_linking_equals_linking_everything(tmp_path: Path, block_claims: int) -> None:
    name = _rules()
    extractor = get_registry().extractor(name)
    assert extractor.link is not None
    documents = list(stream.iter_documents(sorted(SEEDS.glob("*.txt"))))
    unlinked = tmp_path / "unlinked.jsonl"
    claimkit.dump(stream.extract_stream(documents, extractor=name), unlinked)
    claims = [r for r in claimkit.iter_load(unlinked) if isinstance(r, Claim)]
    whole = list(extractor.link(claims))
    linked = list(
        stream.link_stream(lambda: claimkit.iter_load(unlinked), block_claims=block_claims)
    )
    assert [r for r in linked if isinstance(r, Claim)] == whole
    assert [r for r in linked if isinstance(r, Document)] == documents
    assert any(claim.responds_to for claim in whole), "the seeds hold a denial of an allegation"
    assert claimkit.extract(documents, extractor=name).claims == tuple(whole)


@pytest.mark.parametrize("block_claims", [1, 25])
def test_prebuilt_index_equals_relinking_every_block(tmp_path: Path, block_claims: int) -> None:
    name = _rules()
    extractor = get_registry().extractor(name)
    assert extractor.link is not None
    documents = list(stream.iter_documents(_article_folder(tmp_path, 3)))
    unlinked = tmp_path / "unlinked.jsonl"
    claimkit.dump(stream.extract_stream(documents, extractor=name), unlinked)

    def claims_of(records: Iterable[Record]) -> list[Claim]:
        return [r for r in records if isinstance(r, Claim)]

    def source() -> Iterator[Record]:
        return claimkit.iter_load(unlinked)

    whole = list(extractor.link(claims_of(source())))
    indexed = claims_of(stream.link_stream(source, extractor=name, block_claims=block_claims))
    # another selector than the default one: each block is linked anew with the index
    relinked = claims_of(stream.link_stream(
        source, extractor=name, block_claims=block_claims,
        indexed=lambda claim: claim.kind is ClaimKind.ALLEGATION,
    ))
    assert indexed == relinked == whole
    document_of = {claim.id: claim.document_id for claim in whole}
    assert any(document_of[link] != claim.document_id
               for claim in whole for link in claim.responds_to), "links across documents"


def test_link_stream_on_real_gold_claims_and_bad_blocks() -> None:
    name = _rules()
    extractor = get_registry().extractor(name)
    assert extractor.link is not None
    gold = _gold()
    records: list[Record] = list(gold.records())
    expected = list(extractor.link(gold.claims))
    linked = list(stream.link_stream(lambda: records, extractor=name, block_claims=2))
    assert [r for r in linked if isinstance(r, Claim)] == expected
    assert [r for r in linked if not isinstance(r, Claim)] == [*gold.documents, *gold.actors]
    with pytest.raises(ValueError, match="block_claims"):
        list(stream.link_stream(lambda: records, extractor=name, block_claims=0))


def test_nested_folders_are_walked_in_sorted_path_order(tmp_path: Path) -> None:
    from claimkit.api import iter_files

    text = (SEEDS / "000_6bcb59690b46f811.txt").read_text(encoding="utf-8")
    names = ("a.txt", "a/b.txt", "a b.txt", "a/c/d.txt", "A.txt", "b/a.txt", ".hidden/x.txt")
    for relative in names:
        target = tmp_path / relative
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(text, encoding="utf-8")
    expected = [
        p
        for p in sorted(tmp_path.rglob("*.txt"))
        if not any(part.startswith(".") for part in p.relative_to(tmp_path).parts)
    ]
    assert [path for path, _ in iter_files(tmp_path, get_registry())] == expected
    assert len(expected) == 6
    documents = list(stream.iter_documents(tmp_path))
    assert [d.id for d in documents] == [p.stem for p in expected]
