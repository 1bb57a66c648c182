"""Title-case headlines: the first clause's verb and a noun's modifier are no part of a name
or a cue."""

from __future__ import annotations

import pytest

import claimkit


def claims(text: str) -> list[tuple[str, str, str]]:
    """Each claim's kind, claimant and cue, in text order."""
    found = sorted(claimkit.extract(text).claims, key=lambda c: c.provenance.span.start)
    return [(c.kind.value, c.claimant.name, c.cue) for c in found]


BODY = "\n\nWASHINGTON (AP) — Lawmakers returned to the Capitol on Tuesday."


@pytest.mark.parametrize(
    ("text", "claimant"),
    [
        ("Governor Signs Budget, Says Critics 'Misleading Public'", "governor"),
        ("Governor Signs Budget, Says Critics 'Misleading Public'" + BODY, "governor"),
        ("Mayor Vetoes Bill, Says Council 'Lied to Voters'", "mayor"),
        ("Smith Wins Primary, Says Rival Lied About Record", "Smith"),
        ("Trump Allies Sue Over Rolls, Say Officials Cheated", "Trump Allies"),
    ],
)
def test_the_speaker_of_a_headline_clause_stops_before_its_verb(text: str,
                                                                claimant: str) -> None:
    said = [c for c in claims(text) if c[2] in ("Says", "Say")]
    assert [c[1] for c in said] == [claimant]


@pytest.mark.parametrize(
    ("text", "claimant"),
    [
        ("Fox News Host, Says Obama Lied", "Fox News Host"),  # an outlet's plural name
        ("Sen. Jack Reed (D-R.I.), said Trump lied.", "Jack Reed"),  # not a headline
    ],
)
def test_a_name_before_a_headline_comma_stays_whole(text: str, claimant: str) -> None:
    assert [c[1] for c in claims(text)] == [claimant]


def test_an_attack_ad_is_no_allegation_cue() -> None:
    found = claims("Sanders Campaign Dismisses Attack Ad as 'Desperate'" + BODY)
    assert found == [("denial", "Sanders Campaign", "Dismisses")]


def test_attacking_a_party_is_still_an_allegation() -> None:
    found = claims("Republicans Attack Obama Over Benghazi")
    assert [(kind, cue) for kind, _, cue in found] == [("allegation", "Attack")]
