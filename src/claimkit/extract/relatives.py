"""Relative pronouns as speakers: the noun phrase a "who" or "which" stands for.

"the sports minister, who accused it of ...", "a complaint by the consumer group, which
alleged ...", "sued by 300 borrowers, who allege ...": the speaker is the noun phrase
right before the relative pronoun (its comma aside), never a mention further back. In
"X of Y, who" (or "X by Y", "X for Y", "X from Y", "X to Y", "X at Y") both phrases are
read, the head ``X`` first, and the first of the pronoun's sort speaks ("who" a person or
group, "which" a body, organisation, outlet, state or document). A name that the phrase
only describes ("Parker Eaton, a nominal Republican who ...") speaks for it. When no
phrase there is of the pronoun's sort, :func:`relative_speaker` gives ``None`` and the
actor stage's reading stands (the nearest fitting mention of the sentence).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import TYPE_CHECKING

from claimkit.extract.actors import SENTENCE_BREAK
from claimkit.extract.cue_grammar import IRREGULAR_PAST
from claimkit.extract.gazetteer import Gazetteer
from claimkit.extract.mention_drafts import Mention, MentionKind, actor_gender
from claimkit.extract.roles import names_people, role_lexicon
from claimkit.extract.segment import words as _words
from claimkit.extract.speaker_words import _head_word
from claimkit.model import Actor, ActorKind, actor_id

if TYPE_CHECKING:
    from claimkit.extract.sentence_view import SentenceView
    from claimkit.extract.speakers import SpeakerResolver

RELATIVE_SPEAKERS = frozenset(_words("who which"))
"""Relative pronouns read as a speaker's clause here ("..., who said"); "that" keeps the
actor stage's reading ("an editorial that accuses")."""

_JOINING = frozenset(_words("of for from by to at"))
"""Prepositions that join a head to the phrase after it ("a spokesman for the ministry",
"criticism from the minister", "a complaint by the group")."""

_DETERMINERS = frozenset(_words("the a an its his her their our this these those"))
"""Words that open a noun phrase: the walk leftwards takes them and stops."""

_COORDINATORS = frozenset(_words("and or"))
"""Conjunctions before a bare noun that make it one of a list ("racist and birther who")."""

_STOPS = _JOINING | _COORDINATORS | frozenset(_words("""
    but nor in on into about over under after before among between against than as with
    like including that which who whom whose when while if because since until said says
    say told tells is are was were be been being has have had do does did will would can
    could may might also not
"""))
"""Words a noun phrase before a relative pronoun does not hold."""

_DESCRIBING = frozenset(_words("of for at in and from"))
"""Stop words a description set beside a name may hold ("a senior analyst at Jefferies")."""

_PEOPLE_KINDS = frozenset({ActorKind.PERSON, ActorKind.GROUP})
"""Kinds of actor a relative "who" stands for; "which" stands for the others."""

_APPOSITION_GAP = re.compile(
    r"\s*(?:,|\u2014|\u2013|--)\s*(?:(?:the|a|an|of|for|at|in|and)\s+|[\w'\u2019.&-]+\s+){0,10}\Z",
    re.IGNORECASE,
)
"""What may stand between a name and the description of it a relative clause follows:
"Robert Mercer, the GOP mega-donor and co-founder of ..."."""
_APPOSITION_VERBS = re.compile(r"\b(?:is|was|are|were|has|have|had|said|says)\b|[a-z]ed\b")
"""Verbs that make the words between a name and a phrase a clause, no apposition."""

_WORD = re.compile(r"[\w][\w'\u2019.&-]*\Z")
"""The last word of a text (a possessive, abbreviation or hyphen inside it)."""
_PHRASE_REACH = 120
"""How far back (characters) a noun phrase before a relative pronoun may start."""


def _word_before(text: str, end: int, floor: int) -> tuple[int, str] | None:
    """The word ending at ``end`` (spaces before ``end`` skipped): (start, word)."""
    while end > floor and text[end - 1] == " ":
        end -= 1
    match = _WORD.search(text, floor, end)
    if match is None:
        return None
    return match.start(), match.group()


