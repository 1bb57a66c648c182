"""The runner keeps older objects out of the collector's passes only while it extracts."""

from __future__ import annotations

import gc
import weakref
from collections.abc import Iterator
from pathlib import Path

import pytest

import claimkit
from claimkit.errors import ExtractionError
from claimkit.extract import plugin as rules
from claimkit.hookspecs import hookimpl
from claimkit.model import Claim, Document
from claimkit.plugins import plugin_registered
from claimkit.registry import Extractor
from claimkit.runner import extract_claims

SEEDS = Path(__file__).resolve().parent.parent / "seeds"


class _Plugin:
    def __init__(self, extractor: Extractor) -> None:
        self.extractor = extractor

    @hookimpl
    def register_extractors(self, register):  # type: ignore[no-untyped-def]
        register(self.extractor)


class _Node:
    """An object in a reference cycle, which only the collector frees."""

    def __init__(self) -> None:
        self.me = self


@pytest.fixture()
def unfrozen() -> Iterator[None]:
    assert gc.get_freeze_count() == 0
    yield
    gc.unfreeze()


def _seed() -> Document:
    path = sorted(SEEDS.glob("*.txt"))[0]
    return claimkit.load(path).documents[0]


def test_objects_older_than_the_run_are_frozen_during_it_and_collectable_after(
    unfrozen: None,
) -> None:
    seen: list[int] = []

    def extract(document: Document) -> list[Claim]:
        seen.append(gc.get_freeze_count())
        return rules.extract(document)

    node = _Node()
    gone = weakref.ref(node)
    del node
    with plugin_registered(_Plugin(Extractor(name="counting", extract=extract)), name="gc-a"):
        corpus = claimkit.extract(_seed(), extractor="counting")
    assert corpus.claims
    assert seen and seen[0] > 0, "the objects made before the run are frozen while it runs"
    assert gc.get_freeze_count() == 0
    gc.collect()
    assert gone() is None, "a cycle made before the run is collected after it"


def test_a_caller_s_own_freeze_is_kept(unfrozen: None) -> None:
    node = _Node()
    gone = weakref.ref(node)
    gc.freeze()
    del node
    claimkit.extract(_seed())
    gc.collect()
    assert gone() is not None, "what the caller froze stays frozen"
    gc.unfreeze()
    gc.collect()
    assert gone() is None


def test_the_freeze_ends_when_the_extractor_fails(unfrozen: None) -> None:
    def extract(document: Document) -> list[Claim]:
        raise RuntimeError("broken")

    with plugin_registered(_Plugin(Extractor(name="failing", extract=extract)), name="gc-b"):
        with pytest.raises(ExtractionError):
            claimkit.extract(_seed(), extractor="failing")
    assert gc.get_freeze_count() == 0


def test_the_per_document_pass_alone_freezes_too(unfrozen: None) -> None:
    seen: list[int] = []

    def extract(document: Document) -> list[Claim]:
        seen.append(gc.get_freeze_count())
        return rules.extract(document)

    claims = extract_claims([_seed()], Extractor(name="counting", extract=extract), workers=1)
    assert claims
    assert seen and seen[0] > 0
    assert gc.get_freeze_count() == 0
