"""The schemaorg exporter, checked against the schema.org vocabulary.

``tests/data/schemaorg_vocabulary.json`` is a small table of the schema.org types and
properties the exporter may use, transcribed from schema.org's release files (types
with their superclasses, properties with their domains and ranges).  Every node the
exporter writes must use only those types and properties, each property on a type in
its domain, each value of a type in its range; wrapped claims must carry the
properties a ClaimReview needs.
"""

from __future__ import annotations

import datetime as _dt
import json
from pathlib import Path
from typing import Any

import attrs
import pytest
from click.testing import CliRunner
from hypothesis import given, settings

import claimkit
from claimkit import datasets
from claimkit.cli import main
from claimkit.errors import ExportError
from claimkit.model import ActorKind, Corpus
from claimkit.testing import strategies as cks

VOCABULARY = json.loads(
    (Path(__file__).parent / "data" / "schemaorg_vocabulary.json").read_text(encoding="utf-8")
)
TYPES: dict[str, list[str]] = VOCABULARY["types"]
PROPERTIES: dict[str, dict[str, list[str]]] = VOCABULARY["properties"]
DATATYPES: set[str] = set(VOCABULARY["datatypes"])
REVIEW_PLACEHOLDERS = {"author", "url", "datePublished", "alternateName"}


class VocabularyError(AssertionError):
    pass


def _ancestors(name: str) -> set[str]:
    if name not in TYPES:
        raise VocabularyError(f"unknown schema.org type {name!r}")
    found = {name}
    for parent in TYPES[name]:
        found |= _ancestors(parent)
    return found


def _types_of(node: dict[str, Any]) -> set[str]:
    declared = node.get("@type")
    if declared is None:
        raise VocabularyError(f"node without @type: {node}")
    names = declared if isinstance(declared, list) else [declared]
    result: set[str] = set()
    for name in names:
        result |= _ancestors(name)
    return result


def _check_literal(prop: str, value: object, allowed: list[str]) -> None:
    if not isinstance(value, str) or not value:
        raise VocabularyError(f"{prop}: expected a non-empty text, got {value!r}")
    if not set(allowed) & DATATYPES:
        raise VocabularyError(f"{prop}: expects a node of {allowed}, got text {value!r}")
    if set(allowed) <= {"Date", "DateTime"}:
        _dt.date.fromisoformat(value[:10])
    if allowed == ["URL"] and ":" not in value:
        raise VocabularyError(f"{prop}: {value!r} is not a URL")


def check_node(node: dict[str, Any], *, skeleton: bool = False) -> None:
    """Raise VocabularyError unless the node and everything in it follow the vocabulary."""
    types = _types_of(node)
    for prop, value in node.items():
        if prop in ("@type", "@id", "@context"):
            continue
        if prop not in PROPERTIES:
            raise VocabularyError(f"unknown schema.org property {prop!r}")
        rule = PROPERTIES[prop]
        if not types & set(rule["domain"]):
            raise VocabularyError(f"{prop} is not a property of {sorted(types)}")
        if value is None:
            if skeleton and prop in REVIEW_PLACEHOLDERS:
                continue
            raise VocabularyError(f"{prop} is null outside a ClaimReview skeleton")
        for item in value if isinstance(value, list) else [value]:
            if isinstance(item, dict):
                if not _types_of(item) & set(rule["range"]):
                    raise VocabularyError(f"{prop} expects {rule['range']}, got {item['@type']}")
                check_node(item, skeleton=skeleton)
            else:
                _check_literal(prop, item, rule["range"])


def check_document(data: bytes, *, review: bool) -> list[dict[str, Any]]:
    parsed = json.loads(data)
    assert parsed["@context"] == "https://schema.org"
    graph: list[dict[str, Any]] = parsed["@graph"]
    for node in graph:
        check_node(node, skeleton=review)
        if review:
            assert node["@type"] == "ClaimReview"
            for prop in VOCABULARY["claimreview_required"]:
                assert node.get(prop), f"ClaimReview lacks {prop}"
            assert node["itemReviewed"]["@type"] == "Claim"
            assert node["reviewRating"]["@type"] == "Rating"
        else:
            assert node["@type"] == "Claim"
    return graph


# ------------------------------------------------------- the checker itself


def test_vocabulary_table_is_consistent() -> None:
    for name in TYPES:
        assert "Thing" in _ancestors(name)
    for prop, rule in PROPERTIES.items():
        assert rule["domain"] and rule["range"], prop
        # every range the exporter relies on is a known type or a datatype
        assert any(r in TYPES or r in DATATYPES for r in rule["range"]), prop


@pytest.mark.parametrize(
    ("node", "message"),
    [
        ({"@type": "Claim", "text": "x", "spokenBy": "y"}, "unknown schema.org property"),
        ({"@type": "Claim", "jobTitle": "x"}, "not a property of"),
        ({"@type": "Claim", "author": {"@type": "Country", "name": "x"}}, "expects"),
        ({"@type": "Claimm"}, "unknown schema.org type"),
        ({"@type": "Claim", "author": "someone"}, "expects a node"),
        ({"@type": "Claim", "datePublished": None}, "null outside"),
    ],
)
def test_checker_rejects_what_schemaorg_does_not_define(
    node: dict[str, Any], message: str
) -> None:
    with pytest.raises(VocabularyError, match=message):
        check_node(node)


# ------------------------------------------------------------- the exporter


@pytest.fixture(scope="module")
def seeds() -> Corpus:
    return datasets.example()


