"""Where a reporting verb's content ends: at a relative clause's close, before a recipient.

Two bounds the verb drafts (:mod:`claimkit.extract.verb_drafts`) put on a content read to the
right of its cue:

* a relative clause set off by commas ("The report, which concluded that she violated agency
  rules, was leaked") ends at the comma before the main clause's predicate, so that its
  content is "she violated agency rules", not "..., was leaked";
* a named recipient alone after "said" or "confirmed" at the end of an inverted attribution
  ("..., sources have confirmed to Global News") is no content: what was confirmed is the
  clause before.
"""

from __future__ import annotations

from claimkit.extract.segment import words as _words
from claimkit.extract.sentence_view import _QUOTES, SentenceView

__all__ = ["closed_relative", "recipient_only"]

_RELATIVE_OPENERS = frozenset({"which", "who"})
"""Relative pronouns that open a clause set off by commas, whose content ends at one."""
_MAIN_VERBS = frozenset(_words(
    "is was are were has have had will would can could should may might must did does do "
    "isn't wasn't aren't weren't hasn't haven't hadn't won't wouldn't can't couldn't didn't "
    "doesn't don't"
))
"""Words that open a main clause's predicate after a relative clause's closing comma."""
_RECIPIENT_WORDS = 5
"""How many tokens a recipient alone may take ("to the Associated Press")."""
_TOLD_TO = frozenset({"say", "confirm"})
"""Verbs whose "to" names who was told ("confirmed to Global News"); not "responded to
Trump's rant", whose "to" names what is answered."""


def recipient_only(view: SentenceView, content: tuple[int, int], lemma: str) -> bool:
    """Whether a content is only the named recipient of a verb of telling ("to Reuters").

    Not one that goes on to what was said ("complained to CBS News' Charlie Rose that ...",
    'wrote to Roffman: "..."'), nor the object of a verb of answering ("responded to
    Trump's rant").

    Args:
        view: The sentence.
        content: The content's token range, read to the right of the cue.
        lemma: The cue's lemma.
    """
    first, last = content
    return (
        lemma in _TOLD_TO and view.lowers[first] == "to" and first + 1 < last
        and view.is_capital(first + 1) and last - first <= _RECIPIENT_WORDS
        and not any(view.lowers[i] in ("that", ":") or view.tokens[i].text in _QUOTES
                    for i in range(first, last))
    )


def closed_relative(
    view: SentenceView, source: tuple[int, int] | None, content: tuple[int, int] | None
) -> tuple[int, int] | None:
    """A relative clause's content, ended at the comma before the main clause's predicate.

    "The report, which concluded that she violated agency rules, was leaked": the content
    ends before ", was leaked"; "Zuckerberg, who announced plans ..., returned": before a
    past verb. A comma inside the clause's own content stays ("has insulted women, Mexicans
    and Muslims", 'declared in the spin room, "I'm sending ..."'). A content whose source is
    no "which" or "who" after a comma is returned as it is.

    Args:
        view: The sentence.
        source: The token range of the cue's source, if any.
        content: The content's token range, if any.
    """
    if content is None or source is None or source[1] - source[0] != 1 or source[0] < 1 or (
        view.lowers[source[0]] not in _RELATIVE_OPENERS or view.tokens[source[0] - 1].text != ","
    ):
        return content
    for index in range(content[0] + 1, content[1] - 1):
        if view.tokens[index].text != ",":
            continue
        following = index + 1
        if view.lowers[following].endswith("ly") and following + 1 < content[1]:
            following += 1  # ", also has", ", quietly returned"
        word = view.lowers[following]
        if word in _MAIN_VERBS or (
            word.endswith("ed") and len(word) > 4 and view.is_word(following)
            and not view.tokens[following].text[:1].isupper()
        ):
            return (content[0], index)
    return content
