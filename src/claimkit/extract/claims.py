"""Claim assembly: source, cue and content spans around each cue, and the claim's kind.

For every cue of a sentence (see :mod:`claimkit.extract.cues`) the assembler finds

* the **source**: the noun phrase before the cue ("Vedant Patel, deputy spokesperson
  for the US Department of State, denied"), after it in inverted quotes ("..., said
  the deputy director"), after "according to", after "by" in passives ("was denied by
  Tehran"), the subject of the main clause for participles ("..., blaming the US") or
  the possessor of a nominal cue ("US allegations of ...", "Guterres' condemnation");
* the **content**: what is said, claimed or denied, on whichever side of the cue it
  sits, with its quotation marks; for accuse/charge/blame frames the whole
  complement ("Iran with providing drones ...");
* the **target**: the accused ("accused *North Korea* of ..."), or for a denial the actor
  whose claim it rejects ("denies *US* claims");
* the **kind**: the cue's own kind, refined by the content: a first-person statement
  with a denial marker ("we have never shipped", "we have no plans") is a denial; a
  statement accusing another actor of wrongdoing ("were spreading a rumor", "is sending
  artillery ammunition") is an allegation; a negated denial ("did not deny") is not a
  denial.

The result is a list of :class:`~claimkit.extract.claim_drafts.Draft` objects that
:mod:`claimkit.extract.attribution` turns into :class:`~claimkit.model.Claim` objects once
actors are resolved and evidence and commitment are scored.

:func:`assemble` runs the parts, each in a module of its own: the sentence view
(:mod:`claimkit.extract.sentence_view`), sources (:mod:`claimkit.extract.source_spans`),
contents and objects (:mod:`claimkit.extract.content_spans`), drafts of verb cues
(:mod:`claimkit.extract.verb_drafts`), of noun cues and settings
(:mod:`claimkit.extract.nominal_drafts`) and of relayed and hedged claims
(:mod:`claimkit.extract.relayed_drafts`), and the kind read from the content
(:mod:`claimkit.extract.claim_drafts`, which holds :class:`~claimkit.extract.claim_drafts.Draft`).
"""

from __future__ import annotations

from collections.abc import Sequence

from claimkit.extract.charge_answers import INDIRECT_SELF
from claimkit.extract.claim_drafts import (
    _INNER_PRIORITY,
    _READ_KINDS,
    Draft,
    _inner_kinds,
    _read_kind,
    _read_redress,
    _read_warning,
    _reads_content,
)
from claimkit.extract.cues import CueMatch, Lexicon
from claimkit.extract.kind_grammar import MODALS
from claimkit.extract.kinds import KindLexicon
from claimkit.extract.nominal_drafts import _assemble_nominal
from claimkit.extract.relayed_drafts import _hedge_draft, _relayed
from claimkit.extract.roles import role_lexicon
from claimkit.extract.segment import Sentence, Token
from claimkit.extract.segment import words as _words
from claimkit.extract.sentence_subjects import _subject_of_sentence
from claimkit.extract.sentence_view import _OPENERS, _SUBORDINATORS, SentenceView, _token_range
from claimkit.extract.speaker_words import named_inside, names_someone
from claimkit.extract.suppliers import supplier as arms_supplier
from claimkit.extract.unnamed_drafts import heard_by_venue
from claimkit.extract.verb_context import attributive as _attributive
from claimkit.extract.verb_drafts import _verb_draft
from claimkit.model import ClaimKind

__all__ = ["Draft", "SentenceView", "alleged_wrongdoers", "assemble"]


