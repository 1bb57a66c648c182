"""Speakers named as groups or by what they belong to, for the speaker resolver.

"The family of the woman", "Several of India's top wrestlers", "Supporters of Sanders", "the
former city manager of Port Coquitlam", "the nurses' union", "Indian fishermen": phrases whose
head is a group, an officer or a body of people, and whose other name is only what they belong
to, are read here; :class:`claimkit.extract.speakers.SpeakerResolver` mixes these methods in.
"""

from __future__ import annotations

import re

from claimkit.extract.actors import ActorResolver, Mention, MentionKind
from claimkit.extract.gazetteer import Gazetteer
from claimkit.extract.roles import names_people, role_lexicon
from claimkit.extract.speaker_words import _PEOPLE_SUFFIXES
from claimkit.lexicon import normalise_word
from claimkit.model import Actor, ActorKind, Document, Span, actor_id


class _GroupSpeakers:
    """Methods of the speaker resolver that read group and membership phrases."""

    document: Document
    gazetteer: Gazetteer
    resolver: ActorResolver

    def _people_of(self, span: tuple[int, int]) -> Actor | None:
        """The people a phrase opens with, before the party they belong to.

        "The family of the woman, Mercy Achieng", "Several of India's top wrestlers": the
        family and the wrestlers speak, with the woman and India as their affiliation; the
        name after "of" is not the speaker.
        """
        match = _PEOPLE_OF.match(self.document.text, span[0], span[1])
        if match is None:
            return None
        group = "people" if match.group("people") else "counted"
        name = match.group(group)
        if group == "people" and match.start(group) == span[0] and name[1:].islower():
            name = name.lower()  # "Families of the victims" opening a sentence
        head = name.split()[-1].lower()
        if group == "people" and self._outsiders(head):
            return self._outsiders_of(match, head, span)
        if group == "people" and head in self.resolver.words.members:
            members = self._members_of(match, name, span)
            if members is not None:  # "Members of the Oath Keepers", "Employees of Theranos"
                return members
        if group == "people" and len(name.split()) > 1:
            if name.islower() and (
                (head,) in role_lexicon().person_heads or head in self.resolver.words.owner_speakers
            ):
                return self._officer_of(match, name, span)  # "the former city manager of X"
            return None  # "The deputy director for": the resolver reads longer phrases
        if (head not in self.resolver.words.kin if group == "people"
            else not names_people(head)) or (
            head in _QUANTIFIER_HEADS or name.split()[0].lower() in _OWNERS
        ):
            return None  # "Some of her aides": the resolver reads whose they are
        after = match.end() if group == "people" else match.start(group)
        following = self.document.text[after : span[1]].split()[:1]
        if group == "people" and not (following and (
            following[0][:1].isupper() or following[0].lower() in _PERSON_LEADS
        )):
            return None  # "a family of super PACs" is no family of people
        if group == "people" and following[0].lower() == "those":
            # "The families of those killed in the shooting at Sandy Hook Elementary
            # School": the dead are unnamed; the school is only where they died
            return Actor(id=actor_id(ActorKind.GROUP, name, anonymous=True,
                                     scope=self.document.id),
                         name=name, kind=ActorKind.GROUP, anonymous=True)
        owners = self.resolver.actors_in(  # "the woman, Mercy Achieng"; "India's"
            Span(start=after, end=span[1]) if group == "people" else Span(start=span[0],
                                                                          end=after))
        own_id = actor_id(ActorKind.GROUP, name, anonymous=True, scope=self.document.id)
        affiliation = next((o.actor for o in owners if o.actor.id != own_id and all(
            a.id != own_id for a in o.actor.affiliations())), None)
        return Actor(id=own_id, name=name, kind=ActorKind.GROUP, anonymous=True,
                     affiliation=affiliation)

    def _officer_of(self, match: re.Match[str], name: str, span: tuple[int, int]
                    ) -> Actor | None:
        """A person described by a role of the party named after "of".

        "The former city manager of Port Coquitlam" is the manager, not the city; a former
        officer no longer speaks for it.
        """
        text = self.document.text
        rest = text[match.end() : span[1]]
        if text[max(0, span[0] - 2) : span[0]].strip() in (",", "(", "\u2014", "--"):
            return None  # "Shawn Moran, the vice president of the union, told": an apposition
        resolved = self.resolver.resolve(Span(start=span[0], end=span[1]))
        if resolved is not None and resolved.actor.kind is ActorKind.PERSON and (
            resolved.span.start < match.end()
        ):
            return None  # the description names a person the story knows
        owners = self.resolver.actors_in(Span(start=match.end(), end=span[1]))
        if not owners or "," in rest or not (rest[:1].isupper() or rest.lower().startswith(
            "the "
        )) or text[owners[-1].span.end : span[1]].strip(" '\u2019s"):
            return None  # "chief executive of Jet Services, Paul Allen": the name speaks
        former = not {"former", "ex", "onetime", "one-time"}.isdisjoint(name.split())
        return Actor(id=actor_id(ActorKind.PERSON, name, anonymous=True, scope=self.document.id),
                     name=name, kind=ActorKind.PERSON, role=name, anonymous=True,
                     affiliation=None if former else owners[0].actor)

    def _plural_owners_organisation(self, span: tuple[int, int]) -> Actor | None:
        """An organisation named by the people it is for: "the nurses' union".

        The phrase is split at the apostrophe, so the mentions hold the nurses alone; the
        union, with its members' name, speaks.
        """
        match = _PLURAL_OWNERS_NOUN.fullmatch(self.document.text, span[0], span[1])
        if match is None:
            return None
        kind = role_lexicon().org_nouns.get((normalise_word(match.group("noun")),))
        if kind is None:
            return None
        name = " ".join(match.group("name").split())
        return Actor(id=actor_id(kind, name, anonymous=True, scope=self.document.id),
                     name=name, kind=kind, anonymous=True)

    def _outsiders_of(self, match: re.Match[str], head: str, span: tuple[int, int]
                      ) -> Actor | None:
        """A group named after the party after "of" that it does not speak for.

        "Supporters of Bernie Sanders", "Residents of Flint": the Bernie Sanders supporters
        and the Flint residents, not Sanders or Flint.
        """
        owner = self._owner_after(match, span)
        if owner is None:
            return None  # "Critics of the plan": no party named right after "of"
        name = f"{owner[0]} {head.lower()}"
        return Actor(id=actor_id(ActorKind.GROUP, name, anonymous=True, scope=self.document.id),
                     name=name, kind=ActorKind.GROUP, role=head.lower(), anonymous=True)

    def _members_of(self, match: re.Match[str], name: str, span: tuple[int, int]
                    ) -> Actor | None:
        """The members of the party named after "of", who speak as part of it.

        "Members of the Oath Keepers", "Officials of the ministry", "Employees of
        Theranos": the Oath Keepers members, affiliated to the Oath Keepers, as "Oath
        Keepers members" are; not the Oath Keepers themselves. Former members no longer
        speak for it ("Former employees of Theranos" are Theranos's former employees).
        """
        words = name.lower().split()
        if not match.group(0)[:-1].rstrip().lower().endswith(" of") or (
            len(words) > 1 and (not name[1:].islower() or words[0] not in _FORMER)
        ):
            return None  # "Lawyers for", "Senior officials of": the resolver reads them
        head = words[-1]
        owner = self._owner_after(match, span)
        if owner is None or (owner[1] is not None and self.document.text[
            self._owner_end(owner[1], match.end(), span[1]) : span[1]
        ].strip()):
            return None  # "Members of the public", "Members of Trump's family"
        body = owner[1]
        one_word = " " not in owner[0]
        if body is None and not one_word and not self.document.text.startswith(
            "the ", match.end()
        ):
            return None  # "Staff of Senator John Smith": maybe a person's
        if body is None or (body.kind is ActorKind.PERSON and one_word and (
            not body.role or head in body.role.split()
        )):
            # a name the stage reads as no one, or as a person by one unknown word
            # ("Employees of Theranos", "Members of the Oath Keepers"): a body has members
            entry = self.gazetteer.lookup(owner[0])  # "Members of Congress"
            kind = ActorKind.ORGANISATION
            body = self.gazetteer.actor(entry.id) if entry is not None else Actor(
                id=actor_id(kind, owner[0]), name=owner[0], kind=kind)
        if body.kind in (ActorKind.PERSON, ActorKind.GROUP):
            return None  # "staff of Senator Smith" are his aides; "members of the public"
        role = " ".join(words)
        name = f"{owner[0]} {role}"
        own_id = actor_id(ActorKind.GROUP, name, anonymous=True, scope=self.document.id)
        if any(a.id == own_id for a in body.affiliations()):
            return None
        return Actor(id=own_id, name=name, kind=ActorKind.GROUP, role=role, anonymous=True,
                     affiliation=None if words[0] in _FORMER else body)

    def _owner_end(self, owner: Actor, start: int, end: int) -> int:
        """Where the mention of ``owner`` that follows "of" ends."""
        found = next((m for m in self.resolver.actors_in(Span(start=start, end=end))
                      if m.actor.id == owner.id), None)
        return found.span.end if found is not None else start

    def _owner_after(self, match: re.Match[str], span: tuple[int, int]
                     ) -> tuple[str, Actor | None] | None:
        """The party named right after "of": its name, and its actor when the stage knows it.

        "Supporters of former prime minister Imran Khan": Imran Khan; "Supporters of
        Sanders", a name the resolver does not know alone: "Sanders" and no actor.
        """
        text = self.document.text
        owners = self.resolver.actors_in(Span(start=match.end(), end=span[1]))
        between = text[match.end() : owners[0].span.start] if owners else ""
        if owners and (between.strip().lower() in ("", "the") or (
            between.replace("-", "").replace(" ", "").isalpha() and between.islower()
        )):
            return owners[0].actor.name, owners[0].actor
        start = match.end()
        if text.startswith("the ", start):
            start += 4  # "Members of the Oath Keepers"
        named = _NAME_AT.match(text, start, span[1])
        if named is None:
            return None
        return named.group(0), None

    def _outsiders(self, head: str) -> bool:
        """Whether a group noun names people who do not speak for the party it is named after.

        "Sanders supporters", "Flint residents", "Trump critics": a group of their own.
        """
        words = self.resolver.words
        return head in words.followers or head in words.adversaries

    def _possessed(self, span: tuple[int, int], found: Actor | None) -> Actor | None:
        """The one a possessive phrase names, when it is not its possessor.

        "Imran Khan's party", "Venezuela's opposition", "Russia's critics", "Apple's rivals",
        "the victim's family", "the president's lawyers": the head after the possessive
        is the speaker, by its class of noun (``mention_words()``): a party, movement or
        opposition the possessor leads or holds is one of its own and speaks for neither
        it nor its state; followers and adversaries speak for no one else; kin speak for
        the possessor, and so do the owner's speakers (lawyers, aides), unless the other
        readings made them the possessor (the principal speaks) or the possessor's
        already. Any other head (a ministry, a government) is left to the other readings.

        Args:
            span: The source or target phrase.
            found: What the other readings make of the phrase (kept when it already
                speaks for the possessor and is not the possessor itself).
        """
        text = self.document.text
        match = _POSSESSED.fullmatch(text, span[0], span[1])
        if match is None or _COORDINATED.search(match.group("owner")):
            return None  # "Kenya and Uganda's" is no one owner
        words = self.resolver.words
        head = normalise_word(match.group("head"))
        modifiers = match.group("mods").split()
        if head in words.led_bodies:
            kind = words.led_bodies[head]
        elif head in words.followers or head in words.adversaries or head in words.kin:
            kind = ActorKind.GROUP
        elif head in words.owner_speakers:
            kind = ActorKind.GROUP if head.endswith(("s", "staff", "men")) else ActorKind.PERSON
        else:
            return None
        owner = self.resolver.resolve(Span(start=match.start("owner"), end=match.end("owner")))
        if owner is None or owner.kind is MentionKind.PRONOUN or text[
            owner.span.end : match.end("owner")
        ].strip():
            return None  # the possessor is not the whole phrase before the possessive
        possessor = owner.actor
        if head in words.owner_speakers and found is not None and found.speaks_for(possessor) and (
            _FORMER.isdisjoint(modifiers)
        ):
            return None  # "Trump's spokesman", "the senator's lawyer": read already as his
        noun = " ".join([*modifiers, head])
        state = self.gazetteer.state(possessor.country) if (
            possessor.kind is ActorKind.STATE and possessor.country) else None
        if head in words.led_bodies and state is not None:
            name = f"{state.demonyms[0] if state.demonyms else state.name} {noun}"
        elif possessor.anonymous or head in words.led_bodies or head in words.kin:
            mark = "'" if text[match.end("owner") : match.start("mods")].strip() in (
                "'", "\u2019") and possessor.name.endswith("s") else "'s"
            # "the victim's family", "the victims' families", "Imran Khan's party"
            name = f"{possessor.name}{mark} {noun}"
        else:
            name = f"{possessor.name} {noun}"  # "Sanders supporters", as "supporters of Sanders"
        speaks = head in words.kin or (
            head in words.owner_speakers and _FORMER.isdisjoint(modifiers))
        return Actor(
            id=actor_id(kind, name, anonymous=True, scope=self.document.id),
            name=name,
            kind=kind,
            role=noun,
            country=possessor.country if head in words.led_bodies else None,
            affiliation=possessor if speaks else None,
            anonymous=True,
        )

    def _nationals(self, mention: Mention, span: Span) -> Actor | None:
        """People or a business of a state, named by it but not speaking for it.

        "Indian fishermen", "Kenya's largest water utility": a state's demonym or possessive
        before a noun that names no organ of it makes a group or an organisation of that
        country, not the state.
        """
        actor = mention.actor
        if actor.kind is not ActorKind.STATE:
            return None
        text = self.document.text
        tail = text[mention.span.end : span.end].split()
        if tail and tail[0] in ("'s", "\u2019s", "'", "\u2019"):
            tail = tail[1:]
        if not 1 <= len(tail) <= 4 or any(not w.isalpha() or not w.islower() for w in tail):
            return None
        head = tail[-1]
        words = self.resolver.words
        if head in words.business_nouns or head in words.generic_org_nouns:
            kind = ActorKind.ORGANISATION
        elif (head.endswith(("men", "people")) or (
            head.endswith("s") and _noun_kind(head) is ActorKind.GROUP
        )) and (
            (head,) not in role_lexicon().bodies and head not in words.official_heads
        ):
            kind = ActorKind.GROUP
        else:
            return None
        name = text[mention.span.start : span.end].strip()
        return Actor(id=actor_id(kind, name, anonymous=True, scope=self.document.id),
                     name=name, kind=kind, country=actor.country, anonymous=True)


