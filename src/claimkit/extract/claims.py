"""Claim assembly: source, cue and content spans around each cue, and the claim's kind.

For every cue of a sentence (see :mod:`claimkit.extract.cues`) the assembler finds

* the **source**: the noun phrase before the cue ("Vedant Patel, deputy spokesperson
  for the US Department of State, denied"), after it in inverted quotes ("..., said
  the deputy director"), after "according to", after "by" in passives ("was denied by
  Tehran"), the subject of the main clause for participles ("..., blaming the US") or
  the possessor of a nominal cue ("US allegations of ...", "Guterres' condemnation");
* the **content**: what is said, claimed or denied, on whichever side of the cue it
  sits, with its quotation marks; for accuse/charge/blame frames the whole
  complement ("Iran with providing drones ...");
* the **target**: the accused ("accused *North Korea* of ..."), or for a denial the actor
  whose claim it rejects ("denies *US* claims");
* the **kind**: the cue's own kind, refined by the content: a first-person statement
  with a denial marker ("we have never shipped", "we have no plans") is a denial; a
  statement accusing another actor of wrongdoing ("were spreading a rumor", "is sending
  artillery ammunition") is an allegation; a negated denial ("did not deny") is not a
  denial.

The result is a list of :class:`Draft` objects that :mod:`claimkit.extract.pipeline`
turns into :class:`~claimkit.model.Claim` objects once evidence and commitment are scored.
"""

from __future__ import annotations

import bisect
import itertools
import operator
from collections.abc import Sequence

from attrs import define, field

from claimkit.extract.cues import AUXILIARIES, CueMatch, Lexicon
from claimkit.extract.kinds import content_kind, kind_lexicon
from claimkit.extract.segment import Sentence, Token
from claimkit.extract.segment import lowers as _lowers
from claimkit.extract.segment import words as _words
from claimkit.model import ClaimKind

__all__ = ["Draft", "SentenceView", "assemble"]

_OPEN_Q = frozenset({"\u201c", "\u00ab"})
_CLOSE_Q = frozenset({"\u201d", "\u00bb"})
_STRAIGHT = frozenset({'"', "''"})
"""Straight double quotation marks; some newspapers write them as two apostrophes."""
_QUOTES = _OPEN_Q | _CLOSE_Q | _STRAIGHT
_OPENERS = _OPEN_Q | _STRAIGHT
"""Marks that can open a quotation."""
_CLOSERS = _CLOSE_Q | _STRAIGHT
"""Marks that can close a quotation."""
_PAIRED = _QUOTES | {"(", ")"}
"""Tokens that open or close a quotation or a parenthesis."""
_CLAUSE_STOPS = frozenset(
    _words(
        "what why how by "
        +
    """
    that which who whom whose because when while if although though after before since until
    as but or so where than whether once unless whereas yet then thus even amid despite
    """
)
)
_RIGHT_STOPS = frozenset(
    _words(
    """
    in on at during after before when while as because that who which told adding according
    last yesterday today tonight earlier later this on to via from with and but
    """
)
)
_LEAD_DROP = frozenset(
    _words(
    """
    today yesterday later earlier meanwhile also however now then recently additionally
    instead still again here separately previously finally indeed
    """
)
)
_SUBJECT_PRONOUNS = frozenset(_words("i we you he she they"))
_NP_STARTERS = frozenset(_words("the his her their its our a an"))
_TRAILING_NOT_SOURCE = frozenset(
    _words("himself herself themselves itself myself ourselves yesterday today tonight")
)
_TIME_TAIL = frozenset(
    _words(
        """
        monday tuesday wednesday thursday friday saturday sunday morning afternoon evening
        night week weekend month year day
        """
    )
)
_COORDINATORS = frozenset(_words("and but or so yet nor then because if when while"))
_ASIDES = frozenset(
    _words("meanwhile however too though also instead moreover furthermore nonetheless")
)
_HAVE_BE = frozenset(
    _words(
    """
    has have had is are was were be been being will would shall should can could may might
    must do does did
    """
)
)
_PRONOUNS = frozenset(["he", "she", "it", "they", "we", "i", "you", "who", "this"])
_PREPOSITIONS = frozenset(
    _words(
    """
    after before while when by in on upon since without through with
    """
)
)
_PARTICIPLE_PREPOSITIONS = frozenset(
    ["after", "before", "while", "when", "by", "upon", "since", "without"]
)
_SUBORDINATORS = frozenset(
    _words("though although while whereas because since if unless when after before as")
)


@define
class Draft:
    """A claim under assembly, with character offsets into the document text.

    Attributes:
        sentence: The sentence the cue is in.
        cue: The cue match.
        kind: The claim's kind.
        cue_spans: Character spans of the cue words (auxiliaries included).
        source: The claimant's span, when the text names one.
        content: The content's span.
        target: The target's span, when the frame names one.
        target_mode: How to find the target: ``"span"`` (the target span), ``"content"``
            (an actor in the content), ``"claim_source"`` (the source of the claim a
            denial rejects) or ``"context"`` (the accuser of the latest allegation).
        quote: The quoted words, for direct quotes.
        extra_content: Quoted sentences that continue the content.
        participle_of: For participles, the index (within the sentence) of the cue whose
            source they share.
        nominal: The cue is a noun.
        anaphoric: The content refers back ("the charges", "it").
        channel: The span of the outlet the claim came through.
        inner_kinds: Kinds of first-person cues quoted inside the content.
    """

    sentence: Sentence
    cue: CueMatch
    kind: ClaimKind
    cue_spans: list[tuple[int, int]]
    source: tuple[int, int] | None = None
    content: tuple[int, int] | None = None
    target: tuple[int, int] | None = None
    target_mode: str = "content"
    quote: str | None = None
    extra_content: tuple[int, int] | None = None
    core_end: int | None = None
    """Where the content's first piece ends when quoted sentences continue it."""
    participle_of: int | None = None
    nominal: bool = False
    anaphoric: bool = False
    channel: tuple[int, int] | None = None
    inner_kinds: list[ClaimKind] = field(factory=list)
    shares_source: bool = False
    upgraded: bool = False
    """The kind was raised from statement to allegation by the content's wording."""
    supplier: tuple[int, int] | None = None
    """For an arms-transfer allegation, the span of the supplier (the accused)."""
    kind_rule: str | None = None
    """The kind stage's rule that decided the kind from the content, if it did."""
    unnamed: bool = False
    """The text names no source: a hedge ("reportedly") or an agentless passive ("was
    charged with"); ``source`` then holds the cue's span and the claimant is unnamed."""
    kind_words: list[tuple[int, int]] = field(factory=list)
    """Character spans of the content words that decided the kind."""

    @property
    def start(self) -> int:
        """Start of the claim's clause."""
        points = [a for a, _ in self.cue_spans]
        for span in (self.source, self.content, self.target):
            if span is not None:
                points.append(span[0])
        if self.shares_source and self.source is not None:
            points.remove(self.source[0])
        return min(points)

    @property
    def end(self) -> int:
        """End of the claim's clause."""
        points = [b for _, b in self.cue_spans]
        for span in (self.source, self.content, self.target, self.extra_content):
            if span is not None:
                points.append(span[1])
        if self.shares_source and self.source is not None:
            points.remove(self.source[1])
        return max(points)


