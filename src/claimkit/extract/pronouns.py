"""Pronouns in the region pass: "he", "it", "they" resolved to the actor they refer to.

A subject pronoun prefers the first fitting actor of the nearest sentence that has one,
an object pronoun the most recent one other than the subject just before its verb; "he"
and "she" skip people whose first name, title or role says otherwise; expletive "it"
("it is unclear") and "it" as the object of a verb ("denied it") are no mentions.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from claimkit.datelines import dateline_end
from claimkit.extract.mention_drafts import MentionKind, _Draft, _RegionState
from claimkit.extract.mention_tokens import _Segment
from claimkit.extract.roles import MentionWords
from claimkit.model import ActorKind, _unchecked_span

_EXPLETIVE_IT = re.compile(
    r"(?:(?:['\u2019]s|\s+(?:is|was|has\s+been|had\s+been|would\s+be|will\s+be|remains|remained))"
    r"(?:\s+not)?(?:\s+\w+ly)?\s+(?:clear|unclear|likely|unlikely|possible|impossible|true|false|"
    r"important|difficult|hard|easy|time|necessary|certain|uncertain|believed|thought|said|"
    r"reported|understood|known|unknown|expected|feared|alleged|claimed|hoped|estimated|"
    r"feared|worth|too|no\s+secret|a\s+shame)\b"
    r"|\s+(?:seems|seemed|appears|appeared|emerged|turns\s+out|turned\s+out)\s+(?:that|to|as)\b"
    r"|\s+(?:clear|unclear|hard|difficult|easy|possible|impossible|necessary|likely|unlikely)\b)",
    re.IGNORECASE,
)
_QUOTE_MARKS = ("\u201c", "\u201d", '"', "''", "\u2018", "\u2019")
_PERSONISH = frozenset({ActorKind.PERSON})
_THINGISH = frozenset(
    {ActorKind.STATE, ActorKind.GOVERNMENT_BODY, ActorKind.ORGANISATION, ActorKind.MEDIA_OUTLET}
)
_PLURALISH = frozenset({ActorKind.GROUP, ActorKind.STATE, ActorKind.ORGANISATION})
_GROUPISH = frozenset({ActorKind.GROUP})
_ADJUNCT_OPENERS = frozenset({
    "regarding", "after", "before", "following", "despite", "in", "on", "at", "during",
    "amid", "asked", "speaking", "addressing", "responding", "unlike", "like", "with",
    "without", "since", "for", "as",
})
"""Words that open an adjunct before a sentence's subject ("Regarding X's speech, ...")."""


