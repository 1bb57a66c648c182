"""Antecedents in the region pass: the earlier actor a definite description refers to.

"the official", "the Democratic nominee", "the agency", "the paper", "the group's leader",
"the ad": a definite description refers back to a recent actor with the same role, side
or function, to the person a copula or an earlier description named, to the person a story
names most, or (for a document) to whoever the story said issued it.
:class:`claimkit.extract.descriptions._Descriptions` builds on these look-ups.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterable

from claimkit.extract.mention_drafts import (
    _LOOKBACK,
    MentionKind,
    _actor_id,
    _Draft,
    _RegionState,
    _role_words,
)
from claimkit.extract.mention_tokens import _Segment
from claimkit.extract.segment import ABBREVIATIONS
from claimkit.lexicon import normalise_word
from claimkit.model import Actor, ActorKind, Span

_PARTY_WORDS = frozenset({"democrat", "republican"})
_PARTY_SIDES = {
    "democrat": "democratic", "democratic": "democratic", "democrats": "democratic",
    "republican": "republican", "republicans": "republican", "gop": "republican",
}
"""Party words in roles, by the side they name ("the Democratic nominee")."""


def _sides(role: str) -> frozenset[str]:
    """The party sides a role's words name: "republican nominee" -> {"republican"}."""
    return frozenset(_PARTY_SIDES[w] for w in _role_words(role) if w in _PARTY_SIDES)


def _other_side(sides: frozenset[str], role: str | None) -> bool:
    """Whether a role names party sides, none of them in ``sides``.

    "the Democratic nominee" is not "the Republican nominee"; a role with no party word
    ("the nominee") is no other side.
    """
    if not sides or not role:
        return False
    theirs = _sides(role)
    return bool(theirs) and not sides & theirs


def _same_body(described: Actor, held: Actor | None) -> bool:
    """Whether a description's body is the one a person holds a role at.

    The same principal, or a body named by a common noun that the holder's organisation is
    named by: "the committee chairman" (a committee of the state the story is in) after
    "the chairman of the House Oversight Committee".
    """
    if held is None:
        return False
    if described.principal.id == held.principal.id:
        return True
    noun = described.name.split()[-1]
    return noun.islower() and normalise_word(noun) in {
        normalise_word(w) for w in held.name.split()
    }


_PAST_HOLDERS = frozenset({"former", "ex", "ex-", "retired", "outgoing", "late", "onetime"})
"""Words of a role its holder no longer holds, or soon not ("the former governor")."""

_COPULA_BEFORE = re.compile(r"\s+(?:is|was)\s+(?:the|a|an)\s+(?:[\w-]+\s+){0,3}\Z")
"""A copula and the article of a description after a name: "Angela Corey is the ..."."""
_SALIENT_WINDOW = 2000
"""How many earlier mentions are counted to find whom a story names most."""

_DOCUMENT_FAMILIES = {
    word: family
    for family in (
        frozenset({"ad", "ads", "advertisement", "commercial", "video"}),
        frozenset({"report", "investigation", "analysis", "review", "probe", "audit", "study"}),
        frozenset({"lawsuit", "suit", "complaint", "filing", "petition", "motion"}),
    )
    for word in family
}
"""Document nouns a story uses for one another ("a new ad" ... "the commercial")."""
_ISSUED_FROM = re.compile(
    r"\b([\w-]+)\s+(?:(?:has|have|had|was|were)\s+(?:been\s+)?)?(?:filed\s+|brought\s+)?"
    r"(?:from|by)\s+(?:the\s+)?\Z"
)
"""A document noun and "from" or "by" right before its issuer: "an ad from the PAC", "a
lawsuit has been filed by Bradley Podliska"."""
_ISSUED_BY = re.compile(
    r"(?:['\u2019]s?((?:\s+[\w-]+){1,2})|\s+(?:has\s+|have\s+|had\s+|is\s+|was\s+|will\s+)?"
    r"(?:released|issued|unveiled|launched|aired|published|sent|posted|ran|is\s+running|filed|wrote|"
    r"began\s+airing|put\s+out|released\s+on\s+\w+|(?:[a-z]+ed|said|wrote)\s+in)\s+(?:a|an|its|his|her|their|the)\b"
    r"((?:[\s,]+[\w-]+){1,4}))"
)
"""A possessive or an issuing verb after an issuer, then the document noun: "the PAC's
new ad" (within two words of the possessive: "Gowdy's office slammed a lawsuit" is not his),
"the campaign released an ad", "the parents have filed a lawsuit", "the company contended
in its letter"."""


