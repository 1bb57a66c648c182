"""The negation of a clause's own verb: what a denial of one's own act rests on.

"we have never shipped weapons", "he did not approve any project": a negation right after
the subject that negates the verb, not a wish ("we won't negotiate"), a state ("I've never
seen", "we have not commented"), a description ("he is not Ted Kennedy") or a having ("we
don't have silver bullets"). Part of the kind stage: :mod:`claimkit.extract.denial_content`
reads own-side denials with :func:`negation_after`.
"""

from __future__ import annotations

from collections.abc import Sequence

from claimkit.extract.kind_grammar import _AUX, _is_negation
from claimkit.extract.kind_lexicon import KindLexicon
from claimkit.extract.segment import words as _words

__all__ = ["negation_after"]

_DEGREE = frozenset(_words("very so too quite particularly exactly entirely terribly that "
                           "publicly officially formally explicitly directly personally ever"))
"""Words between a negation and its verb that leave the verb what is negated ("has not
publicly commented")."""
_HAVE = frozenset(_words("have has had having"))
_DEALINGS = frozenset(
    _words("contact contacts conversation conversations communication communications dealings "
           "discussion discussions talks meeting meetings relationship relationships ties "
           "correspondence exchanges")
)
"""What a party has with another when it acts with it: "we have not had any contact with"
denies an act, unlike "we don't have silver bullets"."""


def _dealt_with(words: Sequence[str], index: int) -> bool:
    """Whether ``words[index:]`` opens with dealings with someone ("any conversations with")."""
    while index < len(words) and words[index] in ("any", "a", "an", "the", "such", "direct",
                                                  "personal", "private", "business", "formal"):
        index += 1
    return index + 1 < len(words) and words[index] in _DEALINGS and words[index + 1] in (
        "with", "between")
_COPULA = frozenset(_words("be been being is are was were am 's 're 'm"))
_STATE_PARTICIPLES = frozenset(
    _words("seen known thought felt heard understood believed meant liked wanted needed saw knew "
           "interested satisfied convinced concerned worried surprised pleased happy sure "
           "afraid disappointed bothered prepared ready comfortable tempted "
           "comment commented respond responded confirm confirmed discuss discussed disclose "
           "disclosed speak spoken spoke read watched viewed")
)
"""Verbs of a state, of reading or of not speaking: negated, they deny no act ("I've never
seen", "he had not read the story", "we
have not commented on the investigation")."""
_GIVEN = frozenset(_words("paid shown"))
"""Participles of being given: passive and negated, they complain, they deny no act (not
"told" or "given": "I was never told about the payments", "I was never given any reason
to believe" deny knowledge)."""
_PARTICIPLE_ENDS = ("ed", "en", "wn", "ne", "de", "ght", "id", "ld", "nt", "ut", "ung", "un",
                    "ept", "elt", "ost", "ing", "ade", "one", "ot", "it", "et")


def _participle_like(word: str) -> bool:
    """Whether a word may be a participle or a verb form ("made", "taken", "sent", "lying")."""
    return len(word) > 2 and word.endswith(_PARTICIPLE_ENDS)


def negation_after(words: Sequence[str], index: int, lex: KindLexicon) -> int | None:
    """A negation of the clause's verb just after its subject, unless it negates intent.

    Args:
        words: The content's lowercase words.
        index: Where to look from: just past the clause's subject.
        lex: The kind lexicons (what negated intent and undergoing are).

    Returns:
        The index of the negation, or None.
    """
    for probe in range(index, min(len(words), index + 4)):
        word = words[probe]
        if _is_negation(word):
            if word == "no":
                return None  # "we have no idea", "he had no weapon": "no evidence" is listed
            if word in lex.intent or (probe > 0 and words[probe - 1] in lex.intent):
                return None  # "we won't negotiate", "I will not comment"
            follow = probe + 1
            while follow < len(words) and (words[follow] in _AUX or words[follow] in _DEGREE):
                follow += 1
            if follow >= len(words):
                return probe
            after = words[follow]
            if after in lex.intent or after in _STATE_PARTICIPLES or after in lex.undergone:
                return None  # "I don't know", "we did not want", "I've never seen", "we were
                # not told" (a complaint, no act denied)
            chain = words[probe - 1 : follow]
            if after in _GIVEN and not _COPULA.isdisjoint(chain):
                return None  # "they had not been paid appearance fees", "she was never shown
                # the contracts": what a party was not given is a complaint ("we never paid
                # any bribes" still denies)
            if not _participle_like(after) and not _COPULA.isdisjoint(chain) and (
                _HAVE.isdisjoint(chain)
            ):
                return None  # "he is not Ted Kennedy", "we were not very happy": a description
            if not _participle_like(after) and words[follow - 1] in _HAVE and not (
                _dealt_with(words, follow)
            ):
                return None  # "we don't have silver bullets": having, not doing
            return probe
        if word not in _AUX and word not in lex.intent:
            return None
    return None
