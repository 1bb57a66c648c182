"""Sport senses of violence and crime words, which charge no one.

"Chelsea were beaten by the better side", "Kane shot wide in the first half", "Salah killed
off the game", "they attacked down the left", "we were robbed of a win by a late goal": a
word of the wrongdoing lexicon used of a match. Its sense is read from what follows it: a
term of the match (its result, score, side, a part of the game: ``sport_senses.context`` in
``claimkit/data/kinds.json``) or a score ("4-0") close after it, heading its phrase ("the
team", not "the team bus"). Violence at a match stays violence: a police force, a mob or a
referee in the content (someone who answers for it: ``sport_senses.agents``), a weapon or an
injury (``sport_senses.harm``), and a match named only as the scene ("after the match") or a
purpose ("to win the war") keep the word's wrong. Part of the kind stage
(:mod:`claimkit.extract.allegation_content`).

Example:
    >>> from claimkit.extract.kind_lexicon import kind_lexicon
    >>> from claimkit.extract.segment import lowers, tokenize
    >>> words = lowers(tokenize("Chelsea were beaten by the better side"))
    >>> sporting(words, 2, 3, kind_lexicon())
    True
    >>> words = lowers(tokenize("fans were beaten by police after the match"))
    >>> sporting(words, 2, 3, kind_lexicon())
    False
"""

from __future__ import annotations

from collections.abc import Sequence

from claimkit.extract.kind_lexicon import KindLexicon
from claimkit.extract.segment import words as _words

__all__ = ["sporting"]

_WINDOW = 8
"""How many words after the sport-sense word its match context may stand."""

_BREAKS = frozenset(_words("; : . ? ! \" who which whose whom"))
"""Words that end the phrase a context term must stand in."""

_AFTER_HEAD = frozenset(_words("""
    in on at with by and but for after before as from against since when while until than
    or so , ; : . ! ? " ) -- — twice again once early late well better brilliantly superbly
    cleverly intelligently aggressively quickly relentlessly poorly badly
"""))
"""Words after a context term that show it heads its phrase ("the game with a goal"), where
"of" ("a team of doctors") or a noun ("the team bus") would show it does not; a manner
adverb ends the phrase too ("attacked the space brilliantly")."""

_DASHES = frozenset({"-", "–", "—"})


def sporting(words: Sequence[str], start: int, end: int, lex: KindLexicon) -> bool:
    """Whether the wrongdoing word at ``words[start:end]`` is used in its sport sense.

    Args:
        words: Lowercase tokens of the content.
        start: Index of the wrongdoing word.
        end: Index just past it (a sport sense is read of one word only).
        lex: The kind lexicons.

    Returns:
        True when the word has a sport sense, a term of the match or a score follows it in
        its phrase, and neither an accountable agent nor a weapon or injury is named.
    """
    if end - start != 1 or words[start] not in lex.sport_forms:
        return False
    if not lex.sport_agents.isdisjoint(words) or any(
        lex.sport_harm.match_at(words, k) is not None for k in range(len(words))
    ):
        return False  # "fans were beaten by police", "stabbed with a knife": real violence
    k = end
    while k < min(len(words), end + _WINDOW):
        if words[k] in _BREAKS or words[k] == "to":
            return False  # another clause, or a purpose ("killed to win the war")
        scene = lex.sport_settings.match_at(words, k)
        if scene is not None:
            # "attacked after the match", "at half-time": the match is only the scene, unless
            # a term of the match follows ("beaten at half-time by a better side")
            k = _phrase_end(words, scene[0])
            continue
        if _score(words, k):
            return True  # "crushed United 4-0"
        hit = lex.sport_context.match_at(words, k)
        if hit is not None and (hit[0] >= len(words) or words[hit[0]] in _AFTER_HEAD):
            return True
        k += 1
    return False


def _phrase_end(words: Sequence[str], k: int) -> int:
    """Where the noun phrase of a setting ends: at the next preposition or clause break."""
    while k < len(words) and words[k] not in _AFTER_HEAD:
        k += 1
    return k


def _score(words: Sequence[str], k: int) -> bool:
    """Whether a score starts at ``words[k]``: "4-0" as one token, or "2 – 1" as three."""
    word = words[k]
    if "-" in word or "–" in word:
        parts = word.replace("–", "-").split("-")
        return len(parts) == 2 and all(p.isdigit() and len(p) <= 2 for p in parts)
    return (word.isdigit() and len(word) <= 2 and k + 2 < len(words)
            and words[k + 1] in _DASHES and words[k + 2].isdigit() and len(words[k + 2]) <= 2)
