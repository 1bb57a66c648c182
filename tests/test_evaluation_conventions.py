"""attribution_scores under PolNeAR's span conventions (edge tokens set aside)."""

from __future__ import annotations

import pytest

from claimkit.evaluation import EvaluationError, attribution_scores
from claimkit.model import Actor, ActorKind, Claim, ClaimKind, Corpus, Document, Provenance, Span

TEXT = "Maria Lopez, a council member, said that the budget was padded with favours."
DOC = Document(id="d", text=TEXT)
LOPEZ = Actor(id="person:maria-lopez", name="Maria Lopez", kind=ActorKind.PERSON)


def span(phrase: str) -> Span:
    start = TEXT.index(phrase)
    return Span(start=start, end=start + len(phrase))


def attribution(key: str, source: str, cue: str, content: str) -> Claim:
    return Claim(
        id=key,
        kind=ClaimKind.STATEMENT,
        claimant=LOPEZ,
        proposition=content,
        provenance=Provenance(
            document_id="d",
            span=span(TEXT.rstrip(".")),
            cue=(span(cue),),
            claimant=span(source),
            content=span(content),
        ),
    )


# PolNeAR style: the apposition's closing comma in the source, "that" in the content.
GOLD = Corpus.build([DOC], [attribution(
    "g", "Maria Lopez, a council member,", "said",
    "that the budget was padded with favours.")])
# claimkit style: neither.
FOUND = Corpus.build([DOC], [attribution(
    "p", "Maria Lopez, a council member", "said", "the budget was padded with favours")])


def test_claimkit_conventions_count_edge_tokens() -> None:
    scores = attribution_scores(GOLD, FOUND)
    assert scores.cue.exact.f1 == 1.0
    assert scores.source.exact.f1 == 0.0
    assert scores.content.exact.f1 == 0.0


def test_polnear_conventions_set_edge_tokens_aside_on_both_sides() -> None:
    scores = attribution_scores(GOLD, FOUND, conventions="polnear")
    assert scores.source.exact.f1 == 1.0
    assert scores.content.exact.f1 == 1.0
    # token overlap does not depend on the conventions
    assert scores.content.overlap == attribution_scores(GOLD, FOUND).content.overlap


def test_polnear_conventions_keep_real_differences() -> None:
    shorter = Corpus.build([DOC], [attribution(
        "p", "Maria Lopez", "said", "the budget was padded")])
    scores = attribution_scores(GOLD, shorter, conventions="polnear")
    assert scores.source.exact.f1 == 0.0
    assert scores.content.exact.f1 == 0.0


def test_unknown_conventions_are_an_evaluation_error() -> None:
    with pytest.raises(EvaluationError, match="parc"):
        attribution_scores(GOLD, FOUND, conventions="parc")


def test_polnear_conventions_set_leading_cue_adverbs_aside() -> None:
    text = "Maria Lopez also said the budget was padded."
    document = Document(id="d", text=text)

    def said(key: str, cue: str) -> Claim:
        start = text.index(cue)
        return Claim(
            id=key, kind=ClaimKind.STATEMENT, claimant=LOPEZ, proposition="padded",
            provenance=Provenance(document_id="d", span=Span(start=0, end=len(text)),
                                  cue=(Span(start=start, end=start + len(cue)),)),
        )

    gold = Corpus.build([document], [said("g", "also said")])
    found = Corpus.build([document], [said("p", "said")])
    assert attribution_scores(gold, found).cue.exact.f1 == 0.0
    assert attribution_scores(gold, found, conventions="polnear").cue.exact.f1 == 1.0
