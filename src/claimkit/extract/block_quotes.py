"""Paragraphs quoted on their own: after a colon, or after a paragraph whose speaker goes on.

News sets a statement, a letter or a tweet off as a paragraph of its own after a sentence
that ends with a colon ("However, DHS released an identical statement ... denying that there
were terrorists coming across the border:" and then the statement). That paragraph names no
speaker and has no cue, yet it is the introducing sentence's speaker's claim: it gets one
draft, spoken by the source of the introducing sentence's last claim, with the colon as its
cue, and its content decides its kind. Only a statement, letter, memo, release, post or tweet
set off so, or what follows a charge or a denial, is read this way.

A paragraph that is a quotation from end to end and attributes nothing ("“She is a liar.
She lied about Benghazi.”") goes on the speaker of the paragraph before it, when that
paragraph has a claim: it gets one draft, with the opening quotation mark as its cue, and is
kept only when its content charges or denies (a plain quotation adds nothing to score).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from claimkit.extract.claim_drafts import Draft, _read_continued_kind
from claimkit.extract.cues import COLON_CUE, QUOTE_CUE, CueMatch
from claimkit.extract.kind_lexicon import KindLexicon
from claimkit.extract.segment import DocumentTokens, Sentence
from claimkit.model import ClaimKind, RegionKind

__all__ = ["block_quotes", "orphan_quotes"]

_DOCUMENTS = re.compile(r"\b(?:statement|letter|memo|release|post|tweet)s?\b", re.IGNORECASE)
"""What a paragraph set off after a colon is said in ("released a statement:")."""


def block_quotes(text: str, found: Sequence[Sentence], drafts: Sequence[Draft],
                 kinds: KindLexicon, shared: DocumentTokens) -> list[Draft]:
    """Drafts for the paragraphs set off after a speaker's sentence ending with a colon.

    Args:
        text: The document text.
        found: Its sentences, in text order.
        drafts: The drafts found so far (in text order).
        kinds: The kind stage's lexicons.
        shared: The document's shared tokens.

    Returns:
        The new drafts, one per quoted paragraph: its sentences up to the first that has a
        draft of its own.
    """
    with_drafts = {d.sentence.start for d in drafts}
    last_by_sentence: dict[int, Draft] = {}
    for draft in drafts:
        if draft.source is not None:
            last_by_sentence[draft.sentence.start] = draft
    made: list[Draft] = []
    for index, sentence in enumerate(found[:-1]):
        nxt = found[index + 1]
        head = last_by_sentence.get(sentence.start)
        if head is None or nxt.paragraph == sentence.paragraph or (
            nxt.region is not sentence.region or nxt.start in with_drafts
        ):
            continue
        line = text[sentence.start : sentence.end].rstrip()
        if not line.endswith(":") or not (
            head.kind in (ClaimKind.ALLEGATION, ClaimKind.DENIAL)
            or _DOCUMENTS.search(line) is not None
        ):
            continue  # "..., Perry said:" before a speech excerpt is left to the quotation
        end = nxt.end  # the paragraph's sentences up to one that attributes on its own
        for following in found[index + 2 :]:
            if following.paragraph != nxt.paragraph or following.start in with_drafts:
                break
            end = following.end
        colon = sentence.start + len(line) - 1
        draft = Draft(
            sentence=nxt, cue=CueMatch(0, 0, COLON_CUE), kind=ClaimKind.STATEMENT,
            cue_spans=[(colon, colon + 1)], source=head.source, content=(nxt.start, end),
            shares_source=True, unnamed=head.unnamed,
        )
        _read_continued_kind(draft, shared.between(nxt.start, end), kinds)
        made.append(draft)
    return made


_NAMED_SUBJECT = re.compile(
    r"((?:[A-Z][\w.'\u2019-]*\s+){0,3}[A-Z][\w'\u2019-]+)\s+(?:[a-z]+ed|said|says|told|wrote)\b"
)
"""A sentence opening with a capitalised name and a past-tense verb ("Donald Trump attacked")."""
_OPENING = ("\u201c", '"', "''")
_CLOSING = ("\u201d", '"', "''")
"""Quotation marks that open and close a quoted paragraph (the pipeline's continued
quotations read them too)."""


def _quoted_after_colon(text: str, draft: Draft) -> bool:
    """Whether a colon's content is a quotation ("Richards: ‘I’m Sick Of Men ...’")."""
    if draft.content is None:
        return False
    return text[draft.content[0] : draft.content[1]].lstrip().startswith(_HEADLINE_QUOTES)


