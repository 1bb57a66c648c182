"""The sentence view claim assembly reads: tokens with their quotations, brackets and word classes.

:class:`SentenceView` holds one sentence's tokens with their lowercase forms, which
tokens sit inside quotation marks, where each quotation and parenthesis closes, and the
lexicons; the word classes below (quotation marks, auxiliaries, clause stops, ...) are
shared by the modules that find sources (:mod:`claimkit.extract.source_spans`) and
contents (:mod:`claimkit.extract.content_spans`).
"""

from __future__ import annotations

import bisect
import operator
from collections.abc import Sequence

from claimkit.extract.cues import Lexicon
from claimkit.extract.kinds import KindLexicon, kind_lexicon
from claimkit.extract.segment import Sentence, Token, split_sentences
from claimkit.extract.segment import lowers as _lowers
from claimkit.extract.segment import words as _words

__all__ = ["SentenceView"]

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
    last yesterday today tonight earlier later this on to via from with and but over amid about
    against
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
    ["after", "before", "while", "when", "by", "upon", "since", "without", "in"]
)
_SUBORDINATORS = frozenset(
    _words("though although while whereas because since if unless when after before as")
)


class SentenceView:
    """Tokens of one sentence with the look-ups the assembler needs."""

    def __init__(self, text: str, sentence: Sentence, tokens: Sequence[Token],
                 lexicon: Lexicon, lowers: Sequence[str] | None = None,
                 kinds: KindLexicon | None = None) -> None:
        self.text = text
        self.sentence = sentence
        self.tokens = tokens
        self.lowers = _lowers(tokens) if lowers is None else lowers
        self.lexicon = lexicon
        self.kinds = kinds if kinds is not None else kind_lexicon()
        """The kind stage's lexicons: the ones handed over, else the shipped ones."""
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
        self.passage = False
        self.passage_close = -1
        self.passage_first_end = -1
        """Where the first sentence of a quoted passage ends (a character offset)."""
        """The index of the closing mark of a quoted passage (-1 when none closes it)."""
        """Whether the sentence is one quotation that opens it and runs to its end: a
        passage quoted from a report ("“Sen. Lindsey Graham said Thursday that ...”"),
        whose own attributions are read (see :meth:`_quoted_passage`)."""
        if open_at == 0 or (open_at < 0 and 0 in self.quote_pairs
                            and self.quote_pairs[0] >= self.size - 2):
            self._quoted_passage()
        elif open_at >= 0:  # an unclosed quotation runs to the sentence's end
            self._mark(open_at, len(tokens))
        self.openers = [i for i in marks if tokens[i].text in _OPENERS and not self.inside_quote[i]
                        and not (self.passage and i in (0, self.passage_close))]
        """Indices of the marks outside quotations that can open one, in order."""

    def _quoted_passage(self) -> None:
        """Unmark a quotation that is the whole sentence, when it reports in the third person.

        A sentence that is a quotation from end to end (or opens one that runs on past it,
        as a quotation of several paragraphs does) is either a speaker's words or a passage
        quoted from another text. Its inner attributions are read as the sentence's own when
        it opens a paragraph with a capitalised word that is not a pronoun or a first-person
        word ("“Sen. Lindsey Graham said ...", "“King said Petraeus' testimony differed
        ..."); "“We never said that,”", "“I told them ...”" and a quotation that goes on
        after its attribution ("“...,” he said. “The Bible tells us ...”") stay quoted.
        """
        end = self.quote_pairs.get(0, self.size)
        opening = self.text[max(0, self.sentence.start - 40) : self.sentence.start].rstrip(" \t")
        stop = self.tokens[end].start if end < self.size else self.sentence.end
        inner = split_sentences(self.text, self.tokens[1].start, stop)
        first_end = inner[0][1] if inner else stop
        if self.size < 3 or not self.is_capital(1) or self.lowers[1] in _SPEAKING_PRONOUNS or (
            opening and not opening.endswith("\n")  # a speaker's quotation goes on
        ) or _quoting_before(self.text, self.sentence.start) or not self.kinds.own_side.isdisjoint(
            self.text[self.tokens[1].start : first_end].lower().replace("\u2019", "'").split()
        ):  # "“...,” Obi said.\n\n“Prosecutors say I laundered money.": Obi goes on
            if end >= self.size:
                self._mark(0, self.size)
            return
        self.passage = True
        self.passage_first_end = first_end
        if end < self.size:
            del self.quote_pairs[0], self.quote_pairs[end]
            self.inside_quote[1:end] = [False] * (end - 1)
            self.passage_close = end

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


def _quoting_before(text: str, start: int) -> bool:
    """Whether the paragraph before ``start`` quotes someone, who may go on quoting.

    A mark that only opens that paragraph ("“The hearing was closed ...") is a passage of
    several paragraphs, not a speaker's quotation.
    """
    end = len(text[:start].rstrip())
    begin = max(text.rfind("\n", 0, end) + 1, end - 2000)
    before = text[begin:end].lstrip()
    if before[:1] in ('"', "\u201c"):
        before = before[1:]
    return any(mark in before for mark in ('"', "\u201c", "\u201d", "''"))


_SPEAKING_PRONOUNS = frozenset(_words(
    """
    i we you he she they it my our your his her their this that these those there here
    everybody everyone anybody anyone somebody someone nobody people all many some most
    if when as but and so yes no let look well now then
    """
))
"""Capitalised words that open a speaker's own words, not a passage quoted from a report."""


_TRAILING = frozenset(["according", "adding", "saying", "citing", "noting", "insisting"])


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