def _verb_like(word: str, verbs: frozenset[str]) -> bool:
    """Whether a lowercase word inside a phrase is a verb ("ran", "kowtowing", "includes").

    Stopping early at a noun ("sales manager") only loses a modifier of the head.
    """
    key = word.lower()
    return word[:1].islower() and (
        key in verbs or key in IRREGULAR_PAST
        or key.endswith(("ed", "ing", "es", "n't", "n\u2019t"))
    )


def _phrase_before(text: str, end: int, floor: int, verbs: frozenset[str] = frozenset()
                   ) -> tuple[tuple[int, int] | None, str]:
    """The noun phrase ending at ``end`` and the word that stopped the walk ("" for none).

    The walk takes words leftwards up to a determiner (taken) or a stop word, a
    punctuation mark or a lowercase verb form before the last word (not taken).
    """
    start = end
    at = end
    stopper = ""
    while True:
        found = _word_before(text, at, floor)
        if found is None:
            break
        first, word = found
        key = word.lower().rstrip(".")
        if key in _STOPS or (start < end and _verb_like(word, verbs)):
            stopper = key
            break
        start, at = first, first
        if key in _DETERMINERS:
            before = _word_before(text, at, floor)
            if before is not None and before[1].lower() in _JOINING:
                stopper = before[1].lower()  # "the mother of the victim"
            break
    while end > start and text[end - 1] == " ":
        end -= 1
    phrase = (start, end) if start < end else None
    return phrase, stopper


def _phrase_end(text: str, pronoun: int, floor: int) -> int:
    """Where the phrase before a relative pronoun ends (its comma and spaces aside)."""
    end = pronoun
    while end > floor and text[end - 1] == " ":
        end -= 1
    if end > floor and text[end - 1] == ",":
        end -= 1
    return end


def antecedent_phrases(text: str, pronoun: int, floor: int,
                       verbs: frozenset[str] = frozenset()) -> list[tuple[int, int]]:
    """The noun phrases a relative pronoun at ``pronoun`` may stand for, the head first.

    Only the phrase right before the pronoun (a comma between allowed) and, when a joining
    preposition opens it, the phrase before that ("criticism from the minister, who":
    "criticism", then "the minister"); a name with "of" in it is one phrase ("the
    Communications Workers of America"). Empty when the pronoun follows no noun phrase (a
    quotation mark, a dash, a parenthesis) or a bare noun in a list ("racist and birther
    who").

    Args:
        text: The document's text.
        pronoun: Where the relative pronoun starts.
        floor: Where its sentence starts; no phrase reaches before it.
        verbs: Lowercase verbs that end a phrase leftwards besides "-ed" and "-ing" forms.

    Example:
        >>> text = "He faced criticism from the sports minister, who accused it."
        >>> [text[a:b] for a, b in antecedent_phrases(text, text.index("who"), 0)]
        ['criticism', 'the sports minister']
    """
    floor = max(floor, pronoun - _PHRASE_REACH)
    end = _phrase_end(text, pronoun, floor)
    phrase, stopper = _phrase_before(text, end, floor, verbs)
    if phrase is not None and text[phrase[0] : phrase[1]].isdigit() and stopper == "":
        before = text[floor : phrase[0]].rstrip()
        if before.endswith(","):  # an age set off before the clause: "Jo Bell, 24, who"
            phrase, stopper = _phrase_before(text, floor + len(before) - 1, floor, verbs)
    if phrase is None:
        return []
    if stopper in _COORDINATORS and text[phrase[0]].islower() and (
        text[phrase[0] : phrase[1]].split()[0].lower() not in _DETERMINERS
    ):
        return []  # "a serial liar, racist, misogynist and birther who": whose list?
    found = [phrase]
    if stopper in _JOINING:
        joined = _word_before(text, phrase[0], floor)
        assert joined is not None
        head, _ = _phrase_before(text, joined[0], floor, verbs)
        if head is not None and stopper == "of" and text[phrase[0]].isupper() and (
            text[head[0] : head[1]].split()[-1][:1].isupper()
        ):
            return [(head[0], phrase[1])]  # "the Communications Workers of America"
        if head is not None:
            found.insert(0, head)
    return found


