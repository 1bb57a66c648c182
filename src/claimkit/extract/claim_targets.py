"""Claim targets: whom an allegation accuses and whose charge a denial answers.

A pass of the attribution stage (:mod:`claimkit.extract.attribution`): an allegation's target
is the accused phrase its cue names ("accused Iran of ...") or its content names as the doer
("the threat the NRA poses", :meth:`~claimkit.extract.wrong_constructions.WrongIndex.doer`),
or the first actor of another side in its content; a denial's is the accuser of the latest
allegation that concerns the denier. :func:`same_side` (one actor speaks for the other, or
both for one principal) is shared by the other passes of the stage.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Protocol

from claimkit.extract.actors import MentionKind
from claimkit.extract.claims import Draft
from claimkit.extract.speakers import SpeakerResolver
from claimkit.model import Actor, ActorKind, ClaimKind, Document

__all__ = ["Attributed", "same_side", "targets"]


class Attributed(Protocol):
    """What the passes on targets read and change of an attributed draft.

    :mod:`claimkit.extract.denial_elaborations` and :mod:`claimkit.extract.accuser_rebuttals`
    read and change the same fields.
    """

    draft: Draft
    claimant: Actor
    kind: ClaimKind
    target: Actor | None
    drop: bool


def same_side(a: Actor | None, b: Actor | None) -> bool:
    """Whether two actors are one side: the same, one speaking for the other, or one principal.

    Example:
        >>> from claimkit.model import Actor, ActorKind
        >>> state = Actor(id="kp", name="North Korea", kind=ActorKind.STATE)
        >>> same_side(state, state), same_side(state, None)
        (True, False)
    """
    if a is None or b is None:
        return False
    return a.id == b.id or a.principal.id == b.principal.id or a.speaks_for(b) or b.speaks_for(a)


_LOOKBACK = 50
"""How many earlier allegations a denial's target is looked for among."""
_THEY = frozenset({"they", "them", "their", "themselves"})
"""Plural pronouns that may stand for a group named among the speakers ("Protesters and
journalists said police had beaten them")."""
_FIRST_PERSON = frozenset({"we", "i", "us", "our", "my", "me", "ours"})
"""Words of the speaker's own side, never a target ("we", "us"; "US" is a state)."""


def _target_from_content(built: Attributed, resolver: SpeakerResolver, document: Document) -> None:
    """Take the target from the accused phrase, else the first other-side actor in the content.

    "accused Iran of ...": Iran; "said Hamas fighters used the hospital": Hamas.
    """
    draft = built.draft
    if draft.content is None:
        return
    text = document.text
    if draft.accused is not None:
        accused = resolver.actor(draft.accused)
        if accused is not None and not same_side(accused, built.claimant):
            built.target = accused
            return
    speakers = {m.actor.id for m in resolver.mentions_in(draft.source)} if (
        draft.source is not None) else set()  # "Protesters and journalists said ... them"
    candidates: list[Actor] = []
    for mention in resolver.mentions_in(draft.content):
        word = text[mention.span.start : mention.span.end]
        if word.lower() in _FIRST_PERSON and not (len(word) > 1 and word.isupper()):
            continue  # "we", "us" -- but "US" is the United States
        if not same_side(mention.actor, built.claimant) and not (
            mention.kind is MentionKind.PRONOUN and word.lower() in _THEY
            and mention.actor.id in speakers
        ):  # "them" for a group among the speakers
            candidates.append(mention.actor)
    if not candidates:
        return
    first = candidates[0]
    if first.kind is ActorKind.ORGANISATION and first.principal.country is None:
        # an intergovernmental body is usually the forum, a state the accused
        states = [a for a in candidates if a.principal.kind is ActorKind.STATE]
        if states:
            built.target = states[0]
            return
    built.target = first


def _involves(allegation: Attributed, actor: Actor, text: str) -> bool:
    """Whether an allegation concerns an actor: accuses it, or names it in its content."""
    if allegation.target is not None and same_side(allegation.target, actor):
        return True
    content = allegation.draft.content
    if content is None:
        return False
    words = text[content[0] : content[1]].lower()
    for candidate in (actor, actor.principal):
        for name in (candidate.name, *candidate.aliases):
            if len(name) >= 3 and name.lower() in words:
                return True
    return False


def targets(built: Sequence[Attributed], resolver: SpeakerResolver, document: Document) -> None:
    """Find the accused of allegations and warnings, and the accuser a denial answers.

    A denial with no target of its own answers the latest allegation, by another side, that
    concerns its claimant; an anaphoric denial ("rejected these claims") right after the
    claimant's own charge, with no other voice between, answers nothing and is dropped.

    Args:
        built: The attributed drafts of one document, in text order.
        resolver: The document's speaker resolver.
        document: The document.
    """
    latest_allegation: list[Attributed] = []
    for item in built:
        draft = item.draft
        if item.drop:
            continue
        mode = draft.target_mode
        if item.target is None and item.kind in (ClaimKind.ALLEGATION, ClaimKind.WARNING):
            _target_from_content(item, resolver, document)
        if item.target is None and item.kind is ClaimKind.DENIAL:
            if mode in ("claim_source", "content") and draft.content is not None:
                _target_from_content(item, resolver, document)
            if item.target is None:
                for previous in reversed(latest_allegation[-_LOOKBACK:]):
                    if not same_side(previous.claimant, item.claimant):
                        if _involves(previous, item.claimant, document.text):
                            item.target = previous.claimant.principal
                            break
                        continue
                    if draft.anaphoric and previous.claimant.id == item.claimant.id and not (
                        _reported_inside(previous, built) or _other_voice_between(
                            previous, item, built)
                    ):
                        # an actor does not deny the claim it has just made (but a charge
                        # reported inside another's claim was not its own)
                        item.drop = True
                        break
        if item.kind is ClaimKind.ALLEGATION and not item.drop:
            latest_allegation.append(item)


def _other_voice_between(
    previous: Attributed, item: Attributed, built: Sequence[Attributed]
) -> bool:
    """Whether another speaker's claim stands between an actor's charge and its denial.

    "He blamed the national debt ... The Times quoted one of Carson's advisers as saying he
    is having trouble ... He brushed off these concerns": "these concerns" are the
    advisers', so Carson's denial stays.
    """
    after, before = previous.draft.cue_spans[0][0], item.draft.cue_spans[0][0]
    return any(
        not other.drop and after < other.draft.cue_spans[0][0] < before
        and other.claimant.id != item.claimant.id
        for other in built
    )


def _reported_inside(item: Attributed, built: Sequence[Attributed]) -> bool:
    """Whether a claim's cue lies inside another claim's content in its sentence.

    "The suit claims that the network reported students as receiving therapy": the
    network's "report" is the suit's charge, not a claim the network made.
    """
    cue = item.draft.cue_spans[0][0]
    return any(
        other is not item and other.draft.sentence is item.draft.sentence
        and other.draft.content is not None
        and other.draft.content[0] <= cue < other.draft.content[1]
        for other in built
    )
