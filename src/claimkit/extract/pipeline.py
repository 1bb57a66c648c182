"""The rules pipeline: one document in, its claims out; then a linking pass.

Stages, each in its own module:

1. :mod:`~claimkit.extract.segment` splits the content regions into sentences and tokens;
2. :mod:`~claimkit.extract.cues` finds the attribution cues of each sentence;
3. :mod:`~claimkit.extract.claims` assembles source, cue, content and target around them;
4. :mod:`~claimkit.extract.actors` resolves claimants, targets and channels to actors;
5. :mod:`~claimkit.extract.evidence` scores evidence and commitment;
6. :mod:`~claimkit.extract.linking` links denials to the allegations they answer.

:func:`extract` runs stages 1-6 on one document (linking within it); :func:`link`
runs stage 6 again over the claims of many documents, so one allegation reported by
two articles ends up in one dispute thread.
"""

from __future__ import annotations

import bisect
import operator
import re
from collections.abc import Sequence

from claimkit.extract.actors import ActorResolver, Mention, MentionKind
from claimkit.extract.claims import Draft, assemble
from claimkit.extract.cues import Lexicon, find_cues, may_have_cues
from claimkit.extract.evidence import commitment, score_evidence
from claimkit.extract.installed import default_lexicon
from claimkit.extract.linking import link
from claimkit.extract.roles import role_lexicon
from claimkit.extract.segment import Sentence, Token, lowers, sentences, tokenize
from claimkit.extract.segment import words as _words
from claimkit.model import (
    Actor,
    ActorKind,
    Claim,
    ClaimKind,
    Document,
    Provenance,
    RegionKind,
    Span,
    actor_id,
    stable_id,
)

__all__ = ["extract", "link"]

_CHANNEL = re.compile(
    r"\b(?:published|carried|released|issued|broadcast|aired|posted|distributed|run)\s+"
    r"(?:by|on|in)\s+|\bstatement\s+(?:on|via|through)\s+|\bvia\s+|\btold\s+"
)
_CHANNEL_END = re.compile(r"[,.;:\u201d\"]|\s(?:on|in|today|yesterday|last|this|earlier|"
                          r"that|and|but|while|after|when|as)\b")
_ANONYMOUS = re.compile(r"\b(?:anonymous|unidentified|unnamed|undisclosed)\b", re.IGNORECASE)
_PRONOUN_SOURCES = frozenset({"he", "she", "it", "they", "we", "i", "you"})
_QUOTE_CHARS = "\"'\u201c\u201d\u2018\u2019"


class _Resolver:
    """Wraps the actor resolver with fallbacks for unresolvable noun phrases."""

    def __init__(self, document: Document) -> None:
        self.document = document
        self.resolver = ActorResolver(document)

    def actor(self, span: tuple[int, int]) -> Actor | None:
        target = Span(start=span[0], end=span[1])
        mention = self.resolver.resolve(target)
        if mention is not None:
            return self._modified_noun(mention, target) or mention.actor
        inside = self.resolver.actors_in(target)
        if inside:
            return inside[-1].actor if len(inside) > 1 and _possessive_of_last(
                self.document.text, target) else inside[0].actor
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
        if not 1 <= len(tail) <= 2 or any(not w.isalpha() or not w.islower() for w in tail):
            return None
        head = tail[-1]
        kind = _noun_kind(head)
        if kind is None:
            return None
        name = f"{last.actor.name} {' '.join(tail)}"
        return Actor(
            id=actor_id(kind, name, anonymous=True, scope=self.document.id),
            name=name,
            kind=kind,
            role=" ".join(tail),
            affiliation=last.actor,
            anonymous=True,
        )

    def actors_in(self, span: tuple[int, int]) -> list[Actor]:
        return [m.actor for m in self.mentions_in(span)]

    def mentions_in(self, span: tuple[int, int]) -> Sequence[Mention]:
        return self.resolver.actors_in(Span(start=span[0], end=span[1]))

    def claimant(self, span: tuple[int, int]) -> Actor:
        resolved = self.actor(span)
        if resolved is not None:
            return resolved
        return self.unresolved(span)

    def unnamed(self) -> Actor:
        """The anonymous actor of a claim whose source phrase names no one."""
        return Actor(id=actor_id(ActorKind.UNKNOWN, "unnamed source", anonymous=True,
                                 scope=self.document.id),
                     name="unnamed source", kind=ActorKind.UNKNOWN, anonymous=True)

    def unresolved(self, span: tuple[int, int]) -> Actor:
        """An actor made from the words of a source the actor stage did not resolve."""
        text = " ".join(self.document.text[span[0] : span[1]].split()).strip(_QUOTE_CHARS)
        name = text or "unknown source"
        lower = name.lower()
        anonymous = bool(_ANONYMOUS.search(name)) or lower.split()[0] in ("a", "an", "some",
                                                                         "one", "two", "several")
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


