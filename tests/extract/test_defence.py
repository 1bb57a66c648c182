"""Denials in the accused side's own defence, and negations that deny nothing (hunt35/36)."""

from __future__ import annotations

import pytest

import claimkit


def kinds_of(text: str) -> list[tuple[str, str]]:
    """(kind, claimant name) of every claim extracted from a text."""
    return [(c.kind.value, c.claimant.name) for c in claimkit.extract(text).claims]


@pytest.mark.parametrize(
    "text",
    [
        '"Eskom categorically denies that any report was suppressed," spokesperson Daphne '
        "Mokwena said.",
        '"My client has been falsely implicated for political reasons," his counsel Anil Mehra '
        "told reporters.",
        '"I have been convicted on the word of liars who were promised immunity," Mokoena told '
        "supporters.",
        '"Our syrups were tested and cleared before export. We are being made a scapegoat," '
        "company director Neeraj Gupta said.",
        '"There is not a single document linking my client to these transactions," defence '
        "lawyer Joseph Daudu said.",
        "MTN said the tax demand was based on a flawed audit and that it had paid all taxes due.",
        "Sibanye Platinum questioned the study's methods.",
        "Verma pleaded not guilty and claimed trial.",
        "Najib claimed trial to all seven charges at the Kuala Lumpur High Court.",
        "Rahman pleaded not guilty and claimed trial to a charge of criminal breach of trust.",
        '"I was arrested on false charges," Musa said.',
        '"I was detained for political reasons," the activist said.',
        "The firm said the allegations were based on false information.",
        "The manufacturer questioned the study's methods, which linked its weedkiller to cancer.",
        '"There is no evidence linking my client to the fraud," his lawyer said.',
        "Glenn Harper said he had not attended the dinner.",
        '"Congressman Keller has never used campaign funds for personal purposes," campaign '
        "manager Brett Olsen said.",
        '"Rachel Sanders has never voted for a tax increase on family farms," Sanders spokesman '
        "Evan Li said.",
        "Whitman's office called the suit frivolous.",
        "The Speaker's office said the vote was conducted in full accordance with House rules.",
        "Janssen's lawyer said she was acting within her authority.",
        '"The governor has been transparent about the costs from day one," spokeswoman Dana '
        "Ruiz said.",
        "The minister said he had never paid a bribe.",
    ],
)
def test_defence_denies(text: str) -> None:
    assert "denial" in [kind for kind, _ in kinds_of(text)]


@pytest.mark.parametrize(
    "text",
    [
        # near-misses: no denial
        '"I was convicted of fraud in 2005 and I served my time," he said.',
        '"He denies that he took the money, but he lied," critics said.',
        '"Your letter disputes the substance of the two articles," he wrote.',
        '"It\'s hard to dispute the rising negatives," said Stan Greenberg.',
        '"I reject any proposal to inter anyone," Clark said.',
        "Police said a document linking the firm to the deal was found.",
        "He said the report was based on interviews with 40 people.",
        "Researchers questioned the methods used by police.",
        "She claimed trial delays had hurt her case.",
        "Senate Majority Leader Dean Porter said he had not read the story and would not "
        "comment on it.",
        "Several Super Falcons players told the BBC that they had not been paid appearance "
        "fees for two years.",
        '"Businesses must not mislead consumers about their rights," ACCC chair Gina '
        "Cass-Gottlieb said.",
        '"Senator Hale has never held a real job," campaign manager Brett Olsen said.',
        '"Senator Hale has never explained why he used campaign funds for personal purposes," '
        "campaign manager Brett Olsen said.",
        "Analysts said the money was spent according to the authority.",
        "Critics said the agency was within its powers to do nothing.",
        "Mark Harper said she had not paid her taxes.",
        "Officials said there were no roads linking the villages to the capital.",
        "There are no direct flights connecting Lagos and Nairobi, the airline said.",
        "Critics said the policy was based on flawed assumptions about migration.",
        "Climate scientists questioned the study's methods, which suggested that coffee "
        "prevents dementia.",
        '"My son was arrested at a political rally last year," his mother said.',
        '"We were fined for a false start in the relay," the team manager said.',
    ],
)
def test_no_denial(text: str) -> None:
    assert "denial" not in [kind for kind, _ in kinds_of(text)]


@pytest.mark.parametrize(
    "text",
    [
        "The club denies that any player was paid in cash, a spokesman said.",
        "The union disputes that the strike was illegal, its general secretary said.",
        "Eskom categorically denies that any report was suppressed, spokesman Sikonathi "
        "Mantshantsha said.",
    ],
)
def test_a_denial_relayed_is_one_denial(text: str) -> None:
    # the denial verb outside a quotation is a claim of its own; the relay adds none
    assert [kind for kind, _ in kinds_of(text)].count("denial") == 1
    assert "allegation" not in [kind for kind, _ in kinds_of(text)]
