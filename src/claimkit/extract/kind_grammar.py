"""Word classes and small readers shared by the kind stage's denial and allegation rules.

Negations, auxiliaries, copulas and the openers of a content; where a content's subject
starts; whether a negation governs a word; which words stand in a neutral phrase ("struck a
deal"). :mod:`claimkit.extract.denial_content` and :mod:`claimkit.extract.allegation_content`
read content with them.
"""

from __future__ import annotations

from collections.abc import Sequence

from claimkit.extract.cue_grammar import ADDITIVE as _ADDITIVE
from claimkit.extract.cue_grammar import FINITE_BE
from claimkit.extract.kind_lexicon import KindLexicon
from claimkit.extract.segment import words as _words
from claimkit.model import ClaimKind

_NEGATIONS = frozenset({"not", "never", "no", "neither", "nor", "cannot", "nothing"})

_AUX = frozenset(
    _words("do does did have has had be been being is are was were am ever even at all so "
           "really actually also yet still")
)

_PASSIVE = frozenset({"was", "were", "been", "being", "be", "is", "are", "got", "get"})

_THIRD_PERSON = frozenset({"he", "she", "they", "he's", "she's", "they're"})

MODALS = frozenset(_words("can cannot can't could couldn't will won't would wouldn't may might "
                         "must should shouldn't shall"))
"""Modal verbs: what they govern is possible, wished or to come, not asserted as done."""
_SELF_PRONOUNS = frozenset({"he", "she", "it", "they", "he'd", "she'd", "it'd", "they'd"})
"""A content opening with one of these mostly speaks of the claimant itself."""

_PAST_NEGATORS = frozenset(
    _words("did didn't had hadn't has hasn't have haven't was wasn't were weren't is isn't "
           "are aren't never")
)

_COPULAS = frozenset({"is", "was", "'s", "would", "will", "has", "had", "sounds", "seems"})

CHARGE_NOUNS = frozenset(_words("""
    lawsuit lawsuits charge charges allegation allegations accusation accusations claims
    complaint complaints indictment indictments
"""))
"""Nouns that name a charge: in a content they refer to one, they do not make it."""
RUMOUR_NOUNS = frozenset(
    _words("rumour rumours rumor rumors insinuation insinuations smear smears")
)
"""Nouns for a charge passed on or hinted at, which a denial may answer as it does a charge."""

_BE = FINITE_BE

_CONDITIONALS = frozenset(
    {"if", "unless", "whether", "suppose", "supposing", "why", "how", "what", "when", "where",
     "who", "whom", "which"}
)
"""Words that open a condition or an embedded question ("explain why it had ignored")."""

_TEMPORAL = frozenset({"when", "whenever", "after", "before", "once", "while"})
"""Words that open a leading time clause ("When I look at her, ...")."""

_OPENERS = frozenset({"that", "\u201c", '"', "'", "\u2018", ",", ":", "and", "but", "--",
                      "\u2014"})

_DETERMINERS = frozenset(
    _words("the a an this that these those his her its their our my your any some all")
)

def _is_negation(word: str) -> bool:
    return word in _NEGATIONS or word.endswith("n't")

_Found = tuple[ClaimKind, str, list[tuple[int, int]]]

_CESSATION = frozenset({"stopped", "stop", "stops", "stopping", "ceased", "cease", "ended",
                        "halted", "quit", "quitting", "abandoned"})
"""Verbs of ceasing: a negation of them says the wrong after them goes on."""


