"""How a verb cue sits in its clause, for the verb drafts of :mod:`claimkit.extract.verb_drafts`.

Who controls an infinitive ("Lewandowski continued to say"), a verb listed after a comma that
shares the subject before it ("speculated about ..., referred to ... and considered ..."), how a
participle attaches (", blaming", "After telling", "for calling"), whether an answering verb
answers a claim ("responded to accusations"), the spans of a cue with its auxiliaries, a party's
conduct judged by a verb of disapproval, an "As the Post reported" clause, and a speaker
after a trailing "says" ("Bank misled customers, says FCA"); whether a thing is dismissed as
something ("dismissed the kerfuffle as absurd") or a claim noun is judged false right after
it ("Doping claims baseless").
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from claimkit.extract.claim_drafts import Draft
from claimkit.extract.content_spans import (
    _clause_end,
    _strip_content,
)
from claimkit.extract.cue_grammar import CHARGE_PREPOSITIONS, COMPOUND_HEADS, IRREGULAR_PAST
from claimkit.extract.cues import CueMatch
from claimkit.extract.kind_grammar import CHARGE_NOUNS, RUMOUR_NOUNS
from claimkit.extract.segment import words as _words
from claimkit.extract.sentence_view import (
    _CLOSE_Q,
    _CLOSERS,
    _HAVE_BE,
    _PARTICIPLE_PREPOSITIONS,
    _PRONOUNS,
    _QUOTES,
    SentenceView,
)
from claimkit.extract.source_spans import _source_right
from claimkit.extract.speaker_words import names_someone

_ADJUNCT_OPENERS = frozenset(
    _words("in at on during after before from outside inside near while when amid at during "
           "since through throughout via aboard")
)
"""Words that open a place or time adjunct, never a reported clause."""


_REBUTTING = frozenset({"take issue with", "fire back at", "hit back at", "push back against",
                        "push back on", "push back"})
"""Criticism cues that, with a claim as their object, answer it rather than accuse."""
_CONDEMNED_CLAIMS = CHARGE_NOUNS | RUMOUR_NOUNS
"""Heads of an object that, condemned, is a charge rejected ("slammed the union's claims");
not a proposal or a boast ("denounced suggestions that they would deport", "condemned North
Korea's claim to have tested a bomb")."""
_ACTS_CONDEMNED = frozenset(_words(
    "condemn denounce deplore decry criticise criticize censure"
))
"""Condemning cues that, with "of" after the charge, condemn the act charged ("condemned the
allegations of abuse by peacekeepers")."""


def condemned_charge(view: SentenceView, noun: int, last: int, lemma: str) -> bool:
    """Whether a condemned object headed by the noun at ``noun`` is a charge rejected.

    "Fortescue slammed the union's claims", "condemned the accusations": a charge condemned
    with nothing said of it is rejected. Not when what it is follows ("denouncing US
    allegations ... as an effort to tarnish": a counter-accusation), a boast ("North Korea's
    claim to have tested a bomb"), the act charged ("condemned the allegations of abuse"),
    fees ("charges for parking") or a compound ("the complaint handling process").
    """
    after = view.lowers[noun + 1] if noun + 1 < view.size else ""
    return view.lowers[noun] in _CONDEMNED_CLAIMS and "as" not in view.lowers[noun:last] and (
        after not in ("to", "for") and after not in COMPOUND_HEADS
        and not (after == "of" and lemma in _ACTS_CONDEMNED)
    )


_CHARGE_FRAMES = frozenset({"accuse", "charge", "blame", "warn", "condemn", "call"})
"""Frames whose passive subject is the accused ("North Korea was accused of ...")."""


def _controller(view: SentenceView, to: int) -> tuple[int, int] | None:
    """The object that does what it is made to do: "forced Trump to again respond".

    The object is a name, a pronoun, or a common noun after its determiner and up to two
    modifiers ("led the firm to say", "prompted the embattled minister to deny").
    """
    back = to - 1
    if back < 1:
        return None
    if not (view.is_capital(back) or view.lowers[back] in ("him", "her", "them")):
        first = back
        while first > back - 3 and first > 1 and view.is_word(first - 1) and (
            view.lowers[first - 1] not in _OBJECT_DETERMINERS
        ):
            first -= 1
        if first > 1 and view.lowers[first - 1] in _OBJECT_DETERMINERS and (
            view.lowers[first - 2] in _CONTROL_VERBS
        ):
            return first - 1, back + 1
        return None
    first = back
    while first > 1 and view.is_capital(first - 1) and view.is_word(first - 1):
        first -= 1
    if view.lowers[first - 1] in _CONTROL_VERBS:
        return first, back + 1
    return None


_CONTROL_VERBS = frozenset(
    _words("forced forces force pressed pushed prompted led urged asked asks allowed allow "
           "compelled caused encouraged invited challenged dared")
)
_OBJECT_DETERMINERS = frozenset(_words("the a an its his her their"))
_ANSWERING = frozenset({"respond", "reply", "defend"})


_RELATIVE_OPENING = re.compile(r",\s+(?:who|which)\s+(?:\w+\s+){0,3}\Z", re.IGNORECASE)
"""A relative clause set off by a comma, opening just before a verb ("Smith, who was")."""


def _listed_after(view: SentenceView, cue: CueMatch, position: int,
                  drafts: Sequence[Draft | None]) -> int | None:
    """The verb draft a comma-listed verb follows ("speculated about X, referred to Y")."""
    back = cue.first - 1
    if cue.participle or position == 0 or back < 1 or view.tokens[back].text != ",":
        return None
    if cue.frame in ("say", "tell") and cue.last < view.size and (
        view.is_capital(cue.last) or view.lowers[cue.last] in ("the", "a", "an", "his", "her")
    ):
        return None  # inverted: "..., reported Independent", "..., said the official"
    previous = drafts[position - 1]
    if previous is None or previous.source is None or previous.nominal or (
        previous.cue.participle or previous.content is None or previous.unnamed
    ):
        return None  # "Smith, accused of fraud, denied the charges": a passive aside, whose
        # speaker is no one's, lists no verb; Smith is the subject of "denied"
    opener = view.text[max(0, previous.cue_spans[0][0] - 30) : previous.cue_spans[0][0]]
    if _RELATIVE_OPENING.search(opener):
        return None  # "Smith, who was accused of fraud, denied the charges": the relative
        # clause closes at the comma, and Smith is the subject of "denied"
    comma = view.chars(back, back + 1)[0]
    return position - 1 if previous.content[1] >= comma - 1 and previous.start < comma else None


def _answers_claim(view: SentenceView, after: int) -> bool:
    """Whether "to" or "against" after the cue takes a claim noun ("to accusations that").

    Not a call or a report of an incident that a service goes to ("Firefighters were
    responding to a report of a fire", "responded to a call about a burglary").
    """
    for index in range(after, min(view.size - 1, after + 4)):
        if view.lowers[index] in ("to", "against"):
            return any(
                view.lowers[i] in view.lexicon.claim_nouns and not _incident_call(view, after, i)
                for i in range(index + 1, min(view.size, index + 4))
            )
    return False


def _incident_call(view: SentenceView, after: int, noun: int) -> bool:
    """Whether the noun at ``noun`` is a call or report of an incident a service goes to.

    "Firefighters were responding to a report of a fire", "responded to a call about a
    burglary": one call, or one report that a service is on its way to (the progressive
    "were responding"), "of" or "about" something tells of an incident. "The ministry
    responded to a report of abuse", "reports that he lied" and "the report's claims" are
    claims answered.

    Args:
        view: The sentence.
        after: Index just past the cue.
        noun: Index of the claim noun.
    """
    if noun + 1 >= view.size or view.lowers[noun + 1] not in ("of", "about") or (
        view.lowers[noun - 1] not in ("a", "an", "emergency")
    ):
        return False
    return view.lowers[noun] == "call" or (
        view.lowers[noun] == "report" and view.lowers[after - 1] == "responding"
        and after >= 2 and view.lowers[after - 2] in _BE_FORMS
    )


_BE_FORMS = frozenset(_words("is are was were be been"))


_ON_STOPS = frozenset(_words("for to in over after because and which who that"))
_CHARGE_PREPOSITIONS = frozenset({*CHARGE_PREPOSITIONS.values(), "over"})


def _cue_spans(view: SentenceView, cue: CueMatch, aux_start: int) -> list[tuple[int, int]]:
    """Character spans of the cue with its auxiliaries ("has denied", "did not deny")."""
    spans: list[tuple[int, int]] = []
    index = aux_start
    while index < cue.first:
        word = view.lowers[index]
        negation = cue.negation is not None and (
            index == cue.negation or (index == cue.negation + 1 and word == "longer")
        )
        if word in _HAVE_BE or negation:  # "did not deny", "could no longer defend"; "did
            # not only deny" is not negated and keeps no "not"
            spans.append(view.chars(index, index + 1))
        index += 1
    spans.append(view.chars(cue.first, cue.last))
    merged: list[tuple[int, int]] = []
    for a, b in spans:
        if merged and view.text[merged[-1][1]:a].strip() == "":
            merged[-1] = (merged[-1][0], b)
        else:
            merged.append((a, b))
    return merged


_DISAPPROVING = frozenset({"troubled by", "dislike", "disapprove", "object to"})
"""Cues of disapproval that charge a party when what they take is its conduct."""


def _conduct(view: SentenceView, content: tuple[int, int]) -> bool:
    """Whether a content names a party's conduct: "Clinton's handling", "what Trump is doing"."""
    first, last = content
    lowers = view.lowers
    if any(
        lowers[i].endswith(("'s", "\u2019s")) or lowers[i] in ("his", "her", "their")
        for i in range(first, min(last, first + 4))
    ):
        return True
    return lowers[first] == "what" and first + 2 < last and (
        view.is_capital(first + 1) or lowers[first + 1] in ("he", "she", "they")
    ) and any(lowers[i] in ("doing", "done", "did", "does") for i in range(first + 2, last))


def _as_clause(view: SentenceView, cue: CueMatch, cue_starts: Sequence[int]
               ) -> tuple[tuple[int, int], int] | None:
    """(content, comma) when a cue sits in a leading "As X reported," clause."""
    if view.size < 6 or view.lowers[0] != "as" or cue.first > 12:
        return None
    for index in range(cue.last, min(view.size - 2, cue.last + 8)):
        text = view.tokens[index].text
        if text == "," and not view.inside_quote[index]:
            end = _clause_end(view, index + 1, cue_starts)
            if any(index < start < end for start in cue_starts):
                return None  # "As reported by X, Tiegen found ...": the clause has its own cue
            content = _strip_content(view, index + 1, end)
            return (content, index) if content is not None else None
        if text in (";", ":") or text in _QUOTES:
            return None
    return None


_POSSESSIVES = frozenset(_words("her his their its my our your"))
_HEADLINE_TOPIC = frozenset(_words("on to at about over"))


def _in_verb_list(view: SentenceView, cue: CueMatch, back: int) -> bool:
    """Whether a past-tense cue follows a comma in a list of the subject's verbs.

    "Trump further summed up Clinton as “terrible,” denounced her record and said ...": a
    comma (or a quotation closed on one) before the verb, "and" with another verb later.
    """
    if back < 1 or cue.participle or cue.passive:
        return False
    word = view.lowers[cue.first]
    if not (word.endswith("ed") or word in IRREGULAR_PAST):
        return False
    comma = back - 1 if view.tokens[back].text in _CLOSERS else back
    if comma < 1 or view.tokens[comma].text != ",":
        return False
    return any(view.lowers[i] == "and" and i + 1 < view.size and (
        view.lowers[i + 1].endswith("ed") or view.lowers[i + 1] in IRREGULAR_PAST)
        for i in range(cue.last, min(view.size - 1, cue.last + 15)))


def _participle_head(view: SentenceView, cue: CueMatch) -> str:
    """How a participle cue attaches: ``"main"`` (", blaming"), ``"lead"`` ("After telling")."""
    before = cue.first - 1
    if before < 0 or view.lowers[before] in _PARTICIPLE_PREPOSITIONS:
        return "lead"
    comma = view.tokens[before].text in (",", "\u2014", "\u2013", "--") or (
        view.tokens[before].text in _CLOSE_Q and before > 0 and view.tokens[before - 1].text == ","
    )
    if comma or view.lowers[before] in ("and", "while", "by"):
        return "main"
    if view.lowers[before] in ("for", "of", "about", "over"):
        return "gerund"  # "mocked Trump for calling himself ...": Trump calls
    return "none"


def falsity_spans(view: SentenceView, first: int, last: int) -> list[tuple[int, int]]:
    """The falsity judgements ("baseless", "a witch-hunt") among tokens ``first:last``.

    Quotation marks are passed over ("'groundless' spying accusations"); each span is of
    token indices into the sentence, its end just past the judgement's last word.
    """
    kept = [i for i in range(first, min(last, view.size)) if view.tokens[i].text not in _QUOTES]
    return [(kept[start], kept[end - 1] + 1)
            for start, end, _tag in view.kinds.falsity.find((), [view.lowers[i] for i in kept])]


def called_claim(view: SentenceView, source: tuple[int, int], after: int
                 ) -> tuple[tuple[int, int], tuple[int, int]] | None:
    """A claim noun opening the speaker's span of a verb of calling, judged false after it.

    "allegations Washington called “categorically false”", "an accusation Minsk called
    absurd": the claim is what is called false, and its speaker follows it.  Returns the
    claim's words and the speaker, token indices, or ``None``.
    """
    nouns = view.lexicon.claim_nouns
    for index in range(source[0], min(source[0] + 3, source[1] - 1)):
        if view.lowers[index] in nouns:
            if not falsity_spans(view, after, after + 6) and (
                view.kinds.copular_falsity.isdisjoint(view.lowers[after : after + 3])
            ):
                return None
            return (source[0], index + 1), (index + 1, source[1])
        if not view.is_word(index) or view.is_capital(index):
            return None
    return None


def trailing_speaker(
    view: SentenceView, cue: CueMatch, source: tuple[int, int], after: int
) -> bool:
    """Whether a "say" verb after a comma has its speaker after it, ending the sentence.

    "Bank misled customers, says FCA", "The club ignored complaints, said a former
    player.": what opens the sentence before the comma is a clause (it holds a verb), not
    a name with a tag ("Sen. Jack Reed (D-R.I.), said the bill ...").
    """
    if cue.frame != "say" or cue.first < 2 or view.tokens[cue.first - 1].text != ",":
        return False
    if source[0] != 0 or source[1] < cue.first - 1 or "," in view.lowers[source[0] : source[1]]:
        return False  # "Gov. John Kasich of Ohio, a Republican who has refused ..., said"
    right = _source_right(view, after)
    if right is None or right[1] - right[0] > 10 or not all(
        not view.is_word(i) for i in range(right[1], view.size)
    ):
        return False
    first, last = view.chars(*right)
    if not names_someone(view.text[first:last], strict=True):
        return False
    if falsity_spans(view, *source):
        return True  # "Doping claims baseless, says athlete": a verbless headline judgement
    return any(
        view.lowers[i] in IRREGULAR_PAST or (
            view.lowers[i].endswith("ed") and not view.is_capital(i) and len(view.lowers[i]) > 3
        ) or view.lowers[i] in _HAVE_BE
        for i in range(source[0] + 1, source[1])
    )


def judged_after(view: SentenceView, index: int) -> bool:
    """Whether a falsity judgement opens at ``index`` and closes its clause ("baseless,")."""
    opening = next((i for i in range(index, view.size) if view.tokens[i].text not in _QUOTES),
                   view.size)
    for start, end in falsity_spans(view, index, index + 5):
        if start == opening:  # past a closing quotation mark: "'rubbish', says"
            after = next((i for i in range(end, view.size)
                          if view.tokens[i].text not in _QUOTES), view.size)
            return after >= view.size or not view.is_word(after)
    return False


def dismissed_as(view: SentenceView, content: tuple[int, int]) -> bool:
    """Whether a thing, not a person, is dismissed as something.

    "dismissed the whole kerfuffle as “absurd”" rejects a claim; "dismissed Walker as an
    ineffective leader" and "dismissed him as a Hollywood actor" judge a person.
    """
    words = view.lowers[content[0] : content[1]]
    if "as" not in words:
        return False
    first = content[0]
    while first < content[1] and view.lowers[first] in ("the", "a", "an", "whole", "this",
                                                         "that", "these", "those"):
        first += 1
    return first < content[1] and not view.is_capital(first) and (
        view.lowers[first] not in _PERSON_OBJECTS
    ) and view.lowers[first] != "as"


_PERSON_OBJECTS = frozenset(_words("him her them me us you his their"))


def linking_attempt(view: SentenceView, content: tuple[int, int]) -> bool:
    """Whether a rejected object is an attempt to tie the speaker to a deed.

    "rejected attempts to link it to the attack", "dismissed efforts to blame Beijing":
    what is rejected is a charge being made.
    """
    words = view.lowers[content[0] : min(content[1], content[0] + 5)]
    for index, word in enumerate(words[:-2]):
        if word in _ATTEMPTS and words[index + 1] == "to" and words[index + 2] in _TYING:
            return True
    return False


_ATTEMPTS = frozenset(_words("attempt attempts effort efforts bid bids move moves"))
_TYING = frozenset(_words("""
    link tie connect blame implicate associate smear discredit tarnish drag pin frame
"""))


_SLANTED = frozenset(_words("biased one-sided unbalanced skewed slanted partisan selective"))
"""Judgements of a claim as slanted, which reject it as a falsity word does."""


def claim_judged_as_false(view: SentenceView, content: tuple[int, int]) -> bool:
    """Whether the content is a claim noun judged false after "as" ("the probe as a sham")."""
    words = view.lowers[content[0] : content[1]]
    if "as" not in words:
        return False
    at = words.index("as")
    if not any(w in view.kinds.claim_refs and w not in _PRONOUNS for w in words[:at]):
        return False
    judged = [i for i in range(content[0] + at + 1, content[1]) if view.tokens[i].text not in (
        _QUOTES)][:2]  # "as 'witch-hunt'", "as a sham": the judgement opens the complement
    return any(start in judged for start, _end in falsity_spans(
        view, content[0] + at + 1, content[1])) or any(
        view.lowers[i] in _SLANTED for i in judged)  # "slammed the report as biased"
