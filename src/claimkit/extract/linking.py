"""Linking: which allegations each denial (or counter-accusation) answers.

Allegations are first grouped into *clusters*, one per real-world allegation: the same
accuser (by principal: a spokesperson counts as their state) against the same target,
in one document, or in several documents when their propositions share content words.
A response is then linked to whole clusters, so it points at every report of the
allegation it answers, across documents, and :meth:`claimkit.model.Corpus.threads`
puts them all in one thread.

A claim is a *response* to a cluster when

* it is a denial, or an allegation, warning or statement that discredits a claim
  ("rumor", "lying", "tarnish", "allegations", "proof");
* it comes from the other side: its claimant is not the accuser;
* its claimant is involved in the allegation (is its target, or is named in its
  proposition), and its target, if any, is the accuser;
* and either it refers back ("the charges", "a charge", "it") to the latest such
  allegation before it in its document, or its proposition shares content words with
  the allegation's.

Everything is computed from the claims alone and ordered by id and position, so the
result does not depend on the order the documents were read in.

The corpus-wide work (clusters, the candidates of other documents, corroboration) is
done once by :class:`~claimkit.extract.allegations.AllegationIndex`; see
:mod:`claimkit.extract.allegations` for how it scales.  To link a corpus in parts, build
the index once and pass it to :func:`link` for each part, as
:func:`claimkit.stream.link_stream` does.
"""

from __future__ import annotations

import bisect
import functools
from collections.abc import Iterable

import attrs

from claimkit.extract.allegations import (
    _NEARBY,
    AllegationIndex,
    _names,
    _principal,
    allegation_clusters,
)
from claimkit.extract.allegations import (
    MAX_LINKS_PER_CLUSTER as MAX_LINKS_PER_CLUSTER,  # re-exported: the bound on links
)
from claimkit.extract.propositions import _DISCREDIT, _WORD, _read, content_words
from claimkit.model import (
    ActorKind,
    Claim,
    ClaimKind,
    CueEffect,
    Evidence,
    EvidenceCue,
    EvidenceStrength,
)
from claimkit.serialization import gc_paused

__all__ = ["AllegationIndex", "allegation_clusters", "content_words", "link"]


_MAY_DISCREDIT = (ClaimKind.ALLEGATION, ClaimKind.WARNING, ClaimKind.STATEMENT)


def _is_response(claim: Claim) -> bool:
    """A denial, or a claim that discredits one ("rumor", "lying", "allegations")."""
    if claim.kind is ClaimKind.DENIAL:
        return True
    if claim.kind in _MAY_DISCREDIT:
        return _discredits(claim.proposition)
    return False


@functools.lru_cache(maxsize=1 << 14)
def _discredits(proposition: str) -> bool:
    """Whether a proposition names a claim it discredits ("rumor", "lying", "allegations").

    Memoised: linking a corpus reads again each proposition that linking its documents read.
    """
    return not _DISCREDIT.isdisjoint(map(str.lower, _WORD.findall(proposition)))


def link(claims: Iterable[Claim], *, index: AllegationIndex | None = None) -> list[Claim]:
    """Link responses to the allegations they answer, within and across documents.

    Existing ``responds_to`` ids are kept; new ones are added.  A denial without a
    target gets the accuser it answers as its target.

    Args:
        claims: Claims of one or many documents, in any order.
        index: The allegations of the whole corpus, built once with
            :class:`AllegationIndex`; then ``claims`` may be any part of that corpus
            (whole documents), linked as if the whole corpus were given.  Without
            it, the index is built from ``claims``.

    Returns:
        The same claims, in the same order, with ``responds_to`` (and missing denial
        targets) filled in.

    Raises:
        ValueError: ``index`` lacks an allegation of ``claims``.
    """
    # Linking makes a record, a reading and bucket entries per allegation, short-lived and
    # without reference cycles: with the collector paused they are freed before a collection
    # traverses them (otherwise a full collection over the corpus, about 1.5% of the CPU time
    # of extracting and linking PolNeAR train).  Collection resumes when linking is done.
    with gc_paused():
        return _link(claims, index)


