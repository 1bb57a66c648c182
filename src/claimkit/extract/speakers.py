"""Speakers: the actor a claim's source phrase names, with fallbacks when it names none.

:class:`SpeakerResolver` wraps the actor stage (:class:`~claimkit.extract.actors.ActorResolver`)
for the attribution stage (:mod:`claimkit.extract.attribution`): it resolves a source or
target span to an actor, reads a name used as a modifier ("Ferguson police", "a PGA Tour
golfer") as the noun's referent affiliated to the named actor, and makes an actor from
the words of a source the actor stage did not resolve (an anonymous one for "an
unidentified official", a group for "Six Gannett newspapers").
:func:`~claimkit.extract.speaker_words.names_someone` tells a source phrase that can name a
speaker from a fragment that cannot ("pointing out", "to", "The").
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence

import attrs

from claimkit.extract.actors import ActorResolver, Mention, MentionKind
from claimkit.extract.antecedents import document_issuer
from claimkit.extract.compass_states import compass_state
from claimkit.extract.cues import PhraseIndex
from claimkit.extract.document_owners import TIMES, _DocumentOwners
from claimkit.extract.gazetteer import Gazetteer
from claimkit.extract.group_speakers import _GroupSpeakers, _noun_kind
from claimkit.extract.pair_speakers import names_pair, pair_speaker
from claimkit.extract.relatives import RELATIVE_SPEAKERS, relative_speaker
from claimkit.extract.roles import MentionWords, role_lexicon
from claimkit.extract.segment import DocumentTokens, lowers
from claimkit.extract.segment import words as _words
from claimkit.extract.speaker_words import (
    _COLLECTIVES,
    _PRONOUN_SOURCES,
    _QUOTE_CHARS,
    _head_word,
)
from claimkit.extract.verb_context import CRITICISM
from claimkit.lexicon import normalise_word
from claimkit.model import Actor, ActorKind, Document, Span, _unchecked_span, actor_id

__all__ = ["ANONYMOUS", "SpeakerResolver"]

ANONYMOUS = re.compile(r"\b(?:anonymous|unidentified|unnamed|undisclosed)\b", re.IGNORECASE)
"""Words that make a source anonymous ("an unidentified official")."""


_NAMED_LATER = frozenset(_words("senator governor mayor congressman congresswoman candidate "
                                  "judge ambassador"))
"""Public roles a lede may name before the person ("a U.S. senator"); anonymous sources
("an official", "an aide") keep their anonymity."""


class SpeakerResolver(_DocumentOwners, _GroupSpeakers):
    """Wraps the actor resolver with fallbacks for unresolvable noun phrases.

    Args:
        document: The document.
        gazetteer: The gazetteer the actor stage looks names up in.
        tokens: The document's shared tokens; made by the actor stage if omitted.
        words: The mention stage's word lists; the shipped ones if omitted.
        answering: The accused's span of the charge each denial answers, by the denial's
            source span (:func:`~claimkit.extract.denied_charges.charges_answered`): a body
            named without its state that denies the charge is the accused state's.
    """

    def __init__(
        self,
        document: Document,
        gazetteer: Gazetteer,
        tokens: DocumentTokens | None = None,
        words: MentionWords | None = None,
        answering: Mapping[tuple[int, int], tuple[int, int]] | None = None,
    ) -> None:
        self.document = document
        self.gazetteer = gazetteer
        self.resolver = ActorResolver(document, gazetteer, tokens, words)
        if answering:
            self.resolver.answering = answering

    def actor(self, span: tuple[int, int]) -> Actor | None:
        """The actor a source or target span names, or None when it names none."""
        topic = _TOPIC_LEAD.match(self.document.text, span[0], span[1])
        if topic is not None and topic.end() < span[1]:
            span = (topic.end(), span[1])  # "Of Carson, Levine ... said": Levine speaks
        span = self._counted(span)
        if self.document.text[span[0] : span[1]].lower() in RELATIVE_SPEAKERS:
            antecedent, document = relative_speaker(self, span)
            return antecedent or self._actor(span) or document
        return self._actor(span)

    def _counted(self, span: tuple[int, int]) -> tuple[int, int]:
        """A phrase without the count before the people it counts, who speak.

        "A number of the families of those killed ... said", "a handful of rabbis": the
        families and the rabbis; not "a majority of those polled" or "a number of more"
        (the rest names no one), nor "the majority of the world" (no people). "A group of"
        is the resolver's own ("a group of disaffected Ethiopians" is an Ethiopian group).
        """
        text = self.document.text
        counted = _COUNTED_LEAD.match(text, span[0], span[1])
        if counted is None:
            return span
        rest = text[counted.end() : span[1]].split()
        head = next((k for k, word in enumerate(rest) if word in _HEAD_ENDS), len(rest))
        if not head or rest[0].lower() in _NO_ONE_COUNTED or not (
            rest[head - 1][:1].isupper() or rest[head - 1].endswith(("s", "men", "people"))
        ):
            return span  # "the majority of the world": no people counted
        return counted.end(), span[1]

    def _actor(self, span: tuple[int, int]) -> Actor | None:
        """The actor a span names, by the actor stage's readings (see :meth:`actor`)."""
        target = _unchecked_span(*span)  # offsets of the text, as every caller's
        compass = compass_state(  # "The North's foreign ministry": North Korea's ministry
            self.document.text, span,
            (m.actor for m in self.resolver.mentions() if m.span.end <= span[0]),
            self.gazetteer, self.document.id)
        if compass is not None:
            return compass
        if names_pair(self.document.text, span):  # "Both women", "the couple"; the test
            # first spares the scan of every mention for the phrases of all other shapes
            pair = pair_speaker(self.document.text, span, [
                m for m in self.resolver.mentions() if m.span.end <= span[0]])
            if pair is not None:
                return pair
        first = self._first_of_others(span)
        if first is not None:
            return first
        people = self._people_of(span) or self._plural_owners_organisation(span)
        if people is not None:
            return people
        titled = self._titled_name(target)
        if titled is not None:
            return titled
        owned = self._owned_document(span) or self._published_document(span)
        # "The union's lawsuit", "The report, released by the Justice Department,"
        if owned is not None:
            return owned
        found = self._resolved(target)
        return self._possessed(span, found) or found

    def _resolved(self, target: Span) -> Actor | None:
        """The actor the actor stage reads a phrase as, with its readings of modifiers."""
        mention = self.resolver.resolve(target)
        if mention is not None:
            named = self._name_after_role(mention) or self._named_in_body(mention) or (
                self._document_owner(mention, target))
            if named is not None:
                return named
            return self._modified_noun(mention, target) or self._spokesman_for(
                mention, target) or self._nationals(mention, target) or mention.actor
        inside = self.resolver.actors_in(target)
        if inside:
            return inside[-1].actor if len(inside) > 1 and _possessive_of_last(
                self.document.text, target) else inside[0].actor
        return None

    def party_members(self, span: tuple[int, int]) -> Actor | None:
        """The members of the party whose adjective alone modifies a claim noun.

        "Democratic allegations of political bias": the Democrats allege.
        """
        party = _PARTY_MEMBERS.get(self.document.text[span[0] : span[1]].strip().lower())
        entry = self.gazetteer.lookup(party) if party is not None else None
        return self.gazetteer.actor(entry.id) if entry is not None else None

    def _named_in_body(self, mention: Mention) -> Actor | None:
        """Who a headline's "Report:" or "Newspaper Says" turns out to be in the story.

        A document or outlet noun with no owner in the first line names the report's
        issuer ("Report: ..." and "The Associated Press' lengthy investigation") or the
        first outlet the story names ("Newspaper Says ..." and "The Advocate").
        """
        actor = mention.actor
        text = self.document.text
        line_end = text.find("\n")
        if not actor.anonymous or actor.affiliation is not None or line_end < 0 or (
            mention.span.end > line_end
        ):
            return None
        noun = normalise_word(actor.name.split()[-1])
        body = [m for m in self.resolver.mentions() if m.span.start > line_end][:_BODY_MENTIONS]
        if noun in _OUTLET_NOUNS:
            return next(
                (m.actor for m in body
                 if m.actor.kind is ActorKind.MEDIA_OUTLET and not m.actor.anonymous
                 and text[m.span.start - 1 : m.span.start] != "("),  # not "WASHINGTON (AP)"
                None,
            )
        if actor.kind is not ActorKind.UNKNOWN or (noun,) not in role_lexicon().document_nouns:
            return None
        return document_issuer(
            text,
            noun,
            (
                (m.span, m.actor) for m in body
                if m.kind is not MentionKind.PRONOUN and m.actor.kind is not ActorKind.UNKNOWN
            ),
        )

    def _document_owner(self, mention: Mention, span: Span) -> Actor | None:
        """A statement or letter that speaks for its issuer: "The ministry's statement said".

        The owner before the document noun ("the ministry's statement"), or, for "the
        statement" alone, the party last shown issuing one ("In a statement, the bank said
        ... “...,” the statement said"), is who the document speaks for.
        """
        actor = mention.actor
        if not actor.anonymous or actor.affiliation is not None or (
            actor.kind is not ActorKind.UNKNOWN
        ):
            return None
        noun = normalise_word(actor.name.split()[-1])
        if noun not in _SPEAKING_DOCUMENTS:
            return None
        text = self.document.text
        owner = _OWNER.match(text, span.start, mention.span.end)
        if owner is not None and owner.group(1).split()[-1].lower() in TIMES:
            return None  # "Monday's statement": a time, not an issuer
        if owner is not None:
            issuer = self.claimant((span.start, owner.end(1)))
            return attrs.evolve(actor, affiliation=issuer)
        if text[span.start : mention.span.start].strip().lower() != "the":
            return None
        earlier = [m for m in self.resolver.mentions()
                   if span.start - _SPOKESMAN_REACH <= m.span.start and m.span.end <= span.start
                   and m.kind is not MentionKind.PRONOUN]
        for candidate in reversed(earlier):
            opening = _IN_A_STATEMENT.search(text, max(0, candidate.span.start - 60),
                                             candidate.span.start)
            if opening is not None and normalise_word(opening.group(1)) == noun:
                return attrs.evolve(actor, affiliation=candidate.actor)
        return None

    def _name_after_role(self, mention: Mention) -> Actor | None:
        """The person named after a capitalised role inside a headline's name.

        "McCain Challenger Kelli Ward: ...": title case runs the role into the name; the
        person is the last two or more words after the role word.
        """
        if mention.kind is not MentionKind.NAME or mention.actor.kind is not ActorKind.PERSON:
            return None
        text = self.document.text
        words = [(m.start(), m.group()) for m in _WORD.finditer(text, mention.span.start,
                                                               mention.span.end)]
        heads = role_lexicon().person_heads
        cut = None
        for index, (_, word) in enumerate(words[:-2]):
            if (normalise_word(word),) in heads and word[:1].isupper():
                cut = index + 1
        if cut is None:
            return None
        tail = Span(start=words[cut][0], end=mention.span.end)
        named = self.resolver.resolve(tail)
        if named is None or named.actor.kind is not ActorKind.PERSON:
            return None
        return named.actor

    def _titled_name(self, span: Span) -> Actor | None:
        """The person named at the end of a span after coordinated titles.

        "former Hewlett-Packard CEO and presidential candidate Carly Fiorina": the name at
        the end is the phrase's head; two names joined by "and" alone are left to the first.
        """
        inside = self.resolver.actors_in(span)
        if len(inside) < 2:
            return None
        last = inside[-1]
        if last.kind is not MentionKind.NAME or last.actor.kind is not ActorKind.PERSON or (
            self.document.text[last.span.end : span.end].strip(" ,.")
        ):
            return None
        between = self.document.text[inside[-2].span.end : last.span.start]
        if _AND_TITLES.fullmatch(between) is None:
            return None  # "Donald Trump and House Speaker Paul Ryan": two people
        return last.actor

    def _first_of_others(self, span: tuple[int, int]) -> Actor | None:
        """The actor named before "and other ...": "he and other Clinton challengers said".

        The one named first speaks; the group it joins is only company. The source span may
        hold the whole coordination or start at "other".
        """
        text = self.document.text
        joined = _AND_OTHERS.search(text, span[0], span[1])
        if joined is not None and joined.start() > span[0]:
            end = joined.start()
        elif _OTHERS.match(text, span[0]):
            before = _AND_BEFORE.search(text, max(0, span[0] - 12), span[0])
            if before is None:
                return None
            end = before.start()
        else:
            return None
        mentions = self.resolver.actors_in(Span(start=max(0, end - 80), end=end))
        if mentions and mentions[-1].span.end == end:
            return mentions[-1].actor
        return None

    def _modified_noun(self, last: Mention, span: Span) -> Actor | None:
        """A name used as a modifier of a common noun: "Ferguson police", "a PGA Tour golfer".

        The phrase names the noun's referent (the police, the golfer), affiliated to the
        named actor, not the named actor itself.
        """
        if last.kind is not MentionKind.NAME or last.actor.kind is ActorKind.STATE or (
            last.actor.anonymous
        ):
            return None  # "North Korean officials" and descriptions are the stage's own
        tail = self.document.text[last.span.end : span.end].split()
        possessive = bool(tail) and tail[0] in ("'s", "\u2019s", "'", "\u2019")
        if possessive:
            # "Conal's employer said": the employer speaks, not Conal; "his campaign" and
            # "Trump's lawyer" speak for their owner and are the description stage's own
            tail = tail[1:]
            if tail and tail[-1] in self.resolver.words.owner_speakers:
                return None
        link = next((k for k, w in enumerate(tail) if w in _BODY_LINKS), len(tail))
        if 1 <= link <= 2 and _noun_kind(tail[link - 1]) in _BODIES:
            tail = tail[:link]  # "The Zondo commission of inquiry into state capture found"
        head = tail[-1] if tail else ""
        kind = _noun_kind(head)
        if not 1 <= len(tail) <= 3 or any(not w.isalpha() or not w.islower() for w in tail) or (
            len(tail) == 3 and any(w in _NOT_COMPOUND or w.endswith("ed") for w in tail)
        ):  # "a Montreal criminal court database"; not "Priebus and his allies"
            return None
        if kind is None or (possessive and (head,) not in role_lexicon().person_heads):
            return None  # "Gowdy's office", "Rubio's press release" speak for their owner
        owner = f"{last.actor.name}'s" if possessive else last.actor.name
        name = f"{owner} {' '.join(tail)}"
        return Actor(
            id=actor_id(kind, name, anonymous=True, scope=self.document.id),
            name=name,
            kind=kind,
            role=" ".join(tail),
            affiliation=None if self._outsiders(head) else last.actor,
            anonymous=True,
        )

    def _spokesman_for(self, mention: Mention, span: Span) -> Actor | None:
        """A spokesman or lawyer "for" someone described: "a spokesman for the foundation".

        The speaker keeps its words and speaks for the principal the phrase after "for",
        "to" or "of" names, as "a spokesman for Apple" speaks for Apple.
        """
        actor = mention.actor
        role = _unowned_role(actor.name)
        if actor.affiliation is not None or role not in self.resolver.words.owner_speakers:
            return None
        tail = self.document.text[mention.span.end : span.end]
        words = tail.split()
        if not words and role in _SPOKESPEOPLE:
            return self._spokesman_of_last_body(actor, mention)
        if not words or words[0].lower() not in ("for", "to", "of"):
            return None
        start = mention.span.end + tail.index(words[0]) + len(words[0])
        principals = [m.actor for m in self.resolver.actors_in(Span(start=start, end=span.end))
                      if m.actor.id != actor.id]
        if not principals:
            principal = self._described_principal(start, span.end)
            return attrs.evolve(actor, affiliation=principal) if principal else None
        return attrs.evolve(actor, affiliation=principals[0])

    def _described_principal(self, start: int, end: int) -> Actor | None:
        """An unnamed person a spokesman or lawyer speaks for: "Lawyers for the footballer".

        The phrase after "for" is a definite description of one person that the story
        names no actor for: the principal is that person, unnamed.
        """
        words = self.document.text[start:end].split()
        if len(words) != 2 or words[0].lower() != "the" or not words[1].isalpha() or (
            not words[1].islower()
        ) or _noun_kind(words[1]) is not ActorKind.PERSON:
            return None
        return Actor(id=actor_id(ActorKind.PERSON, words[1], anonymous=True,
                                 scope=self.document.id),
                     name=words[1], kind=ActorKind.PERSON, role=words[1], anonymous=True)

    def _spokesman_of_last_body(self, actor: Actor, mention: Mention) -> Actor | None:
        """The body a bare "a spokesman" speaks for: the one named just before.

        "Barclays was fined on Monday. A spokesman said the bank had cooperated fully":
        the last organisation, body, outlet or state named within the two sentences before.
        """
        text = self.document.text
        window = max(0, mention.span.start - _SPOKESMAN_REACH)
        if "\n\n" in text[window : mention.span.start]:
            window = text.rindex("\n\n", window, mention.span.start)
        bodies = [m.actor for m in self.resolver.mentions()
                  if window <= m.span.start and m.span.end <= mention.span.start
                  and not m.actor.anonymous and (m.actor.kind in _SPOKEN_FOR or (
                      m.actor.kind is ActorKind.PERSON and len(m.actor.name.split()) == 1
                  ))]  # "Barclays", a name read as a person's, may be a company's
        return attrs.evolve(actor, affiliation=bodies[-1]) if bodies else None

    def actors_in(self, span: tuple[int, int]) -> list[Actor]:
        """The actors mentioned inside a span, in text order."""
        return [m.actor for m in self.mentions_in(span)]

    def mentions_in(self, span: tuple[int, int]) -> Sequence[Mention]:
        """The actor mentions inside a span, in text order."""
        return self.resolver.actors_in(_unchecked_span(*span))  # offsets of the text

    def claimant(self, span: tuple[int, int]) -> Actor:
        """The actor a source span names, or one made from its words."""
        resolved = self.actor(span)
        if resolved is not None:
            return resolved
        return self.unresolved(span)

    def unnamed(self) -> Actor:
        """The anonymous actor of a claim whose source phrase names no one."""
        return Actor(id=actor_id(ActorKind.UNKNOWN, "unnamed source", anonymous=True,
                                 scope=self.document.id),
                     name="unnamed source", kind=ActorKind.UNKNOWN, anonymous=True)

    def charging_authority(self, lemma: str, content: tuple[int, int] | None,
                           offences: PhraseIndex, frame: str = "") -> Actor | None:
        """Who brings an agentless criminal charge: prosecutors, or a court that convicts.

        "He was charged with assault", "Roof is accused of killing nine people": the
        prosecutors of the case; "was arrested and accused of theft": the police; "was
        convicted of fraud" and "was found guilty of murder": the court. "accused of" and
        "found guilty of" count only with a criminal offence in the charge (one of
        ``offences``, the kind lexicon's list from ``kinds.json``): "accused of breaking
        debate rules" stays an unnamed source's. Agentless criticism in words ("was
        widely condemned as ...", "came under fire for ...": ``frame`` ``undergo``) is the
        critics'.
        """
        if lemma in ("convict", "sentence") or (lemma == "found guilty" and (
            content is not None and self._criminal(content, offences)
        )):
            name = "court"  # "was found guilty of murder"; not of breaking a league's rules
        elif lemma in ("accuse", "charge") and content is not None and re.search(
            r"\barrested\s+and\s+(?:later\s+)?(?:was\s+)?(?:accused|charged)\b",
            self.document.text[content[0] : content[1]],
        ):
            name = "police"  # "Johnson was arrested and accused of theft"
        elif lemma in _PROSECUTED or (lemma == "accuse" and (
            content is not None and self._criminal(content, offences)
        )):
            name = "prosecutors"
        elif lemma in CRITICISM or (frame == "undergo" and "criticism" in lemma) or (
            lemma == "come under fire"
        ):
            name = "critics"  # "has been widely criticised for ...", "came under fire for"
        else:
            return None
        kind = ActorKind.GROUP if name in ("prosecutors", "critics") else (
            ActorKind.GOVERNMENT_BODY)
        return Actor(id=actor_id(kind, name, anonymous=True, scope=self.document.id),
                     name=name, kind=kind, anonymous=True)

    def named_later(self, actor: Actor, after: int) -> Actor | None:
        """The one person the story names later in the role a lede left unnamed.

        "Now a U.S. senator claims ... Sen. Lindsey Graham said Thursday": a public role
        (``_NAMED_LATER``) held by exactly one named person of the document after ``after``.
        """
        role = (actor.role or "").split()
        if not actor.anonymous or actor.kind is not ActorKind.PERSON or not role or (
            role[-1] not in _NAMED_LATER
        ):
            return None
        found = {
            m.actor.id: m.actor for m in self.resolver.mentions()
            if m.span.start > after and m.actor.kind is ActorKind.PERSON
            and not m.actor.anonymous and m.actor.role is not None
            and m.actor.role.split()[-1:] == role[-1:]
            and (actor.country is None or m.actor.country in (None, actor.country))
        }
        return next(iter(found.values())) if len(found) == 1 else None

    def _criminal(self, content: tuple[int, int], offences: PhraseIndex) -> bool:
        words = lowers(self.resolver.tokens.between(*content))  # the shared tokens
        return any(True for _found in offences.find((), words))

    def unresolved(self, span: tuple[int, int]) -> Actor:
        """An actor made from the words of a source the actor stage did not resolve."""
        span = self._counted(span)
        text = " ".join(self.document.text[span[0] : span[1]].split()).strip(_QUOTE_CHARS)
        name = text or "unknown source"
        lower = name.lower()
        anonymous = bool(ANONYMOUS.search(name)) or lower.split()[0] in ("a", "an", "some",
                                                                         "one", "two", "several")
        if lower in RELATIVE_SPEAKERS:
            return self.unnamed()  # a "who" no phrase before it shows: no name of its own
        if lower in _PRONOUN_SOURCES:
            return Actor(id=actor_id(ActorKind.UNKNOWN, "unresolved " + lower, anonymous=True,
                                     scope=self.document.id),
                         name=name, kind=ActorKind.UNKNOWN, anonymous=True)
        kind = ActorKind.PERSON
        head = _head_word(lower)
        cased_head = _head_word(name)
        plural_head = head.endswith("s") and cased_head[:1].islower() and len(head) > 3
        if plural_head or ((head.endswith("s") or head in _COLLECTIVES) and not any(
            w[:1].isupper() for w in name.split()
        )):
            kind = ActorKind.GROUP  # "Six Gannett newspapers in New Jersey" are many
        elif not any(w[:1].isupper() for w in name.split()):
            kind = ActorKind.UNKNOWN
        for prefix in ("the ", "a ", "an "):
            if lower.startswith(prefix):
                name = name[len(prefix):]
                break
        return Actor(
            id=actor_id(kind, name, anonymous=anonymous, scope=self.document.id),
            name=name or text,
            kind=kind,
            anonymous=anonymous,
        )


