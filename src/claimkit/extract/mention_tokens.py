"""Tokens and segments of actor mentions: a view of the shared tokens and a longest-match lookup.

``_tokens`` makes the word and punctuation tokens of a region of a document, with
their *keys* (:func:`claimkit.lexicon.normalise_word`), from the document's shared
tokens (:class:`claimkit.extract.segment.DocumentTokens`): it keeps "U.S." and "Sen."
whole, splits "AT&T" and "1,000", a possessive ``'s`` and a sentence-final period off a
word; ``_Matcher`` groups the tokens into
*segments*, each with a category: a gazetteer name (``gaz``), a title, a role noun for
one person (``head``) or a group (``group``), a generic state body, an organisation or
document noun, a modifier, a determiner, a pronoun, an unknown capitalised word
(``name``) or a plain word.  The region pass of :mod:`claimkit.extract.mention_drafts`
reads the segments left to right.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Any, Literal

import attrs

from claimkit.extract.gazetteer import Gazetteer
from claimkit.extract.roles import Body, MentionWords, RoleLexicon, mention_words, role_lexicon
from claimkit.extract.segment import Token, capitalised_inside
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
    token itself, else ``None`` (see :meth:`_Matcher.segment`).
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
    make = _Token
    # _Token's fields in order: first, last, category, start, end, entry, form, role,
    # body, possessive, index, text, key, cap, punct (positional: keywords cost more)
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
        if run.islower() and run.isalpha() and run.isascii():
            shapes = _PLAIN  # as _split_run reads it, without a look-up in the large memo
        else:
            found = get(run)
            if found is None:
                if len(memo) >= _MEMO_SIZE:
                    memo.clear()
                found = memo[run] = _split_run(run, abbreviations)
            shapes = found
        if shapes is _PLAIN:
            token = make(
                i, i + 1, "word", s, e, None, None, None, None, False, -1,
                run, run, False, False,
            )  # fmt: skip
            i += 1
            append(token)
            mark(None if run in special else token)
            continue
        if shapes is _PUNCT:
            token = make(
                i, i + 1, "punct", s, e, None, None, None, None, False, -1,
                run, run, False, True,
            )  # fmt: skip
            i += 1
            append(token)
            mark(token)
            continue
        for first, last, shown, key, cap, possessive, is_punct in shapes:
            token = make(
                i, i + 1, "punct" if is_punct else "word", s + first, s + last,
                None, None, None, None, possessive, -1, shown, key, cap, is_punct,
            )  # fmt: skip
            i += 1
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


def _split_run(run: str, abbreviations: frozenset[str]) -> tuple[_Shape, ...]:
    """The tokens :data:`_FAST_TOKEN` finds in one run of characters without whitespace."""
    if run.isascii() and run.isalpha() and run.islower():
        return _PLAIN
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
    segments of punctuation and plain words; :meth:`_Matcher.segment` sets the category
    (and entry, form, role, body) of the others that it keeps as their own segments.
    """

    text: str = ""
    key: str = ""
    cap: bool = False
    punct: bool = False


