"""A place before a colon is a dateline or a topic when the words after it name a speaker.

"Nairobi: Kenyan runner Daniel Kiprotich has been banned for four years by the Athletics
Integrity Unit", "Bangladesh: Hasina's party rubbishes genocide charges": the place is where
the story is filed or what it is about, and the sentence after it says who claims what. This
pass of the attribution stage (:mod:`claimkit.extract.attribution`) drops the claim a colon
gave such a place when a claim with a speaker of its own lies inside its words. A place with
nothing else attributed after it still speaks ("China: US must stop provocations"), and so
does a person's name ("Trump: ...").
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Protocol

from claimkit.extract.claim_drafts import Draft
from claimkit.model import Actor, ActorKind

__all__ = ["drop_place_labels"]


class _Item(Protocol):
    """What the pass reads and changes of an attributed draft."""

    draft: Draft
    claimant: Actor
    drop: bool


def _place_label(item: _Item, text: str) -> bool:
    """Whether a colon's claim was given to a state or to a place standing for a body."""
    draft = item.draft
    if draft.cue.word.lemma != ":" or draft.source is None or draft.content is None:
        return False
    label = text[draft.source[0] : draft.source[1]].strip().lower()
    return item.claimant.kind is ActorKind.STATE or (
        " " not in label and label not in item.claimant.name.lower()  # "Brussels"
    )


def drop_place_labels(built: Sequence[_Item], text: str) -> None:
    """Drop the claims of places before a colon whose words hold a claim of their own.

    Args:
        built: The attributed drafts of one document, in text order.
        text: The document's text.
    """
    for item in built:
        content = item.draft.content
        if item.drop or content is None or not _place_label(item, text):
            continue
        start, end = content
        for other in built:
            inner = other.draft
            if other is item or other.drop or inner.source is None or not inner.cue_spans:
                continue
            if start <= inner.cue_spans[0][0] < end and start <= inner.source[0] < end:
                item.drop = True
                item.draft.content = None  # nothing is said inside it any more: the claims
                # after the colon stand on their own ("Nairobi: Police said ...")
                break
