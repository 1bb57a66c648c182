"""Pronoun speakers and speakers' genders, read once the claimants are resolved.

The attribution stage (:mod:`claimkit.extract.attribution`) resolves each draft's claimant;
these passes correct what a pronoun or a speaker's gender changes:

* ``_speaker_outside_quote``: "'... Rubio is weak,' he said", where "he" resolved to the man
  the quotation names, is the last person of that gender who spoke before it, passing over
  whoever only declined to comment (or, when no one spoke, the nearest person of that gender
  named before it, kin included: "the victim's mother"; failing that, someone unnamed rather
  than a party only the quotation names);
* ``_speaking_group``: a "they" that opens an attribution is the last group that spoke;
* ``_accused_speaker``: a pronoun that denies "which" or "a charge" right after a charge
  in its own sentence is the accused ("..., which it denied");
* ``_speaking_thing``: an "it" that opens an attribution continues the organisation or
  document that spoke just before it, or the document that opened the sentence before ("The
  report also described the breaches. It said ...");
* ``_reread_with_gender``: a statement whose speaker turns out to be a man or a woman is read
  again, the other gender's pronoun standing for another party ("'She should be ashamed of
  herself,' Christie said").
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import TYPE_CHECKING

from claimkit.extract.claim_drafts import _HE, _SHE, Draft, _decide, _reads_content
from claimkit.extract.kinds import KindLexicon, content_kind
from claimkit.extract.mention_drafts import MentionKind, actor_gender
from claimkit.extract.roles import role_lexicon
from claimkit.extract.segment import lowers, tokenize
from claimkit.extract.speakers import SpeakerResolver
from claimkit.model import Actor, ActorKind, ClaimKind, actor_id

if TYPE_CHECKING:
    from claimkit.extract.attribution import _Built


def _speaker_outside_quote(claimant: Actor, draft: Draft, built: Sequence[_Built],
                           resolver: SpeakerResolver) -> Actor:
    """The speaker a pronoun stands for, when it resolved to someone its own quote names.

    In "'... detainees at Guantanamo Bay ...,' she said" the last name before "she" is in
    the quotation she speaks; the speaker is the one who spoke last before the quotation.
    """
    content = draft.content
    if content is None or draft.source is None or draft.source[0] <= content[0]:
        return claimant  # only an attribution after (the start of) its quotation
    last = _last_speaker(claimant, draft, built, resolver)
    if last is not None:
        return last
    quoted = (content[0], draft.source[0])
    named_inside = any(
        m.actor.id == claimant.id and m.span.end <= quoted[1] for m in resolver.mentions_in(quoted)
    )
    if not named_inside:
        return claimant
    person = claimant.kind
    pronoun = resolver.document.text[draft.source[0] : draft.source[1]].strip().lower()
    wanted = {"he": "m", "she": "f"}.get(pronoun)
    lexicon = role_lexicon()
    for earlier in reversed(built):
        actor = earlier.claimant
        if earlier.unnamed or actor.id == claimant.id or (
            actor.anonymous and not (pronoun == "they" and actor.kind is ActorKind.GROUP)
        ):  # "they" may be the analysts who spoke before
            continue
        if wanted is not None and actor.kind is ActorKind.PERSON and (
            actor_gender(actor, lexicon) not in (None, wanted)
        ):
            continue  # "he said" is not the woman who spoke last
        if wanted is not None and _no_comment(earlier.draft, resolver.document.text):
            continue  # "Scotland Yard declined to comment. '...,' he said": not the Yard
        if actor.kind is person or (
            (person is ActorKind.GROUP or (pronoun == "they" and person is not ActorKind.PERSON))
            and actor.kind in _SPEAKING_KINDS
        ):  # "he" is a person, not the outlet that spoke last; "they" may be a body
            return actor
    if wanted is not None:
        # no one spoke before: the nearest person of that gender before the quotation
        # ("Sen. Elizabeth Warren spoke first. '... a billionaire ...,' she said"), else
        # someone unnamed, not the party the quotation names
        found = _person_before(claimant, draft, wanted, resolver)
        if found is not None:
            return found
        if claimant.anonymous and not any(
            m.actor.id == claimant.id for m in resolver.mentions_in((0, content[0]))
        ):
            # '"The officer beat my son," he said': not the officer, whom only the
            # quotation names, but someone unnamed
            return resolver.unresolved(draft.source)
    return claimant


def _person_before(claimant: Actor, draft: Draft, wanted: str, resolver: SpeakerResolver
                   ) -> Actor | None:
    """The nearest person of gender ``wanted`` mentioned before a quotation "he"/"she" closes.

    A named person whose first name or role shows the gender ("Lawyer Tom Reid spoke
    outside court"), or kin named through another party, whose kin word shows it ("the
    victim's mother read a statement"); not the party the quotation names.
    """
    assert draft.content is not None
    text = resolver.document.text
    lexicon = role_lexicon()
    start = max(0, draft.content[0] - _NAMED_REACH)
    for mention in reversed(resolver.mentions_in((start, draft.content[0]))):
        actor = mention.actor
        if mention.kind is MentionKind.PRONOUN:
            continue
        kin = _POSSESSED.match(text, mention.span.end, draft.content[0])
        if kin is not None and (kin.group(1),) in lexicon.person_heads and (
            lexicon.gender([kin.group(1)]) == wanted
        ):
            name = f"{text[mention.span.start : mention.span.end]}'s {kin.group(1)}"
            return Actor(id=actor_id(ActorKind.PERSON, name, anonymous=True,
                                     scope=resolver.document.id),
                         name=name, kind=ActorKind.PERSON, role=kin.group(1), anonymous=True)
        if actor.kind is ActorKind.PERSON and not actor.anonymous and (
            actor.id != claimant.id and actor_gender(actor, lexicon) == wanted
        ):
            return actor
    return None


_POSSESSED = re.compile(r"['\u2019]s?\s+([a-z]+)\b")
"""A possessive and the noun it owns right after a mention ("victim's mother")."""


_NAMED_REACH = 400
"""How far before a quotation (characters) a "he" or "she" after it looks for its speaker."""


def _last_speaker(claimant: Actor, draft: Draft, built: Sequence[_Built],
                  resolver: SpeakerResolver) -> Actor | None:
    """The person who spoke in the sentence just before a quotation a "he" or "she" closes.

    "Okonkwo-Bello's lawyer, Wole Olanipekun, called the charges political. “He did not
    approve a single fraudulent payment,” he told reporters": the lawyer speaks on, not the
    prosecutor named earlier whose gender is known; "she" after a mother's denial is the
    mother, not the police. ``None`` when no such speaker fits.
    """
    text = resolver.document.text
    if draft.source is None:
        return None
    pronoun = text[draft.source[0] : draft.source[1]].strip().lower()
    wanted = {"he": "m", "she": "f"}.get(pronoun)
    if wanted is None or not built or not text[: draft.source[0]].rstrip(" ,").endswith(
        ("\"", "\u201d", "''", "\u2019")
    ):
        return None  # only right after a closing quotation mark
    earlier = built[-1]
    actor = earlier.claimant
    before = text[earlier.draft.sentence.end : draft.sentence.start]
    if earlier.unnamed or actor.anonymous or actor.kind is not ActorKind.PERSON or (
        before.strip(" \t\n\"'\u201c\u201d\u2018\u2019")
    ):
        return None  # only the speaker of the sentence right before
    if actor_gender(actor, role_lexicon()) not in (None, wanted) or _no_comment(
        earlier.draft, text
    ):
        return None  # not "The Garda Síochána declined to comment. '...,' he said"
    return actor


def _no_comment(draft: Draft, text: str) -> bool:
    """Whether a claim only declines to speak ("declined to comment", "refused to respond").

    Whoever declined to comment is not the "he" or "she" of the quotation after it.
    """
    return draft.content is not None and _TO_COMMENT.match(
        text, draft.content[0], draft.content[1]) is not None


_TO_COMMENT = re.compile(
    r"to\s+(?:comment|respond|speak|elaborate|discuss|be\s+interviewed)\b", re.IGNORECASE)
"""The content of a refusal to speak ("declined to comment", "refused to respond")."""


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


def _accused_speaker(claimant: Actor, draft: Draft, built: Sequence[_Built],
                     pronoun: str, resolver: SpeakerResolver) -> Actor:
    """The party a pronoun that answers a charge in its own sentence stands for: the accused.

    "The ruling party accused the opposition of inciting violence, which it denied", "Smith
    accused Jones of lying, a charge he denies": whoever was charged answers, not the
    accuser. Only for a denial of "which" or a claim noun, and an accused of the pronoun's
    sort (a person for "he" and "she", no person for "it").
    """
    if draft.kind is not ClaimKind.DENIAL or draft.content is None or draft.source is None:
        return claimant
    text = resolver.document.text
    answered = text[draft.content[0] : draft.content[1]].lower().split()
    if not answered or not (answered == ["which"] or answered[-1] in _CHARGE_NOUNS):
        return claimant
    for earlier in reversed(built):
        if earlier.draft.sentence.start != draft.sentence.start:
            break
        if earlier.kind is not ClaimKind.ALLEGATION or earlier.draft.target is None:
            continue
        accused = earlier.target or resolver.unresolved(earlier.draft.target)
        person = accused.kind is ActorKind.PERSON
        if (pronoun == "it" and person) or (pronoun in ("he", "she") and not person):
            return claimant
        return accused
    return claimant


_CHARGE_NOUNS = frozenset({"charge", "charges", "accusation", "accusations", "allegation",
                           "allegations", "claim", "claims"})
"""Nouns by which a denial points back at the charge before it ("a charge he denies")."""
_THING_REACH = 400
"""How far back (characters, about two sentences) the party an "it" continues has spoken."""


def _speaking_thing(claimant: Actor, draft: Draft, built: Sequence[_Built],
                    resolver: SpeakerResolver) -> Actor:
    """The party an "it" that opens an attribution stands for (see :func:`_thing_spoke`).

    Failing a party that spoke just before, a document that opened the sentence before.
    """
    spoke = _thing_spoke(claimant, draft, built, resolver)
    return _document_before(claimant, draft, resolver) if spoke is claimant else spoke


def _thing_spoke(claimant: Actor, draft: Draft, built: Sequence[_Built],
                 resolver: SpeakerResolver) -> Actor:
    """The party an "it" that opens an attribution stands for: the one that spoke just before.

    "The letter also accuses one of the journalists ... It also accused another reporter":
    "it" continues the letter, not the foundation the letter's charge named in between.
    Only when the first speaker of the last sentence with a claim, at most about two
    sentences back, is a named organisation, outlet, body or state, or a document that
    speaks for its issuer, and "it" did not resolve to a party named earlier in its own
    sentence ("When the company was sued, it said ...").
    """
    if draft.source is None:
        return claimant
    opening = draft.source[0] if draft.content is None else min(draft.source[0], draft.content[0])
    if any(m.actor.id == claimant.id
           for m in resolver.mentions_in((draft.sentence.start, opening))):
        return claimant
    before = [item for item in built if item.draft.sentence.start < draft.sentence.start]
    if not before or draft.sentence.start - before[-1].draft.sentence.end > _THING_REACH:
        return claimant
    last = before[-1].draft.sentence.start
    # the sentence's first speaker, not one its charge names ("documents she cited")
    for earlier in (item for item in before if item.draft.sentence.start == last):
        if earlier.unnamed:
            return claimant
        actor = earlier.claimant
        if actor.kind in _THING_KINDS and not actor.anonymous:
            return actor
        if actor.kind is ActorKind.UNKNOWN and actor.anonymous and actor.affiliation is not None:
            return actor  # a document that speaks for its issuer ("The letter")
        return claimant
    return claimant


def _document_before(claimant: Actor, draft: Draft, resolver: SpeakerResolver) -> Actor:
    """The document an unresolved "It said" continues: the previous sentence's subject.

    "The report also provided details of data breaches. It said officials had concealed
    information": the report speaks, though its first sentence made no claim.
    """
    text = resolver.document.text
    if draft.source is None or text[draft.source[0] : draft.source[1]].lower() != "it":
        return claimant
    end = draft.sentence.start
    start = max(text.rfind(". ", 0, end - 2), text.rfind("\n", 0, end - 2)) + 1
    opening = _DOCUMENT_SUBJECT.match(text, start, end)
    if opening is None or (opening.group("noun").lower(),) not in role_lexicon().document_nouns:
        return claimant
    return resolver.claimant((opening.start("lead"), opening.end("noun")))


_DOCUMENT_SUBJECT = re.compile(
    r"\s*(?P<lead>(?:The|This|That|Its|Their|His|Her)\s+(?:[\w'-]+\s+){0,2}?)"
    r"(?P<noun>[a-z]+)\b(?!\s+(?:that|who|which)\b)"
)
"""A sentence opening with a definite noun phrase ("The report also ...")."""


_THING_KINDS = frozenset({ActorKind.ORGANISATION, ActorKind.MEDIA_OUTLET,
                          ActorKind.GOVERNMENT_BODY, ActorKind.STATE})


def _reread_with_gender(built: Sequence[_Built], text: str, kinds: KindLexicon) -> None:
    """Read a statement's content again once its speaker's gender is known.

    "“She should be ashamed of herself,” Christie said": before the claimant was resolved
    to Chris Christie, "she" might have been the speaker; a man's "she" is someone else,
    whose wrong the content charges.
    """
    lexicon = role_lexicon()
    for item in built:
        draft = item.draft
        if item.kind is not ClaimKind.STATEMENT or draft.kind_rule is not None or (
            draft.content is None or item.claimant.kind is ActorKind.UNKNOWN
            or not _reads_content(draft, kinds)
        ):
            continue
        gender: str = "n"  # "Politico reported that he fabricated": not Politico
        if item.claimant.kind is ActorKind.PERSON:
            known = actor_gender(item.claimant, lexicon)
            if known is None:
                continue
            gender = known
        others = _OTHER_GENDER[gender]
        if _PRONOUN_OF[gender].search(text, draft.content[0], draft.content[1]) is None:
            continue  # no "she" in a man's words: nothing to read again (most statements)
        pieces = [(draft.content[0], draft.core_end or draft.content[1])]
        if draft.extra_content is not None:
            pieces.append(draft.extra_content)  # not the attribution between the two
        for start, end in pieces:
            tokens = tokenize(text, start, end)
            words = lowers(tokens)
            decision = content_kind(words, 0, len(tokens), kinds, others=others)
            if decision is not None and decision.kind is ClaimKind.ALLEGATION and not (
                others.isdisjoint(words)
            ):
                _decide(draft, decision,
                        [(tokens[a].start, tokens[b - 1].end) for a, b in decision.words])
                item.kind = ClaimKind.ALLEGATION
                break


_OTHER_GENDER = {"m": _SHE, "f": _HE, "n": _HE | _SHE}
"""The pronouns that cannot stand for a man ("m"), a woman ("f") or a group, body,
organisation, outlet or state ("n") speaking."""
_PRONOUN_OF = {
    "m": re.compile(r"\b[Ss]he\b"),
    "f": re.compile(r"\b[Hh]e\b"),
    "n": re.compile(r"\b(?:[Ss]he|[Hh]e)\b"),
}
"""The other gender's subject pronoun, found before any tokenizing."""
