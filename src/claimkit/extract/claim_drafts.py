"""A claim under assembly (:class:`Draft`), and its kind read from its content.

A cue whose kind does not settle the claim's (a statement, a confirmation) leaves it to
the content: ``_read_kind`` asks :func:`claimkit.extract.kinds.content_kind` and
keeps the words that decided; a first-person cue quoted inside the content ("We ...
firmly warn the US") gives its kind to the claim that quotes it (``_inner_kinds``).
"""

from __future__ import annotations

import functools
from collections.abc import Sequence

from attrs import define, field

from claimkit.extract.accuser_content import accused_conduct, an_accuser, sanction_on_record
from claimkit.extract.charge_answers import INDIRECT_SELF, answers_charge
from claimkit.extract.content_spans import _partys_words
from claimkit.extract.cue_grammar import _QUOTE_OPENERS
from claimkit.extract.cues import CueMatch
from claimkit.extract.defence_content import finds_no_wrong
from claimkit.extract.kinds import KindDecision, KindLexicon, content_kind, redress_kind
from claimkit.extract.masked_names import epithets_masked, institution_words_masked
from claimkit.extract.roles import mention_words, names_no_person, names_people, role_lexicon
from claimkit.extract.segment import Sentence, Token, lowers
from claimkit.extract.segment import words as _words
from claimkit.extract.sentence_view import SentenceView
from claimkit.extract.wrong_constructions import WrongIndex
from claimkit.model import ClaimKind

__all__ = ["Draft"]

@define
class Draft:
    """A claim under assembly, with character offsets into the document text.

    Attributes:
        sentence: The sentence the cue is in.
        cue: The cue match.
        kind: The claim's kind.
        cue_spans: Character spans of the cue words (auxiliaries included).
        source: The claimant's span, when the text names one.
        content: The content's span.
        target: The target's span, when the frame names one.
        target_mode: How to find the target: ``"span"`` (the target span), ``"content"``
            (an actor in the content), ``"claim_source"`` (the source of the claim a
            denial rejects) or ``"context"`` (the accuser of the latest allegation).
        quote: The quoted words, for direct quotes.
        extra_content: Quoted sentences that continue the content.
        participle_of: For participles, the index (within the sentence) of the cue whose
            source they share.
        nominal: The cue is a noun.
        anaphoric: The content refers back ("the charges", "it").
        channel: The span of the outlet the claim came through.
        inner_kinds: Kinds of first-person cues quoted inside the content.
    """

    sentence: Sentence
    cue: CueMatch
    kind: ClaimKind
    cue_spans: list[tuple[int, int]]
    source: tuple[int, int] | None = None
    content: tuple[int, int] | None = None
    target: tuple[int, int] | None = None
    target_mode: str = "content"
    quote: str | None = None
    extra_content: tuple[int, int] | None = None
    core_end: int | None = None
    """Where the content's first piece ends when quoted sentences continue it."""
    participle_of: int | None = None
    nominal: bool = False
    anaphoric: bool = False
    channel: tuple[int, int] | None = None
    inner_kinds: list[ClaimKind] = field(factory=list)
    shares_source: bool = False
    upgraded: bool = False
    """The kind was raised from statement to allegation by the content's wording."""
    unreal: bool = False
    """No one makes the claim, or someone only might ("Nobody has accused", "Critics may
    accuse"): a statement whose content never decides its kind."""
    accused: tuple[int, int] | None = None
    """The span of the party an allegation's content names as the doer, when its grammar
    says so: the supplier of an arms transfer ("Iran is providing drones to Russia"), the
    subject of an accuser's account ("Prosecutors say Vance took cash from a developer")."""
    kind_rule: str | None = None
    """The kind stage's rule that decided the kind from the content, if it did."""
    in_passage: bool = False
    """The cue is inside a quoted passage ("“Sen. Graham said ...”"): the paragraph can
    still be its previous speaker's quotation."""
    unnamed: bool = False
    """The text names no source: a hedge ("reportedly") or an agentless passive ("was
    charged with"); ``source`` then holds the cue's span and the claimant is unnamed."""
    kind_words: list[tuple[int, int]] = field(factory=list)
    """Character spans of the content words that decided the kind."""

    @property
    def start(self) -> int:
        """Start of the claim's clause."""
        points = [a for a, _ in self.cue_spans]
        for span in (self.source, self.content, self.target):
            if span is not None:
                points.append(span[0])
        if self.shares_source and self.source is not None:
            points.remove(self.source[0])
        return min(points)

    @property
    def end(self) -> int:
        """End of the claim's clause."""
        points = [b for _, b in self.cue_spans]
        for span in (self.source, self.content, self.target, self.extra_content):
            if span is not None:
                points.append(span[1])
        if self.shares_source and self.source is not None:
            points.remove(self.source[1])
        return max(points)


