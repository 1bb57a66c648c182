"""Drafts of noun cues and settings: "US allegations of ...", "In a CBS poll, ...".

A nominal cue takes its source from its possessor or a "by"/"from" phrase, its content
from "of"/"that"/"about" and its target from "against"; a setting ("in a poll", "in her
view") takes the poll or the view's holder as source and the clause it opens or closes
as content.
"""

from __future__ import annotations

from collections.abc import Sequence

from claimkit.extract.claim_drafts import Draft
from claimkit.extract.content_spans import _clause_end, _content_before, _object_np, _strip_content
from claimkit.extract.cues import CueMatch
from claimkit.extract.kind_grammar import _BE as _COPULAS
from claimkit.extract.segment import words as _words
from claimkit.extract.sentence_subjects import _subject_of_sentence
from claimkit.extract.sentence_view import SentenceView
from claimkit.extract.source_spans import _nominal_source, _source_left
from claimkit.extract.speaker_words import names_someone
from claimkit.extract.verb_clauses import falsity_spans
from claimkit.lexicon import inflect
from claimkit.model import ClaimKind

_CRITICISM = frozenset(
    _words("reprimand rebuke criticism condemnation critique broadside tirade diatribe")
)
"""Nouns of criticism that are a claim with only their agent named ("a rare public reprimand
from the chair"); "allegations from two lawmakers" points at a claim made elsewhere."""


def _nominal_content(view: SentenceView, cue: CueMatch, cue_starts: Sequence[int]
                     ) -> tuple[tuple[int, int] | None, tuple[int, int] | None,
                                tuple[int, int] | None]:
    """(content, source after "by"/"from", target after "against") of a nominal cue."""
    index = cue.last
    source = None
    target = None
    while index < view.size:
        word = view.lowers[index]
        if word in ("by", "from") and source is None:
            np = _object_np(view, index + 1, frozenset({"that", "of", "against", "about",
                                                        "over", "on", "as", "who", "which"}))
            if np is None:
                break
            source = np
            index = np[1]
            continue
        if (word == "against" or (word == "on" and cue.word.lemma == _EVALUATED
                                  and view.lowers[cue.last - 1] in ("attack", "attacks"))) and (
            target is None
        ):  # "a blistering attack on Clinton" (not "remarks on Twitter")
            np = _object_np(view, index + 1, frozenset({"that", "of", "by", "from", "about",
                                                        "over", "for", "as", *_COPULAS}))
            if np is None:
                break
            target = np
            index = np[1]
            continue
        break
    if index < view.size and view.lowers[index] in _COPULAS and falsity_spans(
        view, index + 1, index + 6
    ):
        return None, None, None  # "Washington's accusations against China were groundless"
    if index < view.size and view.lowers[index] in ("of", "that", "about", "over", "regarding"):
        end = _clause_end(view, index + 1, cue_starts)
        relative = False
        for probe in range(index + 1, end):
            if view.lowers[probe] == "as" and not view.inside_quote[probe]:
                end = probe
                break
            if view.lowers[probe] in _RELATIVES:
                relative = True  # "about Zika, which ... whose mothers are infected"
            if view.lowers[index] in _TOPICAL and view.lowers[probe] in _COPULAS and not relative:
                if falsity_spans(view, probe + 1, probe + 6):
                    return None, None, None  # "Seoul's claims about the launch were nonsense"
                end = probe  # "claims about the launch were repeated": the topic only
                break
        return _strip_content(view, index + 1, end), source, target
    return None, source, target


_TOPICAL = frozenset(_words("about over regarding"))
"""Prepositions of a claim noun's topic, a noun phrase, not a clause."""
_RELATIVES = frozenset(_words("which who whose that where"))
_EVALUATED = "scathing remarks"
"""The lemma of the cue lexicon's criticism named by an evaluating adjective."""
_ANSWERED_WITH = frozenset(_words("responded responds respond replied replies reply countered "
                                  "counters followed follows"))
_LIGHT_VERBS = frozenset(
    form
    for lemma in ("issue", "make", "deliver", "level", "lodge", "file", "voice", "launch", "offer",
                  "repeat", "renew", "reiterate", "publish", "release", "continue", "unleash",
                  "pen", "write", "post", "hurl", "sling", "peddle", "dredge", "trot", "rehash")
    for form in inflect(lemma)
) | {"made", "wrote", "written"} | _ANSWERED_WITH
"""Verbs whose object noun carries the claim ("issued a denial", "made allegations")."""
_NOUN_LEADS = frozenset(_words("a an the its their his her our my this these those new fresh "
                               "formal strong sharp stinging scathing blistering public "
                               "written official another second further"))


_PARTICLE_LIGHT_VERBS = frozenset(
    form for lemma in ("dredge", "trot") for form in inflect(lemma)
)
"""Light verbs that take "up" or "out" before their object ("dredged up old charges")."""


def _evaluating_modifier(view: SentenceView, index: int) -> bool:
    """Whether a lowercase word before a noun cue is an adverb or a participle adjective.

    "made similarly bigoted charges": the words between the light verb and its noun.
    """
    word = view.lowers[index]
    return (
        len(word) > 4 and word.isalpha() and not view.is_capital(index)
        and word.endswith(("ly", "ed")) and word not in _LIGHT_VERBS
    )


