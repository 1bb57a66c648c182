"""Tokens of actor mentions: a view of the shared tokens, and the segments they make up.

``_tokens`` makes the word and punctuation tokens of a region of a document, with
their *keys* (:func:`claimkit.lexicon.normalise_word`), from the document's shared
tokens (:class:`claimkit.extract.segment.DocumentTokens`): it keeps "U.S." and "Sen."
whole, splits "AT&T" and "1,000", a possessive ``'s`` and a sentence-final period off a
word.  ``_Segment`` is a run of tokens with a category (a token is the segment of itself
when a segment covers only it); ``_Matcher`` in :mod:`claimkit.extract.mention_segments`
groups the tokens into segments.  ``_is_title_case`` tells a title-case headline.
"""

from __future__ import annotations

import bisect
import itertools
import operator
import re
from collections.abc import Sequence
from typing import Literal

import attrs

from claimkit.extract.roles import Body, mention_words
from claimkit.extract.segment import Token
from claimkit.lexicon import GazetteerEntry, NameForm, normalise_word

# ------------------------------------------------------------------------ tokens

_TOKEN = re.compile(
    r"[^\W_](?:[\w'\u2019\-]*[^\W_])?(?:\.(?:[A-Za-z]\.)*)?"  # words, U.S., Sen.
    r"|[^\w\s]"  # one punctuation character
)


_FAST_TOKEN = re.compile(
    r"([\s_]*)(?:"
    r"([a-z]+)(?![\w'\u2019\-.])"  # a plain lowercase word (the common case)
    r"|([^\W_](?:[\w'\u2019\-]*[^\W_])?(?:\.(?:[A-Za-z]\.)*)?)"  # as _TOKEN's words
    r"|([^\w\s])"  # one punctuation character
    r"|\Z)"  # the end, so a trailing run of whitespace or ``_`` is skipped once, not rescanned
)
""":data:`_TOKEN` with what it skips (whitespace, ``_``) and the kind of each token as groups.

Its last match is always the end (no token group set), which ends the scan.
"""


