"""The region pass: one region's segments read left to right into mention drafts.

``_RegionBuilder`` walks the segments of one region (a title, summary or body) and hands
each noun phrase to the part of the pass that reads it: named people and organisations
(:mod:`claimkit.extract.names`), role phrases, bodies and organisations
(:mod:`claimkit.extract.descriptions`) and pronouns (:mod:`claimkit.extract.pronouns`).
It also counts sentences for the pronouns and links a surname spelt like a function word
("May said") to the person named before.  :class:`~claimkit.extract.actors.ActorResolver`
runs it over every region and merges the drafts it makes.
"""

from __future__ import annotations

from claimkit.extract.mention_drafts import (
    _NP_CATEGORIES,
    MentionKind,
    _Draft,
    _surnames,
)
from claimkit.extract.mention_tokens import _Segment
from claimkit.extract.names import _DESCRIBING_NOUNS, _Names
from claimkit.extract.pronouns import _Pronouns
from claimkit.lexicon import NameForm
from claimkit.model import ActorKind, _unchecked_span

_SENTENCE_END = frozenset({".", "!", "?"})


class _RegionBuilder(_Names, _Pronouns):
    """Turns the segments of one region into mention drafts, left to right."""

    def build(self) -> list[_Draft]:
        segments = self.segments
        i = 0
        n = len(segments)
        while i < n:
            segment = segments[i]
            category = segment.category
            if category == "word":  # the most common case first
                i += 1
            elif category == "punct":
                if self.tokens[segment.first].text in _SENTENCE_END:
                    self.sentence += 1
                i += 1
            elif category in ("pron", "poss_pron"):
                self._pronoun(segment, i)
                i += 1
            elif (
                category in ("stop", "det", "mod")
                and self.tokens[segment.first].cap  # tested first: _function_word_surname's
                and self._function_word_surname(segment)  # own first test, and rarely true
            ):
                i += 1  # "May said", "Will described": a surname spelt like a function word
            elif (
                category == "det"
                and self.standalone
                and self.tokens[segment.first].key in self.words.possessive_pronouns
                and (i + 1 >= n or segments[i + 1].category not in _NP_CATEGORIES)
            ):
                self._pronoun(segment, i)  # "his", "their" on their own
                i += 1
            elif category in ("det", "mod") and (
                i + 1 >= n or segments[i + 1].category not in _NP_CATEGORIES
            ):
                i += 1  # "the" before a plain word: no phrase to build
            elif category in _NP_CATEGORIES:
                j = self._phrase_end(i)
                self.resume = j
                self._phrase(segments[i:j], j)
                i = max(j, self.resume)
            else:
                i += 1
        return self.out

    def _function_word_surname(self, segment: _Segment) -> bool:
        """Link a capitalised "May" or "Will" before a past-tense verb to the person so named.

        A modal or a month never comes right before a past form ("May said", "Will
        described"), so the word is the surname of a person named earlier ("Theresa May").
        """
        token = self.tokens[segment.first]
        if segment.last - segment.first != 1 or not token.text[:1].isupper():
            return False
        following = segment.last
        before = self.tokens[segment.first - 1].key if segment.first > 0 else ""
        if following >= len(self.tokens) and before not in self.words.speaker_verbs:
            return False
        verb = self.tokens[following].key if following < len(self.tokens) else ""
        if not (verb.endswith("ed") or verb in self.words.speaker_verbs) and (
            before not in self.words.speaker_verbs  # "..., said Small, who attended"
        ):
            return False
        linked = self._linked_person(token.key)
        if linked is None:
            return False
        span = _unchecked_span(token.start, token.end)
        self._emit(_Draft(span, linked, MentionKind.NAME, surnames=_surnames(linked)))
        return True

    def _phrase(self, phrase: list[_Segment], after: int) -> None:
        names = self._name_runs(phrase)
        if names:
            split = self._head_before_names(phrase, names[0])
            if split is not None:  # "economists at Duke University", "an aide to Clinton"
                role_head, pp_start = split
                emitted = len(self.out)
                rest = phrase[pp_start:]
                self._named(rest, self._name_runs(rest), after)
                owners = [d.actor for d in self.out[emitted:] if d.kind is MentionKind.NAME]
                self._description(phrase[:pp_start], role_head, owners[0] if owners else None)
                return
            self._named(phrase, names, after)
            return
        # the segments of each category the reading below needs, found in one pass
        head: _Segment | None = None
        last_head: _Segment | None = None
        title: _Segment | None = None
        body: _Segment | None = None
        last_body: _Segment | None = None
        noun: _Segment | None = None  # the last organisation noun
        document: _Segment | None = None
        gazs: list[_Segment] = []
        for s in phrase:
            category = s.category
            if category == "head" or category == "group":
                if head is None:
                    head = s
                last_head = s
            elif category == "gaz":
                gazs.append(s)
            elif category == "body":
                if body is None:
                    body = s
                last_body = s
            elif category == "orgnoun":
                noun = s
            elif category == "title":
                if title is None:
                    title = s
            elif category == "doc" and document is None:
                document = s
        if last_head is not None and len(phrase) > 1 and phrase[-1].category == "orgnoun" and (
            last_head is phrase[-2] and not last_head.possessive
            and not self.tokens[last_head.first].cap
        ):
            head = None  # "a rival group", "a rebel group": the noun modifies the organisation
        if head is None:
            head = title  # a title used as a noun: "the former House Speaker"
        if head is not None:
            # compound heads written apart ("deputy" "director"): take the last adjacent one
            index = phrase.index(head)
            if (
                index + 2 < len(phrase)
                and self.tokens[head.first].cap
                and phrase[index + 1].category in ("body", "gaz")
                and phrase[index + 2].category in ("head", "group")
            ):  # "a Republican committee aide": the party word and the body modify the aide
                index += 2
                head = phrase[index]
            while index + 1 < len(phrase) and phrase[index + 1].category in ("head", "group"):
                index += 1
                head = phrase[index]
            # "the Vermont senator" with no senator before it: a place modifier makes no new
            # actor, so that the phrase can still be read against the whole story later
            if self._apposed_organisation(phrase, head):
                return
            placed = any(s.category == "not_name" for s in phrase if s.end <= head.start)
            self._description(phrase, head, referring_only=placed)
            self._gazetteer_mentions(
                [s for s in phrase if s.category == "gaz" and s.start > head.end]
            )
            return
        if noun is not None and not (last_body is not None and last_body.start > noun.start):
            if self._apposed_organisation(phrase, noun):
                return
            self._organisation_description(phrase, noun, gazs)
            return
        if body is not None:
            self._bodies(phrase, body, gazs)
            return
        if document is not None and self.standalone:
            self._document(phrase, document)
            return
        self._gazetteer_mentions(gazs)

    def _apposed_organisation(self, phrase: list[_Segment], head: _Segment) -> bool:
        """Read "human rights group Amnesty International" as the organisation it names.

        A describing noun ("group", "charity", "firm") right before an organisation the
        gazetteer knows, ending the phrase, only says what the organisation is: the whole
        phrase is a mention of it, not a group speaking for it.
        """
        index = phrase.index(head)
        if index + 2 != len(phrase) or head.possessive:
            return False
        named = phrase[index + 1]
        entry = named.entry
        if (
            named.category != "gaz"
            or entry is None
            or entry.kind in (ActorKind.STATE, ActorKind.PERSON)
            or named.form is not NameForm.NAME
            or self.tokens[head.last - 1].key not in _DESCRIBING_NOUNS
        ):
            return False
        first = next((s for s in phrase if s.category != "det"), head)
        draft = self._gaz_draft(named)
        self._emit(_Draft(_unchecked_span(first.start, named.end), draft.actor, MentionKind.NAME))
        return True
