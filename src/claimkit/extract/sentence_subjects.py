"""The subject of a sentence's main clause, for cues that share it.

Participles and infinitives ("..., accusing the US of ...", "went on to deny ..."), verbs
listed after a comma and coordinated verbs take the subject of the clause they hang on:
"North Korea on Thursday denied ..., denouncing US allegations" speaks through North
Korea. ``_subject_of_sentence`` finds that subject before a given token, past a
leading clause, a dateline or a conjunction.
"""

from __future__ import annotations

from claimkit.extract.cue_grammar import _NUMBER_WORDS, IRREGULAR_PAST
from claimkit.extract.cues import AUXILIARIES
from claimkit.extract.roles import mention_words, role_lexicon
from claimkit.extract.segment import MONTHS
from claimkit.extract.segment import words as _words
from claimkit.extract.sentence_view import (
    _CLAUSE_STOPS,
    _HAVE_BE,
    _LEAD_DROP,
    _NP_STARTERS,
    _PREPOSITIONS,
    _SUBJECT_PRONOUNS,
    _TIME_TAIL,
    SentenceView,
)

_LEADING_CONJUNCTIONS = frozenset(_words("but and so yet or"))
_LEADING_PHRASE_OPENERS = frozenset(
    _words(
        """
        using given even although though as additionally last earlier for at despite during
        throughout among amid following unlike like from under over of to beyond against
        monday tuesday wednesday thursday friday saturday sunday this next
        """
    )
)


def _after_leading_comma(view: SentenceView, index: int) -> int:
    """Where the main clause starts after a leading phrase closed by a comma."""
    for probe in range(index, view.size):
        if view.tokens[probe].text == "," and not view.inside_quote[probe]:
            return probe + 1
    return index


def _subject_of_sentence(view: SentenceView, before: int) -> tuple[int, int] | None:
    """The subject of the main clause: the first noun phrase not inside a leading phrase."""
    index = 0
    while index < before and view.lowers[index] in _LEADING_CONJUNCTIONS:
        index += 1  # "But lots of voters ..."
    if index + 2 < before and view.lowers[index].endswith("ly") and (
        view.tokens[index + 1].text == ","
    ):
        index += 2  # "Finally, preparing itself for ..., the NRA has put out ..."
    # skip a leading prepositional, adverbial or participial phrase closed by a comma
    opener = view.lowers[index] if index < view.size else ""
    if opener in _PREPOSITIONS or opener in _LEAD_DROP or opener in _LEADING_PHRASE_OPENERS or (
        opener.endswith("ing") and len(opener) > 4 and not view.is_capital(index + 1 if index
                                                                         + 1 < view.size else index)
    ):
        timed = index + 1
        dated = False  # a time word proper, not only "the" ("On the Democratic side, ...")
        while timed < before and (
            view.lowers[timed] in _TIME_TAIL or view.lowers[timed] in MONTHS
            or view.lowers[timed] in ("the", "last", "this", "early", "late")
            or view.lowers[timed].isdigit()
        ):
            dated = dated or view.lowers[timed] not in ("the", "this")
            timed += 1
        if opener in ("on", "in", "at", "during", "late", "early") and dated and (
            timed < before and view.is_capital(timed) and view.tokens[timed].text != ","
        ):
            index = timed  # "On Thursday evening Hillary Clinton delivered ...": no comma
        else:
            index = _after_leading_comma(view, index)
    if index >= before:
        return None
    first_word = view.lowers[index].split("'")[0]
    if first_word in _SUBJECT_PRONOUNS or first_word in ("it", "who"):
        return index, index + 1
    if view.is_capital(index) and view.lowers[index] not in _NP_STARTERS and not (
        _counts(view.lowers[index]) and index + 1 < before and _counted_noun(view, index + 1)
    ):  # "Several former employees", "Three women": a count opens a common noun phrase
        # a name: its capitalised words, with "of", "and" and initials inside
        end = index
        while end < before and (
            view.is_capital(end) or view.lowers[end] in ("of", "and", "de", "van", "von", "al")
            or view.tokens[end].text in (".", "-", "&")
            or (view.tokens[end].text == "(" and end in view.paren_pairs)
        ):
            end = view.paren_pairs[end] + 1 if view.tokens[end].text == "(" else end + 1
        while end > index and (view.lowers[end - 1] in ("of", "and", "de", "van", "von", "al")
                               or view.tokens[end - 1].text == "-"):
            end -= 1  # "Mrs. Clinton -- whose husband ...": a dash ends the name
        if end == index + 1 and _opens_description(view, index, before):
            # "Former presidential candidate Mitt Romney", "Republican presidential nominee
            # Donald Trump": a capitalised modifier opens a description that names someone
            phrase = _noun_phrase_end(view, index, before)
            phrase = next((i for i in range(end, phrase) if view.lowers[i] in _PHRASE_BREAKS),
                          phrase)
            if any(view.is_capital(i) for i in range(end + 1, phrase)) or (
                (view.lowers[phrase - 1],) in role_lexicon().person_heads
            ):
                return index, phrase
        if end == index + 1 and index == 0 and end < before and view.is_word(end) and (
            not view.is_capital(end)
        ):
            # "Talk show host Glenn Beck, ..., on Friday declared": a common noun capitalised
            # only because it opens the sentence, before the name the phrase ends in
            phrase = _noun_phrase_end(view, index, before)
            named = next((i for i in range(end + 1, phrase) if view.is_capital(i)), phrase)
            if named + 1 < phrase and view.is_capital(named + 1) and all(
                view.is_word(i) and view.lowers[i] not in _PHRASE_BREAKS
                for i in range(end, named)
            ):  # not "Republicans on Capitol Hill", "Most of the Senate Republicans"
                return index, phrase
        if end > index and end < before and view.lowers[end - 1].endswith(("'s", "\u2019s")) and (
            view.is_word(end) and not view.is_capital(end)
            and view.lowers[end - 1][:-2].rstrip("'\u2019") not in _CONTRACTED
        ):  # "Andrean High's principal": the possessor's noun is the subject's head
            phrase = _noun_phrase_end(view, end, before)
            if phrase > end:
                return index, phrase
        return (index, end) if end > index else None
    end = _noun_phrase_end(view, index, before)
    if end == index:
        return None
    return index, end


