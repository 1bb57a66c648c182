"""Which state a generic body or a bare name belongs to, from the story around it.

"The foreign ministry said ...", "In Tehran, the foreign ministry", "NEW DELHI - Congress
said": a body named without its state belongs to the state the story names in its
sentence or the one before (``_StateContext._context_state``), never to a state whose
own body of that kind goes by another name (the US State Department is no "foreign
ministry"), and one that denies a charge just made belongs to the state it charged
(``_StateContext._accused_state``); a bare one-word name of another state's body gives
way to a namesake of the state the story is filed from
(``_StateContext._home_namesake``). The region pass's description part
(:mod:`claimkit.extract.descriptions`) builds on these.
"""

from __future__ import annotations

import itertools
import re

from claimkit.datelines import dateline_end
from claimkit.extract.antecedents import _Antecedents
from claimkit.extract.mention_drafts import MentionKind, _Draft
from claimkit.extract.mention_tokens import _Segment
from claimkit.lexicon import GazetteerEntry
from claimkit.model import Actor, ActorKind

_SPEAKING_AFTER = re.compile(
    r"(?:'s?\s+\w+\s+)?\s*(?:has\s+|have\s+|had\s+|also\s+|again\s+)?(?:said|says|denied|denies|"
    r"rejected|rejects|accused|accuses|dismissed|dismisses|insisted|insists|warned|warns|"
    r"claimed|claims|called|calls|blamed|blames|condemned|condemns|responded|responds|"
    r"refuted|refutes|told|tells|repeated|repeats|maintained|maintains)\b"
)
"""A verb of speaking right after a mention (or its possessed noun: "Iran's envoy said")."""
_LOCATING = frozenset({"in", "into", "by", "from", "through", "before", "to", "of"})
"""Prepositions before a bare name that make it the place or body something passes through."""
_BODY_HEADS = frozenset({"ministry", "office", "department", "agency", "service"})
"""Head words of a generic body's phrase that a state's own name for the body must share."""
_STATE_SIDE = frozenset({ActorKind.STATE, ActorKind.GOVERNMENT_BODY, ActorKind.PERSON})
_LOCATIVE_STATE = re.compile(
    r"\b(?:in|at|near|from|outside|inside)\s+(?:the\s+)?(?:[A-Z][\w.'\u2019-]*\s+){0,3}"
    r"[A-Z][\w.'\u2019-]*,\s*$"
)
"""A place and a comma before a state's name: "in Guantanamo Bay, Cuba" says where."""


