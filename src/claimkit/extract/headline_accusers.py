"""The accuser of an agentless charge in a headline is the one the story names.

"Hillary Clinton Accused Of Shocking Act With Bible In Fit Of Rage" names no accuser; the
story does ("In his new book, Gary Byrne, a former Secret Service officer, ... she once
threw a Bible at an agent"). This pass of the attribution stage
(:mod:`claimkit.extract.attribution`) gives an unnamed allegation of the headline's opening
lines the claimant of the first allegation of the body against the same target, when the
body names one by name; when the headline's party is only described ("Premier League club
charged with 40 breaches"), the first named body's allegation by the same act ("The Premier
League charged Eastbridge United ...") gives it. A hedge ("is reportedly holding") stays an
unnamed source's.
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
        accusers = [later for later in built if not (
            later is item or later.drop or later.unnamed or _in_headline(later)
            or later.claimant.anonymous or later.kind is not ClaimKind.ALLEGATION
            or later.target is None or later.claimant.id == item.target.id
        )]
        accuser = next((later for later in accusers if later.target is not None
                        and later.target.principal.id == target
                        and later.claimant.principal.id != target), None)
        if accuser is None and item.target.anonymous:
            # "Premier League club charged with 40 breaches" over "The Premier League charged
            # Eastbridge United with 40 breaches": the headline's party is a description the
            # body names; the same act (charged, fined, blamed) by a named body is its accuser
            lemma = item.draft.cue.word.lemma
            accuser = next((later for later in accusers
                            if later.draft.cue.word.lemma == lemma), None)
        if accuser is not None:
            item.claimant = accuser.claimant
            item.unnamed = False