class _Matcher:
    """Longest-match lookup of token sequences in the gazetteer and role lexicon."""

    def __init__(self, gaz: Gazetteer, lexicon: RoleLexicon, words: MentionWords) -> None:
        self.gaz = gaz
        self.lexicon = lexicon
        self.words = words
        keys: set[tuple[str, ...]] = set(gaz.index)
        keys |= set(lexicon.titles) | lexicon.person_heads | lexicon.group_heads
        keys |= set(lexicon.bodies) | lexicon.modifiers | lexicon.determiners
        keys |= set(lexicon.org_nouns) | lexicon.document_nouns
        self.prefixes: set[tuple[str, ...]] = set()
        for key in keys:
            for n in range(1, len(key) + 1):
                self.prefixes.add(key[:n])
        self.max_len = max((len(k) for k in keys), default=1)
        self.first_words = frozenset(key[0] for key in keys)
        self.special = frozenset(
            {*self.first_words, *words.personal_pronouns, *words.possessive_pronouns}
        )
        """Lowercase keys that may start something other than a plain word (or are pronouns)."""
        self._single: dict[
            tuple[str, bool, bool],
            tuple[_Category, GazetteerEntry | None, NameForm | None, str | None, Body | None]
            | None,
        ] = {}
        """One-token classifications by (spelling, possessive, whether a name follows)."""

    def segment(
        self, tokens: list[_Token], plain_segments: list[_Segment | None]
    ) -> list[_Segment]:
        """The segments of a region's tokens.

        Args:
            tokens: The tokens, from :func:`_tokens` called with :attr:`special`.
            plain_segments: What :func:`_tokens` returned with them: the segments of
                punctuation and plain words, taken as they are.
        """
        segments: list[_Segment] = []
        append = segments.append
        revisit: list[_Segment] = []  # segments whose category may depend on the next one
        i = 0
        n = len(tokens)
        lexicon = self.lexicon
        words = self.words
        first_words = self.first_words
        while i < n:
            if plain_segments[i] is not None:  # a run of punctuation and plain words
                try:
                    j = plain_segments.index(None, i)
                except ValueError:
                    j = n
                segments.extend(plain_segments[i:j])  # type: ignore[arg-type]
                i = j
                continue
            token = tokens[i]
            key = token.key
            # no key starts with a punctuation mark or a word outside first_words
            best = None if token.punct or key not in first_words else self._longest(tokens, i)
            if best is not None and not (
                token.cap
                and best.category in ("mod", "head", "group", "det")
                and segments
                and segments[-1].category == "name"
                and not segments[-1].possessive
            ):
                best.index = len(segments)
                append(best)
                if best.category in _REVISIT:
                    revisit.append(best)
                i = best.last
                continue
            key = token.key
            if best is None and token.cap and "-" in token.text:
                hyphenated = self._hyphenated(token, i)
                if hyphenated is not None:
                    hyphenated.index = len(segments)
                    append(hyphenated)
                    i += 1
                    continue
            if best is None and not token.cap and key.endswith("-year-old"):
                index = len(segments)
                append(_Segment(i, i + 1, "head", token.start, token.end, role="", index=index))
                i += 1
                continue
            if best is not None:  # a capitalised role word inside a name ("Kim Jong Un")
                category: _Category = "name"
            elif key in words.personal_pronouns:  # "he's", "it's": contractions, not possessives
                category = "pron"
            elif key in words.possessive_pronouns:
                category = "poss_pron"
            elif token.cap and key in words.never_names:
                category = "word"  # "Two class action lawsuits", "Friday's ruling"
            elif token.cap and key not in lexicon.stopwords and key not in words.name_connectors:
                category = "name"
            elif token.cap:
                category = "stop"
            else:
                category = "word"
            if best is token:  # classified as a one-token segment above, then refused
                token.entry = token.form = token.role = token.body = None
            token.category = category  # the token is its own segment
            token.index = len(segments)
            append(token)
            if category == "stop":
                revisit.append(token)
            i += 1
        count = len(segments)
        for segment in revisit:  # in text order, each before the one after it changes
            index = segment.index
            if (
                segment.category in ("mod", "stop", "det")
                and segment.last - segment.first == 1
                and tokens[segment.first].cap
                and tokens[segment.first].key in self.words.place_prefixes
                and index + 1 < count
                and segments[index + 1].category == "name"
            ):
                segment.category = "name"  # "New York", "San Francisco"
            elif (
                segment.category in ("stop", "det", "mod")
                and segment.last - segment.first == 1
                and tokens[segment.first].cap
                and index > 0
                and segments[index - 1].category == "name"
                and segments[index - 1].last - segments[index - 1].first == 1
                and self.lexicon.first_name(tokens[segments[index - 1].first].key)
            ):
                segment.category = "name"  # "Theresa May", "George Will": a surname
            elif (
                segment.category == "stop"
                and segment.last - segment.first == 1
                and tokens[segment.first].key in self.words.name_connectors
                and index + 1 < count
                and segments[index + 1].category == "name"
            ):
                segment.category = "name"  # "De Blasio", "Van Hollen": a particle opening a name
            elif (
                segment.category == "stop"
                and segment.last - segment.first == 1
                and segment.first > 0
                and capitalised_inside(tokens[segment.first].text, tokens[segment.first - 1].text)
            ):
                # a short function word capitalised inside a sentence is a name: "but So Se
                # Pyong, the ambassador", "but So said" (a surname used alone is checked later)
                segment.category = "name"
            if (
                segment.category == "body"
                and index + 1 < count
                and segments[index + 1].category in ("body", "mod")
            ):
                segment.category = "mod"
        return segments

    def _hyphenated(self, token: _Token, i: int) -> _Segment | None:
        """The name before a hyphen ("Moscow-based", "US-led", "Kremlin-backed")."""
        head, _, tail = token.text.partition("-")
        if tail.lower() not in self.words.hyphen_tails:
            return None
        senses = self.gaz.senses((normalise_word(head),), head)
        if not senses or not senses[0].entry_id:
            return None
        end = token.start + len(head)
        return _Segment(
            i,
            i + 1,
            "gaz",
            token.start,
            end,
            entry=self.gaz.entry(senses[0].entry_id),
            form=senses[0].form,
        )

    def _longest(self, tokens: list[_Token], i: int) -> _Segment | None:
        token = tokens[i]
        prefixes = self.prefixes
        if token.punct or token.key not in self.first_words:  # no key starts with it
            return None
        following = tokens[i + 1] if i + 1 < len(tokens) else None
        if (
            following is None
            or following.punct
            or token.possessive
            or (token.key, following.key) not in prefixes
        ):  # only the token itself can match: classify it once per spelling
            next_is_name = following is not None and following.cap
            memo_key = (token.text, token.possessive, next_is_name)
            memo = self._single.get(memo_key, _UNSEEN)
            if memo is _UNSEEN:
                single = self._classify(tokens, i, i + 1, (token.key,))
                memo = None
                if single is not None:
                    memo = (single.category, single.entry, single.form, single.role, single.body)
                if len(self._single) >= _MEMO_SIZE:
                    self._single.clear()
                self._single[memo_key] = memo
            if memo is None:
                return None
            # the token becomes its own segment (its offsets and possessive are the same)
            token.category, token.entry, token.form, token.role, token.body = memo
            return token
        key: tuple[str, ...] = ()
        found: _Segment | None = None
        for j in range(i, min(len(tokens), i + self.max_len)):
            token = tokens[j]
            if token.punct:
                break
            key = (*key, token.key)
            if key not in self.prefixes:
                break
            segment = self._classify(tokens, i, j + 1, key)
            if segment is not None:
                found = segment
            if token.possessive:
                break
        return found

    def _classify(
        self, tokens: list[_Token], i: int, j: int, key: tuple[str, ...]
    ) -> _Segment | None:
        first, last = tokens[i], tokens[j - 1]
        start, end = first.start, last.end
        possessive = last.possessive
        lexicon = self.lexicon
        if first.cap or not first.text.islower():
            senses = self.gaz.senses(key, first.text if j - i == 1 else None)
            if senses:
                sense = senses[0]
                if not sense.entry_id:
                    return _Segment(i, j, "not_name", start, end, possessive=possessive)
                return _Segment(
                    i,
                    j,
                    "gaz",
                    start,
                    end,
                    entry=self.gaz.entry(sense.entry_id),
                    form=sense.form,
                    possessive=possessive,
                )
            if (
                len(key) == 1
                and lexicon.first_name(key[0])
                and (
                    _next_is_name(tokens, j)
                    or (
                        j + 1 < len(tokens)
                        and tokens[j].key in self.words.name_connectors
                        and _next_is_name(tokens, j + 1)
                    )
                )
            ):
                return None  # a first name before a name, not a noun: "Bill Clinton"
            if key in lexicon.titles and (len(key) > 1 or _next_is_name(tokens, j)):
                return _Segment(
                    i, j, "title", start, end, role=lexicon.titles[key], possessive=possessive
                )
        if key in lexicon.bodies:
            return _Segment(
                i, j, "body", start, end, body=lexicon.bodies[key], possessive=possessive
            )
        if key in lexicon.person_heads:
            return _Segment(i, j, "head", start, end, role=" ".join(key), possessive=possessive)
        if key in lexicon.group_heads:
            return _Segment(i, j, "group", start, end, role=" ".join(key), possessive=possessive)
        if key in lexicon.org_nouns:
            return _Segment(i, j, "orgnoun", start, end, role=" ".join(key), possessive=possessive)
        if key in lexicon.document_nouns:
            return _Segment(i, j, "doc", start, end, role=" ".join(key), possessive=possessive)
        if len(key) == 1 and key[0].endswith("-year-old") and not first.cap:
            return _Segment(i, j, "head", start, end, role="", possessive=possessive)
        if (key in lexicon.determiners and not first.cap) or (
            key in lexicon.determiners and len(key) == 1
        ):
            return _Segment(i, j, "det", start, end, possessive=possessive)
        if key in lexicon.modifiers:
            return _Segment(i, j, "mod", start, end, possessive=possessive)
        return None


