"""Owned documents: a report or lawsuit named by its owner's possessive speaks for the owner.

"The union's lawsuit said the company lied", "The company's report said ...", "the committee's
final report concluded ...", "the agency's report on the crash blamed ...": the document is the
claimant, affiliated to the owner the possessive names, as "a CNN poll" speaks for CNN and "The
ministry's statement" for the ministry. The owner is read as any other phrase ("the union" is
the union the story named before, or an anonymous union), also where the other readings made the
phrase the owner itself ("the nurses' lawsuit" was the nurses'); a named owner ("Google's
complaint") is the actor stage's own, and stays the claimant. A time is no owner ("Monday's
report", "last year's lawsuit"). :class:`claimkit.extract.speakers.SpeakerResolver` mixes these
methods in.
"""

from __future__ import annotations

import re

from claimkit.extract.actors import ActorResolver, MentionKind
from claimkit.extract.group_speakers import _noun_kind
from claimkit.extract.roles import role_lexicon
from claimkit.extract.segment import MONTHS
from claimkit.extract.segment import words as _words
from claimkit.lexicon import normalise_word
from claimkit.model import Actor, ActorKind, Document, Span, actor_id

__all__ = ["AUTHORED_DOCUMENTS", "TIMES"]


TIMES = MONTHS | frozenset(_words("""
    monday tuesday wednesday thursday friday saturday sunday today yesterday tonight week
    month year weekend morning evening night day decade century season quarter
"""))
"""Times that take a possessive before a document ("Monday's statement", "last year's
report"): no owner."""

AUTHORED_DOCUMENTS = frozenset(_words("""
    statement statements letter letters release memo memos email emails post posts tweet tweets
    filing filings report reports study studies survey surveys poll polls analysis analyses
    assessment assessments findings lawsuit lawsuits suit complaint complaints petition
    petitions editorial editorials ruling decision verdict resolution testimony
"""))
"""Documents that speak for whoever wrote or filed them ("the union's lawsuit", "the
agency's report"); not those that may be about their owner ("the victim's autopsy",
"the officer's indictment", "the company's records", "Trump's investigation")."""

_OWNER_POSSESSIVE = re.compile(
    r"\s*(?:(?:[Tt]he|[Aa]n?)\s+)?(?P<owner>(?:[a-z][a-z-]*\s+){0,2}?[a-z][a-z-]*)"
    r"(?:'s|\u2019s|'|\u2019)\s+"
)
"""A lowercase owner and its possessive at the start of a phrase: "The union's "."""
_DOCUMENT_WORDS = re.compile(r"(?:[a-z0-9][a-z0-9-]*\s+){0,2}?(?P<head>[a-z]+)\b")
"""The document after the possessive, with up to two words before its noun: "lawsuit",
"final report", "40-page lawsuit"."""
_POST_MODIFIER = re.compile(
    r"\s*(?:$|[,(]|(?:on|into|about|over|in|from|of|for|against|to|at|with|concerning"
    r"|regarding|[a-z]+ed)\b)"
)
"""What may follow a document in its phrase: nothing, or a phrase that modifies it ("the
agency's report on the crash", "the department's report released Monday")."""
_THE_DOCUMENT = re.compile(
    r"(?:[Tt]he|[Aa]n?)\s+(?P<noun>(?:[a-z0-9][a-z0-9-]*\s+){0,2}?(?P<head>[a-z]+))"
)
"""A document named by a common noun alone: "The report", "a 40-page study"."""
_PUBLISHED_BY = re.compile(
    r"\s*,\s*(?:which\s+was\s+)?(?:released|published|issued|compiled|commissioned|"
    r"prepared|produced|written|authored|filed)\s+(?:(?:on|last|this|early|late|earlier)\s+)?"
    r"(?:[A-Z][a-z]+\s+(?:\d{1,2}\s+)?|\w+day\s+)?by\s+"
)
"""A participle set off after a document, then its publisher: ", published Tuesday by "."""
_AGENT_END = re.compile(r"[,;.()\"\u201c\u201d]|\s(?:and|which|that|who)\s")
"""Where the publisher's phrase ends."""
_OWNER_KINDS = {
    **dict.fromkeys(_words("city county town village municipality state district"),
                    ActorKind.GOVERNMENT_BODY),  # "the city's lawsuit": its government's
    **dict.fromkeys(_words("family relatives parents children"), ActorKind.GROUP),
}
"""Owners the role lexicon gives no kind: local governments and kin ("the family's lawsuit")."""
_WORD = re.compile(r"[\w-]+")
_COORDINATORS = frozenset({"and", "or", "&"})
"""Words that make an owner's phrase two owners."""