def _inner_kinds(view: SentenceView, content: tuple[int, int], cues: Sequence[CueMatch],
                 source: tuple[int, int] | None = None) -> list[ClaimKind]:
    """Kinds of first-person cues quoted inside a content ("We ... firmly warn the US").

    Also the denial of a reported-speech subject pronoun that may be the speaker
    (``source``, the speaker's characters): "claiming he had previously disavowed Duke".
    """
    kinds = []
    others = _not_the_speaker(_speaker_words(view, source)) if source is not None else (
        frozenset())
    first = _past_that(view, content)
    for cue in cues:
        if cue.frame == "reject" and not any(
            view.lowers[i] in view.lexicon.claim_nouns
            for i in range(cue.last, min(view.size, cue.last + 4))
        ) and not _partys_words(view, cue.last, min(view.size, cue.last + 6)):
            continue  # "I disagree that we should ...", "we do not accept refugees": no claim
            # (but 'he "rejects Donald Trump's latest comments"' answers a party's words)
        if cue.word.pos == "noun" and cue.kind is ClaimKind.ALLEGATION:
            continue  # "“We take these allegations seriously”": charges named, none made
        if content[0] <= cue.first < content[1] and view.inside_quote[cue.first]:
            window = view.lowers[max(content[0], cue.first - 5) : cue.first]
            own = any(w in view.kinds.own_side for w in window)
            # "said it “categorically denies” the allegations": its own quoted denial
            indirect = cue.kind is ClaimKind.DENIAL and (
                first < cue.first <= first + 4 and view.lowers[first] in INDIRECT_SELF
                and view.lowers[first] not in others
            )
            if (own or indirect) and not cue.negated:
                kinds.append(cue.kind)
        elif (
            cue.kind is ClaimKind.DENIAL and not cue.negated and not cue.passive
            and first < cue.first <= first + 4 and cue.first < content[1]
            and view.lowers[first] in INDIRECT_SELF and not view.inside_quote[cue.first]
            and view.lowers[first] not in others and not two_objects(view, cue.last)
        ):
            # "claiming he had previously disavowed Duke": in reported speech the subject
            # pronoun is the speaker, whose own denial the content reports
            kinds.append(cue.kind)
    return kinds


def _past_that(view: SentenceView, content: tuple[int, int]) -> int:
    """Where a content's clause starts: after its "that" ("said that he ...")."""
    return content[0] + (1 if view.lowers[content[0]] == "that" else 0)


def two_objects(view: SentenceView, after: int) -> bool:
    """Whether "deny" takes a party and then a thing: "deny Sanders the nomination".

    Denying someone something refuses it to them; it rejects no claim.
    """
    index = after
    if index < view.size and view.lowers[index] in ("him", "her", "them", "us", "me", "it"):
        index += 1
    elif index + 1 < view.size and view.lowers[index].endswith("s") and (
        view.lowers[index].isalpha() and not view.is_capital(index)
        and names_people(view.lowers[index])
        and view.lowers[index + 1] in ("their", "his", "her", "its", "access", "entry")
    ):
        return True  # "denied workers their overtime pay", "denied patients access to"
    else:
        if index + 1 < view.size and view.lowers[index].isalpha() and not view.is_capital(
            index
        ) and view.is_capital(index + 1) and view.lowers[index] not in ("the", "a", "an"):
            index += 1  # "deny insurgent Bernie Sanders the nomination"
        start = index
        while index < view.size and view.is_capital(index) and index - start < 4:
            index += 1
        if index == start:
            return False
    return index > after and index < view.size and view.lowers[index] in (
        "the", "a", "an", "his", "her", "their", "its", "any"
    )