def sentence_floor(text: str, at: int) -> int:
    """Where the sentence holding ``at`` starts, looking back at most ``_PHRASE_REACH``."""
    floor = max(0, at - _PHRASE_REACH)
    ends = [m.end() for m in SENTENCE_BREAK.finditer(text, floor, at)]
    return ends[-1] if ends else floor


def _speaking_kind(head: str, loose: bool) -> ActorKind | None:
    """The kind of speaker a phrase's lowercase head noun names, from the role lexicon.

    ``UNKNOWN`` for a document ("the report"); ``None`` for a noun that names no one
    ("criticism", "a list", "the number"). Only ``loose`` reads a plural's ending as
    people's ("300 borrowers"; not "appointments for women").
    """
    roles = role_lexicon()
    key = (head,)
    if key in roles.org_nouns:
        return roles.org_nouns[key]
    if key in roles.bodies:
        return ActorKind.GOVERNMENT_BODY
    if key in roles.group_heads or (loose and names_people(head)):
        return ActorKind.GROUP
    if (head.rsplit("-", 1)[-1],) in roles.person_heads or (
        head.endswith(("man", "woman")) and len(head) > 5
    ):
        return ActorKind.PERSON  # "co-founder", "gunman"
    if key in roles.document_nouns:
        return ActorKind.UNKNOWN
    return None


def relative_speaker(resolver: SpeakerResolver, span: tuple[int, int]
                     ) -> tuple[Actor | None, Actor | None]:
    """The speaker a relative "who" or "which" at ``span`` stands for, if a phrase shows it.

    A name that ends right before the pronoun speaks when it is of the pronoun's sort
    ("Republican presidential candidate Donald Trump, who"; "the Bank of Japan, which",
    the walk having cut it at its "of"); else, of the head and the phrase a preposition
    joins to it, the first of the pronoun's sort that names someone (a mention, or a
    noun the role lexicon knows: "300 borrowers", "the consumer group", "a spokesman");
    a description set beside a name speaks for the name ("Parker Eaton, a nominal
    Republican who"). A document the actor stage does not resolve ("a fake report,
    which read") is only the fallback, the second of the pair.

    Args:
        resolver: The speaker resolver of the document.
        span: The relative pronoun's span.

    Returns:
        The speaker (or ``None``) and a document to fall back on (or ``None``).
    """
    text = resolver.document.text
    floor = sentence_floor(text, span[0])
    people = text[span[0] : span[1]].lower() == "who"
    phrases = antecedent_phrases(text, span[0], floor, resolver.resolver.words.common_verbs)
    if not phrases:
        return None, None
    gazetteer = resolver.gazetteer

    def fits(actor: Actor, kind: ActorKind) -> bool:
        if doubtful_person(actor, gazetteer):
            return not people  # "the LECC, which"; not "Seattle who"
        return people == (kind in _PEOPLE_KINDS)

    end = _phrase_end(text, span[0], floor)
    ending = [m for m in resolver.mentions_in((floor, end)) if m.span.end == end]
    last = ending[-1] if ending else None
    if last is not None and (last.span.start < phrases[-1][0] or (
        last.kind is MentionKind.NAME and fits(last.actor, last.actor.kind)
    )):
        return (last.actor if fits(last.actor, last.actor.kind) else None), None
    document: Actor | None = None
    for phrase in phrases:
        inside = resolver.mentions_in(phrase)
        if inside and text[phrase[0]].islower() and (
            text[phrase[0] : phrase[1]].split()[0] not in _DETERMINERS
        ):
            phrase = (inside[0].span.start, phrase[1])  # "persuade Sanders' supporters"
        words = text[phrase[0] : phrase[1]]
        head = _head_word(words.lower())
        kind = _speaking_kind(head, phrase is phrases[-1])
        if last is not None and phrase is phrases[-1] and last.span.start >= phrase[0]:
            actor = last.actor  # the phrase's own mention: "Sanders' supporters"
        elif inside and (kind is not None or inside[-1].span.end == phrase[1]):
            actor = resolver.actor(phrase) or inside[-1].actor  # not "Clinton's response"
        elif kind is not None:
            resolved = resolver.actor(phrase)
            if kind is ActorKind.UNKNOWN:  # a document: its issuer, if the story shows one
                document = document or resolved or resolver.unresolved(phrase)
                continue
            actor = resolved or resolver.unresolved(phrase)
        elif not inside and words.lower() != words and (
            resolved := resolver.actor(phrase)
        ) is not None:
            actor = resolved  # a capitalised name the mentions missed: "the LECC"
        else:
            continue  # "criticism", "a complaint", "the country": no speaker here
        actual = actor.kind if actor.kind is not ActorKind.UNKNOWN else (kind or actor.kind)
        if not people and not fits(actor, actual) and _proper_name(words):
            # "the Communications Workers of America, which": a name the gazetteer lacks
            name = " ".join(w for w in words.split() if w.lower() not in _DETERMINERS)
            return Actor(id=actor_id(ActorKind.ORGANISATION, name, anonymous=False,
                                     scope=resolver.document.id),
                         name=name, kind=ActorKind.ORGANISATION, anonymous=False), None
        if fits(actor, actual):
            if people and (actor.anonymous or actor.kind is not ActorKind.PERSON):
                return _apposed_name(resolver, phrase, floor) or actor, None
            return actor, None
    return None, document