_COLLECTIVES = frozenset(
    _words(
        """
        majority minority most many some others rest bulk community public west world
        government administration opposition camp team staff committee panel coalition
        alliance group family crowd leadership
        """
    )
)


def _head_word(phrase: str) -> str:
    """The head of a noun phrase: the last word before "of", "at", "for", "in" or a comma."""
    words = phrase.replace(",", " , ").split()
    head = words[-1] if words else ""
    for index, word in enumerate(words):
        if word in ("of", "at", "for", "in", "from", ",", "who", "which", "that") and index:
            head = words[index - 1]
            break
    return head


def _names_someone(text: str, strict: bool = False) -> bool:
    """Whether a source phrase can name a speaker.

    A phrase that opens with a preposition, an adverb or a lowercase verb form ("pointing
    out", "to", "including a fatal bomb", "heard on a microphone") names no one, and
    neither does one made only of function words, months and days ("The", "the April").
    With ``strict``, the phrase must also have a pronoun, a capitalised word, or a head
    that is a word for people or bodies ("voters", "the majority", "a spokesman"):
    "each other letters" fails.
    """
    words = [w.strip(_QUOTE_CHARS + ",.;:()") for w in text.split()]
    words = [w for w in words if w]
    if not words:
        return False
    lower = [w.lower().replace("\u2019", "'") for w in words]
    if any(w in _PRONOUN_SOURCES or w in _POSSESSIVES for w in lower):
        return True
    lead = 0
    while lead < len(lower) - 1 and (lower[lead] in _QUANTITY_LEADS or (
        lower[lead] in ("at", "more", "fewer", "less", "up")
        and lower[lead + 1] in ("least", "most", "than", "to")
    )):
        lead += 2 if lower[lead] in ("at", "more", "fewer", "less", "up") else 1
    lead = min(lead, len(lower) - 1)
    first = lower[lead]
    if first in _NOT_OPENERS:
        return False
    last = lower[-1]
    verb_led = not words[lead][:1].isupper() and first.endswith(("ing", "ed")) and (
        first not in _PEOPLE)
    if verb_led and not (_actor_noun(last) or words[-1][:1].isupper()
                         or last.endswith(_PEOPLE_SUFFIXES)):
        return False  # "reversed previous", but "leaked emails" speak
    content = [w for w, low in zip(words, lower, strict=True)
               if (w not in _NOT_NAMES and low not in _TIME_NAMES and low not in _FUNCTION)
               or low in _QUANTIFIERS]
    if not content:
        return False
    if not strict or any(w[:1].isupper() for w in words):
        return True
    head = _head_word(" ".join(lower))
    if head in _COLLECTIVES or head.endswith(_PEOPLE_SUFFIXES) or head in _PEOPLE:
        return True
    return any(_actor_noun(word) for word in lower)


def _actor_noun(word: str) -> bool:
    """A common noun for a person, group, body or document that speaks for someone."""
    roles = role_lexicon()
    key = (word,)
    return (key in roles.person_heads or key in roles.group_heads or key in roles.org_nouns
            or key in roles.document_nouns or word in _PEOPLE or word in _COLLECTIVES)


_QUANTITY_LEADS = frozenset(
    _words("only not nearly almost about just roughly around some over")
)
_QUANTIFIERS = frozenset(
    _words("many most both some few several all half majority minority others one two three")
)
"""Words that stand for people on their own ("Many said ...", "Both agreed ...")."""
_POSSESSIVES = frozenset(_words("who which his her their its our my"))
_FUNCTION = frozenset(
    _words(
        """
        the a an this that these those it its of in on at for and or but to by with from
        as than then there here what which whose his her their our my your some any each
        every all both either neither no not
        """
    )
)
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


_NOT_OPENERS = frozenset(
    _words(
        """
        to of in on at for from with by into onto over under after before during
        including like unlike than as far likely perhaps maybe also even just only not
        """
    )
)
_NOT_NAMES = frozenset(
    _words(
        """
        The A An This That These Those It Its In On At For But And Or So As If When While
        After Before Since Until Although Though Because Yet Still Also Even Just Only Now
        Then Here There What Which Who Whom Whose Why How Where Late Early Earlier Later
        Last Next Meanwhile However Indeed Instead Despite Amid Among Between Both Each
        Every Some Many Most Few All Such Other Another One Two Three Mr Mrs Ms Dr Sen Rep
        """
    )
)
_TIME_NAMES = frozenset(
    _words(
        """
        january february march april may june july august september october november
        december jan feb mar apr jun jul aug sep sept oct nov dec monday tuesday wednesday
        thursday friday saturday sunday today yesterday tomorrow tonight
        """
    )
)