class SentenceView:
    """Tokens of one sentence with the look-ups the assembler needs."""

    def __init__(self, text: str, sentence: Sentence, tokens: Sequence[Token],
                 lexicon: Lexicon, lowers: Sequence[str] | None = None) -> None:
        self.text = text
        self.sentence = sentence
        self.tokens = tokens
        self.lowers = _lowers(tokens) if lowers is None else lowers
        self.lexicon = lexicon
        self.kinds = kind_lexicon()
        self.size = len(tokens)
        """The number of tokens (an attribute: the assembler asks for it very often)."""
        self.inside_quote = [False] * len(tokens)
        self.quote_pairs: dict[int, int] = {}
        self.paren_pairs: dict[int, int] = {}
        open_at = -1
        parens: list[int] = []
        # only quotation marks and brackets matter here; their lowercase forms are themselves
        marks = [] if _PAIRED.isdisjoint(self.lowers) else [
            i for i, w in enumerate(self.lowers) if w in _PAIRED
        ]
        for index in marks:
            char = tokens[index].text
            if char in _OPEN_Q or (char in _STRAIGHT and open_at < 0):
                if open_at < 0:
                    open_at = index
            elif char in _CLOSE_Q or char in _STRAIGHT:
                # straight and curly marks are mixed in real text: '"It is,” he said'
                if open_at >= 0:
                    self._mark(open_at, index)
                    open_at = -1
            elif char == "(":
                parens.append(index)
            elif char == ")" and parens:
                start = parens.pop()
                self.paren_pairs[index] = start
                self.paren_pairs[start] = index
        if open_at >= 0:  # an unclosed quotation runs to the sentence's end
            self._mark(open_at, len(tokens))
        self.openers = [i for i in marks if tokens[i].text in _OPENERS
                        and not self.inside_quote[i]]
        """Indices of the marks outside quotations that can open one, in order."""

    def _mark(self, start: int, end: int) -> None:
        inner = range(start + 1, min(end, len(self.tokens)))
        self.inside_quote[inner.start : inner.stop] = [True] * len(inner)
        self.quote_pairs[start] = end
        if end < len(self.tokens):
            self.quote_pairs[end] = start

    def __len__(self) -> int:
        return len(self.tokens)

    def chars(self, first: int, last: int) -> tuple[int, int]:
        """Character span of tokens ``first`` to ``last`` (exclusive)."""
        return self.tokens[first].start, self.tokens[last - 1].end

    def is_word(self, index: int) -> bool:
        """Whether token ``index`` is a word."""
        return self.tokens[index].text[0].isalnum()

    def is_capital(self, index: int) -> bool:
        """Whether token ``index`` starts with a capital letter."""
        return self.tokens[index].text[0].isupper()


# ------------------------------------------------------------------ noun phrases


def _skip_aux_left(view: SentenceView, index: int) -> int:
    """Step left over auxiliaries, negations and -ly adverbs; return the new index."""
    while index >= 0:
        word = view.lowers[index]
        if word in AUXILIARIES or word.endswith("n't") or (
            word.endswith("ly") and len(word) > 4 and not view.is_capital(index) and word not in
                                   ("italy", "assembly", "family", "ally")):
            index -= 1
            continue
        break
    return index


def _np_left(view: SentenceView, end: int, *, allow_comma_apposition: bool = True,
             limit: int = 25) -> tuple[int, int] | None:
    """The noun phrase whose last token is ``end`` (inclusive): (first, last+1)."""
    index = end
    first = None
    count = 0
    while index >= 0 and count < limit:
        token = view.tokens[index].text
        word = view.lowers[index]
        if view.is_word(index):
            if word in _CLAUSE_STOPS or word in _HAVE_BE or (
                word in view.lexicon.verbs and index != end and not view.is_capital(index)
            ):
                break
            if index < end and word.endswith("ed") and not view.is_capital(index) and (
                view.lowers[index + 1] in _NP_STARTERS
            ):
                break  # "which released a statement Tuesday questioning ..."
            if word in ("and", "&") and not (
                index > 0 and view.is_capital(index - 1) and index + 1 <= end
                and (view.is_capital(index + 1) or view.lowers[index + 1] in _NP_STARTERS)
            ):
                break
            first = index
        elif token == ")" and index in view.paren_pairs:
            index = view.paren_pairs[index]
            first = index
            count += 1
            index -= 1
            continue
        elif token in ("'", "\u2019") and first is not None and index > 0 and view.is_word(
            index - 1
        ):
            first = index  # a possessive apostrophe: "Guterres' office"
        elif token in ("&", ".", "/"):
            pass
        else:
            break
        count += 1
        index -= 1
    if first is None:
        return None
    # a time phrase or a reflexive at the end is not part of the source:
    # "RNC spokesman Sean Spicer on Thursday evening", "Sanders himself"
    last = end
    while last > first and view.lowers[last] in _TRAILING_NOT_SOURCE:
        last -= 1
    for index in range(first + 1, last + 1):
        if view.lowers[index] in ("on", "last", "this", "early", "late") and all(
            view.lowers[j] in _TIME_TAIL or view.lowers[j] in ("on", "last", "this", "early",
                                                               "late")
            for j in range(index, last + 1)
        ):
            last = index - 1
            break
    end = last
    while first <= end and view.lowers[first] in _LEAD_DROP and not (
        first + 1 <= end and view.lowers[first + 1].endswith("ed")
    ):  # "Later the ministry" -> "the ministry"; "Recently declassified records" stays
        first += 1
    while first <= end and not view.is_word(first) and view.tokens[first].text != "(":
        first += 1
    if first > end:
        return None
    return first, end + 1


def _looks_like_actor_np(view: SentenceView, first: int, last: int) -> bool:
    words = [i for i in range(first, last) if view.is_word(i)]
    if not words:
        return False
    if any(view.is_capital(i) for i in words):
        return True
    if any(view.lowers[i] in _PRONOUNS for i in words):
        return True
    return len(words) <= 12


def _source_left(view: SentenceView, cue_first: int) -> tuple[tuple[int, int] | None, int]:
    """The source before a cue: ((first, last), index of the first auxiliary)."""
    aux = _skip_aux_left(view, cue_first - 1)
    if aux < 0:
        return None, cue_first
    end = aux
    token = view.tokens[end].text
    if view.lowers[end] in ("who", "which") and end > 0:
        return (end, end + 1), aux + 1  # "..., who said ...": the relative pronoun
    if token in ("\u2014", "\u2013", "--") and end > 2:
        # a dash apposition: "Jo Sims — a teacher from Leeds — says ..."
        for dash in range(end - 2, max(0, end - 20), -1):
            text = view.tokens[dash].text
            if text == token:
                head = _np_left(view, dash - 1, limit=8)
                if head is not None and head[1] == dash and any(
                    view.is_capital(i) for i in range(*head)
                ):
                    return (head[0], end), aux + 1
                break
            if text in (",", ";", ":") or text in _QUOTES:
                break
        return None, aux + 1
    if token == ",":
        # apposition: "Vedant Patel, deputy spokesperson for ..., denied", also with a
        # relative clause inside ("Parker Eaton, a Republican who voted for JFK, said")
        comma = end - 1
        while comma > 0 and end - comma < 35 and not (
            view.tokens[comma].text == "," and not view.inside_quote[comma]
        ):
            if view.tokens[comma].text in (";", ":") or view.tokens[comma].text in _QUOTES:
                return None, aux + 1
            comma -= 1
        if comma <= 0 or view.tokens[comma].text != ",":
            head = _np_left(view, end - 1, limit=12)
            if head is not None and head[0] == 0 and view.is_capital(head[0]):
                return head, aux + 1  # "Sen. Jack Reed (D-R.I.), said ..."
            return None, aux + 1
        if comma == end - 1:
            return None, aux + 1
        if view.lowers[comma + 1] in _COORDINATORS or view.lowers[comma + 1] in _HAVE_BE:
            return None, aux + 1
        if end - comma == 2 and view.lowers[comma + 1] in _ASIDES:
            # "Sanders, meanwhile, said": an aside, not an apposition
            head = _np_left(view, comma - 1, limit=8)
            return (head if head is not None else None), aux + 1
        opener = view.lowers[comma + 1]
        clause = opener in ("who", "which", "whose") or (
            not view.is_capital(comma + 1) and len(opener) > 4 and opener.endswith(("ing", "ed"))
        )
        if clause and opener in ("who", "which", "whose"):
            # "Jo Bell, the head of the union, which backed him, said": the apposition
            # before the relative clause
            earlier = comma - 1
            while earlier > 0 and comma - earlier < 25 and not (
                view.tokens[earlier].text == "," and not view.inside_quote[earlier]
            ):
                if view.tokens[earlier].text in (";", ":") or view.tokens[earlier].text in _QUOTES:
                    break
                earlier -= 1
            if earlier > 0 and view.tokens[earlier].text == "," and earlier < comma - 1:
                head = _np_left(view, earlier - 1, limit=12)
                if head is not None and any(view.is_capital(i) for i in range(*head)) and (
                    view.lowers[earlier + 1] in ("the", "a", "an") or view.is_capital(earlier + 1)
                ):
                    return (head[0], comma), aux + 1
        head = _np_left(view, comma - 1, limit=12)
        if head is None or not any(view.is_capital(i) for i in range(head[0], end)):
            return None, aux + 1  # "her senior adviser, Jake Sullivan, said" has a name
        if clause:
            return head, aux + 1  # "Mr. Trump, asked about the deaths, had said"
        return (head[0], end), aux + 1
    if not view.is_word(end) and token not in (")", "'", "\u2019") and not _abbreviation_end(
        view, end
    ):
        return None, aux + 1
    if view.lowers[end] in _SUBJECT_PRONOUNS and end > 0 and view.is_word(end - 1):
        return (end, end + 1), aux + 1  # "a decision they say ...": the pronoun speaks
    np = _np_left(view, end)
    if np is None or not _looks_like_actor_np(view, *np):
        return None, aux + 1
    # "who" clause: "Kirby, who said ..." -> the noun phrase before "who"
    if np[0] > 0 and view.lowers[np[0] - 1] == "who" and np[0] == end + 1:
        return None, aux + 1
    return np, aux + 1


