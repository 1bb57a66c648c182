"""Paragraphs quoted after a colon: "X released a statement:" followed by what it said.

News sets a statement, a letter or a tweet off as a paragraph of its own after a sentence
that ends with a colon ("However, DHS released an identical statement ... denying that there
were terrorists coming across the border:" and then the statement). That paragraph names no
speaker and has no cue, yet it is the introducing sentence's speaker's claim: it gets one
draft, spoken by the source of the introducing sentence's last claim, with the colon as its
cue, and its content decides its kind. Only a statement, letter, memo, release, post or tweet
set off so, or what follows a charge or a denial, is read this way.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from claimkit.extract.claim_drafts import Draft, _read_continued_kind
from claimkit.extract.cues import COLON_CUE, CueMatch
from claimkit.extract.kind_lexicon import KindLexicon
from claimkit.extract.segment import DocumentTokens, Sentence
from claimkit.model import ClaimKind

__all__ = ["block_quotes"]

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
