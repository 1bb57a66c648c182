"""Attribution: drafts resolved to claimants, targets and channels, then finished as claims.

The stage after claim assembly (:mod:`claimkit.extract.claims`): :func:`attribute`
resolves each draft's source to its claimant with
:class:`~claimkit.extract.speakers.SpeakerResolver` (a pronoun before or after its own
quotation stands for the speaker, a "they" for the group that spoke last), then runs
its passes over the whole document: a nominal claim inside a denial is the claim it
answers; an outlet's report of other claims is their channel; allegations get the actor
they accuse and denials the accuser they answer; restatements and participles that
elaborate an allegation accuse too; "no evidence" is a denial only from the accused
side; refusals to comment and claims nested in another's content are dropped.
:func:`~claimkit.extract.claim_records.finish` (in :mod:`claimkit.extract.claim_records`,
importable from here too) turns what remains into :class:`~claimkit.model.Claim` records,
with evidence and commitment scored (:mod:`claimkit.extract.evidence`).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from claimkit.extract.according_drafts import speaker_first
from claimkit.extract.accuser_rebuttals import rebut_accusers
from claimkit.extract.answered import answered_statements
from claimkit.extract.blamed_causes import blamed_causes
from claimkit.extract.claim_records import finish
from claimkit.extract.claim_targets import same_side, targets
from claimkit.extract.claims import Draft
from claimkit.extract.denial_elaborations import denial_elaborations
from claimkit.extract.filers import filed_by
from claimkit.extract.headline_accusers import name_headline_accusers
from claimkit.extract.joint_claimants import first_of_joint_claimants
from claimkit.extract.kinds import KindLexicon, kind_lexicon
from claimkit.extract.own_side_denials import own_side_denials
from claimkit.extract.place_labels import drop_place_labels
from claimkit.extract.pronoun_speakers import (
    _accused_speaker,
    _reread_with_gender,
    _speaker_outside_quote,
    _speaking_group,
    _speaking_thing,
)
from claimkit.extract.segment import words as _words
from claimkit.extract.speaker_words import named_inside, names_by_name, names_someone
from claimkit.extract.speakers import SpeakerResolver
from claimkit.model import Actor, ActorKind, ClaimKind, Document

__all__ = ["attribute", "finish"]

_CHANNEL = re.compile(
    r"\b(?:published|carried|released|issued|broadcast|aired|posted|distributed|run)\s+"
    r"(?:by|on|in)\s+|\bstatement\s+(?:on|via|through)\s+|\bvia\s+|\btold\s+"
)
_CHANNEL_END = re.compile(r"[,.;:\u201d\"]|\s(?:on|in|today|yesterday|last|this|earlier|"
                          r"that|and|but|while|after|when|as)\b")
_PERSONAL_PRONOUNS = frozenset({"he", "she", "they"})
_ANSWERING_PRONOUNS = frozenset({"he", "she", "they", "it"})


def _infinitive_cue(text: str, draft: Draft) -> bool:
    """Whether the cue is an infinitive ("refusing to say", "the first one to say")."""
    before = text[max(0, draft.cue_spans[0][0] - 4) : draft.cue_spans[0][0]]
    return before.lower().endswith(" to ") or before.lower() == "to "


_BySentence = dict[int, list["_Built"]]
"""The attributed drafts of each sentence, by the sentence's start."""

_CHARGED = (ClaimKind.ALLEGATION, ClaimKind.DENIAL)
_FRAMING = frozenset(_words("show reveal indicate suggest prove believe think feel hope expect"))
_TALLIES = frozenset(_words("poll polls survey surveys tally results"))
"""Documents of counted opinion or numbers: what they show is no charge."""


class _Built:
    """A draft with its resolved actors."""

    __slots__ = ("channel", "claimant", "draft", "drop", "kind", "order", "relayed_by",
                 "target", "target_span", "unnamed")

    def __init__(self, draft: Draft, claimant: Actor, order: int) -> None:
        self.draft = draft
        self.claimant = claimant
        self.kind = draft.kind
        self.target: Actor | None = None
        self.target_span: tuple[int, int] | None = None
        self.channel: Actor | None = None
        self.drop = False
        self.order = order
        self.relayed_by: _Built | None = None
        """The outlet's claim that passes this one on ("The Journal notes that ...")."""
        self.unnamed = False
        """The source phrase names no one: the claimant is an unnamed source."""

