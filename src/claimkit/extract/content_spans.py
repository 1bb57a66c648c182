"""Content spans: what is said, where its clause ends, and the objects around a cue.

The content after a cue (past "that", time and setting adjuncts, a recipient: "told
reporters that"), before an inverted or trailing attribution ("'...,' he said"), and
where a clause ends (a contrast, a semicolon, a trailing attribution, a coordinated cue,
a channel phrase); the quoted words of a direct quote; the object noun phrases of a
frame: the accused ("accused *North Korea* of"), the recipient ("told *The Huffington
Post*"), a claim noun ("denies US *claims*") and the supplier of an arms transfer.
"""

from __future__ import annotations

import bisect
from collections.abc import Sequence

from claimkit.extract.channel_words import CHANNEL_NOUNS, CHANNEL_PARTICIPLES
from claimkit.extract.segment import words as _words
from claimkit.extract.sentence_view import (
    _ASIDES,
    _CLOSE_Q,
    _CLOSERS,
    _HAVE_BE,
    _NP_STARTERS,
    _OPENERS,
    _QUOTES,
    _STRAIGHT,
    _SUBJECT_PRONOUNS,
    _TRAILING,
    SentenceView,
)
from claimkit.extract.source_spans import _apposition_ahead


def _pronoun_that(view: SentenceView, index: int, last: int) -> bool:
    """Whether the "that" at ``index`` is a pronoun object, not a complementizer.

    "Newsom dismissed that.", "brushed that off", "denied that, saying ...": the sentence
    ends, a particle follows, or a comma and a participle.
    """
    following = index + 1
    return following >= last or view.tokens[following].text in (".", "!", "?", ";") or (
        view.lowers[following] in _PARTICLES
    ) or (  # "Zenvia denied that, saying ...": not "said that, if elected, he would"
        view.tokens[following].text == "," and following + 1 < view.size
        and view.lowers[following + 1].endswith("ing")
    )


def _strip_content(view: SentenceView, first: int, last: int) -> tuple[int, int] | None:
    """Trim connectives and outer punctuation (keeping quotation marks) from a token range."""
    while first < last and (view.lowers[first] in ("that", ",", ":", "-", "\u2014", "\u2013")
                            or view.tokens[first].text in (",", ":")):
        if view.lowers[first] == "that" and _pronoun_that(view, first, last):
            break  # "dismissed that.", "brushed that off": the pronoun is the object
        first += 1
    while last > first and (view.tokens[last - 1].text in (",", ".", ";", ":", "-", "\u2014",
                                                           "\u2013", "?", "!")
                            or last - 1 == view.passage_close):
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
        if word in ("while", "whereas") and index > start and next_cue(index) == index + 1 and (
            not depth_quote
        ):
            return index  # "seeking to prove her credentials while painting her rival as"
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


def _cited_aside_end(view: SentenceView, index: int) -> int:
    """Where a "citing ..." aside between a cue and its "that" ends (at "that"), or 0."""
    for probe in range(index + 1, min(view.size - 1, index + 12)):
        if view.tokens[probe].text == ",":
            return probe + 1 if view.lowers[probe + 1] == "that" else 0
    return 0


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
        elif word in ("citing", "quoting") and (cited := _cited_aside_end(view, index)):
            index = cited  # "reported, citing leaked emails, that ..."
        elif word in ("on", "last", "this", "next") and index + 1 < view.size and (
            view.lowers[index + 1] in _WEEKDAYS
            or view.lowers[index + 1] in ("week", "month", "year", "night", "morning")
        ):
            index += 2
        elif word in ("in", "during", "on", "at") and index + 2 < view.size and any(
            view.lowers[j] in CHANNEL_NOUNS for j in range(index + 1, min(view.size, index + 5))
        ) and not view.inside_quote[index]:
            end = next(j for j in range(index + 1, min(view.size, index + 5))
                       if view.lowers[j] in CHANNEL_NOUNS)
            index = end + 1
            if index < view.size and view.lowers[index] in CHANNEL_PARTICIPLES:
                index += 1  # "said in a report published on Thursday": the report's, no content
        else:
            break
    return index


