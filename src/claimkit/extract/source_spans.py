"""Source spans: the noun phrase that names who speaks, around a cue.

Before the cue ("Vedant Patel, deputy spokesperson for the US Department of State,
denied", with appositions, dashes and relative clauses), after it in an inverted
attribution ("..., said the deputy director, a Republican from Georgia"), after
"according to", the subject of the main clause (for participles and infinitives), and
the possessor of a nominal cue ("US allegations", "Guterres' condemnation").
"""

from __future__ import annotations

import re

from claimkit.extract.anonymous_sources import clause_before
from claimkit.extract.cues import AUXILIARIES, CueMatch
from claimkit.extract.noun_phrases import (
    _abbreviation_end,
    _looks_like_actor_np,
    _np_left,
    _quoted_title,
    _relative_clause_head,
    _relative_clause_subject,
    _relative_that,
    _skip_aux_left,
)
from claimkit.extract.roles import names_people, role_lexicon
from claimkit.extract.segment import words as _words
from claimkit.extract.sentence_view import (
    _ASIDES,
    _COORDINATORS,
    _HAVE_BE,
    _QUOTES,
    _RIGHT_STOPS,
    _SUBJECT_PRONOUNS,
    _TIME_TAIL,
    _TRAILING,
    SentenceView,
)

_OBJECT_TAKERS = frozenset({"of", "on", "in", "for", "with", "to", "about", "at", "by", "from",
                            "into", "over", "against", "without", "like", "than", "as"})
"""Prepositions whose object a pronoun after them is ("some of it mentioning")."""


_PARTIAL_LISTS = frozenset({"including", "among", "especially", "notably", "like", "such"})
"""Words that open an aside naming some of a group ("Democrats -- including Clinton --")."""


def _source_left(view: SentenceView, cue_first: int) -> tuple[tuple[int, int] | None, int]:
    """The source before a cue: ((first, last), index of the first auxiliary)."""
    aux = _skip_aux_left(view, cue_first - 1)
    if aux < 0:
        return None, cue_first
    anonymous = clause_before(view.lowers, aux + 1)
    if anonymous is not None and anonymous[1] > 0:
        # "A senior official who asked not to be named said": the official, before the
        # clause that withholds the name (anonymous_sources)
        head = _np_left(view, anonymous[1] - 1, limit=12)
        if head is not None and head[1] == anonymous[1]:
            return head, aux + 1
    timed = _skip_time_left(view, aux)
    if timed < aux and timed > 0 and (
        view.tokens[timed].text == "," or view.lowers[timed] in ("who", "which")
    ):
        # "Glenn Beck, who ..., on Friday declared", "the LECC, which last year found":
        # the time is no speaker
        aux = timed
    end = aux
    token = view.tokens[end].text
    if view.lowers[end] in ("who", "which") and end > 0:
        return (end, end + 1), aux + 1  # "..., who said ...": the relative pronoun
    if (view.lowers[end] in _SUBJECT_PRONOUNS or view.lowers[end] == "it") and end > 0 and (
        view.is_word(end - 1)
        and view.lowers[end - 1] not in _OBJECT_TAKERS  # not "several included on it told"
    ):
        # "a Russian diplomat it accused of meddling", "who he accused of": the pronoun is
        # the subject, the noun before it the object of a relative clause
        return (end, end + 1), aux + 1
    if view.lowers[end] == "that" and end > 0 and _relative_that(view, end):
        # "a Washington Post editorial that accuses Sanders of ...": the relative pronoun,
        # resolved like "who" and "which" to the noun before it
        return (end, end + 1), aux + 1
    double = token == "-" and end > 3 and view.tokens[end - 1].text == "-"
    if double:
        end -= 1  # "Democrats -- including Clinton -- accused": a dash typed as two hyphens
        token = "--"
    if token in ("\u2014", "\u2013", "--") and end > 2:
        # a dash apposition: "Jo Sims — a teacher from Leeds — says ..."
        for dash in range(end - 2, max(0, end - 20), -1):
            text = view.tokens[dash].text
            if double and text == "-" and view.tokens[dash - 1].text == "-":
                text, dash = token, dash - 1
            if text == token:
                head = _np_left(view, dash - 1, limit=8)
                if head is not None and head[1] == dash and any(
                    view.is_capital(i) for i in range(*head)
                ):
                    if view.lowers[dash + (2 if double else 1)] in _PARTIAL_LISTS:
                        return head, aux + 1  # "Democrats -- including Clinton -- accused"
                    return (head[0], end), aux + 1
                break
            if text in (",", ";", ":") or text in _QUOTES:
                break
        return None, aux + 1
    if token in _QUOTES and end > 1 and view.tokens[end - 1].text == "," and (
        _quoted_title(view, end)
    ):
        end -= 1  # "Joe Scarborough, host of MSNBC's “Morning Joe,” suggested": the comma
        token = ","
    if token == ",":
        relative = _relative_clause_head(view, end)
        if relative is not None:
            return relative, aux + 1
        # apposition: "Vedant Patel, deputy spokesperson for ..., denied", also with a
        # relative clause inside ("Parker Eaton, a Republican who voted for JFK, said")
        comma = end - 1
        while comma > 0 and end - comma < 35 and not (
            view.tokens[comma].text == "," and not view.inside_quote[comma]
        ):
            if view.tokens[comma].text in (";", ":") or (
                view.tokens[comma].text in _QUOTES and not _quoted_title(view, comma)
            ):
                return None, aux + 1
            comma -= 1
        limit = 12
        if comma > 2 and _place_tail(view, comma, end):
            # "Trump, speaking at a rally in Charleston, West Virginia, said": the state
            # after the town is inside the aside, which opens at the comma before; with no
            # comma before, the town ends the subject itself, as long as one with no comma
            # ("The families of those killed in the massacre at Sandy Hook Elementary School
            # in Newtown, Connecticut, have sued")
            limit = 25
            earlier = comma - 1
            while earlier > 0 and comma - earlier < 30 and view.tokens[earlier].text not in (
                ",", ";", ":"
            ):
                earlier -= 1
            if earlier > 0 and view.tokens[earlier].text == "," and not view.inside_quote[earlier]:
                comma = earlier
                limit = 12
        if comma <= 0 or view.tokens[comma].text != ",":
            head = _np_left(view, end - 1, limit=12)
            if head is not None and head[0] == 0 and view.is_capital(head[0]):
                if view.is_capital(cue_first):
                    head = _headline_subject(view, head)  # "Governor Signs Budget, Says"
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
        ) or (comma + 2 < end and view.lowers[comma + 2] == "by" and opener.isalpha()
              and not view.is_capital(comma + 1))  # "The complaint, seen by the Guardian,"
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
                    view.lowers[earlier + 1] in ("the", "a", "an")
                    or view.is_capital(earlier + 1)
                    or (earlier + 2 == comma and view.tokens[earlier + 1].text.isdigit())
                ):  # "Jacob Shiansky, 24, who ...": an age is no speaker
                    return (head[0], comma), aux + 1
        head = _np_left(view, comma - 1, limit=limit)
        if head is not None and head[1] - head[0] == 1 and view.tokens[head[0]].text.isdigit() and (
            head[0] > 1 and view.tokens[head[0] - 1].text == ","
        ):  # "Mark Jones, 45, of Bolton, denies": an age, then the home town, after the name
            head = _np_left(view, head[0] - 2, limit=12)
        if head is not None and _PARTY_TAG.fullmatch(
            "".join(view.tokens[i].text for i in range(*head))
        ) and head[0] > 1 and view.tokens[head[0] - 1].text == ",":
            # "Sen. Marco Rubio, R-Fla., appearing on Fox News, said": the party and state
            # tag stands for the name before it
            head = _np_left(view, head[0] - 2, limit=12)
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
    head = _relative_clause_subject(view, *np)
    if head is not None:
        return head, aux + 1  # "Officials who worked with Clinton said": the officials
    # "who" clause: "Kirby, who said ..." -> the noun phrase before "who"
    if np[0] > 0 and view.lowers[np[0] - 1] == "who" and np[0] == end + 1:
        return None, aux + 1
    return _coordinated_groups(view, np), aux + 1


