"""Drafts for cues whose subject receives the criticism: the frame ``undergo``.

"The governor has come under fire for his handling of the crisis", "Trump has faced
criticism from within his own party for comments seen as insulting", "the proposal has
drawn harsh criticism from fellow candidates": the subject is the accused, the critics
follow "from" (an unnamed source when no one is named), and the reason follows "for" or
"over"; criticism with a reason and no critic named is the unnamed critics' ("has come under
fire for ..."). "Fire" and "attack" without a reason may be literal ("the convoy came under
fire from militants"), so they give no claim.
"""

from __future__ import annotations

from collections.abc import Sequence

from claimkit.extract.claim_drafts import Draft
from claimkit.extract.content_spans import _content_right, _object_np
from claimkit.extract.cues import CueMatch
from claimkit.extract.noun_phrases import _np_left
from claimkit.extract.segment import words as _words
from claimkit.extract.sentence_view import SentenceView
from claimkit.extract.source_spans import _source_left

__all__ = ["undergo_draft"]

_REASONS = ("for", "over")
_CRITIC_STOPS = frozenset(_words("for over in on at after since during because who which that"))
_CRITICISM = frozenset(_words("criticism criticisms fire heat flak backlash condemnation "
                               "ridicule rebuke rebukes scorn attacks attack"))
"""Words of criticism received: with no critic named, they need a reason to be a claim."""
_LITERAL = frozenset({"fire", "attack"})
"""Cue nouns that can be meant literally: they need a reason to be criticism."""


def undergo_draft(view: SentenceView, cue: CueMatch, cue_starts: Sequence[int]) -> Draft | None:
    """The draft of an ``undergo`` cue: subject accused, critics after "from" or unnamed.

    Args:
        view: The sentence.
        cue: The cue ("came under fire", "faced criticism").
        cue_starts: Where the sentence's cues start (a content stops at the next one).

    Returns:
        The draft, or ``None`` without a subject, or for a literal "under fire".
    """
    if cue.first > 1 and view.tokens[cue.first - 1].text == ",":
        subject = _np_left(view, cue.first - 2, limit=6)  # "Mr. Jäger, under fire for ..."
    else:
        subject, _aux = _source_left(view, cue.first)
    if subject is None or view.lowers[subject[0]] in ("who", "which", "that"):
        return None  # a relative subject is resolved by a later stage only for speakers
    after = cue.last
    critic = None
    if after < view.size and view.lowers[after] in ("from", "by"):
        critic = _object_np(view, after + 1, _CRITIC_STOPS)  # "from rivals for his remarks"
        if critic is not None:
            for index in range(critic[0] + 1, critic[1]):
                if view.lowers[index].endswith("ing") and not view.is_capital(index):
                    critic = (critic[0], index)  # "from a civil rights group demanding ..."
                    break
            after = critic[1]
    reason = after < view.size and view.lowers[after] in _REASONS
    if critic is None and not reason and not _CRITICISM.isdisjoint(
        view.lowers[cue.first : cue.last]
    ):
        return None  # "he has faced criticism": no one makes a claim of nothing
    if not reason and view.lowers[cue.last - 1] in _LITERAL:
        return None  # "the convoy came under fire from militants": maybe no criticism
    content = _content_right(view, after, cue_starts) if reason else None
    end = content[1] if content is not None else cue.last
    return Draft(
        sentence=view.sentence, cue=cue, kind=cue.kind, cue_spans=[view.chars(cue.first, cue.last)],
        source=view.chars(*critic) if critic is not None else view.chars(cue.first, cue.last),
        content=view.chars(subject[0], end), target=view.chars(*subject),
        target_mode="span", unnamed=critic is None,
    )