_SPEAKING_DOCUMENTS = frozenset({"statement", "letter", "release", "memo", "email", "post",
                                 "tweet", "filing"})
"""Documents that speak for whoever issued them."""
_OWNER = re.compile(r"\s*(?:the\s+|a\s+|an\s+)?(.+?)['\u2019]s?\s+(?:\w+\s+){0,2}\S+\s*\Z",
                    re.IGNORECASE)
"""An owner and its possessive before a document noun: "The ministry's statement"."""
_IN_A_STATEMENT = re.compile(
    r"\b[Ii]n\s+(?:a|an|its|his|her|their)\s+(?:[\w-]+\s+){0,2}?(\w+)\s*,\s*(?:the\s+)?\Z"
)
"""A document before its issuer: "In a statement, the bank said"."""
_PROSECUTED = frozenset({"charge", "indict", "arraign", "prosecute", "face charges",
                         "arraigned on charges"})
"""Lemmas of agentless charges that prosecutors bring ("was arraigned on a charge of")."""
def _unowned_role(name: str) -> str:
    """A role's name without the organisation nouns before it ("company spokesman").

    An organisation noun only says what kind of body the speaker speaks for, so "a company
    spokesman" speaks for the company named before as "a spokesman" does.

    Example:
        >>> _unowned_role("company spokesman"), _unowned_role("police spokesman")
        ('spokesman', 'police spokesman')
    """
    words = name.lower().split()
    org_nouns = role_lexicon().org_nouns
    while len(words) > 1 and (words[0],) in org_nouns:
        words = words[1:]
    return " ".join(words)