def _governed(words: Sequence[str], index: int, reach: int = 3) -> int | None:
    """Index of a negation among the ``reach`` words before ``index`` in its clause.

    An infinitive's "to" after a verb of will or command reaches further back, to that
    verb: "never directed staff to destroy records" negates the destroying.

    "not just", "not only" and "not merely" add rather than negate: "you aren't just a loser,
    you are a liar" denies nothing.
    """
    back = index - 1
    stop = index - reach - 1
    while back > max(-1, stop):
        word = words[back]
        if word in (",", ";", "but", "and", "that", "which", "who") or word in _CESSATION:
            return None  # "had not stopped shelling civilians": the wrong goes on
        if _is_negation(word):
            if back + 1 < len(words) and words[back + 1] in _ADDITIVE:
                return None
            return back
        if word == "to" and back == index - 1 and not _VOLITION.isdisjoint(
            words[max(0, back - 3) : back]
        ):
            stop -= 3  # "never directed staff to destroy records", "doesn't want to kill":
            # the infinitive of a verb of will or command is inside the negation's scope
        if word in _LIGHT:
            stop -= 1  # "did not carry out any air strike": light words take no reach
        back -= 1
    return None


_LIGHT = frozenset({"any", "out"})
"""Words that do not take a negation's reach ("did not carry out any air strike")."""
_VOLITION = frozenset({
    "want", "wants", "wanted", "intend", "intends", "intended", "desire", "plan", "plans",
    "planned", "try", "tried", "attempt", "attempted", "seek", "sought", "mean", "meant",
    "order", "ordered", "direct", "directed", "tell", "told", "ask", "asked", "instruct",
    "instructed", "allow", "allowed", "authorize", "authorized", "authorise", "authorised",
    "encourage", "encouraged", "urge", "urged", "set", "aim", "aimed", "bid",
})
"""Verbs of will and command whose infinitive a negation before them reaches."""

def _subject_start(words: Sequence[str]) -> int:
    """Skip what opens a content before its subject: "that", quotation marks, commas."""
    index = 0
    while index < len(words) and words[index] in _OPENERS:
        if words[index] == "that" and index + 1 < len(words) and words[index + 1] in _COPULAS:
            break  # "that is rumors": a demonstrative, the subject itself
        index += 1
    return index

_WHAT_COPULAS = frozenset(("is", "was", "were", "are", "been", "be"))
"""Verbs that make a clause opened by "what" a subject ("what they did may have been ..."),
not a question."""


_TAGS = frozenset({"right", "no", "correct", "true", "okay", "ok", "eh"})
"""One-word tags that make a statement a question in form only ("..., right?")."""


def _asserts_nothing(words: Sequence[str]) -> bool:
    """A question or a conditional: the content asserts nothing."""
    start = _subject_start(words)
    if start < len(words) and words[start] in _CONDITIONALS:
        # "What I do have a problem with is being lied about" is a statement, not a question
        return not (words[start] == "what" and words[-1] != "?" and any(
            w in _WHAT_COPULAS for w in words[start + 3 :]
        ))
    if len(words) >= 4 and words[-1] == "?" and words[-3].endswith("n't") and (
        words[-2] in ("it", "he", "she", "they", "we", "you", "there", "that")
        and words[-4] == ","
    ):
        return False  # a tag question asserts: "That's like a bribe, isn't it?"
    if len(words) >= 3 and words[-1] == "?" and words[-3] == "," and words[-2] in _TAGS:
        return False  # "She's a liar when you think, right?"
    # a question closing a quotation of several sentences leaves the earlier ones asserted
    return bool(words) and words[-1] == "?" and not any(w in (".", "!") for w in words[start:-1])

def _neutral_tokens(words: Sequence[str], lex: KindLexicon) -> set[int]:
    """Indices of words inside a phrase that uses a wrongdoing word neutrally ("struck a deal")."""
    found: set[int] = set()
    if lex.neutral.starts.isdisjoint(words):
        return found
    for start, end, _ in lex.neutral.find((), words):
        found.update(range(start, end))
    return found

def _virtue_at(words: Sequence[str], negation: int, lex: KindLexicon) -> bool:
    return lex.negated_virtue.match_at(words, negation) is not None

def _infinitive(words: Sequence[str], index: int) -> bool:
    """Whether the content is an infinitive ("to be holding"), whose subject is the speaker."""
    return (index + 1 < len(words) and words[index] == "to"
            and words[index + 1] not in _DETERMINERS and words[index + 1].isalpha())