def _find_channel(text: str, start: int, end: int, resolver: SpeakerResolver) -> Actor | None:
    for match in _CHANNEL.finditer(text, start, end):
        tail = _CHANNEL_END.search(text, match.end(), end)
        stop = tail.start() if tail else end
        if stop <= match.end():
            continue
        actor = resolver.actor((match.end(), stop))
        if actor is not None and _is_press(actor):
            return actor
    return None


def _is_press(actor: Actor) -> bool:
    """Whether an actor is an outlet or the press ("state media", "local media")."""
    return actor.kind is ActorKind.MEDIA_OUTLET or "media" in actor.name.lower()


_RESPONSES = frozenset(_words("respond reply answer comment return"))
def _claimants(document: Document, drafts: Sequence[Draft], resolver: SpeakerResolver,
               kinds: KindLexicon) -> list[_Built]:
    """Resolve each draft's claimant, outlet and named target (the first pass).

    ``kinds`` gives the criminal offences by which an agentless charge is the prosecutors'.
    """
    built: list[_Built] = []
    for order, draft in enumerate(drafts):
        assert draft.source is not None
        adjective = draft.nominal and not document.text[
            draft.source[1] : draft.cue_spans[0][0]].strip()  # "Democratic allegations"
        resolved = (adjective and resolver.party_members(draft.source)) or resolver.actor(
            draft.source)
        vague = resolved is None or resolved.kind is ActorKind.UNKNOWN
        loose = (draft.cue.participle and draft.cue.frame != "according") or (
            draft.cue.frame == "condemn")  # "according to the results" is no participle
        phrase = document.text[draft.source[0] : draft.source[1]]
        if vague and loose and draft.kind is ClaimKind.STATEMENT and not names_someone(
            phrase, strict=True
        ):
            continue  # "each other letters praising ...": no one speaks
        unnamed = draft.unnamed or not (
            names_someone(phrase) or named_inside(document.text, *draft.source)
            or (resolved is not None and phrase.lower() == "that")  # "an editorial that ..."
            or (resolved is not None and resolved.kind is ActorKind.PERSON
                and not resolved.anonymous and phrase[:1].isupper())  # "May said"
        )
        if unnamed:
            # "pointing out", "The", "to": a fragment, not a speaker; the claim stays, said
            # by an unnamed source rather than by a wrong name
            claimant = (draft.unnamed and resolver.charging_authority(
                draft.cue.word.lemma, draft.content, kinds.offences, draft.cue.frame
            )) or resolver.unnamed()
        else:
            claimant = resolved if resolved is not None else resolver.unresolved(draft.source)
            pronoun = phrase.strip().lower()
            if pronoun in _ANSWERING_PRONOUNS:
                claimant = _accused_speaker(claimant, draft, built, pronoun, resolver)
            if pronoun in _PERSONAL_PRONOUNS:
                claimant = _speaker_outside_quote(claimant, draft, built, resolver)
                if pronoun == "they":
                    claimant = _speaking_group(claimant, draft, built)
            elif pronoun == "it":
                claimant = _speaking_thing(claimant, draft, built, resolver)
        item = _Built(draft, claimant, order)
        item.unnamed = unnamed
        if item.kind in _CHARGED and claimant.anonymous and (
            claimant.name.split()[-1].lower() in _TALLIES
        ):
            # "The poll shows Trump beating Clinton 45 to 40 percent": a poll's results
            # charge and deny no one
            item.kind = ClaimKind.STATEMENT
        if unnamed and not draft.unnamed and item.kind in _CHARGED:
            # a parse that finds no speaker ("in Borno state", "including a fatal bomb")
            # is too weak to charge or deny: the claim stays, as a statement
            item.kind = ClaimKind.STATEMENT
        if draft.channel is not None:  # "AFP reported Shekau as saying"
            item.channel = resolver.actor(draft.channel)
        if draft.target is not None:
            item.target = resolver.actor(draft.target)
            item.target_span = draft.target
            if item.target is not None and same_side(item.target, claimant):
                item.target = None
        built.append(item)
    return built


def _answer_nested_claims(built: Sequence[_Built], same_sentence: _BySentence) -> None:
    """Give a nominal claim inside a denial's object the kind and target it is answered as."""
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
            if same_side(other.claimant, item.claimant):
                continue
            if item.kind is ClaimKind.DENIAL and other.kind is ClaimKind.STATEMENT:
                other.kind = ClaimKind.ALLEGATION
            if other.kind is ClaimKind.ALLEGATION and other.target is None and not (
                other.draft.accused
            ):
                other.target = item.claimant.principal
            if item.target is None:
                item.target = other.claimant.principal