_INNER_PRIORITY = (ClaimKind.DENIAL, ClaimKind.WARNING, ClaimKind.ALLEGATION,
                   ClaimKind.ADMISSION, ClaimKind.CONFIRMATION)
_READ_KINDS = frozenset({ClaimKind.STATEMENT, ClaimKind.CONFIRMATION})
"""Kinds whose cue leaves the claim's kind to its content."""
_UNREAD_FRAMES = frozenset({"urge", "warn"})
"""Frames whose content is a request or a threat, not an assertion."""


def _reads_content(draft: Draft, kinds: KindLexicon) -> bool:
    """Whether the content may decide the draft's kind: its cue asserts and names no kind.

    A wish, plan or refusal ("declined to say whether ...") asserts nothing.
    """
    cue = draft.cue
    return (draft.kind in _READ_KINDS and not cue.negated and not draft.unreal
            and cue.word.commitment != "uncommitted" and cue.frame not in _UNREAD_FRAMES
            and cue.word.lemma not in kinds.unread_cues)


def _read_continued_kind(draft: Draft, tokens: Sequence[Token], kinds: KindLexicon) -> None:
    """Let the sentences a quotation continues over decide a statement's kind.

    "'Because of Bernie Sanders ...,' said Jillian Soto. 'I believe Remington acted
    irresponsibly.'": the second sentence is the same speaker's and may charge.
    """
    if draft.kind_rule is not None or not _reads_content(draft, kinds):
        return
    decision = content_kind(lowers(tokens), 0, len(tokens), kinds)
    if decision is not None:
        _decide(draft, decision,
                [(tokens[a].start, tokens[b - 1].end) for a, b in decision.words])
        _name_doer(draft, decision, tokens, kinds, 0)


def _name_doer(draft: Draft, decision: KindDecision, tokens: Sequence[Token],
               kinds: KindLexicon, first: int) -> None:
    """Make the doer a wrongdoing construction names the accused, if it names one.

    "the threat the NRA poses to the U.S.": the NRA; "It was Barack Obama and Hillary
    Clinton who helped undo all the hard fought gains": Barack Obama.
    """
    if not decision.rule.startswith("wrongdoing:") or not isinstance(
        kinds.wrongdoing, WrongIndex
    ):
        return
    doer = kinds.wrongdoing.doer(tokens, lowers(tokens), decision.words[0][0], first)
    if doer is not None:
        draft.accused = tokens[doer[0]].start, tokens[doer[1] - 1].end


_DEMANDING = frozenset({"call for", "demand", ":"})
"""Cues of the say frame that ask for redress as urging does ("called for his dismissal"),
and a headline's colon ("Kelli Ward: Impeach AG Lynch")."""


def _read_redress(view: SentenceView, draft: Draft, content: tuple[int, int]) -> None:
    """Urging a party to apologize, resign or answer for something alleges it did wrong."""
    if draft.kind not in _READ_KINDS or draft.cue.negated or (
        draft.cue.frame != "urge" and draft.cue.word.lemma not in _DEMANDING
    ):
        return
    decision = redress_kind(view.lowers, content[0], content[1], view.kinds)
    if decision is not None:
        _decide(draft, decision, [view.chars(a, b) for a, b in decision.words])


