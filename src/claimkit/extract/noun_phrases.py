"""Noun phrases in a sentence view: the phrase ending at a token, its head, and relatives.

The source-span finders of :mod:`claimkit.extract.source_spans` (and the verb and undergo
drafts) read noun phrases leftwards from a cue with ``_np_left``, step over
auxiliaries with ``_skip_aux_left``, find the noun a restrictive relative clause hangs
on ("People who know Trump say ..."), and tell a quoted title in an apposition ("host of
MSNBC's “Morning Joe,”") from a quotation.
"""

from __future__ import annotations

from claimkit.extract.cue_grammar import IRREGULAR_PAST
from claimkit.extract.cues import AUXILIARIES
from claimkit.extract.roles import names_people, role_lexicon
from claimkit.extract.segment import (
    capitalised_after_quotation,
    capitalised_inside,
    titled_short_name,
)
from claimkit.extract.segment import words as _words
from claimkit.extract.sentence_view import (
    _CLAUSE_STOPS,
    _HAVE_BE,
    _LEAD_DROP,
    _NP_STARTERS,
    _PRONOUNS,
    _QUOTES,
    _TIME_TAIL,
    _TRAILING_NOT_SOURCE,
    SentenceView,
)
from claimkit.model import ActorKind

_CARRYING_ON = frozenset(
    _words("began begun begin begins beginning started start starts continued continue "
           "continues kept keep keeps resumed resume go goes went going proceeds proceeded")
)
"""Verbs of beginning and going on that take the cue after them ("began calling for",
"goes on to slam"): the speaker is their subject."""


_MODAL_NAMES = frozenset(_words("may will might can"))
"""Modals that are also names ("Theresa May", "George Will")."""


def _past_form(word: str) -> bool:
    """Whether a word is a past-tense form ("said", "described"), which no modal precedes."""
    return word.endswith("ed") or word in IRREGULAR_PAST


def _skip_aux_left(view: SentenceView, index: int) -> int:
    """Step left over auxiliaries, negations and -ly adverbs; return the new index."""
    while index >= 0:
        word = view.lowers[index]
        if word in _MODAL_NAMES and view.tokens[index].text[:1].isupper() and (
            index + 1 < view.size and _past_form(view.lowers[index + 1])
        ):
            break  # "May said", "Will described": a modal never comes before a past form
        if word in _CARRYING_ON and index + 1 < view.size and (
            view.lowers[index + 1].endswith("ing") or view.lowers[index + 1] == "to"
            or view.lowers[index + 1] in _CARRYING_ON
        ):
            index -= 1  # "the community immediately began calling for": the subject is before
            continue
        if word == "longer" and index > 0 and view.lowers[index - 1] == "no":
            index -= 2  # "Officials no longer deny"
            continue
        if word in AUXILIARIES or word.endswith("n't") or word == "cannot" or (
            word.endswith("ly") and len(word) > 4 and not view.is_capital(index) and word not in
                                   ("italy", "assembly", "family", "ally")):
            index -= 1
            continue
        if word in ("yesterday", "today") and index > 0 and view.lowers[index - 1] in AUXILIARIES:
            index -= 1  # "was yesterday charged with abuse of office"
            continue
        break
    return index


def _counted_group(view: SentenceView, index: int) -> bool:
    """Whether a number opens a counted group of actors ("and 16 states", "and 20 other firms").

    "The Justice Department and 16 states sued Apple": the group joins the named actor
    before "and"; not a quantity ("Mr. Cruz and 15 percent backed Rubio").
    """
    if not view.lowers[index].isdigit():
        return False
    after = index + 1
    if after < view.size and view.lowers[after] in ("other", "more"):
        after += 1
    return after < view.size and (view.lowers[after],) in role_lexicon().group_heads