def document_issuer(
    text: str, noun_key: str, candidates: Iterable[tuple[Span, Actor]]
) -> Actor | None:
    """The first of ``candidates`` the text shows issuing a document of ``noun_key``'s kind.

    "an ad from X", "X's new ad", "X released an ad" (and so for the other nouns of the
    document's family: "the Associated Press' lengthy investigation" issued "the report").

    Args:
        text: The document's text.
        noun_key: The document noun ("ad", "report").
        candidates: Spans of mentions and their actors, in the order to try them.
    """
    family = _DOCUMENT_FAMILIES.get(noun_key, frozenset({noun_key}))
    for span, actor in candidates:
        start, end = span.start, span.end
        before = _ISSUED_FROM.search(text, max(0, start - 60), start)
        if before is not None and normalise_word(before.group(1)) in family:
            return actor
        after = _ISSUED_BY.match(text, end, end + 80)
        if after is not None and not family.isdisjoint(
            normalise_word(w) for w in (after.group(1) or after.group(2)).replace(",", " ").split()
        ):
            return actor
    return None


_SALIENT_REACH = 400
"""How far back (characters, about two sentences) the person of "the Democrat" is named."""


_SENTENCE_OPENING = re.compile(r"[\s\"'\u201c\u2018]*(?:(?:The|But|And|Meanwhile,?)\s+)?")
"""What may stand before a sentence's subject: quotation marks and a conjunction."""
_QUOTE_THEN_SPEAKER = re.compile(
    r"[,.!?]?[\"\u201d]\s*,?\s*(?:(?:said|says|added|wrote)\s+)?(?:(?:the|a|an)\s+)?\Z",
    re.IGNORECASE,
)
"""The end of a quotation just before its speaker ('...," the senator said')."""
_TITLE_BEFORE = re.compile(r"\b([A-Z][a-z]{0,4})\.\s+\Z")
"""An abbreviated title just before a name ("Sen. ", "Gov. ", "Dr. ")."""


_COMPANY_ROLES = (r"(?i:chief executive(?: officer)?|ceo|chairman|chairwoman|founder|"
                  r"co-founder|managing director|general counsel|spokes(?:man|woman|person))")
_NAME = r"[A-Z][\w&'-]*(?: [A-Z][\w&'-]*){0,3}"
_EMPLOYER = re.compile(
    rf"(?:^|[^\w-])(?P<before>{_NAME}) {_COMPANY_ROLES}\b"
    rf"|\b{_COMPANY_ROLES},? (?:for|of|at) (?P<after>{_NAME})"
)
"""A company's name and a role in it: "NestWell chief executive Marie Tremblay", "a
spokeswoman for NestWell"."""
_NOT_EMPLOYERS = frozenset({"the", "a", "an", "former", "its", "his", "her", "their"})


