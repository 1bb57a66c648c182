"""What an accuser says another party did: an allegation even in plain words.

Prosecutors, plaintiffs, a lawsuit, a complaint, an indictment or an attack ad speak to
accuse: what such a speaker says another party did is the charge, whatever its words
("Prosecutors say Vance took cash payments from a developer in a parking garage"; "The
lawsuit says Dunn personally ordered her dismissal"; "The ad says Sanders voted to raise
taxes on farmers 14 times"). The kind stage (:mod:`claimkit.extract.kinds`) finds a wrong
only by its words; this rule, read when the content named no kind, finds it by the
speaker: an accuser (the ``accusers`` entry of ``data/kinds.json``), a content whose
subject is another party (a name, a person or a body, not a victim, a witness, a bystander
or an officer doing the job, not the speaker itself), and a past deed as its verb (not a
copula, a modal, a passive or a verb of neutral circumstance: "Prosecutors said the victim
was 34", "Prosecutors said the trial would start in May", "Prosecutors said they would seek
a retrial", "Prosecutors said Smith lived in Ohio" stay statements). A deed of background
or good conduct ("opened a bakery", "rescued the crew", "donated his salary"), one done
properly ("paid its taxes in full", "handled the complaint correctly") or an act of office
("signed the largest education budget") charges no one either. The subject is the party
accused: the claim's target ("Vance", not "a developer"). A record shows a charge the same
way when it shows a party was arrested, charged or convicted (:func:`sanction_on_record`).
"""

from __future__ import annotations

from collections.abc import Sequence

from claimkit.extract.cue_grammar import IRREGULAR_PAST
from claimkit.extract.kind_grammar import _BE, _subject_start
from claimkit.extract.kind_lexicon import KindLexicon
from claimkit.extract.kinds import KindDecision
from claimkit.extract.roles import names_people, role_lexicon
from claimkit.extract.segment import Token
from claimkit.extract.segment import words as _words
from claimkit.model import ClaimKind

__all__ = ["accused_conduct", "an_accuser", "sanction_on_record"]

_QUOTES = frozenset({'"', "\u201c", "\u201d", "'", "\u2018"})
_DETERMINERS = frozenset(_words("the a an his her their its this that these those two three "
                                "four five several"))
_PERFECT = frozenset(_words("had has have"))
_ADVERBS = frozenset(_words("also then later again once allegedly repeatedly secretly "
                            "personally knowingly routinely quietly privately improperly"))
_SUBJECT_REACH = 8
"""How many words a content's subject may take ("the state Democratic Party's treasurer")."""


def an_accuser(speaker: str, lex: KindLexicon, *, finding: bool = False) -> bool:
    """Whether the words naming a speaker name an accuser.

    The head noun ("Prosecutors", "The lawsuit", "the criminal complaint", "A new attack ad")
    or a title before a name ("prosecutor Jane Doe", "Prosecuting counsel Kemi Pinheiro").

    With ``finding`` (the cue is "found", "concluded", "ruled"), a body that judges
    conduct accuses as well ("The Commission", "the inquiry").

    Example:
        >>> from claimkit.extract.kind_lexicon import kind_lexicon
        >>> [an_accuser(s, kind_lexicon()) for s in ("Prosecutors", "The charge sheet",
        ...                                         "prosecutor Jane Doe", "the ad agency")]
        [True, True, True, False]
    """
    words = [w.strip(",.;:") for w in speaker.lower().replace("\u2019", "'").split()]
    if not words:
        return False
    if words[-1] in lex.accusers or " ".join(words[-2:]) in lex.accusers or (
        finding and words[-1] in lex.finders
    ):
        return True
    original = speaker.split()
    return any(  # a title just before a name, not "one of the prosecutors for David Petraeus"
        w in lex.accusing_titles and original[n + 1][:1].isupper()
        for n, w in enumerate(words[:-1])
    )


