"""The accuser of an agentless charge in a headline is the one the story names.

"Hillary Clinton Accused Of Shocking Act With Bible In Fit Of Rage" names no accuser; the
story does ("In his new book, Gary Byrne, a former Secret Service officer, ... she once
threw a Bible at an agent"). This pass of the attribution stage
(:mod:`claimkit.extract.attribution`) gives an unnamed allegation of the headline's opening
lines the claimant of the first allegation of the body against the same target, when the
body names one by name. A hedge ("is reportedly holding") stays an unnamed source's.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Protocol

from claimkit.extract.claim_drafts import Draft
from claimkit.model import Actor, ClaimKind, RegionKind

__all__ = ["name_headline_accusers"]


class _Item(Protocol):
    """What the pass reads and changes of an attributed draft."""

    draft: Draft
    claimant: Actor
    kind: ClaimKind
    target: Actor | None
    unnamed: bool
    drop: bool


def _in_headline(item: _Item) -> bool:
    sentence = item.draft.sentence
    return sentence.region is RegionKind.TITLE or sentence.paragraph == 0


def name_headline_accusers(built: Sequence[_Item]) -> None:
    """Give the headline's unnamed allegations the accuser the body names.

    Args:
        built: The attributed drafts of one document, in text order.
    """
    for item in built:
        if item.drop or not item.unnamed or item.kind is not ClaimKind.ALLEGATION or (
            item.target is None or not _in_headline(item) or item.draft.cue.frame == "hedge"
        ):
            continue  # "X is reportedly holding ..." stays an unnamed source's
        target = item.target.principal.id
        for later in built:
            if later is item or later.drop or later.unnamed or _in_headline(later) or (
                later.claimant.anonymous
            ):
                continue
            if later.kind is ClaimKind.ALLEGATION and later.target is not None and (
                later.target.principal.id == target and later.claimant.principal.id != target
            ):
                item.claimant = later.claimant
                item.unnamed = False
                break
