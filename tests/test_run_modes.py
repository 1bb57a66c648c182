"""Issue 12: an extractor says what cross-document linking it offers, and every way of
running it (one process, worker processes, streamed, Dask) honours that alike."""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from pathlib import Path

import attrs
import pytest

import claimkit
from claimkit import stream
from claimkit.errors import PluginError
from claimkit.extract import plugin as rules
from claimkit.hookspecs import hookimpl
from claimkit.model import Claim, Corpus, Document
from claimkit.plugins import plugin_registered
from claimkit.registry import Extractor, LinkFunction

SEEDS = Path(__file__).resolve().parent.parent / "seeds"


@pytest.fixture(scope="module")
def documents() -> list[Document]:
    """Three copies of each seed article: allegations and denials across documents."""
    seeds = list(stream.iter_documents(sorted(SEEDS.glob("*.txt"))))
    return [
        Document(id=f"{copy}-{seed.id}", text=seed.text, title=seed.title)
        for copy in range(3)
        for seed in seeds
    ]


@pytest.fixture(scope="module")
def linked(documents: list[Document]) -> tuple[Claim, ...]:
    """The built-in extractor's claims, linked across documents in this process."""
    claims = claimkit.extract(documents, extractor="rules").claims
    document_of = {claim.id: claim.document_id for claim in claims}
    assert any(
        document_of[target] != claim.document_id
        for claim in claims
        for target in claim.responds_to
    ), "the copies of the seeds link across documents"
    return claims


class _Calls:
    """Counts the calls of an extractor's linking functions."""

    def __init__(self) -> None:
        self.link = 0
        self.prepare = 0

    def linker(self, claims: Sequence[Claim]) -> list[Claim]:
        self.link += 1
        return rules.link(claims)

    def prepare_link(self, allegations: Sequence[Claim]) -> LinkFunction:
        self.prepare += 1
        return rules.prepare_link(allegations)


class _Plugin:
    def __init__(self, extractor: Extractor) -> None:
        self.extractor = extractor

    @hookimpl
    def register_extractors(self, register):  # type: ignore[no-untyped-def]
        register(self.extractor)


def _run_every_way(
    name: str, documents: list[Document], tmp_path: Path
) -> Iterator[tuple[str, tuple[Claim, ...]]]:
    """The claims of ``documents`` by the extractor ``name``, run in every way there is."""
    for workers in (1, 2):
        corpus = claimkit.extract(documents, extractor=name, workers=workers)
        yield f"extract, {workers} process(es)", corpus.claims
    for workers in (1, 2):
        target = tmp_path / f"streamed-{workers}.jsonl"
        stream.extract_to_file(documents, target, extractor=name, workers=workers, block_claims=7)
        yield f"streamed, {workers} process(es)", claimkit.load(target).claims
    records = list(stream.extract_stream(documents, extractor=name, workers=2, chunk_size=1))
    relinked = list(stream.link_stream(lambda: records, extractor=name, block_claims=5))
    yield "link_stream", tuple(r for r in relinked if isinstance(r, Claim))
    dask_bag = pytest.importorskip("dask.bag")
    from claimkit.integrations import dask as ckdask

    bag = dask_bag.from_sequence(documents, npartitions=3)
    found = ckdask.link(ckdask.extract(bag, extractor=name), extractor=name)
    claims = found.compute(scheduler="sync")
    yield "dask", Corpus.build(documents, claims).claims


def test_an_extractor_without_linking_is_never_linked(
    documents: list[Document], linked: tuple[Claim, ...], tmp_path: Path
) -> None:
    unlinked = Extractor(name="unlinked", extract=rules.extract)
    assert unlinked.link is None and unlinked.prepare_link is None
    expected = tuple(claim for document in documents for claim in rules.extract(document))
    assert expected != linked, "the built-in linker would change these claims"
    with plugin_registered(_Plugin(unlinked), name="unlinked-plugin"):
        for mode, claims in _run_every_way("unlinked", documents, tmp_path):
            assert claims == expected, mode