_PEOPLE_SUFFIXES = ("ist", "ists", "ian", "ians", "man", "men", "person", "people",
                    "makers", "leaders", "supporters", "reporters", "officers", "workers",
                    "members", "backers", "advisers", "advisors", "organizers", "observers",
                    "insiders", "strategists", "operatives", "protesters", "protestors")
_PEOPLE = frozenset(
    _words(
        """
        reps rep official officials aide aides staff spokesman spokeswoman spokesperson source
        sources critics critic analysts analyst experts expert voters voter residents
        delegates delegate candidates candidate police prosecutors government ministry
        agency committee council court judge lawyers lawyer witnesses witness poll polls
        survey surveys study report campaign party democrats republicans authorities
        leader member director chairman chairwoman president minister secretary governor
        senator adviser advisor diplomat envoy ambassador general commander mayor
        """
    )
)


_PERSONAL_PRONOUNS = frozenset({"he", "she", "they"})


def _infinitive_cue(text: str, draft: Draft) -> bool:
    """Whether the cue is an infinitive ("refusing to say", "the first one to say")."""
    before = text[max(0, draft.cue_spans[0][0] - 4) : draft.cue_spans[0][0]]
    return before.lower().endswith(" to ") or before.lower() == "to "


def _names_by_name(text: str, source: tuple[int, int] | None) -> bool:
    """Whether a source phrase holds a name (a capitalised word that is not a pronoun)."""
    if source is None:
        return False
    return any(w[:1].isupper() and w.lower() not in _PRONOUN_SOURCES
               for w in text[source[0] : source[1]].split())


def _speaker_outside_quote(claimant: Actor, draft: Draft, built: Sequence[_Built],
                           resolver: _Resolver) -> Actor:
    """The speaker a pronoun stands for, when it resolved to someone its own quote names.

    In "'... detainees at Guantanamo Bay ...,' she said" the last name before "she" is in
    the quotation she speaks; the speaker is the one who spoke last before the quotation.
    """
    content = draft.content
    if content is None or draft.source is None or draft.source[0] <= content[0]:
        return claimant  # only an attribution after (the start of) its quotation
    quoted = (content[0], draft.source[0])
    named_inside = any(
        m.actor.id == claimant.id and m.span.end <= quoted[1] for m in resolver.mentions_in(quoted)
    )
    if not named_inside:
        return claimant
    person = claimant.kind
    for earlier in reversed(built):
        actor = earlier.claimant
        if earlier.unnamed or actor.anonymous or actor.id == claimant.id:
            continue
        if actor.kind is person or (person is ActorKind.GROUP) == (actor.kind is ActorKind.GROUP):
            return actor
    return claimant


_SPEAKING_KINDS = frozenset({ActorKind.GROUP, ActorKind.ORGANISATION, ActorKind.MEDIA_OUTLET,
                             ActorKind.GOVERNMENT_BODY})


def _speaking_group(claimant: Actor, draft: Draft, built: Sequence[_Built]) -> Actor:
    """The group a "they" that opens an attribution stands for: the last group that spoke.

    "Six newspapers said he is unfit ... They called him an opportunist": "they" are the
    newspapers, not some group named in between that never spoke.
    """
    if any(item.claimant.id == claimant.id for item in built):
        return claimant  # the resolved group has spoken: keep it
    for earlier in reversed(built[-3:]):
        if earlier.draft.sentence.start >= draft.sentence.start or earlier.unnamed:
            continue
        if (earlier.claimant.kind in _SPEAKING_KINDS and not earlier.claimant.anonymous) or (
            earlier.claimant.kind is ActorKind.GROUP
        ):
            return earlier.claimant
    return claimant


def _possessive_of_last(text: str, span: Span) -> bool:
    return text[span.start : span.end].rstrip().endswith(("'s", "\u2019s", "'", "\u2019"))


def _principal(actor: Actor | None) -> str | None:
    return actor.principal.id if actor is not None else None


def _same_side(a: Actor | None, b: Actor | None) -> bool:
    if a is None or b is None:
        return False
    return a.id == b.id or a.principal.id == b.principal.id or a.speaks_for(b) or b.speaks_for(a)