_SPOKESPEOPLE = frozenset({"spokesman", "spokeswoman", "spokesperson"})
_SPOKEN_FOR = frozenset({ActorKind.ORGANISATION, ActorKind.GOVERNMENT_BODY,
                         ActorKind.MEDIA_OUTLET, ActorKind.STATE})
_SPOKESMAN_REACH = 300
"""How far back (characters) a bare "a spokesman" looks for the body it speaks for."""
_WORD = re.compile(r"[A-Za-z][\w'\u2019.-]*")
"""A word of a name, for splitting a headline's name at a role word."""
_PARTY_MEMBERS = {"democratic": "Democrats", "republican": "Republicans", "gop": "Republicans"}
"""A party's adjective standing alone as a source names its members ("Democratic charges")."""


_TOPIC_LEAD = re.compile(r"(?:Of|On|About|As for|Asked about)\s+[^,]{1,60},\s*")
"""A topic set before the speaker: "Of Carson, Levine said"."""
_COUNTED_LEAD = re.compile(
    r"(?:[Aa]n?|[Tt]he)\s+(?:number|handful|few|couple|majority)\s+of\s+(?=\S)")
"""A count before the people it counts, which speak: "A number of the families", "a
handful of Google employees"."""
_NO_ONE_COUNTED = frozenset(_words("those these them us more others"))
"""Words after a count that name no one by themselves ("a majority of those")."""
_HEAD_ENDS = frozenset(_words("of in at from for who whose that which with"))
"""Words after the head noun of a counted phrase ("the families of those killed")."""
_AND_TITLES = re.compile(r"\s+and\s+(?:[a-z][\w-]*\s+){1,4}")
"""Lowercase titles coordinated before a name: " and presidential candidate "."""
_AND_OTHERS = re.compile(r"\s+(?:and|along with)\s+(?:\w+\s+)?(?:other|others|fellow)\b")
"""A speaker joined to a group it belongs to: "he and other challengers", "Cruz and fellow
senators"."""
_OTHERS = re.compile(r"(?:\w+\s+)?(?:other|others|fellow)\b", re.IGNORECASE)
_AND_BEFORE = re.compile(r"\s+(?:and|along with)\s+$")


_BODY_MENTIONS = 40
"""How many of the story's first mentions may show who a headline's report or paper is."""
_OUTLET_NOUNS = frozenset(_words("newspaper paper daily tabloid broadsheet"))
"""Nouns for an outlet a headline leaves unnamed ("Newspaper Says ...")."""


_NOT_COMPOUND = frozenset(_words("""
    and or but of from on in at to for with by as the a an his her their its our my your
    this that these those two three four five some many all average
"""))
"""Words that make three words after a name no compound noun ("and his wife", "from the
organisation", "average of polls")."""
_BODY_LINKS = frozenset({"of", "into", "on"})
"""Links after a body's noun that open what it is about ("commission of inquiry into")."""
_BODIES = (ActorKind.GOVERNMENT_BODY, ActorKind.ORGANISATION)


def _possessive_of_last(text: str, span: Span) -> bool:
    return text[span.start : span.end].rstrip().endswith(("'s", "\u2019s", "'", "\u2019"))

