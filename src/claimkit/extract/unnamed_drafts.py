"""Passive verb cues whose speaker goes unnamed or comes late (for the verb drafts).

An agentless charge ("was charged in 2004 with robbery", "has been widely criticised for ..."),
an impersonal passive ("It is alleged that the officials accepted bribes") and a raising passive
("The minister is alleged to have accepted bribes") are an unnamed source's claims; a later
stage (:meth:`claimkit.extract.speakers.SpeakerResolver.charging_authority`) may name the
prosecutors, the court or the critics. A passive charge may also name its agent only after
the charge ("accused of bias by ministers").
"""

from __future__ import annotations

from collections.abc import Sequence

from claimkit.extract.claim_drafts import Draft
from claimkit.extract.content_spans import _content_right
from claimkit.extract.cue_grammar import WHEN_WORDS
from claimkit.extract.cues import CueMatch
from claimkit.extract.segment import words as _words
from claimkit.extract.sentence_view import _SUBORDINATORS, SentenceView
from claimkit.extract.source_spans import _source_right
from claimkit.extract.speaker_words import names_someone
from claimkit.extract.verb_clauses import _CHARGE_FRAMES, _cue_spans
from claimkit.extract.verb_context import CRITICISM, SANCTIONS, class_of_people
from claimkit.model import ClaimKind

__all__ = ["heard_by_venue", "late_agent", "unnamed_passive_draft"]

_RAISING = frozenset(_words("allege say report rumor rumour believe suspect think understand "
                            "claim"))
"""Cues of a raising passive whose source goes unnamed: "is alleged to have taken bribes"."""


_OWN_VERB = frozenset(_words("was were is are has have had been being"))
"""Finite verbs between a charge and a "by": the agent belongs to the later verb."""


def late_agent(view: SentenceView, after: int, content: tuple[int, int]
               ) -> tuple[int, int] | None:
    """The agent of a passive charge named after the charge ("accused of bias by ministers").

    Only a "by" whose noun phrase closes the content and looks like an actor: not "by
    lying", "by the river" or "by 2020".
    """
    end = content[1]
    while end - 1 > after and (view.lowers[end - 1] in WHEN_WORDS or view.lowers[end - 1].isdigit()
                               or not view.is_word(end - 1)):
        end -= 1  # "accused of racism by a former player in 2020": the time closes it
    for probe in range(end - 2, after, -1):
        if view.lowers[probe] != "by":
            continue
        agent = _source_right(view, probe + 1)
        if agent is None or agent[1] < end or view.lowers[probe + 1].endswith("ing"):
            return None
        if not _OWN_VERB.isdisjoint(view.lowers[after:probe]):
            return None  # "accused of assault, was found not guilty by a jury": the agent
            # of another verb
        first, last = view.chars(*agent)
        if not names_someone(view.text[first:last], strict=True):
            return None  # "by the river", "by 2020": no actor
        return agent
    return None


def unnamed_passive_draft(
    view: SentenceView, cue: CueMatch, kind: ClaimKind, subject: tuple[int, int],
    content: tuple[int, int] | None, after: int, aux_start: int, cue_starts: Sequence[int],
) -> Draft | None:
    """The draft of a passive cue with no agent: an unnamed source's claim, or ``None``.

    Args:
        view: The sentence.
        cue: The passive cue ("was accused", "is alleged").
        kind: The kind the cue gives.
        subject: The passive's subject, token indices.
        content: The content read so far (the charge after the cue), if any.
        after: The token after the cue.
        aux_start: Where the cue's auxiliaries start.
        cue_starts: Where the sentence's cues start (a content stops at the next one).
    """
    frame = cue.frame
    if cue.negated and kind is ClaimKind.ALLEGATION:
        return None  # "The company has not been charged with any crime": no charge made
    if kind is ClaimKind.ALLEGATION and frame in _CHARGE_FRAMES:  # not "is attributed"
        # "was charged in 2004 with robbery", "is accused of fraud": an unnamed accuser
        if frame == "condemn" and cue.word.lemma not in SANCTIONS and (
            cue.word.lemma not in CRITICISM
        ):
            return None  # "was attacked", "was hit": blows, not words
        if aux_start == cue.first and class_of_people(view, subject, after):
            # "immigrants convicted of crimes", "Anyone convicted of fraud faces": a class,
            # no one accused
            return None
        content = content or _content_right(view, after, cue_starts)
        return None if content is None else _unnamed(view, cue, kind, aux_start, content, subject)
    impersonal = subject[1] - subject[0] == 1 and view.lowers[subject[0]] == "it" and (
        subject[0] == 0 or view.lowers[subject[0] - 1] not in _SUBORDINATORS
    )
    told = frame == "tell" and view.lowers[subject[0]] not in ("who", "which", "that")
    if (impersonal or told) and after < view.size and view.lowers[after] == "that":
        # "It is alleged that the officials accepted bribes": an impersonal passive, said by
        # an unnamed source; "The jury was told that the senator hid gold bars": the hearers
        # are the subject, the one who told them goes unnamed
        content = _content_right(view, after, cue_starts)
        return None if content is None else _unnamed(view, cue, kind, aux_start, content)
    if cue.word.lemma in _RAISING and (
        after + 2 < view.size and view.lowers[after] == "to"
        and view.lowers[after + 1] in ("have", "be") and after + 2 not in cue_starts
        and view.lowers[subject[0]] not in ("who", "which", "that")
    ):
        # "The minister is alleged to have accepted bribes", "is said to have ordered the
        # cover-up": a raised subject, said of it by an unnamed source ("Obama is reported
        # to have called the Saudis free riders" is Obama's charge, read at "called")
        rest = _content_right(view, after + 1, cue_starts)
        if rest is None:
            return None
        return _unnamed(view, cue, kind, aux_start, (subject[0], rest[1]), subject)
    return None


def _unnamed(view: SentenceView, cue: CueMatch, kind: ClaimKind, aux_start: int,
             content: tuple[int, int], subject: tuple[int, int] | None = None) -> Draft:
    """An unnamed source's draft, the cue standing for its speaker; ``subject`` the accused."""
    draft = Draft(sentence=view.sentence, cue=cue, kind=kind,
                  cue_spans=_cue_spans(view, cue, aux_start),
                  source=view.chars(cue.first, cue.last), content=view.chars(*content),
                  unnamed=True)
    if subject is not None:
        draft.target, draft.target_mode = view.chars(*subject), "span"
    return draft


def heard_by_venue(view: SentenceView, draft: Draft) -> Draft | None:
    """A court's hearing of a claim: "The court heard that the minister took bribes".

    The court, jury or inquiry only hears; the claim is an unnamed party's (a witness's,
    the prosecution's).  Anyone else's hearing ("I heard that ...") is hearsay, no claim.
    """
    if draft.source is None or draft.cue.passive:
        return None
    words = view.text[draft.source[0] : draft.source[1]].lower().split()
    if not words or words[-1] not in _VENUES:
        return None
    draft.source = draft.cue_spans[0]
    draft.unnamed = True
    draft.target = None
    return draft


_VENUES = frozenset(_words("court courts jury tribunal inquiry hearing trial committee panel "
                           "magistrates commission"))
"""Bodies that hear what witnesses and counsel say."""