_CONTRACTED = frozenset(_words("what that it there here who he she let where how"))
"""Words whose "'s" is a contraction of "is" or "has", not a possessive ("What's more")."""


def _counts(word: str) -> bool:
    """Whether a word counts people or things ("three", "several", "dozens")."""
    return word in _NUMBER_WORDS or word in mention_words().quantifiers


def _counted_noun(view: SentenceView, index: int) -> bool:
    """Whether the lowercase word at ``index`` goes on a noun phrase a count opened.

    "Three women", "Several former employees"; not "Many of you" (the count is the head)
    nor "Eight years" (a time).
    """
    word = view.lowers[index]
    return view.is_word(index) and not view.is_capital(index) and (
        word not in _PHRASE_BREAKS and word.removesuffix("s") not in _TIME_TAIL
    )


_PHRASE_BREAKS = frozenset({"of", "for", "in", "on", "at", "to", "about", "against", "among",
                            "with", "from", "by", "who", "that", "which"})
"""Words after which a description's head is past ("Democratic allegations of bias")."""


def _opens_description(view: SentenceView, index: int, before: int) -> bool:
    """Whether the capitalised word at ``index`` is a modifier opening a description.

    A role modifier ("Former", "Senior") or an adjective by its ending ("Republican",
    "Democratic", "Investigative"), followed by a lowercase word of the same phrase
    ("presidential", "reporter"); not a name followed by its verb or an adverb.
    """
    after = index + 1
    if after >= before or not view.is_word(after) or view.is_capital(after):
        return False
    nxt = view.lowers[after]
    if nxt in _PREPOSITIONS or nxt.endswith("ly") or nxt[:1] in ("'", "\u2019"):
        return False
    word = view.lowers[index]
    return (word,) in role_lexicon().modifiers or word.endswith(_MODIFIER_ENDINGS)


_MODIFIER_ENDINGS = ("ic", "an", "ese", "ish", "al", "ive")
"""Endings of adjectives that open descriptions ("Republican", "Democratic", "Conservative")."""


def _noun_phrase_end(view: SentenceView, index: int, before: int) -> int:
    """Where the noun phrase that opens at ``index`` ends: at its verb, auxiliary or clause stop."""
    end = index
    while end < before:
        word = view.lowers[end]
        attributive = end > index and word.endswith("ed") and (
            view.lowers[end - 1] in _NP_STARTERS and end + 1 < before and view.is_word(end + 1)
            and not view.is_capital(end + 1)
        )  # "A proposed class-action lawsuit", "The embattled minister"
        if end > index and word.endswith("ed") and not view.is_capital(end) and not attributive:
            break  # "The judge rubbed his chin"
        if end > index and not view.is_capital(end) and word in IRREGULAR_PAST:
            break  # "the community began calling for ..."
        if end > index and view.is_capital(end) and view.is_word(end):
            end += 1  # a name inside the phrase: "columnist George Will"
            continue
        if end > index and word in AUXILIARIES:
            break
        if word in _HAVE_BE or word in _CLAUSE_STOPS or (
            word in view.lexicon.verbs and not (end > index and view.is_capital(end))
            and not attributive
        ) or (
            not view.is_word(end) and view.tokens[end].text not in ("'", "\u2019", "-", "(", ")")
        ):
            break
        end += 1
    return end
