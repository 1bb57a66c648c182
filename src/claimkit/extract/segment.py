"""Segmentation: sentences and tokens with exact character offsets.

The splitter is punctuation-anchored: a sentence ends at ``.``, ``!``, ``?`` or ``…``
(with any closing quotes and brackets) followed by whitespace and a capital, a digit
or an opening quote, unless the word before the stop is a known abbreviation
("Sen.", "Dr.", "U.S.", "Jan.") or an initial ("John F. Kennedy").  A quotation that
opens and closes within one paragraph is never split, so a quoted passage of several
sentences stays with the words that attribute it.  Line breaks always end a sentence:
news text puts one paragraph, title or summary line on each line.

Only the regions returned by :meth:`claimkit.model.Document.content_regions` are read
(title, summary lines and body), so bylines and boilerplate never yield claims.
"""

from __future__ import annotations

import bisect
import operator
import re
from collections.abc import Callable, Iterator, Sequence
from typing import NamedTuple

from attrs import frozen

from claimkit.datelines import dateline_end
from claimkit.model import Document, RegionKind, Span

__all__ = [
    "words",
    "ABBREVIATIONS",
    "MONTHS",
    "capitalised_after_quotation",
    "capitalised_inside",
    "titled_short_name",
    "DocumentTokens",
    "Sentence",
    "Token",
    "lowers",
    "sentences",
    "split_sentences",
    "tokenize",
]

_NEVER_NAMES = frozenset(
    {"i", "may", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "oct", "nov", "dec",
     "one", "two", "six", "ten", "mon", "tue", "wed", "thu", "fri", "sat", "sun", "ok", "new",
     "old", "big"}
)
"""Short capitalised words that are never a person's name inside a sentence."""


def capitalised_inside(word: str, previous: str) -> bool:
    """Whether a short word capitalised after a lowercase word is a name, not a function word.

    "but So said that is incorrect": "So", after "but", is a surname (So Se Pyong); at the
    start of a sentence it would be the adverb. Months and numbers ("May", "Six") are not.

    Example:
        >>> capitalised_inside("So", "but"), capitalised_inside("So", "."), capitalised_inside(
        ...     "May", "in")
        (True, False, False)
    """
    return (0 < len(word) <= 3 and word.isalpha() and word[:1].isupper()
            and word.lower() not in _NEVER_NAMES and previous.isalpha() and previous.islower())


_SURNAME_FUNCTION_WORDS = frozenset({"he", "so", "an", "do", "no", "oh"})
"""Function words that are also Chinese or Korean surnames (He Lifeng, So Se Pyong, An
Chang-ho, Do Kwon, No Kwang-chol, Oh Se-hoon); a preposition never is ("CNN President On
Trump")."""
_VERBS_AFTER = frozenset(
    {"is", "was", "are", "were", "has", "had", "have", "will", "would", "can", "could",
     "should", "may", "might", "must", "did", "does", "do", "says", "said", "to", "and", "or",
     "not"}
)
"""Words after a capitalised "He" or "So" that make it the pronoun or the adverb, even after
a title in a headline's capitals ("President He Will Veto the Bill")."""


def titled_short_name(word: str, titled: bool, following: str) -> bool:
    """Whether a function word between a title and a capitalised word is a surname.

    "Vice Premier He Lifeng said", "Ambassador So Se Pyong said": right after a title a
    name opens, and "He" or "So" is its first word (Chinese and Korean surnames), not the
    pronoun or the adverb. A verb after it ("President He Will Veto") keeps the function word.

    Example:
        >>> titled_short_name("He", True, "Lifeng"), titled_short_name("He", True, "Will")
        (True, False)
        >>> titled_short_name("He", False, "Lifeng"), titled_short_name("On", True, "Trump")
        (False, False)
    """
    return (titled and word[:1].isupper() and word.lower() in _SURNAME_FUNCTION_WORDS
            and following[:1].isupper()
            and following.replace("-", "").isalpha() and following.lower() not in _VERBS_AFTER)


def capitalised_after_quotation(word: str, previous: str, before_previous: str) -> bool:
    """Whether a short capitalised word right after a quotation's comma and close is a name.

    '"That is rumors," So said': a quotation that ends in a comma goes on with its
    speaker, so "So" there is So Se Pyong's surname, not the adverb (as "He" would be He
    Lifeng's). After a full stop or a question mark ('"Leave now." So he left') the word
    opens a new sentence.

    Example:
        >>> capitalised_after_quotation("So", '"', ","), capitalised_after_quotation(
        ...     "So", '"', ".")
        (True, False)
    """
    return (previous in ('"', "\u201d", "\u2019", "'") and before_previous == ","
            and capitalised_inside(word, "and"))


