"""The webannotation exporter and loader, checked against the W3C Web Annotation model.

The checker below holds the model's rules for the classes the format uses (which keys
each may have, the motivations and purposes it defines, selector fields) and checks that
every selector points at its quote in the document text.  The loader must give the
claims back, take corrected spans from the selectors, and read annotations made
elsewhere.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner
from hypothesis import given, settings

import claimkit
from claimkit import datasets
from claimkit.cli import main
from claimkit.errors import LoadError
from claimkit.formats.webannotation import CONTEXT_CHARS
from claimkit.model import ActorKind, ClaimKind, Corpus, Span
from claimkit.testing import strategies as cks

ANNO_CONTEXT = "http://www.w3.org/ns/anno.jsonld"
# The W3C Web Annotation Data Model (https://www.w3.org/TR/annotation-model/): the keys
# each class may carry (plus claimkit's declared extension on annotations), and the
# motivations (also the values of a body's purpose).
KEYS = {
    "AnnotationCollection": {"@context", "id", "type", "label", "total", "first", "last"},
    "AnnotationPage": {"id", "type", "items", "partOf", "next", "prev", "startIndex"},
    "Annotation": {
        "@context", "id", "type", "motivation", "body", "bodyValue", "target", "creator",
        "created", "generator", "generated", "modified", "audience", "rights", "canonical",
        "via", "stylesheet", "claimkit",
    },
    "TextualBody": {
        "id", "type", "value", "purpose", "format", "language", "processingLanguage",
        "textDirection", "creator", "created", "modified",
    },
    "SpecificResource": {
        "id", "type", "source", "selector", "state", "styleClass", "renderedVia", "scope",
        "purpose",
    },
    "TextPositionSelector": {"type", "start", "end", "refinedBy"},
    "TextQuoteSelector": {"type", "exact", "prefix", "suffix", "refinedBy"},
    "CssStylesheet": {"id", "type", "value", "format"},
}
MOTIVATIONS = {
    "assessing", "bookmarking", "classifying", "commenting", "describing", "editing",
    "highlighting", "identifying", "linking", "moderating", "questioning", "replying",
    "tagging",
}


class ModelError(AssertionError):
    pass


def _require(condition: bool, message: str) -> None:
    if not condition:
        raise ModelError(message)


def _keys(node: dict[str, Any]) -> None:
    kind = node.get("type")
    _require(kind in KEYS, f"unknown class {kind!r}")
    extra = set(node) - KEYS[kind]
    _require(not extra, f"{kind} has keys the model does not define: {sorted(extra)}")


def _check_selectors(resource: dict[str, Any], text: str | None) -> None:
    selectors = resource["selector"]
    position = next(s for s in selectors if s["type"] == "TextPositionSelector")
    start, end = position["start"], position["end"]
    _require(isinstance(start, int) and isinstance(end, int) and 0 <= start <= end, "position")
    for selector in selectors:
        _keys(selector)
        if selector["type"] == "TextQuoteSelector":
            _require(text is not None, "a quote selector without the document")
            assert text is not None
            _require(text[start:end] == selector["exact"], "exact is not the text at the offsets")
            _require(text[:start].endswith(selector["prefix"]), "prefix does not precede exact")
            _require(text[end:].startswith(selector["suffix"]), "suffix does not follow exact")
            _require(len(selector["prefix"]) == min(start, CONTEXT_CHARS), "prefix length")
            _require(len(selector["suffix"]) == min(len(text) - end, CONTEXT_CHARS), "suffix")


def check_file(data: bytes, texts: dict[str, str]) -> list[dict[str, Any]]:
    """Check a whole file; returns the annotations."""
    collections = json.loads(data)
    _require(isinstance(collections, list), "the file is a JSON array")
    annotations = []
    for collection in collections:
        _keys(collection)
        _require(collection["@context"][0] == ANNO_CONTEXT, "the Web Annotation context")
        items = collection["first"]["items"] if "first" in collection else []
        _require(collection["total"] == len(items), "total counts the annotations")
        if "first" in collection:
            _keys(collection["first"])
        for item in items:
            _keys(item)
            _require(item["type"] == "Annotation", "items are annotations")
            _require(":" in item["id"], "annotation ids are IRIs")
            _require(item["motivation"] in MOTIVATIONS, "a motivation of the model")
            for body in item["body"]:
                _keys(body)
                _require(body["purpose"] in MOTIVATIONS, "a purpose of the model")
                _require(isinstance(body["value"], str), "textual bodies have text")
            _keys(item["stylesheet"])
            for resource in item["target"]:
                _keys(resource)
                _require(":" in resource["source"], "sources are IRIs")
                if "styleClass" in resource:
                    _require(
                        f".{resource['styleClass']} " in item["stylesheet"]["value"],
                        "every styleClass is styled",
                    )
                document_id = item["claimkit"]["claim"]["provenance"]["document_id"]
                _check_selectors(resource, texts.get(document_id))
            annotations.append(item)
    return annotations


@pytest.fixture(scope="module")
def gold() -> Corpus:
    return datasets.example_gold()


def _texts(corpus: Corpus) -> dict[str, str]:
    return {document.id: document.text for document in corpus.documents}


# ------------------------------------------------------- the checker itself


@pytest.mark.parametrize(
    ("path", "value", "message"),
    [
        (("motivation",), "annotating", "a motivation of the model"),
        (("target", 0, "selector", 0, "start"), 5, "exact is not the text"),
        (("target", 0, "selector", 1, "prefix"), "no such prefix", "prefix does not precede"),
        (("target", 0, "renderer"), "x", "keys the model does not define"),
        (("body", 0, "purpose"), "labelling", "a purpose of the model"),
    ],
)
def test_checker_rejects_what_the_model_does_not_allow(
    gold: Corpus, path: tuple[Any, ...], value: Any, message: str
) -> None:
    collections = json.loads(claimkit.dumps(gold, "webannotation"))
    node = collections[0]["first"]["items"][0]
    for key in path[:-1]:
        node = node[key]
    node[path[-1]] = value
    with pytest.raises(ModelError, match=message):
        check_file(json.dumps(collections).encode(), _texts(gold))


# ---------------------------------------------------------- the format


def test_gold_follows_the_model_and_round_trips(gold: Corpus) -> None:
    data = claimkit.dumps(gold, "webannotation")
    annotations = check_file(data, _texts(gold))
    assert len(annotations) == len(gold.claims) == 40
    collections = json.loads(data)
    assert [c["label"] for c in collections] == [
        "000_6bcb59690b46f811",
        "North Korea denies US claims that it is sending artillery ammunition to Russia",
    ]
    assert claimkit.loads(data, "webannotation").claims == gold.claims


def test_a_denial_over_its_text(gold: Corpus) -> None:
    items = json.loads(claimkit.dumps(gold, "webannotation"))[0]["first"]["items"]
    denial = next(i for i in items if i["id"] == "urn:claimkit:claim:000:tehran-refutes")
    assert [body["value"] for body in denial["body"]] == [
        "denial",
        "Iran",
        "Iran has provided drones to Russia for use in Ukraine",
    ]
    parts = {t.get("styleClass", "span"): t["selector"][1]["exact"] for t in denial["target"]}
    assert parts == {
        "span": "a charge Tehran has refuted",
        "claimkit-cue": "has refuted",
        "claimkit-claimant": "Tehran",
        "claimkit-content": "a charge",
    }
    assert denial["target"][0]["source"] == "urn:claimkit:document:000_6bcb59690b46f811"


def test_a_span_corrected_in_an_annotation_tool_loads_corrected(gold: Corpus) -> None:
    collections = json.loads(claimkit.dumps(gold, "webannotation"))
    item = collections[0]["first"]["items"][0]
    cue = next(t for t in item["target"] if t.get("styleClass") == "claimkit-cue")
    position, quote = cue["selector"]
    position["end"] += 5  # "denies" -> "denies ever"
    quote["exact"] += " ever"
    item["body"][0]["value"] = "allegation"
    claim = claimkit.loads(json.dumps(collections), "webannotation").claims[0]
    original = gold.claims[0]
    assert claim.provenance.cue == (Span(start=original.provenance.cue[0].start,
                                         end=original.provenance.cue[0].end + 5),)
    assert claim.kind is ClaimKind.ALLEGATION
    assert claim.evidence == original.evidence and claim.claimant == original.claimant


def test_annotations_made_elsewhere_become_claims() -> None:
    foreign = {
        "@context": "http://www.w3.org/ns/anno.jsonld",
        "id": "https://example.org/collections/1",
        "type": "AnnotationCollection",
        "total": 1,
        "first": {
            "type": "AnnotationPage",
            "items": [
                {
                    "id": "https://hypothes.is/a/abc",
                    "type": "Annotation",
                    "body": [
                        {"type": "TextualBody", "purpose": "tagging", "value": "denial"},
                        {"type": "TextualBody", "purpose": "identifying", "value": "Tehran"},
                    ],
                    "target": {
                        "source": "https://example.org/news/1",
                        "selector": [
                            {"type": "TextPositionSelector", "start": 10, "end": 21},
                            {"type": "TextQuoteSelector", "exact": "has refuted"},
                        ],
                    },
                }
            ],
        },
    }
    (claim,) = claimkit.loads(json.dumps(foreign), "webannotation").claims
    assert claim.id == "https://hypothes.is/a/abc"
    assert claim.kind is ClaimKind.DENIAL
    assert claim.claimant.name == "Tehran" and claim.claimant.kind is ActorKind.UNKNOWN
    assert claim.document_id == "https://example.org/news/1"
    assert claim.provenance.span == Span(start=10, end=21)


@pytest.mark.parametrize(
    ("change", "message"),
    [
        (lambda item: item["body"][0].update(value="rumour"), "'rumour' is not a claim kind"),
        (
            lambda item: item["target"][0]["selector"][1].update(exact="x"),
            "exact text has 1 characters but its TextPositionSelector spans",
        ),
        (lambda item: item["target"][1].update(styleClass="claimkit-x"), "unknown target"),
        (lambda item: item["claimkit"].update(schema_version=9), "schema_version 9"),
    ],
)
def test_bad_annotations_name_the_record(gold: Corpus, change: Any, message: str) -> None:
    collections = json.loads(claimkit.dumps(gold, "webannotation"))
    change(collections[1]["first"]["items"][2])
    with pytest.raises(LoadError, match=message) as caught:
        claimkit.loads(json.dumps(collections), "webannotation", source="a.jsonld")
    first = collections[0]["total"]
    assert str(caught.value).startswith(f"a.jsonld, record {first + 2}:")


def test_not_a_collection() -> None:
    with pytest.raises(LoadError, match="item 0 is not an AnnotationCollection"):
        claimkit.loads('[{"type": "Annotation"}]', "webannotation")


@settings(max_examples=30)
@given(cks.corpora())
def test_generated_corpora_follow_the_model(corpus: Corpus) -> None:
    data = claimkit.dumps(corpus, "webannotation")
    assert len(check_file(data, _texts(corpus))) == len(corpus.claims)


def test_cli_round_trip_through_files(tmp_path: Path, seeds_dir: Path) -> None:
    annotations = tmp_path / "gold.annotations.jsonld"
    back = tmp_path / "back.json"
    runner = CliRunner()
    first = runner.invoke(main, ["convert", str(seeds_dir / "gold.json"), "-o", str(annotations)])
    assert first.exit_code == 0, first.output
    second = runner.invoke(main, ["convert", str(annotations), "-o", str(back)])
    assert second.exit_code == 0, second.output
    assert claimkit.load(back).claims == datasets.example_gold().claims
