"""A negation in answer to a charge denies it: "Asked about the allegations, X said ...".

"Asked about Cruz's charges, Rubio said that the reforms did not amount to amnesty", "In
response to the reports, the ministry said no such meeting had taken place": a sentence
that opens with the charge its speaker answers, then a negation of the speaker's own side
or of a thing ("the reforms"), rejects the charge. Not another party's omission ("the
defendant had not cooperated"), a plan ("would not resign") or a non-answer ("cannot
comment", "it was not yet clear"). Part of the kind stage: the claim drafts
(:mod:`claimkit.extract.claim_drafts`) ask :func:`answers_charge`.
"""

from __future__ import annotations

from claimkit.extract.kind_grammar import _NEGATIONS, CHARGE_NOUNS, RUMOUR_NOUNS
from claimkit.extract.roles import names_no_person, names_people, role_lexicon
from claimkit.extract.segment import words as _words
from claimkit.extract.sentence_view import SentenceView

__all__ = ["INDIRECT_SELF", "answers_charge"]

INDIRECT_SELF = frozenset({"he", "she", "they", "it", "we", "i"})
"""Subject pronouns that, right after a verb of saying, usually stand for the speaker."""

_ANSWERING_OPENERS = (
    ("asked", "about"), ("questioned", "about"), ("pressed", "about"), ("pressed", "on"),
    ("asked", "to", "respond", "to"), ("asked", "to", "comment", "on"), ("responding", "to"),
    ("in", "response", "to"), ("reacting", "to"), ("replying", "to"), ("in", "reply", "to"),
)
"""How a sentence opens with the question or charge its speaker answers ("Asked about ...,")."""
_ANSWERED_NOUNS = CHARGE_NOUNS | RUMOUR_NOUNS | frozenset(_words(
    "claim criticism report reports suggestion suggestions speculation assertion assertions"
))
"""Heads of what such an opening answers when it is a charge ("the allegations", "reports")."""
_NOT_ANSWERS = frozenset(_words(
    "will would could might may should shall can cannot can't must won't wouldn't couldn't"
))
"""Modal words that make a negated answer a plan, a guess or a refusal ("said he would not
resign", "said he cannot comment")."""
_NO_COMMENT = frozenset(_words(
    "comment comments commenting discuss speculate clear known decision position yet"
))
"""Words of a negated answer that says nothing: "no comment", "it was not yet clear", "no
decision had been taken", "not in a position to"."""


def answers_charge(view: SentenceView, source: tuple[int, int], content: tuple[int, int]
                   ) -> bool:
    """Whether a speaker negates something in answer to a charge its sentence opens with.

    The opening names the charge ("Asked about the allegations,", "In response to the
    reports,") before the first comma; the draft's speaker follows it; its content opens with
    the speaker's side (a pronoun, "we", or "no ...": not "the defendant had not
    cooperated"), is negated and is no plan ("would not resign") or non-answer ("cannot
    comment", "it was not yet clear").

    Args:
        view: The sentence.
        source: The speaker's characters.
        content: The content's token range.
    """
    lowers = view.lowers
    if "," not in lowers[:14]:
        return False
    comma = lowers.index(",")
    start = 1 if lowers[0] == "when" else 0
    if source[0] <= comma or _ANSWERED_NOUNS.isdisjoint(lowers[start:comma]) or not any(
        tuple(lowers[start : start + len(opener)]) == opener for opener in _ANSWERING_OPENERS
    ):
        return False
    first = (content[0] + (1 if view.lowers[content[0]] == "that" else 0))
    said = lowers[first : content[1]]
    if not said or not (said[0] in INDIRECT_SELF or said[0] in view.kinds.own_side
                        or said[0] in ("no", "nobody", "none", "nothing", "neither")
                        or _a_thing(view, first)):
        return False  # "the prosecutor said the defendant had not cooperated": another party
    return _NOT_ANSWERS.isdisjoint(said) and _NO_COMMENT.isdisjoint(said) and any(
        word in _NEGATIONS or word.endswith("n't") for word in said
    )


def _a_thing(view: SentenceView, first: int) -> bool:
    """Whether a content opens with a thing, not a party: "the reforms", not "the defendant"."""
    if view.lowers[first] not in ("the", "these", "those", "this", "that", "its", "their"):
        return False
    for index in range(first + 1, min(view.size, first + 4)):
        word = view.lowers[index]
        if not word.isalpha():
            return False
        if view.is_capital(index) or names_people(word) or names_no_person(word) or (
            (word,) in role_lexicon().person_heads
        ):
            return False  # "the defendant", "the government", "the Army"
        if index + 1 < view.size and not view.lowers[index + 1].isalpha():
            break
    return True


