"""The cue lexicon: attribution cues, evidence phrases and hedges, indexed for matching.

The entries ship as ``claimkit/data/cues.json`` (attribution cues) and
``claimkit/data/evidence.json`` (evidence and commitment cues); their types are the
public records of :mod:`claimkit.lexicon`.  :func:`load_lexicon` reads the shipped
entries into a :class:`Lexicon`, which indexes them by surface form for the matcher of
:mod:`claimkit.extract.cues`; :meth:`Lexicon.extended` adds more (a plugin's).  The
lexicon extended by every installed plugin is built once, at the top, by
:func:`claimkit.extract.installed.default_lexicon`, and handed to the stages.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable, Mapping, Sequence
from importlib import resources
from typing import Any

from claimkit.errors import PluginError
from claimkit.extract.segment import Token
from claimkit.extract.segment import lowers as _lowers
from claimkit.lexicon import CueWord, EvidencePhrase, HedgePhrase

__all__ = ["Lexicon", "PhraseIndex", "load_lexicon"]

WORD = re.compile(r"\w+(?:['\u2019]\w+)*")
"""A word as :func:`claimkit.extract.cues.may_have_cues` reads a sentence."""

_ABSENT: Any = object()
"""What :meth:`PhraseIndex.match_at` finds for a phrase that is not in the index."""


def _lower_tuple(value: Iterable[str]) -> tuple[str, ...]:
    if isinstance(value, str):
        value = (value,)
    return tuple(" ".join(v.lower().replace("\u2019", "'").split()) for v in value)


class PhraseIndex:
    """Multiword phrases indexed by their first word, matched over tokens.

    Example:
        >>> from claimkit.extract.segment import tokenize
        >>> index = PhraseIndex([("no evidence", 1), ("evidence", 2)])
        >>> [(a, b, v) for a, b, v in index.find(tokenize("There is no evidence."))]
        [(2, 4, 1)]
    """

    def __init__(self, entries: Iterable[tuple[str, Any]]) -> None:
        by_length: dict[str, dict[int, dict[tuple[str, ...], Any]]] = {}
        for phrase, value in entries:
            words = tuple(phrase.lower().replace("\u2019", "'").split())
            if words:
                # the first entry of a phrase wins, as the first of a list would
                by_length.setdefault(words[0], {}).setdefault(len(words), {}).setdefault(
                    words, value
                )
        self._table: dict[str, tuple[list[tuple[int, dict[tuple[str, ...], Any]]], Any,
                                     frozenset[str]]] = {
            first: (
                sorted(((n, p) for n, p in lengths.items() if n > 1), key=lambda item: -item[0]),
                lengths[1][(first,)] if 1 in lengths else _ABSENT,
                frozenset(w[1] for n, p in lengths.items() if n > 1 for w in p),
            )
            for first, lengths in by_length.items()
        }
        """First word -> ((length, phrases of that length -> value) for the multiword phrases,
        the longest first; the value of the word alone; the second words of the multiword
        phrases): one look-up a length, not one comparison a phrase ("faces" starts over a
        hundred), none for a one-word phrase (the usual match), whose only entry is the word
        itself, and none at all when the next word goes on no phrase."""
        self.starts: frozenset[str] = frozenset(self._table)
        """The first words of the phrases (``word in index`` without a method call)."""

    def __contains__(self, word: str) -> bool:
        return word in self._table

    def match_at(self, lowers: Sequence[str], index: int) -> tuple[int, Any] | None:
        """The longest phrase starting at token ``index``: (end index, value)."""
        options = self._table.get(lowers[index])
        if options is None:
            return None
        longer, single, seconds = options
        count = len(lowers)
        if index + 1 < count and lowers[index + 1] in seconds:
            for length, phrases in longer:
                end = index + length
                if end <= count:
                    value = phrases.get(tuple(lowers[index:end]), _ABSENT)
                    if value is not _ABSENT:
                        return end, value
        return None if single is _ABSENT else (index + 1, single)

    def find(
        self, tokens: Sequence[Token], lowers: Sequence[str] | None = None
    ) -> list[tuple[int, int, Any]]:
        """Every non-overlapping longest match: (first token, end token, value)."""
        if lowers is None:
            lowers = _lowers(tokens)
        if self.starts.isdisjoint(lowers):
            return []  # no phrase can start here (the usual case), found without a loop
        found = []
        covered = 0
        table = self._table
        count = len(lowers)
        for index in [i for i, w in enumerate(lowers) if w in table]:
            if index < covered:
                continue
            # match_at inlined: this loop runs for every candidate of every index
            longer, single, seconds = table[lowers[index]]
            if index + 1 < count and lowers[index + 1] in seconds:
                for length, phrases in longer:
                    end = index + length
                    if end <= count:
                        value = phrases.get(tuple(lowers[index:end]), _ABSENT)
                        if value is not _ABSENT:
                            found.append((index, end, value))
                            covered = end
                            break
            if covered <= index and single is not _ABSENT:  # no longer phrase matched
                found.append((index, index + 1, single))
                covered = index + 1
        return found


class Lexicon:
    """The cue lexicon: attribution cues, word lists, evidence and commitment cues.

    Build one with :func:`load_lexicon`;
    :func:`claimkit.extract.installed.default_lexicon` adds the plugins' cues.
    """

    def __init__(
        self,
        words: Iterable[CueWord],
        lists: Mapping[str, Iterable[str]],
        evidence: Iterable[EvidencePhrase],
        hedges: Iterable[HedgePhrase],
    ) -> None:
        self.verbs: dict[str, CueWord] = {}
        self.nouns: dict[str, CueWord] = {}
        phrases: list[tuple[str, CueWord]] = []
        self.words: tuple[CueWord, ...] = tuple(words)
        for word in self.words:
            for form in word.surface_forms():
                if word.pos == "phrase" or " " in form:
                    phrases.append((form, word))
                elif word.pos == "verb":
                    self.verbs[form] = word
                else:
                    self.nouns[form] = word
        self.phrases = PhraseIndex(phrases)
        self.first_words: frozenset[str] = frozenset(
            {*self.verbs, *self.nouns, *(p.split()[0] for p, _w in phrases)}
        )
        """Every word that can start a cue: a sentence without one has no cue."""
        self.cue_openers: frozenset[str] = self.first_words | {"in"}
        """The first words and the "in" of a setting: the words the cue finder stops at."""
        self.single_forms: frozenset[str] = frozenset({*self.verbs, *self.nouns})
        """The one-word cue forms (verbs and nouns)."""
        self.plain_forms: frozenset[str] = frozenset(
            f for f in self.single_forms if WORD.fullmatch(f)
        )
        """The one-word cue forms that :func:`may_have_cues` reads as whole words (all built-in)."""
        self.phrase_words: dict[str, tuple[frozenset[str], ...]] = {}
        """For each first word of a multiword cue, the words each such cue needs."""
        for phrase, _word in phrases:
            parts = WORD.findall(phrase)  # as may_have_cues splits a sentence
            if parts:
                key = parts[0]
                self.phrase_words[key] = (*self.phrase_words.get(key, ()), frozenset(parts))

        def words_of(name: str) -> frozenset[str]:
            return frozenset(_lower_tuple(lists.get(name, ())))

        self.claim_nouns = words_of("claim_nouns")
        self.refused_objects = words_of("refused_objects")
        """What "deny" refuses rather than rejects ("denied bail", "denied him entry")."""
        self.taken_objects = words_of("taken_objects")
        """What "claim" seizes rather than asserts ("claimed the lives of", "claimed victory")."""
        self.held_objects = words_of("held_objects")
        """What "defend" holds against a rival or an attack ("defending 24 Senate seats")."""
        self.evidence_phrases: tuple[EvidencePhrase, ...] = tuple(evidence)
        self.evidence = PhraseIndex((e.phrase, e) for e in self.evidence_phrases)
        self.hedge_phrases: tuple[HedgePhrase, ...] = tuple(hedges)
        self.hedges = PhraseIndex((h.phrase, h) for h in self.hedge_phrases)

    def extended(self, items: Iterable[CueWord | EvidencePhrase | HedgePhrase]) -> Lexicon:
        """A new lexicon with more entries; later entries win for the same form."""
        words = list(self.words)
        evidence = list(self.evidence_phrases)
        hedges = list(self.hedge_phrases)
        for item in items:
            if isinstance(item, CueWord):
                words.append(item)
            elif isinstance(item, EvidencePhrase):
                evidence.append(item)
            elif isinstance(item, HedgePhrase):
                hedges.append(item)
            else:
                raise PluginError(
                    f"register_cues got {item!r}; expected a CueWord, EvidencePhrase "
                    "or HedgePhrase"
                )
        lists = {
            "claim_nouns": self.claim_nouns,
            "refused_objects": self.refused_objects,
            "taken_objects": self.taken_objects,
            "held_objects": self.held_objects,
        }
        return Lexicon(words, lists, evidence, hedges)


def _read_data(name: str) -> Any:
    with resources.files("claimkit.data").joinpath(name).open("r", encoding="utf-8") as stream:
        return json.load(stream)


def load_lexicon() -> Lexicon:
    """Read the lexicon shipped with claimkit (without plugin additions).

    Returns:
        A fresh :class:`Lexicon`.
    """
    cues = _read_data("cues.json")
    evidence = _read_data("evidence.json")
    words: list[CueWord] = []
    for pos, key in (("verb", "verbs"), ("noun", "nouns"), ("phrase", "phrases")):
        for entry in cues.get(key, ()):
            words.append(
                CueWord(
                    lemma=entry.get("lemma") or entry["text"],
                    kind=entry["kind"],
                    pos=pos,
                    frame=entry.get("frame", "say"),
                    forms=entry.get("forms", ()) or ((entry["text"],) if pos == "phrase" else ()),
                    requires=entry.get("requires"),
                    commitment=entry.get("commitment"),
                )
            )
    lists = {k: v for k, v in cues.items() if isinstance(v, list) and k not in
             ("verbs", "nouns", "phrases")}
    phrases = [EvidencePhrase(**entry) for entry in evidence.get("evidence", ())]
    hedges = [
        HedgePhrase(phrase=phrase, commitment=level)
        for level, items in evidence.get("commitment", {}).items()
        for phrase in items
    ]
    return Lexicon(words, lists, phrases, hedges)



_base: list[Lexicon] = []


def base_lexicon() -> Lexicon:
    """The shipped lexicon (:func:`load_lexicon`), read once."""
    if not _base:
        _base.append(load_lexicon())
    return _base[0]
