"""A negated act of the side a speaker speaks for, named, denies it.

"Kremlin spokesman Dmitry Peskov said Russia does not strike civilian infrastructure". The
kind stage reads "we" and "I", and a pronoun that may stand for the speaker, as the
speaker's own side; a name is only known to be the speaker's own once actors are resolved.
This pass of the attribution stage (:mod:`claimkit.extract.attribution`) reads a statement
again when its content opens with a mention of what the speaker speaks for (the Kremlin's
spokesman for Russia, a ministry for its state) and names a wrong: the content is read as the
speaker's own ("we do not strike civilian infrastructure"), and a denial of one's own act
that this finds makes the statement a denial ("Russia did not sign the deal" denies no
wrong). A body known by name that says "it" of itself ("Cambodia said it had never laid
mines", "Huawei said it had never handed user data ...") is read as "the company said it"
is, and so is a charge the kind stage first took such a content for; what the body says it
was not given ("Israel said it had not been notified") is a complaint and stays a statement.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Protocol

from claimkit.extract.claim_drafts import Draft
from claimkit.extract.cue_grammar import AUXILIARIES
from claimkit.extract.kind_grammar import _is_negation
from claimkit.extract.kinds import KindLexicon, content_kind
from claimkit.extract.mention_drafts import MentionKind
from claimkit.extract.roles import mention_words, role_lexicon
from claimkit.extract.segment import lowers, tokenize
from claimkit.extract.speakers import SpeakerResolver
from claimkit.model import Actor, ActorKind, ClaimKind

__all__ = ["own_side_denials"]


class _Item(Protocol):
    """What the pass reads and changes of an attributed draft."""

    draft: Draft
    claimant: Actor
    kind: ClaimKind
    drop: bool
    unnamed: bool
    target: Actor | None


_OPENING = 6
"""How far (characters) into a content its subject may start ("that Russia", "“The army")."""


def own_side_denials(
    built: Sequence[_Item], resolver: SpeakerResolver, text: str, lexicon: KindLexicon
) -> None:
    """Make a statement that negates an act of the speaker's own side a denial.

    Args:
        built: The attributed drafts of one document, in text order.
        resolver: The document's speaker resolver.
        text: The document's text.
        lexicon: The kind stage's lexicons.
    """
    for item in built:
        draft = item.draft
        if item.drop or item.unnamed or draft.content is None or draft.cue.negated or (
            draft.cue.word.pos != "verb" or draft.cue.frame not in ("say", "tell")
        ) or not (
            (item.kind is ClaimKind.STATEMENT and draft.kind_rule is None)
            or (item.kind is ClaimKind.ALLEGATION and _negation_opens(text, draft.content))
        ):  # a statement, or a charge whose subject is negated ("it had never sought ...")
            continue
        if _ITSELF.match(text, draft.content[0]) and _named_body_itself(item, text, lexicon):
            continue
        mentions = resolver.mentions_in(draft.content)
        if not mentions or not _opens(text, draft.content[0], mentions[0].span.start):
            continue
        subject = mentions[0]
        if subject.kind is MentionKind.PRONOUN or subject.actor.anonymous or (
            subject.actor.id == item.claimant.id
        ):
            continue  # a pronoun the kind stage has read already; the speaker's own name
            # is a narrator's ("On his blog, Schilling did not back down")
        voiced = _voiced_person(item.claimant, subject.actor)
        if (not voiced and not item.claimant.speaks_for(subject.actor)) or (
            item.kind is not ClaimKind.STATEMENT and not voiced
        ):  # a charge is re-read only for a body's "it" ("Pyongyang has never acknowledged
            # the “illegal” restrictions" charges the restrictions) or a person's spokesman
            # ('"Congressman Keller has never used campaign funds for personal purposes,"
            # campaign manager Brett Olsen said')
            continue
        tokens = tokenize(text, subject.span.end, draft.content[1])
        words = ["we", *lowers(tokens)]
        if not any(True for _ in lexicon.wrongdoing.find((), words)) and (
            lexicon.transfer_verbs.isdisjoint(words)
        ) and not (voiced and item.claimant.affiliation is not None and "never" in words[1:4]):
            # "Sanders spokesman Evan Li" saying "Rachel Sanders has never voted for a tax
            # increase" answers a charge with no wrong named; a body's "Russia did not sign
            # the deal" does not, nor an unaffiliated aide's "Hale has never held a real job"
            continue  # "Russia had not received the proposal", "Kenya did not qualify": no
            # wrong is denied
        decision = content_kind(words, 0, len(words), lexicon)
        if decision is not None and decision.kind is ClaimKind.DENIAL and (
            decision.rule == "own-negation"
        ) and (item.kind is ClaimKind.STATEMENT or _wrong_negated(words, lexicon)):
            if item.kind is ClaimKind.ALLEGATION:
                item.target = None  # the principal cleared is no accused
            spans = [(subject.span.start, subject.span.end)]  # "we" stood for the subject
            spans += [(tokens[a - 1].start, tokens[b - 2].end)
                      for a, b in decision.words if a > 0]
            item.kind = ClaimKind.DENIAL
            draft.kind, draft.kind_rule, draft.kind_words = ClaimKind.DENIAL, decision.rule, spans


_CLAUSE_OPENERS = frozenset({"why", "how", "that", "whether", "who", "which", "because", "when",
                             "what", "while", "but", ",", ";", "."})


def _wrong_negated(words: Sequence[str], lexicon: KindLexicon) -> bool:
    """Whether the first wrong a content names is in the clause of its opening negation.

    "Keller has never used campaign funds for personal purposes" denies the wrong; "Hale has
    never explained why he used campaign funds ..." charges it.
    """
    negation = next((k for k, w in enumerate(words[:6]) if _is_negation(w)), None)
    wrong = next(iter(lexicon.wrongdoing.find((), words)), None)
    return negation is not None and wrong is not None and wrong[0] > negation and (
        _CLAUSE_OPENERS.isdisjoint(words[negation + 1 : wrong[0]])
    )


def _opens(text: str, content: int, start: int) -> bool:
    """Whether a mention at ``start`` opens the content at ``content``.

    Quotation marks, "that" and one title may come first ('"Congressman Keller has ...').
    """
    if start <= content + _OPENING:
        return True
    before = lowers(tokenize(text, content, start))
    lead = [w for w in before if w.isalpha() and w != "that"]
    return len(lead) == 1 and (lead[0],) in role_lexicon().titles


def _voiced_person(speaker: Actor, subject: Actor) -> bool:
    """Whether a person's spokesman or lawyer speaks of that person by name.

    '"Congressman Keller has never used campaign funds ...," campaign manager Brett Olsen
    said': a speaker whose role speaks for another ("spokesman", "lawyer", "campaign
    manager") and who is known to speak for no one else has the person it names first as
    its principal; "Sanders spokesman Evan Li" speaks for Rachel Sanders.
    """
    if subject.kind is not ActorKind.PERSON or speaker.kind is not ActorKind.PERSON:
        return False
    role = (speaker.role or "").lower().split()
    if not role or role[-1] not in mention_words().owner_speakers:
        return False
    return speaker.affiliation is None or speaker.speaks_for(subject)


_BODIES = frozenset({ActorKind.STATE, ActorKind.GOVERNMENT_BODY, ActorKind.ORGANISATION,
                     ActorKind.MEDIA_OUTLET})
_RECEIVED = frozenset({"received", "receive", "given", "granted", "allowed",
                       "notified", "informed", "told", "offered", "shown", "sent"})
"""Words of what a body undergoes or is given: a negation of them complains, denies nothing."""


def _negation_opens(text: str, content: tuple[int, int]) -> bool:
    """Whether a negation stands among a content's first five words ("it had never ...")."""
    return any(_is_negation(w) for w in lowers(tokenize(text, content[0], content[1]))[:5])


