"""Denial elaborations: what a denying side says of the same matter in plain words denies too.

A pass of the attribution stage (:mod:`claimkit.extract.attribution`). Once a side has
denied a charge in the story ("An Iraqi official denied that a woman detained in Lebanon is
a wife of al-Baghdadi"), its further statements about the same matter that negate it or
call it sound are denials as well, though no cue word says so: "Ibrahim told The
Associated Press that al-Dulaimi ... is not al-Baghdadi's wife"; "Kim Jong Un's health is
just fine, his government said" beside "So denies any health problems". The statement must
come from the denier's side (the same actor, or one that speaks for the same principal),
share a common content word with the denial ("wife", "health"), and either hold a
negation or a predicate of soundness from ``kinds.json`` ("just fine", "in good health").
A negation about something else ("said it would not comment", "did not say when") shares no
word with the denial and stays a statement.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from claimkit.extract.claim_targets import Attributed, same_side
from claimkit.extract.kind_lexicon import KindLexicon
from claimkit.extract.propositions import _common_words
from claimkit.model import ClaimKind

__all__ = ["denial_elaborations"]


_NEGATION = re.compile(
    r"\b(?:(?:is|was|are|were|has|have|had|did|does|do)(?:\s+not\b|n[\u2019']t\b)"
    r"|never\b(?!\s+(?:seen|witnessed|experienced)\s+(?:before|anything|such|so|this|it))"
    r"|neither\b|none\b|nothing\b|no\s+(?!longer|more|doubt|one\b))",
    re.IGNORECASE,
)
"""A negation of a fact: "is not al-Baghdadi's wife", "was not in bad health", "never
received", "none of her emails", "no classified material"; not of an ability or an intent
("could not answer", "won't support"), nor "not to" or "not be" ("a decision not to
cooperate", "asked that his name not be used"), nor a comparison ("like I've never seen
before")."""

_WORD = re.compile(r"[a-z']+")

_PARAGRAPHS = 12
"""How far (in paragraphs) a statement may stand from the denial it elaborates."""

_REPORTING = frozenset({"say", "tell", "add", "state", "insist", "maintain", "reiterate",
                        "stress", "explain", "note", "respond", "reply", "write"})
"""Plain reporting verbs ("said", "told", "added"), the ones a denial is hidden in; not
verbs of belief ("believes")."""
_MAX_WORDS = 30
"""Longer contents are speeches or arguments, not a plain reply to one charge."""
_SCOPE = 6
"""How many words after a negation (or before a predicate of soundness) it speaks of."""
_QUOTE_MARKS = frozenset("\"'\u201c\u2018")
"""Cue frames of plain reports ("said", "told", "added"), the ones a denial is hidden in."""


def _answering_words(lexicon: KindLexicon, content: str) -> str | None:
    """The words a negation or a predicate of soundness governs in a plain content.

    "al-Dulaimi ... is not al-Baghdadi's wife": "al-Baghdadi's wife"; "Kim Jong Un's health
    is just fine": "Kim Jong Un's health is just fine" (soundness speaks of its subject).
    ``None`` for quoted or long contents (a speech, not a reply to one charge).
    """
    words = _WORD.findall(content.lower())
    if len(words) > _MAX_WORDS or content.lstrip()[:1] in _QUOTE_MARKS:
        return None
    negation = _NEGATION.search(content)
    if negation is not None:
        return " ".join(content[negation.end() :].split()[:_SCOPE])
    index = lexicon.soundness
    for at, word in enumerate(words):
        if word in index and index.match_at(words, at) is not None:
            return " ".join(words[max(0, at - _SCOPE) : at])
    return None


def denial_elaborations(built: Sequence[Attributed], text: str, lexicon: KindLexicon) -> None:
    """Make a denying side's plain negations of the denied matter denials too.

    Args:
        built: The attributed drafts of one document, in text order.
        text: The document's text.
        lexicon: The kind stage's lexicons (its predicates of soundness).
    """
    denials = [item for item in built if item.kind is ClaimKind.DENIAL and not item.drop
               and item.draft.content is not None]
    if not denials:
        return
    matter = {id(denial): _common_words(text[slice(*denial.draft.content)])  # type: ignore[misc]
              for denial in denials}
    for item in built:
        draft = item.draft
        if item.drop or item.kind is not ClaimKind.STATEMENT or draft.content is None or (
            draft.cue.word.lemma not in _REPORTING or draft.cue.negated or draft.unreal
        ):
            continue
        scope = _answering_words(lexicon, text[draft.content[0] : draft.content[1]])
        if scope is None:
            continue
        words = _common_words(scope)
        paragraph = draft.sentence.paragraph
        for denial in denials:
            if abs(denial.draft.sentence.paragraph - paragraph) > _PARAGRAPHS or not (
                denial.claimant.id == item.claimant.id
                or same_side(denial.claimant, item.claimant)
            ):
                continue
            if words & matter[id(denial)]:
                item.kind = ClaimKind.DENIAL
                item.target = item.target or denial.target
                break
