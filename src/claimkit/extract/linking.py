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
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterable, Sequence

import attrs

from claimkit.extract.segment import words as _words
from claimkit.model import (
    Actor,
    ActorKind,
    Claim,
    ClaimKind,
    CueEffect,
    Evidence,
    EvidenceCue,
    EvidenceStrength,
)

__all__ = ["allegation_clusters", "content_words", "link"]

_WORD = re.compile(r"[A-Za-z][A-Za-z'\u2019-]+")
_STOPWORDS = frozenset(
    _words(
    """
    a an the and or but of to in on at for with by from as into about over that this these
    those it its it's is are was were be been being has have had do does did will would
    shall should can could may might must not no never any such some all other than then
    there their they them he she his her we our us you your i me my who whom which what when
    where why how also more most very so if after before while during against between up
    down out off again further once only own same too just now ever per both each few do so-
    called use used using plans plan said says say claims claim charges charge allegations
    allegation reports report
    """
)
)
_DISCREDIT = frozenset(
    _words(
    """
    rumor rumors rumour rumours lie lies lying lied liar smear smears slander tarnish
    tarnishing propaganda fabrication fabricated false fake baseless groundless allegations
    allegation claims accusations accusation charges remarks sentiments proof evidence
    disinformation misinformation hoax nonsense absurd
    """
)
)
_REFERS_BACK = frozenset(
    _words(
    """
    it this that these those such the a an any them claim claims charge charges allegation
    allegations accusation accusations report reports
    """
)
)


def _stem(word: str) -> str:
    word = word.lower().replace("\u2019", "'")
    if word.endswith("'s"):
        word = word[:-2]
    for suffix in ("ing", "ies", "es", "ed", "s"):
        if word.endswith(suffix) and len(word) - len(suffix) >= 4:
            return word[: len(word) - len(suffix)][:6]
    return word[:6]


def content_words(text: str) -> frozenset[str]:
    """The stemmed content words of a proposition (stop words left out).

    Example:
        >>> sorted(content_words("Russia is purchasing rockets from North Korea"))
        ['korea', 'north', 'purcha', 'rocket', 'russia']
    """
    return frozenset(
        _stem(w) for w in _WORD.findall(text) if w.lower().replace("\u2019", "'") not in _STOPWORDS
    )


def _principal(actor: Actor | None) -> str | None:
    return actor.principal.id if actor is not None else None


def _mentions(claim: Claim, actor: Actor) -> bool:
    """Whether the claim's proposition names the actor (or its principal)."""
    text = claim.proposition.lower()
    for candidate in (actor, actor.principal):
        for name in (candidate.name, *candidate.aliases):
            name = name.lower()
            if len(name) >= 3 and name in text:
                return True
    return False


def _overlap(a: frozenset[str], b: frozenset[str]) -> float:
    if not a or not b:
        return 0.0
    return len(a & b) / min(len(a), len(b))