def _link(claims: Iterable[Claim], index: AllegationIndex | None) -> list[Claim]:
    claims = list(claims)
    if index is None:
        index = AllegationIndex(claims)
    else:
        missing = [
            c.id for c in claims
            if c.kind is ClaimKind.ALLEGATION and c.target is not None and c.id not in index
        ]
        if missing:
            raise ValueError(f"the allegation index lacks allegation {missing[0]!r}")
    result: list[Claim] = []
    for claim in claims:
        document_allegations, positions = index.in_document(claim.document_id)
        here = bisect.bisect_left(positions, claim.provenance.span.start)
        nearby = document_allegations[max(0, here - _NEARBY) : here + _NEARBY]
        content = claim.provenance.content
        nested = [] if content is None else [
            a for a in document_allegations[
                bisect.bisect_left(positions, content.start) : bisect.bisect_right(
                    positions, content.end)
            ]
            if a.id != claim.id and a.cue and content.start <= a.cue[0] and a.cue[1] <= content.end
        ]
        if not nested and not _is_response(claim):
            result.append(claim)
            continue
        text = _read(claim.proposition)
        side = claim.claimant.principal.id
        target = _principal(claim.target)
        names = _names(claim.claimant)
        denial = claim.kind is ClaimKind.DENIAL
        chosen: set[int] = set()

        def allowed(accuser: str, accused: str, lowered: str, *, _side: str = side,
                    _target: str | None = target, _names: tuple[str, ...] = names,
                    _denial: bool = denial) -> bool:
            if accuser == _side:
                return False
            if _target is not None and _target != accuser:
                return False
            involved = accused == _side or any(name in lowered for name in _names)
            if not _denial:
                # a counter-claim answers claims that concern its own side, aimed at the accuser
                return involved and _target == accuser
            return involved

        # in the same document: a back-reference answers the latest eligible allegation
        # before it; otherwise every eligible allegation of the document is answered
        same = [
            a for a in nearby
            if a.id != claim.id and allowed(a.accuser, a.accused, a.text.lowered)
        ]
        before = [a for a in same if a.start < claim.provenance.span.start]
        if text.refers_back and before:
            chosen.add(before[-1].cluster)
        elif same:
            inside = [a for a in same if a in nested]
            if inside:
                same = inside  # "criticized Guterres' condemnation of ...": what it names
            elif not denial and not text.names_claims:
                same = before  # a counter-claim answers what was said before it
            overlapping = [a for a in same if len(text.words & a.text.words) >= 2]
            for allegation in overlapping or same:
                chosen.add(allegation.cluster)
        # in other documents: eligible allegations whose propositions overlap
        for group in index.elsewhere(text.words, claim.document_id, side, target):
            if group.cluster not in chosen and allowed(group.accuser, group.accused,
                                                       group.text.lowered):
                chosen.add(group.cluster)
        start = claim.provenance.span.start
        linked = sorted(
            {a.id for number in chosen for a in index.reports(number, claim.document_id, start)}
            | set(claim.responds_to)
        )
        changes: dict[str, object] = {}
        if tuple(linked) != claim.responds_to:
            changes["responds_to"] = tuple(linked)
        if claim.target is None and chosen and denial:
            accusers = {index.first(n).accuser for n in chosen}
            if len(accusers) == 1:
                changes["target"] = index.first(min(chosen)).principal
        result.append(attrs.evolve(claim, **changes) if changes else claim)  # type: ignore[arg-type]
    return _corroborate(_same_exchange(result), index)


_SAME_STATEMENT = 200
"""How many characters apart two allegations of one speaker count as one statement."""


def _same_exchange(claims: list[Claim]) -> list[Claim]:
    """Share links among one person's allegations against one target, said together.

    "criticized Guterres' condemnation ..., calling him a messenger": what one part of a
    statement answers, the part right beside it answers too.  Only a person's claims
    within :data:`_SAME_STATEMENT` characters of each other count; a state or body
    speaks many times in one article.
    """
    answered: dict[tuple[str, str, str], list[Claim]] = {}
    for claim in claims:
        if claim.claimant.kind is not ActorKind.PERSON or claim.target is None:
            continue
        if claim.kind is ClaimKind.ALLEGATION and claim.responds_to:
            key = (claim.document_id, claim.claimant.id, claim.target.principal.id)
            answered.setdefault(key, []).append(claim)
    if not answered:
        return claims
    result = []
    for claim in claims:
        if claim.kind is ClaimKind.ALLEGATION and not claim.responds_to and claim.target:
            key = (claim.document_id, claim.claimant.id, claim.target.principal.id)
            near = {
                link
                for other in answered.get(key, ())
                if abs(other.provenance.span.start - claim.provenance.span.start)
                <= _SAME_STATEMENT
                for link in other.responds_to
            }
            if near:
                claim = attrs.evolve(claim, responds_to=tuple(sorted(near - {claim.id})))
        result.append(claim)
    return result


CORROBORATION_WEIGHT = 0.15
"""What an independent party making the same allegation adds to the evidence score."""

_CORROBORATED = "corroborated: "


def _corroborate(claims: list[Claim], index: AllegationIndex) -> list[Claim]:
    """Raise the evidence of allegations that independent parties make alike.

    Two allegations agree when they accuse the same actor and their propositions share
    most of their content words; their claimants are independent when they speak for
    different principals (a spokesperson and their government are one party).  Each
    such allegation gains one :attr:`~claimkit.model.CueEffect.RAISES` cue naming the
    other parties (each by its first claimant in corpus order); its span is the
    allegation's own cue, since the corroborating words may be in another document.
    The index finds the agreeing parties (:meth:`AllegationIndex._corroboration`).
    """
    others = index.corroborators
    if not others:
        return claims
    result = []
    for claim in claims:
        evidence = claim.evidence
        if claim.id not in others or not claim.provenance.cue or any(
            (c.rule or "").startswith(_CORROBORATED) for c in evidence.cues
        ):
            result.append(claim)
            continue
        names = ", ".join(sorted(others[claim.id].values()))
        cue = EvidenceCue(
            text=claim.cue or "alleged",
            span=claim.provenance.cue[0],
            effect=CueEffect.RAISES,
            weight=CORROBORATION_WEIGHT,
            rule=f"{_CORROBORATED}also alleged by {names}",
        )
        strength = evidence.strength
        if strength is not EvidenceStrength.NO_EVIDENCE and strength < (
            EvidenceStrength.CORROBORATED
        ):
            strength = EvidenceStrength.CORROBORATED
        score = min(1.0, round(evidence.score + CORROBORATION_WEIGHT, 3))
        cues = tuple(sorted((*evidence.cues, cue), key=lambda c: (c.span.start, c.span.end)))
        result.append(attrs.evolve(claim, evidence=Evidence(strength=strength, score=score,
                                                            cues=cues)))
    return result
