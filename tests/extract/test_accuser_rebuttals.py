"""Calling one's own accuser wrong denies the accuser's charge (accuser_rebuttals)."""

from __future__ import annotations

import pytest

import claimkit


def _claims(text: str) -> list[tuple[str, str, str | None]]:
    return [(c.kind.value, c.claimant.name, c.target.name if c.target else None)
            for c in claimkit.extract(text).claims]


@pytest.mark.parametrize(
    ("text", "accuser"),
    [
        ("Patricia Smith said Hillary Clinton lied to her about the video. Clinton said on "
         "Wednesday that Smith is absolutely wrong.", "Patricia Smith"),
        ('Patricia Smith accused Hillary Clinton of lying. "She\'s absolutely wrong," Clinton '
         "said.", "Patricia Smith"),
        ('Patricia Smith accused Hillary Clinton of lying. "She is wrong," Clinton said.',
         "Patricia Smith"),
        ("Donald Trump said Ted Cruz lied about his record. Cruz said Trump was wrong for saying "
         "he lied.", "Donald Trump"),
    ],
)
def test_judging_ones_accuser_wrong_denies(text: str, accuser: str) -> None:
    last = _claims(text)[-1]
    assert last[0] == "denial"
    assert last[2] == accuser


@pytest.mark.parametrize(
    "text",
    [
        # the party judged wrong accused someone else, or no one
        "Donald Trump said Ted Cruz is a liar. Marco Rubio said Trump is wrong.",
        "Hillary Clinton said on Tuesday that Donald Trump is wrong.",
        # a pronoun with no accuser of the speaker before it
        '"He is wrong," Hillary Clinton said of Donald Trump.',
    ],
)
def test_judging_another_party_wrong_stays_a_charge(text: str) -> None:
    assert _claims(text)[-1][0] == "allegation"


@pytest.mark.parametrize(
    "text",
    [
        # a noun before a finite "be" is a subject, not a verb of attacking
        "Clinton said the mother of a man who died in the 2012 Benghazi terror attack is "
        "absolutely wrong.",
        "The senator said the attack was a disgrace.",
    ],
)
def test_a_noun_before_be_is_no_cue_of_attacking(text: str) -> None:
    assert [c.cue for c in claimkit.extract(text).claims] == ["said"]
