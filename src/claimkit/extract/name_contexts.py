"""Clues around a name in the region pass: a title before it, an apposition after it.

"Deputy spokesperson Vedant Patel" (a title whose role the person gets), "Vedant Patel,
deputy spokesperson for the US Department of State," (an apposition giving role and
affiliation), "Bob said" (a one-word name that speaks), "the Trump Train" (a thing named, not
a person). Also the tests a run of capitalised words asks of its words: a demonym that is a
surname ("human rights chief Volker Turk"), particles before a surname ("de Blasio"), a
capitalised "Our" inside a sentence, a sentence-opening gerund ("Entrusting Donald Trump
with ..."). :class:`claimkit.extract.names._Names` reads names with these clues.
"""

from __future__ import annotations

from claimkit.extract.mention_drafts import _NP_CATEGORIES, _actor_id
from claimkit.extract.mention_tokens import _Segment
from claimkit.extract.organisation_names import _OrganisationNames
from claimkit.lexicon import NameForm
from claimkit.model import Actor, ActorKind, Span, _unchecked_span


class _NameContexts(_OrganisationNames):
    """The look-ups around a name: its title, its apposition, whether it speaks."""

    def _name_runs(self, phrase: list[_Segment]) -> list[tuple[int, int, ActorKind]]:
        """Runs of capitalised words that name someone (read by :class:`_Names`)."""
        raise NotImplementedError

    def _title_role(self, before: list[_Segment]) -> str | None:
        parts: list[str] = []
        for segment in before:
            category = segment.category
            if category in ("title", "head", "group"):
                parts.append(
                    segment.role if segment.role is not None else self._words(segment).lower()
                )
            elif (
                category == "mod" and not set(self._keys(segment)) & self.lexicon.anonymous_markers
            ):
                parts.append(self._words(segment).lower())
            elif category == "word" and parts and self._verb_like(segment):
                parts = []  # "the senator accused Biden": a verb between, Biden has no title
            elif category == "word" and parts:
                parts.append(self._words(segment))
        role = " ".join(p for p in parts if p)
        return role or None

    def _verb_like(self, segment: _Segment) -> bool:
        """Whether a plain word is a verb ("accused", "said", "told"), which no title holds."""
        text = self._words(segment)
        key = text.lower()
        return text.islower() and (
            key in self.words.common_verbs or key in self.words.speaker_verbs
            or (len(key) > 4 and key.endswith("ed"))
        )

    def _the_before(self, name: _Segment) -> bool:
        """Whether "the" comes right before a name, capitalised words between.

        People's names take no article: "the Trump Train", "the No Child Left Behind law"
        name things ("the embattled Donald Trump" has a modifier between).
        """
        for index in range(name.index - 1, max(-1, name.index - 4), -1):
            segment = self.segments[index]
            tokens = self.tokens[segment.first : segment.last]
            if segment.category == "det" and tokens[0].key == "the":
                return True
            if segment.possessive or not all(t.cap for t in tokens):
                return False  # "The Post's Chris Cillizza": the name has an owner
        return False

    def _named_speaker(self, i: int) -> bool:
        """Whether the one capitalised word at token ``i`` names someone who speaks.

        "Bob said", "said Bob.", "known as Bob": a one-word name no earlier mention
        explains is still a person's when a reporting verb has it as its subject.
        """
        tokens = self.tokens
        if "'" in tokens[i].key or "\u2019" in tokens[i].key:
            return False  # a contraction: "I've said"
        verbs = self.words.speaker_verbs
        following = tokens[i + 1] if i + 1 < len(tokens) else None
        if following is not None and following.key in verbs and not following.cap:
            return True
        if following is not None and following.key in _BE_HAVE and i + 2 < len(tokens):
            at = i + 3 if tokens[i + 2].key == "been" and i + 3 < len(tokens) else i + 2
            if tokens[at].key in _CHARGED:
                return True  # "Shell was accused of ...", "Glencore has been fined": the accused
        if following is not None and following.text == "," and i + 2 < len(tokens) and (
            tokens[i + 2].key == "who"
        ) and (i == 0 or (not tokens[i - 1].cap and tokens[i - 1].key not in _NAME_TAILS)):
            return True  # "Khan, who has maintained his innocence, ...": a person; not
            # "the Foundation for Middle East Peace, who", "Vice News, who"
        before = tokens[i - 1].key if i > 0 else ""
        ends = following is None or following.text in (".", ",")
        if ends and before in verbs and not tokens[i - 1].cap:
            return True
        return ends and before == "as" and i > 1 and tokens[i - 2].key == "known"

    def _apposed_organisation_kind(self, after: int) -> tuple[ActorKind, Span] | None:
        """What an apposition after a name says it is when that is an organisation.

        "The Emergency Lawyers, a group that tracks abuses,", "Sudan Doctors Network, an
        independent medical group,": "a" or "an", a few lowercase words and an organisation
        noun; the name before it is the organisation's (kind, span of the description).
        The apposition is read here, so its noun makes no actor of its own.
        """
        segments = self.segments
        if after + 2 >= len(segments) or self._words(segments[after]) != ",":
            return None
        i = after + 1
        if segments[i].category != "det" or self.tokens[segments[i].first].key not in ("a", "an"):
            return None
        j = i + 1
        while j < len(segments) and j - i <= 4 and (
            segments[j].category in ("word", "mod", "doc")
        ) and not self.tokens[segments[j].first].cap:
            j += 1
        if j >= len(segments) or segments[j].category != "orgnoun" or segments[j].possessive or (
            self.tokens[segments[j].first].cap
        ):
            return None
        following = segments[j + 1] if j + 1 < len(segments) else None
        if following is not None and ((following.category in _NP_CATEGORIES and (
            self.tokens[following.first].key not in self.words.relative_pronouns
        )) or (
            self.tokens[following.first].key == "of"
        )):
            return None  # "an airline pilot", "a union member", "a group of rabbis": no name
        kind = self.lexicon.org_nouns.get(self._keys(segments[j]), ActorKind.ORGANISATION)
        self.resume = max(self.resume, j + 1)
        return kind, _unchecked_span(segments[i].start, segments[j].end)

    def _apposition(self, after: int) -> tuple[str | None, Actor | None, Span] | None:
        """A role phrase set off after a name: ", deputy spokesperson for the US Department"."""
        segments = self.segments
        if after >= len(segments) or segments[after].category != "punct":
            return None
        if self._words(segments[after]) not in (",", "(", "\u2014", "\u2013"):
            return None
        i = after + 1
        if i >= len(segments) or segments[i].category not in _NP_CATEGORIES:
            return None
        j = self._phrase_end(i)
        phrase = segments[i:j]
        heads = [s for s in phrase if s.category in ("head", "title")]
        if not heads:
            return None
        runs = self._name_runs(phrase)
        principal: Actor | None = None
        if runs:
            # ", a spokesman for Hunter,": a spokesman, aide or lawyer of a person named
            # before speaks for that person
            first_run, last_run, _kind = runs[-1]
            held = self._organisation_apposition(i, phrase, runs)
            if held is not None:  # ", the chairman of the House Oversight Committee,"
                return held
            if self.tokens[heads[0].last - 1].key not in self.words.owner_speakers:
                return None
            principal = self._linked_person(self.tokens[phrase[last_run - 1].last - 1].key)
            if principal is None:
                return None
            if phrase[last_run - 1].possessive and (
                last_run < len(phrase) and phrase[last_run] is heads[0]
            ):
                phrase = phrase[last_run:]  # ", Hunter's spokesman,"
            else:
                link = first_run - 1
                while link > 0 and phrase[link].category == "title":
                    link -= 1  # "a spokesman for Rep. Duncan Hunter"
                if link < 1 or self.tokens[phrase[link].first].key not in ("for", "to", "of"):
                    return None
                j = i + last_run
                phrase = phrase[:link]
            heads = [s for s in phrase if s.category in ("head", "title")]
            if not heads:
                return None
        self.resume = max(self.resume, j)
        head = heads[0]
        index = phrase.index(head)
        while index + 1 < len(phrase) and phrase[index + 1].category in ("head", "title"):
            index += 1
            head = phrase[index]
        before = [s for s in phrase if s.end <= head.start and s.category != "det"]
        role_words = [
            self._words(s).lower() for s in before if s.category in ("mod", "head", "title")
        ]
        role = " ".join([*role_words, self._words(head).lower()])
        owned = [s for s in phrase if s.end <= head.start]
        sent = index + 1 < len(phrase) and self.tokens[phrase[index + 1].first].key == "to"
        if sent and principal is None and owned:
            # "the US ambassador to the UN": the one who sends, not where the envoy is sent
            principal = self._affiliation(owned)
        affiliation = principal or (
            # "the Democratic People's Republic of Korea's ambassador to the United
            # Nations": the possessor, not where the ambassador is sent
            self._affiliation(owned) if any(s.possessive for s in owned) else None
        ) or self._affiliation(phrase, exclude=head)
        first = before[0] if before else head
        return role, affiliation, _unchecked_span(first.start, head.end)

    def _organisation_apposition(
        self, i: int, phrase: list[_Segment], runs: list[tuple[int, int, ActorKind]]
    ) -> tuple[str | None, Actor | None, Span] | None:
        """A role held at an organisation the gazetteer does not know, set off after a name.

        "Rep. Jason Chaffetz, the chairman of the House Oversight Committee,", "Jane Doe,
        chief executive of Acme Corp.,": the person holds the role ("chairman") and speaks
        for the organisation, whose name is read as a phrase of its own after "of" or "at".
        Not a person's name after the link (", the son of John Smith,") nor a role that
        only modifies the name (", a former Goldman Sachs banker,").
        """
        if len(runs) != 1:
            return None
        first_run, last_run, kind = runs[0]
        if kind is ActorKind.PERSON or last_run != len(phrase):
            return None
        link = first_run - 1
        if link >= 1 and phrase[link].category == "det" and (
            self.tokens[phrase[link].first].key == "the"
        ):
            link -= 1
        if link < 1 or self.tokens[phrase[link].first].key not in _ORGANISATION_LINKS:
            return None
        owned = phrase[:link]
        if any(s.category not in ("det", "mod", "head", "title") for s in owned) or (
            any(s.possessive for s in owned)
        ):
            return None  # ", the firm's chairman of Acme": read elsewhere
        heads = [s for s in owned if s.category in ("head", "title")]
        if not heads or heads[-1] is not owned[-1]:
            return None
        head = heads[-1]
        role = " ".join(
            self._words(s).lower() for s in owned if s.category in ("mod", "head", "title")
        )
        run = phrase[first_run:last_run]
        name = " ".join(t.text for t in self.tokens[run[0].first : run[-1].last])
        organisation = Actor(id=_actor_id(kind, name), name=name, kind=kind)
        # the organisation's name is read on its own, as the phrase after "of"
        self.resume = max(self.resume, i + link + 1)  # ``phrase`` starts at segment ``i``
        first = next(s for s in owned if s.category != "det")
        return role, organisation, _unchecked_span(first.start, head.end)

    def _demonym_surname(self, phrase: list[_Segment], i: int, j: int) -> bool:
        """Whether a demonym right after a titled name is that person's surname.

        "U.N. human rights chief Volker Turk": after a role word and a name, a one-word
        demonym ends the person's name; it is no state. Not a demonym a name follows
        ("chief Volker Turk Smith" is read from the names), nor one after a name alone.
        """
        if j != i + 1 or j >= len(phrase) or i < 1:
            return False
        demonym = phrase[j]
        return (
            demonym.category == "gaz" and demonym.form is NameForm.DEMONYM
            and demonym.last - demonym.first == 1 and not phrase[i].possessive
            and phrase[i].last - phrase[i].first == 1
            and phrase[i - 1].category in ("title", "head") and not phrase[i - 1].possessive
            and not (j + 1 < len(phrase) and phrase[j + 1].category == "name")
        )

    def _is_particle(self, segment: _Segment) -> bool:
        """Whether a segment is a lowercase particle of personal names ("de", "bin", "von")."""
        return segment.category in ("word", "stop") and (
            self.tokens[segment.first].key in self.words.name_connectors
        )

    def _particle_then_name(self, phrase: list[_Segment], j: int) -> bool:
        """Whether particles start at ``j`` and a name follows them.

        "de Blasio", "von der Leyen", "dela Rosa", "de Lima" (a one-word place's name may be a
        surname there).
        """
        k = j
        while k < len(phrase) and self._is_particle(phrase[k]):
            k += 1
        if k == j or k >= len(phrase):
            return False
        after = phrase[k]
        return after.category == "name" or (
            after.category == "gaz" and after.last - after.first == 1
        )

    def _capitalised_possessive(self, segment: _Segment, *, anywhere: bool = False) -> bool:
        """Whether a segment is "Our", "My" or "Your" capitalised inside a sentence.

        With ``anywhere`` (before an organisation's name: "Our Principles PAC, which was
        founded by ...") it may open the sentence too.
        """
        token = self.tokens[segment.first]
        if segment.last - segment.first != 1 or token.text not in ("Our", "My", "Your"):
            return False
        return anywhere or not self._opens_sentence(segment.first, (".", "!", "?", ":"))

    def _opening_gerund(self, phrase: list[_Segment], i: int) -> bool:
        """Whether a capitalised word opening a sentence before a name is an -ing verb.

        "Entrusting Donald Trump with our nuclear codes is a risky proposition": the
        sentence opens with a verb, so "Entrusting" is no part of the name after it.
        """
        segment = phrase[i]
        key = self.tokens[segment.first].key
        if (
            segment.last - segment.first != 1
            or len(key) < 7
            or not key.endswith("ing")
            or i + 1 >= len(phrase)
            or phrase[i + 1].category not in ("name", "gaz")
            or self.lexicon.first_name(key)
            or self.gaz.is_first_name(key)
        ):
            return False
        if not self._opens_sentence(segment.first):
            return False
        j = i + 1
        while j < len(phrase) and phrase[j].category in ("name", "gaz"):
            if phrase[j].possessive:
                return True  # "Following Trump's remarks"
            j += 1
        after = phrase[j - 1].last
        return after < len(self.tokens) and self.tokens[after].key in _GERUND_OBJECT_NEXT


_NAME_TAILS = frozenset({"of", "for", "the", "and", "&"})
"""Words before the last word of an organisation's name ("Foundation for Peace")."""

_BE_HAVE = frozenset({"was", "is", "were", "are", "has", "have", "had"})

_CHARGED = frozenset({"accused", "charged", "sued", "fined", "criticised", "criticized", "blamed",
                      "convicted", "indicted", "banned", "suspended", "investigated", "condemned"})
"""Participles of a charge: a one-word name before "was accused" is the accused party's."""



_GERUND_OBJECT_NEXT = frozenset({
    "with", "to", "into", "onto", "on", "as", "for", "in", "at", "from", "about", "over",
    "and", "the", "a", "an", "his", "her", "their", "its",
})
"""Words that may follow the object of a verb opening a sentence ("Entrusting Trump with")."""


_ORGANISATION_LINKS = frozenset({"of", "at"})
"""Words linking a role to the organisation it is held at ("chairman of", "an analyst at")."""
