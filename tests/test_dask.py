"""The Dask integration, run on Dask's local schedulers (skipped without Dask)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

dask = pytest.importorskip("dask")
db = pytest.importorskip("dask.bag")

import claimkit  # noqa: E402
from claimkit import stream  # noqa: E402
from claimkit.integrations import dask as ckdask  # noqa: E402
from claimkit.model import Claim, Document  # noqa: E402
from claimkit.plugins import get_registry  # noqa: E402

SEEDS = Path(__file__).resolve().parent.parent / "seeds"


@pytest.fixture(params=["sync", "threads"])
def scheduler(request: pytest.FixtureRequest) -> Iterator[str]:
    with dask.config.set(scheduler=request.param):
        yield request.param


@pytest.fixture
def rules() -> str:
    assert "rules" in get_registry().extractors, (
        "the built-in extractor rules is not registered: its registration is broken"
    )
    return "rules"


@pytest.fixture
def articles(tmp_path: Path) -> Path:
    """The seed articles cut into paragraph files: many small real articles."""
    folder = tmp_path / "articles"
    folder.mkdir()
    for path in sorted(SEEDS.glob("*.txt")):
        paragraphs = [p for p in path.read_text(encoding="utf-8").split("\n") if p.strip()]
        for number, paragraph in enumerate(paragraphs[:10]):
            (folder / f"{path.stem}-{number:02}.txt").write_text(paragraph, encoding="utf-8")
    return folder


def test_read_documents_partitions_by_files(articles: Path, scheduler: str) -> None:
    bag = ckdask.read_documents(articles, files_per_partition=3)
    files = sorted(articles.glob("*.txt"))
    assert bag.npartitions == -(-len(files) // 3)
    documents = bag.compute()
    assert [d.id for d in documents] == [f.stem for f in files]
    assert documents == list(stream.iter_documents(articles))


def test_extract_and_link_equal_the_single_process_result(
    articles: Path, scheduler: str, rules: str
) -> None:
    documents = list(stream.iter_documents(articles))
    expected = claimkit.extract(documents, extractor=rules)
    bag = ckdask.read_documents(articles, files_per_partition=4)
    unlinked = ckdask.extract(bag, extractor=rules).compute()
    extractor = get_registry().extractor(rules)
    assert unlinked == [c for d in documents for c in extractor.extract(d)]
    linked = ckdask.link(ckdask.extract(bag, extractor=rules), extractor=rules).compute()
    assert linked == list(expected.claims)
    assert len(linked) > 0


def test_from_texts_and_documents_in_output(scheduler: str, rules: str) -> None:
    texts = [p.read_text(encoding="utf-8") for p in sorted(SEEDS.glob("*.txt"))]
    bag = ckdask.from_texts(db.from_sequence(texts, npartitions=2))
    records = ckdask.extract(bag, extractor=rules, with_documents=True).compute()
    documents = [r for r in records if isinstance(r, Document)]
    assert [d.text for d in documents] == texts
    assert isinstance(records[0], Document)
    assert all(isinstance(r, Claim) for r in records if not isinstance(r, Document))


def test_partitioned_jsonl_round_trip(
    articles: Path, tmp_path: Path, scheduler: str, rules: str
) -> None:
    bag = ckdask.read_documents(articles, files_per_partition=5)
    linked = ckdask.link(ckdask.extract(bag, extractor=rules, with_documents=True), extractor=rules)
    out = tmp_path / "claims"
    written = ckdask.to_jsonl(linked, out)
    assert [Path(p).name for p in written] == [f"part-{n:05}.jsonl" for n in range(bag.npartitions)]
    expected = linked.compute()
    assert list(claimkit.iter_load(out)) == expected
    assert ckdask.read_jsonl(out).compute() == expected
    corpus = claimkit.load(out)
    assert len(corpus.claims) == sum(isinstance(r, Claim) for r in expected)


def test_lazy_writes_and_bad_input(tmp_path: Path, scheduler: str) -> None:
    bag = db.from_sequence([Document(id="a", text="Nothing here.")], npartitions=1)
    writes = ckdask.to_jsonl(bag, tmp_path / "lazy", compute=False)
    assert not (tmp_path / "lazy" / "part-00000.jsonl").exists()
    dask.compute(*writes)
    assert list(claimkit.iter_load(tmp_path / "lazy")) == [Document(id="a", text="Nothing here.")]
    with pytest.raises(TypeError, match="cannot extract"):
        ckdask.from_texts(db.from_sequence([3], npartitions=1)).compute()


def test_on_a_distributed_local_cluster(articles: Path, tmp_path: Path, rules: str) -> None:
    distributed = pytest.importorskip("distributed")
    documents = list(stream.iter_documents(articles))
    expected = claimkit.extract(documents, extractor=rules)
    with (
        distributed.LocalCluster(
            n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None
        ) as cluster,
        distributed.Client(cluster),
    ):
        bag = ckdask.read_documents(articles, files_per_partition=4)
        linked = ckdask.link(ckdask.extract(bag, extractor=rules), extractor=rules)
        written = ckdask.to_jsonl(linked, tmp_path / "out")
    assert len(written) == bag.npartitions
    assert list(claimkit.iter_load(tmp_path / "out")) == list(expected.claims)