def _np_left(view: SentenceView, end: int, *, allow_comma_apposition: bool = True,
             limit: int = 25) -> tuple[int, int] | None:
    """The noun phrase whose last token is ``end`` (inclusive): (first, last+1)."""
    index = end
    first = None
    count = 0
    while index >= 0 and count < limit:
        token = view.tokens[index].text
        word = view.lowers[index]
        if view.is_word(index):
            if (word in _CLAUSE_STOPS or (word in _HAVE_BE and not (
                word in _MODAL_NAMES and index == end and view.tokens[index].text[:1].isupper()
                and index + 1 < view.size and _past_form(view.lowers[index + 1])
            )) or (
                word in view.lexicon.verbs and index != end and not view.is_capital(index)
                and not _noun_modifier(view, index)
            )) and not ((index > 0 and capitalised_inside(view.tokens[index].text,
                                                          view.tokens[index - 1].text))
                        or (0 < index < end and titled_short_name(
                            view.tokens[index].text,
                            (view.lowers[index - 1],) in role_lexicon().titles,
                            view.tokens[index + 1].text))  # "Ambassador So Se Pyong"
                        or (index == end and index >= 2 and capitalised_after_quotation(
                            *(view.tokens[at].text for at in (index, index - 1, index - 2))))):
                break
            if index < end and word.endswith("ed") and not view.is_capital(index) and (
                view.lowers[index + 1] in _NP_STARTERS
            ):
                break  # "which released a statement Tuesday questioning ..."
            if word in ("and", "&") and not (
                index > 0 and view.is_capital(index - 1) and index + 1 <= end
                and (view.is_capital(index + 1) or view.lowers[index + 1] in _NP_STARTERS
                     or _counted_group(view, index + 1))
            ):
                break
            first = index
        elif token == ")" and index in view.paren_pairs:
            index = view.paren_pairs[index]
            first = index
            count += 1
            index -= 1
            continue
        elif token in ("'", "\u2019") and first is not None and index > 0 and view.is_word(
            index - 1
        ):
            first = index  # a possessive apostrophe: "Guterres' office"
        elif token in ("&", ".", "/") or (token == "," and first is not None and _listed_name(
            view, index, first, end
        )):
            pass  # "the Ministry of Ports, Shipping and Waterways"
        else:
            break
        count += 1
        index -= 1
    if first is None:
        return None
    # a time phrase or a reflexive at the end is not part of the source:
    # "RNC spokesman Sean Spicer on Thursday evening", "Sanders himself"
    last = end
    while last > first and view.lowers[last] in _TRAILING_NOT_SOURCE:
        last -= 1
    for index in range(first + 1, last + 1):
        if view.lowers[index] in ("on", "last", "this", "early", "late") and all(
            view.lowers[j] in _TIME_TAIL or view.lowers[j] in ("on", "last", "this", "early",
                                                               "late")
            for j in range(index, last + 1)
        ):
            last = index - 1
            break
    end = last
    while first <= end and view.lowers[first] in _LEAD_DROP and not (
        first + 1 <= end and view.lowers[first + 1].endswith("ed")
    ):  # "Later the ministry" -> "the ministry"; "Recently declassified records" stays
        first += 1
    while first <= end and not view.is_word(first) and view.tokens[first].text != "(":
        first += 1
    if first > end:
        return None
    return first, end + 1


def _listed_name(view: SentenceView, comma: int, first: int, end: int) -> bool:
    """Whether a comma lists the capitalised words of an organisation's name.

    "the Ministry of Ports, Shipping and Waterways", "the Department for Environment, Food
    and Rural Affairs": capitalised words from ``first`` to ``end`` that "and" joins, after
    the comma, and capitalised words, then "of" or "for" and a capitalised word, before it.
    """
    if not any(view.lowers[i] == "and" for i in range(first, end + 1)) or not all(
        view.is_capital(i) or view.lowers[i] == "and" or view.tokens[i].text == ","
        for i in range(first, end + 1)
    ):
        return False
    index = comma - 1
    while index > 0 and (view.is_capital(index) or view.tokens[index].text == ","):
        index -= 1
    return index > 0 and index < comma - 1 and view.lowers[index] in ("of", "for") and (
        view.is_capital(index - 1)
        and role_lexicon().org_heads.get(view.lowers[index - 1]) is ActorKind.GOVERNMENT_BODY
    )  # a ministry's portfolios, not "the Bank of England, Barclays and HSBC"