def _read_kind(view: SentenceView, draft: Draft, content: tuple[int, int]) -> None:
    """Let the content decide the kind of a claim whose cue does not (the kind stage)."""
    if draft.cue.word.lemma in _DEMANDING:
        content = _demand_only(view, content)
    speaker = _speaker_words(view, draft.source) if draft.source is not None else ""
    others = _not_the_speaker(speaker) if draft.source is not None else frozenset()
    if draft.cue.frame == "call" and not draft.cue.passive:
        others |= _CALLED  # "Clinton called it “predatory”": what is called, not the caller
    doubting = draft.cue.word.lemma in view.kinds.doubting_cues
    masked = institution_words_masked(view, content, epithets_masked(view, content))
    decision = content_kind(masked, content[0], content[1], view.kinds,
                            others=others, doubting=doubting,
                            itself=draft.source is not None and _a_body(speaker),
                            charged=_OTHER_GENDER.get(speaker.strip().lower(), frozenset()))
    if speaker and view.tokens[content[0]].text in _QUOTE_OPENERS and not (
        others >= _SINGULAR_THIRD  # already read so
        or _SINGULAR_THIRD.isdisjoint(view.lowers[content[0] : content[1]])  # no one to read
    ) and not _speaks_for_another(speaker):
        # '"He rigged the system for his donors," Jones said': in their own words speakers
        # are "I" and "we", never "he" or "she" (a lawyer's or a spokesman's "he" may be the
        # client); a wrong under a negation is still denied, for whoever did not do it ('"He
        # did not approve a single fraudulent payment," he told reporters')
        third = content_kind(view.lowers, content[0], content[1], view.kinds,
                             others=others | _SINGULAR_THIRD, doubting=doubting)
        if not (decision is not None and decision.kind is ClaimKind.DENIAL and (
            (third is not None and third.kind is ClaimKind.ALLEGATION)
            or not _EMPHATIC.isdisjoint(view.lowers[content[0] : content[1]])
        )):  # '"He never pointed anything at anybody," she said' still denies
            decision = third
    if decision is not None and decision.rule == "denied-within" and not view.inside_quote[
        decision.words[0][0]
    ]:  # "The club denies that any player was paid in cash, a spokesman said": outside a
        # quotation the denial verb is a cue with a claim of its own; the relay adds none
        decision = None
    if decision is not None and decision.rule == "doubted-claim" and finds_no_wrong(
        view.lowers, content[1], view.kinds
    ):  # "questioned the study's methods, which suggested that coffee prevents dementia"
        decision = None
    if draft.cue.word.lemma in _INSISTING and (decision is None or (
        decision.kind is ClaimKind.ALLEGATION and decision.rule == "wrongdoing:violence"
    )):
        speaker = view.text[draft.source[0] : draft.source[1]].lower() if draft.source else ""
        fighting = _own_fight(view.lowers, content, view.kinds,
                              single=speaker in ("he", "she", "i"))
        if fighting is not None:
            # "Saudis insist they're fighting terror": insisting that one's own side fights
            # a wrong answers the charge of it
            draft.kind, draft.kind_rule = ClaimKind.DENIAL, "propriety"
            draft.kind_words = [view.chars(*fighting)]
            return
    if decision is None and view.size > 3 and view.lowers[0] == "contrary" and (
        view.lowers[1] == "to"
        and not view.lexicon.claim_nouns.isdisjoint(view.lowers[2 : min(view.size, 8)])
    ):
        # "Contrary to Lazar's claims, authorities say he never obtained access": what
        # follows rejects the claims named
        draft.kind, draft.kind_rule = ClaimKind.DENIAL, "contrary"
        draft.kind_words = [view.chars(0, 2)]
        draft.target_mode = "context"
        return
    if decision is None and draft.source is not None and not draft.cue.negated and (
        draft.kind is ClaimKind.STATEMENT and answers_charge(view, draft.source, content)
    ):
        # "Asked about Cruz's charges, Rubio said the reforms did not amount to amnesty":
        # a negation said in answer to a charge rejects it
        draft.kind, draft.kind_rule = ClaimKind.DENIAL, "answered-charge"
        draft.kind_words = [view.chars(0, view.lowers.index(","))]
        draft.target_mode = "context"
        return
    if decision is None and draft.cue.word.lemma in _GRIEVING and not draft.cue.negated:
        # "Sanders complained that party officials were trying to protect Clinton": a
        # grievance charges whoever caused it, unless the speaker's own side did
        first = _past_that(view, content)
        if first < content[1] and view.lowers[first] not in _OWN_SUBJECTS | _SINGLE_SUBJECTS:
            draft.kind, draft.kind_rule = ClaimKind.ALLEGATION, "grievance"
            draft.kind_words = [view.chars(draft.cue.first, draft.cue.last)]
            return
    if decision is None and speaker and an_accuser(
        speaker, view.kinds, finding=draft.cue.word.lemma in _RULING_LEMMAS
    ):
        # "Prosecutors say Vance took cash payments from a developer": an accuser's account
        # of another party's deed is the charge, in whatever words
        decision = accused_conduct(view.tokens, view.lowers, content, view.kinds, others)
    if decision is None and speaker:
        # "a criminal court database shows a man ... was arrested five times": a record of
        # sanctions charges the party it names
        decision = sanction_on_record(speaker, view.lowers, content, view.kinds)
    if decision is not None and decision.rule == "wrongdoing:violence" and (
        draft.cue.word.lemma in _DEMANDING and _demanded_act(view.lowers, decision.words[0][0])
    ):
        # "called for the Islamic State's strongholds to be bombed": the force demanded is
        # no charge ("demanded that Russia stop bombing civilians" still charges)
        decision = None
    judged = decision.words[0][0] if decision is not None else 0
    if decision is not None and decision.rule == "wrongdoing:harm" and (
        draft.cue.frame == "call" or view.lowers[judged - 1] in ("is", "was", "are", "were")
    ) and _judges_a_claim(view, content, judged):
        # "called a report suggesting donors were granted access “outrageous”", "said the
        # report was biased": the report is judged, which rejects it
        decision = KindDecision(ClaimKind.DENIAL, "judged-claim", decision.words)
    if decision is not None and decision.rule == "falsity" and (
        draft.cue.word.lemma in _FINDING_LEMMAS
        and view.lowers[decision.words[0][0]] in _FORGED
        and view.lexicon.claim_nouns.isdisjoint(view.lowers[content[0] : decision.words[0][0]])
    ):  # not "found that the allegations against the coach were fabricated"
        # "A university investigation concluded that key images had been fabricated": a
        # finding of forged evidence charges the forger; it rejects no claim
        decision = KindDecision(ClaimKind.ALLEGATION, "wrongdoing:deception", decision.words)
    if decision is not None:
        _decide(draft, decision, [view.chars(a, b) for a, b in decision.words])
        if decision.rule == "accused-conduct":
            draft.accused = view.chars(*decision.words[0])  # "Vance", not "a developer"
        else:
            _name_doer(draft, decision, view.tokens, view.kinds, content[0])