class _StateContext(_Antecedents):
    """The states around a mention: its story's dateline and its recent state mentions."""

    def _home_namesake(self, segment: _Segment) -> Actor | None:
        """The dateline state's own namesake of a bare one-word name ("Congress").

        "NEW DELHI - Congress said ...": a one-word alias of another state's entry gives way
        to an entry of the state the story is filed from whose name ends in that word
        (the Indian National Congress, not the US Congress).
        """
        entry = segment.entry
        if entry is None or entry.kind is ActorKind.STATE or segment.last - segment.first != 1:
            return None
        if segment.first > 0 and self.tokens[segment.first - 1].key in _LOCATING:
            return None  # "a resolution introduced in Congress": the legislature named
        namesakes = self.gaz.namesakes(self.tokens[segment.first].key)
        if namesakes.keys() <= {entry.country}:
            return None  # no other state has an entry of that name: no dateline to read
        home = self._dateline_state()
        namesake = namesakes.get(home) if home is not None and home != entry.country else None
        return self.gaz.actor(namesake.id) if namesake is not None else None

    def _dateline_state(self) -> str | None:
        """The state of the story's dateline ("NEW DELHI -", "LAGOS, Nigeria (Reuters) -")."""
        for draft in itertools.chain(self.history[:4], self.out[:4]):
            line = self.doc.text.rfind("\n", 0, draft.span.start) + 1
            end = dateline_end(self.doc.text, line, min(len(self.doc.text), line + 80))
            if end is None or draft.span.end > end:
                continue
            if draft.actor.kind is ActorKind.STATE and draft.actor.country:
                return draft.actor.country
        return None

    def _named_otherwise(self, segment: _Segment) -> frozenset[str]:
        """States whose body for ``segment``'s function goes by another name.

        The United States has no "foreign ministry" and Britain no "interior ministry":
        their State Department and Home Office never carry the generic head word
        ("ministry") the story used, so a bare "the foreign ministry" belongs to
        another state of the story.
        """
        body = segment.body
        assert body is not None
        head = self._words(segment).lower().split()
        heads = {word for word in head if word in _BODY_HEADS}
        if not heads:
            return frozenset()
        return frozenset(
            named.country for named in self.gaz.bodies_for(body.function)
            if named.country and not any(
                word in " ".join((named.name, *named.aliases)).lower() for word in heads
            )
        )

    def _accused_state(self, segment: _Segment, skip: frozenset[str]) -> GazetteerEntry | None:
        """The accused state of the charge that a body named without its state denies.

        "Paris accused Bamako of expelling its ambassador. The Foreign Ministry said the
        claim was false.": the ministry that answers the charge is Mali's, though France was
        named last. A state in ``skip`` (its body goes by another name) is passed over.
        """
        for (start, end), (first, last) in self.answering.items():
            if not start <= segment.start < end:
                continue
            for draft in self._recent():
                principal = draft.actor.principal
                country = principal.country or draft.actor.country
                if (first <= draft.span.start and draft.span.end <= last and country
                        and principal.kind in _STATE_SIDE and country not in skip):
                    return self.gaz.state(country)
            return None
        return None

    def _context_state(self, skip: frozenset[str] = frozenset()) -> GazetteerEntry | None:
        """The state of the most recent mention of a state's own (for "state media").

        States in ``skip`` (whose body of this kind is named otherwise) are passed
        over. Only states, their bodies and people (officials) count: a group based in
        a country ("Taliban members") does not make "the Army" that country's army, nor
        does a state named after a place to say where it lies ("Guantanamo Bay, Cuba")
        while a state of the story's own was named before it.
        """
        located: str | None = None
        previous: list[tuple[_Draft, str]] = []  # the latest earlier sentence's, newest first
        for draft in self._recent():
            if draft.kind is MentionKind.PRONOUN:
                continue
            if draft.actor.principal.kind not in _STATE_SIDE:
                continue
            country = draft.actor.principal.country or draft.actor.country
            if country in skip:
                continue
            if country and draft.actor.kind is ActorKind.STATE and _LOCATIVE_STATE.search(
                self.doc.text, max(0, draft.span.start - 40), draft.span.start
            ):
                located = located or country  # "Guantanamo Bay, Cuba": where a place lies
                continue
            if not country:
                continue
            if draft.sentence == self.sentence:
                return self.gaz.state(country)  # "In Tehran, the foreign ministry said"
            if previous and draft.sentence != previous[0][0].sentence:
                break
            previous.append((draft, country))
        if previous:
            # "Iran rejected accusations that it had sent missiles to Russia. The foreign
            # ministry called ...": a sentence that opens with a state speaks through it,
            # whatever state its content names last
            first, country = previous[-1]
            spoke = _SPEAKING_AFTER.match(self.doc.text, first.span.end) is not None or (
                # "Germany expelled four Russian diplomats. The foreign ministry said":
                # the state that acts, not the nationality of those it acts on
                first.actor.kind is ActorKind.STATE and first.kind is MentionKind.NAME
                and all(_nationality(d) for d, _c in previous[:-1])
            )
            return self.gaz.state(
                country if spoke and self._leads_sentence(first) else previous[0][1]
            )
        return self.gaz.state(located) if located else None


def _nationality(draft: _Draft) -> bool:
    """Whether a mention names a state only as a nationality: "Russian diplomats", "Russian"."""
    return draft.kind is MentionKind.DEMONYM or (
        draft.kind is MentionKind.DESCRIPTION
        and draft.actor.kind in (ActorKind.GROUP, ActorKind.PERSON)
    )