_PARTICLES = frozenset({"off", "aside", "away"})
"""Particles of a phrasal verb split by its object ("brushed that off")."""
_NEW_CLAUSE = frozenset({"but", "yet", "although", "though", "whereas"})
"""Conjunctions after a comma that open a clause of their own, not a cue's content."""
_CLAUSE_WORDS = frozenset({"is", "was", "were", "are", "be", "been", "being", "has", "have",
                           "had", "no", "not", "never", "nothing", "false", "untrue", "true",
                           "wrong", "there"})
"""Words that make the words before a "that" a clause of their own rather than an adjunct."""


_FAILED_TO = frozenset({"failed", "fails", "failing", "refused", "declined", "lacked", "lacks"})
"""Verbs of a clause's own subject before a "that" ("the petitioner failed to present evidence
that ...")."""


def _content_right(view: SentenceView, start: int, cue_starts: Sequence[int],
                   *, skip_object: bool = False, first_comma: bool = False
                   ) -> tuple[int, int] | None:
    """The content after a cue: skips "that", a recipient ("told reporters that")."""
    index = _skip_adjuncts(view, start)
    if start < index < view.size and view.tokens[index - 1].text == "," and (
        view.lowers[index] in _NEW_CLAUSE
    ):
        return None  # "declined to comment, but an official said ...": a clause of its own
    # "stated earlier this month that", "told reporters that"
    for probe in range(index, min(view.size, index + 7)):
        text = view.tokens[probe].text
        if view.lowers[probe] in view.lexicon.claim_nouns or (
            view.lowers[probe] in _PROPOSITION_NOUNS and probe + 1 < view.size
            and view.lowers[probe + 1] == "that"
        ):
            break  # "denies US claims that ...", "rejected the idea that": the object
        if view.lowers[probe] in ("and", "or", "but") and probe > index:
            break  # "said his comments were mischaracterized and that ...": two contents
        if view.lowers[probe] in _CLAUSE_WORDS or (
            probe > index and view.lowers[probe] in _FAILED_TO
        ):
            break  # "said there was no evidence that ...", "found no sign that ...", "said
            # the petitioner failed to present evidence that ...": the words before "that"
            # are the content's own, not a recipient or a setting
        if view.lowers[probe] == "that" and not view.inside_quote[probe]:
            if probe == index and _pronoun_that(view, probe, view.size):
                break  # "dismissed that.", "brushed that off": a pronoun, the object itself
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


_VERB_AFTER_SUBJECT = frozenset(_words(
    "was is were are had has have did does would will could can should may might must lied "
    "never"
))
"""Words that, right after a name, show the name is a clause's subject, not who was told."""


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
        if index - start >= 2 and index < view.size and view.is_capital(index - 1) and (
            view.lowers[index] in _VERB_AFTER_SUBJECT
        ):
            index -= 1  # "told Reuters Kim was not in bad health": Kim opens the content
        return start, index
    end = index
    while end < view.size and end < index + 3 and view.is_word(end) and (
        view.lowers[end] not in ("that", "he", "she", "it", "they", "we", "i", "on", "in", "at",
                                 "the", "a", "an", "there")
    ):
        end += 1
    return (start, end) if end > start else None


_PROPOSITION_NOUNS = frozenset({"idea", "ideas", "notion", "notions", "premise", "perception"})
"""Nouns that stand for a claim only before its "that" ("the idea that ...", not "the idea of a
minimum wage hike")."""


def _has_claim_noun(view: SentenceView, first: int, last: int) -> int | None:
    """Index of a claim noun ("claims", "allegations") heading the object, if any."""
    for index in range(first, min(last, first + 6)):
        word = view.lowers[index]
        if word in view.lexicon.claim_nouns or (
            word in _PROPOSITION_NOUNS and index + 1 < last and view.lowers[index + 1] == "that"
        ):
            return index  # "rejected the idea that the changes amounted to a shake-up"
        if word in ("that", "of", "about", "for") and index > first:
            return None  # not "rejected calls for an independent investigation"
    return None


