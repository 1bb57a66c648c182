"""Sport senses of violence and crime words: a match reported charges no one."""

from __future__ import annotations

import pytest

import claimkit
from claimkit.extract.kind_lexicon import kind_lexicon
from claimkit.extract.sport_senses import sporting
from claimkit.model import ClaimKind


def kind_of(text: str) -> ClaimKind:
    """The kind of the one claim extracted from a text."""
    (claim,) = claimkit.extract(text).claims
    return claim.kind


@pytest.mark.parametrize(
    "text",
    [
        "Chelsea were beaten by the better side, the manager said.",
        "We were beaten 3-0 at home and deserved it, the captain said.",
        "United were beaten 2 – 1 by City, the coach said.",
        "Salah killed off the game with a second goal, Klopp said.",
        "We were robbed of a win by a late goal, the manager said.",
        "Liverpool attacked down the left all game, the coach said.",
        "Kane shot wide in the first half, the manager said.",
        "The striker struck the crossbar twice, the coach said.",
        "City crushed United 4-0, the coach said.",
        "They punished our mistakes, the manager said.",
        "We were hammered in the final, the manager said.",
    ],
)
def test_a_match_reported_is_a_statement(text: str) -> None:
    assert kind_of(text) is ClaimKind.STATEMENT


@pytest.mark.parametrize(
    "text",
    [
        "Fans were beaten by police, the witness said.",
        "Fans were beaten by police after the match, the witness said.",
        "A player was attacked after the match, the league said.",
        "Gunmen attacked the team bus, the club said.",
        "The army attacked the town to win the war, the group said.",
        "He was shot in the final minutes of the siege, the witness said.",
        "Rebels shot a team of doctors, the ministry said.",
        "Supporters were beaten with batons during the game, the club said.",
        "We were robbed of a win by the referee, the manager said.",
        "The referee said he was attacked by players at half-time.",
        "The linesman said he was punched by a player at full-time.",
    ],
)
def test_violence_at_a_match_or_blamed_on_an_official_stays_an_allegation(text: str) -> None:
    assert kind_of(text) is ClaimKind.ALLEGATION


@pytest.mark.parametrize(
    ("words", "index", "expected"),
    [
        (["chelsea", "were", "beaten", "by", "the", "better", "side"], 2, True),
        (["kane", "shot", "wide"], 1, True),
        (["they", "attacked", "the", "team", "bus"], 1, False),  # the team does not head
        (["they", "stabbed", "him", "in", "the", "second", "half"], 1, False),  # no sport sense
        (["they", "beat", "him", "outside", "the", "match"], 1, False),  # only the scene
    ],
)
def test_sporting_reads_the_phrase_after_the_word(
    words: list[str], index: int, expected: bool
) -> None:
    assert sporting(words, index, index + 1, kind_lexicon()) is expected


@pytest.mark.parametrize(
    "text",
    [
        "The coach said the team was beaten at half-time by a better side.",
        "The manager said his side were killed off at full-time by a late goal.",
    ],
)
def test_a_term_of_the_match_after_its_time_still_gives_the_sport_sense(text: str) -> None:
    assert [c.kind for c in claimkit.extract(text).claims] == [ClaimKind.STATEMENT]


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("Ten Hag said the striker had attacked the space brilliantly.", ClaimKind.STATEMENT),
        ("The coach said his wingers attacked the box well.", ClaimKind.STATEMENT),
        ("Klopp said the defender attacked the ball at the near post.", ClaimKind.STATEMENT),
        # near-misses: no term of play ("the box office"), or a weapon
        ("Witnesses said the mob attacked the box office.", ClaimKind.ALLEGATION),
        ("Police said the gang attacked the man with a knife.", ClaimKind.ALLEGATION),
    ],
)
def test_attacking_a_space_of_the_pitch_charges_no_one(text: str, kind: ClaimKind) -> None:
    assert [c.kind for c in claimkit.extract(text).claims] == [kind]
