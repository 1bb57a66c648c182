"""Claim records: the attributed drafts of one document finished as claims.

The last step of the attribution stage (:mod:`claimkit.extract.attribution`):
:func:`finish` turns each draft that remains a claim into a :class:`~claimkit.model.Claim`
with its provenance spans (cue, claimant, content, target), its proposition, and its
evidence and commitment scored (:mod:`claimkit.extract.evidence`) over the tokens of its
clause, which reaches to where the next claim of the sentence starts.
"""

from __future__ import annotations

import bisect
import operator
from collections.abc import Sequence
from typing import Protocol

from claimkit.extract.claim_drafts import Draft
from claimkit.extract.content_spans import _proposition_text
from claimkit.extract.cues import Lexicon
from claimkit.extract.evidence import commitment, score_evidence
from claimkit.extract.segment import Token, lowers, tokenize
from claimkit.extract.speakers import ANONYMOUS
from claimkit.model import Actor, Claim, ClaimKind, Document, Provenance, _unchecked_span, stable_id

__all__ = ["finish"]


class _Item(Protocol):
    """What finishing reads of an attributed draft."""

    draft: Draft
    claimant: Actor
    kind: ClaimKind
    target: Actor | None
    target_span: tuple[int, int] | None
    channel: Actor | None
    unnamed: bool


def _token_slice(tokens: Sequence[Token], start: int, end: int) -> slice:
    """Where the tokens lying inside ``start:end`` are (tokens are in order and do not overlap)."""
    first = bisect.bisect_left(tokens, start, key=_token_start)
    last = bisect.bisect_right(tokens, end, lo=first, key=_token_end)
    return slice(first, last)


_token_start = operator.attrgetter("start")
_token_end = operator.attrgetter("end")


def _claim(document: Document, item: _Item, tokens: Sequence[Token], words: Sequence[str],
           lexicon: Lexicon, clause_end: int) -> Claim:
    draft = item.draft
    text = document.text
    # every span below is made unchecked: its offsets are the draft's, read off the text
    assert draft.content is not None and draft.source is not None
    cue_spans = tuple(_unchecked_span(a, b) for a, b in draft.cue_spans)
    start, end = draft.start, draft.end
    anonymous_span = None
    if item.claimant.anonymous and not item.unnamed:
        match = ANONYMOUS.search(text, draft.source[0], draft.source[1])
        if match is not None:
            anonymous_span = _unchecked_span(match.start(), match.end())
        else:
            anonymous_span = _unchecked_span(*draft.source)
    clause = _token_slice(tokens, start, max(end, clause_end))
    evidence = score_evidence(text, tokens[clause], lexicon, anonymous=anonymous_span,
                              lowers=words[clause])
    content = _token_slice(tokens, draft.content[0], draft.content[1])
    core_end = draft.core_end if draft.core_end is not None else draft.content[1]
    proposition = _proposition_text(text[draft.content[0] : core_end])
    if draft.extra_content is not None:
        more = text[draft.extra_content[0] : draft.extra_content[1]]
        proposition += " " + _proposition_text(more)
    target_span = None
    if item.target is not None and item.target_span is not None:
        target_span = _unchecked_span(*item.target_span)
    cue_text = " ".join(text[a.start : a.end] for a in cue_spans)
    return Claim(
        id=stable_id("claim", document.id, cue_spans[0].start, cue_spans[-1].end),
        kind=item.kind,
        claimant=item.claimant,
        proposition=proposition or text[draft.content[0] : draft.content[1]],
        provenance=Provenance(
            document_id=document.id,
            span=_unchecked_span(start, end),
            cue=cue_spans,
            claimant=None if item.unnamed else _unchecked_span(*draft.source),
            content=_unchecked_span(*draft.content),
            target=target_span,
        ),
        target=item.target,
        quote=draft.quote,
        cue=cue_text,
        commitment=commitment(tokens[content], lexicon,
                              text[cue_spans[-1].start:cue_spans[-1].end],
                              draft.cue.word.commitment, lowers=words[content]),
        evidence=evidence,
        channel=item.channel,
    )


def finish(document: Document, built: Sequence[_Item], lexicon: Lexicon,
           tokens_by_sentence: dict[int, list[Token]],
           lowers_by_sentence: dict[int, list[str]]) -> list[Claim]:
    """Turn attributed drafts into claims, with evidence and commitment scored.

    Args:
        document: The document.
        built: The attributed drafts, from :func:`attribute`.
        lexicon: The cue lexicon (its evidence and hedge phrases score the claims).
        tokens_by_sentence: The tokens of each sentence, by its start; sentences missing
            here are tokenised and added.
        lowers_by_sentence: The lowercase forms of those tokens, by the sentence's start.

    Returns:
        The claims in text order, one per cue span (a repeated id is kept once).
    """
    claims: list[Claim] = []
    seen: set[str] = set()
    for index, item in enumerate(built):
        sentence = item.draft.sentence
        tokens = tokens_by_sentence.get(sentence.start)
        if tokens is None:
            tokens = tokenize(document.text, sentence.start, sentence.end)
            tokens_by_sentence[sentence.start] = tokens
            lowers_by_sentence[sentence.start] = lowers(tokens)
        clause_end = sentence.end
        for later_index in range(index + 1, len(built)):  # no slice: that copies the rest
            later = built[later_index]
            if later.draft.sentence is not sentence:
                break
            if later.draft.start > item.draft.end:
                clause_end = later.draft.start
                break
        claim = _claim(document, item, tokens, lowers_by_sentence[sentence.start], lexicon,
                       clause_end)
        if claim.id in seen:
            continue
        seen.add(claim.id)
        claims.append(claim)
    return claims