_MARKS = "\u201c\u201d\"'"


def _proposition(text: str) -> str:
    """The content as a clean sentence: no "that", outer quotation marks or end punctuation.

    Inner quotations stay balanced: 'the report as "fake news,"' -> 'the report as "fake
    news"'.
    """
    cleaned = " ".join(text.split())
    if cleaned.lower().startswith("that "):
        cleaned = cleaned[5:]
    core = cleaned.strip(" ,;:" + _MARKS).rstrip(".,").strip()
    opened = sum(core.count(m) for m in ("\u201c",)) - core.count("\u201d")
    straight = core.count('"') % 2
    if opened > 0 and not core.startswith("\u201c"):
        core += "\u201d"
    elif straight and not core.startswith('"'):
        core += '"'
    return core


class _Built:
    """A draft with its resolved actors."""

    __slots__ = ("channel", "claimant", "draft", "drop", "kind", "order", "target",
                 "target_span", "unnamed")

    def __init__(self, draft: Draft, claimant: Actor, order: int) -> None:
        self.draft = draft
        self.claimant = claimant
        self.kind = draft.kind
        self.target: Actor | None = None
        self.target_span: tuple[int, int] | None = None
        self.channel: Actor | None = None
        self.drop = False
        self.order = order
        self.unnamed = False
        """The source phrase names no one: the claimant is an unnamed source."""


def _find_channel(text: str, start: int, end: int, resolver: _Resolver) -> Actor | None:
    for match in _CHANNEL.finditer(text, start, end):
        tail = _CHANNEL_END.search(text, match.end(), end)
        stop = tail.start() if tail else end
        if stop <= match.end():
            continue
        actor = resolver.actor((match.end(), stop))
        if actor is not None and (
            actor.kind is ActorKind.MEDIA_OUTLET or "media" in actor.name.lower()
        ):
            return actor
    return None


_LOOKBACK = 50
"""How many earlier allegations a denial's target is looked for among."""
_RESPONSES = frozenset(_words("respond reply answer comment return"))
_FIRST_PERSON = frozenset({"we", "i", "us", "our", "my", "me", "ours"})


def _target_from_content(built: _Built, resolver: _Resolver, document: Document) -> None:
    draft = built.draft
    if draft.content is None:
        return
    text = document.text
    if draft.supplier is not None:
        supplier = resolver.actor(draft.supplier)
        if supplier is not None and not _same_side(supplier, built.claimant):
            built.target = supplier
            return
    candidates: list[Actor] = []
    for mention in resolver.mentions_in(draft.content):
        word = text[mention.span.start : mention.span.end]
        if word.lower() in _FIRST_PERSON and not (len(word) > 1 and word.isupper()):
            continue  # "we", "us" -- but "US" is the United States
        if not _same_side(mention.actor, built.claimant):
            candidates.append(mention.actor)
    if not candidates:
        return
    first = candidates[0]
    if first.kind is ActorKind.ORGANISATION and first.principal.country is None:
        # an intergovernmental body is usually the forum, a state the accused
        states = [a for a in candidates if a.principal.kind is ActorKind.STATE]
        if states:
            built.target = states[0]
            return
    built.target = first


def _involves(allegation: _Built, actor: Actor, text: str) -> bool:
    """Whether an allegation concerns an actor: accuses it, or names it in its content."""
    if allegation.target is not None and _same_side(allegation.target, actor):
        return True
    content = allegation.draft.content
    if content is None:
        return False
    words = text[content[0] : content[1]].lower()
    for candidate in (actor, actor.principal):
        for name in (candidate.name, *candidate.aliases):
            if len(name) >= 3 and name.lower() in words:
                return True
    return False


