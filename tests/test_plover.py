"""The plover exporter, checked against the PLOVER manual's definitions.

``tests/data/plover_spec.json`` transcribes from the PLOVER manual the event categories
and their modes, the record fields, and the fields of actor, text and citation objects.
Every record the exporter writes must use only those (plus the documented ``claimkit``
extension key), with the required fields present, modes belonging to their category,
ISO 3166-1 alpha-3 or non-state actor codes, known sectors, and text offsets that point
at the text.
"""

from __future__ import annotations

import datetime as _dt
import json
import re
from pathlib import Path
from typing import Any

import attrs
import pycountry
import pytest
from click.testing import CliRunner
from hypothesis import given, settings

import claimkit
from claimkit import datasets
from claimkit.cli import main
from claimkit.formats.plover import EVENTS
from claimkit.model import ClaimKind, Corpus
from claimkit.testing import strategies as cks

SPEC = json.loads((Path(__file__).parent / "data" / "plover_spec.json").read_text("utf-8"))
EXTENSION = "claimkit"
ALPHA3 = {country.alpha_3 for country in pycountry.countries}


class PloverError(AssertionError):
    pass


def _require(condition: bool, message: str) -> None:
    if not condition:
        raise PloverError(message)


def _check_actor(actor: dict[str, Any]) -> None:
    _require(set(actor) <= set(SPEC["actor_fields"]), f"unknown actor fields {set(actor)}")
    if "code" in actor:
        code = actor["code"]
        _require(code in ALPHA3 or code in SPEC["non_state_codes"], f"bad actor code {code!r}")
    if "sector" in actor:
        _require(actor["sector"] in SPEC["sectors"], f"unknown sector {actor['sector']!r}")
    _require(bool(str(actor.get("actor_text", "")).strip()), "actor without actor_text")


def check_record(record: dict[str, Any], documents: dict[str, str] | None = None) -> None:
    """Raise PloverError unless the record follows the PLOVER manual."""
    unknown = set(record) - set(SPEC["fields"]) - {EXTENSION}
    _require(not unknown, f"fields PLOVER does not define: {sorted(unknown)}")
    for field in SPEC["required"]:
        _require(field in record, f"missing required field {field!r}")
    _require(isinstance(record["id"], str) and bool(record["id"]), "id must be a string")
    if record["date"] is not None:
        _require(re.fullmatch(r"\d{4}-\d{2}-\d{2}", record["date"]) is not None, "bad date")
        _dt.date.fromisoformat(record["date"])
    for field in SPEC["list_fields"]:
        if field in record:
            _require(isinstance(record[field], list) and bool(record[field]), f"{field}: list")
    for actor in (*record["source"], *record.get("recipient", ())):
        _check_actor(actor)
    for category in record["event"]:
        _require(category in SPEC["categories"], f"unknown event category {category!r}")
    for mode in record.get("mode", ()):
        _require(
            any(mode in SPEC["categories"][category] for category in record["event"]),
            f"mode {mode!r} does not belong to {record['event']}",
        )
    if "text_info" in record:
        info = record["text_info"]
        _require(set(info) <= set(SPEC["text_info_fields"]), f"unknown text_info {set(info)}")
        _require("text" in record, "text_info without text")
        if documents is not None and record["cite_info"]["citation"] in documents:
            text = documents[record["cite_info"]["citation"]]
            _require(text[info["start"] : info["end"]] == record["text"], "offsets miss the text")
    if "cite_info" in record:
        cite = record["cite_info"]
        _require(set(cite) <= set(SPEC["cite_info_fields"]), f"unknown cite_info {set(cite)}")


def _records(data: bytes) -> list[dict[str, Any]]:
    # split on "\n" only: str.splitlines() would also split inside strings at U+2028 etc.
    return [json.loads(line) for line in data.decode("utf-8").split("\n") if line]


@pytest.fixture(scope="module")
def gold() -> Corpus:
    return datasets.example_gold()


# ------------------------------------------------------- the checker itself


def test_spec_table_matches_the_mapping() -> None:
    for category, modes in EVENTS.values():
        assert category in SPEC["categories"]
        assert set(modes) <= set(SPEC["categories"][category])
    assert len(SPEC["categories"]) == 16


@pytest.mark.parametrize(
    ("change", "message"),
    [
        ({"event": ["DISAPPROVE"]}, "unknown event category"),
        ({"mode": ["allege"]}, "does not belong"),  # the first record is a REJECT
        ({"actor": []}, "fields PLOVER does not define"),
        ({"date": "22/09/2022"}, "bad date"),
        ({"source": [{"actor_text": "x", "code": "KP"}]}, "bad actor code"),
        ({"source": [{"actor_text": "x", "sector": "MEDIA"}]}, "unknown sector"),
        ({"source": [{"entity_text": "x"}]}, "unknown actor fields"),
    ],
)
def test_checker_rejects_what_plover_does_not_define(
    gold: Corpus, change: dict[str, Any], message: str
) -> None:
    record = _records(claimkit.dumps(gold, "plover"))[0]
    check_record(record)
    record.update(change)
    with pytest.raises(PloverError, match=message):
        check_record(record)


