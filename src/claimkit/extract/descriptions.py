"""Descriptions in the region pass: role phrases, bodies, organisations and affiliations.

"an anonymous North Korean defense official", "officials", "Chinese state media", "the
party", "a Moscow-based think tank", "a new poll": unnamed people, groups, bodies,
organisations and documents become anonymous actors scoped to the document, affiliated
to the state or body the phrase names; a definite description ("the official", "the
agency") refers back to a recent actor with the same role or function when there is one.
"""

from __future__ import annotations

import re

from claimkit.extract.antecedents import _sides
from claimkit.extract.mention_drafts import (
    _HEADISH,
    _SENTENCE_OPENERS,
    MentionKind,
    _actor_id,
    _Draft,
)
from claimkit.extract.mention_tokens import _Segment
from claimkit.extract.state_context import _StateContext
from claimkit.lexicon import GazetteerEntry, NameForm, normalise_word
from claimkit.model import Actor, ActorKind, Span, _unchecked_span

_INDEFINITE_BEFORE = re.compile(r"\b(?:[Aa]n?|[Aa]nother)\s+(?:[\w-]+\s+){0,2}\Z")
"""An indefinite article just before a phrase (and up to two words of it the phrase left out)."""
_PERSON_DEMONYM_ENDINGS = ("an", "i", "on", "er")
"""Endings of demonyms that also name one person ("the Italian", "the Briton", "the
Pakistani"); "the British", "the Chinese" stand for a people or a state."""
_THIRD_PERSON_CUES = frozenset({"denies", "rejects", "insists", "claims", "accuses", "admits",
                                "maintains", "disputes", "alleges", "blames", "has", "is", "was",
                                "will", "would", "had"})
"""Verbs after "the Italian" that make it a person speaking ("The Briton denies ...")."""
_NOUN_CATEGORIES = frozenset({"head", "group", "body", "orgnoun", "name", "gaz", "doc", "mod",
                              "title"})
"""Segment categories of a noun a demonym may modify ("the Italian government")."""
_OWNING_ORGANISATIONS = frozenset(
    {"company", "firm", "group", "campaign", "organization", "organisation", "network",
     "newspaper", "paper", "agency", "bank", "airline", "carrier", "charity", "foundation",
     "club", "team", "school", "university", "hospital", "union", "party", "league",
     "federation", "association", "council", "board", "church", "broadcaster", "insurer",
     "retailer", "publisher", "carmaker", "lender", "regulator", "watchdog"}
)
"""Organisation nouns whose possessive names the employer of the role after it."""
_ACRONYM_WORD = re.compile(r"[A-Z]{2,}s?")
"""A word kept in capitals when a description is lower-cased ("opposition MPs")."""


def _lower(words: str) -> str:
    """Lower-case a description's words but its acronyms ("Labour MP" -> "labour MP")."""
    return " ".join(w if _ACRONYM_WORD.fullmatch(w) else w.lower() for w in words.split())


_PRESS_PIECES = frozenset({"piece", "editorial", "article", "column", "op-ed", "story"})
"""Documents an outlet publishes: "the piece" speaks for the outlet named before it."""
_NAME_APPOSITION = re.compile(
    r",\s+(?!The |A |An |This |That |These |Those |It |He |She |They |We |I )"
    r"[A-Z][a-z]+(?:\s+[A-Z]\.?)*\s*[A-Z][a-z]+"
)
"""A name set after a description with a comma ("the governor, Brian Sandoval")."""


_ORGANISED = frozenset(
    {ActorKind.ORGANISATION, ActorKind.GOVERNMENT_BODY, ActorKind.STATE, ActorKind.MEDIA_OUTLET}
)
_OWNER_KINDS: dict[str, tuple[frozenset[ActorKind], str | None]] = {
    "his": (frozenset({ActorKind.PERSON}), "m"),
    "her": (frozenset({ActorKind.PERSON}), "f"),
    "its": (_ORGANISED, None),
}
"""Possessive pronouns before a role or organisation noun: what their owner may be."""


