"""Passive cues: the agent after "by" speaks, the subject is what is charged or rejected.

"it was denied by Tehran", "Iran was accused by Israel of supplying drones", "The BBC has
been accused of bias by ministers", "was fined €500m by German prosecutors"; with no agent,
"is accused of fraud" is an unnamed source's charge (:mod:`claimkit.extract.unnamed_drafts`).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import NamedTuple

from claimkit.extract.claim_drafts import Draft
from claimkit.extract.content_spans import _content_right
from claimkit.extract.cues import CueMatch
from claimkit.extract.sentence_subjects import _subject_of_sentence
from claimkit.extract.sentence_view import _PARTICIPLE_PREPOSITIONS, SentenceView
from claimkit.extract.source_spans import _source_left, _source_right
from claimkit.extract.unnamed_drafts import late_agent, unnamed_passive_draft
from claimkit.extract.verb_clauses import _CHARGE_FRAMES, _CHARGE_PREPOSITIONS
from claimkit.extract.verb_context import SANCTIONS, past_amount
from claimkit.model import ClaimKind

__all__ = ["PassiveParts", "passive_parts"]


class PassiveParts(NamedTuple):
    """What a passive cue's claim is made of, in token indices."""

    source: tuple[int, int] | None
    content: tuple[int, int] | None
    target: tuple[int, int] | None
    target_mode: str
    after: int
    aux_start: int


def passive_parts(view: SentenceView, cue: CueMatch, kind: ClaimKind,
                  cue_starts: Sequence[int]) -> PassiveParts | Draft | None:
    """The parts of a passive cue's claim: "it was denied by Tehran", "X was accused of ...".

    The agent after "by" speaks (also after the charge: "was accused of bias by ministers");
    the subject is the content of a rejection or the target of a charge. With no agent the
    claim is an unnamed source's (a :class:`Draft` returned whole), or no claim.

    Returns:
        The parts for the verb draft to finish, a finished draft, or ``None``.
    """
    frame = cue.frame
    source: tuple[int, int] | None = None
    content: tuple[int, int] | None = None
    target: tuple[int, int] | None = None
    target_mode = "content"
    after = cue.last
    # "it was denied by Tehran", "North Korea was accused of ..."
    subject, aux_start = _source_left(view, cue.first)
    if subject is None and cue.first > 2 and view.lowers[cue.first - 1] in ("and", "or"):
        # "was arrested and accused of theft": the subject of the first participle
        subject, aux_start = _source_left(view, cue.first - 2)
    if subject is None and cue.first > 2 and view.lowers[cue.first - 1] == "being" and (
        view.lowers[cue.first - 2] in _PARTICIPLE_PREPOSITIONS
    ):
        # "He resigned after being accused of lying": the main clause's subject
        subject, aux_start = _subject_of_sentence(view, cue.first - 2), cue.first - 1
    if subject is not None and frame in ("reject", "deny"):
        # "Claims that the minister lied were rejected by his office", "Allegations that
        # the army had shelled the village were rejected": the claims, with what they
        # say, are what was rejected
        that = next((j for j in range(subject[0] - 1, max(0, subject[0] - 25), -1)
                     if view.lowers[j] == "that" or not view.is_word(j)), None)
        if that is not None and that > 0 and view.lowers[that] == "that" and (
            view.lowers[that - 1] in view.lexicon.claim_nouns
        ):
            subject = (that - 1, subject[1])
    agent = None
    if after < view.size and view.lowers[after] == "as":
        # "have been refuted as “incorrect” and “unfounded” by the ministry": the agent
        # after the complement
        for probe in range(after + 1, min(view.size, after + 10)):
            if view.lowers[probe] == "by":
                after = probe
                break
            if view.tokens[probe].text in (";", ":") or view.lowers[probe] in ("that", "but"):
                break
    amount = past_amount(view, after) if cue.word.lemma in SANCTIONS else after
    if amount < view.size and view.lowers[amount] == "by":
        after = amount  # "was fined €500m by German prosecutors"
    if after < view.size and view.lowers[after] == "by":
        agent = _source_right(view, after + 1)
        if agent is not None and frame in _CHARGE_FRAMES:
            # "accused by prosecutors of theft": the charge's preposition ends the agent
            for index in range(agent[0] + 1, agent[1]):
                if view.lowers[index] in _CHARGE_PREPOSITIONS and not (
                    index + 1 < view.size and view.is_capital(index + 1)
                ):  # "the Ministry of Defence" is a name
                    agent = (agent[0], index)
                    break
        after = agent[1] if agent is not None else after + 1
    source = agent
    if frame in _CHARGE_FRAMES:
        if subject is not None:
            target = subject
            target_mode = "span"
        content = _content_right(view, after, cue_starts)
        if agent is None and content is not None:
            late = late_agent(view, after, content)
            if late is not None:
                # "The BBC has been accused of bias by ministers": the agent after the
                # charge
                source, content = late, (content[0], late[0] - 1)
        if content is not None and subject is not None:
            # the proposition stands alone with its subject: "Iran was accused by
            # Israel of supplying drones", not "of supplying drones"
            content = (subject[0], content[1])
        elif content is None and subject is not None and source is not None and (
            frame == "condemn"
        ):
            content = (subject[0], source[1])  # "Clinton Speech Skewered By Fiorina."
    else:
        content = subject
    if source is None:
        # "is accused of fraud", "It is alleged that ...", "is alleged to have taken
        # bribes": an unnamed source's, or no claim
        if subject is None:
            return None
        return unnamed_passive_draft(view, cue, kind, subject, content, after,
                                     aux_start, cue_starts)
    return PassiveParts(source, content, target, target_mode, after, aux_start)
