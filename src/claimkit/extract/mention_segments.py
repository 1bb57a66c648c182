"""Segments of actor mentions: the longest-match lookup that groups mention tokens.

``_Matcher`` groups the tokens of a region (made by ``_tokens`` in
:mod:`claimkit.extract.mention_tokens`) into *segments*, each with a category: a
gazetteer name (``gaz``), a title, a role noun for one person (``head``) or a group
(``group``), a generic state body, an organisation or document noun, a modifier, a
determiner, a pronoun, an unknown capitalised word (``name``) or a plain word; it looks
token sequences up in the gazetteer and the role lexicon, longest first, and settles a
word whose category depends on its neighbours ("New York", "Theresa May", "De Blasio").
``_matcher_for`` keeps one matcher per gazetteer and word lists.  The region pass of
:mod:`claimkit.extract.region_pass` reads the segments left to right.
"""

from __future__ import annotations

from typing import Any

from claimkit.extract.gazetteer import Gazetteer
from claimkit.extract.mention_tokens import _MEMO_SIZE, _Category, _Segment, _Token
from claimkit.extract.roles import Body, MentionWords, RoleLexicon, mention_words, role_lexicon
from claimkit.extract.segment import (
    capitalised_after_quotation,
    capitalised_inside,
    titled_short_name,
)
from claimkit.lexicon import GazetteerEntry, NameForm, normalise_word
from claimkit.model import ActorKind


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
            tuple[str, bool, bool, bool],
            tuple[_Category, GazetteerEntry | None, NameForm | None, str | None, Body | None]
            | None,
        ] = {}
        """One-token classifications by (spelling, possessive, whether a name follows, whether
        an organisation's head word follows: "Premier League")."""

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
        demonyms = False  # whether a nationality was found (for _national_institutions)
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
            inside_name = best is not None and token.cap and bool(segments) and not (
                segments[-1].possessive
            ) and (  # a capitalised role word inside a name ("Kim Jong Un"), or "The Denver Post"
                (segments[-1].category == "name" and best.category in ("mod", "head", "group",
                                                                        "det"))
                or self._outlet_name_end(best, segments[-1], key)
            ) and not self._place_word_title(best, segments, tokens)
            if best is not None and not inside_name:
                best.index = len(segments)
                append(best)
                if best.category in _REVISIT and (best.category == "body" or tokens[i].cap):
                    revisit.append(best)  # only a body or a capitalised word may change
                elif best.form is NameForm.DEMONYM:
                    demonyms = True
                i = best.last
                continue
            key = token.key
            if best is None and token.cap and "-" in token.text:
                hyphenated = self._hyphenated(token, i)
                if hyphenated is not None:
                    demonyms = demonyms or hyphenated.form is NameForm.DEMONYM
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
            elif key in words.personal_pronouns and not (
                token.cap and segments and segments[-1].category == "title" and i + 1 < n
                and titled_short_name(token.text, True, tokens[i + 1].text)
            ):  # "he's", "it's": contractions, not possessives; not "Vice Premier He Lifeng"
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
                and tokens[segment.first].key in self.lexicon.org_heads
                and index > 0
                and segments[index - 1].category == "name"
                and not segments[index - 1].possessive
            ):
                segment.category = "name"  # "Corruption Watch": an organisation word ends a name
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
                and (capitalised_inside(tokens[segment.first].text, tokens[segment.first - 1].text)
                     or (index + 1 < count and segments[index - 1].category == "title"
                         and segments[index + 1].category == "name" and titled_short_name(
                             tokens[segment.first].text, True, tokens[segment.first + 1].text))
                     or (segment.first > 1 and capitalised_after_quotation(*(
                         tokens[at].text for at in range(segment.first, segment.first - 3, -1)))))
            ):
                # a short function word capitalised inside a sentence is a name: "but So Se
                # Pyong, the ambassador", "but So said", '"...," So said' (a surname used
                # alone is checked later)
                segment.category = "name"
            if (
                segment.category == "body"
                and index + 1 < count
                and segments[index + 1].category in ("body", "mod")
            ):
                segment.category = "mod"
        if demonyms:  # gazetteer segments keep their category and form from here on
            self._national_institutions(segments)
        return segments

    def _national_institutions(self, segments: list[_Segment]) -> None:
        """Read an institution noun after an article and a nationality as an organisation noun.

        "A Nigerian hospital denied that the patient had been neglected": the hospital
        speaks, an organisation of Nigeria, not Nigeria. Alone ("the school") or in a
        name ("Western High School") the noun is left as it is.
        """
        institutions = self.lexicon.institution_nouns
        for index in range(1, len(segments) - 1):
            nationality = segments[index]
            if nationality.category != "gaz" or nationality.form is not NameForm.DEMONYM:
                continue  # tested first: a nationality is rarer than a plain word
            article, segment = segments[index - 1], segments[index + 1]
            if (
                segment.category == "word" and not segment.possessive
                and isinstance(segment, _Token) and (segment.key,) in institutions
                and article.category == "det" and isinstance(article, _Token)
                and article.key in ("a", "an", "the")
            ):
                segments[index + 1] = _Segment(
                    segment.first, segment.last, "orgnoun", segment.start, segment.end,
                    role=segment.key, index=index + 1,
                )

    @staticmethod
    def _outlet_name_end(best: _Segment, before: _Segment, key: str) -> bool:
        """Whether an outlet's one-word short name ends another outlet's name.

        "The Denver Post", "The Manila Times": "the Post" and "the Times" are short names
        of the Washington Post and the New York Times, but a place or name just before
        makes a paper of its own.
        """
        entry = best.entry
        return (
            best.category == "gaz" and best.last - best.first == 1 and entry is not None
            and entry.kind is ActorKind.MEDIA_OUTLET and len(entry.name.split()) > 1
            and normalise_word(entry.name.split()[-1]) == key
            and (before.category == "name" or (
                before.category == "gaz" and before.form is NameForm.NAME
            ))
        )

    def _place_word_title(
        self, best: _Segment, segments: list[_Segment], tokens: list[_Token]
    ) -> bool:
        """Whether a role word after a place word titles the name that follows it.

        In "City Councilwoman Dana Whitcomb" or "County Supervisor Ann Lee" the word
        before the role ("City", "County": a word that heads no actor's name) only says
        which council; the role word is a title, not part of a name "City Councilwoman
        Dana Whitcomb".  "Kim Jong Un" (no place word before) stays one name, and so does a
        place word inside a longer name ("Brooklyn District Attorney Ken Thompson").
        """
        before = segments[-1]
        return (
            best.category == "head"
            and (len(segments) < 2 or not tokens[segments[-2].last - 1].cap)
            and before.last - before.first == 1
            and tokens[before.first].key in self.lexicon.not_actor_heads
            and _next_is_name(tokens, best.last)
        )

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
        token = tokens[i]  # segment() calls this only for a word that some key starts with
        prefixes = self.prefixes
        following = tokens[i + 1] if i + 1 < len(tokens) else None
        if (
            following is None
            or following.punct
            or (token.key, following.key) not in prefixes
        ):  # only the token itself can match: classify it once per spelling
            # (a possessive goes on only into a name: "the People's Republic of China")
            next_is_name = following is not None and following.cap
            memo_key = (token.text, token.possessive, next_is_name,
                         next_is_name and following is not None
                         and following.key in self.lexicon.org_heads)
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
            if token.possessive and not (
                j + 1 < len(tokens) and (*key, tokens[j + 1].key) in self.prefixes
            ):
                break  # a possessive ends a name, unless the name goes on past it
                # ("the Democratic People's Republic of Korea")
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
            if key in lexicon.titles and (len(key) > 1 or _next_is_name(tokens, j)) and not (
                _org_head_next(tokens, j, lexicon)
            ):  # "Premier Li Qiang", not "the Premier League" (an organisation's name)
                return _Segment(
                    i, j, "title", start, end, role=lexicon.titles[key], possessive=possessive
                )
        if key in lexicon.bodies:
            return _Segment(
                i, j, "body", start, end, body=lexicon.bodies[key], possessive=possessive
            )
        if key in lexicon.person_heads and not (
            tokens[i].cap and _org_head_next(tokens, j, lexicon)
        ):  # not "Premier" in "the Premier League"
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
_REVISIT = frozenset({"mod", "stop", "det", "body"})
"""Categories :meth:`_Matcher.segment` may change after seeing the next segment."""


def _org_head_next(tokens: list[_Token], j: int, lexicon: RoleLexicon) -> bool:
    """Whether an organisation's capitalised head word follows: "Premier League"."""
    return j < len(tokens) and tokens[j].cap and tokens[j].key in lexicon.org_heads


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