def _tokens(
    text: str,
    shared: Sequence[Token],
    start: int,
    end: int,
    special: frozenset[str] = frozenset(),
    abbreviations: frozenset[str] | None = None,
) -> tuple[list[_Token], list[_Segment | None]]:
    """The mention tokens of ``text[start:end]``, with their keys, made from the shared tokens.

    The tokens are those :data:`_TOKEN` would find in ``text[start:end]``; they are made
    from ``shared``, the tokens of :func:`claimkit.extract.segment.tokenize` (from
    :class:`~claimkit.extract.segment.DocumentTokens`), which must cover every character
    of the span but whitespace.  Each shared token is split as :data:`_TOKEN` splits it,
    once per spelling (most are one plain word or one punctuation mark, which both
    tokenisations read alike), except where :data:`_TOKEN` reads across two shared
    tokens: a word and the period after it ("U.S", "." make "U.S."; "Sen." keeps its
    period), and words joined by apostrophes or hyphens the shared tokeniser keeps apart
    ("don''t", "a--b").  There the run of adjacent tokens (no whitespace between them:
    neither tokenisation crosses whitespace) is split as a whole.

    A word with a final period keeps it when it is one of ``abbreviations`` ("Sen."; by
    default those of ``data/mentions.json``).  Also returns, for each token, its segment
    when it is punctuation or a plain word (lowercase, its key not in ``special``): the
    token itself, else ``None`` (see ``_Matcher.segment`` in
    :mod:`claimkit.extract.mention_segments`).
    """
    tokens: list[_Token] = []
    plain_segments: list[_Segment | None] = []
    append = tokens.append
    mark = plain_segments.append
    if abbreviations is None:
        abbreviations = mention_words().abbreviations
    memo = _run_shapes.get(abbreviations)
    if memo is None:
        if len(_run_shapes) >= 8:
            _run_shapes.clear()
        memo = _run_shapes[abbreviations] = {}
    if shared and (shared[0][0] < start or shared[-1][1] > end):
        shared = _clip(text, shared, start, end)
    count = len(shared)
    index = 0
    i = 0  # the index of the next token
    get = memo.get
    # each token is allocated bare and its slots set here: calling _Token (its __init__
    # a frame of its own) cost a fifth of this loop; _TOKEN_FIELDS keeps the two in step
    cls = _Token
    new = object.__new__
    while index < count:
        s, e, run = shared[index]
        index += 1
        if index < count:
            following = shared[index]
            if following[0] == e and following[2] in _JOINING:
                # a token _TOKEN may join to this one follows: read the whole run
                while index < count and shared[index][0] == e:
                    e = shared[index][1]
                    index += 1
                run = text[s:e]
        shapes = get(run)
        if shapes is None:
            if len(memo) >= _MEMO_SIZE:
                memo.clear()
            shapes = memo[run] = _split_run(run, abbreviations)
        if shapes is _PLAIN:
            token = new(cls)
            token.first = i
            i += 1
            token.last = i
            token.category = "word"
            token.start = s
            token.end = e
            token.entry = token.form = token.role = token.body = None
            token.possessive = token.cap = token.punct = False
            token.index = -1
            token.text = token.key = run
            append(token)
            mark(None if run in special else token)
            continue
        if shapes is _PUNCT:
            token = new(cls)
            token.first = i
            i += 1
            token.last = i
            token.category = "punct"
            token.start = s
            token.end = e
            token.entry = token.form = token.role = token.body = None
            token.possessive = token.cap = False
            token.punct = True
            token.index = -1
            token.text = token.key = run
            append(token)
            mark(token)
            continue
        for first, last, shown, key, cap, possessive, is_punct in shapes:
            token = new(cls)
            token.first = i
            i += 1
            token.last = i
            token.category = "punct" if is_punct else "word"
            token.start = s + first
            token.end = s + last
            token.entry = token.form = token.role = token.body = None
            token.possessive = possessive
            token.index = -1
            token.text = shown
            token.key = key
            token.cap = cap
            token.punct = is_punct
            append(token)
            if is_punct or (not cap and key not in special and not key.endswith("-year-old")):
                mark(token)
            else:
                mark(None)
    return tokens, plain_segments


def _clip(text: str, shared: Sequence[Token], start: int, end: int) -> list[Token]:
    """The tokens inside ``text[start:end]``, a token that crosses ``start`` or ``end`` cut.

    A cut token keeps touching the rest of its run, so the run is read from ``start``
    (or to ``end``) as a whole.
    """
    inside = [t for t in shared if t.end > start and t.start < end]
    if inside and inside[0].start < start:
        inside[0] = Token(start, inside[0].end, text[start : inside[0].end])
    if inside and inside[-1].end > end:
        inside[-1] = Token(inside[-1].start, end, text[inside[-1].start : end])
    return inside


_JOINING = frozenset({".", "'", "\u2019", "-", "''"})
"""Shared tokens :data:`_TOKEN` may read together with the word before them.

A shared token that touches the one before it starts with a character that is not a
word character (the shared tokeniser keeps word characters together), so it is one
of these or punctuation that :data:`_TOKEN` reads on its own, as the shared tokeniser
does.
"""

_Shape = tuple[int, int, str, str, bool, bool, bool]
"""A token of a word or run as offsets into it, text, key, cap, possessive and punct."""

_PLAIN: tuple[_Shape, ...] = ((0, 0, "", "", False, False, False),)
"""Stands for the shapes of a run that is one plain lowercase word (read as it is)."""
_PUNCT: tuple[_Shape, ...] = ((0, 1, "", "", False, False, True),)
"""Stands for the shapes of a run that is one punctuation character (read as it is)."""