def _reports_as_channels(built: Sequence[_Built], same_sentence: _BySentence, text: str
                         ) -> None:
    """Make an outlet's report that holds other claims their channel, not a claim."""
    for item in built:
        draft = item.draft
        if draft.content is None:
            continue
        inner = [o for o in same_sentence[draft.sentence.start] if o is not item
                 and draft.content[0] <= o.draft.cue_spans[0][0] < draft.content[1]]
        leading = speaker_first(draft, [o.draft for o in inner], text)
        if leading:  # "Police said gunmen attacked, according to officials": police speak
            item.drop = True
            for other in (o for o in inner if o.draft in leading):
                other.relayed_by = item
                if item.claimant.kind is ActorKind.MEDIA_OUTLET:
                    other.channel = other.channel or item.claimant
            continue
        if draft.cue.word.lemma not in ("report", "according to"):
            # "The Journal notes that Coulter tweeted that ...": an outlet passing on a named
            # speaker's words is their channel
            if item.claimant.kind is not ActorKind.MEDIA_OUTLET or draft.cue.negated or (
                draft.cue.word.pos != "verb"
            ):
                continue
            opening = draft.content[0] + (5 if text.startswith("that ", draft.content[0]) else 0)
            inner = [o for o in inner if o.draft.source is not None and not o.draft.nominal
                     and o.draft.source[0] == opening and o.claimant.kind is ActorKind.PERSON
                     and text[opening].isupper() and not o.draft.cue.participle
                     and o.draft.cue.word.commitment != "uncommitted"
                     and names_by_name(text, o.draft.source)]
            for other in inner:
                other.relayed_by = item
        reporters = (ActorKind.MEDIA_OUTLET,) if draft.cue.word.lemma == "according to" else (
            ActorKind.MEDIA_OUTLET, ActorKind.UNKNOWN, ActorKind.PERSON)
        if inner and item.claimant.kind in reporters:
            item.drop = True
            for other in inner:
                other.channel = other.channel or item.claimant
                other.relayed_by = other.relayed_by or item  # "CNN reported that some
                # pundits are claiming ...": the pundits' claim stays, passed on by CNN


def _explicit_channels(built: Sequence[_Built], text: str, resolver: SpeakerResolver) -> None:
    """Find the outlet a claim was published through ("carried by state media")."""
    for item in built:
        if item.channel is None:
            sentence = item.draft.sentence
            item.channel = _find_channel(text, item.draft.cue_spans[0][0], sentence.end,
                                         resolver)


_BODIES = (ActorKind.ORGANISATION, ActorKind.GOVERNMENT_BODY, ActorKind.MEDIA_OUTLET)


def _named_in_the_story(built: Sequence[_Built], resolver: SpeakerResolver, text: str) -> None:
    """A public role left unnamed in the lede is the person the story names in it later."""
    lede = text.find("\n\n")
    lede = len(text) if lede < 0 else lede
    for item in built:
        start = item.draft.cue_spans[0][0]
        if start > lede or not item.claimant.anonymous:
            continue
        named = resolver.named_later(item.claimant, start)
        if named is not None:
            item.claimant = named


def _own_side_wrongs(built: Sequence[_Built], resolver: SpeakerResolver) -> None:
    """A wrong read from the content whose doer is the speaker's own side admits it.

    "The FBI made a mistake, Comey has said": the content's subject is the body the
    speaker speaks for, so no one else is charged.
    """
    for item in built:
        draft = item.draft
        if item.kind is not ClaimKind.ALLEGATION or (
            draft.content is None or not (draft.kind_rule or "").startswith("wrongdoing:")
        ):
            continue
        mentions = resolver.mentions_in(draft.content)
        if mentions and mentions[0].span.start <= draft.content[0] + 4 and (
            item.claimant.id != mentions[0].actor.id
            and mentions[0].actor.kind in _BODIES
            and item.claimant.speaks_for(mentions[0].actor)
        ):
            item.kind = ClaimKind.ADMISSION
            item.target = None