def _abbreviation_end(view: SentenceView, index: int) -> bool:
    """Whether token ``index`` is the final stop of an abbreviation ("U.S.", "D.C.")."""
    if index <= 0 or view.tokens[index].text != ".":
        return False
    before = view.tokens[index - 1]
    return "." in before.text and before.end == view.tokens[index].start


def _source_right(view: SentenceView, start: int) -> tuple[int, int] | None:
    """The source after a cue in an inverted attribution ("..., said the official")."""
    index = start
    first = None
    last = None
    count = 0
    apposition = False
    while index < view.size and count < 20 + (12 if apposition else 0):
        token = view.tokens[index].text
        word = view.lowers[index]
        if view.is_word(index):
            if word in _RIGHT_STOPS and first is not None and word not in ("of", "for") and not (
                apposition and word in _APPOSITION_PREPOSITIONS
            ):
                break
            if word in _RIGHT_STOPS and first is None and word not in ("the",):
                return None
            if first is None and word.endswith("ly") and not view.is_capital(index):
                return None  # "..., feels particularly apt": no inverted speaker
            if first is None:
                first = index
            last = index
        elif token == "(" and index in view.paren_pairs:
            index = view.paren_pairs[index]
            last = index
        elif token in ("-", "&", "'", "\u2019", "."):
            if token == "." and index == view.size - 1:
                break
        elif token == "," and first is not None and index + 1 < view.size and (
            view.lowers[index + 1] in ("the", "a", "an") or view.is_capital(index + 1)
        ) and _apposition_ahead(view, index + 1):
            apposition = True
            index += 1
            count += 1
            continue
        else:
            break
        index += 1
        count += 1
    if first is None or last is None:
        return None
    return first, last + 1


_APPOSITION_PREPOSITIONS = frozenset(_words("in on at to from with and"))
"""Prepositions inside an apposition ("a demographer at Emory University")."""

_CONTRACTIONS = ("'re", "\u2019re", "'ve", "\u2019ve", "'ll", "\u2019ll", "'d", "\u2019d")


def _trim_contraction(view: SentenceView, source: tuple[int, int]) -> tuple[int, int]:
    """Character span of a source without a contracted verb ("They’re" -> "They")."""
    start, end = view.chars(*source)
    word = view.tokens[source[1] - 1].text
    for suffix in _CONTRACTIONS:
        if word.endswith(suffix) and len(word) > len(suffix):
            return start, end - len(suffix)
    if word.endswith(("'s", "\u2019s")) and view.lowers[source[1] - 1][:-2] in (
        "he", "she", "it", "that", "there", "who", "what"
    ):
        return start, end - 2  # "She's a supporter but concedes ..."
    if word.endswith(("'s", "\u2019s")) and source[1] < view.size and (
        view.lowers[source[1]].endswith("ing") or view.lowers[source[1]] in ("been", "not",
                                                                              "never", "also")
    ):
        return start, end - 2
    return start, end


def _according_source(view: SentenceView, start: int) -> tuple[int, int] | None:
    """The source after "according to": up to the next comma or the end of the clause.

    "according to the 'Medicare for all' document he released", "according to the
    book and the movie, ...".
    """
    end = start
    while end < view.size:
        text = view.tokens[end].text
        if (text in (",", ";", ":") and not view.inside_quote[end]) or (
            text in (".", "!", "?") and end == view.size - 1
        ):
            break
        end += 1
    while end > start and view.tokens[end - 1].text in (".", ",", ";", ":", "!", "?"):
        end -= 1
    if end <= start or end - start > 25:
        return _source_right(view, start)
    return start, end


_NOT_APPOSITION = frozenset(
    _words(
        """
        on last this during yesterday today tonight earlier later
        """
    )
)
"""Words that, after a comma, open a time adjunct rather than an apposition."""


def _extend_apposition(view: SentenceView, np: tuple[int, int]) -> tuple[int, int]:
    """Extend an inverted source over its apposition to the end of the clause.

    "..., said Randy Evans, a Republican National Committeeman from Georgia."
    """
    index = np[1]
    if index >= view.size or view.tokens[index].text != ",":
        return np
    if index + 1 < view.size and (
        view.lowers[index + 1] in _TRAILING or view.lowers[index + 1].endswith("ing")
        or view.lowers[index + 1] in _NOT_APPOSITION
    ):
        return np  # "..., said Al Cardenas, referring to polls", "..., who runs ..."
    end = index
    probe = index + 1
    while probe < view.size:
        text = view.tokens[probe].text
        if text == ";" or view.tokens[probe].text in _QUOTES:
            break
        if text == "," and probe + 1 < view.size and (
            view.lowers[probe + 1] in _TRAILING or view.lowers[probe + 1].endswith("ing")
            or view.lowers[probe + 1] in _NOT_APPOSITION
        ):
            break
        probe += 1
    end = probe
    while end > index and view.tokens[end - 1].text in (",", ".", "!", "?", ";", ":"):
        end -= 1
    return (np[0], end) if end > index + 1 else np


def _apposition_ahead(view: SentenceView, start: int) -> bool:
    """Whether an apposition closed by a comma or the sentence end starts here."""
    for index in range(start, min(view.size, start + 15)):
        text = view.tokens[index].text
        if text in (",", ".") :
            return True
        if text in _QUOTES:
            return False
    return False


# ---------------------------------------------------------------------- content


def _strip_content(view: SentenceView, first: int, last: int) -> tuple[int, int] | None:
    """Trim connectives and outer punctuation (keeping quotation marks) from a token range."""
    while first < last and (view.lowers[first] in ("that", ",", ":", "-", "\u2014", "\u2013")
                            or view.tokens[first].text in (",", ":")):
        first += 1
    while last > first and view.tokens[last - 1].text in (",", ".", ";", ":", "-", "\u2014",
                                                          "\u2013", "?", "!"):
        if view.inside_quote[last - 1]:
            break
        last -= 1
    if last <= first:
        return None
    return first, last


_CONTRAST = frozenset(["but", "while", "whereas", "although", "though", "yet"])
_ADJUNCT_OPENERS = frozenset(
    _words("despite amid")
)
"""Words that open an adverbial clause which, after a comma, ends a content."""
_TRAILING = frozenset(["according", "adding", "saying", "citing", "noting", "insisting"])
_CHANNEL_HEADS = frozenset(
    _words(
        """
        statement letter post tweet interview speech report separate press news message
        broadcast televised video commentary editorial
        """
    )
)


_CLAUSE_MARKS = _CONTRAST | _ADJUNCT_OPENERS | _CLOSE_Q | _STRAIGHT | {";", ",", "and", "in"}
"""The only tokens (lowercase) at which :func:`_clause_end` can end a clause."""

_NO_CUE = 1 << 30
"""Stands for "no later cue" in token arithmetic."""