def _coordinated_groups(view: SentenceView, np: tuple[int, int]) -> tuple[int, int]:
    """Two lowercase groups joined by "and" that open the sentence speak together.

    "Some pundits and news outlets claimed that ...": the source is the whole
    coordination, not its last group. Only when the first group opens the sentence with
    a count or an article and both name people or bodies in lowercase plurals: "Police
    arrested three protesters and witnesses said", "He met the families and relatives
    said" and "Sanders and allies" keep the last alone.
    """
    joint = np[0] - 1
    if joint < 1 or view.lowers[joint] != "and" or not _plural_group(view.lowers[np[1] - 1]) or (
        view.lowers[np[0]] in _OWNER_WORDS
    ):
        return np  # "The protesters and their lawyers said": the lawyers speak for them
    if not _plural_group(view.lowers[joint - 1]) or view.is_capital(joint - 1):
        return np  # "Sanders and allies": a name, for the joint claimants' reading
    start = joint - 1  # the first group: a count or article, up to two words, the noun
    while start > 0 and joint - start < 4 and view.is_word(start - 1) and not (
        view.is_capital(start - 1) and start - 1 > 0
    ) and view.lowers[start] not in _GROUP_OPENERS:
        start -= 1
    if view.lowers[start] not in _GROUP_OPENERS or not (
        start == 0 or (start == 1 and view.lowers[0] in _SENTENCE_LINKS)
    ):
        return np  # "He met the families and relatives said": no group opens the sentence
    return start, np[1]


def _plural_group(word: str) -> bool:
    """Whether a lowercase word names people or bodies in the plural ("pundits", "outlets")."""
    return len(word) > 3 and word.endswith("s") and names_people(word)


_GROUP_OPENERS = frozenset(_words("""
    some many several most other the few numerous dozens hundreds thousands two three four five
"""))
"""Counts and articles that open a group before its noun ("some pundits", "several residents")."""
_SENTENCE_LINKS = frozenset(_words("but and yet so still"))
_OWNER_WORDS = frozenset(_words("his her their its our my your"))
"""Words that may open a sentence before its subject ("But some pundits and outlets")."""