def _restatements(built: Sequence[_Built]) -> None:
    """Make an anaphoric restatement by the accusing side an allegation too."""
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
        if same_side(last_allegation.claimant, item.claimant):
            item.kind = ClaimKind.ALLEGATION
            item.target = last_allegation.target
            last_allegation = item


def _elaborations(built: Sequence[_Built]) -> None:
    """Give a participle that elaborates an allegation or a denial the same kind."""
    # a participle elaborating an allegation ("criticized X, calling him a ...") accuses too
    for index, item in enumerate(built):
        draft = item.draft
        read = draft.kind_rule is not None  # the kind stage read it from the content
        if not item.drop and draft.cue.participle and item.kind is ClaimKind.DENIAL and index and (
            _says_what_it_denies(built[index - 1], item)
        ):
            item.drop = True  # 'denied the claims, saying "It's a nonsense"': one denial
            continue
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
            elif head.kind is ClaimKind.DENIAL and draft.anaphoric and not (
                item.kind is ClaimKind.ALLEGATION and draft.kind_rule is not None
                and draft.kind_rule.startswith("wrongdoing:harm")
            ):  # "rejected India's allegations, calling them baseless"; but "pushed back
                # against his attack, calling it the mark of a desperate candidate" charges
                item.kind = ClaimKind.DENIAL
                item.target = head.target
            break


def _says_what_it_denies(head: _Built, item: _Built) -> bool:
    """Whether a denying participle only says why its speaker's denial just before denies.

    'The official denied the claims, saying "It's a nonsense"': the denial of "the claims"
    and the participle are one denial, as annotators record it.
    """
    return (
        not head.drop and head.kind is ClaimKind.DENIAL and head.draft.anaphoric
        and head.draft.sentence is item.draft.sentence and head.draft.source == item.draft.source
        and head.draft.content is not None and item.draft.cue_spans[0][0] >= head.draft.content[1]
    )


def _about_evidence(draft: Draft, text: str) -> bool:
    """Whether a "no-evidence" decision is about support, not about the event itself.

    "no evidence", "no indications" are about support; "could not have been registered",
    "never happened" deny the event, whoever says so.
    """
    words = " ".join(text[a:b].lower() for a, b in draft.kind_words)
    return not words or any(w in words for w in _EVIDENCE_WORDS)


_EVIDENCE_WORDS = ("evidence", "proof", "indication", "sign", "reason", "credible", "record",
                   "information", "intelligence", "knowledge", "aware")


def _missing_evidence(built: Sequence[_Built], text: str) -> None:
    """Keep "no evidence" a denial only when the accused side says it."""
    # missing evidence is a denial from the accused side, not from a third party's or the
    # accuser's ("no evidence that the transaction took place", said by the accuser)
    targeted = [i.target for i in built
                if i.kind is ClaimKind.ALLEGATION and not i.drop and i.target is not None]
    for item in built:
        if item.kind is ClaimKind.DENIAL and item.draft.kind_rule == "no-evidence" and (
            targeted and not any(same_side(target, item.claimant) for target in targeted)
        ) and _about_evidence(item.draft, text):
            item.kind = ClaimKind.STATEMENT
            item.target = None


def _non_responses(built: Sequence[_Built]) -> None:
    """Drop refusals to comment."""
    # "did not respond to a request for comment" says nothing
    for item in built:
        if item.draft.cue.negated and item.draft.cue.word.lemma in _RESPONSES:
            item.drop = True


def _nested_statements(built: Sequence[_Built], same_sentence: _BySentence, text: str) -> None:
    """Drop claims that are part of what another claim of the sentence says."""
    # a negated claim or a statement inside another's content is part of it ("4 in 10 say
    # they think"); nested allegations and denials stay when their cue says so ("what he
    # calls corrupt" does not), and so do a nominal claim the outer one answers ("denied US
    # claims that") and one whose speaker is named ("Consumerist reports that Conal claims")
    for item in built:
        draft = item.draft
        if item.drop or not (draft.cue.negated or item.kind is ClaimKind.STATEMENT or (
            draft.kind_rule is not None and not draft.nominal
            and (draft.cue.participle or _infinitive_cue(text, draft)
                 or not names_by_name(text, draft.source)
                 or draft.kind is ClaimKind.ALLEGATION)
        )):
            continue
        for other in same_sentence[draft.sentence.start]:
            if other is item or other.draft.content is None or other.draft.nominal or (
                item.relayed_by is other  # the outlet that passes it on
            ) or _trailing_report(item, other) or _answered_after(item, other):
                continue
            if other.draft.content[0] <= draft.cue_spans[-1][0] < other.draft.content[1] or (
                other.draft.cue_spans[-1][1] <= draft.cue_spans[0][0] < other.draft.content[0]
                and item.kind in (other.kind, ClaimKind.STATEMENT)
                and draft.cue.word.lemma in _FRAMING
            ):  # inside what the other says, or framing it ("said intelligence showed that")
                item.drop = True
                break


