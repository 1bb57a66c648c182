"""Issue 12: identical texts, paths and wrong types given to the Python API."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

import claimkit
from claimkit.errors import (
    DuplicateTextWarning,
    InvalidValueError,
    PathLikeTextWarning,
    UnsupportedInputError,
)

DENIAL = "Russia denied the claims."
ARTICLE = "000_6bcb59690b46f811"


def test_identical_texts_are_kept_apart_with_a_warning() -> None:
    with pytest.warns(DuplicateTextWarning, match="1 of the 3 texts repeated"):
        corpus = claimkit.extract([DENIAL, "Iran denied the report.", DENIAL])
    first, _other, repeat = (d.id for d in corpus.documents)
    assert repeat == f"{first}-2"
    assert len(corpus.claims_in(first)) == len(corpus.claims_in(repeat)) >= 1


def test_two_documents_with_one_id_name_the_problem() -> None:
    one = claimkit.Document(id="d", text=DENIAL)
    other = claimkit.Document(id="d", text="Iran denied the report.")
    with pytest.raises(InvalidValueError, match="documents 0 and 1 share the id 'd'"):
        claimkit.extract([one, other])


def test_a_path_is_read(seeds_dir: Path) -> None:
    path = seeds_dir / f"{ARTICLE}.txt"
    expected = claimkit.load(path)
    assert claimkit.extract(path) == expected
    assert claimkit.extract([path]) == expected
    assert claimkit.extract(seeds_dir).documents == claimkit.load(seeds_dir).documents


def test_a_str_naming_an_existing_article_is_read(seeds_dir: Path) -> None:
    path = seeds_dir / f"{ARTICLE}.txt"
    assert claimkit.extract(str(path)) == claimkit.load(path)


def test_a_str_that_looks_like_a_missing_file_warns(tmp_path: Path) -> None:
    missing = os.fspath(tmp_path / "x.txt")
    with pytest.warns(PathLikeTextWarning, match="looks like a file name"):
        corpus = claimkit.extract(missing)
    assert corpus.documents[0].text == missing


@pytest.mark.parametrize("data", [b"Russia denied the claims.", [b"x"], 3, [3.5]])
def test_other_types_are_refused_saying_what_is_accepted(data: object) -> None:
    with pytest.raises(UnsupportedInputError, match="pass text \\(str\\), a Document") as info:
        claimkit.extract(data)  # type: ignore[arg-type]
    assert isinstance(info.value, TypeError)
    if isinstance(data, bytes):
        assert "decode" in str(info.value)


def test_evaluate_takes_paths(seeds_dir: Path) -> None:
    gold = seeds_dir / "gold.json"
    article = seeds_dir / f"{ARTICLE}.txt"
    by_path = claimkit.evaluate(gold, article)
    by_str = claimkit.evaluate(str(gold), str(article))
    loaded = claimkit.evaluate(claimkit.load(gold, extract=False), claimkit.load(article))
    assert by_path.to_dict() == by_str.to_dict() == loaded.to_dict()
    assert by_path.total.gold_claims > 0


def test_evaluate_refuses_other_types() -> None:
    with pytest.raises(UnsupportedInputError, match="gold must be a Corpus or the path"):
        claimkit.evaluate(b"gold.json", claimkit.Corpus())  # type: ignore[arg-type]


def test_claims_by_takes_a_name_or_alias(seeds_dir: Path) -> None:
    corpus = claimkit.load(seeds_dir)
    by_id = corpus.claims_by("state:kp")
    assert by_id and corpus.claims_by("North Korea") == by_id
    assert corpus.claims_by("north korea") == by_id
    assert corpus.claims_against("North Korea") == corpus.claims_against("state:kp")
    assert corpus.claims_by("state:zz") == ()
    with pytest.raises(claimkit.errors.UnknownActorError, match="'Narnia'"):
        corpus.claims_by("Narnia")