def assemble(text: str, sentence: Sentence, tokens: Sequence[Token], cues: Sequence[CueMatch],
             lexicon: Lexicon, lowers: Sequence[str] | None = None, *,
             kinds: KindLexicon | None = None) -> list[Draft]:
    """Assemble the claims of one sentence.

    Args:
        text: The document text.
        sentence: The sentence.
        tokens: Its tokens.
        cues: Its cues, from :func:`claimkit.extract.cues.find_cues`.
        lexicon: The cue lexicon.
        lowers: The tokens' lowercase forms, when the caller has them already.
        kinds: The kind stage's lexicons; the shipped ones if omitted.

    Returns:
        One draft per cue that has a source and a content; participles share the source
        of the clause they hang on (resolved by the caller through ``participle_of``).
    """
    view = SentenceView(text, sentence, tokens, lexicon, lowers, kinds)
    usable = [c for c in cues if not view.inside_quote[c.first]]
    relayed = _relayed(view, usable)
    if relayed is not None:
        return [relayed]
    hedges = [c for c in usable if c.frame == "hedge" or (
        c.word.lemma == "allege" and _attributive(view, c)
        and view.lowers[c.last] in view.kinds.wrongdoing  # "for hyping alleged fraud"
    )] + _alleged_wrongdoers(view)
    if hedges:
        usable = [c for c in usable if c not in hedges and not _hedged_act(view, c, hedges)]
    drafts: list[Draft | None] = []
    starts = [c.first for c in usable]
    for position, cue in enumerate(usable):
        if cue.word.pos == "noun":
            draft = _assemble_nominal(view, cue, starts)
        else:
            draft = _verb_draft(view, cue, position, usable, drafts, starts)
            if draft is not None and cue.word.lemma == "hear":
                draft = heard_by_venue(view, draft)  # "The court heard that ..."
        if draft is not None and view.passage and draft.content is not None:
            draft.content = _within_passage(view, draft.content)
        if draft is not None and draft.content is not None:
            token_range = _token_range(view, draft.content)
            if token_range is not None:
                draft.inner_kinds = _inner_kinds(view, token_range, cues, draft.source)
                refined = sorted(
                    (k for k in draft.inner_kinds if k in _INNER_PRIORITY),
                    key=_INNER_PRIORITY.index,
                )
                if refined and draft.kind in (ClaimKind.STATEMENT, ClaimKind.ALLEGATION):
                    read = draft.kind is ClaimKind.STATEMENT and _reads_content(draft, view.kinds)
                    draft.kind = refined[0]
                    draft.upgraded = False
                    if read and refined[0] is ClaimKind.ALLEGATION:
                        # "I have concluded that your allegations are unsupported": the
                        # finding quoted is a rejection, which the content says
                        _read_kind(view, draft, token_range)
                elif _reads_content(draft, view.kinds) and view.kinds.self_claims.isdisjoint(
                    view.lowers[cue.last : token_range[0]]
                ):  # "asserted responsibility for that attack" admits, it does not accuse
                    _read_kind(view, draft, token_range)
                    if draft.kind is ClaimKind.STATEMENT:
                        _read_redress(view, draft, token_range)  # "called for his dismissal"
                elif draft.cue.frame == "warn" and not draft.cue.negated:
                    _read_warning(view, draft, token_range)  # "warned that he had ..."
                else:
                    _read_redress(view, draft, token_range)
                if draft.kind is ClaimKind.ALLEGATION:
                    supplier = arms_supplier(view, *token_range)
                    if supplier is not None:
                        draft.accused = view.chars(*supplier)
        drafts.append(draft)
    # participles take the source of the clause they hang on
    for draft in drafts:
        if draft is None or draft.participle_of is None:
            continue
        if 0 <= draft.participle_of < len(drafts):
            head = drafts[draft.participle_of]
            if head is not None and head.source is not None:
                draft.source = head.source
                draft.shares_source = True  # the subject sits outside the participle's clause
        if draft.source is None:
            subject = _subject_of_sentence(view, draft.cue.first)
            if subject is not None and draft.cue.first > subject[0]:
                draft.source = view.chars(*subject)
                draft.shares_source = True
    found = [d for d in drafts if d is not None and d.source is not None]
    if view.passage:
        found = _passage_reports(view, found)
    found = [d for d in found if not _reported_charge(d, found)]
    found = _fold_responses(view, found)
    found = _fold_judgements(view, drafts, found)
    found = [d for d in found if not _reported_again(view, d, found) and not _generic_relative(
        view, d) and not _said_by_own_noun(view, d, found)]
    for draft in found:
        _repair_fragment_source(view, draft)
        _issuer_for_document(view, draft)
    if hedges and not found:  # a hedge speaks only where no one is named as the speaker
        draft = _hedge_draft(view, hedges[0])
        if draft is not None and view.passage and draft.content is not None:
            draft.content = _within_passage(view, draft.content)
        if draft is not None and draft.content is not None:
            token_range = _token_range(view, draft.content)
            if token_range is not None and draft.kind in _READ_KINDS:
                _read_kind(view, draft, token_range)
            if draft.kind in (ClaimKind.ALLEGATION, ClaimKind.DENIAL):
                found.append(draft)  # a hedged sentence that charges or denies nothing is
                # no claim worth a ledger line ("the deal was reportedly signed")
    return found