def _proper_name(words: str) -> bool:
    """Whether a phrase is a name: capitalised words, with "of", "and" or "for" inside."""
    content = [w for w in words.split() if w.lower() not in _DETERMINERS]
    return len(content) > 1 and content[0][:1].isupper() and all(
        w[:1].isupper() or w in ("of", "and", "for", "&") for w in content
    )


def doubtful_person(actor: Actor, gazetteer: Gazetteer) -> bool:
    """Whether a person's name may well be an organisation's the gazetteer does not know.

    "the LECC, which": a name read as a person's for want of a better reading, with no
    first name the gazetteer knows, no role and no gender. (Too weak a test for "he" and
    "she": many people's first names are unknown to it.)
    """
    if actor.kind is not ActorKind.PERSON or actor.anonymous or actor.role:
        return False
    first = actor.name.split()[0] if actor.name.split() else ""
    return not gazetteer.is_first_name(first) and actor_gender(actor, role_lexicon()) is None


def _apposed_name(resolver: SpeakerResolver, phrase: tuple[int, int], floor: int
                  ) -> Actor | None:
    """The named person a description before "who" is set beside, if any.

    "Parker Eaton, a nominal Republican who voted", "Howard Rubel, a senior analyst at
    Jefferies, who notes": the name, set off by a comma or a dash, with no verb between;
    not the last of a list ("Paul Singer and Ken Griffin, hedge fund managers who").
    """
    text = resolver.document.text
    named: Mention | None = None
    for mention in resolver.mentions_in((floor, phrase[0])):
        if mention.actor.kind is ActorKind.PERSON and not mention.actor.anonymous and (
            mention.kind is MentionKind.NAME
        ):
            named = mention
    if named is None or text[: named.span.start].rstrip().endswith((" and", " or", ",")):
        return None
    between = text[named.span.end : phrase[0]]
    if _APPOSITION_GAP.match(between) is None or _APPOSITION_VERBS.search(between) or any(
        word in _STOPS and word not in _DESCRIBING for word in between.lower().split()
    ):
        return None  # "terrorism will be ... , according to Republicans who"
    return named.actor


def relative_clause_ends(view: SentenceView, source: tuple[int, int], after: int,
                          content: int, cue_starts: Sequence[int]) -> bool:
    """Whether a comma and another cue stand between a relative clause's cue and a content.

    "Investigating officer Sipho Ngcobo, who testified last week, denied that ...": the
    comma closes the clause "who testified last week", and the content is "denied"'s.
    """
    if view.lowers[source[0]] not in RELATIVE_SPEAKERS or source[0] == 0 or (
        view.tokens[source[0] - 1].text != ","
    ):
        return False
    return any(view.tokens[i].text == "," for i in range(after, content)) and any(
        after <= c < content for c in cue_starts
    )
