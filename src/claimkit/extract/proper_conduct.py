"""Denial content composed from a proper manner, state or standard, not a fixed phrase.

The ``propriety`` phrases of ``kinds.json`` ("acted properly", "followed the rules") list
whole expressions; news says the same in open combinations: a verb of conduct done in a
proper manner ("the waste had been disposed of legally", "applied the laws of the game
correctly") or conformity to a standard ("prepared in line with accounting standards", "met
all health and safety standards"), which :func:`proper_conduct` finds for
:mod:`claimkit.extract.denial_content`; and a proper state after a copula ("the donations
were fully declared and lawful"), which :func:`proper_state` finds for
:mod:`claimkit.extract.kinds` when the content charges no one.

None counts under a negation ("was not lawful"), a modal or an infinitive ("would be
legal", "urged officers to act lawfully"), a condition or question ("if the payments were
lawful"), or when the state only opens an extraposed clause ("it is legal to ...").
"""

from __future__ import annotations

from collections.abc import Sequence

from claimkit.extract.kind_grammar import MODALS, _governed
from claimkit.extract.kind_lexicon import KindLexicon

__all__ = ["COPULAS", "asserted_at", "proper_conduct", "proper_state"]

COPULAS = frozenset({"is", "am", "are", "was", "were", "be", "been", "being", "remain",
                     "remains", "remained"})
"""Copulas that may give a party a state ("were lawful", "he was an innocent victim")."""
_CLAUSE_BREAKS = frozenset({",", ";", ":", ".", "that", "but", "because", "while", "which"})
_PARTIAL = frozenset({"only", "few", "some", "half", "partly", "initially"})
"""Words that make proper conduct partial, conceding the rest ("only half of the waste")."""
_EXTRAPOSED = frozenset({"to", "for", "that"})
"""Words after a state that make it open a clause of its own ("it is legal to carry")."""
_UNASSERTED = frozenset({"if", "whether", "unless", "to", "once", "when", "until", "?"})
_BETWEEN = frozenset({"and", "both", "all", "always", "still", "entirely", "perfectly", "now"})
"""Words that may stand between a copula and a state ("were fully declared and lawful")."""
_FAILING = ("fail", "refus", "neglect")
"""Stems of verbs that negate the act after them ("failed to act appropriately")."""
_SCOPES = frozenset({"authority", "mandate", "remit", "powers", "jurisdiction"})
"""What a party may act within, as within a law ("was acting within her authority"); not
after "according to" ("spent according to the authority" names a source)."""
_REACH = 6
"""How many words before a manner its verb of conduct may stand."""


def proper_conduct(words: Sequence[str], lex: KindLexicon) -> tuple[int, int] | None:
    """Where a content says a party's conduct was proper: (first word, end), if it does.

    Args:
        words: The content's lowercase words.
        lex: The kind lexicons (``propriety`` word lists).

    Returns:
        The span of the words that make the content a denial, or None.

    Example:
        >>> from claimkit.extract.kind_lexicon import kind_lexicon
        >>> words = "the waste had been disposed of legally".split()
        >>> proper_conduct(words, kind_lexicon())
        (4, 7)
        >>> proper_conduct("officers should act lawfully".split(), kind_lexicon()) is None
        True
    """
    found = _proper_conduct(words, lex)
    return None if found is None or _wrong_after(words, found[1], lex) else found


def _wrong_after(words: Sequence[str], end: int, lex: KindLexicon) -> bool:
    """Whether a wrong follows proper conduct in the content, which it then concedes.

    "made legally in Switzerland but were bribes under US law", "carried out according to a
    law that violates international standards": the charge is what the content makes.
    """
    return any(True for _ in lex.wrongdoing.find((), words[end:]))


def _proper_conduct(words: Sequence[str], lex: KindLexicon) -> tuple[int, int] | None:
    for start, end, _ in lex.proper_manners.find((), words):
        verb = _conduct_verb(words, start, lex)
        if verb is not None and asserted_at(words, verb) and asserted_at(words, start) and (
            _governed(words, verb, 3) is None
        ):
            return verb, end
    for start, end, how in lex.conformity.find((), words):
        standard = next((k for k in range(end, min(len(words), end + 5))
                         if words[k] in lex.standards
                         or (words[end - 1] == "within" and words[k] in _SCOPES
                             and words[k + 1 : k + 2] != ["to"])), None)
        if standard is None or any(words[k] in _CLAUSE_BREAKS for k in range(end, standard)):
            continue
        if how == "conformity" and _copula_before(words, start) is None and (
            _conduct_verb(words, start, lex) is None
        ):
            continue  # "the rules according to the party": no conduct said to conform
        if asserted_at(words, start) and _governed(words, start, 3) is None:
            return start, standard + 1
    return None


def proper_state(words: Sequence[str], lex: KindLexicon) -> tuple[int, int] | None:
    """Where a copula gives a proper state ("the donations were fully declared and lawful").

    Weaker than a manner or a standard ("the action was legitimate as self-defence" may
    defend a third party while the content charges another), so the kind stage reads it
    only when the content charges no one.

    Args:
        words: The content's lowercase words.
        lex: The kind lexicons (``propriety`` word lists).

    Returns:
        The span from the copula to the state, or None.
    """
    for start, end, _ in lex.proper_states.find((), words):
        copula = _copula_before(words, start)
        if copula is None or (end < len(words) and words[end] in _EXTRAPOSED):
            continue  # "it is legal to carry", "appropriate for the board to", "... that"
        if asserted_at(words, copula) and _governed(words, start, 3) is None and (
            _governed(words, copula, 3) is None
        ) and not _wrong_after(words, end, lex):
            return copula, end
    return None


def _conduct_verb(words: Sequence[str], manner: int, lex: KindLexicon) -> int | None:
    """The verb of conduct a manner word describes, a few words before it in its clause."""
    for k in range(manner - 1, max(-1, manner - _REACH - 1), -1):
        if words[k] in _CLAUSE_BREAKS:
            return None
        if words[k] in lex.conduct_verbs:
            return k
    return None


def _copula_before(words: Sequence[str], state: int) -> int | None:
    """A copula right before a state word, or with up to three words between.

    "were fully declared and lawful": the words between are plain words, not a break.
    """
    for k in range(state - 1, max(-1, state - 5), -1):
        word = words[k]
        if word in COPULAS:
            return k
        if not (word.endswith(("ly", "ed")) or word in _BETWEEN) or word in _CLAUSE_BREAKS:
            return None  # "is flouting the proper process", "is a legitimate criticism"
    return None


def asserted_at(words: Sequence[str], at: int) -> bool:
    """Whether nothing before ``at`` in its clause makes it wished, supposed or to come.

    A modal ("would be legal"), an infinitive ("to act lawfully"), a condition or a
    question ("if", "whether") between the clause's start and ``at`` do.
    """
    for k in range(at - 1, -1, -1):
        word = words[k]
        if word.startswith(_FAILING):
            return False  # "any bank that fails to meet the requirements"
        if word in _CLAUSE_BREAKS and word != "that":
            return True
        if word in MODALS or word in _UNASSERTED or word in _PARTIAL:
            return False
        if word == "that":
            return True
    return True