class _Antecedents(_RegionState):
    """The look-ups by which descriptions refer back to actors named before them."""

    def _speakers_company(self, at: int) -> Actor | None:
        """The company a speaker earlier in the sentence works for, which "the company" is.

        "NestWell chief executive Marie Tremblay said the company disagreed with the
        regulator's findings", "Marie Tremblay, a spokeswoman for NestWell, said the company
        ...": the company is NestWell, not Health Canada named before.  Not a person's
        name ("a spokesman for Senator Kim Bell").
        """
        text = self.doc.text
        opening = max(text.rfind(stop, 0, at) for stop in (". ", "! ", "? ", "\n"))
        found = None
        for match in _EMPLOYER.finditer(text, opening + 1, at):
            found = match
        if found is None:
            return None
        words = (found.group("before") or found.group("after")).split()
        while words and words[0].lower() in _NOT_EMPLOYERS:
            words = words[1:]
        if not words or self.gaz.is_first_name(words[0]) or self.lexicon.first_name(
            normalise_word(words[0])
        ) or self.lexicon.org_heads.get(normalise_word(words[-1])) not in (
            None, ActorKind.ORGANISATION
        ):
            return None
        name = " ".join(words)
        for draft in self._recent():
            if (draft.actor.name == name and draft.actor.kind not in (
                ActorKind.ORGANISATION, ActorKind.PERSON
            )) or draft.actor.name.endswith(f" {name}"):
                return None  # a state, or the surname of a person named before ("Kim Bell")
        entry = self.gaz.lookup(name)
        if entry is not None:
            return self.gaz.actor(entry.id) if entry.kind is ActorKind.ORGANISATION else None
        return Actor(id=_actor_id(ActorKind.ORGANISATION, name), name=name,
                     kind=ActorKind.ORGANISATION)

    def _organisation_antecedent(self, noun_key: str, kind: ActorKind) -> Actor | None:
        """The organisation of ``kind`` that "the <noun>" refers back to ("the paper")."""
        for draft in self._recent():
            actor = draft.actor
            if draft.kind is MentionKind.PRONOUN or actor.kind is not kind:
                continue
            name_words = [normalise_word(w) for w in actor.name.split()]
            if noun_key in name_words:
                return actor
            if noun_key in self.words.generic_org_nouns and not (
                noun_key in self.words.business_nouns and name_words
                and name_words[-1] in self.words.other_heads
            ):  # "the company" is not the Rockefeller Brothers Fund named in between
                return actor
        if noun_key in self.words.business_nouns and kind is ActorKind.ORGANISATION:
            return self._unknown_business()
        return None

    def _unknown_business(self) -> Actor | None:
        """A name the gazetteer does not know, read as a person, that "the company" is.

        "Shell was accused of misleading the public ... The company rejected the
        accusation": with no organisation named before it, "the company" is the last name
        that is no one's (no first name, no title, no gender, no role).
        """
        for draft in self._recent():
            actor = draft.actor
            if draft.kind is not MentionKind.NAME or actor.kind is not ActorKind.PERSON:
                continue
            first = actor.name.split()[0]
            if actor.anonymous or actor.role or draft.gender is not None or (
                self.gaz.is_first_name(first)
            ):
                return None  # the last name is a person's
            return actor
        return None

    def _possessive_organisation(self, before: list[_Segment]) -> Actor | None:
        """The organisation a possessive noun refers back to: "the paper's editorial board"."""
        owners = [s for s in before if s.category in ("orgnoun", "group") and s.possessive]
        if not owners:
            return None
        noun_key = normalise_word(self._words(owners[-1]).split()[-1])
        if owners[-1].category == "group":
            if noun_key != "group":
                return None  # "the voters' choice" names no organisation
            return self._organisation_antecedent(noun_key, ActorKind.ORGANISATION)
        kind = self.lexicon.org_nouns[self._keys(owners[-1])]
        found = self._organisation_antecedent(noun_key, kind)
        if found is not None and noun_key == "party" and noun_key not in (
            normalise_word(w) for w in found.name.split()
        ):
            return None  # "the party's nominee" is no campaign's or platform's named before
        return found

    def _issuer_before(self, noun_key: str) -> Actor | None:
        """Who issued the document "the <noun>" refers back to, as the story told it before.

        "a new television ad from Our Principles PAC ... The ad concludes that": the ad
        speaks for the PAC; so after "the PAC's new ad" and "the PAC released an ad".
        """
        return document_issuer(
            self.doc.text,
            noun_key,
            (
                (d.span, d.actor) for d in self._recent()
                if d.kind is not MentionKind.PRONOUN and d.actor.kind is not ActorKind.UNKNOWN
            ),
        )

    def _antecedent_body(self, body: _Segment) -> Actor | None:
        """The body a definite generic phrase ("the agency") refers back to.

        A recent government body whose name has the phrase's noun wins; failing that,
        for a generic noun ("the agency", "the department"), the most recent body of the
        same function or, with no function, any government body.
        """
        assert body.body is not None
        noun = normalise_word(self._words(body).split()[-1])
        fallback: Actor | None = None
        for draft in self._recent():
            actor = draft.actor
            if draft.kind is MentionKind.PRONOUN or actor.kind is not body.body.kind:
                continue
            if noun in {normalise_word(w) for w in actor.name.split()}:
                return actor
            if fallback is None and body.body.function in self.words.generic_body_functions:
                fallback = actor
        return fallback

    # descriptions -------------------------------------------------------------

    def _copular_subject(self, span: Span) -> Actor | None:
        """The person a definite description is predicated of: "Corey is the attorney"."""
        match = _COPULA_BEFORE.search(self.doc.text, max(0, span.start - 12), span.start)
        if match is None:
            return None
        for draft in self._recent():
            if draft.span.end <= match.start():
                if draft.span.end == match.start() and draft.actor.kind is ActorKind.PERSON and (
                    draft.kind is MentionKind.NAME
                ):
                    return draft.actor
                return None
        return None

    def _described_before(self, span: Span) -> Actor | None:
        """The person an identical description named lately ("the Democratic nominee")."""
        text = self.doc.text
        wanted = " ".join(text[span.start : span.end].lower().split())
        for draft in self._recent():
            actor = draft.actor
            if draft.kind is MentionKind.DESCRIPTION and actor.kind is ActorKind.PERSON and (
                not actor.anonymous
            ) and (
                " ".join(text[draft.span.start : draft.span.end].lower().split()) == wanted
            ):
                return actor
        return None

    def _leads_sentence(self, draft: _Draft) -> bool:
        """Whether a mention is its sentence's subject: nothing but an opener before it."""
        text = self.doc.text
        start = draft.span.start
        while (title := _TITLE_BEFORE.search(text, max(0, start - 12), start)) is not None and (
            title.group(1).lower() in ABBREVIATIONS
        ):
            start = title.start()  # "Sen. Ted Cruz": the title's period ends no sentence
        before = text[max(0, start - 40) : start]
        cut = max(before.rfind(". "), before.rfind("\n"), before.rfind("? "), before.rfind("! "))
        if cut < 0 and start > 40:
            return False
        return _SENTENCE_OPENING.fullmatch(before[cut + 1 :]) is not None

    def _quotation_before(self, at: int) -> tuple[int, int] | None:
        """The quotation a description right after it is the speaker of, if any.

        '"Joe Manchin has been paid off," the New York Democrat said': the quotation ends
        just before the description, which names its speaker, seldom someone it names.
        """
        text = self.doc.text
        closing = _QUOTE_THEN_SPEAKER.search(text, max(0, at - 20), at)
        if closing is None:
            return None
        opening = max(text.rfind("\u201c", 0, closing.start()),
                      text.rfind('"', 0, closing.start()))
        if opening < 0 or "\n" in text[opening : closing.start()]:
            return None
        return opening, closing.end()

    def _salient_person(
        self, head_word: str, at: int, affiliation: Actor | None = None,
        sides: frozenset[str] = frozenset(),
    ) -> Actor | None:
        """The person a story is about, for "the Democrat" or "the billionaire" with no holder.

        Of the people named in the last two sentences or so, that is the one named most
        often so far (the most recent of equals); a person
        whose known role lacks the word ("the senator" for "Secretary Clinton") is passed
        over, except for a party's name ("the Democrat"), and so is one who speaks for
        another party or body than the description names.
        """
        counts: dict[str, int] = {}
        actors: dict[str, Actor] = {}
        other_sides: set[str] = set()  # described as speaking for another party or body
        quoted = self._quotation_before(at)  # '"Manchin was paid off," the Democrat said'
        recent = itertools.islice(
            itertools.chain(reversed(self.out), reversed(self.history)), _SALIENT_WINDOW
        )  # bounded, so that a long document's many descriptions stay linear
        for draft in recent:
            actor = draft.actor
            if affiliation is not None and draft.affiliation is not None and (
                draft.affiliation.principal.id != affiliation.principal.id
            ):
                other_sides.add(actor.id)  # "Donald Trump, the Republican nominee"
            if draft.kind is not MentionKind.NAME or actor.kind is not ActorKind.PERSON:
                continue
            if quoted is not None and quoted[0] <= draft.span.start < quoted[1]:
                continue  # named in the words the description is said to speak
            if actor.anonymous or (head_word not in _PARTY_WORDS and actor.role
                                   and head_word not in _role_words(actor.role)):
                continue
            if affiliation is not None and actor.affiliation is not None and (
                actor.affiliation.principal.id != affiliation.principal.id
            ):
                continue  # "the Kremlin spokesman" is not the White House's
            if _other_side(sides, actor.role):
                continue  # "the Democratic nominee" is not "the Republican nominee"
            counts[actor.id] = counts.get(actor.id, 0) + 1
            actors.setdefault(actor.id, actor)  # the first seen is the most recent
        for actor_id in other_sides:
            counts.pop(actor_id, None)
        near = {d.actor.id for d in itertools.islice(
                    itertools.chain(reversed(self.out), reversed(self.history)), _LOOKBACK)
                if d.actor.id in counts and at - d.span.start <= _SALIENT_REACH}
        if not near:
            return None  # no one named close by: an anonymous description is safer
        # of the people named close by, the one the story names most; of equals, the one
        # a recent sentence opens with ("Nikki Haley attacked Donald Trump. The former
        # governor said ..." is Haley), else the most recent
        best = max(counts[i] for i in near)
        tied = [i for i in actors if i in near and counts[i] == best]
        if len(tied) > 1:
            leading = [i for i in tied if any(
                d.actor.id == i and d.kind is MentionKind.NAME and self._leads_sentence(d)
                and not (quoted is not None and quoted[0] <= d.span.start < quoted[1])
                for d in itertools.islice(
                    itertools.chain(reversed(self.out), reversed(self.history)), _LOOKBACK)
                if at - d.span.start <= _SALIENT_REACH
            )]
            if len(leading) == 1:
                return actors[leading[0]]
        return actors[tied[0]]

    def _antecedent(
        self, head_word: str, group: bool, affiliation: Actor | None,
        sides: frozenset[str] = frozenset(),
        compound: frozenset[str] = frozenset(),
    ) -> Actor | None:
        """The last person (or group) this definite description refers back to.

        A candidate must have the same head word in its role ("the deputy director"), and
        the other words of a compound head too ("the vice president" is not the
        president), or, failing that, an official's role for "the official" or "the
        spokesman"; when the description names a state or body, the candidate must speak
        for the same state.
        """
        if head_word not in self.words.official_heads and head_word not in self._known_roles():
            return None  # no recent role has the word
        loose: Actor | None = None
        for draft in self._recent():
            actor = draft.actor
            if draft.kind is MentionKind.PRONOUN or not actor.role:
                continue
            if group != (actor.kind is ActorKind.GROUP) or actor.kind not in (
                ActorKind.PERSON,
                ActorKind.GROUP,
            ):
                continue
            if affiliation is not None and (
                actor.affiliation is None or affiliation.principal.id != actor.principal.id
            ):
                continue
            words = _role_words(actor.role)
            if _other_side(sides, actor.role):
                continue  # "the Democratic nominee" is not "the Republican nominee"
            if head_word in words and compound <= words:
                return actor
            if (
                loose is None
                and not compound
                and head_word in self.words.official_heads
                and words & self.words.official_roles
            ):
                loose = actor
        return loose

    def _apposed_holder(
        self, role: str, affiliation: Actor | None, sides: frozenset[str]
    ) -> Actor | None:
        """The one named person recently described with the role, when a title named another.

        "Rep. Jason Chaffetz, the chairman of the House Oversight Committee, said ..." then
        "The chairman said ...": Chaffetz's role is his title ("rep."), but the description
        set off after his name holds the head word, so "the chairman" is he. Every word of
        the role must be the description's or the name of the body it is held at ("the
        committee chairman"; not "the vice chairman"). Only when one person fits: with two
        chairmen named lately the description stays unresolved.
        """
        text = self.doc.text
        wanted = _role_words(role)
        head_word = normalise_word(role.split()[-1])
        found: Actor | None = None
        for draft in self._recent():
            actor = draft.actor
            if not draft.apposed:
                continue
            words = _role_words(text[draft.span.start : draft.span.end])
            if head_word not in words or _other_side(sides, actor.role):
                continue
            if (words & _PAST_HOLDERS) - wanted:
                continue  # "the former New Jersey governor" is not "the governor"
            if actor.affiliation is not None:
                words |= _role_words(actor.affiliation.name)
            if not wanted <= words:
                continue
            if affiliation is not None and not _same_body(affiliation, actor.affiliation):
                continue
            if found is not None and found.id != actor.id:
                return None  # two people hold the role: "the chairman" is neither for sure
            found = actor
        return found
