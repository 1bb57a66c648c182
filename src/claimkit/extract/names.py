"""Names in the region pass: people and organisations named in the text.

"Russian President Vladimir Putin", "Vedant Patel, deputy spokesperson for the US
Department of State" (a title and an apposition give the role and affiliation),
"Kharkiv Regional Military Administration", "the Trump campaign", and later
surname-only references ("Putin") to a person named before.  A single capitalised word
is a name only with a title, an apposition, or an earlier full name it repeats.
"""

from __future__ import annotations

from claimkit.extract.mention_drafts import (
    _LINKS,
    _SENTENCE_OPENERS,
    MentionKind,
    _actor_id,
    _Draft,
    _surnames,
)
from claimkit.extract.mention_tokens import _Segment
from claimkit.extract.name_contexts import _NameContexts
from claimkit.extract.surname_links import _TITLE_GENDERS
from claimkit.lexicon import normalise_word
from claimkit.model import Actor, ActorKind, _unchecked_span


class _Names(_NameContexts):
    """The part of the region pass that reads named people and organisations."""

    def _common_noun_opening(self, phrase: list[_Segment], i: int, j: int) -> bool:
        """Whether a lone capitalised organisation word opens a sentence as a common noun.

        "School board member accuses mayor", "Council staff said": an organisation's head
        word alone ("School", "Council", "Hospital") capitalised only because it opens the
        sentence, before a lowercase noun of the phrase, names no organisation.
        """
        segment = phrase[i]
        if j != i + 1 or j >= len(phrase) or segment.last - segment.first != 1:
            return False
        token = self.tokens[segment.first]
        if token.key not in self.lexicon.org_heads or segment.possessive:
            return False
        if segment.first > 0 and self.tokens[segment.first - 1].text not in _SENTENCE_OPENERS:
            return False
        following = self.tokens[phrase[j].first]
        return phrase[j].category in ("orgnoun", "head", "group", "body", "mod") and (
            not following.cap
        )

    def _name_runs(self, phrase: list[_Segment]) -> list[tuple[int, int, ActorKind]]:
        """Runs of unknown capitalised words: (first, last, kind) indices into ``phrase``."""
        runs: list[tuple[int, int, ActorKind]] = []
        n = len(phrase)
        i = 0
        tokens = self.tokens
        after = phrase[-1].last if phrase else 0
        # whether an acronym in brackets follows the phrase (see _bracketed_name)
        bracketed = after + 2 < len(tokens) and tokens[after].text == "(" and (
            tokens[after + 2].text == ")"
        )
        while i < n:
            segment = phrase[i]
            category = segment.category  # each test below is made only where it may hold
            if category in _OPENING_NOTHING and not bracketed and not (
                i + 1 < n and phrase[i + 1].category == "gaz" and tokens[segment.first].cap
            ):  # a shortcut: each test below needs another category here, or a bracketed
                i += 1  # acronym, or a gazetteer name after it ("Cricket Australia")
                continue
            first_name = (
                segment.category == "gaz"
                and segment.last - segment.first == 1
                and i + 1 < n
                and phrase[i + 1].category == "name"
                and not segment.possessive
                and self.gaz.is_first_name(self._words(segment))
            )
            state_led = (  # "America Rising PAC", "America First Committee"
                segment.category == "gaz" and segment.entry is not None
                and segment.entry.kind is ActorKind.STATE and not segment.possessive
                and i + 1 < n and (phrase[i + 1].category in ("name", "mod") or (
                    phrase[i + 1].category in ("group", "head")  # "American Bankers Association"
                    and all(t.cap for t in self.tokens[phrase[i + 1].first : phrase[i + 1].last])
                ))
                and segment.last - segment.first == 1 and not first_name
            )  # and "U.S. Geological Survey": the run must end in an organisation word
            head_of = self._organisation_of(phrase, i) if category in ("orgnoun", "body") else 0
            if head_of:  # "the Bank of England", "the Church of Nigeria"
                last_key = self.tokens[segment.last - 1].key
                j = self._capitalised_end(phrase, i + 2 + head_of)
                runs.append((i, j, self.lexicon.org_heads[last_key]))
                i = j
                continue
            if bracketed and self._bracketed_name(phrase, i):  # "Pakistan Tehreek-e-Insaf (PTI)"
                last_key = self.tokens[phrase[-1].last - 1].key
                runs.append((i, n, self.lexicon.org_heads.get(last_key, ActorKind.ORGANISATION)))
                break
            inside = (
                self._gazetteer_inside(phrase, i) if category in ("name", "mod", "group") else 0
            )
            if inside:  # "the Peoples Democratic Party", "the Free Syrian Army"
                j = self._and_name_end(phrase, i, self._organisation_name_end(phrase, inside))
                head = next((k - 1 for k in range(i + 1, j)
                             if self.tokens[phrase[k].first].key in _LINKS), j - 1)
                kind = self.lexicon.org_heads.get(self.tokens[phrase[head].last - 1].key,
                                                  ActorKind.ORGANISATION)
                runs.append((self._quantified_opening(phrase, i), j, kind))
                i = j
                continue
            if segment.category == "not_name" or state_led:
                # a place or a state leading an organisation's name: "New York Police
                # Department"
                j = self._organisation_name_end(phrase, i + 1)
                if state_led and j == i + 1:
                    i += 1
                    continue
                if j > i + 1:
                    head = next((k - 1 for k in range(i + 1, j)
                                 if self.tokens[phrase[k].first].key in _LINKS), j - 1)
                    last_key = self.tokens[phrase[head].last - 1].key
                    runs.append((self._quantified_opening(phrase, i), j, self.lexicon.org_heads
                                 .get(last_key, ActorKind.ORGANISATION)))
                i = j
                continue
            if segment.category != "name" and not first_name and not self._people_for(
                phrase, i + 1
            ):  # "Citizens for Fair Play" opens a name
                if self.tokens[segment.first].cap and self._state_named_body(phrase, i):
                    runs.append((i, i + 2, ActorKind.ORGANISATION))  # "Police Scotland"
                    i += 2
                    continue
                i += 1
                continue
            if self._opening_gerund(phrase, i):
                i += 1  # "Entrusting Donald Trump with ... is risky": a verb, not a name
                continue
            j = i + 1
            while j < n and not phrase[j - 1].possessive and (
                phrase[j].category == "name"
                or self._particle_then_name(phrase, j)  # "Bill de Blasio", "von der Leyen"
                or (  # the name after a particle: "Leila de Lima" (not Peru's capital)
                    phrase[j].category == "gaz" and phrase[j].last - phrase[j].first == 1
                    and self._is_particle(phrase[j - 1])
                )
                or (  # a surname that is also an outlet's or place's name: "Don Guardian"
                    j == i + 1 and phrase[j].category == "gaz"
                    and phrase[j].last - phrase[j].first == 1
                    and self.lexicon.first_name(self.tokens[segment.first].key)
                    and not (j + 1 < n and phrase[j + 1].category == "name")
                )
                or (j == i + 1 and self._state_named_body(phrase, i))
                or self._demonym_surname(phrase, i, j)
            ):
                j += 1
            headed = self._gazetteer_head(phrase, i, j)
            stated = 0 if headed else self._state_in_name(phrase, i, j)  # "Air India"
            j = self._and_name_end(phrase, i, self._organisation_name_end(phrase, j + headed))
            j += stated
            keys = [t.key for t in self.tokens[phrase[i].first : phrase[j - 1].last]]
            heads = keys
            if len(keys) > 1 and self.lexicon.first_name(keys[0]):
                heads = keys[1:]  # a first name, not a noun: "Bill Clinton"
            if (len(keys) > 2 and keys[-1] in self.lexicon.org_heads) or stated:
                heads = keys[-1:]  # "Cork County Council": the organisation word heads it
            if (not self.lexicon.not_actor_heads.isdisjoint(heads) and not (
                len(keys) == 2 and keys[0] not in self.lexicon.not_actor_heads
                and i > 0 and (phrase[i - 1].category == "title" or (
                    phrase[i - 1].category == "head" and not self.tokens[phrase[i - 1].first].cap
                ))  # not a capitalised word of a name: "Republican National Convention"
            )) or self._common_noun_opening(phrase, i, j):
                # "Grant Park" is no one, but "director Simon Lake" is a person
                i = j
                continue
            # an organisation word alone ("Center", "TV") is no organisation's name; the
            # word before "of" heads "Law Society of Kenya"
            link = next((k for k in keys[1:] if k in _LINKS), None)
            head_key = keys[keys.index(link) - 1] if link is not None else keys[-1]
            kind = self.lexicon.org_heads.get(head_key, ActorKind.PERSON)
            if link == "for" and kind is ActorKind.PERSON:
                kind = ActorKind.ORGANISATION  # "Vets for Marsh": a group named for its aim
            if kind is not ActorKind.PERSON and not stated:
                opening = self._name_opening(phrase, i)  # "the Financial Conduct Authority"
                if opening < i:
                    i = opening
                    keys = [t.key for t in self.tokens[phrase[i].first : phrase[j - 1].last]]
            if len(keys) == 1 and self._body_after_state(phrase, i, j):
                i -= 1  # "USA Gymnastics", "British Cycling", "UK Anti-Doping": one body
                kind = ActorKind.ORGANISATION
            elif len(keys) == 1:
                kind = ActorKind.PERSON
            elif j == i + 2 and (
                self._state_named_body(phrase, i) or self._abbreviated_place_body(phrase, i, j)
            ):
                kind = ActorKind.ORGANISATION  # "Athletics Kenya", "Real Madrid", "NSW Health"
            if headed or stated:
                kind = ActorKind.ORGANISATION  # "World Uyghur Congress", "Kataib Hezbollah"
            descriptor = phrase[i - 1].body if i > 0 and phrase[i - 1].category == "body" else None
            if descriptor is not None:
                kind = descriptor.kind  # "state broadcaster TRT", "the agency Frontex"
                opener = self.tokens[phrase[i - 1].first]
                if opener.cap and phrase[i - 1].last - phrase[i - 1].first == 1 and (
                    opener.key in self.words.state_body_prefixes
                ) and (i == 1 or self.tokens[phrase[i - 2].last - 1].key not in _BODY_DETERMINERS):
                    i -= 1  # "Police Scotland", "Audit Scotland": one body's name
            elif i > 0 and not phrase[i - 1].possessive and not (
                self.tokens[phrase[i - 1].first].cap
            ) and phrase[i - 1].category in ("orgnoun", "group") and (
                self.tokens[phrase[i - 1].last - 1].key in _DESCRIBING_NOUNS
            ):  # "militant group Boko Haram", "the think tank Chatham House"
                kind = (
                    self.lexicon.org_nouns.get(self._keys(phrase[i - 1]), ActorKind.ORGANISATION)
                )
            if (
                j < n
                and phrase[j].category in ("word", "mod", "body", "orgnoun")
                and self._org_tail(phrase[j])
                and not self._describes_next_name(phrase, j + 1)
            ):
                kind = self.words.org_tails[self.tokens[phrase[j].first].key]
                j += 1
            if i > 0 and self._capitalised_possessive(
                phrase[i - 1], anywhere=kind is not ActorKind.PERSON
            ):
                i -= 1  # "a new ad from Our Principles PAC": the pronoun opens the name
            runs.append((i, j, kind))
            i = j
        return self._joined_by_and(phrase, runs) if len(runs) > 1 else runs

    def _describes_next_name(self, phrase: list[_Segment], k: int) -> bool:
        """Whether a describing noun at ``k`` stands before a name it describes.

        "Privacy campaign group Big Brother Watch": "campaign" then modifies "group", which
        describes the name after it, and does not end an organisation "Privacy campaign".
        """
        return (
            k + 1 < len(phrase)
            and phrase[k].category in ("orgnoun", "group")
            and self.tokens[phrase[k].last - 1].key in _DESCRIBING_NOUNS
            and phrase[k + 1].category in ("name", "gaz")
        )

    def _gazetteer_head(self, phrase: list[_Segment], i: int, j: int) -> int:
        """1 when a known body's one-word name ends the name run ``phrase[i:j]``, else 0.

        "The World Uyghur Congress", "Kataib Hezbollah": capitalised words right before a
        one-word organisation or body of the gazetteer make another organisation's name,
        not that body ("Congress" is not the US Congress here). Not after a first name.
        """
        words = self.tokens[phrase[i].first : phrase[j - 1].last]
        if j >= len(phrase) or phrase[j - 1].possessive or self.lexicon.first_name(
            words[0].key
        ) or words[0].key in _OPENING_WORDS or any("-" in t.text for t in words):
            return 0  # "Alongside BLM", "Republican-led Congress", "Three-in-five GOP insiders"
        segment = phrase[j]
        entry = segment.entry
        if segment.category != "gaz" or entry is None or segment.last - segment.first != 1 or (
            entry.kind not in (ActorKind.ORGANISATION, ActorKind.GOVERNMENT_BODY)
        ) or self.tokens[segment.first].start - self.tokens[phrase[j - 1].last - 1].end != 1:
            return 0
        return 1

    def _head_before_names(
        self, phrase: list[_Segment], run: tuple[int, int, ActorKind]
    ) -> tuple[_Segment, int] | None:
        """A role noun whose prepositional phrase holds the names: (head, where the PP starts).

        "economists at Duke University", "a spokesman for the Trump campaign", "an aide to
        Hillary Clinton"; but not a title such as "deputy minister for international
        organizations Kim Son-gyong", whose name is the head.
        """
        first, _last, kind = run
        head_index = None
        for index in range(first):
            category = phrase[index].category
            if category in ("head", "group"):
                head_index = index
            elif category == "word" and head_index is not None:
                key = self.tokens[phrase[index].first].key
                if key not in self.words.prepositions and key not in self.words.close_to:
                    return None
                between = phrase[index + 1 : first]
                if any(s.category == "word" and self._verb_like(s) for s in between):
                    return None  # "Allies of the senator accused Biden": Biden is no owner
                has_det = any(s.category == "det" for s in between)
                if (
                    kind is not ActorKind.PERSON
                    or has_det
                    or key in self.words.non_title_prepositions
                ):
                    return phrase[head_index], index
                return None
        return None

    def _named(
        self, phrase: list[_Segment], names: list[tuple[int, int, ActorKind]], after: int
    ) -> None:
        consumed: set[int] = set()
        organisation: Actor | None = None
        owner: Actor | None = None  # the actor named last, for "Clinton aides"
        for number, (first, last, kind) in enumerate(names):
            run = phrase[first:last]
            tokens = self.tokens
            name = " ".join([t.text for t in tokens[run[0].first : run[-1].last]])
            before = phrase[:first]
            if self.title_case and not self.standalone:
                self._known_names_in(run)
                continue
            if kind is not ActorKind.PERSON:
                span = _unchecked_span(run[0].start, run[-1].end)
                organisation = owner = self._named_organisation(run, before, kind, span)
                consumed.update(id(s) for s in phrase[:last])
                continue
            following = last
            while following < len(phrase) and phrase[following].category == "mod":
                following += 1  # "Presumptive Democratic presidential nominee Hillary Clinton"
            if (
                number + 1 < len(names)
                and following < len(phrase)
                and phrase[following].category in ("title", "head")
                and not run[-1].possessive
            ):
                # a place or organisation before a title: "New York Mayor Eric Adams"; a
                # person named before owns a speaker: "Clinton spokesman Brian Fallon"
                if run[-1].last - run[0].first == 1 and phrase[following].category == "head" and (
                    self.tokens[phrase[following].last - 1].key in self.words.owner_speakers
                ):
                    owner = self._linked_person(normalise_word(name)) or owner
                continue
            titled = any(s.category in ("title", "head") for s in before)
            apposed = None if titled or last < len(phrase) else (
                self._apposed_organisation_kind(after))
            if apposed is not None:  # "The Emergency Lawyers, a group that tracks abuses"
                span = _unchecked_span(run[0].start, run[-1].end)
                organisation = owner = self._named_organisation(run, before, apposed[0], span)
                self._emit(_Draft(apposed[1], organisation, MentionKind.DESCRIPTION))
                consumed.update(id(s) for s in phrase[:last])
                continue
            first_word_key = self.tokens[run[0].first].key
            if (
                titled
                and before[-1].category == "word"
                and self.tokens[before[-1].first].key in self.words.non_title_prepositions
            ):
                continue  # a place after a preposition, not the person: "chief in Benghazi"
            if (
                not titled
                and run[-1].last - run[0].first > 1
                and not self.lexicon.first_name(first_word_key)
                and self._the_before(run[0])
            ):
                continue  # a thing named, not a person: "the Trump Train", "the No Child Left"
            first_word = self.tokens[run[0].first]
            if (
                len(run) > 1
                and not before
                and not titled
                and first_word.key.endswith(self.words.adjective_suffixes)
                and first_word.key not in self.lexicon.male
                and first_word.key not in self.lexicon.female
            ):
                rest = self._linked_person(self.tokens[run[1].first].key)
                if rest is not None and self._linked_person(first_word.key) is None:
                    # "Archetypal Trump voters": a capitalised first word, then a known name
                    run = run[1:]
                    name = " ".join([t.text for t in tokens[run[0].first : run[-1].last]])
            hints = [t.key for t in tokens[before[0].first : before[-1].last]] if before else []
            if len(run) == 2 and last == len(phrase) and run[0].last - run[0].first == 1 and (
                2 <= len(tokens[run[0].first].text) <= 3 and tokens[run[0].first].text.isupper()
                and tokens[run[0].first].text not in ("JR", "SR")
            ):  # "AG Mukasey", "VP Biden": an abbreviated title, not a first name
                run = run[1:]
                name = " ".join([t.text for t in tokens[run[0].first : run[-1].last]])
            one_word = run[-1].last - run[0].first == 1  # tokens hold no spaces
            if one_word and name.lower().endswith(_ADVERB_ENDINGS):
                continue  # "Significantly, the judge said": an adverb, not a name
            particle = (
                run[-1].last - run[0].first == 2
                and tokens[run[0].first].key in self.words.name_connectors
            )  # "De Blasio" after "Bill de Blasio"
            if one_word or particle:
                linked = self._linked_person(
                    tokens[run[-1].last - 1].key if particle else normalise_word(name),
                    _TITLE_GENDERS.get(tokens[run[0].first - 1].key.rstrip(".")
                                       if run[0].first > 0 else ""),
                )
                if linked is not None:  # "Putin", "Mr. Trump", "President Putin", "De Blasio"
                    span = _unchecked_span(run[0].start, run[-1].end)
                    draft = _Draft(span, linked, MentionKind.NAME, surnames=_surnames(linked))
                    draft.gender = self.linked_gender
                    self._emit(draft, hints)
                    consumed.update(id(s) for s in run)
                    owner = linked
                    continue
            if (one_word or not self.lexicon.first_name(first_word_key)) and run[0].first > 0 and (
                tokens[run[0].first - 1].key in _PLACE_PREPOSITIONS
            ):
                continue  # "Speaking in Kisumu", "reporters in Cedar Rapids": a place
            if one_word and not titled and last < len(phrase) and (
                phrase[last].category == "head"
                and self.tokens[phrase[last].last - 1].key in self.words.owner_speakers
                and not self.title_case
            ):
                # "A Tesla spokesman", "Boeing's lawyers": the speaker's principal, named by
                # a word no one was named by before
                owner = self._principal_named(run, name, phrase[last])
                consumed.update(id(s) for s in run)
                continue
            if one_word:
                if not titled and run[0].first > 0 and (
                    self.tokens[run[0].first - 1].key in _ARTICLES
                    and not name.isupper() and self._apposition(after) is not None
                ):
                    continue  # "Face the Nation, the senator said": a word after an article
                    # names a thing, not the person the apposition describes
                following = run[-1].index + 1
                if not titled and (
                    (last < len(phrase) and phrase[last].category in ("head", "group"))
                    or (
                        self.standalone
                        and following < len(self.segments)
                        and self.segments[following].category == "word"
                        and self.tokens[self.segments[following].first].key.endswith("s")
                    )
                ):
                    continue  # an unknown word before a noun modifies it: "Cement makers"
                if (
                    not titled
                    and not self.standalone
                    and self._apposition(after) is None
                    and not self._named_speaker(run[0].first)
                ):
                    continue
            role = self._title_role(before)
            possessor = owner if before and any(seg.possessive for seg in before) else None
            if possessor is None and owner is not None and owner.kind is ActorKind.PERSON and (
                before and before[-1].category == "head"
                and self.tokens[before[-1].last - 1].key in self.words.owner_speakers
            ):
                possessor = owner  # "Clinton spokesman Brian Fallon": Clinton's spokesman
            affiliation = self._affiliation(before) or organisation or possessor
            apposition = self._apposition(after) if last == len(phrase) else None
            if apposition is not None:
                role = role or apposition[0]
                affiliation = affiliation or apposition[1]
            described = self.apposed.get(run[0].start)
            if described is not None:  # "The Kremlin spokesman, Dmitry Peskov,"
                role = role or described[0]
                affiliation = affiliation or described[1]
            country = None
            if affiliation is not None:
                country = affiliation.principal.country or affiliation.country
            actor = Actor(
                id=_actor_id(ActorKind.PERSON, name),
                name=name,
                kind=ActorKind.PERSON,
                role=role,
                affiliation=affiliation,
                country=country,
            )
            span = _unchecked_span(run[0].start, run[-1].end)
            self._emit(_Draft(span, actor, MentionKind.NAME, surnames=_surnames(actor)), hints)
            if apposition is not None:
                self._emit(_Draft(apposition[2], actor, MentionKind.DESCRIPTION, apposed=True))
            consumed.update(id(s) for s in phrase[:last])
            owner = actor
        end = names[-1][1]
        trailing = [s for s in phrase[end:] if s.category in ("head", "group")]
        if trailing:  # "Clinton aides", "Obama administration officials"
            head = trailing[0]
            while (
                head.index + 1 < len(self.segments)
                and self.segments[head.index + 1].category in ("head", "group")
                and self.segments[head.index + 1] in phrase
            ):
                head = self.segments[head.index + 1]
            # no name was emitted when every run only modified the noun ("the Texas
            # senator", "the Vermont senator"): the whole phrase, determiner and all, is the
            # description, and it may refer back to the senator named before
            modifier_only = owner is None and organisation is None and not consumed and (
                head.category == "head")
            self._description(phrase if modifier_only else phrase[end:], head, owner,
                              referring_only=modifier_only)
            consumed.update(id(s) for s in phrase[end:] if s.end <= head.end)
        self._gazetteer_mentions(
            [s for s in phrase if s.category == "gaz" and id(s) not in consumed]
        )

    def _principal_named(self, run: list[_Segment], name: str, head: _Segment) -> Actor:
        """The principal a single unknown word names before a speaker's role ("Tesla").

        A lawyer's principal is a person, a spokesman's an organisation.
        """
        lawyer = self.tokens[head.last - 1].key in _COUNSEL
        kind = ActorKind.PERSON if lawyer else ActorKind.ORGANISATION
        actor = Actor(id=_actor_id(kind, name), name=name, kind=kind)
        span = _unchecked_span(run[0].start, run[-1].end)
        self._emit(_Draft(span, actor, MentionKind.NAME, surnames=_surnames(actor)))
        return actor

    def _known_names_in(self, run: list[_Segment]) -> None:
        """In a title-case headline, only people the text names elsewhere are names."""
        tokens = [t for s in run for t in self.tokens[s.first : s.last]]
        k = 0
        while k < len(tokens):
            actor = self._linked_person(tokens[k].key)
            if actor is None:
                k += 1
                continue
            words = {normalise_word(w) for w in actor.name.split()}
            end = k + 1
            while end < len(tokens) and tokens[end].key in words:
                end += 1
            span = _unchecked_span(tokens[k].start, tokens[end - 1].end)
            self._emit(_Draft(span, actor, MentionKind.NAME, surnames=_surnames(actor)))
            k = end