def allegation_clusters(claims: Sequence[Claim]) -> dict[str, int]:
    """Group the allegations into clusters of one real-world allegation each.

    Args:
        claims: Claims of one or many documents.

    Returns:
        A map from allegation id to cluster number.
    """
    allegations = sorted(
        (c for c in claims if c.kind is ClaimKind.ALLEGATION and c.target is not None),
        key=lambda c: (c.document_id, c.provenance.span.start, c.id),
    )
    parent = list(range(len(allegations)))

    def find(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    words = [content_words(c.proposition) for c in allegations]
    buckets: dict[tuple[str | None, str | None], list[int]] = {}
    for index, claim in enumerate(allegations):
        key = (_principal(claim.claimant), _principal(claim.target))
        buckets.setdefault(key, []).append(index)

    def union(i: int, j: int) -> None:
        a, b = find(i), find(j)
        if a != b:
            parent[max(a, b)] = min(a, b)

    common = [_common_words(c.proposition) for c in allegations]
    refers = [_opens_with_reference(c.proposition) for c in allegations]
    for members in buckets.values():
        # one accuser against one accused in one document: the same allegation when it
        # refers back ("it", "such transfers") or shares what was done ("purchasing") ...
        for position, i in enumerate(members):
            for j in members[position + 1 : position + 1 + _NEARBY]:
                if allegations[i].document_id != allegations[j].document_id:
                    continue
                if refers[i] or refers[j] or common[i] & common[j]:
                    union(i, j)
        # ... and the same allegation across documents when the propositions agree
        for position, i in enumerate(members):
            for j in members[position + 1 :]:
                if allegations[i].document_id == allegations[j].document_id:
                    continue
                if find(i) == find(j):
                    continue
                if len(words[i] & words[j]) >= 2 and _overlap(words[i], words[j]) >= 0.25:
                    union(i, j)
    return {c.id: find(i) for i, c in enumerate(allegations)}


_NEARBY = 60
"""How many allegations before and after a claim in its document it may answer."""


def _opens_with_reference(text: str) -> bool:
    """Whether a proposition starts by referring back ("it is sending", "such transfers")."""
    words = _WORD.findall(text[:40].lower())
    return bool(words) and words[0] in ("it", "this", "that", "these", "those", "such", "they")


def _is_response(claim: Claim) -> bool:
    if claim.kind is ClaimKind.DENIAL:
        return True
    if claim.kind in (ClaimKind.ALLEGATION, ClaimKind.WARNING, ClaimKind.STATEMENT):
        words = {w.lower() for w in _WORD.findall(claim.proposition)}
        return bool(words & _DISCREDIT)
    return False


_CLAIM_WORDS = frozenset(
    _words("claim claims allegation allegations accusation accusations charge charges report "
           "reports rumor rumors rumour rumours remarks")
)


def _names_claims(claim: Claim) -> bool:
    """Whether a proposition speaks about claims ("US allegations of ...", "such claims")."""
    return any(w.lower() in _CLAIM_WORDS for w in _WORD.findall(claim.proposition))


def _refers_back(claim: Claim) -> bool:
    words = [w.lower() for w in _WORD.findall(claim.proposition)]
    return len(words) <= 4 and bool(words) and all(
        w in _REFERS_BACK or w in ("to", "do", "so", "any", "plans") for w in words
    )


def link(claims: Iterable[Claim]) -> list[Claim]:
    """Link responses to the allegations they answer, within and across documents.

    Existing ``responds_to`` ids are kept; new ones are added.  A denial without a
    target gets the accuser it answers as its target.

    Args:
        claims: Claims of one or many documents, in any order.

    Returns:
        The same claims, in the same order, with ``responds_to`` (and missing denial
        targets) filled in.
    """
    claims = list(claims)
    clusters = allegation_clusters(claims)
    members: dict[int, list[Claim]] = {}
    for claim in claims:
        if claim.id in clusters:
            members.setdefault(clusters[claim.id], []).append(claim)
    words = {c.id: content_words(c.proposition) for c in claims}
    # allegations by document in text order, and indexed by accused and by accuser
    in_document: dict[str, list[Claim]] = {}
    by_accused: dict[str | None, list[Claim]] = {}
    by_accuser: dict[str | None, list[Claim]] = {}
    for claim in claims:
        if claim.id in clusters:
            in_document.setdefault(claim.document_id, []).append(claim)
            by_accused.setdefault(_principal(claim.target), []).append(claim)
            by_accuser.setdefault(_principal(claim.claimant), []).append(claim)
    for items in in_document.values():
        items.sort(key=lambda c: (c.provenance.span.start, c.id))
    starts = {doc: [c.provenance.span.start for c in items] for doc, items in in_document.items()}

    result: list[Claim] = []
    for claim in claims:
        document_allegations = in_document.get(claim.document_id, [])
        positions = starts.get(claim.document_id, [])
        here = bisect.bisect_left(positions, claim.provenance.span.start)
        nearby = document_allegations[max(0, here - _NEARBY) : here + _NEARBY]
        content = claim.provenance.content
        nested = [] if content is None else [
            a for a in document_allegations[
                bisect.bisect_left(positions, content.start) : bisect.bisect_right(
                    positions, content.end)
            ]
            if a.id != claim.id and a.provenance.cue and content.contains(a.provenance.cue[0])
        ]
        if not _is_response(claim) and not nested:
            result.append(claim)
            continue
        side = _principal(claim.claimant)
        target = _principal(claim.target)
        chosen: set[int] = set()

        def eligible(allegation: Claim, *, _side: str | None = side,
                     _target: str | None = target, _claim: Claim = claim) -> bool:
            accuser = _principal(allegation.claimant)
            if accuser == _side or allegation.id == _claim.id:
                return False
            if _target is not None and _target != accuser:
                return False
            accused = _principal(allegation.target)
            involved = accused == _side or _mentions(allegation, _claim.claimant)
            if _claim.kind is not ClaimKind.DENIAL:
                # a counter-claim answers claims that concern its own side, aimed at the accuser
                return involved and _target == accuser
            return involved

        # in the same document: a back-reference answers the latest eligible allegation
        # before it; otherwise every eligible allegation of the document is answered
        same = [a for a in nearby if eligible(a)]
        before = [a for a in same if a.provenance.span.start < claim.provenance.span.start]
        if _refers_back(claim) and before:
            chosen.add(clusters[before[-1].id])
        elif same:
            inside = [a for a in same if a in nested]
            if inside:
                same = inside  # "criticized Guterres' condemnation of ...": what it names
            elif claim.kind is not ClaimKind.DENIAL and not _names_claims(claim):
                same = before  # a counter-claim answers what was said before it
            overlapping = [a for a in same if len(words[claim.id] & words[a.id]) >= 2]
            for allegation in overlapping or same:
                chosen.add(clusters[allegation.id])
        # in other documents: eligible allegations whose propositions overlap
        candidates = by_accused.get(side, [])
        if target is not None:
            candidates = [*candidates, *by_accuser.get(target, [])]
        for allegation in candidates:
            if allegation.document_id == claim.document_id:
                continue
            if clusters[allegation.id] in chosen or not eligible(allegation):
                continue
            if len(words[claim.id] & words[allegation.id]) >= 2:
                chosen.add(clusters[allegation.id])
        linked = sorted(
            {a.id for number in chosen for a in members.get(number, ())} | set(claim.responds_to)
        )
        changes: dict[str, object] = {}
        if tuple(linked) != claim.responds_to:
            changes["responds_to"] = tuple(linked)
        if claim.target is None and chosen and claim.kind is ClaimKind.DENIAL:
            accusers = sorted({a.claimant.principal.id for n in chosen for a in members[n]})
            if len(accusers) == 1:
                first = next(a for n in sorted(chosen) for a in members[n])
                changes["target"] = first.claimant.principal
        result.append(attrs.evolve(claim, **changes) if changes else claim)  # type: ignore[arg-type]
    return _corroborate(_same_exchange(result))


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


def _common_words(text: str) -> frozenset[str]:
    """Content words that are not names: what was done, not who was named."""
    return frozenset(
        _stem(w) for w in _WORD.findall(text)
        if w[:1].islower() and w.lower().replace("\u2019", "'") not in _STOPWORDS
    )


def _corroborate(claims: list[Claim]) -> list[Claim]:
    """Raise the evidence of allegations that independent parties make alike.

    Two allegations agree when they accuse the same actor and their propositions share
    most of their content words; their claimants are independent when they speak for
    different principals (a spokesperson and their government are one party).  Each
    such allegation gains one :attr:`~claimkit.model.CueEffect.RAISES` cue naming the
    other parties; its span is the allegation's own cue, since the corroborating words
    may be in another document.
    """
    allegations = [c for c in claims if c.kind is ClaimKind.ALLEGATION and c.target is not None]
    words = {c.id: _common_words(c.proposition) for c in allegations}
    others: dict[str, dict[str, str]] = {}
    against: dict[str | None, list[Claim]] = {}
    for claim in allegations:
        against.setdefault(_principal(claim.target), []).append(claim)
    pairs = (
        (first, second)
        for group in against.values()
        for i, first in enumerate(group)
        for second in group[i + 1 :]
    )
    for first, second in pairs:
        if first.claimant.principal.id == second.claimant.principal.id:
            continue
        shared = words[first.id] & words[second.id]
        if len(shared) < 3 or _overlap(words[first.id], words[second.id]) < 0.5:
            continue
        for one, two in ((first, second), (second, first)):
            party = others.setdefault(one.id, {})
            party.setdefault(two.claimant.principal.id, two.claimant.name)
    if not others:
        return claims
    result = []
    for claim in claims:
        evidence = claim.evidence
        done = any((c.rule or "").startswith(_CORROBORATED) for c in evidence.cues)
        if claim.id not in others or done or not claim.provenance.cue:
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