def _light_verb_subject(view: SentenceView, cue: CueMatch) -> tuple[int, int] | None:
    """The subject of a light verb whose object is the cue ("The ministry issued a denial")."""
    index = cue.first - 1
    while index >= 0 and cue.first - index <= 4 and (
        view.lowers[index] in _NOUN_LEADS or _evaluating_modifier(view, index)
    ):
        index -= 1
    if index > 1 and view.lowers[index] in ("up", "out") and view.lowers[index - 1] in (
        _PARTICLE_LIGHT_VERBS
    ):
        index -= 1  # "began dredging up accusations", "trotted out the charge"
    if index > 1 and view.lowers[index] == "with" and view.lowers[index - 1] in _ANSWERED_WITH:
        index -= 1  # "The Post responded with a second critical piece"
    if index < 1 or view.lowers[index] not in _LIGHT_VERBS:
        return None
    if view.lowers[index - 1] == "and":
        # "Smith spoke at the convention and delivered a critique of ...": the subject the
        # two verbs share
        return _subject_of_sentence(view, index - 1)
    source, _aux = _source_left(view, index)
    return source


def _assemble_nominal(view: SentenceView, cue: CueMatch, cue_starts: Sequence[int]
                      ) -> Draft | None:
    content, source, target = _nominal_content(view, cue, cue_starts)
    agent = source is not None and names_someone(
        view.text[view.chars(*source)[0] : view.chars(*source)[1]], strict=True
    )  # "a rare public reprimand from Hillary Clinton", not "criticisms from a poisoned well"
    if source is None:
        source = _nominal_source(view, cue)
        if source is not None and all(
            view.lowers[i] in ("the", "a", "an") for i in range(*source)
        ):
            source = None  # "The group renewed accusations that ...": an article, no owner
    spoken = source is None or view.lowers[source[1] - 1].endswith(("'s", "'"))
    if source is None:
        source = _light_verb_subject(view, cue)
    if source is not None and source[0] > 0 and view.lowers[source[0] - 1] == "by" and (
        view.lowers[source[0]].endswith("ing")
    ):
        return None  # "responded to the allegations by pointing out": a means, not an agent
    if source is not None and not any(
        any(c.isalpha() for c in view.lowers[i]) and view.lowers[i] not in ("the", "a", "an")
        for i in range(*source)
    ):
        return None  # "the 9/11 attacks", "the 2015 charges": a date, not a speaker
    if content is None and target is not None and cue.kind is ClaimKind.ALLEGATION and (
        source is not None and spoken
    ):
        # "launched a tirade against the judge", "Trump's tirade against the judge": the
        # charge is its target ("Criminal charges against Clinton" names no speaker)
        content = target
    if content is None and source is not None and (
        cue.word.lemma == _EVALUATED or (agent and cue.word.lemma in _CRITICISM)
    ):
        # "Howard continued his scathing remarks": criticism named but not quoted is the
        # claim; the words themselves are its content
        content = (cue.first, cue.last)
    if source is None or content is None:
        return None
    if cue.kind is ClaimKind.DENIAL and cue.last + 1 < view.size and (
        view.lowers[cue.last] == "of"
        and view.lowers[cue.last + 1] in view.lexicon.refused_objects
    ):
        return None  # "the DNC's denial of access": a refusal, not a denial of a claim
    kind = cue.kind
    draft = Draft(
        sentence=view.sentence, cue=cue, kind=kind, cue_spans=[view.chars(cue.first, cue.last)],
        source=view.chars(*source), content=view.chars(*content), nominal=True,
    )
    if target is not None:
        draft.target = view.chars(*target)
        draft.target_mode = "span"
    return draft


def _setting_draft(view: SentenceView, cue: CueMatch, cues: Sequence[CueMatch],
                   cue_starts: Sequence[int]) -> Draft | None:
    """A finding or view set in its source: "In a CBS poll, ...", "..., in her view".

    The source is the poll (everything between "in" and the comma) or the possessor of
    the view; the content is the clause the phrase opens or closes, and the whole
    sentence when the phrase sits inside it.  A clause with a cue of its own ("In a
    poll, 40 percent said ...") is that cue's claim, not the poll's.
    """
    if cue.word.lemma == "in":
        opener = cue.first
    else:
        opener = next((i for i in range(cue.first - 1, max(-1, cue.first - 7), -1)
                       if view.lowers[i] == "in"), -1)
        if opener < 0:
            return None
    close = cue.last
    while close < view.size and view.tokens[close].text not in (",", ";", ":"):
        close += 1
    if cue.word.lemma == "in":
        source = _strip_content(view, opener + 1, close)
    else:
        last = cue.first
        if last - 1 > opener and view.tokens[last - 1].text in ("'", "\u2019"):
            last -= 1
        source = (opener + 1, last) if last > opener + 1 else None
    if source is None:
        return None
    if opener == 0:
        start = close + 1
        content = _strip_content(view, start, _clause_end(view, start, cue_starts))
    elif close >= view.size - 1:
        content = _content_before(view, opener)
    else:
        content = _strip_content(view, 0, _clause_end(view, close + 1, cue_starts))
    if content is None or any(
        content[0] <= c.first < content[1] and not opener <= c.first < close
        and c.frame not in ("condemn", "call") for c in cues
    ):
        return None
    return Draft(sentence=view.sentence, cue=cue, kind=ClaimKind.STATEMENT,
                 cue_spans=[view.chars(cue.first, cue.last)], source=view.chars(*source),
                 content=view.chars(*content))