def words(text: str) -> tuple[str, ...]:
    """Split a whitespace-separated word list (used for the built-in word sets)."""
    return tuple(text.split())


MONTHS: frozenset[str] = frozenset(
    words(
        """
        january february march april may june july august september october november december
        jan feb mar apr jun jul aug sep sept oct nov dec
        """
    )
)
"""Month names and their abbreviations (lowercase): the words of dates."""


ABBREVIATIONS: frozenset[str] = frozenset(
    words(
    """
    mr mrs ms messrs dr prof sen sens rep reps gov govs gen lt col maj capt cmdr adm sgt cpl
    pvt st ste mt ft jr sr rev hon pres supt insp det atty amb no nos vs v etc al approx inc
    corp co ltd llc plc bros dept univ assn est fig jan feb mar apr jun jul aug sep sept oct
    nov dec mon tue tues wed thu thur thurs fri sat sun ala ariz ark calif colo conn del fla
    ga ill ind kan kans ky la md mass mich minn miss mo mont neb nev okla ore pa tenn tex va
    vt wash wis wyo
    """
)
)
"""Words that, followed by a period, do not end a sentence (lowercase, no period)."""

_SENTENCE_STARTERS = frozenset(
    words(
    """
    the a an he she it they we i you his her its their our this that these those there but
    and so yet however meanwhile still also in on at after before when while if as mr mrs ms
    dr
    """
)
)

_STOP = re.compile(r"[.!?\u2026](?<![.!?\u2026][.!?\u2026])[.!?\u2026]*[\"'\u201d\u2019)\]]*(?=\s)")
"""A sentence stop; only from the start of a run of stop marks, so a run followed by no space is
tried once, not again from each of its marks (which made a long run quadratic).  The pattern opens
with the stop mark and looks behind it after, not before: a pattern that opens with a character
class lets the regex engine skip to the next stop mark, about 4x faster over a text than trying
the look-behind at every position."""
_AFTER = re.compile(r"\s+([\"'\u201c\u2018(\[]?)(\S)")
_NEXT_WORD = re.compile(r"\s+[\"'\u201c\u2018(]*(\w+)")
_ACRONYM = re.compile(r"^(?:[A-Za-z]\.)+[A-Za-z]$")
_LINE = re.compile(r"[^\n]+")
_TOKEN = re.compile(
    r"\d{1,3}(?:,\d{3})+(?:\.\d+)?(?!\w)|\w+(?:['\u2019.\-&]\w+)*"
    r"|'(?=''(?!\w))"  # three marks closing quotations: the inner one's closes first
    r"|''|\S"
)
_SPACED_TOKEN = re.compile(r"(\s*)([A-Za-z]++(?![\w'\u2019.\-&])|" + _TOKEN.pattern + ")")
"""A token with the whitespace before it: offsets follow from the lengths (no match objects).

Its first alternative is a shortcut for the common token, an ASCII word that nothing joins to:
:data:`_TOKEN` reads exactly that word there (its number alternative needs a digit first, its
word alternative stops where no word character or joiner follows), but the regex engine tries
its alternatives in order, so the shortcut saves a sixth of the matching."""
_new_token: Callable[[type[Token], tuple[int, int, str]], Token] = tuple.__new__
"""Builds a :class:`Token` from a tuple without the Python-level ``__new__`` of NamedTuple."""

_OPEN_QUOTES = "\u201c"


class Token(NamedTuple):
    """One word or punctuation mark with its offsets into the document text."""

    start: int
    end: int
    text: str

    @property
    def lower(self) -> str:
        """The token in lowercase, with typographic apostrophes made straight."""
        return self.text.lower().replace("\u2019", "'")


@frozen
class Sentence:
    """One sentence (or title, or summary line) of a document.

    Attributes:
        start: Offset of its first character in the document text.
        end: Offset just past its last character.
        region: The kind of region it lies in.
        paragraph: The index of its paragraph (line) in the document, counting from 0.
    """

    start: int
    end: int
    region: RegionKind
    paragraph: int

    @property
    def span(self) -> Span:
        """The sentence as a :class:`~claimkit.model.Span`."""
        return Span(start=self.start, end=self.end)

    def text(self, document_text: str) -> str:
        """The sentence's text."""
        return document_text[self.start : self.end]