def _clause_end(view: SentenceView, start: int, cue_starts: Sequence[int],
                *, first_comma: bool = False, skip_commas: bool = False) -> int:
    """Token index where a content starting at ``start`` ends (exclusive).

    A content runs to the end of its sentence unless a contrast (", but", ", while"), a
    semicolon, a trailing attribution (", the agency reported", ", according to"), a
    coordinated cue ("and denies") or a channel phrase ("in a statement") ends it first.
    With ``first_comma`` (a subordinate clause: "Even though X has denounced Y, ...")
    the first comma outside quotation marks ends it.
    """
    index = start
    depth_quote = False
    if start < view.size and view.tokens[start].text in _OPENERS:
        close = view.quote_pairs.get(start)
        if close is not None and close < view.size:
            # a quoted content ends at its closing mark, unless the clause goes on
            after = close + 1
            if after >= view.size or view.tokens[after].text in (",", ".", ";", "!", "?"):
                return close + 1
        depth_quote = True
    later_cues = sorted(c for c in cue_starts if c > start)

    def next_cue(after: int) -> int:
        """The first cue starting after token ``after`` (:data:`_NO_CUE` when none)."""
        position = bisect.bisect_right(later_cues, after)
        return later_cues[position] if position < len(later_cues) else _NO_CUE

    marks = _CLAUSE_MARKS
    lowers = view.lowers
    while index < view.size:
        if lowers[index] not in marks:
            index += 1  # an ordinary word: none of the tests below can end the clause here
            continue
        text = view.tokens[index].text
        word = lowers[index]
        if view.inside_quote[index] and not depth_quote:
            index += 1
            continue
        if text == ";":
            return index
        if index > start and word in _CONTRAST and (
            view.tokens[index - 1].text in {",", ";"} | _CLOSE_Q
        ):
            return index - 1 if view.tokens[index - 1].text in (",", ";") else index
        if index > start + 2 and word in _ADJUNCT_OPENERS and not depth_quote and (
            view.tokens[index - 1].text == ","
        ):
            return index - 1  # "..., despite the group's name change": the writer's aside
        closing = text in _CLOSE_Q or (
            text in _STRAIGHT and view.quote_pairs.get(index, index) < index
        )
        comma_like = text == "," or (
            closing and index > start and view.tokens[index - 1].text == "," and not depth_quote
        )
        cut = index + 1 if closing else index
        if comma_like and index + 1 < view.size and not (skip_commas and index < start + 20
                                                          and _apposition_ahead(view, index + 1)
                                                          and not next_cue(index) <= index + 12):
            if first_comma:
                return cut
            nxt = view.lowers[index + 1]
            if nxt in _TRAILING:
                return cut
            if index > start + 2 and not depth_quote and (
                nxt in ("a", "an")
                or (nxt == "and" and index + 2 < view.size and (
                    view.lowers[index + 2] in _HAVE_BE or view.lowers[index + 2].endswith("ed")))
                or (nxt in ("which", "who") and index + 2 < view.size
                    and view.lowers[index + 2] in ("drew", "has", "have", "had", "was", "is"))
            ):
                return cut  # ", a longstanding provision ...", ", and has championed ..."
            upcoming = next_cue(index)
            if upcoming <= index + 12 and not any(
                view.tokens[i].text == "," and i != index
                for i in range(index + 1, min(upcoming, view.size))
            ):
                return cut  # ", the Voice of America (VOA) reported" / ", and it accused"
        if word == "and" and (next_cue(index) == index + 1 or (
            next_cue(index) <= index + 4 and not view.inside_quote[index] and (
                view.is_capital(index + 1) or view.lowers[index + 1] in _SUBJECT_PRONOUNS
                or view.lowers[index + 1] in _NP_STARTERS
            ) and all(view.is_word(i) and view.lowers[i] not in _HAVE_BE
                      for i in range(index + 1, next_cue(index)))
        )):
            return index  # "... and denies", "... and Clinton said"
        if word == "in" and index + 2 < view.size and view.lowers[index + 1] in ("a", "the") and (
            view.lowers[index + 2] in _CHANNEL_HEADS
        ) and not view.inside_quote[index]:
            return index
        index += 1
    return view.size


_WEEKDAYS = frozenset(
    _words("monday tuesday wednesday thursday friday saturday sunday weekend")
)
_TIME_WORDS = _WEEKDAYS | frozenset(
    _words("today yesterday tonight earlier later again also recently previously now then")
)
_ADJUNCT_HEADS = frozenset(
    _words(
        """
        statement interview speech letter post tweet email e-mail message video call news
        conference briefing rally event appearance radio television op-ed
        """
    )
)


def _skip_adjuncts(view: SentenceView, index: int) -> int:
    """Skip time and setting words between a cue and its content.

    "said Monday they have no plans", "said in an interview that", "said last week:".
    """
    while index < view.size:
        word = view.lowers[index]
        text = view.tokens[index].text
        if text in (",", ":", "-", "\u2014") or word in _TIME_WORDS:
            index += 1
        elif word in _ASIDES and index + 1 < view.size and view.tokens[index + 1].text == ",":
            index += 2  # "said, however, that ..."
        elif word in ("on", "last", "this", "next") and index + 1 < view.size and (
            view.lowers[index + 1] in _WEEKDAYS
            or view.lowers[index + 1] in ("week", "month", "year", "night", "morning")
        ):
            index += 2
        elif word in ("in", "during", "on", "at") and index + 2 < view.size and any(
            view.lowers[j] in _ADJUNCT_HEADS for j in range(index + 1, min(view.size, index + 5))
        ) and not view.inside_quote[index]:
            end = next(j for j in range(index + 1, min(view.size, index + 5))
                       if view.lowers[j] in _ADJUNCT_HEADS)
            index = end + 1
        else:
            break
    return index


def _content_right(view: SentenceView, start: int, cue_starts: Sequence[int],
                   *, skip_object: bool = False, first_comma: bool = False
                   ) -> tuple[int, int] | None:
    """The content after a cue: skips "that", a recipient ("told reporters that")."""
    index = _skip_adjuncts(view, start)
    # "stated earlier this month that", "told reporters that"
    for probe in range(index, min(view.size, index + 7)):
        text = view.tokens[probe].text
        if view.lowers[probe] in view.lexicon.claim_nouns:
            break  # "denies US claims that ...": the claim is the object
        if view.lowers[probe] == "that" and not view.inside_quote[probe]:
            if probe == index or skip_object or all(
                view.is_word(i) for i in range(index, probe)
            ):
                index = probe + 1
            break
        if not view.is_word(probe) or text in _QUOTES:
            break
    if index >= view.size:
        return None
    end = _clause_end(view, index, cue_starts, first_comma=first_comma)
    return _strip_content(view, index, end)


def _opens_content(view: SentenceView, start: int) -> bool:
    """Whether a content starts right after a cue: "that", a colon or a quotation."""
    index = _skip_adjuncts(view, start)
    if index >= view.size:
        return False
    if index > start and view.tokens[index - 1].text == ":":
        return True
    return view.lowers[index] == "that" or view.tokens[index].text in _OPENERS


def _quote_of(view: SentenceView, first: int, last: int) -> str | None:
    """The words inside quotation marks when a content is (mostly) a direct quote."""
    position = bisect.bisect_left(view.openers, first)
    if position == len(view.openers) or view.openers[position] >= last:
        return None
    start = view.openers[position]
    close = view.quote_pairs.get(start, last)
    close = min(close, last)
    inner_first = start + 1
    if inner_first >= close:
        return None
    a = view.tokens[inner_first].start
    b = view.tokens[close - 1].end
    quoted = b - a
    total = view.tokens[last - 1].end - view.tokens[first].start
    if quoted * 2 < total:
        return None
    return view.text[a:b].strip() or None


# ------------------------------------------------------------------------ frames


def _cue_spans(view: SentenceView, cue: CueMatch, aux_start: int) -> list[tuple[int, int]]:
    """Character spans of the cue with its auxiliaries ("has denied", "did not deny")."""
    spans: list[tuple[int, int]] = []
    index = aux_start
    while index < cue.first:
        word = view.lowers[index]
        if word in _HAVE_BE or word in ("not", "never") or word.endswith("n't"):
            spans.append(view.chars(index, index + 1))
        index += 1
    spans.append(view.chars(cue.first, cue.last))
    merged: list[tuple[int, int]] = []
    for a, b in spans:
        if merged and view.text[merged[-1][1]:a].strip() == "":
            merged[-1] = (merged[-1][0], b)
        else:
            merged.append((a, b))
    return merged


def _object_np(
    view: SentenceView, start: int, stop_words: frozenset[str]
) -> tuple[int, int] | None:
    """The object noun phrase after a verb, up to one of ``stop_words`` (exclusive)."""
    index = start
    first = None
    last = None
    while index < view.size:
        word = view.lowers[index]
        text = view.tokens[index].text
        if word in stop_words and first is not None:
            break
        if text == "(" and index in view.paren_pairs:
            index = view.paren_pairs[index] + 1
            last = index
            continue
        if text in (".", ";", ":") or text in _QUOTES:
            break
        if text == ",":
            # apposition inside the object: "North Korea, one of the ..., of supplying"
            ahead = next((i for i in range(index + 1, min(view.size, index + 20))
                          if view.lowers[i] in stop_words or view.tokens[i].text == ","), None)
            if ahead is not None and view.lowers[ahead] in stop_words and first is not None:
                index = ahead
                break
            break
        if first is None:
            first = index
        last = index + 1
        index += 1
    if first is None or last is None:
        return None
    return first, last