_UNSEEN: Any = object()
_MEMO_SIZE = 1 << 16
"""Most one-token classifications :class:`_Matcher` keeps (cleared when full)."""
_REVISIT = frozenset({"mod", "stop", "det", "body"})
"""Categories :meth:`_Matcher.segment` may change after seeing the next segment."""


def _next_is_name(tokens: list[_Token], j: int) -> bool:
    return j < len(tokens) and tokens[j].cap and not tokens[j].punct


_matchers: dict[tuple[int, int, int], tuple[Gazetteer, MentionWords, _Matcher]] = {}
"""The matchers made, by the identities of their gazetteer and word lists (kept alive
here, so that an identity is not reused while its matcher is kept) and the version."""


def _matcher_for(version: int, gaz: Gazetteer, words: MentionWords | None = None) -> _Matcher:
    """The matcher of a gazetteer and the mention word lists (by default the shipped ones).

    Rebuilt when entries are added to the gazetteer (``version`` changes).
    """
    words = words if words is not None else mention_words()
    key = (id(gaz), version, id(words))
    found = _matchers.get(key)
    if found is None:
        if len(_matchers) >= 8:
            _matchers.clear()
        found = _matchers[key] = (gaz, words, _Matcher(gaz, role_lexicon(), words))
    return found[2]


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