def _resolve(document: Document, drafts: Sequence[Draft], resolver: _Resolver) -> list[_Built]:
    built: list[_Built] = []
    for order, draft in enumerate(drafts):
        assert draft.source is not None
        resolved = resolver.actor(draft.source)
        vague = resolved is None or resolved.kind is ActorKind.UNKNOWN
        loose = (draft.cue.participle and draft.cue.frame != "according") or (
            draft.cue.frame == "condemn")  # "according to the results" is no participle
        phrase = document.text[draft.source[0] : draft.source[1]]
        if vague and loose and draft.kind is ClaimKind.STATEMENT and not _names_someone(
            phrase, strict=True
        ):
            continue  # "each other letters praising ...": no one speaks
        unnamed = draft.unnamed or not _names_someone(phrase)
        if unnamed:
            # "pointing out", "The", "to": a fragment, not a speaker; the claim stays, said
            # by an unnamed source rather than by a wrong name
            claimant = resolver.unnamed()
        else:
            claimant = resolved if resolved is not None else resolver.unresolved(draft.source)
            if phrase.strip().lower() in _PERSONAL_PRONOUNS:
                claimant = _speaker_outside_quote(claimant, draft, built, resolver)
                if phrase.strip().lower() == "they":
                    claimant = _speaking_group(claimant, draft, built)
        item = _Built(draft, claimant, order)
        item.unnamed = unnamed
        if draft.channel is not None:  # "AFP reported Shekau as saying"
            item.channel = resolver.actor(draft.channel)
        if draft.target is not None:
            item.target = resolver.actor(draft.target)
            item.target_span = draft.target
            if item.target is not None and _same_side(item.target, claimant):
                item.target = None
        built.append(item)
    text = document.text
    same_sentence: dict[int, list[_Built]] = {}
    for item in built:
        same_sentence.setdefault(item.draft.sentence.start, []).append(item)
    # nested claims: a nominal claim inside a denial's or a counter-claim's object is
    # the claim it answers ("denies US claims that ...", "denouncing US allegations")
    for item in built:
        answers = item.kind is ClaimKind.DENIAL or item.draft.target_mode == "claim_source"
        if not answers or item.draft.content is None:
            continue
        for other in same_sentence[item.draft.sentence.start]:
            if other is item or not other.draft.nominal or other.draft.content is None:
                continue
            if not item.draft.content[0] <= other.draft.cue_spans[0][0] < item.draft.content[1]:
                continue
            if _same_side(other.claimant, item.claimant):
                continue
            if item.kind is ClaimKind.DENIAL and other.kind is ClaimKind.STATEMENT:
                other.kind = ClaimKind.ALLEGATION
            if other.kind is ClaimKind.ALLEGATION and other.target is None and not (
                other.draft.supplier
            ):
                other.target = item.claimant.principal
            if item.target is None:
                item.target = other.claimant.principal
    # reports by outlets that contain other claims become their channel
    for item in built:
        draft = item.draft
        if draft.cue.word.lemma not in ("report", "according to") or draft.content is None:
            continue
        inner = [o for o in same_sentence[draft.sentence.start] if o is not item
                 and draft.content[0] <= o.draft.cue_spans[0][0] < draft.content[1]]
        reporters = (ActorKind.MEDIA_OUTLET,) if draft.cue.word.lemma == "according to" else (
            ActorKind.MEDIA_OUTLET, ActorKind.UNKNOWN, ActorKind.PERSON)
        if inner and item.claimant.kind in reporters:
            item.drop = True
            for other in inner:
                other.channel = other.channel or item.claimant
    # explicit channels ("in a statement published by ...", "carried by state media")
    for item in built:
        if item.channel is None:
            sentence = item.draft.sentence
            item.channel = _find_channel(text, item.draft.cue_spans[0][0], sentence.end,
                                         resolver)
    # targets
    latest_allegation: list[_Built] = []
    for item in built:
        draft = item.draft
        if item.drop:
            continue
        mode = draft.target_mode
        if item.target is None and item.kind in (ClaimKind.ALLEGATION, ClaimKind.WARNING):
            _target_from_content(item, resolver, document)
        if item.target is None and item.kind is ClaimKind.DENIAL:
            if mode in ("claim_source", "content") and draft.content is not None:
                _target_from_content(item, resolver, document)
            if item.target is None:
                for previous in reversed(latest_allegation[-_LOOKBACK:]):
                    if not _same_side(previous.claimant, item.claimant):
                        if _involves(previous, item.claimant, document.text):
                            item.target = previous.claimant.principal
                            break
                        continue
                    if draft.anaphoric and previous.claimant.id == item.claimant.id:
                        # an actor does not deny the claim it has just made
                        item.drop = True
                        break
        if item.kind is ClaimKind.ALLEGATION and not item.drop:
            latest_allegation.append(item)
    # an anaphoric restatement by the same side repeats the allegation it refers to
    last_allegation: _Built | None = None
    for item in built:
        draft = item.draft
        if item.drop:
            continue
        if item.kind is ClaimKind.ALLEGATION:
            last_allegation = item
            continue
        if item.kind is not ClaimKind.STATEMENT or not draft.anaphoric:
            continue
        if draft.cue.frame not in ("call", "say") or last_allegation is None:
            continue
        if _same_side(last_allegation.claimant, item.claimant):
            item.kind = ClaimKind.ALLEGATION
            item.target = last_allegation.target
            last_allegation = item
    # a participle elaborating an allegation ("criticized X, calling him a ...") accuses too
    for index, item in enumerate(built):
        draft = item.draft
        read = draft.kind_rule is not None  # the kind stage read it from the content
        if item.drop or not draft.cue.participle or not (
            item.kind is ClaimKind.STATEMENT or (read and draft.anaphoric)
        ):
            continue
        for head in reversed(built[:index]):
            if head.draft.sentence is not draft.sentence:
                break
            if head.draft.source != draft.source:
                continue
            if head.kind is ClaimKind.ALLEGATION and head.target is not None and (
                item.target is None or item.target.id == head.target.id
            ):
                item.kind = ClaimKind.ALLEGATION
                item.target = head.target
            elif head.kind is ClaimKind.DENIAL and draft.anaphoric:
                # "rejected India's allegations, calling them baseless"
                item.kind = ClaimKind.DENIAL
                item.target = head.target
            break
    # missing evidence is a denial from the accused side, not from a third party's or the
    # accuser's ("no evidence that the transaction took place", said by the accuser)
    targeted = [i.target for i in built
                if i.kind is ClaimKind.ALLEGATION and not i.drop and i.target is not None]
    for item in built:
        if item.kind is ClaimKind.DENIAL and item.draft.kind_rule == "no-evidence" and (
            targeted and not any(_same_side(target, item.claimant) for target in targeted)
        ):
            item.kind = ClaimKind.STATEMENT
            item.target = None
    # "did not respond to a request for comment" says nothing
    for item in built:
        if item.draft.cue.negated and item.draft.cue.word.lemma in _RESPONSES:
            item.drop = True
    # a negated claim or a plain statement inside another's content is part of what that
    # one says ("About 4 in 10 say they think ..."); nested allegations and denials
    # stay when their cue says so, not when only their content was read as one ("railing
    # against what he calls a corrupt process"); a nominal claim ("denied US claims that
    # ...") is the claim the outer one answers, and stays, and so does one whose speaker is
    # named ("Consumerist reports that Conal claims he never named the company")
    for item in built:
        draft = item.draft
        if item.drop or not (draft.cue.negated or item.kind is ClaimKind.STATEMENT or (
            draft.kind_rule is not None and not draft.nominal
            and (draft.cue.participle or _infinitive_cue(text, draft)
                 or not _names_by_name(text, draft.source)
                 or draft.kind is ClaimKind.ALLEGATION)
        )):
            continue
        for other in same_sentence[draft.sentence.start]:
            if other is item or other.draft.content is None or other.draft.nominal:
                continue
            if other.draft.content[0] <= draft.cue_spans[-1][0] < other.draft.content[1]:
                item.drop = True
                break
    # a claimant keeps the channel it spoke through
    channels: dict[str, Actor] = {}
    for item in built:
        if item.drop:
            continue
        if item.channel is not None:
            channels[item.claimant.id] = item.channel
        elif item.claimant.anonymous and item.claimant.id in channels:
            item.channel = channels[item.claimant.id]
    return [item for item in built if not item.drop]


