"""Words of wrongdoing that are part of a name, masked before the kind stage reads a content.

A content's words decide its kind (:mod:`claimkit.extract.kinds`), but a word of wrongdoing
that only names someone or something charges no one:

* an epithet the text puts before a person's name as a title: "Young North Korean dictator
  Kim Jong Un's health is just fine" (:func:`epithets_masked`);
* a word inside the capitalised name of an institution or a law: "the Serious Fraud Office
  would investigate", "the National Crime Agency", "the state Bureau of Criminal
  Apprehension", "the Child Abuse Inquiry", "the Foreign Corrupt Practices Act"
  (:func:`institution_words_masked`).

The claim drafts (:mod:`claimkit.extract.claim_drafts`) read a content's kind over the
sentence's lowercase words with these masked out ("_"); other wrongs in the content still
count ("the dictator Assad gassed ...", "the Serious Fraud Office charged him with bribery").
"""

from __future__ import annotations

from collections.abc import Sequence

from claimkit.extract.roles import role_lexicon
from claimkit.extract.segment import words as _words
from claimkit.extract.sentence_view import SentenceView

__all__ = ["epithets_masked", "institution_words_masked"]

_EPITHETS = frozenset(_words("""
    dictator strongman tyrant despot autocrat warlord fugitive disgraced jailed convicted
    ousted indicted fraudster
"""))
"""Words of wrongdoing that news puts before a name as its title ("dictator Kim Jong Un")."""

_NAME_ENDS = frozenset(_words("inquiry act squad taskforce"))
"""Capitalised endings of an inquiry's, a law's or a unit's name besides the organisation
heads of ``roles.json`` ("Child Abuse Inquiry", "Modern Slavery Act", "Fraud Squad")."""
_NAME_LINKS = frozenset(_words("of for on against and"))
"""Lowercase words inside an institution's name ("Bureau of Criminal Apprehension")."""
_LABELLING = frozenset(_words("a an as"))
"""Words before capitalised words that make them a category a party is put in, no name."""
_MINOR = frozenset(_words("a an the of to in on at for and or but by with from as vs"))
"""Words a title-case headline leaves in lowercase."""


def epithets_masked(view: SentenceView, content: tuple[int, int]) -> Sequence[str]:
    """The sentence's lowercase words with the epithets before a name masked out.

    "Young North Korean dictator Kim Jong Un's health is just fine": a word of wrongdoing
    right before a name is a title the text gives the person, not a charge the speaker
    makes (other wrongs in the content still count: "the dictator Assad gassed ...").
    """
    masked: list[str] | None = None
    last = min(content[1], view.size) - 1
    if _EPITHETS.isdisjoint(view.lowers[content[0] + 1 : last]):
        return view.lowers  # no epithet in the content (most): the loop would mask nothing
    for index in range(content[0] + 1, last):
        word = view.lowers[index]
        if word not in _EPITHETS or view.is_capital(index) or not view.is_capital(index + 1):
            continue
        if masked is None:
            masked = list(view.lowers)
        masked[index] = "_"
    return masked if masked is not None else view.lowers


def institution_words_masked(view: SentenceView, content: tuple[int, int],
                             lowers: Sequence[str]) -> Sequence[str]:
    """``lowers`` with the words of an institution's or a law's capitalised name masked out.

    "The mayor said the Serious Fraud Office would investigate": "Serious Fraud" only names
    the office, whose head ("Office", "Agency", "Bureau", "Inquiry", "Act") stays. The name
    is the capitalised words before such a head ("the National Crime Agency") or after it
    and "of" ("the Bureau of Criminal Apprehension"), never the sentence's first word, nor
    a category after "a" or "as" ("designated Hamas a Foreign Terrorist Organization"). A
    headline in title case ("Clinton Aide Accused Of Fraud Over Foundation Deal") has no
    such names to tell from its other words, and is left alone.

    Args:
        view: The sentence.
        content: The content's token range.
        lowers: The sentence's lowercase words, maybe already masked.
    """
    end = min(content[1], view.size)
    heads = role_lexicon().org_heads
    inside = view.lowers[content[0] : end]
    if _NAME_ENDS.isdisjoint(inside) and heads.keys().isdisjoint(inside):
        return lowers  # no head in the content (most): the loop below would mask nothing
    if not any(view.tokens[i].text[:1].islower() and view.lowers[i] not in _MINOR
               for i in range(view.size)):
        return lowers  # a title-case headline
    masked: list[str] | None = None
    for index in range(content[0], end):
        word = view.lowers[index]
        if (word not in heads and word not in _NAME_ENDS) or not view.is_capital(index):
            continue  # the look-ups first: most words are no head
        name: list[int] = []
        back = index - 1
        while back > max(0, content[0] - 1) and view.is_capital(back) and (
            view.lowers[back].isalpha() or "-" in view.lowers[back]
        ):
            name.append(back)
            back -= 1
        if name and view.lowers[name[-1] - 1] in _LABELLING:
            continue  # "Hamas is a Foreign Terrorist Organization": a label, not a name
        ahead = index + 1
        if ahead + 1 < end and view.lowers[ahead] in _NAME_LINKS and view.is_capital(ahead + 1):
            ahead += 1
            while ahead < end and (view.is_capital(ahead) or (
                view.lowers[ahead] in _NAME_LINKS and ahead + 1 < end
                and view.is_capital(ahead + 1)
            )):
                name.append(ahead)
                ahead += 1
        for at in name:
            if not any(view.kinds.wrongdoing.find((), [view.lowers[at]])):
                continue  # only its words of wrongdoing: "Fox News" stays as it is
            if masked is None:
                masked = list(lowers)
            masked[at] = "_"
    return masked if masked is not None else lowers