def _accused(view: SentenceView, start: int, prep: str) -> tuple[int, int] | None:
    """The accused after "accused"/"charged"/"blamed", up to the preposition of the charge.

    A preposition inside a name ("the Ministry of Defence", "the United States of America")
    is skipped: the charge's preposition is the one before a gerund or, failing that, the
    first one not between two capitalised words.
    """
    obj = _object_np(view, start, frozenset({prep, "on"}))
    if obj is None or obj[1] >= view.size or view.lowers[obj[1]] != prep:
        return obj
    candidates = [i for i in range(obj[1], min(view.size, obj[1] + 25))
                  if view.lowers[i] == prep and not view.inside_quote[i]]
    end = None
    for index in candidates:
        if index + 1 < view.size and view.lowers[index + 1].endswith("ing"):
            end = index
            break
    if end is None:
        for index in candidates:
            if not (index + 1 < view.size and view.is_capital(index + 1)
                    and view.is_capital(index - 1)):
                end = index
                break
    if end is None:
        return obj
    for index in range(obj[0], end):
        if view.tokens[index].text in (",", ";", ".", ":"):
            end = index  # an apposition: "North Korea, one of the ... nations, of supplying"
            break
    return (obj[0], end) if end > obj[0] else obj


_OBJECT_PRONOUNS = frozenset(_words("me him her us them you it reporters journalists"))


def _recipient(view: SentenceView, start: int) -> tuple[int, int] | None:
    """Who was told: a pronoun, a name, or a short noun phrase ("told The Huffington Post")."""
    if start >= view.size or not view.is_word(start):
        return None
    word = view.lowers[start]
    if word in _OBJECT_PRONOUNS:
        return start, start + 1
    index = start
    if word in ("the", "a", "an", "his", "her", "their", "its", "our"):
        index += 1
    if index < view.size and view.is_word(index) and view.is_capital(index):
        while index < view.size and view.is_word(index) and (
            view.is_capital(index) or view.lowers[index] in ("of", "for", "and", "&")
        ):
            index += 1
        return start, index
    end = index
    while end < view.size and end < index + 3 and view.is_word(end) and (
        view.lowers[end] not in ("that", "he", "she", "it", "they", "we", "i", "on", "in", "at",
                                 "the", "a", "an", "there")
    ):
        end += 1
    return (start, end) if end > start else None


def _has_claim_noun(view: SentenceView, first: int, last: int) -> int | None:
    """Index of a claim noun ("claims", "allegations") heading the object, if any."""
    for index in range(first, min(last, first + 6)):
        word = view.lowers[index]
        if word in view.lexicon.claim_nouns:
            return index
        if word in ("that", "of", "about") and index > first:
            return None
    return None


def _supplier(view: SentenceView, first: int, last: int) -> tuple[int, int] | None:
    """In an arms-transfer content, the supplier: the subject, or "from X" after a purchase.

    Selling or sending arms is what such an allegation accuses someone of: "Iran is
    providing drones to Russia" accuses Iran, "Russia is buying shells from North Korea"
    accuses North Korea.
    """
    kinds = view.kinds
    words = view.lowers[first:last]
    if kinds.transfer_objects.isdisjoint(words):
        return None
    for offset, word in enumerate(words):
        if word in kinds.buy_verbs:
            for probe in range(first + offset + 1, last):
                if view.lowers[probe] == "from":
                    return _object_np(view, probe + 1, frozenset(
                        {"for", "to", "in", "and", "as", "with", "that", "which", "since"}))
            return None
        if word in kinds.transfer_verbs:
            end = first + offset
            while end > first and view.lowers[end - 1] in AUXILIARIES | {"is", "are", "in",
                                                                          "the", "process", "of"}:
                end -= 1
            if end > first:
                return first, end
            return None
    return None


# ---------------------------------------------------------------------- assembly


def _participle_head(view: SentenceView, cue: CueMatch) -> str:
    """How a participle cue attaches: ``"main"`` (", blaming"), ``"lead"`` ("After telling")."""
    before = cue.first - 1
    if before < 0 or view.lowers[before] in _PARTICIPLE_PREPOSITIONS:
        return "lead"
    comma = view.tokens[before].text in (",", "\u2014", "\u2013", "--") or (
        view.tokens[before].text in _CLOSE_Q and before > 0 and view.tokens[before - 1].text == ","
    )
    if comma or view.lowers[before] in ("and", "while", "by"):
        return "main"
    if view.lowers[before] in ("for", "of", "about", "over"):
        return "gerund"  # "mocked Trump for calling himself ...": Trump calls
    return "none"


_LEADING_CONJUNCTIONS = frozenset(_words("but and so yet or"))
_LEADING_PHRASE_OPENERS = frozenset(
    _words(
        """
        using given even although though as additionally last earlier for at despite during
        throughout among amid following unlike like from under over of to beyond against
        """
    )
)


def _subject_of_sentence(view: SentenceView, before: int) -> tuple[int, int] | None:
    """The subject of the main clause: the first noun phrase not inside a leading phrase."""
    index = 0
    while index < before and view.lowers[index] in _LEADING_CONJUNCTIONS:
        index += 1  # "But lots of voters ..."
    # skip a leading prepositional, adverbial or participial phrase closed by a comma
    opener = view.lowers[index] if index < view.size else ""
    if opener in _PREPOSITIONS or opener in _LEAD_DROP or opener in _LEADING_PHRASE_OPENERS or (
        opener.endswith("ing") and len(opener) > 4 and not view.is_capital(index + 1 if index
                                                                         + 1 < view.size else index)
    ):
        for probe in range(index, view.size):
            if view.tokens[probe].text == "," and not view.inside_quote[probe]:
                index = probe + 1
                break
    if index >= before:
        return None
    first_word = view.lowers[index].split("'")[0]
    if first_word in _SUBJECT_PRONOUNS or first_word in ("it", "who"):
        return index, index + 1
    if view.is_capital(index) and view.lowers[index] not in _NP_STARTERS:
        # a name: its capitalised words, with "of", "and" and initials inside
        end = index
        while end < before and (
            view.is_capital(end) or view.lowers[end] in ("of", "and", "de", "van", "von", "al")
            or view.tokens[end].text in (".", "-", "&")
            or (view.tokens[end].text == "(" and end in view.paren_pairs)
        ):
            end = view.paren_pairs[end] + 1 if view.tokens[end].text == "(" else end + 1
        while end > index and view.lowers[end - 1] in ("of", "and", "de", "van", "von", "al"):
            end -= 1
        return (index, end) if end > index else None
    end = index
    while end < before:
        word = view.lowers[end]
        if end > index and word.endswith("ed") and not view.is_capital(end):
            break  # "The judge rubbed his chin"
        if end > index and word in AUXILIARIES:
            break
        if word in _HAVE_BE or word in _CLAUSE_STOPS or (
            word in view.lexicon.verbs and not (end > index and view.is_capital(end))
        ) or (
            not view.is_word(end) and view.tokens[end].text not in ("'", "\u2019", "-", "(", ")")
        ):
            break
        end += 1
    if end == index:
        return None
    return index, end


def _nominal_source(view: SentenceView, cue: CueMatch) -> tuple[int, int] | None:
    """The source of a nominal cue: its possessor or modifier ("US", "Guterres'")."""
    index = cue.first - 1
    # skip adjectives between possessor and noun: "Guterres' recent condemnation"
    skipped = 0
    while index >= 0 and skipped < 2 and view.is_word(index) and not view.is_capital(index) and (
        view.lowers[index] not in ("the", "a", "an", "of", "his", "her", "its", "their")
    ):
        index -= 1
        skipped += 1
    if index < 0:
        return None
    end = index
    if view.tokens[index].text in ("'", "\u2019"):
        index -= 1
    elif view.lowers[index].endswith("'s"):
        pass
    if index < 0 or not view.is_word(index) or not view.is_capital(index):
        return None
    if index == 0 and view.lowers[0].endswith("ing"):
        return None  # "Facing criticism over ...": a sentence-initial participle
    first = index
    while first - 1 >= 0 and (
        (view.is_word(first - 1) and view.is_capital(first - 1))
        or view.tokens[first - 1].text in ("-", ".")
    ):
        first -= 1
    if first > end:
        return None
    while end > first and view.tokens[end].text in ("'", "\u2019"):
        end -= 1
    return first, end + 1