_run_shapes: dict[frozenset[str], dict[str, tuple[_Shape, ...]]] = {}
"""The tokens each run of characters without whitespace splits into (runs recur), for
each set of abbreviations (which decide whether a word keeps its final period)."""
_MEMO_SIZE = 1 << 16
"""Most entries a memo keeps (cleared when full): the run shapes of one set of abbreviations
here, the one-token classifications of ``_Matcher`` in :mod:`claimkit.extract.mention_segments`."""


def _split_run(run: str, abbreviations: frozenset[str]) -> tuple[_Shape, ...]:
    """The tokens :data:`_FAST_TOKEN` finds in one run of characters without whitespace."""
    if run.isascii() and run.isalpha():
        if run.islower():
            return _PLAIN
        # one ASCII word with a capital ("Trump", "iPhone"): what _shapes makes of it
        return ((0, len(run), run, normalise_word(run), run[:1].isupper(), False, False),)
    shapes: list[_Shape] = []
    position = 0
    for skipped, plain, word, punct in _FAST_TOKEN.findall(run):
        s = position + len(skipped)
        if plain:
            position = s + len(plain)
            if s == 0 and position == len(run):
                return _PLAIN
            shapes.append((s, position, plain, plain, False, False, False))
        elif punct:
            position = s + 1
            if len(run) == 1:
                return _PUNCT
            shapes.append((s, position, punct, punct, False, False, True))
        elif word:
            position = s + len(word)
            for first, last, shown, key, cap, possessive, is_punct in _shapes(word, abbreviations):
                shapes.append((s + first, s + last, shown, key, cap, possessive, is_punct))
    return tuple(shapes)


def _shapes(word: str, abbreviations: frozenset[str]) -> tuple[_Shape, ...]:
    """The tokens of one word that :data:`_FAST_TOKEN` found (not a plain lowercase word)."""
    if len(word) == 1 and not word.isalnum():  # pragma: no cover - a word character
        return ((0, 1, word, word, False, False, True),)
    if word.isalpha() and word.islower():
        return ((0, len(word), word, word if word.isascii() else normalise_word(word),
                 False, False, False),)
    if (
        word.endswith(".")
        and len(word) > 2
        and "." not in word[:-1]
        and word[:-1].lower() not in abbreviations
    ):
        stop = len(word) - 1
        return (_word_shape(word[:-1], 0, stop), (stop, stop + 1, ".", ".", False, False, True))
    return (_word_shape(word, 0, len(word)),)


def _word_shape(word: str, start: int, end: int) -> _Shape:
    possessive = len(word) > 2 and word[-2:] in ("'s", "\u2019s")
    if possessive:
        end -= 2
        word = word[:-2]
    return (start, end, word, normalise_word(word), word[:1].isupper(), possessive, False)


# ---------------------------------------------------------------------- segments

_Category = Literal[
    "gaz",
    "not_name",
    "title",
    "head",
    "group",
    "body",
    "orgnoun",
    "doc",
    "mod",
    "det",
    "pron",
    "poss_pron",
    "stop",
    "name",
    "word",
    "punct",
]


@attrs.define(slots=True, eq=False)
class _Segment:
    first: int
    last: int  # exclusive token index
    category: _Category
    start: int
    end: int
    entry: GazetteerEntry | None = None
    form: NameForm | None = None
    role: str | None = None
    body: Body | None = None
    possessive: bool = False
    index: int = -1
    """Position in the region's segment list; -1 on plain words and punctuation, the
    segments :func:`_tokens` makes, where nothing reads it (it is set on the others only)."""


@attrs.define(slots=True, eq=False)
class _Token(_Segment):
    """A token, which is also the segment of itself when a segment covers only it.

    Most segments cover one token (punctuation, plain words, "the", pronouns, one-word
    names), so a token costs one object instead of two.  :func:`_tokens` makes the
    segments of punctuation and plain words; ``_Matcher.segment`` sets the category
    (and entry, form, role, body) of the others that it keeps as their own segments.
    """

    text: str = ""
    key: str = ""
    cap: bool = False
    punct: bool = False