_RESPONDING = frozenset(_words("respond reply react retort answer counter"))
"""Verbs of response that an attack by "-ing" after "by" makes: "responded by mocking"."""


_BACK_REFERENCES = frozenset(_words("they them these those"))
"""Pronouns that open a participle's judgement of what the verb before it rejected."""


_FOLDED = (ClaimKind.DENIAL, ClaimKind.ALLEGATION)


def _fold_judgements(view: SentenceView, drafts: Sequence[Draft | None], found: list[Draft]
                     ) -> list[Draft]:
    """A rejection and the participle that judges what it rejected are one denial.

    Likewise a charge and the participle that says what it charges: "Calhoun County sued
    Delmont, alleging that the company dumped chemicals" is one allegation.

    "China dismissed the US remarks, saying they were groundless": the participle says why
    the remarks were dismissed, so its words join the dismissal's content instead of making
    a second denial by the same speaker.
    """
    folded = []
    for draft in found:
        head_at = draft.participle_of
        if not draft.cue.participle or head_at is None or not 0 <= head_at < len(drafts) or (
            draft.kind not in _FOLDED or draft.content is None or not draft.cue_spans
        ):
            continue
        head = drafts[head_at]
        if head is None or head.kind is not draft.kind or head.content is None or (
            head.source != draft.source
        ) or (draft.kind is ClaimKind.DENIAL and head.cue.frame not in ("reject", "deny")) or (
            head.cue.frame in ("attribute", "blame")  # a cause named: a proposition of its own
        ):
            continue
        between = view.text[head.content[1] : draft.cue_spans[0][0]].strip()
        opening = view.text[draft.content[0] : draft.content[1]].split(maxsplit=1)
        if between == "," and opening and (
            draft.kind is ClaimKind.ALLEGATION or opening[0].lower() in _BACK_REFERENCES
        ):  # "sued Delmont, alleging that the company dumped chemicals": one charge
            head.content = (head.content[0], draft.content[1])
            folded.append(draft)
    return [d for d in found if not any(d is f for f in folded)]


def _fold_responses(view: SentenceView, found: list[Draft]) -> list[Draft]:
    """A response made by attacking is one claim: the attack.

    "The DeSantis campaign responded by mocking Donald Trump": the mocking is the claim and
    the response only its frame, not a second claim. (An attack reported inside another
    claim stays a claim of its own: "Clinton noted that Sanders has criticized the
    president" reports Sanders's charge.)
    """
    frames = []
    for draft in found:
        if draft.cue.frame != "condemn" or not draft.cue.participle or not draft.cue_spans:
            continue
        at = draft.cue_spans[0][0]
        frames += [o for o in found if o is not draft and o.content is not None
                   and o.cue.word.lemma in _RESPONDING and o.source == draft.source
                   and view.text[o.content[0] : at].strip().lower() == "by"]
    return [d for d in found if not any(d is f for f in frames)]


def _reported_charge(draft: Draft, found: Sequence[Draft]) -> bool:
    """Whether an agentless charge is what a named speaker of the sentence reports.

    "Smith was charged with murder, police said": the police's report of the charge is
    the sentence's claim; the prosecutors' charge inside it is not a second one.
    """
    if not draft.unnamed or not draft.cue_spans:
        return False
    at = draft.cue_spans[0][0]
    return any(
        other is not draft and not other.unnamed and other.content is not None
        and other.kind is draft.kind and other.content[0] <= at < other.content[1]
        for other in found
    )


def _within_passage(view: SentenceView, content: tuple[int, int]) -> tuple[int, int] | None:
    """A content cut at the end of a quoted passage's first sentence (``None`` past it)."""
    stop = view.passage_first_end
    if content[0] >= stop:
        return None
    end = min(content[1], stop)
    while end > content[0] and view.text[end - 1] in ".!?\u201d\"":
        end -= 1
    return (content[0], end)