def _demand_only(view: SentenceView, content: tuple[int, int]) -> tuple[int, int]:
    """A demand's content without the time or reason clause after it.

    "called for the ban in December after Farook and his wife killed 14 people": what
    happened before the demand is the occasion, not part of what is demanded.
    """
    for index in range(content[0] + 2, content[1]):
        if view.lowers[index] in _OCCASIONS and view.is_word(index - 1) and (
            not view.inside_quote[index]
        ):
            return content[0], index
    return content


_OCCASIONS = frozenset(_words("after following when"))
_FINDING_LEMMAS = frozenset(_words("find conclude determine establish show reveal confirm"))
"""Verbs of an inquiry's finding: what they find forged is a charge of forgery."""
_RULING_LEMMAS = frozenset(_words("find conclude determine establish rule"))
"""Verbs of a body's ruling on conduct: the deed found is the charge."""
_FORGED = frozenset(_words("""
    fabricated doctored forged faked falsified photoshopped manipulated altered fake fakes
    forgery forgeries
"""))


def _demanded_act(lowers: Sequence[str], index: int) -> bool:
    """Whether the word at ``index`` is the act a demand asks for ("to be bombed", "to bomb")."""
    back = index - 1
    if back >= 0 and lowers[back] == "be":
        back -= 1
    return back >= 0 and lowers[back] == "to"


def _judges_a_claim(view: SentenceView, content: tuple[int, int], judged_at: int) -> bool:
    """Whether the object a "call" cue judges is a claim noun ("the report", "the claims")."""
    index = content[0]
    while index < content[1] and view.lowers[index] in ("the", "a", "an", "this", "that",
                                                        "these", "those", "such"):
        index += 1
    return index < min(content[1], judged_at) and view.lowers[index] in view.lexicon.claim_nouns