def _nominal_content(view: SentenceView, cue: CueMatch, cue_starts: Sequence[int]
                     ) -> tuple[tuple[int, int] | None, tuple[int, int] | None,
                                tuple[int, int] | None]:
    """(content, source after "by"/"from", target after "against") of a nominal cue."""
    index = cue.last
    source = None
    target = None
    while index < view.size:
        word = view.lowers[index]
        if word in ("by", "from") and source is None:
            np = _object_np(view, index + 1, frozenset({"that", "of", "against", "about",
                                                        "over", "on", "as"}))
            if np is None:
                break
            source = np
            index = np[1]
            continue
        if word == "against" and target is None:
            np = _object_np(view, index + 1, frozenset({"that", "of", "by", "from", "about",
                                                        "over", "for", "as"}))
            if np is None:
                break
            target = np
            index = np[1]
            continue
        break
    if index < view.size and view.lowers[index] in ("of", "that", "about", "over", "regarding"):
        end = _clause_end(view, index + 1, cue_starts)
        for probe in range(index + 1, end):
            if view.lowers[probe] == "as" and not view.inside_quote[probe]:
                end = probe
                break
        return _strip_content(view, index + 1, end), source, target
    return None, source, target


def _assemble_nominal(view: SentenceView, cue: CueMatch, cue_starts: Sequence[int]
                      ) -> Draft | None:
    content, source, target = _nominal_content(view, cue, cue_starts)
    if source is None:
        source = _nominal_source(view, cue)
    if source is None or content is None:
        return None
    kind = cue.kind
    draft = Draft(
        sentence=view.sentence, cue=cue, kind=kind, cue_spans=[view.chars(cue.first, cue.last)],
        source=view.chars(*source), content=view.chars(*content), nominal=True,
    )
    if target is not None:
        draft.target = view.chars(*target)
        draft.target_mode = "span"
    return draft


def _anaphoric(view: SentenceView, first: int, last: int) -> bool:
    words = view.lowers[first:min(last, first + 3)]
    if not words:
        return False
    if words[0] in ("it", "this", "that", "them", "these", "those", "so"):
        return True
    determiner = words[0] in ("the", "such", "these", "those", "this", "a", "an", "any")
    return determiner and any(w in view.lexicon.claim_nouns for w in words[1:3])


def _setting_draft(view: SentenceView, cue: CueMatch, cues: Sequence[CueMatch],
                   cue_starts: Sequence[int]) -> Draft | None:
    """A finding or view set in its source: "In a CBS poll, ...", "..., in her view".

    The source is the poll (everything between "in" and the comma) or the possessor of
    the view; the content is the clause the phrase opens or closes, and the whole
    sentence when the phrase sits inside it.  A clause with a cue of its own ("In a
    poll, 40 percent said ...") is that cue's claim, not the poll's.
    """
    if cue.word.lemma == "in":
        opener = cue.first
    else:
        opener = next((i for i in range(cue.first - 1, max(-1, cue.first - 7), -1)
                       if view.lowers[i] == "in"), -1)
        if opener < 0:
            return None
    close = cue.last
    while close < view.size and view.tokens[close].text not in (",", ";", ":"):
        close += 1
    if cue.word.lemma == "in":
        source = _strip_content(view, opener + 1, close)
    else:
        last = cue.first
        if last - 1 > opener and view.tokens[last - 1].text in ("'", "\u2019"):
            last -= 1
        source = (opener + 1, last) if last > opener + 1 else None
    if source is None:
        return None
    if opener == 0:
        start = close + 1
        content = _strip_content(view, start, _clause_end(view, start, cue_starts))
    elif close >= view.size - 1:
        content = _content_before(view, opener)
    else:
        content = _strip_content(view, 0, _clause_end(view, close + 1, cue_starts))
    if content is None or any(
        content[0] <= c.first < content[1] and not opener <= c.first < close
        and c.frame not in ("condemn", "call") for c in cues
    ):
        return None
    return Draft(sentence=view.sentence, cue=cue, kind=ClaimKind.STATEMENT,
                 cue_spans=[view.chars(cue.first, cue.last)], source=view.chars(*source),
                 content=view.chars(*content))


_ATTRIBUTIVE_BEFORE = frozenset(
    _words(
        """
        the a an his her its their our my your this that these those of for about over with
        on in against to from by any some no such
        """
    )
)


def _attributive(view: SentenceView, cue: CueMatch) -> bool:
    """Whether a participle cue modifies the noun after it ("the alleged plot")."""
    if cue.last - cue.first != 1 or cue.first == 0 or cue.last >= view.size:
        return False
    word = view.lowers[cue.first]
    if not word.endswith(("ed", "en")) or not view.is_word(cue.last):
        return False
    before = view.lowers[cue.first - 1]
    after = view.lowers[cue.last]
    if after in _ATTRIBUTIVE_BEFORE or after in ("that", "to", "as", "by", "it", "them"):
        return False
    return before in _ATTRIBUTIVE_BEFORE or (before.endswith("ing") and len(before) > 4)


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


def _after_to(view: SentenceView, index: int) -> bool:
    """Whether "to" (and "have", "have been") comes just before token ``index``."""
    back = index - 1
    while back > 0 and view.lowers[back] in ("have", "been", "be"):
        back -= 1
    return view.lowers[back] == "to"


def _hedge_draft(view: SentenceView, cue: CueMatch) -> Draft | None:
    """A sentence that points at an unnamed source ("Phelps was reportedly gambling")."""
    first = 0
    while first < cue.first and (view.lowers[first] in _LEADING_CONJUNCTIONS
                                 or view.tokens[first].text in _QUOTES):
        first += 1
    content = _strip_content(view, first, view.size)
    if content is None or content[0] > cue.first:
        return None
    span = view.chars(cue.first, cue.last)
    return Draft(sentence=view.sentence, cue=cue, kind=cue.kind, cue_spans=[span],
                 source=span, content=view.chars(*content), unnamed=True)