_OPENING_WORDS = frozenset({
    "alongside", "besides", "despite", "unlike", "like", "among", "amid", "amongst", "after",
    "before", "following", "including", "meanwhile", "however", "while", "when", "as", "with",
    "without", "during", "since", "until", "under", "over", "against", "for", "from", "in",
    "on", "at", "by", "to", "of", "but", "and", "so", "yet", "if", "then", "now", "still",
})
"""Capitalised words opening a sentence that are not part of a name after them."""
_OPENING_NOTHING = frozenset(
    {"det", "word", "stop", "head", "title", "doc", "punct", "pron", "poss_pron"}
)
"""Categories of segments that open no name run in ``_Names._name_runs`` (unless a
gazetteer name follows or an acronym in brackets ends the phrase)."""
_BODY_DETERMINERS = frozenset({"the", "a", "an", "its", "their", "his", "her", "our"})
"""Determiners before a body word that make it a description, not part of a name."""
_DESCRIBING_NOUNS = frozenset({
    "group", "company", "firm", "network", "site", "website", "agency", "bank", "airline",
    "carrier", "organization", "organisation", "newspaper", "broadcaster", "tank", "charity",
    "foundation", "startup", "retailer", "insurer", "lender", "automaker", "manufacturer",
    "miner", "maker", "carmaker", "drugmaker", "chipmaker", "conglomerate", "supermarket",
    "start-up", "operator", "producer", "supplier", "utility", "telco", "refiner", "giant",
})
"""Organisation nouns that describe the name right after them ("the firm Janney")."""

_ADVERB_ENDINGS = (
    "ally", "ently", "antly", "ously", "ively", "ibly", "ably", "edly", "ingly", "fully",
    "lessly", "ately",
)
"""Endings of adverbs that open sentences capitalised ("Significantly,", "Unfortunately,")."""


_PLACE_PREPOSITIONS = frozenset({"in", "near", "outside", "inside", "across", "throughout"})
"""Prepositions before a place: an unknown single name after one is no person ("in Kisumu")."""
_ARTICLES = frozenset({"the", "a", "an"})
"""Articles: a lone capitalised word after one names a thing ("the Nation"), not a person."""

_COUNSEL = frozenset({"lawyer", "lawyers", "attorney", "attorneys", "barrister", "barristers",
                      "solicitor", "solicitors", "counsel"})
"""Role nouns whose principal is a person ("Musk's lawyer"), not an organisation."""