def _read_warning(view: SentenceView, draft: Draft, content: tuple[int, int]) -> None:
    """A warning whose content tells of a wrong already done charges it.

    "Biden warned that Trump had elevated the dangers confronting American allies": the
    content is a finite clause with no future or conditional in it, so the wrong is not
    a threat to come but a charge; "warned that Trump would endanger allies" stays a
    warning.
    """
    words = view.lowers[content[0] : content[1]]
    cue_words = " ".join(view.text[a:b] for a, b in draft.cue_spans).lower().split()
    if _FUTURE.isdisjoint(words) and _FUTURE.isdisjoint(cue_words) and not any(
        w.endswith(("'ll", "'d", "n't")) for w in words
    ) and (
        not _FINITE.isdisjoint(words) or any(w.endswith("ed") for w in words)
    ):
        _read_kind(view, draft, content)
        if draft.kind is not ClaimKind.ALLEGATION:
            draft.kind, draft.kind_rule, draft.kind_words = ClaimKind.WARNING, None, []


_FUTURE = frozenset(_words("will would could may might can shall going if unless should"))
_FINITE = frozenset(_words("had has have was were is are"))
_GRIEVING = frozenset({"complain", "grumble", "gripe", "grouse"})
"""Cues of grievance: what the speaker complains of was done by someone."""
_CALLED = frozenset({"it", "they", "them", "he", "she", "him", "her"})
"""Pronouns that, as the object of "call" or "describe", name another party."""
_INSISTING = frozenset({"insist", "maintain", "stress", "emphasize", "emphasise"})
_OWN_SUBJECTS = frozenset({"we", "they", "it", "i", "we're", "they're", "it's", "i'm", "our",
                           "their", "its"})
_SINGLE_SUBJECTS = frozenset({"he", "she", "i", "he's", "she's", "i'm", "his", "her", "my"})


def _own_fight(lowers: Sequence[str], content: tuple[int, int], kinds: KindLexicon, *,
               single: bool = False) -> tuple[int, int] | None:
    """A pronoun subject fighting a wrong: "they're fighting terror" (the countering word).

    A single speaker ("he insisted") fights only as "he" or "I", not as "they".
    """
    first, last = content
    if first < last and lowers[first] == "that":
        first += 1
    if first >= last or lowers[first] not in (_SINGLE_SUBJECTS if single else _OWN_SUBJECTS):
        return None
    for index in range(first + 1, min(last, first + 5)):
        if lowers[index] in kinds.countering and any(
            True for _ in kinds.wrongdoing.find((), list(lowers[index + 1 : index + 5]))
        ):
            return index, index + 1
    return None


def _speaker_words(view: SentenceView, source: tuple[int, int]) -> str:
    """The words naming a speaker: for a relative "who" or "which", the words just before it.

    "Mrs. Clinton, who did not say ..., said that he ...": "who" stands for "Mrs. Clinton";
    "The report, which said she violated agency rules": "which" for "The report".
    """
    text = view.text[source[0] : source[1]]
    if text.lower() not in ("who", "which"):
        return text
    before = view.text[max(view.sentence.start, source[0] - 40) : source[0]].rstrip(" ,")
    return before.split(",")[-1]


def _speaks_for_another(source: str) -> bool:
    """Whether a speaker speaks for someone else ("his lawyer", "a spokesman", "aides")."""
    words = source.lower().replace("\u2019", "'").split()
    head = words[-1].strip(",.;:") if words else ""
    owners = mention_words().owner_speakers
    return head in owners or head.rstrip("s") in owners or any(
        w.strip(",.;:") in owners for w in words[:-1]  # "spokesman Ian Patel"
    )


_EMPHATIC = frozenset(_words("any anything anybody anyone ever whatsoever single"))
"""Words that make a negation a rebuttal ("never ... anything", "not a single")."""