def _passage_reports(view: SentenceView, drafts: list[Draft]) -> list[Draft]:
    """The drafts a quoted passage's first sentence reports, cut at that sentence's end.

    "“Sen. Lindsey Graham said Thursday that the detainees ... .”": the passage's opening
    subject's report, within the passage's first sentence (a source or cue past it would
    straddle two of the passage's sentences: "“The minister lied to us. Officials accused
    ...").
    """
    stop = view.passage_first_end
    kept = []
    for draft in drafts:
        assert draft.source is not None
        said = " ".join(view.text[a:b] for a, b in draft.cue_spans).lower().split()
        if draft.source[0] != view.tokens[1].start or draft.source[1] > stop or (
            draft.cue_spans and draft.cue_spans[0][0] > stop
        ) or not MODALS.isdisjoint(said):  # "“A win would underscore ...”" argues
            continue
        if draft.content is None:
            continue
        draft.in_passage = True
        kept.append(draft)
    return kept


def _hedged_act(view: SentenceView, cue: CueMatch, hedges: Sequence[CueMatch]) -> bool:
    """Whether a verb cue right after "allegedly" is the act alleged, not a report of one.

    "The officials allegedly demanded bribes", "the manager allegedly threatened the
    journalist": the hedge's unnamed source alleges the act; "Shekau reportedly claims in
    the video that ..." still reports what he said.
    """
    if cue.word.pos == "noun" or cue.frame == "undergo" or not any(
        h.last == cue.first for h in hedges
    ):
        return False  # "has reportedly taken heat from a rights group" names its critics
    for index in range(cue.last, min(view.size, cue.last + 6)):
        if view.lowers[index] in ("that", ":") or view.tokens[index].text in _OPENERS:
            return False  # "Shekau reportedly claims in the video that ...": a report
        if view.lowers[index] in (",", ";", "."):
            break
    return True


_GENERIC_PEOPLE = frozenset(_words("those anyone anybody everyone everybody whoever someone "
                                   "somebody none nobody"))
"""Words for no one in particular: "Anyone who claims X is lying" attributes X to no actor."""


def _generic_relative(view: SentenceView, draft: Draft) -> bool:
    """Whether the draft's speaker is a relative "who" after a generic "those" or "anyone"."""
    assert draft.source is not None
    start, end = draft.source
    if view.text[start:end].lower() != "who":
        return False
    before = view.text[max(view.sentence.start, start - 20) : start].split()
    return bool(before) and before[-1].lower().strip(",") in _GENERIC_PEOPLE


def _reported_again(view: SentenceView, draft: Draft, found: Sequence[Draft]) -> bool:
    """Whether a denial is the reported speech of another draft that took its kind.

    "claiming he had previously disavowed Duke": "he ... disavowed" is the claim the
    "claiming" draft reports (it is a denial because of it), not a second one by "he".
    """
    if draft.kind is not ClaimKind.DENIAL or draft.source is None:
        return False
    start, end = draft.source
    if view.text[start:end].lower() not in INDIRECT_SELF:
        return False
    for outer in found:
        if outer is draft or outer.kind is not ClaimKind.DENIAL or outer.content is None:
            continue
        opening = view.text[outer.content[0] : start].strip().lower()
        if outer.content[0] <= start < outer.content[1] and opening in ("", "that"):
            return True
    return False


def _said_by_own_noun(view: SentenceView, draft: Draft, found: Sequence[Draft]) -> bool:
    """Whether a verb's subject is a claim noun whose own draft says the same.

    "The lawsuit by the Election Accountability Foundation claims that ...": the noun
    "lawsuit" already makes the Foundation's claim with the same content; "the lawsuit ...
    claims" is that claim again, not one by the lawsuit (its subject is read as the noun's
    or as the owner after "by").
    """
    if draft.nominal or draft.source is None or draft.content is None:
        return False
    start, end = draft.source
    return any(
        other is not draft and other.nominal and other.source is not None
        and other.content == draft.content
        and other.cue.first < draft.cue.first
        and (start <= view.tokens[other.cue.first].start < end  # "The lawsuit ... claims"
             or other.source[0] <= start < end <= other.source[1])  # "by the Foundation"
        for other in found
    )