def accused_conduct(
    tokens: Sequence[Token], lowers: Sequence[str], content: tuple[int, int],
    lex: KindLexicon, others: frozenset[str],
) -> KindDecision | None:
    """An accuser's content that says another party did something: an allegation.

    Args:
        tokens: The sentence's tokens.
        lowers: Their lowercase forms.
        content: The content's token range.
        lex: The kind lexicons.
        others: Third-person pronouns that cannot stand for the speaker ("he" and "she"
            when prosecutors speak): such a subject is another party.

    Returns:
        An allegation decided by the rule ``accused-conduct``, with the subject (the accused,
        first) and its verb as the words, or None.

    Example:
        >>> from claimkit.extract.kind_lexicon import kind_lexicon
        >>> from claimkit.extract.segment import lowers, tokenize
        >>> def words(text: str) -> list[str] | None:
        ...     tokens = tokenize(text)
        ...     low = lowers(tokens)
        ...     found = accused_conduct(tokens, low, (0, len(tokens)), kind_lexicon(),
        ...                             frozenset())
        ...     return None if found is None else [" ".join(low[a:b]) for a, b in found.words]
        >>> words("Vance took cash payments from a developer")
        ['vance', 'took']
        >>> [words(t) for t in ("officers found Smith unconscious in his car",
        ...                     "the company paid its taxes in full",
        ...                     "Governor Reyes signed the largest education budget")]
        [None, None, None]
    """
    first, last = content
    while first < last and (lowers[first] in _QUOTES or lowers[first] == "that"):
        first += 1
    start = first + _subject_start(list(lowers[first:last]))
    party = False
    index = start
    while index < min(last, start + _SUBJECT_REACH):
        word, text = lowers[index], tokens[index].text
        if word in lex.accused_exclusions:
            return None  # "the victim", "a witness": not the party charged
        if index == start and word in others:
            party = True  # "Prosecutors say he took bribes"
            index += 1
            break
        if word in _DETERMINERS or word in ("'s", "'"):
            index += 1
            continue
        if text[:1].isupper() and text.replace("-", "").replace(".", "").isalpha() and not (
            index == first and first > content[0]  # a quotation's first word
        ):
            party = True  # "Vance", "the state Democratic Party"
            index += 1
            continue
        if _a_party(word):
            party = True
            index += 1
            continue
        if word.isalpha() and any(_a_party(w) for w in lowers[index + 1 : index + 3]):
            index += 1  # a modifier: "the former governor", "the two men"
            continue
        break
    if not party or index >= last:
        return None
    verb = index
    while verb < last and (lowers[verb] in _ADVERBS or lowers[verb].endswith("ly")):
        verb += 1
    if verb < last and lowers[verb] in _PERFECT:
        verb += 1  # "had covered", "has taken"
        while verb < last and lowers[verb] in _ADVERBS:
            verb += 1
    if verb >= last or not _a_deed(lowers[verb], lex):
        return None
    if _proper(lowers, verb, last, lex):
        return None
    return KindDecision(ClaimKind.ALLEGATION, "accused-conduct", ((start, index), (verb, verb + 1)))


def _proper(lowers: Sequence[str], verb: int, last: int, lex: KindLexicon) -> bool:
    """Whether the words after a deed say it was done properly or as an act of office.

    "paid its taxes in full", "handled the complaint correctly" (not "did not properly
    test the brakes", where the deed would not stand alone anyway); "signed the largest
    education budget in state history" (but "signed the contract" remains a deed).
    """
    if lowers[verb] in lex.official_verbs:
        for word in lowers[verb + 1 : min(last, verb + 7)]:
            if word in lex.official_objects:
                return True
            if not word.replace("-", "").isalpha():
                break
    for index in range(verb + 1, last):
        if lex.proper_manner.match_at(lowers, index) is not None and (
            lowers[index - 1] not in _NEGATIONS
        ):
            return True
    return False


_NEGATIONS = frozenset(_words("not never n't"))


def _a_party(word: str) -> bool:
    """Whether a noun names a party that can act: a person, a group or a body."""
    roles = role_lexicon()
    return (word,) in roles.person_heads or word in roles.org_heads or names_people(word)


def _a_deed(word: str, lex: KindLexicon) -> bool:
    """Whether a verb is a past deed, not a state or a circumstance ("took", not "lived")."""
    if word in lex.neutral_deeds or not word.isalpha():
        return False
    return word in IRREGULAR_PAST or (word.endswith("ed") and len(word) > 4)


_BE_FORMS = _BE | {"been"}
"""Forms of "be" before a participle of sanction ("was arrested", "had been charged")."""


def sanction_on_record(speaker: str, lowers: Sequence[str], content: tuple[int, int],
                       lex: KindLexicon) -> KindDecision | None:
    """A record's content that a party was arrested, charged or convicted: an allegation.

    "A Montreal criminal court database shows a man with the same name was arrested five
    times", "Court records show he was charged with assault in 2010": what a record of
    sanctions shows is a charge, though no wrong is named. The speaker's head is a record
    (``accusers.records`` in ``data/kinds.json``) and a form of "be" stands right before a
    participle of sanction (``accusers.sanctions``); "Records show he was born in Ohio"
    stays a statement.

    Example:
        >>> from claimkit.extract.kind_lexicon import kind_lexicon
        >>> words = "he was arrested five times".split()
        >>> sanction_on_record("Court records", words, (0, 5), kind_lexicon()).rule
        'sanction-on-record'
        >>> sanction_on_record("Police", words, (0, 5), kind_lexicon()) is None
        True
    """
    heads = speaker.lower().replace("\u2019", "'").split()
    if not heads or not (heads[-1].strip(",.;:") in lex.records
                         or " ".join(heads[-2:]) in lex.records):
        return None
    for at in range(content[0] + 1, content[1]):
        if lowers[at] in lex.sanctions and lowers[at - 1] in _BE_FORMS:
            return KindDecision(ClaimKind.ALLEGATION, "sanction-on-record",
                                ((at - 1, at + 1),))
    return None