_PEOPLE_OF = re.compile(
    r"(?:several|many|some|most|two|three|four|five|dozens|hundreds)\s+of\s+"
    r"(?:the\s+)?(?:[A-Z][\w.-]*(?:'s|\u2019s)\s+)?(?P<counted>(?:[a-z-]+\s+){0,2}[a-z]+s)\b"
    r"|(?:(?:the|a|an)\s+)?(?P<people>(?:[a-z-]+\s+){0,2}[a-z]+)\s+(?:of|for)\s+",
    re.IGNORECASE,
)
"""A phrase opening with people before "of" ("The family of the woman") or counted out of a
party ("Several of India's top wrestlers")."""
_PLURAL_OWNERS_NOUN = re.compile(
    r"(?:(?:[Tt]he|[Aa]n?|[Ll]ocal)\s+)?"
    r"(?P<name>(?:[a-z-]+\s+)?[a-z-]+s['\u2019]\s+(?P<noun>[a-z]+))"
)
"""A noun after a plural possessive: "the nurses' union", "a citizens' group"."""
_POSSESSED = re.compile(
    r"\s*(?P<owner>[^\s'\u2019,;:()\"\u201c\u201d][^,;:()\"\u201c\u201d]*?)(?:'s|\u2019s|'|\u2019)"
    r"\s+(?P<mods>(?:[a-z][a-z-]*\s+){0,2})(?P<head>[a-z]+)\s*"
)
"""A possessor and the noun it has, with up to two lowercase words between: "Imran Khan's
party", "the president's longtime lawyers"."""
_COORDINATED = re.compile(r"\s(?:and|or|&)\s|\s*,", re.IGNORECASE)
_FORMER = frozenset({"former", "ex", "onetime", "one-time"})
"""Words by which a lawyer or aide no longer speaks for the one named."""
_NAME_AT = re.compile(r"[A-Z][\w.'-]*(?:\s+[A-Z][\w.'-]*)*(?=\s*$|\s*,)")
"""Capitalised words running to the end of a source phrase: a name."""
_OWNERS = frozenset({"his", "her", "their", "its", "our", "my", "your"})
_PERSON_LEADS = _OWNERS | {"the", "a", "an", "two", "three", "one", "those"}
_QUANTIFIER_HEADS = frozenset({"some", "many", "most", "one", "all", "none", "several", "each",
                               "both", "either", "neither", "members", "majority"})


def _noun_kind(word: str) -> ActorKind | None:
    """The kind of actor a common noun names, or None when it names none."""
    roles = role_lexicon()
    key = (word,)
    if key in roles.org_nouns:
        return roles.org_nouns[key]
    if key in roles.bodies or word in ("police", "army", "military", "prosecutors"):
        return ActorKind.GOVERNMENT_BODY if word != "prosecutors" else ActorKind.GROUP
    if key in roles.group_heads or (word.endswith(_PEOPLE_SUFFIXES) and word.endswith("s")):
        return ActorKind.GROUP
    if key in roles.person_heads or word.endswith(("er", "or", "ist", "ian", "man", "woman")):
        return ActorKind.PERSON
    if key in roles.document_nouns:
        return ActorKind.UNKNOWN
    return None