_QUOTE_MARK = re.compile("''|[\u201c\u201d\"]")


def _quoted_ranges(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Ranges inside a paragraph enclosed by balanced double quotes."""
    ranges: list[tuple[int, int]] = []
    open_at = -1
    for match in _QUOTE_MARK.finditer(text, start, end):
        char = match.group()
        index = match.start()
        if char in _OPEN_QUOTES or (char in ('"', "''") and open_at < 0):
            if open_at < 0:
                open_at = index
        elif open_at >= 0:  # a closing mark, curly or straight
            ranges.append((open_at, index))
            open_at = -1
    return ranges


def _is_abbreviation(text: str, word_start: int, stop: int) -> bool:
    """Whether the period at ``stop`` belongs to an abbreviation rather than ending a sentence.

    ``word_start`` is where the word before it starts: just after the last space or tab before
    ``stop`` on its line, else the line's start (:func:`split_sentences` keeps track of it).
    """
    if text[stop] != ".":
        return False
    word = text[word_start:stop]
    if not word:
        return False
    word = word.lstrip("\"'\u201c\u2018([")
    bare = word.rstrip(".").lower()
    if bare in ("no", "nos", "v", "st") and word != "V":
        following = _NEXT_WORD.match(text, stop + 1)
        return following is not None and following.group(1)[0].isdigit() if bare != "st" else (
            following is not None and following.group(1)[0].isupper()
            and following.group(1).lower() not in _SENTENCE_STARTERS
        )
    if bare in ABBREVIATIONS:
        return True
    if len(word) == 1 and word.isupper():
        return True  # an initial: "John F. Kennedy"
    if _ACRONYM.match(word):
        # "U.S." ends a sentence only when a typical sentence opener follows.
        following = _NEXT_WORD.match(text, stop + 1)
        return following is None or following.group(1).lower() not in _SENTENCE_STARTERS
    return False


_SPEECH_AFTER = re.compile(
    r"\s+(?:[A-Z][\w.'\u2019-]*\s+){0,3}(?:said|says|asked|asks|told|added|wrote|continued|"
    r"replied|explained|insisted|argued|noted|declared|shouted|tweeted)\b"
    r"|\s+(?:he|she|they|it|we|I)\s+(?:said|says|asked|added|wrote|continued|replied)\b"
)


def _attribution_follows(text: str, stop: str, end: int, line_end: int) -> bool:
    """Whether a quotation closed by ``stop`` is attributed right after it."""
    if stop[-1:] not in ("\u201d", '"', "'", "\u2019") or stop[0] == ".":
        return False
    return _SPEECH_AFTER.match(text, end, min(line_end, end + 60)) is not None


def split_sentences(text: str, start: int = 0, end: int | None = None) -> list[tuple[int, int]]:
    """Split ``text[start:end]`` into sentences.

    Args:
        text: The full text.
        start: Where to start.
        end: Where to stop (default: the end of ``text``).

    Returns:
        ``(start, end)`` offsets of each sentence, whitespace trimmed, in order.

    Example:
        >>> text = "Sen. Smith said no. The U.S. denied it."
        >>> [text[a:b] for a, b in split_sentences(text)]
        ['Sen. Smith said no.', 'The U.S. denied it.']
    """
    if end is None:
        end = len(text)
    result: list[tuple[int, int]] = []
    for line in _LINE.finditer(text, start, end):
        line_start, line_end = line.start(), line.end()
        quoted: list[tuple[int, int]] | None = None
        inside = 0  # the first quoted range that does not end before the stops still to come
        cursor = line_start
        # the start of the word before a stop: the line is searched for its last space or tab
        # once, left to right, not from each stop back to the line's start (quadratic)
        searched = word_start = line_start
        for stop in _STOP.finditer(text, line_start, line_end):
            after = _AFTER.match(text, stop.end(), line_end)
            if after is None:
                continue
            next_char = after.group(2)
            if not (next_char.isupper() or next_char.isdigit() or after.group(1)):
                continue
            at = stop.start()
            if at > searched:
                blank = max(text.rfind(" ", searched, at), text.rfind("\t", searched, at))
                if blank >= 0:
                    word_start = blank + 1
                searched = at
            if _is_abbreviation(text, word_start, at):
                continue
            if _attribution_follows(text, stop.group(), stop.end(), line_end):
                continue  # "“... OK?” Trump said."
            position = stop.end()
            if quoted is None:
                quoted = _quoted_ranges(text, line_start, line_end)
            while inside < len(quoted) and quoted[inside][1] < position:
                inside += 1  # ranges in order, stops in order: each range is passed once
            if inside < len(quoted) and quoted[inside][0] < position:
                continue
            result.append((cursor, position))
            cursor = after.start(1)
        result.append((cursor, line_end))
    trimmed = []
    for a, b in result:
        while a < b and text[a].isspace():
            a += 1
        while b > a and text[b - 1].isspace():
            b -= 1
        if a < b:
            trimmed.append((a, b))
    return trimmed


def sentences(document: Document) -> list[Sentence]:
    """Split the content regions of a document into sentences.

    Titles and summary lines are sentences of their own (split further only if they
    hold several); each line of the body is a paragraph.

    Args:
        document: The document.

    Returns:
        The sentences in text order.
    """
    result: list[Sentence] = []
    paragraph = 0
    text = document.text
    for region in sorted(document.content_regions(), key=lambda r: r.span.start):
        last_line = -1
        line = 0
        counted = region.span.start
        for a, b in split_sentences(text, region.span.start, region.span.end):
            line += text.count("\n", counted, a)  # the region's line, counted incrementally
            counted = a
            if line != last_line:
                if last_line >= 0 or result:
                    paragraph += 1
                last_line = line
                if paragraph < 2 and region.kind is RegionKind.BODY:
                    a = dateline_end(text, a, b) or a  # "SEOUL (Reuters) - North Korea ..."
            result.append(Sentence(start=a, end=b, region=region.kind, paragraph=paragraph))
    return result


def tokenize(text: str, start: int = 0, end: int | None = None) -> list[Token]:
    """Split ``text[start:end]`` into word and punctuation tokens with document offsets.

    Words keep inner apostrophes, periods, hyphens and ampersands ("don't", "U.S",
    "Soviet-era", "AT&T"); every other non-space character is a token of its own.

    Example:
        >>> [t.text for t in tokenize("He didn't say “no.”")]
        ['He', "didn't", 'say', '“', 'no', '.', '”']
    """
    if end is None:
        end = len(text)
    tokens: list[Token] = []
    append = tokens.append
    position = start
    for skipped, word in _SPACED_TOKEN.findall(text, start, end):
        first = position + len(skipped)
        position = first + len(word)
        append(_new_token(Token, (first, position, word)))
    return tokens


def lowers(tokens: Sequence[Token]) -> list[str]:
    """The lowercase forms of tokens, typographic apostrophes made straight."""
    if not tokens:
        return []
    # One lower() over the words joined by newlines, then split again: no token of
    # tokenize() holds a newline, and a newline is neither cased nor case-ignorable, so
    # the only context-dependent mapping (a final sigma) sees each word as it would alone.
    joined = "\n".join(map(_token_text, tokens)).lower().replace("\u2019", "'").split("\n")
    if len(joined) != len(tokens):
        joined = [t.text.lower().replace("\u2019", "'") for t in tokens]  # hand-made tokens
    if not _ACRONYM_CLASHES.isdisjoint(joined):
        _keep_acronyms(tokens, joined)
    return joined


_ACRONYM_CLASHES = frozenset({"who"})
"""Function words an organisation's acronym spells in capitals ("WHO officials said": the
World Health Organization, not a relative pronoun). Words written in capitals for emphasis
more often than as a name ("IF", "SO", "OR") are not here."""


def _keep_acronyms(tokens: Sequence[Token], words: list[str]) -> None:
    """Keep an acronym that spells a function word in capitals, in a sentence not in capitals.

    Its lowercase form would read as the function word ("who") everywhere the grammar looks
    for one, and end the noun phrase "WHO officials" before its first word.

    Example:
        >>> lowers(tokenize("WHO officials said the who's who"))
        ['WHO', 'officials', 'said', 'the', "who's", 'who']
        >>> lowers(tokenize("WHO SAID IT"))
        ['who', 'said', 'it']
    """
    if not any(any(c.islower() for c in t.text) for t in tokens):
        return  # a headline in capitals: "WHO" is as likely the pronoun
    for index, word in enumerate(words):
        text = tokens[index].text
        if word in _ACRONYM_CLASHES and len(text) > 1 and text.isupper():
            words[index] = text


_token_text: Callable[[Token], str] = operator.itemgetter(2)
"""A token's text (its third field), for ``map``."""