_NOT_VERB_ENDS = ("ss", "us", "is", "'s", "\u2019s", "ics")
"""Endings of capitalised words in "-s" that are no verbs ("Congress", "Politics")."""


def _headline_subject(view: SentenceView, head: tuple[int, int]) -> tuple[int, int]:
    """The subject of a title-case headline's first clause, before its own verb.

    "Governor Signs Budget, Says Critics 'Misleading Public'", "Smith Wins Primary, Says
    Rival Lied": the words before the comma are a clause whose subject speaks, so the phrase
    stops before the first verb in "-s" after a singular word. Not a plural noun of a name
    or a group ("Fox News Host", "Trump Allies Sue ...", "Senate Democrats"), nor a verb that
    ends the phrase ("Mayor Resigns, Says ...": nothing to cut from).
    """
    roles = role_lexicon()

    def people(word: str) -> bool:
        single = word[:-3] + "y" if word.endswith("ies") else word[:-1]
        return word in roles.org_heads or any(
            (form,) in roles.person_heads or (form,) in roles.group_heads
            for form in (word, single, word[:-2])
        )

    for index in range(head[0] + 1, head[1] - 1):
        word, before = view.lowers[index], view.lowers[index - 1]
        if not all(view.is_capital(i) for i in (index - 1, index, index + 1)):
            continue
        if before.endswith("s") and people(before) and not word.endswith("s") and not people(
            word
        ):
            return head[0], index  # "Trump Allies Sue Over Rolls, Say ...": a plural's verb
        if len(word) < 4 or not word.endswith("s") or word.endswith(_NOT_VERB_ENDS):
            continue
        if before.endswith("s") or people(word):
            continue  # "Senate Democrats Win", "Trump Allies", "Fox News", "Campaign Aides"
        return head[0], index
    return head


def _place_tail(view: SentenceView, comma: int, end: int) -> bool:
    """Whether the words between two commas name the state or country of a place before.

    "in Charleston, West Virginia,", "in Pasadena, Calif.,": a place after "in", "at",
    "from" or "near", then one to three capitalised words.
    """
    return 1 <= end - comma - 1 <= 3 and all(
        view.is_capital(i) or view.tokens[i].text == "." for i in range(comma + 1, end)
    ) and view.is_capital(comma - 1) and view.lowers[comma - 2] in ("in", "at", "from", "near")


_PARTY_TAG = re.compile(r"[RDI]-[A-Z][A-Za-z.]*")
"""A party and state tag after a lawmaker's name ("R-Fla.", "D-N.Y.")."""


def _skip_time_left(view: SentenceView, index: int) -> int:
    """Step left over a time adjunct ending at ``index`` ("on Friday", "last week", "today")."""
    at = index
    while at >= 0 and view.lowers[at] in _TIME_TAIL:
        at -= 1
    if at < index:
        if at >= 0 and view.lowers[at] in ("on", "last", "this", "early", "late"):
            at -= 1
        return at
    if view.lowers[index] in ("yesterday", "today", "tonight"):
        return index - 1
    return index


def _with_nickname(view: SentenceView, source: tuple[int, int]) -> tuple[int, int]:
    """A source that starts after a quoted nickname takes in the nickname and the name before.

    'John “Tig” Tiegen found': the quotation is part of the name, not a content before it.
    """
    first = source[0]
    close = first - 1
    if close < 3 or view.tokens[close].text not in _QUOTES or not view.is_capital(first):
        return source
    for opening in range(close - 1, max(-1, close - 4), -1):
        if view.tokens[opening].text in _QUOTES:
            inside = range(opening + 1, close)
            if inside and all(view.is_capital(i) for i in inside) and opening > 0 and (
                view.is_capital(opening - 1)
            ):
                start = opening - 1
                while start > 0 and view.is_capital(start - 1):
                    start -= 1
                return start, source[1]
            return source
    return source


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
    if word.endswith(_CONTRACTIONS):  # one test for the usual word, which has none
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


_CHARGE_LEADS = frozenset(_words("on amid amidst despite following facing over after under"))
"""Words before a charge noun that make the party before them its object, not its maker."""


def _nominal_source(view: SentenceView, cue: CueMatch) -> tuple[int, int] | None:
    """The source of a nominal cue: its possessor or modifier ("US", "Guterres'")."""
    index = cue.first - 1
    # skip adjectives between possessor and noun: "Guterres' recent condemnation"
    skipped = 0
    while index >= 0 and skipped < 2 and view.is_word(index) and not view.is_capital(index) and (
        view.lowers[index] not in ("the", "a", "an", "of", "his", "her", "its", "their")
    ):
        if view.lowers[index] in AUXILIARIES or view.lowers[index] in view.lexicon.verbs:
            return None  # "The PGA Tour has denied reports": the noun is the verb's object
        if view.lowers[index] in _CHARGE_LEADS:
            return None  # "arrested Smith on charges of fraud", "resigned amid allegations"
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
    if view.lowers[index] in view.lexicon.verbs:
        return None  # a headline in title case: "PGA Refute Claims Of ..."
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