def _noun_modifier(view: SentenceView, index: int) -> bool:
    """Whether a word that can be a verb modifies a noun here: "the RNC's rules committee"."""
    if view.lowers[index] == "state" and index + 1 < view.size and (
        view.lowers[index + 1] in _STATE_OUTLETS
    ):
        return True  # "Syrian state media said", "Chinese state television reported"
    verb = view.lexicon.verbs.get(view.lowers[index])
    if verb is not None and verb.lemma == view.lowers[index] and index + 1 < view.size and (
        (view.lowers[index + 1],) in role_lexicon().person_heads
    ):
        return True  # "White House press secretary Karine Jean-Pierre said"
    if index == 0:
        return False
    before = view.lowers[index - 1]
    if index >= 2 and before.endswith(_ADJECTIVE_ENDINGS):
        before = view.lowers[index - 2]  # "the RNC's powerful rules committee"
    return before in ("the", "a", "an", "its", "their", "his", "her") or before.endswith(
        ("'s", "\u2019s")
    ) or (before in _NOUN_PREPOSITIONS and not view.is_capital(index)
          and not view.lowers[index].endswith(("ing", "ed")))
    # "the inquiry into state capture found": after a preposition other than "to" the
    # verb's spelling is a noun ("of state funds", "on state procurement"); a gerund
    # stays a verb ("In criticizing Clinton, ...")


_NOUN_PREPOSITIONS = frozenset({"of", "into", "on", "in", "for", "about", "over", "against",
                                "with", "from", "at", "by", "under", "without"})
"""Prepositions whose object a word spelt like a verb is a noun after (not "to")."""


_STATE_OUTLETS = frozenset({"media", "television", "tv", "radio", "news", "broadcaster",
                            "newspaper", "agency", "outlets", "press"})
"""Nouns that "state" modifies as in "state media", not a verb of saying."""
_ADJECTIVE_ENDINGS = ("ful", "al", "ive", "ous", "ic", "ent", "ant", "ary", "ial")


def _relative_clause_subject(view: SentenceView, first: int, last: int
                             ) -> tuple[int, int] | None:
    """The noun a restrictive relative clause ending at a cue hangs on, if any.

    In "People who know Trump say he lied" the phrase before "say" is "Trump", the object
    inside the clause "who know Trump"; the speakers are the people before "who". In "the
    chairs that POLITICO interviewed predicted" the phrase ends with the clause's own verb.
    In "Two lawsuits being considered in San Diego have accused" the phrase is the
    complement of a participle; the lawsuits before it are the subject.
    """
    if first >= 3 and view.lowers[first] in _PARTICIPLE_COMPLEMENTS and (
        view.lowers[first - 1].endswith(("ed", "en")) and not view.is_capital(first - 1)
        and view.lowers[first - 2] in ("being", "been")
        and last < view.size and view.lowers[last] in AUXILIARIES
    ):  # "lawsuits being considered in San Diego have accused"
        before = first - 3
        head = _np_left(view, before, limit=8)
        if head is not None and head[1] == before + 1 and view.is_word(before):
            return head
    for index in range(first - 1, max(-1, first - 7), -1):
        word = view.lowers[index]
        if not view.is_word(index):
            return None
        if word in ("who", "that") and index > 0:
            if word == "that" and not _relative_that(view, index):
                return None
            verb = view.lowers[index + 1]
            if (view.is_capital(index + 1) or verb in _NOT_CLAUSE_VERBS) and not (
                last > first and view.lowers[last - 1].endswith("ed")
                and not view.is_capital(last - 1)
            ):
                return None  # "records that Linick questioned": the clause's own subject
            head = _np_left(view, index - 1, limit=8)
            if head is None or head[1] != index or not (
                view.is_capital(head[0]) or names_people(view.lowers[head[1] - 1])
            ):
                return None
            return head
        if view.is_capital(index) and index < first - 1:
            return None  # a name before the phrase is no relative clause's verb
    return None


_PARTICIPLE_COMPLEMENTS = frozenset(_words("in at by from on for with under"))
"""Prepositions that open a participle's complement ("being considered in San Diego")."""


_NOT_CLAUSE_VERBS = frozenset(
    _words("the a an this that these those his her its their our my your some any no all "
           "he she it they we i you many most several both each every other")
)


def _relative_that(view: SentenceView, that: int) -> bool:
    """Whether "that" at ``that`` opens a relative clause on the noun before it."""
    before = that - 1
    word = view.lowers[before]
    if not view.is_word(before) or word in _NOT_RELATIVE_HEADS or word in view.lexicon.verbs:
        return False
    if word in view.lexicon.claim_nouns:
        return False  # "the claim that ...": a content clause, not a speaker
    return not word.endswith("ly") and word not in AUXILIARIES