def _verb_draft(view: SentenceView, cue: CueMatch, position: int, cues: Sequence[CueMatch],
                drafts: Sequence[Draft | None], cue_starts: Sequence[int]) -> Draft | None:
    frame = cue.frame
    kind = cue.kind
    source: tuple[int, int] | None = None
    content: tuple[int, int] | None = None
    target: tuple[int, int] | None = None
    target_mode = "content"
    participle_of: int | None = None
    shares_source = False
    aux_start = cue.first
    after = cue.last

    if _attributive(view, cue):
        return None  # "the alleged gunman", "for hyping alleged audio": an adjective
    # -- the source ---------------------------------------------------------------
    if frame == "in":
        return _setting_draft(view, cue, cues, cue_starts)
    if frame == "according":
        source = _according_source(view, after)
        if source is None:
            return None
        cue_chars = [view.chars(cue.first, cue.last)]
        if cue.first > 0 and (view.tokens[cue.first - 1].text in ({","} | _CLOSERS)
                              or view.tokens[cue.first].text == ":"):
            end = cue.first - 1 if view.tokens[cue.first - 1].text == "," else cue.first
            start = 0
            content = _strip_content(view, start, end)
        else:
            end = source[1]
            while end < view.size and view.tokens[end].text == ",":
                end += 1
            content = _strip_content(view, end, _clause_end(view, end, cue_starts))
        if content is None:
            return None
        return Draft(sentence=view.sentence, cue=cue, kind=kind, cue_spans=cue_chars,
                     source=view.chars(*source), content=view.chars(*content))

    if cue.passive and frame == "condemn" and kind is ClaimKind.STATEMENT:
        return None  # "backed by Russia", "supported by donors": an act, not a statement
    if cue.passive:
        # "it was denied by Tehran", "North Korea was accused of ..."
        subject, aux_start = _source_left(view, cue.first)
        agent = None
        if after < view.size and view.lowers[after] == "by":
            agent = _source_right(view, after + 1)
            after = agent[1] if agent is not None else after + 1
        source = agent
        if frame in ("accuse", "charge", "blame", "warn", "condemn", "call"):
            if subject is not None:
                target = subject
                target_mode = "span"
            content = _content_right(view, after, cue_starts)
        else:
            content = subject
        if source is None and subject is not None and kind is ClaimKind.ALLEGATION:
            # "was charged in 2004 with robbery", "is accused of fraud": an unnamed accuser
            content = content or _content_right(view, after, cue_starts)
            if content is None:
                return None
            span = view.chars(cue.first, cue.last)
            return Draft(sentence=view.sentence, cue=cue, kind=kind,
                         cue_spans=_cue_spans(view, cue, aux_start), source=span,
                         content=view.chars(*content), target=view.chars(*subject),
                         target_mode="span", unnamed=True)
        if source is None:
            return None  # an agentless passive names no claimant
    elif cue.participle:
        attach = _participle_head(view, cue)
        if attach == "none" and cue.first > 0 and view.lowers[cue.first - 1] in _ADJUNCT_HEADS:
            attach = "main"  # "issued a statement saying ...": the issuer speaks
        if attach == "gerund":
            source = _np_left(view, cue.first - 2, limit=8) if cue.first >= 2 else None
            if source is None or not any(
                view.is_capital(i) or view.lowers[i] in _PRONOUNS for i in range(*source)
            ):
                return None
        elif attach == "none":
            source, aux_start = _source_left(view, cue.first)
            if source is None:
                return None
        else:
            participle_of = -1
            if attach == "main":
                shares_source = True
                # the subject of the clause this participle hangs on
                for back in range(position - 1, -1, -1):
                    previous = drafts[back]
                    if previous is not None and previous.source is not None and (
                        not previous.nominal and not previous.cue.participle
                    ):
                        participle_of = back
                        break
                if participle_of < 0:
                    subject = _subject_of_sentence(view, cue.first)
                    if subject is not None:
                        source = subject
            else:
                for forward in range(position + 1, len(cues)):
                    if not cues[forward].participle and cues[forward].word.pos != "noun":
                        participle_of = forward
                        break
    elif cue.first > 1 and _after_to(view, cue.first) and not cue.negated:
        # "Lewandowski continued to say ...", "Trump has a rare chance to show ..."
        source = _subject_of_sentence(view, cue.first - 1)
        if source is None:
            return None
    else:
        source, aux_start = _source_left(view, cue.first)
        if source is not None and frame in ("deny", "reject", "say") and (
            after >= view.size or view.tokens[after].text in (",", ".", ";")
        ):
            # "a charge Tehran has refuted": the object is a claim noun before the source
            for index in range(source[0] - 1, source[1] - 1):
                if index >= 0 and view.lowers[index] in view.lexicon.claim_nouns:
                    first = index
                    while first > 0 and first > index - 3 and view.is_word(first - 1) and (
                        not view.is_capital(first - 1)
                    ) and view.lowers[first - 1] not in _CLAUSE_STOPS:
                        first -= 1
                    content = (first, index + 1)
                    source = (index + 1, source[1])
                    target_mode = "claim_source"
                    break
        if source is None:
            # inverted: "“...,” said the deputy director", "..., said North Korea's ..."
            right = _source_right(view, after)
            if right is not None:
                right = _extend_apposition(view, right)
            before = cue.first - 1
            if right is not None and before >= 0 and view.tokens[before].text in (
                {",", ":"} | _CLOSERS
            ):
                source = right
                content = _content_before(view, cue.first)
                after = right[1]
            else:
                back = _skip_aux_left(view, cue.first - 1)
                if back < 0 or view.lowers[back] not in ("and", "but", "or", "then"):
                    return None
                # a coordinated verb shares the subject: "X denies ... and denies ..."
                for earlier in range(position - 1, -1, -1):
                    previous = drafts[earlier]
                    if previous is not None and previous.source is not None and (
                        not previous.nominal
                    ):
                        participle_of = earlier
                        shares_source = True
                        aux_start = back + 1
                        break
                else:
                    source = _subject_of_sentence(view, back)
                    if source is None:
                        return None
                    shares_source = True
                    aux_start = back + 1

    # -- the content -------------------------------------------------------------
    split: tuple[tuple[int, int], tuple[int, int]] | None = None
    lead = source[0] if source is not None and source[0] < cue.first else cue.first
    subordinate = not _SUBORDINATORS.isdisjoint(view.lowers[max(0, lead - 2) : lead])
    if content is None and not cue.passive:
        if frame == "accuse" or frame == "charge" or frame == "blame":
            prep = {"accuse": "of", "charge": "with", "blame": "for"}[frame]
            obj = _accused(view, after, prep)
            if obj is not None:
                target = obj
                target_mode = "span"
                end = _clause_end(view, obj[1], cue_starts, skip_commas=True)
                content = _strip_content(view, obj[0], end)
            else:
                content = _content_right(view, after, cue_starts)
        elif frame == "attribute":
            end = _clause_end(view, after, cue_starts)
            content = _strip_content(view, after, end)
            if content is not None:
                for index in range(content[0], content[1]):
                    if view.lowers[index] == "to":
                        obj = _object_np(view, index + 1, frozenset({"for", "as", "and"}))
                        if obj is not None:
                            target, target_mode = obj, "span"
                        break
        elif frame in ("warn", "urge", "tell", "call"):
            obj = _object_np(view, after, frozenset({"that", "to", "against", "of", "about",
                                                     "not", "as", "a", "an", "the"}))
            if obj is not None and frame != "tell" and view.lowers[obj[0]] not in ("that",):
                target, target_mode = obj, "span"
            if frame == "tell":
                recipient = _recipient(view, after)
                start = recipient[1] if recipient is not None else after
                content = _content_right(view, start, cue_starts, skip_object=True,
                                         first_comma=subordinate)
            else:
                end = _clause_end(view, after, cue_starts)
                content = _strip_content(view, after, end)
        else:
            content = _content_right(view, after, cue_starts, first_comma=subordinate)
        trailing = (
            source is not None and 0 < source[0] < cue.first
            and view.tokens[source[0] - 1].text in ({","} | _CLOSERS)
        )
        after_quote = source is not None and source[0] > 0 and (
            view.tokens[source[0] - 1].text in _CLOSERS
            or (source[0] > 1 and view.tokens[source[0] - 1].text == ","
                and view.tokens[source[0] - 2].text in _CLOSERS)
        )
        opens_at = _past_object(view, after, frame) if trailing and after_quote else after
        if opens_at > after and content is not None and _opens_content(view, opens_at):
            # "“...,” she told reporters, “...”", "“...,” he said of Trump, “...”"
            content = _content_right(view, opens_at, cue_starts) or content
        if trailing and source is not None and (content is None or (
            frame in ("say", "tell") and after_quote and not _opens_content(view, opens_at)
        )):
            # "“...,” the official said (outside the building)." — the content is before
            preceding = _content_before(view, source[0])
            if preceding is not None:
                content = preceding
        elif trailing and source is not None and content is not None and (
            view.tokens[content[0]].text in _OPENERS
        ):
            # a quotation split around its attribution: "“We are ready,” he said, “and ...”"
            preceding = _content_before(view, source[0])
            if preceding is not None and view.tokens[preceding[0]].text in _OPENERS:
                split = (preceding, content)
                content = (preceding[0], content[1])
        elif trailing and source is not None and content is not None and frame in (
            "say", "tell"
        ) and after < view.size and view.tokens[after].text == "," and (
            content[0] == after + 1
        ) and source[1] - source[0] <= 6 and not view.inside_quote[source[0]]:
            # an attribution set inside its clause: "For most voters, he said, the economy
            # comes first"; the content is the clause on both sides
            preceding = _content_before(view, source[0])
            if preceding is not None and not any(
                view.tokens[i].text in _QUOTES for i in range(preceding[0], preceding[1])
            ):
                split = (preceding, content)
                content = (preceding[0], content[1])
    if content is None:
        return None

    # -- the kind ----------------------------------------------------------------
    upgraded = False
    anaphoric = _anaphoric(view, *content)
    if frame in ("reject", "condemn", "deny"):
        noun = _has_claim_noun(view, *content)
        if noun is not None:
            target_mode = "claim_source"
        if frame == "reject":
            kind = ClaimKind.DENIAL if (noun is not None or anaphoric) else ClaimKind.STATEMENT
        elif frame == "condemn" and kind is ClaimKind.ALLEGATION and noun is None:
            target_mode = "content"
        elif frame == "deny" and noun is None and not anaphoric:
            target_mode = "context"
        if frame == "deny" and anaphoric:
            target_mode = "context"
    if cue.negated and kind is ClaimKind.DENIAL:
        kind = ClaimKind.STATEMENT  # "did not deny" is no denial
    draft = Draft(
        sentence=view.sentence,
        cue=cue,
        kind=kind,
        cue_spans=_cue_spans(view, cue, aux_start),
        source=_trim_contraction(view, source) if source is not None else None,
        content=view.chars(*content),
        target=view.chars(*target) if target is not None else None,
        target_mode=target_mode,
        participle_of=participle_of,
        anaphoric=anaphoric,
        shares_source=shares_source,
        upgraded=upgraded,
    )
    if split is not None:
        first_piece, second_piece = split
        draft.core_end = view.chars(*first_piece)[1]
        draft.extra_content = view.chars(*second_piece)
        quotes = [_quote_of(view, *first_piece), _quote_of(view, *second_piece)]
        draft.quote = " ".join(q for q in quotes if q) or None
    else:
        draft.quote = _quote_of(view, *content)
    return draft


