from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path
from typing import BinaryIO

import pytest

from claimkit import (
    AmbiguousFormatError,
    DuplicateNameError,
    Exporter,
    Extractor,
    Loader,
    PluginError,
    UnknownFormatError,
)
from claimkit.hookspecs import hookimpl
from claimkit.model import Actor, Claim, ClaimKind, Document, Provenance, Record, Span
from claimkit.plugins import get_registry, plugin_registered
from claimkit.registry import ENV_EXTRACTOR, Registry


def _load(stream: BinaryIO, source: str) -> Iterator[Record]:
    yield from ()


def _dump(records: object, stream: BinaryIO) -> None:
    stream.write(b"")


def _registry(*loaders: Loader) -> Registry:
    registry = Registry()
    for loader in loaders:
        registry.add(loader, "test")
    return registry


def test_explicit_name_wins_over_extension() -> None:
    registry = _registry(
        Loader(name="a", load=_load, extensions=(".x",)),
        Loader(name="b", load=_load, extensions=(".y",)),
    )
    assert registry.choose_loader("file.x", format="b").name == "b"


def test_extension_is_case_insensitive_and_longest_suffix_wins() -> None:
    registry = _registry(
        Loader(name="gz", load=_load, extensions=("gz",)),
        Loader(name="jsonl-gz", load=_load, extensions=(".jsonl.gz",)),
    )
    assert registry.choose_loader("news.JSONL.GZ").name == "jsonl-gz"
    assert registry.choose_loader("news.tar.gz").name == "gz"


def test_sniffing_breaks_extension_ties_and_finds_unknown_extensions() -> None:
    registry = _registry(
        Loader(
            name="a",
            load=_load,
            extensions=(".dat",),
            sniff=lambda head: 0.9 * head.startswith(b"A"),
        ),
        Loader(
            name="b",
            load=_load,
            extensions=(".dat",),
            sniff=lambda head: 0.9 * head.startswith(b"B"),
        ),
    )
    assert registry.choose_loader("x.dat", head=b"B...").name == "b"
    assert registry.choose_loader("x.unknown", head=b"A...").name == "a"


def test_ties_raise_and_list_candidates() -> None:
    registry = _registry(
        Loader(name="a", load=_load, extensions=(".dat",), sniff=lambda head: 0.5),
        Loader(name="b", load=_load, extensions=(".dat",), sniff=lambda head: 0.5),
    )
    with pytest.raises(AmbiguousFormatError) as info:
        registry.choose_loader("x.dat", head=b"?")
    assert info.value.candidates == ("a", "b")
    assert "candidates: a, b" in str(info.value)
    with pytest.raises(AmbiguousFormatError):
        registry.choose_loader("x.dat")  # no content to sniff


def test_no_match_raises_and_lists_formats() -> None:
    registry = _registry(Loader(name="a", load=_load, extensions=(".a",), sniff=lambda head: 0.0))
    with pytest.raises(UnknownFormatError, match="candidates: a"):
        registry.choose_loader("x.zzz", head=b"zzz")
    with pytest.raises(UnknownFormatError, match="no loader named 'nope'"):
        registry.choose_loader("x.a", format="nope")


def test_duplicate_names_raise() -> None:
    registry = _registry(Loader(name="a", load=_load))
    with pytest.raises(DuplicateNameError, match="'test' and 'other'"):
        registry.add(Loader(name="a", load=_load), "other")


def test_invalid_names_are_rejected() -> None:
    with pytest.raises(PluginError):
        Loader(name="Bad Name", load=_load)


def test_exporter_choice() -> None:
    registry = Registry()
    registry.add(Exporter(name="e", dump=_dump, extensions=(".e",)), "test")
    assert registry.choose_exporter("out.E").name == "e"
    with pytest.raises(UnknownFormatError, match="pass a format"):
        registry.choose_exporter("out.unknown")


def test_default_extractor_is_highest_priority() -> None:
    registry = Registry()
    with pytest.raises(UnknownFormatError, match="no extractor is registered"):
        registry.extractor()
    registry.add(Extractor(name="low", extract=lambda d: [], priority=1), "t")
    registry.add(Extractor(name="high", extract=lambda d: [], priority=5), "t")
    assert registry.extractor().name == "high"
    assert registry.extractor("low").name == "low"
    registry.add(Extractor(name="also-high", extract=lambda d: [], priority=5), "t")
    with pytest.raises(AmbiguousFormatError):
        registry.extractor()


def test_the_environment_chooses_the_extractor_when_none_is_named(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    registry = Registry()
    registry.add(Extractor(name="low", extract=lambda d: [], priority=1), "t")
    registry.add(Extractor(name="high", extract=lambda d: [], priority=5), "t")
    monkeypatch.setenv(ENV_EXTRACTOR, " low ")
    assert registry.extractor().name == "low"
    assert registry.extractor("high").name == "high"  # an explicit name still wins
    monkeypatch.setenv(ENV_EXTRACTOR, "")
    assert registry.extractor().name == "high"
    monkeypatch.setenv(ENV_EXTRACTOR, "missing")
    with pytest.raises(UnknownFormatError, match=r"'missing' \(set by CLAIMKIT_EXTRACTOR\).*high"):
        registry.extractor()


class _FirstWord:
    """A plugin whose extractor states the first word of every document."""

    @staticmethod
    def extract(document: Document) -> list[Claim]:
        end = document.text.find(" ")
        return [
            Claim(
                id=f"first:{document.id}",
                kind=ClaimKind.STATEMENT,
                claimant=Actor(id="person:nobody", name="nobody"),
                proposition=document.text[:end],
                provenance=Provenance(document_id=document.id, span=Span(start=0, end=end)),
            )
        ]

    @hookimpl
    def register_extractors(self, register: Callable[[Extractor], None]) -> None:
        register(Extractor(name="first-word", extract=self.extract))


def test_load_and_extract_honour_the_environment(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    import claimkit

    article = tmp_path / "a.txt"
    article.write_text("Officials denied the report on Monday.", encoding="utf-8")
    with plugin_registered(_FirstWord(), name="first-word-test"):
        assert all(c.id.startswith("claim:") for c in claimkit.load(article).claims)
        monkeypatch.setenv(ENV_EXTRACTOR, "first-word")
        (claim,) = claimkit.load(article).claims
        assert claim.proposition == "Officials"
        assert [c.proposition for c in claimkit.extract("Tehran denied it.").claims] == ["Tehran"]
        assert claimkit.load(article, extractor="rules").claims != (claim,)


@pytest.mark.parametrize(
    ("name", "loader"),
    [
        ("a.json", "json"),
        ("a.jsonl", "jsonl"),
        ("a.ndjson", "jsonl"),
        ("a.csv", "csv"),
        ("a.txt", "text"),
    ],
)
def test_builtin_formats_by_extension(name: str, loader: str) -> None:
    assert get_registry().choose_loader(name).name == loader


@pytest.mark.parametrize(
    ("head", "loader"),
    [
        (b'{"schema_version": 1, "documents": []}', "json"),
        (b'{"type": "header", "schema_version": 1}\n{"type": "claim"}\n', "jsonl"),
        (b"Some article title\n\nBody text.", "text"),
    ],
)
def test_builtin_formats_by_content(head: bytes, loader: str) -> None:
    assert get_registry().choose_loader("noextension", head=head).name == loader


def test_builtin_formats_are_registered_by_their_plugins() -> None:
    registry = get_registry()
    assert registry.loaders["json"].plugin == "claimkit.formats.json"
    assert registry.exporters["csv"].plugin == "claimkit.formats.csv"