def test_checker_catches_offsets_that_miss(gold: Corpus) -> None:
    texts = {document.id: document.text for document in gold.documents}
    record = _records(claimkit.dumps(gold, "plover"))[0]
    record["text_info"]["start"] += 1
    with pytest.raises(PloverError, match="offsets miss"):
        check_record(record, texts)


# ------------------------------------------------------------- the exporter


def test_gold_events_follow_plover(gold: Corpus) -> None:
    texts = {document.id: document.text for document in gold.documents}
    records = _records(claimkit.dumps(gold, "plover"))
    for record in records:
        check_record(record, texts)
    coded = [claim for claim in gold.claims if claim.kind in EVENTS]
    assert [record["id"] for record in records] == [claim.id for claim in coded]
    assert len(records) == 35
    kinds = {record["claimkit"]["kind"]: record["event"] for record in records}
    assert kinds == {"allegation": ["ACCUSE"], "denial": ["REJECT"], "warning": ["THREATEN"]}
    assert all(r["mode"] == ["allege"] for r in records if r["event"] == ["ACCUSE"])
    assert not any("mode" in r for r in records if r["event"] != ["ACCUSE"])
    skipped = {claim.kind for claim in gold.claims if claim.kind not in EVENTS}
    assert skipped == {ClaimKind.STATEMENT}


def test_tehran_refutes_the_drone_charge(gold: Corpus) -> None:
    records = {r["id"]: r for r in _records(claimkit.dumps(gold, "plover"))}
    denial = records["000:tehran-refutes"]
    assert denial["event"] == ["REJECT"]
    assert denial["source"] == [
        {
            "actor_text": "Tehran",
            "identifier_text": "Iran",
            "identifier_id": "state:ir",
            "code": "IRN",
        }
    ]
    assert denial["recipient"][0]["code"] == "USA"
    assert denial["event_text"] == ["has refuted"]
    assert denial["claimkit"]["responds_to"] == ["000:washington-charges-iran"]
    charge = records["000:washington-charges-iran"]
    assert charge["event"] == ["ACCUSE"] and charge["mode"] == ["allege"]
    assert charge["link"] == denial["link"]
    unanswered = records["000:nk-blames-us"]
    assert "link" not in unanswered


def test_speakers_take_their_government_sector_and_office(gold: Corpus) -> None:
    records = {r["id"]: r for r in _records(claimkit.dumps(gold, "plover"))}
    (patel,) = records["000:patel-russia-purchasing"]["source"]
    assert patel["sector"] == "GOV"
    assert patel["office"] == "deputy spokesperson"
    assert patel["code"] == "USA"  # from the State Department he speaks for
    (white_house,) = records["000:white-house-possible-purchase"]["source"]
    assert white_house["sector"] == "GOV"


def test_document_date_url_and_outlet(gold: Corpus) -> None:
    document = attrs.evolve(
        gold.documents[1],
        url="https://example.org/nk",
        published=_dt.date(2022, 9, 22),
        outlet="Example News",
    )
    corpus = Corpus.build([document], gold.claims_in(document.id))
    records = _records(claimkit.dumps(corpus, "plover"))
    for record in records:
        check_record(record, {document.id: document.text})
        assert record["date"] == "2022-09-22"
        assert record["cite_info"] == {
            "citation": document.id,
            "url": "https://example.org/nk",
            "title": document.title,
            "publication": "Example News",
        }


@settings(max_examples=30)
@given(cks.corpora())
def test_generated_corpora_follow_plover(corpus: Corpus) -> None:
    texts = {document.id: document.text for document in corpus.documents}
    records = _records(claimkit.dumps(corpus, "plover"))
    for record in records:
        check_record(record, texts)
    assert len(records) == sum(1 for claim in corpus.claims if claim.kind in EVENTS)


def test_chosen_by_compound_extension(tmp_path: Path, seeds_dir: Path) -> None:
    target = tmp_path / "events.plover.jsonl"
    result = CliRunner().invoke(
        main, ["convert", str(seeds_dir / "gold.json"), "-o", str(target)]
    )
    assert result.exit_code == 0, result.output
    assert len(_records(target.read_bytes())) == 35
    registry = claimkit.plugins.get_registry()
    assert registry.choose_exporter("claims.jsonl").name == "jsonl"
    assert registry.choose_exporter("claims.PLOVER.jsonl").name == "plover"
