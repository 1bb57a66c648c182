"""The pandas integration: dtypes, and the round trip back to claims (skipped without pandas).

CI installs the ``pandas`` extra and sets ``CLAIMKIT_REQUIRE_EXTRAS=1``, which turns the
skip into a failure, so these tests cannot silently stop running there.
"""

from __future__ import annotations

import datetime as _dt
import os

import attrs
import pytest
from hypothesis import given, settings

if os.environ.get("CLAIMKIT_REQUIRE_EXTRAS"):
    import pandas as pd
else:
    pd = pytest.importorskip("pandas")

from claimkit import datasets
from claimkit.errors import LoadError
from claimkit.integrations import pandas as ckpd
from claimkit.model import Corpus
from claimkit.testing import strategies as cks


@pytest.fixture(scope="module")
def gold() -> Corpus:
    return datasets.example_gold()


def _no_all_missing_floats(frame: pd.DataFrame) -> None:
    for column in frame.columns:
        if pd.api.types.is_float_dtype(frame[column]) and len(frame):
            assert frame[column].notna().any(), f"{column} is an all-missing float column"


def test_dtypes(gold: Corpus) -> None:
    claims, actors, documents = gold.to_pandas()
    assert list(claims.columns) == list(ckpd.CLAIM_COLUMNS)
    assert list(actors.columns) == list(ckpd.ACTOR_COLUMNS)
    assert list(documents.columns) == list(ckpd.DOCUMENT_COLUMNS)
    assert isinstance(claims["kind"].dtype, pd.CategoricalDtype)
    assert list(claims["kind"].cat.categories) == [
        "allegation", "denial", "admission", "warning", "confirmation", "statement",
    ]
    assert claims["evidence_strength"].dtype.ordered
    for column in ("span_start", "span_end", "claimant_start", "target_end"):
        assert claims[column].dtype == pd.Int64Dtype(), column
    for column in ("id", "claimant_id", "target_id", "proposition", "quote"):
        assert claims[column].dtype == pd.StringDtype(), column
    assert claims["evidence_score"].dtype == "float64"
    assert isinstance(actors["kind"].dtype, pd.CategoricalDtype)
    assert actors["anonymous"].dtype == bool
    assert documents["published"].dtype == "datetime64[s]"
    for frame in (claims, actors, documents):
        _no_all_missing_floats(frame)


def test_analysis_on_the_gold_claims(gold: Corpus) -> None:
    claims, actors, _ = gold.to_pandas()
    counts = claims.groupby("kind", observed=False).size()
    assert counts["allegation"] == 23 and counts["denial"] == 10 and counts["admission"] == 0
    tehran = claims.set_index("id").loc["000:tehran-refutes"]
    assert tehran["claimant_id"] == "state:ir" and tehran["cue_spans"] == [[1937, 1948]]
    assert pd.isna(claims.set_index("id").loc["000:putin-promises-relations", "target_id"])
    documented = claims[claims["evidence_strength"] >= "documented"]
    assert set(documented["id"]) == {
        claim.id for claim in gold.claims if claim.evidence.strength.rank >= 3
    }
    named = claims.merge(actors, left_on="claimant_id", right_on="id", suffixes=("", "_actor"))
    assert named.set_index("id").loc["000:patel-russia-purchasing", "name"] == "Vedant Patel"


def test_round_trip_is_lossless(gold: Corpus) -> None:
    dated = attrs.evolve(gold.documents[0], published=_dt.date(2022, 9, 22), url="https://x.org")
    corpus = Corpus.build([dated, gold.documents[1]], gold.claims, gold.actors)
    again = ckpd.from_frames(ckpd.to_frames(corpus))
    assert again.claims == corpus.claims
    assert again.actors == corpus.actors
    assert again.documents == corpus.documents


@settings(max_examples=40)
@given(cks.corpora())
def test_round_trip_property(corpus: Corpus) -> None:
    frames = ckpd.to_frames(corpus)
    for frame in frames:
        _no_all_missing_floats(frame)
    again = ckpd.from_frames(*frames)
    assert again.claims == corpus.claims
    assert again.documents == corpus.documents


def test_empty_corpus_keeps_columns_and_dtypes() -> None:
    claims, actors, documents = Corpus().to_pandas()
    assert len(claims) == 0 and list(claims.columns) == list(ckpd.CLAIM_COLUMNS)
    assert isinstance(claims["kind"].dtype, pd.CategoricalDtype)
    assert ckpd.from_frames(claims, actors, documents) == Corpus()


def test_bad_frames_are_load_errors(gold: Corpus) -> None:
    claims, actors, documents = gold.to_pandas()
    row = list(claims["claimant_id"]).index("person:john-kirby")
    message = f"claims frame, row {row}: claimant_id 'person:john-kirby' is not in the actors"
    with pytest.raises(LoadError, match=message):
        ckpd.from_frames(claims, actors[actors["id"] != "person:john-kirby"], documents)
    with pytest.raises(LoadError, match="actor 'state:kp' is not in the actors frame"):
        ckpd.from_frames(claims, actors[actors["id"] != "state:kp"], documents)
    with pytest.raises(LoadError, match="lacks the columns kind"):
        ckpd.from_frames(claims.drop(columns=["kind"]), actors)
    broken = claims.copy()
    broken.loc[0, "span_end"] = pd.NA
    with pytest.raises(LoadError, match="claims frame, row 0: a span has a start without"):
        ckpd.from_frames(broken, actors)
    with pytest.raises(LoadError, match="needs the actors frame"):
        ckpd.from_frames(claims)
