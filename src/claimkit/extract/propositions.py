"""Reading an allegation's proposition: its content words and what it refers back to.

:func:`content_words` gives the stems that decide whether two reports tell the same
allegation ("providing weapons" and "provided arms" share "provid"); a proposition that
only points back ("it", "the charges") is read as referring to what came before. Used by
:mod:`claimkit.extract.allegations` and :mod:`claimkit.extract.linking`.
"""

from __future__ import annotations

import functools
import re
from typing import NamedTuple

from claimkit.extract.segment import words as _words

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


@functools.lru_cache(maxsize=1 << 16)
def _token(word: str) -> tuple[str | None, str, bool]:
    """A word's stem (``None`` for a stop word), lower case, and whether it starts lower.

    Memoised: words repeat a lot.
    """
    lowered = word.lower()
    if lowered.replace("\u2019", "'") in _STOPWORDS:
        return None, lowered, word[:1].islower()
    return _stem(word), lowered, word[:1].islower()


def content_words(text: str) -> frozenset[str]:
    """The stemmed content words of a proposition (stop words left out).

    Example:
        >>> sorted(content_words("Russia is purchasing rockets from North Korea"))
        ['korea', 'north', 'purcha', 'rocket', 'russia']
    """
    stems = {_token(w)[0] for w in _WORD.findall(text)}
    stems.discard(None)
    return frozenset(stems)  # type: ignore[arg-type]


def _common_words(text: str) -> frozenset[str]:
    """Content words that are not names: what was done, not who was named."""
    return _read(text).common


class PropositionReading(NamedTuple):
    """What linking reads from one proposition, computed once per distinct text."""

    words: frozenset[str]
    """Its content words (:func:`content_words`)."""
    common: frozenset[str]
    """Those of them written in lower case: what was done, not who was named."""
    lowered: str
    """The proposition in lower case (where names of actors are looked for)."""
    opens_with_reference: bool
    """Whether it opens by referring back ("it is sending", "such transfers")."""
    names_claims: bool
    """Whether it speaks about claims ("US allegations of ...")."""
    refers_back: bool
    """Whether it is only a reference ("it", "the charges")."""


# room for a corpus's allegations: linking the corpus finds the readings its documents made
@functools.lru_cache(maxsize=1 << 12)
def _read(text: str) -> PropositionReading:
    tokens = list(map(_token, _WORD.findall(text)))
    lowered = [token[1] for token in tokens]
    first = _WORD.search(text[:40].lower())
    return PropositionReading(
        frozenset([stem for stem, _, _ in tokens if stem is not None]),
        frozenset([stem for stem, _, lower in tokens if stem is not None and lower]),
        text.lower(),
        first is not None and first.group() in _OPENERS,
        not _CLAIM_WORDS.isdisjoint(lowered),
        len(lowered) <= 4 and bool(lowered) and all(
            w in _REFERS_BACK or w in _BACK_FILLERS for w in lowered
        ),
    )


_OPENERS = frozenset(("it", "this", "that", "these", "those", "such", "they"))
"""First words by which a proposition refers back ("it is sending", "such transfers")."""


_BACK_FILLERS = frozenset(("to", "do", "so", "any", "plans"))


_CLAIM_WORDS = frozenset(
    _words("claim claims allegation allegations accusation accusations charge charges report "
           "reports rumor rumors rumour rumours remarks")
)
"""Words by which a proposition speaks about claims ("US allegations of ...", "such claims")."""