def _repair_fragment_source(view: SentenceView, draft: Draft) -> None:
    """Give a draft whose source is a fragment the subject of its sentence instead.

    A long subject ("Patricia Smith and Charles Woods, the parents of two Americans killed
    in the attacks on a compound in Benghazi, have filed ...") or a coordinated verb ("Olsen
    went on a radio show and claimed that ...") leaves only a piece of a phrase before the
    cue ("on a compound in Benghazi", "on a radio show and"); the sentence's subject, when it
    names someone and ends before the cue, is the speaker.
    """
    if draft.unnamed or draft.source is None or draft.shares_source or draft.nominal:
        return
    if draft.content is not None and draft.content[0] < draft.source[0]:
        return  # "..., in Borno state": the subject is inside the content
    cue = _token_range(view, draft.cue_spans[0])
    if cue is None:
        return
    source = _token_range(view, draft.source)
    after_preposition = source is not None and source[0] > 0 and (
        view.lowers[source[0] - 1] in _PREPOSITIONS_BEFORE
    ) and not (  # "families of those affected by mass shootings urged": "mass shootings" is inside
        draft.cue.participle and source is not None and source[1] == cue[0]
    )  # but "with critics accusing the mayor", "in lawsuits alleging fraud": the noun speaks
    if source is not None and source[0] > 0 and view.lowers[source[0] - 1] in _SUBORDINATORS and (
        view.is_capital(source[0])
    ):
        return  # "Trump took offense when Kelly said ...": the subordinate clause's own subject
    relative = source is not None and next(
        (i for i in range(source[0]) if view.lowers[i] in _RELATIVES), None)
    if relative is not None and relative > 0 and source is not None and any(
        view.lowers[i] in view.lexicon.verbs or view.lowers[i].endswith("ed")
        for i in range(source[1], cue[0])
    ):  # the relative clause's own verb stands between its subject and the cue
        # "The lawsuit filed by a former staffer, an Air Force major who Gowdy, R-S.C.,
        # fired in June, alleges ...": the name inside the relative clause is not the
        # speaker
        subject = _subject_of_sentence(view, relative)
        if subject is not None and subject[1] < relative:
            chars = view.chars(*subject)
            if names_someone(view.text[chars[0] : chars[1]], strict=True):
                draft.source = chars
                return
    phrase = view.text[draft.source[0] : draft.source[1]]
    if not after_preposition and (names_someone(phrase) or phrase.lower() == "that"
                                  or named_inside(view.text, *draft.source)):
        return  # "that" is a relative pronoun here ("an editorial that accuses ...")
    subject = _subject_of_sentence(view, cue[0])
    if subject is None or subject[1] > cue[0]:
        return
    chars = view.chars(*subject)
    if chars[1] <= draft.source[0] and names_someone(view.text[chars[0] : chars[1]], strict=True):
        draft.source = chars


def _issuer_for_document(view: SentenceView, draft: Draft) -> None:
    """Give a document that another party issued the issuer as its source.

    "The Holocaust Memorial Museum issued a report this month charging the Islamic State
    with genocide": the report speaks for the museum, the subject of "issued".
    """
    if draft.source is None or draft.cue.frame in ("according", "hedge"):
        return
    if draft.cue.participle:
        sender = _relative_sender(view, draft.cue.first)
        if sender is not None:
            draft.source = view.chars(*sender)
            return
    source = _token_range(view, draft.source)
    if source is None:
        return
    if draft.cue.participle and _issued_document(view.lowers[source[1] - 1]):
        verb = next((i for i in range(source[0], source[1] - 1)
                     if view.lowers[i] in _ISSUING), None)
        # "The school (has since) released statements deploring ...": the source ran on to
        # the document, or is the issuing verb's phrase without its subject
        issuer = (source[0], verb) if verb is not None and verb > source[0] else (
            _subject_of_sentence(view, verb) if verb is not None else None)
        if issuer is not None and issuer[1] <= source[1]:
            draft.source = view.chars(*issuer)
            return
    if source[0] < 2:
        return
    if source[1] - source[0] == 1 and view.lowers[source[0]] in ("that", "which"):
        # "releasing a statement that, while condemning violence, accused ...": the
        # relative stands for the document before it
        source = (source[0] - 1, source[0])
    elif not draft.cue.participle:
        return
    if not _issued_document(view.lowers[source[1] - 1]):
        return
    verb = source[0] - 1
    modifiers = 0  # "released a Web video that accuses": up to two words describe the noun
    while verb > 0 and view.lowers[verb] not in _ISSUING:
        word = view.lowers[verb]
        if word not in _DOCUMENT_DETERMINERS:
            if modifiers == 2 or not word.replace("-", "").isalnum() or word in _NOT_MODIFIERS:
                break
            modifiers += 1
        verb -= 1
    if view.lowers[verb] not in _ISSUING:
        return
    subject = _subject_of_sentence(view, verb)
    if subject is None or subject[1] > verb:
        return
    chars = view.chars(*subject)
    if names_someone(view.text[chars[0] : chars[1]], strict=True):
        draft.source = chars


