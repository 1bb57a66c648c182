"""Evidence scoring and the speaker's commitment, kept apart.

**Evidence** is what the text offers in support of a claim.  Every claim starts as a
bare :attr:`~claimkit.model.EvidenceStrength.ASSERTION` scored :data:`BASE_SCORE`;
each evidence phrase of the lexicon found in the claim's clause adds its signed weight
and may set the level:

* explicit absence ("no indications", "certainly no evidence", "without proof",
  "unsubstantiated") makes it :attr:`~claimkit.model.EvidenceStrength.NO_EVIDENCE`;
* records, intelligence, documents, satellite images ... make it
  :attr:`~claimkit.model.EvidenceStrength.DOCUMENTED`;
* independent confirmation makes it :attr:`~claimkit.model.EvidenceStrength.CORROBORATED`;
* second-hand sourcing ("reportedly", "according to sources") makes it
  :attr:`~claimkit.model.EvidenceStrength.REPORTED` and lowers the score, as do vague
  support ("lacked further information") and an anonymous claimant.

The level is the strongest one implied (absence overrides everything), the score is
``BASE_SCORE`` plus the weights, clipped to [0, 1].  Every cue is returned with its
span and weight, so :meth:`claimkit.model.Evidence.explain` can say why.

**Commitment** is how firmly the speaker holds the proposition: hedges in the content
("likely", "possible purchase", "may", "could") make it probable or possible; a
question or "whether" leaves it uncommitted; cognition verbs ("believes", "suspects")
make it probable.
"""

from __future__ import annotations

from collections.abc import Sequence

from claimkit.extract.cues import EvidencePhrase, HedgePhrase, Lexicon
from claimkit.extract.segment import Token
from claimkit.extract.segment import words as _words
from claimkit.model import (
    Commitment,
    CueEffect,
    Evidence,
    EvidenceCue,
    EvidenceStrength,
    Span,
)

__all__ = ["ANONYMITY_WEIGHT", "BASE_SCORE", "commitment", "score_evidence"]

BASE_SCORE = 0.25
"""The score of a bare assertion."""

ANONYMITY_WEIGHT = -0.05
"""What an anonymous or unidentified claimant takes off the score."""

_PROBABLE_VERBS = frozenset(
    _words(
    """
    believe believes believed suspect suspects suspected think thinks thought expect expects
    expected estimate estimates estimated assess assesses assessed
    """
)
)
_POSSIBLE_VERBS = frozenset(["suggest", "suggests", "suggested", "speculate", "speculated"])


_RANKS = {
    EvidenceStrength.ASSERTION: 0,
    EvidenceStrength.REPORTED: 1,
    EvidenceStrength.DOCUMENTED: 2,
    EvidenceStrength.CORROBORATED: 3,
    EvidenceStrength.NO_EVIDENCE: 4,
}
"""The order of the evidence levels (built once, not per call)."""


def _rank(level: EvidenceStrength) -> int:
    return _RANKS[level]


def score_evidence(
    text: str,
    tokens: Sequence[Token],
    lexicon: Lexicon,
    *,
    anonymous: Span | None = None,
    extra: Sequence[EvidenceCue] = (),
    lowers: Sequence[str] | None = None,
) -> Evidence:
    """Score the evidence of one claim from the tokens of its clause.

    Args:
        text: The document text.
        tokens: The tokens to search (the claim's clause).
        lexicon: The lexicon with the evidence phrases.
        anonymous: The claimant's span when the claimant is anonymous.
        extra: Cues found elsewhere (for example corroboration by another party).
        lowers: The tokens' lowercase forms (:func:`claimkit.extract.segment.lowers`),
            when the caller has them already.

    Returns:
        The evidence: level, score and cues in text order.

    Example:
        >>> from claimkit.extract.cues import load_lexicon
        >>> from claimkit.extract.segment import tokenize
        >>> text = "There was certainly no evidence of it."
        >>> score_evidence(text, tokenize(text), load_lexicon()).strength.value
        'no_evidence'
    """
    cues: list[EvidenceCue] = []
    level = EvidenceStrength.ASSERTION
    for first, last, phrase in lexicon.evidence.find(tokens, lowers):
        assert isinstance(phrase, EvidencePhrase)
        start, end = tokens[first].start, tokens[last - 1].end
        cues.append(
            EvidenceCue(
                text=text[start:end],
                span=Span(start=start, end=end),
                effect=phrase.effect,
                weight=phrase.weight,
                rule=phrase.phrase,
            )
        )
        implied = phrase.level
        if implied is None and phrase.effect is CueEffect.ABSENCE:
            implied = None  # a weak absence cue lowers the score only
        if implied is not None and _rank(implied) > _rank(level):
            level = implied
    if anonymous is not None:
        cues.append(
            EvidenceCue(
                text=text[anonymous.start : anonymous.end] or "anonymous",
                span=anonymous,
                effect=CueEffect.LOWERS,
                weight=ANONYMITY_WEIGHT,
                rule="anonymous claimant",
            )
        )
    for cue in extra:
        cues.append(cue)
        if cue.effect is CueEffect.RAISES and _rank(level) < _rank(EvidenceStrength.CORROBORATED):
            level = EvidenceStrength.CORROBORATED
    cues.sort(key=lambda c: (c.span.start, c.span.end))
    score = BASE_SCORE + sum(c.weight for c in cues)
    score = min(1.0, max(0.0, score))
    if level is EvidenceStrength.NO_EVIDENCE:
        score = min(score, 0.1)
    return Evidence(strength=level, score=round(score, 3), cues=tuple(cues))


def commitment(tokens: Sequence[Token], lexicon: Lexicon, cue_word: str = "",
               cue_commitment: str | None = None, *,
               lowers: Sequence[str] | None = None) -> Commitment:
    """The speaker's commitment to a content.

    Args:
        tokens: The content's tokens.
        lexicon: The lexicon with the hedge phrases.
        cue_word: The attribution cue ("believes" makes it probable).
        cue_commitment: The commitment the cue's lexicon entry implies
            (:attr:`CueWord.commitment <claimkit.extract.cues.CueWord.commitment>`:
            "wants" and "declined to" leave the speaker uncommitted).
        lowers: The tokens' lowercase forms, when the caller has them already.

    Returns:
        The commitment: certain unless hedged.

    Example:
        >>> from claimkit.extract.cues import load_lexicon
        >>> from claimkit.extract.segment import tokenize
        >>> commitment(tokenize("a possible purchase"), load_lexicon()).value
        'possible'
    """
    found: set[str] = set()
    for _first, _last, hedge in lexicon.hedges.find(tokens, lowers):
        assert isinstance(hedge, HedgePhrase)
        found.add(hedge.commitment)
    cue = cue_word.lower()
    if tokens and tokens[-1].text == "?":
        found.add("uncommitted")
    if cue in _PROBABLE_VERBS:
        found.add("probable")
    if cue in _POSSIBLE_VERBS:
        found.add("possible")
    if cue_commitment is not None:
        found.add(cue_commitment)
    for level in ("uncommitted", "possible", "probable"):
        if level in found:
            return Commitment(level)
    return Commitment.CERTAIN