_ITSELF = re.compile(r"[\s\"\u201c']*(?:that\s+)?(?:it|its)\b", re.IGNORECASE)
"""A content opening with "it" or "its": the body speaking, or what belongs to it."""


def _bare_name(actor: Actor) -> bool:
    """Whether an actor is one capitalised word that names no known person ("Huawei").

    Such a speaker that says "it" of itself is a body, not a person by a surname.
    """
    words = actor.name.split()
    return (actor.kind is ActorKind.PERSON and len(words) == 1 and actor.role is None
            and actor.affiliation is None and not role_lexicon().first_name(words[0].lower()))


def _named_body_itself(item: _Item, text: str, lexicon: KindLexicon) -> bool:
    """Make "Cambodia said it had never laid mines" a denial, as "the company said it ..." is.

    The kind stage reads "it" as the speaker only after a body noun ("the company", "the
    ministry"); a state or an organisation known by name is one too, once resolved.
    """
    draft = item.draft
    assert draft.content is not None
    if not _ITSELF.match(text, draft.content[0]) or (
        item.claimant.kind not in _BODIES and not _bare_name(item.claimant)
    ):
        return False
    tokens = tokenize(text, draft.content[0], draft.content[1])
    words = lowers(tokens)
    negation = next((k for k, w in enumerate(words[:5]) if _is_negation(w)), None)
    verb = next((k for k in range(negation + 1, len(words)) if words[k] not in AUXILIARIES
                 and words[k] not in ("ever", "yet")),
                len(words)) if negation is not None else len(words)
    if verb < len(words) and (words[verb] in _RECEIVED or words[verb] in lexicon.undergone):
        return False  # "Israel said it had not been notified", "had not received the weapons":
        # what the body was not given is a complaint, not a denial
    if "its" in words[:3]:
        at = words.index("its")
        words = [*words[:at], "our", *words[at + 1 :]]  # "its soldiers": the speaker's own
    decision = content_kind(words, 0, len(words), lexicon, itself=True)
    if decision is None or decision.kind is not ClaimKind.DENIAL:
        return False
    item.kind = ClaimKind.DENIAL
    draft.kind, draft.kind_rule = ClaimKind.DENIAL, decision.rule
    draft.kind_words = [(tokens[a].start, tokens[b - 1].end) for a, b in decision.words]
    return True