_NOT_RELATIVE_HEADS = frozenset(
    _words(
        """
        so now such given fact than except provided saying say says said is was are were be
        been and or but of in on at to for with by from about as so that this it he she they
        we i you not
        """
    )
)


def _looks_like_actor_np(view: SentenceView, first: int, last: int) -> bool:
    words = [i for i in range(first, last) if view.is_word(i)]
    if not words:
        return False
    if any(view.is_capital(i) for i in words):
        return True
    if any(view.lowers[i] in _PRONOUNS for i in words):
        return True
    return len(words) <= 12


_TITLE_FUNCTION_WORDS = frozenset(_words("of the and a an to in on for with at"))
"""Lowercase words a quoted title may hold ("Meet the Press")."""


_TITLING = frozenset({"titled", "entitled", "headlined"})
"""Participles that introduce a quoted title: "The ad, titled “Unifier?”, concludes"."""


_NAMING = frozenset({"called", "dubbed", "named"})
"""Participles that introduce a quoted name right after them ("an ad called “Unifier”")."""


def _title_between(view: SentenceView, indices: range) -> bool:
    """Whether capitalised words, then a quotation mark, come at ``indices`` in order."""
    words = 0
    for index in indices:
        text = view.tokens[index].text
        if text in _QUOTES:
            if words:
                return True
            continue  # a mark next to the first one ("”" after ",")
        if text[:1].isupper() or view.lowers[index] in _TITLE_FUNCTION_WORDS:
            words += 1
        elif text not in (",", "?", "!", "."):
            return False
    return False


def _quoted_title(view: SentenceView, quote: int) -> bool:
    """Whether a quotation mark belongs to a title in an apposition.

    A title a participle introduces ("The ad, titled “Unifier?”, concludes"), or a short
    quotation of capitalised words ("Joe Scarborough, host of MSNBC's “Morning Joe,”").
    """
    if view.tokens[quote].text in _QUOTES and (
        _title_between(view, range(quote - 1, max(-1, quote - 8), -1))
        or _title_between(view, range(quote + 1, min(view.size, quote + 8)))
    ):
        return True
    for index in range(quote - 1, max(-1, quote - 10), -1):
        word = view.lowers[index]
        if word in _TITLING or (word in _NAMING and view.tokens[index + 1].text in _QUOTES):
            return True
        if word == ",":
            return False
    return False


def _relative_clause_head(view: SentenceView, comma: int) -> tuple[int, int] | None:
    """The name before a relative clause that ends at ``comma``, commas inside it and all.

    "Sandy Phillips, who lost her daughter in Aurora, Colorado, in July 2012, said": the
    speaker is the name before ", who", not "Colorado".
    """
    for back in range(comma - 2, max(0, comma - 40), -1):
        text = view.tokens[back].text
        if text in (";", ":") or text in _QUOTES or view.inside_quote[back]:
            return None
        if view.lowers[back] in ("who", "whose") and view.tokens[back - 1].text == ",":
            if back == comma - 1 or not any(
                view.tokens[i].text == "," for i in range(back + 1, comma)
            ):
                return None  # no comma inside: the apposition code reads it
            last = back - 2
            if last > 1 and view.tokens[last].text.isdigit() and view.tokens[last - 1].text == ",":
                last -= 2  # an age set off before the clause: "Jacob Shiansky, 24, who ..."
            head = _np_left(view, last, limit=8)
            if head is None or head[1] != last + 1 or not all(
                view.is_capital(i) for i in range(*head) if view.is_word(i)
            ):
                return None
            return head
    return None


def _abbreviation_end(view: SentenceView, index: int) -> bool:
    """Whether token ``index`` is the final stop of an abbreviation ("U.S.", "D.C.")."""
    if index <= 0 or view.tokens[index].text != ".":
        return False
    before = view.tokens[index - 1]
    return before.end == view.tokens[index].start and (
        "." in before.text or view.lowers[index - 1] in _NAME_END_ABBREVIATIONS
    )


_NAME_END_ABBREVIATIONS = frozenset({"jr", "sr", "inc", "co", "corp", "ltd", "bros", "esq"})
"""Abbreviations that end a name before its verb: "Joseph R. Biden Jr. said", "Apple Inc. said"."""