def _past_object(view: SentenceView, after: int, frame: str) -> int:
    """Where a content can open after a cue's recipient or topic ("told reporters, ...")."""
    if after >= view.size:
        return after
    if frame == "tell":
        recipient = _recipient(view, after)
        return recipient[1] if recipient is not None else after
    if frame == "say" and view.lowers[after] in ("of", "about"):
        for probe in range(after + 1, min(view.size, after + 9)):
            if view.tokens[probe].text == ",":
                return probe
            if not view.is_word(probe) and view.tokens[probe].text not in (".", "'", "\u2019"):
                break
    return after


def _content_before(view: SentenceView, source_first: int) -> tuple[int, int] | None:
    """The content before an inverted or trailing attribution ("“...,” he said")."""
    end = source_first
    while end > 0 and view.tokens[end - 1].text in (",", ":", "-", "\u2014") and not (
        view.inside_quote[end - 1]
    ):
        end -= 1
    clause = 0
    for index in range(end - 1, -1, -1):
        if view.tokens[index].text == ";":
            clause = index + 1
            break
    if end > 0 and view.tokens[end - 1].text in _CLOSERS:
        close = end - 1
        start = view.quote_pairs.get(close)
        if start is not None and start < close:
            # the whole quotation, from its opening mark; with the words it continues
            # when it closes a clause begun outside it ("''They hurt'' but ''we must,''")
            if start > clause and (view.is_word(start - 1) or view.tokens[start - 1].text in (
                _CLOSERS
            )) and not any(
                view.lowers[i] in view.lexicon.verbs and not view.inside_quote[i]
                for i in range(clause, start)
            ):
                return clause, end
            return start, end
    return _strip_content(view, clause, end)


def _inner_kinds(view: SentenceView, content: tuple[int, int], cues: Sequence[CueMatch]
                 ) -> list[ClaimKind]:
    """Kinds of first-person cues quoted inside a content ("We ... firmly warn the US")."""
    kinds = []
    for cue in cues:
        if content[0] <= cue.first < content[1] and view.inside_quote[cue.first]:
            window = view.lowers[max(content[0], cue.first - 5) : cue.first]
            if any(w in view.kinds.own_side for w in window) and not cue.negated:
                kinds.append(cue.kind)
    return kinds


_INNER_PRIORITY = (ClaimKind.DENIAL, ClaimKind.WARNING, ClaimKind.ALLEGATION,
                   ClaimKind.ADMISSION, ClaimKind.CONFIRMATION)


def assemble(text: str, sentence: Sentence, tokens: Sequence[Token], cues: Sequence[CueMatch],
             lexicon: Lexicon, lowers: Sequence[str] | None = None) -> list[Draft]:
    """Assemble the claims of one sentence.

    Args:
        text: The document text.
        sentence: The sentence.
        tokens: Its tokens.
        cues: Its cues, from :func:`claimkit.extract.cues.find_cues`.
        lexicon: The cue lexicon.
        lowers: The tokens' lowercase forms, when the caller has them already.

    Returns:
        One draft per cue that has a source and a content; participles share the source
        of the clause they hang on (resolved by the caller through ``participle_of``).
    """
    view = SentenceView(text, sentence, tokens, lexicon, lowers)
    usable = [c for c in cues if not view.inside_quote[c.first]]
    relayed = _relayed(view, usable)
    if relayed is not None:
        return [relayed]
    hedges = [c for c in usable if c.frame == "hedge" or (
        c.word.lemma == "allege" and _attributive(view, c)
        and view.lowers[c.last] in view.kinds.wrongdoing  # "the alleged gunman"
    )]
    if hedges:
        usable = [c for c in usable if c not in hedges]
    drafts: list[Draft | None] = []
    starts = [c.first for c in usable]
    for position, cue in enumerate(usable):
        if cue.word.pos == "noun":
            draft = _assemble_nominal(view, cue, starts)
        else:
            draft = _verb_draft(view, cue, position, usable, drafts, starts)
        if draft is not None and draft.content is not None:
            token_range = _token_range(view, draft.content)
            if token_range is not None:
                draft.inner_kinds = _inner_kinds(view, token_range, cues)
                refined = sorted(
                    (k for k in draft.inner_kinds if k in _INNER_PRIORITY),
                    key=_INNER_PRIORITY.index,
                )
                if refined and draft.kind in (ClaimKind.STATEMENT, ClaimKind.ALLEGATION):
                    draft.kind = refined[0]
                    draft.upgraded = False
                elif draft.kind in _READ_KINDS and not draft.cue.negated and (
                    draft.cue.word.commitment != "uncommitted"
                    and draft.cue.frame not in _UNREAD_FRAMES
                    and draft.cue.word.lemma not in view.kinds.unread_cues
                ):  # a wish, plan or refusal ("declined to say whether ...") asserts nothing
                    _read_kind(view, draft, token_range)
                if draft.kind is ClaimKind.ALLEGATION:
                    supplier = _supplier(view, *token_range)
                    if supplier is not None:
                        draft.supplier = view.chars(*supplier)
        drafts.append(draft)
    # participles take the source of the clause they hang on
    for draft in drafts:
        if draft is None or draft.participle_of is None:
            continue
        if 0 <= draft.participle_of < len(drafts):
            head = drafts[draft.participle_of]
            if head is not None and head.source is not None:
                draft.source = head.source
                draft.shares_source = True  # the subject sits outside the participle's clause
        if draft.source is None:
            subject = _subject_of_sentence(view, draft.cue.first)
            if subject is not None and draft.cue.first > subject[0]:
                draft.source = view.chars(*subject)
                draft.shares_source = True
    found = [d for d in drafts if d is not None and d.source is not None]
    if hedges and not found:  # a hedge speaks only where no one is named as the speaker
        draft = _hedge_draft(view, hedges[0])
        if draft is not None and draft.content is not None:
            token_range = _token_range(view, draft.content)
            if token_range is not None and draft.kind in _READ_KINDS:
                _read_kind(view, draft, token_range)
            if draft.kind in (ClaimKind.ALLEGATION, ClaimKind.DENIAL):
                found.append(draft)  # a hedged sentence that charges or denies nothing is
                # no claim worth a ledger line ("the deal was reportedly signed")
    return found


_READ_KINDS = frozenset({ClaimKind.STATEMENT, ClaimKind.CONFIRMATION})
"""Kinds whose cue leaves the claim's kind to its content."""
_UNREAD_FRAMES = frozenset({"urge", "warn"})
"""Frames whose content is a request or a threat, not an assertion."""


def _read_kind(view: SentenceView, draft: Draft, content: tuple[int, int]) -> None:
    """Let the content decide the kind of a claim whose cue does not (the kind stage)."""
    decision = content_kind(view.lowers, content[0], content[1], view.kinds)
    if decision is None:
        return
    draft.kind = decision.kind
    draft.kind_rule = decision.rule
    draft.kind_words = [view.chars(a, b) for a, b in decision.words]
    if decision.kind is ClaimKind.DENIAL:
        draft.target_mode = "context"
    else:
        draft.upgraded = True
        if draft.target is None:
            draft.target_mode = "content"


def _token_range(view: SentenceView, chars: tuple[int, int]) -> tuple[int, int] | None:
    """The tokens inside a character span: (first, last+1), or None when there are none."""
    # tokens are in order and do not overlap, so their starts and ends both ascend
    first = bisect.bisect_left(view.tokens, chars[0], key=_token_start)
    last = bisect.bisect_right(view.tokens, chars[1], key=_token_end)
    if last <= first:
        return None
    return first, last


_token_start = operator.attrgetter("start")
_token_end = operator.attrgetter("end")
