"""A title-case headline line in text given as a string never runs into the body's names."""

from __future__ import annotations

import pytest

import claimkit


def claimants(text: str) -> list[str]:
    """The claimant names of every claim, in text order."""
    claims = sorted(claimkit.extract(text).claims, key=lambda c: c.provenance.span.start)
    return [c.claimant.name for c in claims]


def mention_names(text: str) -> list[str]:
    """The actor names of every mention the actor stage finds."""
    from claimkit.extract.actors import ActorResolver

    document = claimkit.extract(text).documents[0]
    return [m.actor.name for m in ActorResolver(document).mentions()]


@pytest.mark.parametrize(
    ("text", "claimant"),
    [
        ("Apple Denies Tax Evasion\nApple Inc said on Tuesday it had paid all taxes.",
         "Apple Inc"),
        ("Apple Denies Tax Evasion\n\nApple Inc said on Tuesday it had paid all taxes.",
         "Apple Inc"),
        ("Apple Sued Over Patents\nSamsung Electronics said Apple had copied its designs.",
         "Samsung Electronics"),
        ("Putin Illness Rumours Denied\nDmitry Peskov said the rumours were false.",
         "Dmitry Peskov"),
        ("Bank Fined\nBarclays said it would appeal.", "Barclays"),
    ],
)
def test_the_body_names_its_speaker_without_the_headline(text: str, claimant: str) -> None:
    assert claimants(text)[-1] == claimant
    headline = text.split("\n")[0]
    assert not any(headline.split()[-1] in name.split() and name != claimant
                   and claimant in name for name in mention_names(text))


@pytest.mark.parametrize(
    "text",
    [
        # not a headline: a sentence wrapped inside a name keeps the name whole
        "The company was founded by Tim\nCook said it had paid all taxes.",
        # a headline with closing punctuation was a sentence of its own already
        "Apple Denies Tax Evasion.\nApple Inc said on Tuesday it had paid all taxes.",
    ],
)
def test_lines_that_are_no_headline_are_read_as_before(text: str) -> None:
    assert "Tax Evasion Apple Inc" not in mention_names(text)
    assert claimants(text)


def test_a_loaded_article_and_a_string_agree(tmp_path: object) -> None:
    text = "Apple Denies Tax Evasion\nApple Inc said on Tuesday it had paid all taxes.\n"
    from pathlib import Path

    path = Path(str(tmp_path)) / "a.txt"
    path.write_text(text, encoding="utf-8")
    loaded = sorted(c.claimant.name for c in claimkit.extract(path).claims)
    assert sorted(claimants(text)) == loaded
