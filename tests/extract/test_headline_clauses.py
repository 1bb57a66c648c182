"""Title-case headlines: the first clause's verb and a noun's modifier are no part of a name
or a cue."""

from __future__ import annotations

import claimkit


def claims(text: str) -> list[tuple[str, str, str]]:
    """Each claim's kind, claimant and cue, in text order."""
    found = sorted(claimkit.extract(text).claims, key=lambda c: c.provenance.span.start)
    return [(c.kind.value, c.claimant.name, c.cue) for c in found]


BODY = "\n\nWASHINGTON (AP) — Lawmakers returned to the Capitol on Tuesday."


def test_an_attack_ad_is_no_allegation_cue() -> None:
    found = claims("Sanders Campaign Dismisses Attack Ad as 'Desperate'" + BODY)
    assert found == [("denial", "Sanders Campaign", "Dismisses")]


def test_attacking_a_party_is_still_an_allegation() -> None:
    found = claims("Republicans Attack Obama Over Benghazi")
    assert [(kind, cue) for kind, _, cue in found] == [("allegation", "Attack")]
