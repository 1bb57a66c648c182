"""Drafts for "according to": the source after the phrase, the content around it.

"According to Human Rights Watch, forces have killed ...", "forces have killed civilians,
according to the group", "Last November, according to Human Rights Watch, forces have
killed ...": the source is the noun phrase after "according to"; the content is the
clause before the aside, or the clause after it when what comes before is only a time or
a place.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from claimkit.extract.claim_drafts import Draft
from claimkit.extract.content_spans import _clause_end, _strip_content
from claimkit.extract.cues import CueMatch
from claimkit.extract.segment import words as _words
from claimkit.extract.sentence_view import _CLOSERS, SentenceView
from claimkit.extract.source_spans import _according_source
from claimkit.model import ClaimKind

__all__ = ["according_draft", "speaker_first"]


def according_draft(view: SentenceView, cue: CueMatch, cue_starts: Sequence[int]) -> Draft | None:
    """The draft of an "according to" cue, or ``None`` without a source or a content.

    Args:
        view: The sentence.
        cue: The cue ("according to").
        cue_starts: Where the sentence's cues start (a content stops at the next one).
    """
    after = cue.last
    source = _according_source(view, after)
    if source is None:
        return None
    cue_chars = [view.chars(cue.first, cue.last)]
    if cue.first > 0 and (view.tokens[cue.first - 1].text in ({","} | _CLOSERS)
                          or view.tokens[cue.first].text == ":"):
        end = cue.first - 1 if view.tokens[cue.first - 1].text == "," else cue.first
        start = 0
        content = _strip_content(view, start, end)
        if content is not None and content[1] - content[0] <= 3 and (
            view.tokens[cue.first - 1].text == ","
        ):
            # "Last November, according to Human Rights Watch, forces have killed ...":
            # a time or place before the aside; the clause after it is the content
            after_source = source[1]
            while after_source < view.size and view.tokens[after_source].text == ",":
                after_source += 1
            later = _strip_content(view, after_source,
                                   _clause_end(view, after_source, cue_starts))
            if later is not None and later[1] - later[0] > 3:
                content = (content[0], later[1])
    else:
        end = source[1]
        while end < view.size and view.tokens[end].text == ",":
            end += 1
        content = _strip_content(view, end, _clause_end(view, end, cue_starts))
    if content is None:
        return None
    return Draft(sentence=view.sentence, cue=cue, kind=cue.kind, cue_spans=cue_chars,
                 source=view.chars(*_document_only(view, source)),
                 content=view.chars(*content))


def _document_only(view: SentenceView, source: tuple[int, int]) -> tuple[int, int]:
    """The document of a source that an outlet only saw: "a charge sheet seen by Reuters".

    The charge sheet speaks, not Reuters, which reports what it read; "a report by Amnesty"
    and "a report published by the ministry" keep their authors.
    """
    for index in range(source[0] + 1, source[1] - 1):
        if view.lowers[index] in _ACCESS and view.lowers[index + 1] == "by":
            return source[0], index
    return source


_ACCESS = frozenset(_words("seen obtained reviewed viewed examined"))
"""Participles of an outlet's access to a document ("documents obtained by the BBC")."""


def speaker_first(draft: Draft, inner: Sequence[Draft], text: str) -> list[Draft]:
    """The claims a trailing "according to" or "X said" only relays, which keep their speakers.

    "Police said gunmen attacked the village, according to local officials": the sentence
    opens with a named speaker and a verb of saying, so the police make the claim and the
    officials only pass it on. Likewise "The revenue service had accused the operator of
    under-declaring its income, according to a letter seen by Wire", "The FEC fined the
    campaign $35,000, records show" and "A special court framed charges against Rakesh
    Verma, his lawyer said": the one who accuses, fines or charges speaks; the letter, the
    records and the lawyer relay. A poll's figures ("51 percent said ..., according to the
    poll") and a leading "According to X, ..." keep X as the source.

    Args:
        draft: A claim of the sentence, kept when its cue is no trailing relay.
        inner: The sentence's other claims whose cues stand inside its content.
        text: The document's text.

    Returns:
        The inner claims that open the content with their own speaker, or none.
    """
    lemma = draft.cue.word.lemma
    if lemma not in _RELAYING or draft.content is None or (
        draft.cue_spans[0][0] < draft.content[1]
    ) or (lemma != "according to" and (draft.cue.word.pos != "verb" or draft.nominal)):
        return []
    return [o for o in inner if o.source is not None and not o.nominal
            and o.source[0] <= draft.content[0] + 1 and text[o.source[0]].isupper()
            and o.content is not None and o.content[1] >= draft.content[1] - 1
            and o.cue.word.pos in ("verb", "phrase") and not o.cue.participle
            and (o.cue.kind in _CHARGING or (lemma == "according to"
                                             and o.cue.word.lemma in _SAYING))
            and not _POLLED.search(text, o.source[0], o.source[1])]


_SAYING = frozenset({"say", "tell"})
_CHARGING = (ClaimKind.ALLEGATION, ClaimKind.DENIAL)
"""Kinds of a cue that charges or denies on its own ("accused", "fined", "denied")."""
_RELAYING = frozenset({"according to", "say", "show", "tell"})
"""Cues that, after a clause with its own speaker, relay it ("..., records show")."""
_POLLED = re.compile(r"\d|percent|\b(?:[Mm]ost|[Ss]ome|[Nn]early|[Aa]bout|[Aa]ll|[Mm]ajorit)")
"""A speaker that is a share of those polled ("51 percent of voters", "Most Republicans")."""
