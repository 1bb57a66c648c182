"""A denying side's plain negations of the denied matter deny it too (denial_elaborations)."""

from __future__ import annotations

import pytest

import claimkit

_DENIAL = ("An Iraqi official denied that a woman held in Lebanon is a wife of the militant "
           "leader Abu Omar.")


def _kinds(text: str) -> list[tuple[str, str]]:
    return [(c.kind.value, c.cue) for c in claimkit.extract(text).claims]


@pytest.mark.parametrize(
    "later",
    [
        "Iraqi interior ministry spokesman Ali Hassan told reporters that the woman is not Abu "
        "Omar's wife.",
        "The official said the woman has never been a wife of Abu Omar.",
    ],
)
def test_a_denying_sides_plain_negation_of_the_matter_denies(later: str) -> None:
    kinds = _kinds(f"{_DENIAL}\n\n{later}")
    assert kinds[0] == ("denial", "denied")
    assert kinds[-1][0] == "denial"


def test_a_predicate_of_soundness_from_the_denying_side_denies() -> None:
    text = ("North Korea's leader Kim's health is just fine, his government said on Thursday."
            "\n\nNorth Korean ambassador Kim Song denied any health problems.")
    assert [k for k, _ in _kinds(text)] == ["denial", "denial"]


@pytest.mark.parametrize(
    "later",
    [
        # a negation about something else, of an ability or intent, or in a comparison
        "The official said the ministry has not received any request from Lebanon.",
        "The official said he could not say where the wife of Abu Omar lives.",
        "The official said Iraq had made a decision not to comment on Abu Omar's wife.",
        '"The confusion over the wife is like nothing I have ever seen before," the '
        "official said.",
        # the other side's negation is no denial of it
        "Lebanese officials said the woman was not travelling with Abu Omar's wife.",
    ],
)
def test_other_negations_stay_statements(later: str) -> None:
    kinds = _kinds(f"{_DENIAL}\n\n{later}")
    assert [k for k, _ in kinds[1:]] in ([], ["statement"])