_TOKEN_FIELDS = (
    "first", "last", "category", "start", "end", "entry", "form", "role", "body", "possessive",
    "index", "text", "key", "cap", "punct",
)
"""The fields :func:`_tokens` sets on each token it allocates without ``__init__``."""
if tuple(field.name for field in attrs.fields(_Token)) != _TOKEN_FIELDS:  # pragma: no cover
    raise AssertionError("_tokens must set every field of _Token")


def _is_title_case(tokens: list[_Token]) -> bool:
    """Whether a region is a headline in title case ("Trump Gives Clinton A New Reason").

    At least 4 words, of which at least 70% capitalised.
    """
    most = 3 * len(tokens)  # more than 30% of the tokens in lower case: not title case
    words = lower = 0
    for token in tokens:
        if token.punct or not token.text[:1].isalpha():
            continue
        words += 1
        if not token.cap:
            lower += 1
            if 10 * lower > most:
                return False
    if words < 4:
        return False
    return words - lower >= 0.7 * words


_HEADLINE_END = frozenset(".!?:;,\"\u201d\u2019")
"""Closing punctuation that a headline line lacks (as the text loader's title test)."""


def _headline_parts(
    text: str,
    shared: Sequence[Token],
    start: int,
    end: int,
    special: frozenset[str] = frozenset(),
    abbreviations: frozenset[str] | None = None,
) -> list[tuple[list[_Token], list[_Segment | None]]]:
    """The mention tokens of a region, cut around each headline line inside it.

    "Apple Denies Tax Evasion", a line break, "Apple Inc said ...": text given as a string
    has no title region, so its headline shares the body's; a line in title case without closing
    punctuation is a headline of its own, read apart (as :func:`_is_title_case` regions are),
    so that its words never run into the name the next line opens with ("Tax Evasion Apple
    Inc"). Arguments as :func:`_tokens`; one part, the whole region, when no line is cut.
    """
    tokens, plain = _tokens(text, shared, start, end, special, abbreviations)
    cuts: list[int] = []
    line = 0  # index of the current line's first token
    for i in _line_starts(text, tokens):
        if tokens[i - 1].text not in _HEADLINE_END and _headline(tokens[line:i]):
            cuts.extend(c for c in (tokens[line].start, tokens[i].start) if c > start)
        line = i
    if not cuts:
        return [(tokens, plain)]
    # each cut opens a line, so it falls between two runs of characters without whitespace:
    # the tokens of a part are those of the region between its cuts, numbered from 0
    firsts = [0, *(bisect.bisect_left(tokens, cut, key=_token_start) for cut in sorted(set(cuts))),
              len(tokens)]
    parts = []
    for a, b in itertools.pairwise(firsts):
        for number, token in enumerate(tokens[a:b]):
            token.first, token.last = number, number + 1
        parts.append((tokens[a:b], plain[a:b]))
    return parts


def _line_starts(text: str, tokens: list[_Token]) -> list[int]:
    """The indices of the tokens that open a line after the first, in order.

    A token opens a line when a line break stands between it and the token before it
    (tokens hold no whitespace, so each line break between the first token and the last
    falls between two tokens).  Found from the line breaks, not by reading every gap.
    """
    if len(tokens) < 2:
        return []
    found: list[int] = []
    position = text.find("\n", tokens[0].end, tokens[-1].start)
    while position >= 0:
        index = bisect.bisect_right(tokens, position, key=_token_start)
        found.append(index)
        # the next break after this gap: the token that closes it holds none
        position = text.find("\n", tokens[index].start, tokens[-1].start)
    return found


_token_start = operator.attrgetter("start")


def _headline(line: list[_Token]) -> bool:
    """Whether a line reads as a headline: title case, or two or three capitalised words."""
    words = [t for t in line if not t.punct and t.text[:1].isalpha()]
    return _is_title_case(line) or (1 < len(words) < 4 and all(t.cap for t in words))