class _Descriptions(_StateContext):
    """The part of the region pass that reads descriptions and the affiliations they name."""

    def _determiner(self, before: list[_Segment]) -> tuple[bool, str]:
        """Whether a phrase is definite, and its determiner's key."""
        det = next((s for s in before if s.category == "det"), None)
        det_key = " ".join(self._keys(det)) if det is not None else ""
        return det is None or det_key in ("the", "this", "that", "these", "those"), det_key

    def _organisation_description(
        self, phrase: list[_Segment], noun: _Segment, gazs: list[_Segment]
    ) -> None:
        """An organisation named by a noun ("the party", "a Moscow-based think tank")."""
        before = [s for s in phrase if s.end <= noun.start]
        if noun is not phrase[-1] and phrase[phrase.index(noun) + 1].category in _HEADISH:
            self._gazetteer_mentions(gazs)
            return
        if self._modifies_noun(noun) or (not before and not self.standalone):
            self._gazetteer_mentions(gazs)
            return
        noun_key = normalise_word(self._words(noun).split()[-1])
        keys = self._keys(noun)
        kind = self.lexicon.org_nouns.get(keys) or self.lexicon.institution_nouns[keys]
        definite, _det = self._determiner(before)
        span = Span(
            start=next((s for s in before if s.category != "det"), noun).start, end=noun.end
        )
        if definite and _det == "" and _INDEFINITE_BEFORE.search(
            self.doc.text, max(0, span.start - 30), span.start
        ):
            definite = False  # "A civil rights group": an article the phrase left out
        affiliation = self._affiliation(phrase, exclude=noun) or self._possessive_owner(before)
        if definite:
            antecedent = (self._speakers_company(span.start) if noun_key in (
                self.words.business_nouns) and _det == "the" else None
            ) or self._organisation_antecedent(noun_key, kind)
            if antecedent is None:
                antecedent = self._possessive_organisation(before)
            if antecedent is not None:
                self._emit(_Draft(span, antecedent, MentionKind.DESCRIPTION))
                self._gazetteer_mentions([s for s in gazs if s.start > noun.end])
                return
        words = [
            _lower(self._words(s))
            for s in before
            if s.category in ("mod", "orgnoun", "doc", "head")  # "a rival group"
            and not set(self._keys(s)) & self.words.indefinite
        ]
        self._anonymous(kind, [*words, _lower(self._words(noun))], affiliation, span)
        self._gazetteer_mentions([s for s in gazs if s.start > noun.end])

    def _possessive_owner(self, before: list[_Segment]) -> Actor | None:
        """The actor a possessive pronoun before a role or organisation noun refers to.

        "His campaign said", "her spokesman said": the person named last (of the pronoun's
        gender, when known); "its lawyers": the organisation, body or state named last.
        """
        key = next(
            (
                self.tokens[s.first].key
                for s in before
                if s.category == "det" and self.tokens[s.first].key in _OWNER_KINDS
            ),
            None,
        )
        if key is None:
            return None
        kinds, gender = _OWNER_KINDS[key]
        for draft in self._recent():
            if draft.actor.kind not in kinds or draft.actor.anonymous:
                continue
            if gender is not None and draft.gender is not None and draft.gender != gender:
                continue
            return draft.actor
        return None

    def _document(self, phrase: list[_Segment], noun: _Segment) -> None:
        """A document cited as a source ("a new poll", "the report"); only when asked."""
        before = [s for s in phrase if s.end <= noun.start]
        span = Span(
            start=next((s for s in before if s.category != "det"), noun).start, end=noun.end
        )
        words = [
            _lower(self._words(s))
            for s in before
            if s.category in ("mod", "word", "doc")
            and not set(self._keys(s)) & self.words.indefinite
        ]
        affiliation = self._affiliation(phrase, exclude=noun)
        definite = [self._keys(s) for s in before if s.category == "det"] in (
            [("the",)], [("this",)])
        if affiliation is None and definite and self._keys(noun)[-1] in _PRESS_PIECES:
            # "The piece goes on to slam Sanders" after The Washington Post's editorial: the
            # outlet named before wrote it
            affiliation = self._organisation_antecedent("paper", ActorKind.MEDIA_OUTLET)
        if affiliation is None and definite:
            affiliation = self._issuer_before(normalise_word(self._words(noun).split()[-1]))
        self._anonymous(ActorKind.UNKNOWN, [*words, _lower(self._words(noun))], affiliation, span)

    def _anonymous(
        self, kind: ActorKind, words: list[str], affiliation: Actor | None, span: Span
    ) -> None:
        country = None
        if affiliation is not None:
            country = affiliation.principal.country or affiliation.country
        state = self.gaz.state(country) if country else None
        if affiliation is not None and affiliation.kind is ActorKind.MEDIA_OUTLET:
            state = None  # "the piece" of The Washington Post, not an "American piece"
        prefix = [state.demonyms[0] if state.demonyms else state.name] if state else []
        name = " ".join([*prefix, *words])
        actor = Actor(
            id=_actor_id(kind, name, anonymous=True, scope=self.doc.id),
            name=name,
            kind=kind,
            country=country,
            affiliation=affiliation,
            anonymous=True,
        )
        self._emit(_Draft(span, actor, MentionKind.DESCRIPTION))

    def _gazetteer_mentions(self, gazs: list[_Segment]) -> None:
        for segment in gazs:
            person = self._surname_person(segment)
            if person is not None:  # "Mayor Don Guardian ... Guardian said": he, not the paper
                self._emit(_Draft(_unchecked_span(segment.start, segment.end), person,
                                  MentionKind.NAME, gender=self.linked_gender))
                continue
            self._emit(self._gaz_draft(segment))

    def _surname_person(self, segment: _Segment) -> Actor | None:
        """The person a one-word outlet or body name stands for (the name stage's answer)."""
        return None

    def _gaz_draft(self, segment: _Segment) -> _Draft:
        entry = segment.entry
        assert entry is not None
        span = _unchecked_span(segment.start, segment.end)
        if segment.form is NameForm.PEOPLE:
            name = self._words(segment)
            actor = Actor(
                id=_actor_id(ActorKind.GROUP, name),
                name=name,
                kind=ActorKind.GROUP,
                country=entry.country,
            )
            return _Draft(span, actor, MentionKind.NAME)
        kind = MentionKind.DEMONYM if segment.form is NameForm.DEMONYM else MentionKind.NAME
        if kind is MentionKind.DEMONYM and self._demonym_person(segment):
            # "Sinner tested positive ... The Italian denied wrongdoing": a person, the one
            # the story named last, not the state
            person = self._last_person()
            if person is not None:
                return _Draft(span, person, MentionKind.DESCRIPTION)
        foreign = self._foreign_body(segment) or self._home_namesake(segment)
        if foreign is not None:
            return _Draft(span, foreign, kind)
        return _Draft(span, self.gaz.actor(entry.id), kind)

    def _foreign_body(self, segment: _Segment) -> Actor | None:
        """Another state's body named like one in the gazetteer: "Pakistan's Foreign Office".

        A government body's name that another state's name or demonym comes right before
        is that state's body of the same function ("Pakistan's Foreign Office" is not the
        UK's), or, when the gazetteer knows none, an unnamed body of that state.
        """
        entry = segment.entry
        if entry is None or entry.kind is not ActorKind.GOVERNMENT_BODY or segment.index < 1:
            return None
        before = self.segments[segment.index - 1]
        state = before.entry
        if before.category != "gaz" or state is None or state.kind is not ActorKind.STATE or (
            state.country == entry.country or not state.country
        ):
            return None
        if entry.function:
            named = self.gaz.by_function(state.country, entry.function)
            if named is not None:
                return self.gaz.actor(named.id)
        name = f"{self._words(segment)} of {state.name}"
        return Actor(id=_actor_id(entry.kind, name), name=name, kind=entry.kind,
                     country=state.country, affiliation=self.gaz.actor(state.id))

    def _last_person(self) -> Actor | None:
        """The person named last: who "the 52-year-old" or "the Italian" stands for."""
        return next((d.actor for d in self._recent() if d.actor.kind is ActorKind.PERSON), None)

    def _demonym_person(self, segment: _Segment) -> bool:
        """Whether "the" and a singular demonym with no noun after it stand for a person."""
        index = segment.index
        if index < 1 or segment.last - segment.first != 1:
            return False
        before = self.segments[index - 1]
        after = self.segments[index + 1] if index + 1 < len(self.segments) else None
        word = self.tokens[segment.first].key
        if after is not None:
            following = self.tokens[after.first].key
            if after.category in _NOUN_CATEGORIES or not (
                following in self.words.speaker_verbs or following.endswith("ed")
                or following in _THIRD_PERSON_CUES or not following[:1].isalnum()
            ):
                return False  # "the American society", "the Italian government"
        return (
            before.category == "det" and self.tokens[before.first].key == "the"
            and word.endswith(_PERSON_DEMONYM_ENDINGS)
        )

    # affiliations -------------------------------------------------------------

    def _affiliation(
        self, phrase: list[_Segment], *, exclude: _Segment | None = None
    ) -> Actor | None:
        """The body or state a phrase names: the first body, else the first state."""
        state: GazetteerEntry | None = None
        for segment in phrase:
            if (
                segment.category == "gaz"
                and segment.entry is not None
                and segment.entry.kind is ActorKind.STATE
            ):
                state = state or segment.entry
        for segment in phrase:
            if segment is exclude:
                continue
            if segment.category == "gaz" and segment.entry is not None:
                if (
                    segment.entry.kind is not ActorKind.STATE
                    and segment.form is not NameForm.PEOPLE
                ):  # "NEW DELHI - Congress spokesperson Pawan Khera": India's Congress
                    return self._home_namesake(segment) or self.gaz.actor(segment.entry.id)
            elif segment.category == "body":
                body = self._body_actor(segment, state, phrase)
                if body is not None:
                    return body
        if state is not None:
            return self.gaz.actor(state.id)
        return None

    def _body_actor(
        self, segment: _Segment, state: GazetteerEntry | None, phrase: list[_Segment]
    ) -> Actor | None:
        body = segment.body
        assert body is not None
        if state is None:
            skip = self._named_otherwise(segment)
            state = self._accused_state(segment, skip) or self._context_state(skip)
        if state is None:
            if body.kind is ActorKind.MEDIA_OUTLET:
                return Actor(id=_actor_id(body.kind, body.name), name=body.name, kind=body.kind)
            return None
        # "state media" is a kind of outlet, not one agency: keep it generic
        named = (
            None
            if body.kind is ActorKind.MEDIA_OUTLET
            else self.gaz.by_function(state.country, body.function)
        )
        if named is not None:
            return self.gaz.actor(named.id)
        adjective = state.demonyms[0] if state.demonyms else state.name
        if body.kind is ActorKind.MEDIA_OUTLET:
            name = f"{adjective} {body.name}"
        elif body.name[:1].isupper():
            name = f"{body.name} of {state.name}"
        else:
            index = phrase.index(segment)
            mods: list[str] = []
            while index > 0 and phrase[index - 1].category == "mod":
                index -= 1
                mods.insert(0, _lower(self._words(phrase[index])))
            name = " ".join([adjective, *mods, _lower(self._words(segment))])
        return Actor(
            id=_actor_id(body.kind, name),
            name=name,
            kind=body.kind,
            country=state.country,
            affiliation=self.gaz.actor(state.id),
        )

    def _compound_nouns(self, before: list[_Segment], head: _Segment) -> list[_Segment]:
        """The nouns that make one compound with a role noun ("council member", "union leader").

        Read back from the head over adjacent segments, when the phrase gave the role no
        affiliation (in "Harvard University officials" and "the Clinton campaign chairman"
        the noun belongs to the affiliation's name): an organisation noun ("Union leader",
        "party official") or a body ("Council member", "Police chief"), and a plain word
        right before either ("school board member", "city council member"). A possessive
        owns the role instead ("the company's chief executive") and ends the compound.

        Args:
            before: The phrase's segments before the head.
            head: The role noun.
        """
        found: list[_Segment] = []
        follows = head
        noun_after = False  # whether the segment read last is a noun of the compound
        opening = before[0].index if before else head.index
        # the phrase may leave out a plain word that opens the compound: "a school board"
        earlier = self.segments[max(0, opening - 1) : max(0, opening)]
        for segment in [*reversed(before), *earlier]:
            if segment.possessive or segment.end > follows.start or not self.doc.text[
                segment.end : follows.start
            ].isspace():
                break
            category = segment.category
            token = self.tokens[segment.first]
            if category in ("orgnoun", "body") or (
                category == "name" and token.key in self.lexicon.org_heads
            ):  # "School officials": an organisation word opening the sentence
                found.insert(0, segment)
                noun_after = True
            elif category in ("mod", "head"):
                noun_after = False
            elif noun_after and category in ("word", "name") and self._compound_opener(segment):
                found.insert(0, segment)  # "school board", "city council"
                noun_after = False
            else:
                break
            follows = segment
        return found

    def _compound_opener(self, segment: _Segment) -> bool:
        """Whether a plain word opens a compound noun before a role.

        One word after a determiner or at the sentence's start ("a school board member",
        "City council member"), never a verb before its object ("accuses party officials").
        """
        token = self.tokens[segment.first]
        if segment.last - segment.first != 1 or not token.key.isalpha() or (
            token.key in self.words.function_words or token.key in self.words.indefinite
        ):
            return False
        if segment.first == 0:
            return True
        before = self.tokens[segment.first - 1]
        return before.text in _SENTENCE_OPENERS or (before.key,) in self.lexicon.determiners

    def _modified_from(self, body: _Segment) -> list[_Segment]:
        """The determiner and plain modifiers before a body noun that opens its phrase.

        "The anti-graft agency alleged", "the anti-doping agency said": the hyphenated
        modifier is a plain word, so the phrase opens at the noun; the determiner before
        it still makes the noun definite and refer back.  Empty when no "the" comes
        within two lowercase modifiers.
        """
        index = body.index - 1
        while index >= 0 and body.index - index <= 2 and self.segments[index].category == "word":
            token = self.tokens[self.segments[index].first]
            if token.cap or not token.key.replace("-", "").isalpha() or (
                token.key in self.words.function_words
            ):
                return []
            index -= 1
        if index < 0 or index == body.index - 1 or self._keys(self.segments[index]) != ("the",):
            return []
        return self.segments[index : body.index]

    def _modifies_noun(self, segment: _Segment) -> bool:
        """Whether a word follows that makes ``segment`` a modifier ("military hardware")."""
        index = segment.index + 1
        if index <= 0 or index >= len(self.segments):
            return False
        following = self.segments[index]
        if following.category != "word":
            return False
        token = self.tokens[following.first]
        return token.key.isalpha() and not token.cap and token.key not in self.words.function_words

    def _past_verb_after(self, segment: _Segment) -> bool:
        """Whether a past form ("issued", "denied") follows ``segment``."""
        index = segment.index + 1
        if index >= len(self.segments):
            return False
        key = self.tokens[self.segments[index].first].key
        return key.endswith("ed") and len(key) > 4

    def _bodies(self, phrase: list[_Segment], body: _Segment, gazs: list[_Segment]) -> None:
        states = [s.entry for s in gazs if s.entry is not None and s.entry.kind is ActorKind.STATE]
        if body is phrase[-1] and self._modifies_noun(body) and not (
            states and self._past_verb_after(body)
        ):  # "Kenya's health ministry issued a statement": a verb, not a noun, follows
            self._gazetteer_mentions(gazs)
            return
        actor: Actor | None = None
        before = [s for s in phrase if s.end <= body.start] or self._modified_from(body)
        definite, _det = self._determiner(before)
        if not states and definite and any(s.category == "det" for s in before):
            actor = self._antecedent_body(body)  # "the agency", "the ministry"
        if actor is None and definite:
            actor = self._possessive_organisation(before)
        if actor is None:
            actor = self._body_actor(body, states[0] if states else None, phrase)
        if actor is None:
            self._gazetteer_mentions(gazs)
            return
        index = phrase.index(body)
        while index > 0 and phrase[index - 1].category == "mod":
            index -= 1
        span = _unchecked_span(phrase[index].start, body.end)
        self._emit(_Draft(span, actor, MentionKind.DESCRIPTION))
        self._gazetteer_mentions([s for s in gazs if s.start > body.end])

    def _description(
        self, phrase: list[_Segment], head: _Segment, owner: Actor | None = None,
        *, referring_only: bool = False,
    ) -> None:
        group = head.category == "group"
        before = [s for s in phrase if s.end <= head.start]
        det = next((s for s in before if s.category == "det"), None)
        det_key = " ".join(self._keys(det)) if det is not None else ""
        if not group and not self.standalone and not before and owner is None:
            return  # a bare singular role noun ("in general") is no mention
        affiliation = owner or self._affiliation(phrase, exclude=head)
        owning = next((k for k in range(len(before) - 1, -1, -1) if before[k].possessive), None)
        if affiliation is None and owning is not None and (
            self._keys(before[owning])[-1] in _OWNING_ORGANISATIONS
            and all(s.category in ("head", "mod") for s in before[owning + 1 :])
        ):
            # "the company's chief executive", "the group's leader", "the party's general
            # secretary": the organisation the story named before
            affiliation = self._possessive_organisation(before[: owning + 1])
        if affiliation is None and det_key in _OWNER_KINDS and (
            normalise_word(self._words(head).split()[-1]) in self.words.owner_speakers
            or normalise_word(self._words(head).split()[-1]) in self.words.official_roles
        ):
            affiliation = self._possessive_owner(before)  # "his spokesman", not "her husband"
        markers = self.lexicon.anonymous_markers
        anonymous_marked = any(k in markers for s in before for k in self._keys(s))
        compound = self._compound_nouns(before, head) if affiliation is None else []
        leading = [s for s in compound if s not in before]  # "a school board member"
        role_words = [
            _lower(t.text)
            for s in [*leading, *before]
            if s.category in ("mod", "head")
            or (s.category == "body" and not self.tokens[s.first].cap)  # "committee aide"
            or s in compound
            for t in self.tokens[s.first : s.last]
            if t.key not in markers and t.key not in self.words.indefinite
        ]
        head_text = self._words(head)
        role = " ".join([*role_words, _lower(head_text)])
        first = next((s for s in [*leading, *before] if s.category != "det"), head)
        span = _unchecked_span(first.start, head.end)
        head_word = normalise_word(head_text.split()[-1])
        definite = det is None or det_key in ("the", "this", "that", "these", "those")
        if definite and head_word.endswith("year-old"):
            person = self._last_person()
            if person is not None:
                self._emit(_Draft(span, person, MentionKind.DESCRIPTION))
                return
        apposed = None
        if definite and not group:
            apposed = _NAME_APPOSITION.match(self.doc.text, head.end)
        if apposed is not None:
            # "Nevada's governor, Brian Sandoval, said": the name that follows is he, and
            # takes the description's role and affiliation
            lead = apposed.group(0)
            self.apposed[apposed.start() + len(lead) - len(lead.lstrip(", \t\n"))] = (
                role, affiliation)
            return
        if definite and not anonymous_marked and not group:
            subject = self._copular_subject(span)
            if subject is not None:  # "Angela Corey is the state attorney who charged ..."
                self._emit(_Draft(span, subject, MentionKind.DESCRIPTION))
                return
        if definite and not anonymous_marked:
            sides = _sides(role)
            antecedent = self._antecedent(
                head_word, group, affiliation, sides,
                compound=frozenset(normalise_word(w) for w in head_text.split()[:-1]),
            )
            if antecedent is None and not group and det_key == "the" and (
                head_word in self.words.salient_heads
            ):
                antecedent = self._described_before(span) or self._salient_person(
                    head_word, span.start, affiliation, sides
                )
            if antecedent is None and not group and phrase[-1] is head:
                # "The chairman said" after "Rep. Jason Chaffetz, the chairman of the House
                # Oversight Committee,"; not "the chairman of Exxon"
                antecedent = self._apposed_holder(role, affiliation, sides)
            if antecedent is not None:
                self._emit(
                    _Draft(span, antecedent, MentionKind.DESCRIPTION, affiliation=affiliation)
                )
                return
        if referring_only:
            return  # "the Texas senator" with no senator before it: no new actor
        kind = ActorKind.GROUP if group else ActorKind.PERSON
        if group and head_word == "west":
            actor = Actor(id=_actor_id(kind, "the West"), name="the West", kind=kind)
            self._emit(_Draft(span, actor, MentionKind.NAME))
            return
        country = None
        if affiliation is not None:
            country = affiliation.principal.country or affiliation.country
        state = self.gaz.state(country) if country else None
        prefix = ""
        if state is not None:
            prefix = (state.demonyms[0] if state.demonyms else state.name) + " "
        name = prefix + role
        named_by = owner or affiliation
        if named_by is not None and named_by.principal.kind is not ActorKind.STATE:
            name = f"{named_by.name} {role}"  # "Republican Party presidential front-runner"
        if head_word in self.words.followers:
            affiliation = None  # "Sanders supporters", "American voters" do not speak for them
        actor = Actor(
            id=_actor_id(kind, name, anonymous=True, scope=self.doc.id),
            name=name,
            kind=kind,
            role=role,
            country=country,
            affiliation=affiliation,
            anonymous=True,
        )
        self._emit(_Draft(span, actor, MentionKind.DESCRIPTION))