def _answered_after(item: _Built, other: _Built) -> bool:
    """Whether ``other`` is a denial after ``item`` that answers it ("..., Hamas denies").

    "Israel says Hamas stole aid, Hamas denies": the charge stays a claim of its own.
    """
    return (
        other.kind is ClaimKind.DENIAL
        and item.kind is not ClaimKind.DENIAL
        and item.draft.content is not None
        and other.draft.cue_spans[0][0] >= item.draft.content[1]
        and not item.draft.cue.negated
        and not item.draft.cue.participle
    )


def _trailing_report(item: _Built, other: _Built) -> bool:
    """Whether ``other`` is an outlet's report after ``item`` ("..., AFP reported").

    The report became the channel of the charge or denial it holds, which stays a claim.
    """
    return (
        other.drop
        and item.channel is other.claimant
        and _is_press(other.claimant)
        and item.kind in (ClaimKind.ALLEGATION, ClaimKind.DENIAL)
        and item.claimant.kind in _REPORTED_SPEAKERS  # not a document, a poll's respondents
        and not item.draft.cue.participle
        and other.draft.cue_spans[0][0] > item.draft.cue_spans[-1][0]
    )


_REPORTED_SPEAKERS = frozenset({ActorKind.PERSON, ActorKind.ORGANISATION, ActorKind.STATE,
                                ActorKind.GOVERNMENT_BODY, ActorKind.MEDIA_OUTLET})
"""Who an outlet's report may pass a charge on from ("Police said ..., AFP reported")."""


def _kept_channels(built: Sequence[_Built]) -> None:
    """Let an anonymous claimant keep the channel it spoke through before."""
    channels: dict[str, Actor] = {}
    for item in built:
        if item.drop:
            continue
        if item.channel is not None:
            channels[item.claimant.id] = item.channel
        elif item.claimant.anonymous and item.claimant.id in channels:
            item.channel = channels[item.claimant.id]


def attribute(document: Document, drafts: Sequence[Draft], resolver: SpeakerResolver,
              kinds: KindLexicon | None = None) -> list[_Built]:
    """Resolve the drafts of one document to claimants, targets and channels, and settle kinds.

    The passes run in order over all of the document's drafts: claimants first, then
    nested claims, outlets' reports and channels, targets, restatements and participles,
    then the claims that say nothing of their own are dropped.

    Args:
        document: The document.
        drafts: Its drafts, in text order (from :func:`claimkit.extract.claims.assemble`).
        resolver: The document's speaker resolver.
        kinds: The kind stage's lexicons, for statements read again once their speaker
            is known (the shipped ones by default).

    Returns:
        The attributed drafts that remain claims, in text order.
    """
    text = document.text
    lexicon = kinds or kind_lexicon()
    built = _claimants(document, drafts, resolver, lexicon)
    same_sentence: _BySentence = {}
    for item in built:
        same_sentence.setdefault(item.draft.sentence.start, []).append(item)
    _answer_nested_claims(built, same_sentence)
    _reread_with_gender(built, text, lexicon)
    answered_statements(built, text)
    _reports_as_channels(built, same_sentence, text)
    _explicit_channels(built, text, resolver)
    filed_by(built, resolver, text)
    targets(built, resolver, document)
    _own_side_wrongs(built, resolver)
    own_side_denials(built, resolver, text, lexicon)
    blamed_causes(built, resolver, text, lexicon)
    _named_in_the_story(built, resolver, text)
    name_headline_accusers(built)
    rebut_accusers(built, text)
    drop_place_labels(built, text)
    _restatements(built)
    _elaborations(built)
    _missing_evidence(built, text)
    _non_responses(built)
    _nested_statements(built, same_sentence, text)
    denial_elaborations(built, text, lexicon)
    _kept_channels(built)
    return first_of_joint_claimants([item for item in built if not item.drop], resolver, text)