def _token_slice(tokens: Sequence[Token], start: int, end: int) -> slice:
    """Where the tokens lying inside ``start:end`` are (tokens are in order and do not overlap)."""
    first = bisect.bisect_left(tokens, start, key=_token_start)
    last = bisect.bisect_right(tokens, end, lo=first, key=_token_end)
    return slice(first, last)


_token_start = operator.attrgetter("start")
_token_end = operator.attrgetter("end")


def _claim(document: Document, item: _Built, tokens: Sequence[Token], words: Sequence[str],
           lexicon: Lexicon, clause_end: int) -> Claim:
    draft = item.draft
    text = document.text
    assert draft.content is not None and draft.source is not None
    cue_spans = tuple(Span(start=a, end=b) for a, b in draft.cue_spans)
    start, end = draft.start, draft.end
    anonymous_span = None
    if item.claimant.anonymous and not item.unnamed:
        match = _ANONYMOUS.search(text, draft.source[0], draft.source[1])
        if match is not None:
            anonymous_span = Span(start=match.start(), end=match.end())
        else:
            anonymous_span = Span(start=draft.source[0], end=draft.source[1])
    clause = _token_slice(tokens, start, max(end, clause_end))
    evidence = score_evidence(text, tokens[clause], lexicon, anonymous=anonymous_span,
                              lowers=words[clause])
    content = _token_slice(tokens, draft.content[0], draft.content[1])
    core_end = draft.core_end if draft.core_end is not None else draft.content[1]
    proposition = _proposition(text[draft.content[0] : core_end])
    if draft.extra_content is not None:
        proposition += " " + _proposition(text[draft.extra_content[0] : draft.extra_content[1]])
    target_span = None
    if item.target is not None and item.target_span is not None:
        target_span = Span(start=item.target_span[0], end=item.target_span[1])
    cue_text = " ".join(text[a.start : a.end] for a in cue_spans)
    return Claim(
        id=stable_id("claim", document.id, cue_spans[0].start, cue_spans[-1].end),
        kind=item.kind,
        claimant=item.claimant,
        proposition=proposition or text[draft.content[0] : draft.content[1]],
        provenance=Provenance(
            document_id=document.id,
            span=Span(start=start, end=end),
            cue=cue_spans,
            claimant=None if item.unnamed else Span(start=draft.source[0], end=draft.source[1]),
            content=Span(start=draft.content[0], end=draft.content[1]),
            target=target_span,
        ),
        target=item.target,
        quote=draft.quote,
        cue=cue_text,
        commitment=commitment(tokens[content], lexicon,
                              text[cue_spans[-1].start:cue_spans[-1].end],
                              draft.cue.word.commitment, lowers=words[content]),
        evidence=evidence,
        channel=item.channel,
    )