_ARTICLES = frozenset({"a", "an", "the"})
"""Articles before an attributive "alleged" ("the alleged gunman")."""


def alleged_wrongdoers(lowers: Sequence[str], kinds: KindLexicon) -> list[int]:
    """Where "alleged" stands between an article and a word of wrongdoing ("the alleged gunman").

    The cue finder reads no participle after an article ("The alleged transfers took place
    in May" has no cue); before a wrongdoer it points at an unnamed source as "allegedly"
    does, so the pipeline assembles such a sentence even when it has no cue. Not after a
    possessive ("Curiel's alleged bias" is the owner's phrase).

    Args:
        lowers: A sentence's lowercase tokens.
        kinds: The kind stage's lexicons (their wrongdoing words).
    """
    if "alleged" not in lowers:
        return []  # most sentences: one scan in C, none in Python
    return [
        index for index in range(1, len(lowers) - 1)
        if lowers[index] == "alleged" and lowers[index - 1] in _ARTICLES
        and lowers[index + 1] in kinds.wrongdoing
    ]


def _alleged_wrongdoers(view: SentenceView) -> list[CueMatch]:
    """The hedges of :func:`alleged_wrongdoers` outside quotations, as cues of "alleged"."""
    verb = view.lexicon.verbs.get("alleged")
    if verb is None:
        return []
    return [CueMatch(index, index + 1, verb)
            for index in alleged_wrongdoers(view.lowers, view.kinds)
            if not view.inside_quote[index]]


_DOCUMENT_DETERMINERS = frozenset({"a", "an", "the", "its", "his", "her", "their"})
_NOT_MODIFIERS = frozenset({"of", "to", "for", "in", "on", "at", "by", "with", "from", "and",
                            "or", "that", "which"})
"""Words between an issuing verb and its document that are no modifiers of the noun."""


def _relative_sender(view: SentenceView, cue: int) -> tuple[int, int] | None:
    """The sender in "a letter the Sanders campaign sent the DNC on Monday alleging ...".

    A document noun, a reduced relative clause whose verb issues it, then the participle:
    the clause's subject speaks through the document.
    """
    for verb in range(cue - 1, max(1, cue - 9), -1):
        if view.lowers[verb] not in _ISSUING:
            continue
        for noun in range(verb - 2, max(-1, verb - 6), -1):
            if _issued_document(view.lowers[noun]):
                subject = (noun + 1, verb)
                chars = view.chars(*subject)
                phrase = view.text[chars[0] : chars[1]]
                if names_someone(phrase, strict=True) and "," not in phrase:
                    return subject
                return None
        return None
    return None


def _issued_document(word: str) -> bool:
    """Whether a word names a document a party issues ("report", "letters", "ad")."""
    return any((form,) in role_lexicon().document_nouns or form in _ISSUED_THINGS
               for form in (word, word.removesuffix("s")))


_ISSUING = frozenset(_words("issued issues issue issuing released releases release releasing "
                            "published publishes publishing sent sends sending filed files "
                            "filing posted posts posting put putting unveiled unveils "
                            "unveiling ran runs running aired airs airing launched launches "
                            "launching"))
"""Verbs of issuing a document: their subject speaks through it."""
_ISSUED_THINGS = frozenset(_words("statement letter ad ads advertisement memo complaint "
                                  "lawsuit suit release video"))
"""Documents a party issues, besides the role lexicon's document nouns."""
_RELATIVES = frozenset({"who", "whom", "whose", "which"})
"""Relative pronouns: a name after one, inside its clause, is not the main clause's subject."""
_PREPOSITIONS_BEFORE = frozenset(
    {"by", "of", "with", "from", "for", "in", "on", "at", "to", "about", "against", "among"}
)
"""A source right after one of these is the object of a preposition inside a longer subject."""