class _Pronouns(_RegionState):
    """The part of the region pass that resolves pronouns."""

    def _pronoun(self, segment: _Segment, index: int) -> None:
        token = self.tokens[segment.first]
        key = token.key
        possessive = segment.category == "poss_pron" or key in self.words.possessive_pronouns
        if possessive and not self.standalone:
            return
        words = self.words
        kind = (words.possessive_pronouns if possessive else words.personal_pronouns).get(key)
        if kind is None:
            return
        if key == "it" and _EXPLETIVE_IT.match(self.text, token.end):
            return
        if key in ("it", "them") and not self.standalone and self._object_it(index):
            return
        wanted = {"person": _PERSONISH, "thing": _THINGISH, "plural": _PLURALISH}[kind]
        if key == "them":
            wanted = _GROUPISH

        gender = {"he": "m", "him": "m", "his": "m", "she": "f", "her": "f"}.get(key)

        def fits(draft: _Draft) -> bool:
            actor = draft.actor
            if draft.kind is MentionKind.DEMONYM and kind == "person":
                return False
            if gender is not None and draft.gender is not None and draft.gender != gender:
                return False
            # not a title in quotation marks: "the political equivalent of “The Truman Show.”"
            return actor.kind in wanted and not self._quoted_title(draft)

        previous = self.segments[index - 1] if index > 0 else None
        is_object = (
            previous is not None
            and previous.category == "word"
            and (self.tokens[previous.first].key in self.words.object_prepositions)
        )
        after_verb = (
            previous is not None
            and previous.category == "word"
            and not is_object
            and _looks_like_verb(self.tokens[previous.first].key, self.words)
        )
        antecedent: _Draft | None = None
        if not is_object and not after_verb and key == "they":
            antecedent = self._pair_antecedent()
        if antecedent is None and not is_object and not after_verb and key in (
            "he", "she", "it", "they"
        ):
            antecedent = self._subject_antecedent(fits)
        if antecedent is None:
            subject_end = self.segments[index - 2].end if after_verb and index >= 2 else -1
            candidates = (d for d in self._recent() if fits(d))
            antecedent = next(candidates, None)
            if antecedent is not None and antecedent.span.end == subject_end:
                # the object of a verb is not the subject just before it: "Washington accused it"
                antecedent = next(candidates, antecedent)
        if antecedent is not None:
            span = _unchecked_span(token.start, token.end)
            draft = _Draft(span, antecedent.actor, MentionKind.PRONOUN, gender=antecedent.gender)
            if draft.gender is None and gender is not None:
                draft.gender = "f" if gender == "f" else "m"
            self._emit(draft)

    def _quoted_title(self, draft: _Draft) -> bool:
        """Whether a mention is all that a quotation holds: a title, not someone named."""
        start, end = draft.span.start, draft.span.end
        before = self.text[max(0, start - 6) : start].rstrip()
        if before.lower().endswith("the"):
            before = before[:-3].rstrip()
        after = self.text[end : end + 3].lstrip(".,!?")
        return before.endswith(_QUOTE_MARKS) and after.startswith(_QUOTE_MARKS)

    def _object_it(self, index: int) -> bool:
        """Whether "it" is the object of a verb ("denied it"), which is seldom an actor.

        "accused it of", "urged it to" still name one.
        """
        segments = self.segments
        previous = segments[index - 1] if index > 0 else None
        if previous is None or previous.category != "word":
            return False
        if not _looks_like_verb(self.tokens[previous.first].key, self.words):
            return False
        following = segments[index + 1] if index + 1 < len(segments) else None
        return (
            following is None
            or self.tokens[following.first].key not in self.words.object_actor_next
        )

    def _subject_antecedent(self, fits: Callable[[_Draft], bool]) -> _Draft | None:
        """For a subject pronoun: the first fitting mention of the nearest sentence with one."""
        sentence: int | None = None
        best: _Draft | None = None
        named: _Draft | None = None  # "On the Republican side, candidate Donald Trump ..."
        after_adjunct: _Draft | None = None
        unquoted: _Draft | None = None  # the first mention outside a quotation
        for draft in self._recent():
            if sentence is not None and draft.sentence != sentence:
                break
            if not fits(draft) or self._in_dateline(draft):
                continue  # "NAIROBI, Kenya (Reuters) - The Athletics Integrity Unit ... It"
            if draft.kind is not MentionKind.PRONOUN:
                sentence = draft.sentence
                if best is not None and self._opening_adjunct_ends(draft, best):
                    after_adjunct = after_adjunct or best
                best = draft
                if not draft.actor.anonymous:
                    named = draft
                if not self._quoted(draft):
                    unquoted = draft
            elif sentence is None:
                return draft
        if best is not None and unquoted is not None and unquoted is not best and (
            self._quoted(best) and not unquoted.actor.anonymous
        ):
            # '"Joe Biden has failed America," Donald Trump said. He added ...': the one
            # who spoke, not the one the quotation named
            return unquoted
        if after_adjunct is not None and best is not None and not after_adjunct.actor.anonymous:
            # "Regarding Trump's rhetoric following Khizr Khan's speech, Woods shared ...":
            # the people of an opening adjunct are not the sentence's subject
            return after_adjunct
        return named if best is not None and best.actor.anonymous and named else best

    def _quoted(self, draft: _Draft) -> bool:
        """Whether a mention stands inside a quotation opened earlier in its paragraph."""
        line = self.text.rfind("\n", 0, draft.span.start) + 1
        before = self.text[line : draft.span.start]
        return before.count("\u201c") > before.count("\u201d") or before.count('"') % 2 == 1

    def _in_dateline(self, draft: _Draft) -> bool:
        """Whether a mention is in the dateline opening its paragraph ("LAGOS (Reuters) -")."""
        line = self.text.rfind("\n", 0, draft.span.start) + 1
        story = dateline_end(self.text, line, min(len(self.text), line + 80), labels=False)
        return story is not None and draft.span.end <= story

    def _opening_adjunct_ends(self, first: _Draft, later: _Draft) -> bool:
        """Whether ``first`` lies in an adjunct opening its sentence that ends before ``later``.

        The sentence opens with a preposition or a participle ("Regarding", "After",
        "Following", "In") and a comma closes the adjunct between the two mentions.
        """
        text = self.text
        start = max(text.rfind(". ", 0, first.span.start), text.rfind("\n", 0, first.span.start))
        opening = text[start + 1 : first.span.start].lstrip(" \n\"\u201c")
        word = opening.split(" ", 1)[0].lower() if opening else ""
        if word not in _ADJUNCT_OPENERS:
            return False
        return "," in text[first.span.end : later.span.start]

    def _pair_antecedent(self) -> _Draft | None:
        """For "they": the first of two people joined by "and" that open the sentence before.

        "Cruz and Rubio ... both locked on Trump instead. They pushed him for specifics":
        the pair speaks, and the first named stands for it (no single actor is the pair).
        """
        if self.sentence == 0:
            return None
        previous = [d for d in self._recent() if d.sentence == self.sentence - 1]
        previous.reverse()  # text order
        names = [d for d in previous if d.kind is not MentionKind.PRONOUN]
        if len(names) < 2:
            return None
        first, second = names[0], names[1]
        if first.actor.kind is not ActorKind.PERSON or second.actor.kind is not ActorKind.PERSON:
            return None
        between = self.text[first.span.end : second.span.start]
        return first if between.strip() == "and" else None


def _looks_like_verb(word: str, words: MentionWords) -> bool:
    """A cheap guess that a lowercase word before a pronoun is a verb ("denied it")."""
    if word in words.clause_words or word in words.object_prepositions:
        return False
    return word in words.common_verbs or word.endswith(("ed", "ing", "es"))