class _DocumentOwners:
    """Methods of the speaker resolver that read a document owned by a possessive."""

    document: Document
    resolver: ActorResolver

    def _owned_document(self, span: tuple[int, int]) -> Actor | None:
        """The document a possessive phrase names, speaking for its owner.

        "The union's lawsuit said": the lawsuit, affiliated to the union, whatever the other
        readings made of the phrase (nothing, "report" of no one, or the owner itself: "the
        nurses' lawsuit" was the nurses'); None when the phrase is no owner's document.
        """
        text = self.document.text
        opening = _OWNER_POSSESSIVE.match(text, span[0], span[1])
        if opening is None:
            return None
        document = next((
            m for m in (_DOCUMENT_WORDS.fullmatch(text, opening.end(), end)
                        for end in _word_ends(text, opening.end(), span[1]))
            if m is not None and normalise_word(m.group("head")) in AUTHORED_DOCUMENTS
        ), None)
        if document is None or _POST_MODIFIER.match(text, document.end(), span[1]) is None:
            return None  # "the company's report card said", "the union's lawsuit and ..."
        owner_words = opening.group("owner").split()
        if owner_words[-1] in TIMES or not _COORDINATORS.isdisjoint(owner_words):
            return None  # "Monday's statement", "last year's report", "nurses and doctors'"
        owner = self._owner(opening.start("owner"), opening.end("owner"), owner_words)
        if owner is None:
            return None
        noun = " ".join(w for w in document.group().split() if w != "own")
        return Actor(
            id=f"{actor_id(ActorKind.UNKNOWN, noun, anonymous=True, scope=self.document.id)}"
            f":{owner.id}",
            name=noun,
            kind=ActorKind.UNKNOWN,
            role=noun,
            affiliation=owner,
            anonymous=True,
        )

    def _published_document(self, span: tuple[int, int]) -> Actor | None:
        """A document set off with who published it, speaking for the publisher.

        "The report, released by the Justice Department, said ...", "The study, published
        Tuesday by Human Rights Watch, found ...": the report, affiliated to the body named
        after "by"; not "The report, released Tuesday, said" (no publisher) nor a publisher
        the story does not name ("by its authors").
        """
        text = self.document.text
        document = _THE_DOCUMENT.fullmatch(text, span[0], span[1])
        if document is None or normalise_word(document.group("head")) not in AUTHORED_DOCUMENTS:
            return None
        published = _PUBLISHED_BY.match(text, span[1])
        if published is None:
            return None
        agent_end = _AGENT_END.search(text, published.end())
        end = agent_end.start() if agent_end is not None else len(text)
        mentions = [m for m in self.resolver.actors_in(Span(start=published.end(), end=end))
                    if m.kind is not MentionKind.PRONOUN]
        if not mentions or text[published.end() : mentions[0].span.start].strip().lower() not in (
            "", "the"
        ) or mentions[0].actor.kind in (ActorKind.UNKNOWN, ActorKind.GROUP):
            return None  # "by its authors", "by a group of researchers"
        noun = " ".join(document.group("noun").split())
        issuer = mentions[0].actor
        return Actor(
            id=f"{actor_id(ActorKind.UNKNOWN, noun, anonymous=True, scope=self.document.id)}"
            f":{issuer.id}",
            name=noun, kind=ActorKind.UNKNOWN, role=noun, affiliation=issuer, anonymous=True,
        )

    def _owner(self, start: int, end: int, words: list[str]) -> Actor | None:
        """The actor an owner's phrase names: one read before, or an anonymous one of its noun.

        "the union" is the union the story named before, or else an anonymous union; a noun
        that names no actor ("the world's largest study") is no owner.
        """
        mention = self.resolver.resolve(Span(start=start, end=end))
        if mention is not None and mention.kind is MentionKind.PRONOUN:
            return None
        if mention is not None and not self.document.text[mention.span.end : end].strip():
            return mention.actor  # else a part of the owner only: "teachers" of "teachers union"
        head = normalise_word(words[-1])
        kind = _noun_kind(head) or _OWNER_KINDS.get(head)
        if kind is None and (head,) in role_lexicon().institution_nouns:
            kind = role_lexicon().institution_nouns[(head,)]  # "the hospital's report"
        if kind is None or kind is ActorKind.UNKNOWN:
            return None
        name = " ".join(words)
        return Actor(id=actor_id(kind, name, anonymous=True, scope=self.document.id),
                     name=name, kind=kind, anonymous=True)


def _word_ends(text: str, start: int, end: int) -> list[int]:
    """Where each of the first three words from ``start`` ends (before ``end``)."""
    return [m.end() for m in _WORD.finditer(text, start, end)][:3]
