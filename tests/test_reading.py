"""Issue 12: every claim can be checked by reading, in the API, the CSV and the table."""

from __future__ import annotations

import csv
import io
from pathlib import Path

import pytest
from click.testing import CliRunner

import claimkit
from claimkit.cli import main
from claimkit.errors import InvalidValueError
from claimkit.formats.csv import COLUMNS, READING_COLUMNS, STORED_COLUMNS

ARTICLE = "004_1a83e61fc4204547"


@pytest.fixture(scope="module")
def seeds() -> claimkit.Corpus:
    root = Path(__file__).resolve().parent.parent / "seeds"
    return claimkit.load(sorted(root.glob("*.txt")))


def _claim(corpus: claimkit.Corpus, proposition: str) -> claimkit.Claim:
    return next(c for c in corpus.claims if c.proposition == proposition)


def test_sentence_widens_a_clause_to_its_sentence(seeds: claimkit.Corpus) -> None:
    charges = _claim(seeds, "the charges")
    document = seeds.document(charges.document_id)
    assert charges.sentence(document) == (
        "Russia has disputed the charges, asking the US to back up its denial with proof."
    )
    assert charges.content_text(document) == "the charges"


def test_summary_bullet_sentence_stays_in_its_bullet(seeds: claimkit.Corpus) -> None:
    document = seeds.document("000_6bcb59690b46f811")
    first = seeds.claims_in(document)[0]
    assert first.sentence(document) == "North Korea denies ever providing Russia with weapons."


def test_sentence_refuses_another_document(seeds: claimkit.Corpus) -> None:
    claim = seeds.claims_in(ARTICLE)[0]
    with pytest.raises(InvalidValueError, match="comes from document"):
        claim.sentence(seeds.document("000_6bcb59690b46f811"))


def test_standalone_proposition_resolves_what_a_denial_answers(seeds: claimkit.Corpus) -> None:
    assert seeds.standalone_proposition(_claim(seeds, "the charges")) == (
        "the charges [Russia was purchasing millions of artillery shells and missiles from "
        "North Korea]"
    )
    assert seeds.standalone_proposition(_claim(seeds, "a charge")) == (
        "a charge [Iran with providing drones to Russia for use in its conflict in Ukraine]"
    )


def test_standalone_proposition_falls_back_to_the_sentence(seeds: claimkit.Corpus) -> None:
    possible = _claim(seeds, "it as a \u201cpossible purchase\u201d")
    standalone = seeds.standalone_proposition(possible)
    assert standalone.startswith("Later, the White House referred to it as")
    complete = _claim(seeds, "ever providing Russia with weapons")
    assert seeds.standalone_proposition(complete) == "ever providing Russia with weapons"


def test_csv_has_sentence_and_content_text(seeds: claimkit.Corpus, tmp_path: Path) -> None:
    path = claimkit.dump(seeds, tmp_path / "claims.csv")
    with path.open(encoding="utf-8", newline="") as handle:
        rows = list(csv.DictReader(handle))
    assert tuple(rows[0]) == COLUMNS and COLUMNS[-2:] == READING_COLUMNS
    charges = next(row for row in rows if row["proposition"] == "the charges")
    assert charges["sentence"].startswith("Russia has disputed the charges, asking")
    assert charges["content_text"] == "the charges"
    assert all(row["sentence"] for row in rows)
    assert claimkit.load(path).claims == seeds.claims


def test_csv_without_reading_columns_still_loads(seeds: claimkit.Corpus) -> None:
    """Files written before the reading columns existed load as before."""
    new = claimkit.dumps(seeds, "csv").decode("utf-8")
    rows = list(csv.reader(io.StringIO(new, newline="")))
    old = io.StringIO(newline="")
    csv.writer(old, lineterminator="\r\n").writerows(row[: len(STORED_COLUMNS)] for row in rows)
    assert rows[0][: len(STORED_COLUMNS)] == list(STORED_COLUMNS)
    assert claimkit.loads(old.getvalue(), "csv").claims == seeds.claims


def test_table_shows_the_standalone_proposition_and_sentence(seeds_dir: Path) -> None:
    result = CliRunner().invoke(
        main, ["extract", str(seeds_dir / "000_6bcb59690b46f811.txt")], env={"COLUMNS": "200"}
    )
    assert result.exit_code == 0, result.output
    assert "the charges [Russia was purchasing millions of artillery shells" in result.output
    assert "\u201cRussia has disputed the charges, asking the US to back up" in result.output