def test_seed_claims_follow_the_vocabulary(seeds: Corpus) -> None:
    graph = check_document(claimkit.dumps(seeds, "schemaorg"), review=False)
    assert [node["identifier"] for node in graph] == [claim.id for claim in seeds.claims]
    by_id = {node["identifier"]: node for node in graph}
    for claim in seeds.claims:
        node = by_id[claim.id]
        assert node["text"] == claim.proposition
        assert node["author"]["name"] == claim.claimant.name
        assert node["appearance"]["identifier"] == claim.document_id
        assert ("about" in node) == (claim.target is not None)


def test_actor_kinds_become_schemaorg_types(seeds: Corpus) -> None:
    graph = check_document(claimkit.dumps(seeds, "schemaorg"), review=False)
    authors = {node["author"]["identifier"]: node["author"] for node in graph}
    assert authors["state:kp"]["@type"] == ["Organization", "Country"]
    assert authors["state:kp"]["address"]["addressCountry"] == "KP"
    patel = authors["person:vedant-patel"]
    assert patel["@type"] == "Person"
    assert patel["jobTitle"] == "deputy spokesperson"
    assert patel["nationality"] == {"@type": "Country", "identifier": "US"}
    ministry = patel["affiliation"]
    assert ministry["@type"] == "GovernmentOrganization"
    assert ministry["parentOrganization"]["identifier"] == "state:us"
    kinds = {claim.claimant.kind for claim in seeds.claims}
    assert ActorKind.GROUP in kinds  # "the majority of the world": an Organization
    assert authors["group:majority-of-the-world"]["@type"] == "Organization"


def test_review_option_wraps_claims_in_claimreview_skeletons(seeds: Corpus) -> None:
    data = claimkit.dumps(seeds, "schemaorg", options={"review": True})
    graph = check_document(data, review=True)
    assert len(graph) == len(seeds.claims)
    first = graph[0]
    assert first["claimReviewed"] == seeds.claims[0].proposition
    assert first["itemReviewed"]["identifier"] == seeds.claims[0].id
    assert first["reviewRating"] == {"@type": "Rating", "alternateName": None}
    assert first["author"] is None and first["url"] is None


def test_document_url_date_title_and_outlet_reach_the_appearance(seeds: Corpus) -> None:
    document = attrs.evolve(
        seeds.documents[1],
        url="https://example.org/nk-denies",
        published=_dt.date(2022, 9, 22),
        outlet="Example News",
    )
    corpus = Corpus.build([document], seeds.claims_in(document.id))
    graph = check_document(claimkit.dumps(corpus, "schemaorg"), review=False)
    node = graph[0]
    assert node["datePublished"] == "2022-09-22"
    assert node["appearance"] == {
        "@type": "NewsArticle",
        "@id": "https://example.org/nk-denies",
        "identifier": document.id,
        "url": "https://example.org/nk-denies",
        "headline": document.title,
        "datePublished": "2022-09-22",
        "publisher": {"@type": "NewsMediaOrganization", "name": "Example News"},
    }


@settings(max_examples=30)
@given(cks.corpora())
def test_generated_corpora_follow_the_vocabulary(corpus: Corpus) -> None:
    for review in (False, True):
        graph = check_document(
            claimkit.dumps(corpus, "schemaorg", options={"review": review}), review=review
        )
        assert len(graph) == len(corpus.claims)


def test_unknown_option_and_bad_value_are_errors(seeds: Corpus) -> None:
    with pytest.raises(ExportError, match="has no option 'reviews' \\(options: review\\)"):
        claimkit.dumps(seeds, "schemaorg", options={"reviews": True})
    with pytest.raises(ExportError, match="option 'review' must be true or false"):
        claimkit.dumps(seeds, "schemaorg", options={"review": "maybe"})
    with pytest.raises(ExportError, match="'json' has no option 'review' \\(options: none\\)"):
        claimkit.dumps(seeds, "json", options={"review": True})


def test_cli_review_option(tmp_path: Path, seeds_dir: Path) -> None:
    target = tmp_path / "reviews.jsonld"
    runner = CliRunner()
    result = runner.invoke(
        main, ["extract", str(seeds_dir), "-o", str(target), "-O", "review=true"]
    )
    assert result.exit_code == 0, result.output
    graph = check_document(target.read_bytes(), review=True)
    assert len(graph) == len(datasets.example().claims)
    bad = runner.invoke(main, ["extract", str(seeds_dir), "-t", "schemaorg", "-O", "review"])
    assert bad.exit_code != 0
    assert "expected NAME=VALUE" in bad.output
    unknown = runner.invoke(
        main, ["extract", str(seeds_dir), "-t", "schemaorg", "-O", "colour=red"]
    )
    assert unknown.exit_code == 1
    assert "has no option 'colour'" in unknown.output


def test_plugins_lists_the_exporter_and_its_option() -> None:
    result = CliRunner().invoke(main, ["plugins"], env={"COLUMNS": "300"})
    assert result.exit_code == 0
    line = next(line for line in result.output.splitlines() if "schemaorg" in line)
    assert ".jsonld" in line
    assert "(options: -O review=...)" in line
    for name, extension in (
        ("plover", ".plover.jsonl"),
        ("webannotation", ".annotations.jsonld"),
    ):
        rows = [row for row in result.output.splitlines() if f" {name} " in row]
        assert any("exporter" in row and extension in row for row in rows), name
    assert any("loader" in row and " webannotation " in row for row in result.output.splitlines())
