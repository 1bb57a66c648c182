"""Drafts of noun cues and settings: "US allegations of ...", "In a CBS poll, ...".

A nominal cue takes its source from its possessor or a "by"/"from" phrase, its content
from "of"/"that"/"about" and its target from "against"; a setting ("in a poll", "in her
view") takes the poll or the view's holder as source and the clause it opens or closes
as content.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from claimkit.extract.claim_drafts import Draft
from claimkit.extract.content_spans import _clause_end, _content_before, _object_np, _strip_content
from claimkit.extract.cue_grammar import AUXILIARIES, DETERMINERS, IRREGULAR_PAST
from claimkit.extract.cues import CURRENCY_SIGNS, CueMatch
from claimkit.extract.kind_grammar import _BE as _COPULAS
from claimkit.extract.kind_grammar import MODALS
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
        if _opens_sentence(view, cue):
            end = _before_main_verb(view, index, end)
        if cue.word.lemma == "charge" and index + 1 < end and (
            view.lowers[index + 1][:1].isdigit() or view.lowers[index + 1][:1] in CURRENCY_SIGNS
        ):
            return None, None, None  # "The bank's charges of 5 percent": a price
        relative = False
        for probe in range(index + 1, end):
            if view.lowers[probe] == "as" and not view.inside_quote[probe]:
                end = probe
                break
            if view.lowers[probe] in _RELATIVES:
                relative = True  # "about Zika, which ... whose mothers are infected"
            if (view.lowers[index] in _TOPICAL or view.lowers[index] == "of") and (
                view.lowers[probe] in _COPULAS and not relative
            ):
                if falsity_spans(view, probe + 1, probe + 6):
                    return None, None, None  # "Seoul's claims about the launch were nonsense"
                end = probe  # "claims about the launch were repeated": the topic only
                # ("the players' denial of the charges was read out": what is denied)
                break
        return _strip_content(view, index + 1, end), source, target
    return None, source, target


def _opens_sentence(view: SentenceView, cue: CueMatch) -> bool:
    """Whether the phrase a noun cue heads opens the sentence, as its subject.

    "The opposition's claim that ...", "The army's rejection of ...": no verb comes before
    the cue (at most five words, its possessor and modifiers).
    """
    return cue.first <= 5 and not any(
        view.lowers[i] in view.lexicon.verbs or view.lowers[i] in _FINITE_WORDS
        or view.tokens[i].text in (",", ";", ":")
        for i in range(cue.first)
    )


_FINITE_WORDS = frozenset(_words("is are was were has have had will would could can should "
                                 "did does do may might must"))
"""Finite auxiliaries and copulas, which open a verb group."""
_SIMPLE_PAST = frozenset(_words("came went drew gave took sparked prompted caused triggered "
                                "followed angered drew led left became"))
"""Past forms that, after a subject noun phrase, are its main verb ("The army's rejection of
the report came a day later")."""
_CLAUSE_JOINS = frozenset(_words("and or but that which who whom whose when if because"))


def _before_main_verb(view: SentenceView, opener: int, end: int) -> int:
    """Where the complement of a subject noun cue ends: before the sentence's main verb.

    "The opposition's claim that the vote was rigged was rejected by the commission": the
    "that" clause has its verb ("was rigged"); the next verb group ("was rejected") is the
    main clause's. An "of" phrase has no verb of its own: "The army's rejection of the
    report came a day later".
    """
    has_verb = view.lowers[opener] != "that"
    after_auxiliary = False
    for probe in range(opener + 1, end):
        word = view.lowers[probe]
        if view.inside_quote[probe]:
            continue
        if word in _CLAUSE_JOINS or word == ",":
            # a new clause ("which", "who", "because", ", Mr. Sanders has") needs its own
            # verb first; only an "of" phrase goes on past a comma without one
            has_verb = has_verb and word == "," and view.lowers[opener] != "that"
            after_auxiliary = False
            continue
        if view.lowers[probe - 1] in DETERMINERS:
            after_auxiliary = False
            continue  # "forged the will": a noun after its determiner
        finite = word in _FINITE_WORDS or word in _SIMPLE_PAST or (
            view.lowers[opener] == "that" and (word in IRREGULAR_PAST or (
                word.endswith("ed") and probe > opener + 1 and not view.is_capital(probe)
            ))
        )
        if finite and not after_auxiliary and has_verb and probe > opener + 1:
            return probe
        if finite:
            has_verb = True
        after_auxiliary = word in _FINITE_WORDS or (after_auxiliary and word in AUXILIARIES)
    return end


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


_LEGAL_ACTIONS = frozenset({"lawsuit", "complaint"})
"""Cue nouns of legal action, which take any kind of modifier after "filed" ("filed a federal
lawsuit", "a class-action lawsuit", "a $10 million lawsuit", "a wrongful death complaint")."""
_LEGAL_SPAN = 7
"""How far (in tokens) "filed" may stand before a legal action's noun."""
_AMOUNTS = CURRENCY_SIGNS | frozenset(_words("million billion - %"))


def _legal_modifier(view: SentenceView, index: int) -> bool:
    """Whether a token before a legal action's noun modifies it: "federal", "class-action", "$10".

    A lowercase word that is no cue verb or function word, a number or an amount; not a
    name ("filed in Texas a lawsuit" is not read) or a clause word.
    """
    word = view.lowers[index]
    if word in _AMOUNTS or word.replace(",", "").replace(".", "").isdigit():
        return True
    return (word.replace("-", "").isalpha() and not view.is_capital(index)
            and word not in view.lexicon.verbs and word not in _NOT_MODIFIERS
            and word not in _LIGHT_VERBS)


_NOT_MODIFIERS = frozenset(_words(
    "in on at by with from to for of against and or but that which who as than after before "
    "has have had is was were are be been not also"
))
"""Words that end a legal action's modifiers ("filed in court a lawsuit" is not read)."""


def _light_verb_subject(view: SentenceView, cue: CueMatch) -> tuple[int, int] | None:
    """The subject of a light verb whose object is the cue ("The ministry issued a denial")."""
    index = cue.first - 1
    legal = cue.word.lemma in _LEGAL_ACTIONS
    while index >= 0 and cue.first - index <= (_LEGAL_SPAN if legal else 4) and (
        view.lowers[index] in _NOUN_LEADS or _evaluating_modifier(view, index)
        or (legal and _legal_modifier(view, index))
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
    if legal and (view.lowers[index - 1] in MODALS or view.lowers[index - 1] == "to"):
        return None  # "could file a lawsuit", "threatened to file a complaint": not filed
    if view.lowers[index - 1] == "and":
        # "Smith spoke at the convention and delivered a critique of ...": the subject the
        # two verbs share
        return _subject_of_sentence(view, index - 1)
    source, _aux = _source_left(view, index)
    if legal and source is not None and source[0] > 0 and view.lowers[source[0] - 1] in MODALS:
        return None  # "can they file a class action lawsuit against the college?": a question
    return source


_POSSESSOR_DETERMINERS = frozenset(_words("the this that"))
_POSSESSIVE_ENDS = ("'s", "\u2019s")
_POSSESSIVE = re.compile("['\u2019]s?$")


def _common_possessor(view: SentenceView, cue: CueMatch) -> tuple[int, int] | None:
    """A possessor named by a common noun: "The army's rejection", "the players' denial".

    "the" (or "this", "that"), at most two lowercase modifiers and a possessive noun that
    can name a speaker ("the opposition's claim", "the ruling party's denial"); not a time
    ("last week's denial") or a thing, which may be what the noun acts on ("the bill's
    rejection"), unless a complement after the noun says what it acts on ("the army's
    rejection of the report": the army rejects).
    """
    index = cue.first - 1
    skipped = 0
    while index >= 0 and skipped < 2 and view.lowers[index].isalpha() and not (
        view.is_capital(index)
    ) and view.lowers[index] not in ("the", "a", "an", "of"):
        if view.lowers[index] in AUXILIARIES or view.lowers[index] in view.lexicon.verbs:
            return None  # "has denied reports": the noun is a verb's object
        index -= 1
        skipped += 1  # "the union's repeated claims", "the club's formal denial"
    if index < 1:
        return None
    end = index + 1
    if view.tokens[index].text in ("'", "\u2019") and view.lowers[index - 1].endswith("s"):
        index -= 1  # "the players' denial"
    elif not view.lowers[index].endswith(_POSSESSIVE_ENDS):
        return None
    if view.is_capital(index) or not view.lowers[index][:1].isalpha():
        return None  # a name is :func:`_nominal_source`'s
    first = index
    while first > 0 and index - first < 3 and view.lowers[first - 1].isalpha() and not (
        view.is_capital(first - 1) and view.lowers[first - 1] not in _POSSESSOR_DETERMINERS
    ) and view.lowers[first - 1] not in _POSSESSOR_DETERMINERS:
        first -= 1
    if first < 1 or view.lowers[first - 1] not in _POSSESSOR_DETERMINERS:
        return None
    first -= 1
    start, stop = view.chars(first, end)
    phrase = _POSSESSIVE.sub("", view.text[start:stop])
    acted_on = cue.last < view.size and view.lowers[cue.last] in ("of", "that")
    if not names_someone(phrase, strict=True) and not (acted_on and names_someone(phrase)):
        return None
    return first, end


def _assemble_nominal(view: SentenceView, cue: CueMatch, cue_starts: Sequence[int]
                      ) -> Draft | None:
    content, source, target = _nominal_content(view, cue, cue_starts)
    common = False
    agent = source is not None and names_someone(
        view.text[view.chars(*source)[0] : view.chars(*source)[1]], strict=True
    )  # "a rare public reprimand from Hillary Clinton", not "criticisms from a poisoned well"
    if source is None:
        source = _nominal_source(view, cue)
        if source is not None and all(
            view.lowers[i] in ("the", "a", "an") for i in range(*source)
        ):
            source = None  # "The group renewed accusations that ...": an article, no owner
        if source is None:
            source = _common_possessor(view, cue)  # "The army's rejection of the report"
            common = source is not None
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
    if common and cue.kind is ClaimKind.DENIAL and cue.last < view.size and (
        view.lowers[cue.last] == "of"
    ) and view.kinds.claim_refs.isdisjoint(view.lowers[cue.last + 1 : cue.last + 5]):
        return None  # "the board's rejection of the takeover bid": a bid refused, no claim
    kind = cue.kind
    start, stop = view.chars(*source)
    if common:
        stop = start + len(_POSSESSIVE.sub("", view.text[start:stop]))  # "The army's": the army
        if target is not None and target[0] >= content[1]:
            target = None  # "... was rejected by the commission": who answered, not accused
    draft = Draft(
        sentence=view.sentence, cue=cue, kind=kind, cue_spans=[view.chars(cue.first, cue.last)],
        source=(start, stop), content=view.chars(*content), nominal=True,
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