def test_a_linker_without_prepare_link_is_linked_alike_in_every_mode(
    documents: list[Document], linked: tuple[Claim, ...], tmp_path: Path
) -> None:
    calls = _Calls()
    whole = Extractor(name="whole", extract=rules.extract, link=calls.linker)
    with plugin_registered(_Plugin(whole), name="whole-plugin"):
        for mode, claims in _run_every_way("whole", documents, tmp_path):
            assert claims == linked, mode
    assert calls.link > 0 and calls.prepare == 0


def test_prepare_link_is_built_once_and_links_alike_in_every_mode(
    documents: list[Document], linked: tuple[Claim, ...], tmp_path: Path
) -> None:
    calls = _Calls()
    prepared = Extractor(
        name="prepared", extract=rules.extract, link=calls.linker, prepare_link=calls.prepare_link
    )
    with plugin_registered(_Plugin(prepared), name="prepared-plugin"):
        for mode, claims in _run_every_way("prepared", documents, tmp_path):
            assert claims == linked, mode
        # linking in parts builds the index once, and never calls link on the parts
        records = list(stream.extract_stream(documents, extractor="prepared"))
        calls.link = calls.prepare = 0
        list(stream.link_stream(lambda: records, extractor="prepared", block_claims=3))
        assert (calls.prepare, calls.link) == (1, 0)


def test_the_built_in_extractor_offers_prepared_linking() -> None:
    extractor = claimkit.plugins.get_registry().extractor("rules")
    assert extractor.link is not None and extractor.prepare_link is not None


def test_prepare_link_without_link_is_refused() -> None:
    with pytest.raises(PluginError, match="prepare_link needs a link pass"):
        Extractor(name="broken", extract=rules.extract, prepare_link=rules.prepare_link)


def test_the_old_import_paths_name_the_runner_s_functions() -> None:
    from claimkit import api, parallel, runner

    assert api.extract_documents is runner.extract_documents
    assert stream.extract_stream is runner.extract_stream
    assert stream.link_stream is runner.link_stream
    assert stream.DEFAULT_BLOCK_CLAIMS == runner.DEFAULT_BLOCK_CLAIMS
    for name in parallel.__all__:
        assert getattr(parallel, name) is getattr(runner, name), name


def test_claimkit_plugins_says_what_linking_each_extractor_offers() -> None:
    from click.testing import CliRunner

    from claimkit.cli import main

    unlinked = Extractor(name="unlinked", extract=rules.extract, description="no links")
    whole = Extractor(name="whole", extract=rules.extract, link=rules.link, description="whole")
    with plugin_registered(_Plugin(unlinked), name="p1"), plugin_registered(
        _Plugin(whole), name="p2"
    ):
        result = CliRunner().invoke(main, ["plugins"], env={"COLUMNS": "400"})
    assert result.exit_code == 0, result.output
    rows = {line.split("│")[2].strip(): line for line in result.output.splitlines()
            if line.count("│") > 4 and "extractor" in line}
    assert "(no cross-document linking)" in rows["unlinked"]
    assert "(links across documents)" in rows["whole"]
    assert "(links across documents, in parts against one index)" in rows["rules"]


def test_the_kit_catches_a_linker_that_needs_more_than_the_allegations() -> None:
    from claimkit.testing import SAMPLE_TEXTS, ConformanceError, check_linking_in_parts

    def link_to_the_first_claim(claims: Sequence[Claim]) -> list[Claim]:
        """Links every claim to the corpus's first claim, whatever its kind."""
        ordered = sorted(claims, key=lambda claim: (claim.document_id, claim.id))
        first = ordered[0].id
        return [
            claim if claim.id == first else attrs.evolve(claim, responds_to=(first,))
            for claim in claims
        ]

    greedy = Extractor(name="greedy", extract=rules.extract, link=link_to_the_first_claim)
    check_linking_in_parts("rules")
    check_linking_in_parts(Extractor(name="unlinked", extract=rules.extract))
    with pytest.raises(ConformanceError, match="differently in parts"):
        check_linking_in_parts(greedy, [*SAMPLE_TEXTS, "Tehran denied the charges."])
