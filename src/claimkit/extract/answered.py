"""Statements that a denial answers are allegations: "X said ..., a claim Y denied".

A statement whose content names no wrong ("Israel said Hamas fighters had used the hospital
as a command centre") is still an allegation when the next words deny it ("a claim the
group denied", "Hamas denied the claim"): the denial shows that the statement charged the
denier. This pass of the attribution stage (:mod:`claimkit.extract.attribution`) finds a
denial whose object only points back at a claim, and makes the statement just before it, by
another side, an allegation against the denier.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Protocol

from claimkit.extract.claim_drafts import Draft
from claimkit.model import Actor, ClaimKind

__all__ = ["answered_statements"]

_POINTING = re.compile(
    r"^(?:(?:a|an|the|this|that|these|those|such|his|her|their|its)\s+)?"
    r"(?:\w+\s+)?"
    r"(?:claims?|allegations?|accusations?|charges?|reports?|assertions?|suggestions?"
    r"|characteri[sz]ations?|account|version|it|this|that|them|which)$",
    re.IGNORECASE,
)
"""A denial's object that only points back at a claim ("a claim", "the allegations", "it")."""


class _Item(Protocol):
    """What the pass reads and changes of an attributed draft."""

    draft: Draft
    claimant: Actor
    kind: ClaimKind
    target: Actor | None


def _principal_id(actor: Actor | None) -> str | None:
    return actor.principal.id if actor is not None else None


def answered_statements(built: Sequence[_Item], text: str) -> None:
    """Make each statement that a pointing denial answers an allegation against the denier.

    Args:
        built: The attributed drafts of one document, in text order.
        text: The document's text.
    """
    for index, item in enumerate(built):
        if item.kind is not ClaimKind.DENIAL or item.draft.content is None:
            continue
        start, end = item.draft.content
        if not _POINTING.match(text[start:end].strip(" \t\n\"'\u201c\u201d\u2018\u2019.,")):
            continue
        if index == 0:
            continue
        earlier = built[index - 1]
        paragraph = item.draft.sentence.paragraph
        if earlier.draft.sentence.paragraph not in (paragraph, paragraph - 1):
            continue
        if earlier.kind is not ClaimKind.STATEMENT or earlier.draft.content is None:
            continue
        if earlier.draft.content[0] <= item.draft.cue_spans[0][0] < earlier.draft.content[1]:
            continue  # "A source said the officer rejected the account": the denial is
            # what the statement reports, not what it answers
        if _principal_id(earlier.claimant) == _principal_id(item.claimant):
            continue
        earlier.kind = ClaimKind.ALLEGATION
        if earlier.target is None:
            earlier.target = item.claimant.principal