def _anaphoric(view: SentenceView, first: int, last: int) -> bool:
    words = view.lowers[first:min(last, first + 3)]
    if not words:
        return False
    if words[0] in ("it", "this", "that", "them", "these", "those", "so"):
        return True
    determiner = words[0] in ("the", "such", "these", "those", "this", "a", "an", "any")
    for index in range(1, len(words)):
        if determiner and words[index] in view.lexicon.claim_nouns:
            # "the notion that the episode should be forgotten" says what it rejects
            after = first + index + 1
            return not (after < last and view.lowers[after] == "that")
    return False


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
    while end > 0 and view.tokens[end - 1].text in (",", ":", "-", "\u2014", ";") and not (
        view.inside_quote[end - 1]
    ):
        end -= 1  # "Moldova says Russia paid voters; Kremlin denies"
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
    if end - clause == 1 and view.lowers[clause].endswith("ly"):
        return None  # "Essentially, the lawyers ... found": a sentence adverb is no content
    return _strip_content(view, clause, end)


_MARKS = "\u201c\u201d\"'"


def _proposition_text(text: str) -> str:
    """The content as a clean sentence: no "that", outer quotation marks or end punctuation.

    Inner quotations stay balanced: 'the report as "fake news,"' -> 'the report as "fake
    news"'.
    """
    cleaned = " ".join(text.split())
    if cleaned.lower().startswith("that "):
        cleaned = cleaned[5:]
    core = cleaned.strip(" ,;:" + _MARKS).rstrip(".,").strip()
    opened = sum(core.count(m) for m in ("\u201c",)) - core.count("\u201d")
    straight = core.count('"') % 2
    if opened > 0 and not core.startswith("\u201c"):
        core += "\u201d"
    elif straight and not core.startswith('"'):
        core += '"'
    return core


def _partys_words(view: SentenceView, first: int, last: int) -> bool:
    """Whether a content opens with a party's words or doubts: "Trump's remarks", "concerns".

    Rejecting what another party said ("Netanyahu rejects Trump's remarks about Muslims",
    "China dismissed the US remarks") rejects it as a claim; rejecting "the proposal" or
    "the offer" does not.
    """
    window = range(first, min(last, first + 5))
    for index in window:
        if view.lowers[index] in _DOUBTS:
            return True  # "brushed off these concerns", "dismissed questions about"
        if view.lowers[index] in _SPOKEN_WORDS:
            return any(
                view.lowers[i] in _POSSESSIVES or view.lowers[i] in ("'s", "\u2019s", "'")
                or view.lowers[i].endswith(("'s", "\u2019s"))
                or (view.is_capital(i) and view.is_word(i))  # "the US remarks", "Trump comments"
                for i in range(first, index)
            )
    return False


_SPOKEN_WORDS = frozenset({"remarks", "remark", "comments", "comment", "statement",
                           "statements", "words", "rhetoric", "tweets", "tweet"})
"""Nouns for what a party said, which a rejection answers."""
_POSSESSIVES = frozenset({"his", "her", "their", "its", "your"})
_DOUBTS = frozenset({"concerns", "questions", "doubts", "worries", "complaints", "attack",
                     "attacks"})
"""Doubts and attacks raised against a party, which a rejection answers."""


def _relative_before_aside(view: SentenceView, back: int) -> int | None:
    """The relative pronoun before a comma-enclosed aside that ends at ``back``.

    "a statement that, while condemning violence, accused ...": the subject of the verb
    after the aside is "that" (the statement).
    """
    if back < 2 or view.tokens[back].text != ",":
        return None
    for index in range(back - 1, max(0, back - 12), -1):
        if view.tokens[index].text == ",":
            before = index - 1
            if before >= 0 and view.lowers[before] in ("that", "which", "who"):
                return before
            return None
    return None