def extract_drafts(
    document: Document,
    lexicon: Lexicon | None = None,
    tokens_by_sentence: dict[int, list[Token]] | None = None,
    *,
    lowers_by_sentence: dict[int, list[str]] | None = None,
) -> list[Draft]:
    """Run segmentation, cue detection and claim assembly on one document.

    Args:
        document: The document.
        lexicon: The cue lexicon; the default one (with plugin cues) otherwise.

        tokens_by_sentence: Filled with each tokenised sentence's tokens, by its start.
        lowers_by_sentence: Filled with the lowercase forms of those tokens, by its start.

    Returns:
        The drafts in text order, before actor resolution.
    """
    lexicon = lexicon or default_lexicon()
    text = document.text
    drafts: list[Draft] = []
    found = sentences(document)
    for sentence in found:
        if not may_have_cues(text[sentence.start : sentence.end], lexicon) and not (
            ":" in text[sentence.start : sentence.end] and _may_be_headline(text, sentence)
        ):
            continue
        all_tokens = tokenize(text, sentence.start, sentence.end)
        for piece, tokens in _pieces(sentence, all_tokens):
            if tokens_by_sentence is not None:
                tokens_by_sentence[piece.start] = tokens
            words = lowers(tokens)
            if lowers_by_sentence is not None:
                lowers_by_sentence[piece.start] = words
            title = piece.region is RegionKind.TITLE or _title_case(tokens, words)
            cues = find_cues(tokens, lexicon, title=title, lowers=words,
                             headline=_may_be_headline(text, piece))[:MAX_CUES]
            if cues:
                drafts.extend(assemble(text, piece, tokens, cues, lexicon, words))
    _continue_quotes(text, found, drafts)
    return drafts


def _may_be_headline(text: str, sentence: Sentence) -> bool:
    """A title, or a first line without a final stop: where "...: report" may stand."""
    if sentence.region is RegionKind.TITLE:
        return True
    line = text[sentence.start : sentence.end].rstrip()
    return sentence.paragraph == 0 and not line.endswith((".", "!", "?"))


MAX_TOKENS = 300
"""Sentences longer than this (run-on text without stops) are read in pieces."""

MAX_QUOTED_PARAGRAPHS = 2
"""A quotation is continued over at most this many following paragraphs."""

MAX_CUES = 40
"""At most this many cues are assembled per sentence (real sentences have a handful)."""