_HEADLINE_QUOTES = ("\u2018", "\u201c", '"', "'")
_CHAINED_QUOTES = 3
"""At most this many whole-paragraph quotations in a row go on one speaker."""


def orphan_quotes(text: str, found: Sequence[Sentence], drafts: Sequence[Draft],
                  kinds: KindLexicon, shared: DocumentTokens) -> list[Draft]:
    """Drafts for whole-paragraph quotations that go on the previous paragraph's speaker.

    Args:
        text: The document text.
        found: Its sentences, in text order.
        drafts: The drafts found so far (in text order).
        kinds: The kind stage's lexicons.
        shared: The document's shared tokens.

    Returns:
        The new drafts, one per such paragraph whose content charges or denies.
    """
    by_paragraph: dict[int, list[Sentence]] = {}
    for sentence in found:
        by_paragraph.setdefault(sentence.paragraph, []).append(sentence)
    drafted = {d.sentence.paragraph for d in drafts if not d.in_passage}
    last_speaker: dict[int, Draft] = {}
    opening = min(by_paragraph, default=0)  # a story's first line is often its headline
    quoted_headline = False
    for draft in drafts:
        if draft.source is None or draft.unnamed or draft.sentence.region is not RegionKind.BODY:
            continue
        if draft.cue.word.lemma != ":":
            last_speaker[draft.sentence.paragraph] = draft
        elif draft.sentence.paragraph == opening and _quoted_after_colon(text, draft):
            # "Cecile Richards: ‘I’m Sick Of Men ...’" and then a paragraph of quotation:
            # a headline that quotes its speaker goes on in the body's quotation
            last_speaker[opening] = draft
            quoted_headline = True
    made: list[Draft] = []
    chained: dict[int, int] = {}  # quotation paragraphs in a row after their speaker
    for paragraph, sentences in sorted(by_paragraph.items()):
        if paragraph in drafted or paragraph - 1 not in by_paragraph or (
            paragraph - 1 == opening and not quoted_headline
        ):
            continue
        first, last = sentences[0], sentences[-1]
        head = last_speaker.get(paragraph - 1)
        source = head.source if head is not None else None
        if source is None:
            # "Donald Trump attacked Hillary Clinton on Monday." with no cue of its own: the
            # named subject of the paragraph's last sentence
            before = by_paragraph[paragraph - 1][-1]
            match = _NAMED_SUBJECT.match(text, before.start, before.end)
            if match is not None:
                source = (match.start(1), match.end(1))
        if source is None or first.region is not RegionKind.BODY or (
            by_paragraph[paragraph - 1][-1].region is not RegionKind.BODY
        ):
            continue
        body = text[first.start : last.end].rstrip()
        if not body.startswith(_OPENING) or not body.endswith(_CLOSING) or (
            any(mark in body[1:-1] for mark in ("\u201c", "\u201d"))
        ):
            continue  # not one quotation from end to end
        draft = Draft(
            sentence=first, cue=CueMatch(0, 0, QUOTE_CUE), kind=ClaimKind.STATEMENT,
            cue_spans=[(first.start, first.start + 1)], source=source,
            content=(first.start, last.end), shares_source=True,
        )
        _read_continued_kind(draft, shared.between(first.start, last.end), kinds)
        if draft.kind in (ClaimKind.ALLEGATION, ClaimKind.DENIAL):
            made.append(draft)
        run = chained.get(paragraph - 1, 0) + 1
        if run < _CHAINED_QUOTES:
            # the next quoted paragraph goes on the same speaker: "Dr. Ward stated:" then
            # two paragraphs of quotation
            last_speaker[paragraph] = draft
            chained[paragraph] = run
    return made
