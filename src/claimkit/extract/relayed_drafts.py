"""Drafts whose speaker is relayed or unnamed: "AFP reported Shekau as saying", "reportedly".

An outlet that relays someone's words is the claim's channel, not its claimant; a hedge
("reportedly", "allegedly") points at an unnamed source for the whole sentence, and
makes a claim only where it charges or denies something.
"""

from __future__ import annotations

import itertools
from collections.abc import Sequence

from claimkit.extract.claim_drafts import _READ_KINDS, Draft, _read_kind
from claimkit.extract.content_spans import (
    _content_before,
    _content_right,
    _quote_of,
    _strip_content,
)
from claimkit.extract.cues import CueMatch
from claimkit.extract.sentence_subjects import _LEADING_CONJUNCTIONS
from claimkit.extract.sentence_view import _QUOTES, SentenceView, _token_range
from claimkit.extract.source_spans import _source_left

_RELAYS = frozenset({"report", "quote", "cite"})
"""Verbs by which an outlet relays someone's words: "AFP reported Shekau as saying"."""


def _relayed(view: SentenceView, cues: Sequence[CueMatch]) -> Draft | None:
    """A quotation relayed by an outlet: "'...,' AFP reported Shekau as saying".

    The speaker is the one quoted, the outlet its channel; the outlet's own verb makes no
    claim of its own.
    """
    for relay, spoken in itertools.pairwise(cues):
        if relay.word.lemma not in _RELAYS or relay.passive or not spoken.participle:
            continue
        as_at = spoken.first - 1
        if as_at <= relay.last or view.lowers[as_at] != "as" or as_at - relay.last > 6:
            continue
        speaker = (relay.last, as_at)
        if not all(view.is_word(i) or view.tokens[i].text in (".", "'", "\u2019")
                   for i in range(*speaker)):
            continue
        outlet, _aux = _source_left(view, relay.first)
        if outlet is None:
            continue
        content = _content_before(view, outlet[0])
        if content is None:
            content = _content_right(view, spoken.last, [])
        if content is None:
            return None
        draft = Draft(sentence=view.sentence, cue=spoken, kind=spoken.kind,
                      cue_spans=[view.chars(relay.first, relay.last),
                                 view.chars(as_at, spoken.last)],
                      source=view.chars(*speaker), content=view.chars(*content),
                      channel=view.chars(*outlet))
        draft.quote = _quote_of(view, *content)
        token_range = _token_range(view, draft.content) if draft.content else None
        if token_range is not None and draft.kind in _READ_KINDS:
            _read_kind(view, draft, token_range)
        return draft
    return None


def _hedge_draft(view: SentenceView, cue: CueMatch) -> Draft | None:
    """A sentence that points at an unnamed source ("Phelps was reportedly gambling")."""
    if cue.first > 0 and view.tokens[cue.first - 1].text in (",", "(") and (
        cue.last < view.size and view.lowers[cue.last] in _DESCRIBING
    ):
        return None  # "Det. Patterson, allegedly of the police, said": a hedged description
    first = _hedged_clause(view, cue.first)
    while first < cue.first and (view.lowers[first] in _LEADING_CONJUNCTIONS
                                 or view.tokens[first].text in _QUOTES):
        first += 1
    content = _strip_content(view, first, view.size)
    if content is None or content[0] > cue.first:
        return None
    span = view.chars(cue.first, cue.last)
    return Draft(sentence=view.sentence, cue=cue, kind=cue.kind, cue_spans=[span],
                 source=span, content=view.chars(*content), unnamed=True)


_DESCRIBING = frozenset({"of", "from", "in", "at", "named", "called", "known", "titled"})
"""Words after a hedge that make it qualify a description, not assert a claim."""
# a relative clause ("the rebels, who reportedly killed 20 villagers") keeps the whole
# sentence: its subject is the antecedent before the comma
_SUBORDINATORS = frozenset(
    {"where", "when", "while", "after", "before", "because", "although", "though", "since",
     "whereas"}
)


def _hedged_clause(view: SentenceView, hedge: int) -> int:
    """The first token of the clause a hedge stands in.

    A hedge inside a subordinate clause ("The kidnapping occurred in Gombi, where the
    German was reportedly a teacher") hedges that clause only, not the main one.
    """
    for index in range(hedge - 1, 0, -1):
        text = view.tokens[index].text
        if text == ";" and not view.inside_quote[index]:
            return index + 1
        if text == "," and not view.inside_quote[index] and (
            view.lowers[index + 1] in _SUBORDINATORS
        ):
            return index + 1
    return 0