@functools.lru_cache(maxsize=4096)  # pure: the source's words and the shipped word lists
def _not_the_speaker(source: str) -> frozenset[str]:
    """The third-person pronouns that cannot refer back to a speaker named by ``source``.

    "Critics say he lied": plural or first-person speakers are not "he" or "she", so the
    content charges someone else; a single named speaker may be ("Trump said he was
    wronged").
    """
    words = source.lower().replace("\u2019", "'").split()
    if not words:
        return frozenset()
    if words[-1] in ("i", "we"):
        return _ALL_THIRD
    head = words[-1].strip(",.;:")
    if len(words) > 1 and words[-2].endswith(("'s", "s'")):
        return frozenset()  # "Huckabee's campaign said he ...": it speaks for him
    named = source.split()[-1][:1].isupper() and not (  # "Bernie Sanders" is no group
        (head,) in role_lexicon().group_heads or head in mention_words().quantifiers
    )
    if head == "they" or " and " in f" {source.lower()} " or (
        names_people(head) and not named
    ) or names_no_person(head) or head in _BODY_ROLES or (
        _judging(words) and not named
    ):  # "the report said he lied"; "the judge said he had lied to the court"
        return _SINGULAR_THIRD
    raw = source.split()
    if named and len(raw) > 1 and raw[-2][:1].isupper():
        words = words[:-1]  # "Glenn Harper": a surname ("Harper") tells no gender
    gender = role_lexicon().gender(w.strip(",.;:") for w in words)
    if gender is not None:  # "Mrs. Clinton said that he had not done his homework"
        return _MALE_THIRD if gender == "f" else _FEMALE_THIRD
    last = source.split()[-1].strip(",.;:")
    if named and last.isupper() and len(last) > 2 and last.isalpha():
        return _SINGULAR_THIRD  # "The EFCC said he had diverted funds": an agency is no "he"
    if named and not last.isupper() and head not in role_lexicon().org_heads and (
        not head.endswith("s")
    ):
        return _THEY  # "Smith said they had diverted funds": one person is not "they"
    return frozenset()


def _judging(words: Sequence[str]) -> bool:
    """Whether a speaker's head noun names an office that judges another's conduct.

    "The judge said he had lied to the court": judges, prosecutors and inspectors speak of
    the person before them, not of themselves.
    """
    head = words[-1].strip(",.;:")
    if head == "general" and len(words) > 1:
        return words[-2] in _JUDGING_GENERALS
    return head in _JUDGING_ROLES


@functools.lru_cache(maxsize=4096)  # pure: the source's words and the shipped word lists
def _a_body(source: str) -> bool:
    """Whether a speaker is a body, which "it" may stand for ("the company said it ...")."""
    words = source.lower().split()
    speakers = mention_words().official_heads
    if len(words) > 1 and words[-1] in speakers:
        return _a_body(" ".join(source.split()[:-1]))  # "the company spokesman said it ..."
    if not words or words[-1] in speakers:
        return False
    head = words[-1].strip(",.;:")
    last = source.split()[-1].strip(",.;:")
    return (names_no_person(head) and not names_people(head)) or head in _BODY_ROLES or (
        last.isupper() and len(last) > 2 and last.isalpha()  # "the EFCC"
    )


_BODY_ROLES = frozenset({"regulator", "watchdog"})
"""Role nouns that name a body, not a person, when singular ("the regulator said he lied")."""
_JUDGING_ROLES = frozenset({
    "judge", "magistrate", "prosecutor", "inspector", "auditor", "investigator", "coroner",
    "ombudsman", "examiner", "referee", "umpire", "arbitrator",
})
"""Offices that judge another's conduct: their "he" or "she" is the person judged."""
_JUDGING_GENERALS = frozenset({"inspector", "attorney", "auditor", "solicitor"})
"""Offices named "... general" that judge another's conduct ("the inspector general")."""
_HE = frozenset({"he", "he'd"})
_SHE = frozenset({"she", "she'd"})
_THEY = frozenset({"they", "they'd"})
_ALL_THIRD = _HE | _SHE | _THEY | {"it", "it'd"}
_SINGULAR_THIRD = _HE | _SHE
_MALE_THIRD = _HE | _THEY
_FEMALE_THIRD = _SHE | _THEY
"""Pronouns that cannot stand for one woman (``_MALE_THIRD``) or one man speaking."""
_OTHER_GENDER = {"she": _HE, "he": _SHE}
"""A speaker's own pronoun, and the singular pronouns of the other gender: who "She said he
raped her" charges. A denial may still speak for him ('"He never pointed anything at anybody,"
she said', of her son), so these only count for charges."""


def _decide(draft: Draft, decision: KindDecision, words: list[tuple[int, int]]) -> None:
    """Give a draft the kind its content decided, with the words (character spans) it used."""
    draft.kind = decision.kind
    draft.kind_rule = decision.rule
    draft.kind_words = words
    if decision.kind is ClaimKind.DENIAL:
        draft.target_mode = "context"
    else:
        draft.upgraded = True
        if draft.target is None:
            draft.target_mode = "content"