def _pieces(sentence: Sentence, tokens: list[Token]) -> list[tuple[Sentence, list[Token]]]:
    """Cut an overlong sentence into pieces of at most :data:`MAX_TOKENS` tokens.

    Cuts fall after a comma or semicolon when there is one in the second half of a piece,
    so that pathological input (a whole document without a full stop) stays linear.
    """
    if len(tokens) <= MAX_TOKENS:
        return [(sentence, tokens)] if tokens else []
    pieces = []
    start = 0
    while start < len(tokens):
        end = min(len(tokens), start + MAX_TOKENS)
        if end < len(tokens):
            for cut in range(end - 1, start + MAX_TOKENS // 2, -1):
                if tokens[cut].text in (",", ";"):
                    end = cut + 1
                    break
        chunk = tokens[start:end]
        piece = Sentence(start=chunk[0].start, end=chunk[-1].end, region=sentence.region,
                         paragraph=sentence.paragraph)
        pieces.append((piece, chunk))
        start = end
    return pieces


_MINOR_WORDS = frozenset(_words("a an the of to in on at for and or but by with from as vs"))


def _title_case(tokens: Sequence[Token], lowered: Sequence[str]) -> bool:
    """Whether a sentence is a headline in title case ("Clinton Slams Trump On Abortion").

    Args:
        tokens: The sentence's tokens.
        lowered: Their lowercase forms.
    """
    upper = 0
    for token, lower in zip(tokens, lowered, strict=True):
        first = token.text[:1]
        if not first.isalpha():
            continue
        if first.isupper():
            upper += 1
        elif lower not in _MINOR_WORDS:
            return False  # a lowercase word that is not a minor one: running text
    return upper >= 3


_OPENING = ("\u201c", '"', "''")
_CLOSING = ("\u201d", '"', "''")


def _continue_quotes(text: str, found: Sequence[Sentence], drafts: list[Draft]) -> None:
    """Extend quoted contents over the quoted sentences that follow them.

    "“We will not pay,” Calderon said. “It is not going to happen.”": the second
    sentence continues the same quotation, so the content runs to its end.
    """
    with_claims = {d.sentence.start for d in drafts}
    paragraphs_with_claims = {d.sentence.paragraph for d in drafts}
    by_start = {s.start: i for i, s in enumerate(found)}
    for draft in drafts:
        if draft.content is None or draft.nominal:
            continue
        quoted = text[draft.content[0] : draft.content[1]]
        if not (quoted.startswith(_OPENING) and quoted.rstrip(",.").endswith(_CLOSING)):
            continue
        index = by_start.get(draft.sentence.start)
        if index is None:
            continue
        end = draft.content[1]
        extended = False
        paragraph = draft.sentence.paragraph
        crossed = 0
        while index + 1 < len(found):
            nxt = found[index + 1]
            if nxt.start in with_claims or nxt.region is not draft.sentence.region:
                break
            if nxt.paragraph != paragraph:
                # a quotation goes on in the next paragraph when that one opens with a
                # quotation mark and attributes nothing itself
                crossed += 1
                if nxt.paragraph in paragraphs_with_claims or crossed > MAX_QUOTED_PARAGRAPHS:
                    break
                paragraph = nxt.paragraph
            piece = text[nxt.start : nxt.end]
            if not piece.startswith(_OPENING):
                break
            end = nxt.end
            extended = True
            index += 1
            if not piece.rstrip().endswith((*_CLOSING, ".", "!", "?")):
                break
        if extended:
            first_continued = found[by_start[draft.sentence.start] + 1].start
            draft.extra_content = (first_continued, end)
            draft.core_end = draft.content[1]
            draft.content = (draft.content[0], end)
            if draft.quote is not None:
                more = " ".join(text[first_continued:end].split()).strip("\u201c\u201d\" ")
                draft.quote = f"{draft.quote} {more}"


def extract(document: Document, lexicon: Lexicon | None = None) -> list[Claim]:
    """Find the claims of one document, linked within the document.

    Args:
        document: The document.
        lexicon: The cue lexicon; the default one (with plugin cues) otherwise.

    Returns:
        The claims in text order, with deterministic ids.
    """
    lexicon = lexicon or default_lexicon()
    by_sentence: dict[int, list[Token]] = {}
    lowers_by_sentence: dict[int, list[str]] = {}
    drafts = extract_drafts(document, lexicon, by_sentence, lowers_by_sentence=lowers_by_sentence)
    if not drafts:
        return []
    resolver = _Resolver(document)
    built = _resolve(document, drafts, resolver)
    claims: list[Claim] = []
    seen: set[str] = set()
    for index, item in enumerate(built):
        sentence = item.draft.sentence
        tokens = by_sentence.get(sentence.start)
        if tokens is None:
            tokens = tokenize(document.text, sentence.start, sentence.end)
            by_sentence[sentence.start] = tokens
            lowers_by_sentence[sentence.start] = lowers(tokens)
        clause_end = sentence.end
        for later_index in range(index + 1, len(built)):  # no slice: that copies the rest
            later = built[later_index]
            if later.draft.sentence is not sentence:
                break
            if later.draft.start > item.draft.end:
                clause_end = later.draft.start
                break
        claim = _claim(document, item, tokens, lowers_by_sentence[sentence.start], lexicon,
                       clause_end)
        if claim.id in seen:
            continue
        seen.add(claim.id)
        claims.append(claim)
    return list(link(claims))