def iter_tokens(text: str, sentence: Sentence) -> Iterator[Token]:
    """Yield the tokens of one sentence."""
    yield from tokenize(text, sentence.start, sentence.end)


class DocumentTokens:
    """A document's sentences and their tokens: the one tokenisation every stage reads.

    Each sentence is tokenised by :func:`tokenize` once, when a stage first asks for it:
    the cue stage asks for the sentences that may hold a cue, the actor stage
    (:class:`~claimkit.extract.actors.ActorResolver`) for every sentence of a document
    with claims, and derives its own view of the tokens from these.

    Args:
        document: The document.

    Example:
        >>> from claimkit.model import Document
        >>> shared = DocumentTokens(Document(id="d", text="Sen. Smith said no. It is."))
        >>> [t.text for t in shared.tokens(shared.sentences[0])]
        ['Sen', '.', 'Smith', 'said', 'no', '.']
        >>> [t.text for t in shared.between(5, 15)]
        ['Smith', 'said']
    """

    def __init__(self, document: Document) -> None:
        self.text = document.text
        self.sentences = sentences(document)
        """The sentences of the content regions, in text order."""
        self._tokens: dict[tuple[int, int], list[Token]] = {}
        self._ends = [s.end for s in self.sentences]
        self._disjoint = all(
            a.end <= b.start for a, b in zip(self.sentences, self.sentences[1:], strict=False)
        )
        """Whether no two sentences overlap (only content regions that overlap make them)."""

    def tokens(self, sentence: Sentence) -> list[Token]:
        """The tokens of a sentence (or of a piece of one), tokenised on the first request."""
        key = (sentence.start, sentence.end)
        found = self._tokens.get(key)
        if found is None:
            found = self._tokens[key] = tokenize(self.text, sentence.start, sentence.end)
        return found

    def between(self, start: int, end: int) -> list[Token]:
        """The tokens of the text from ``start`` to ``end``, in order.

        Taken from the sentences' tokens, so a token that crosses ``start`` or ``end`` is
        returned whole; text outside every sentence (such as a byline) is tokenised here.
        The tokens are those of one tokenisation of a stretch of text: where two pieces
        would touch without whitespace between them (a content region that starts inside
        a word), the span is tokenised as a whole instead.
        """
        found = self.sentences
        if not self._disjoint:
            return tokenize(self.text, start, end)
        index = bisect.bisect_right(self._ends, start)
        if index < len(found) and found[index].start <= start and end <= found[index].end:
            tokens = self.tokens(found[index])  # inside one sentence: most phrases
            first = bisect.bisect_right(tokens, start, key=_token_end)
            return tokens[first : bisect.bisect_left(tokens, end, lo=first, key=_token_start)]
        result: list[Token] = []
        position = start
        text = self.text
        while index < len(found) and found[index].start < end:
            sentence = found[index]
            gap = (  # whitespace, or text outside the content regions
                tokenize(text, position, sentence.start)
                if sentence.start > position and not text[position : sentence.start].isspace()
                else []
            )
            tokens = self.tokens(sentence)
            if sentence.start < start or sentence.end > end:
                first = bisect.bisect_right(tokens, start, key=_token_end)
                tokens = tokens[first : bisect.bisect_left(tokens, end, lo=first, key=_token_start)]
            if not (self._add(result, gap) and self._add(result, tokens)):
                return tokenize(self.text, start, end)
            position = sentence.end
            index += 1
        if (
            position < end
            and not text[position:end].isspace()
            and not self._add(result, tokenize(text, position, end))
        ):
            return tokenize(self.text, start, end)
        return result

    @staticmethod
    def _add(result: list[Token], tokens: list[Token]) -> bool:
        """Append ``tokens`` to ``result``; False when the first touches the last before."""
        if result and tokens and result[-1].end == tokens[0].start:
            return False
        result += tokens
        return True


_token_start: Callable[[Token], int] = operator.itemgetter(0)
_token_end: Callable[[Token], int] = operator.itemgetter(1)
