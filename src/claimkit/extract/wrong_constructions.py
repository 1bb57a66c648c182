"""Wrongs named by a construction, not a fixed phrase: a law broken, a party silenced, a cause.

The wrongdoing lexicon of ``data/kinds.json`` lists phrases token by token; some wrongs
come with a slot in them that no list can spell out:

* **a body of law or rules broken**, named by its field: "had broken competition law",
  "broke EU antitrust rules", "flouted campaign finance laws" (a breaking verb, up to three
  words of the rule's name, a noun for law or rules, and not a use of it after that:
  "breaks zoning laws into simpler codes", "broke rules of thumb");
* **a party kept from telling**: "barred app developers from informing users", "stopped
  staff from reporting abuse" (a past verb of preventing, its object, then "from" and a
  verb of telling), by someone who can wrong them: not weather, illness, a law or a
  court ("Heavy snow stopped journalists from reporting", "The judge prohibited the
  jurors from discussing the case");
* **harm laid at a cause**: "the deaths were caused by Israeli strikes", "his death is a
  direct result of American intervention" (a noun of harm to people, its verb, then a link
  to the cause), unless a force of nature, a disease or an accident follows ("his death was
  caused by a heart attack"); in the active voice, "Clinton caused death", "the strike caused
  the deaths of 12 civilians" (a past verb of causing, then the harm within a few words),
  unless such a hazard is the subject ("the earthquake caused hundreds of deaths");
* **a good held in common taken away**: "He wants to give away our country", "helped undo all
  the hard fought gains", "the 2nd Amendment will be effectively erased" (a verb of taking
  away or undoing and a good such as rights, an amendment, jobs or the country, with only
  determiners, modifiers or auxiliaries between them), not "abolish the death penalty",
  "take away their guns" or "undo the damage", which take no good from anyone;
* **the threat a party poses**: "the threat Donald Trump represents", "the threat the NRA
  poses to the U.S." (a noun of threat, the party, then a verb of posing), not "the threat
  we pose to our enemies" nor "the threat of terrorism".

:class:`WrongIndex` matches them beside the listed phrases, with the same interface as
:class:`~claimkit.extract.cue_lexicon.PhraseIndex`, so every rule that reads the wrongdoing
lexicon reads them too.

Example:
    >>> index = WrongIndex([("bribes", "crime")], {
    ...     "verbs": ["broke"], "laws": ["law"], "stops": ["into"]}, {})
    >>> index.find((), "orchard broke eu competition law".split())
    [(1, 5, 'crime')]
    >>> index.find((), "the burglars broke into the law firm".split())
    []
    >>> index.find((), "the reform breaks zoning laws into codes".split())
    []
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from typing import Any

from claimkit.extract.cue_lexicon import PhraseIndex
from claimkit.extract.segment import Token
from claimkit.extract.segment import lowers as _lowers

__all__ = ["WrongIndex"]

_NAME_WORDS = 3
"""How many words may name a broken rule's field ("EU competition", "campaign finance")."""
_OBJECT_WORDS = 5
"""How many words the party kept from telling may take ("app developers", "its staff")."""
_AUXILIARIES = frozenset(("had", "has", "have", "also", "then", "again", "once"))
"""Words between a silencing verb and its subject's head ("the court had barred")."""
_BETWEEN_WORDS = 3
"""How many words may stand between harm and the link to its cause ("had all been")."""
_HARM_WORDS = 4
"""How many words may stand between a verb of causing and the harm ("caused the deaths of")."""
_GOOD_WORDS = 4
"""How many words may stand between a verb of taking away and the good ("away all our")."""
_PARTY_WORDS = 7
"""How many tokens may name the party that poses a threat ("the National Rifle Association
(NRA)")."""
_PASSIVE_AUXILIARIES = frozenset(("is", "was", "are", "were", "being", "been", "be"))
"""Words after a threat noun that open a passive ("the threat that is posed by")."""
_BRIDGES = frozenset((
    "to", "who", "that", "which", "also", "just", "will", "would", "can", "could", "should",
    "must", "might", "may", "want", "wants", "wanted", "help", "helps", "helped", "try",
    "tries", "tried", "trying", "plan", "plans", "planned", "is", "are", "was", "were",
    "going", "has", "have", "had", "seeks", "sought",
))
"""Words between a verb of taking away and its doer ("Hillary wants to abolish", "Obama
and Clinton who helped undo")."""
_DOER_PRONOUNS = frozenset(("he", "she", "they"))
"""Pronouns that may name the doer of a taking away ("he wants to give away our country")."""
_PREPOSITIONS = frozenset(("in", "of", "at", "on", "from", "for", "with", "by", "after",
                           "before", "under", "across", "inside", "outside"))
"""Prepositions before a name that make it a place or a modifier, not the doer ("in Iraq,
Obama helped undo", "Republicans in Congress tried to dismantle")."""
_DOER_WORDS = 8
"""How many words the doer of a taking away may take ("Barack Obama and Hillary Clinton")."""
_CAUSE_OPENERS = frozenset(("a", "an", "the", "his", "her", "its", "their", "this", "that"))
"""Determiners before the cause, skipped to read the cause itself ("a heart attack")."""


class WrongIndex(PhraseIndex):
    """The wrongdoing phrases, with broken rules and silenced parties matched as well.

    Args:
        entries: (phrase, category) pairs, as for a :class:`PhraseIndex`.
        broken_rules: The ``broken_rules`` entry of ``data/kinds.json``: ``verbs`` of
            breaking, ``laws`` (nouns for law or rules), ``stops`` (words that end the
            rule's name: "broke into", "broken down") and ``after`` (words after the law
            noun that make it no breach: "laws into simpler codes", "rules of thumb").
        silencing: The ``silencing`` entry: past ``verbs`` of preventing, the ``telling``
            verbs after "from" and ``non_agents``, subjects that silence no one wrongly
            (forces of nature, illness, a law, a court).
        caused: The ``caused_harm`` entry: nouns of ``harms`` to people, the words
            ``between`` a harm and its cause ("were", "had all been"), the ``links`` to
            the cause ("caused by", "a direct result of") and the past ``verbs`` that lay
            harm at their subject ("caused").
        natural: Forces of nature, diseases and accidents (``natural_causes``), which no
            one answers for.
        taking: The ``dispossession`` entry: ``verbs`` of taking away or undoing, their
            passive ``participles``, the ``goods`` held in common they take and the words
            allowed ``between`` the two ("our", "all the hard fought", "will be").
        posed: The ``posed_threat`` entry: ``nouns`` of threat, the ``verbs`` of posing
            after the party and the speaker's ``own`` words, which pose no charge.
    """

    def __init__(self, entries: Iterable[tuple[str, Any]], broken_rules: Mapping[str, Any],
                 silencing: Mapping[str, Any], caused: Mapping[str, Any] | None = None,
                 natural: PhraseIndex | None = None,
                 taking: Mapping[str, Any] | None = None,
                 posed: Mapping[str, Any] | None = None) -> None:
        super().__init__(entries)
        caused = caused or {}
        self._harms = frozenset(caused.get("harms", ()))
        self._links = PhraseIndex((link, True) for link in caused.get("links", ()))
        self._between = frozenset(caused.get("between", ()))
        self._causing = frozenset(caused.get("verbs", ()))
        self._caused = str(caused.get("category", "harm"))
        self._natural = natural
        self._breaking = frozenset(broken_rules.get("verbs", ()))
        self._laws = frozenset(broken_rules.get("laws", ()))
        self._stops = frozenset(broken_rules.get("stops", ()))
        self._after = tuple(tuple(a.split()) for a in broken_rules.get("after", ()))
        self._category = str(broken_rules.get("category", "crime"))
        self._preventing = frozenset(silencing.get("verbs", ()))
        self._telling = frozenset(silencing.get("telling", ()))
        self._silencing = str(silencing.get("category", "harm"))
        self._non_agents = frozenset(silencing.get("non_agents", ()))
        taking = taking or {}
        self._taking = PhraseIndex((verb, True) for verb in taking.get("verbs", ()))
        self._taken = PhraseIndex((verb, True) for verb in taking.get("participles", ()))
        self._goods = frozenset(taking.get("goods", ()))
        self._fillers = frozenset(taking.get("between", ()))
        self._dispossession = str(taking.get("category", "harm"))
        self._things = frozenset(taking.get("things", ()))
        posed = posed or {}
        self._threats = frozenset(posed.get("nouns", ()))
        self._posing = frozenset(posed.get("verbs", ()))
        self._own = frozenset(posed.get("own", ()))
        self._posed = str(posed.get("category", "harm"))
        self.starts = (self.starts | self._breaking | self._preventing | self._harms
                       | self._causing | self._taking.starts | self._goods | self._threats)
        self._last: tuple[list[str], list[tuple[int, int, Any]]] = ([], [])
        """The words :meth:`find` read last and what it found there."""

    def __contains__(self, word: str) -> bool:
        return word in self.starts

    def match_at(self, lowers: Sequence[str], index: int) -> tuple[int, Any] | None:
        """The longest listed phrase at ``index``, else a broken rule or a silencing there."""
        hit = super().match_at(lowers, index)
        if hit is not None:
            return hit
        word = lowers[index]
        if word in self._taking.starts or word in self._goods:
            taken = self._good_taken(lowers, index)
            if taken is not None:
                return taken  # "breaking up our alliances", before a broken rule
        if word in self._threats:
            return self._threat_posed(lowers, index)
        if word in self._breaking:
            # "broken competition law": the rule's name runs up to its noun; "broke into
            # the law firm" and "the law was broken into three parts" stop at "into"
            for end in range(index + 1, min(len(lowers), index + _NAME_WORDS + 2)):
                if lowers[end] in self._laws:
                    if self._used_otherwise(lowers, end + 1):
                        return None  # "breaks zoning laws into simpler codes"
                    return end + 1, self._category
                if lowers[end] in self._stops or not lowers[end].replace("-", "").isalpha():
                    return None
        if word in self._harms:
            return self._laid_at_a_cause(lowers, index)
        if word in self._causing:
            return self._caused_by_subject(lowers, index)
        if word in self._preventing and not self._no_agent(lowers, index):
            # "barred app developers from informing users": the party kept from telling
            for at in range(index + 2, min(len(lowers) - 1, index + _OBJECT_WORDS + 2)):
                if lowers[at] == "from":
                    if lowers[at + 1] in self._telling:
                        return at + 2, self._silencing
                    return None
                if not lowers[at].replace("-", "").replace("'", "").isalpha():
                    return None
        return None

    def doer(self, tokens: Sequence[Token], lowers: Sequence[str], index: int,
             first: int = 0) -> tuple[int, int] | None:
        """The party a construction matched at ``index`` names as the one who does the wrong.

        The party that poses a threat ("the threat *Donald Trump* represents"), or the
        subject of a verb of taking away, its first conjunct when there are several ("It
        was *Barack Obama* and Hillary Clinton who helped undo all the hard fought gains",
        "*Hillary* wants to abolish the Second Amendment"); None for a listed phrase, for
        another construction, or when no party is named ("the 2nd Amendment will be
        erased", "a plan to abolish the Second Amendment").

        Args:
            tokens: The sentence's tokens.
            lowers: Their lowercase forms.
            index: Where a match of :meth:`match_at` starts.
            first: The first token the doer may take (the content's start).

        Returns:
            The doer's token range ``(first, end)``, or None.

        Example:
            >>> from claimkit.extract.segment import lowers, tokenize
            >>> index = WrongIndex([], {}, {}, posed={"nouns": ["threat"], "verbs": ["poses"]},
            ...                    taking={"verbs": ["abolish"], "goods": ["amendment"],
            ...                            "between": ["the", "second"]})
            >>> def doer(text: str, at: int) -> str | None:
            ...     tokens = tokenize(text)
            ...     found = index.doer(tokens, lowers(tokens), at)
            ...     return None if found is None else " ".join(lowers(tokens)[slice(*found)])
            >>> doer("the threat the NRA poses", 1), doer("Hillary wants to abolish the amendment",
            ...                                          3)
            ('the nra', 'hillary')
            >>> doer("a plan to abolish the second amendment", 3)
        """
        if super().match_at(lowers, index) is not None:
            return None  # a listed phrase, which names no doer
        if lowers[index] in self._threats:
            return self._threat_party(lowers, index)
        if self._taking.match_at(lowers, index) is None or self._good_taken(lowers, index) is None:
            return None
        at = _subject_end(lowers, index, first)
        if at < first:
            return None
        if lowers[at] in _DOER_PRONOUNS:
            return at, at + 1  # "he wants to give away our country"
        start = at
        while start >= max(first, at - _DOER_WORDS + 1) and (
            tokens[start].text[:1].isupper() or lowers[start] in ("and", ",")
        ):
            start -= 1
        start += 1
        if start > first and lowers[start - 1] in _PREPOSITIONS:
            # "in Iraq, Obama and Clinton helped undo": the fronted place is no doer, nor
            # "Congress" in "Republicans in Congress tried to dismantle"
            while start <= at and lowers[start] != ",":
                start += 1
        while start <= at and not tokens[start].text[:1].isupper():
            start += 1  # ", and Hillary Clinton": not a conjunction first
        if start > at:
            return None
        end = start
        while end <= at and lowers[end] not in ("and", ","):
            end += 1
        return start, end

    def _threat_party(self, lowers: Sequence[str], noun: int) -> tuple[int, int] | None:
        """The party a threat is posed by, as a token range, if a verb of posing follows."""
        found = self._threat_posed(lowers, noun)
        if found is None:
            return None
        at = noun + 2 if lowers[noun + 1] == "that" else noun + 1
        return at, found[0] - 1

    def _threat_posed(self, lowers: Sequence[str], noun: int) -> tuple[int, Any] | None:
        """A threat, the party and a verb of posing: "the threat Donald Trump represents".

        The party takes one to ``_PARTY_WORDS`` words, after an optional "that"; the
        speaker's side ("the threat we pose"), punctuation on the way and a force of
        nature or a disease as the party ("the threat the virus poses") end it.
        """
        at = noun + 1
        if at < len(lowers) and lowers[at] == "that":
            at += 1
        if at < len(lowers) and lowers[at] in _PASSIVE_AUXILIARIES:
            return None  # "the threat that is posed by the regime": a passive, read as a warning
        for end in range(at + 1, min(len(lowers), at + _PARTY_WORDS + 1)):
            party = [w for w in lowers[at:end] if w not in "()"]
            if not self._own.isdisjoint(party) or not all(
                w.replace("-", "").replace("'", "").replace(".", "").isalnum() for w in party
            ):
                return None
            if lowers[end] in self._posing:
                if self._natural is not None and any(
                    self._natural.match_at(lowers, k) is not None for k in range(at, end)
                ):
                    return None  # "the threat the virus poses": a hazard, no one charged
                return end + 1, self._posed
        return None

    def _good_taken(self, lowers: Sequence[str], index: int) -> tuple[int, Any] | None:
        """A good held in common taken away: "give away our country", "rights taken away".

        The verb, then the good after only ``between`` words ("undo all the hard fought
        gains"); or the good, such words and the participle ("the 2nd Amendment will be
        effectively erased"). "abolish the tax on jobs" has a preposition on the way.
        """
        verb = self._taking.match_at(lowers, index)
        if verb is not None:
            if self._done_by_a_thing(lowers, index):
                return None  # "the merger would gut jobs": no party takes anything
            for at in range(verb[0], min(len(lowers), verb[0] + _GOOD_WORDS + 1)):
                if lowers[at] in self._goods:
                    return at + 1, self._dispossession
                if lowers[at] not in self._fillers:
                    return None
            return None
        at = index + 1
        while at < len(lowers) and at <= index + _GOOD_WORDS and lowers[at] in self._fillers:
            at += 1
        taken = self._taken.match_at(lowers, at) if at < len(lowers) else None
        return None if taken is None else (taken[0], self._dispossession)

    def _done_by_a_thing(self, lowers: Sequence[str], verb: int) -> bool:
        """Whether the subject of a verb of taking away is a measure, an event or a force.

        "the merger would gut jobs", "the reform would strip away protections", "the storm
        wiped out their savings": the head noun right before the verb (past the words
        ``_BRIDGES`` allows) is a ``things`` word of the dispossession entry, a non-agent
        of the silencing entry or a natural cause; "Hillary wants to abolish" is not.
        """
        at = _subject_end(lowers, verb, 0)
        if at < 0:
            return False
        word = lowers[at]
        return word in self._things or word in self._non_agents or (
            self._natural is not None and self._natural.match_at(lowers, at) is not None)

    def _laid_at_a_cause(self, lowers: Sequence[str], harm: int) -> tuple[int, Any] | None:
        """Harm, its verb and a link to a cause: "the deaths were caused by Israeli strikes".

        Not when a force of nature, a disease or an accident follows the link ("his death
        was caused by a heart attack"), nor without a verb ("deaths caused by the storm" is
        read by the natural-cause rule of the kind stage).
        """
        at = harm + 1
        while at < len(lowers) and at <= harm + _BETWEEN_WORDS and lowers[at] in self._between:
            at += 1
        if at == harm + 1:
            return None
        link = self._links.match_at(lowers, at) if at < len(lowers) else None
        if link is None:
            return None
        cause = link[0]
        while cause < len(lowers) and lowers[cause] in _CAUSE_OPENERS:
            cause += 1
        if cause >= len(lowers) or not lowers[cause].replace("-", "").isalpha() or (
            self._natural is not None and self._natural.match_at(lowers, cause) is not None
        ):
            return None
        return link[0], self._caused

    def _caused_by_subject(self, lowers: Sequence[str], verb: int) -> tuple[int, Any] | None:
        """A verb of causing and the harm after it: "the strike caused the deaths of 12".

        Not "caused no casualties", nor with a force of nature, a disease or an accident as
        the subject ("the earthquake caused hundreds of deaths", "heavy rain had caused").
        """
        for at in range(verb + 1, min(len(lowers), verb + _HARM_WORDS + 2)):
            word = lowers[at]
            if word in self._harms:
                if self._natural is not None and any(
                    self._natural.match_at(lowers, k) is not None
                    for k in range(max(0, verb - 3), verb)
                ):
                    return None
                return at + 1, self._caused
            if word in ("no", "not") or not word.replace("-", "").isalpha():
                return None
        return None

    def _used_otherwise(self, lowers: Sequence[str], after: int) -> bool:
        """Whether the words after a law noun make its breaking no breach ("into", "of thumb")."""
        return any(tuple(lowers[after : after + len(a)]) == a for a in self._after)

    def _no_agent(self, lowers: Sequence[str], verb: int) -> bool:
        """Whether the subject of a preventing verb can wrong no one.

        The head just before the verb, past auxiliaries and adverbs: "a throat infection
        prevented", "Heavy snow stopped", "The judge prohibited", "the treaty had barred".
        """
        at = verb - 1
        while at >= 0 and (lowers[at] in _AUXILIARIES or lowers[at].endswith("ly")):
            at -= 1
        return at >= 0 and lowers[at] in self._non_agents

    def find(
        self, tokens: Sequence[Token], lowers: Sequence[str] | None = None
    ) -> list[tuple[int, int, Any]]:
        """Every non-overlapping longest match: (first token, end token, category)."""
        words = lowers if lowers is not None else _lowers(tokens)
        starts = self.starts
        if starts.isdisjoint(words):
            return []
        # The kind stage reads one content's words for denied wrongs, then for charged ones:
        # the last words read and their matches are kept, as one tuple swapped in at once
        # (a thread sees a pair that belongs together) and compared by value (a list may be
        # changed in place), so the second reading is a comparison.
        last_words, last_found = self._last
        if last_words == words:
            return last_found
        found = []
        covered = 0
        for index in [i for i, w in enumerate(words) if w in starts]:
            if index < covered:
                continue
            hit = self.match_at(words, index)
            if hit is not None:
                found.append((index, hit[0], hit[1]))
                covered = hit[0]
        self._last = (list(words), found)
        return found


def _subject_end(lowers: Sequence[str], verb: int, first: int) -> int:
    """The last word of a taking-away verb's subject, past ``_BRIDGES`` and adverbs.

    "Hillary wants to abolish": "hillary"; "who helped undo": the word before "who".
    Below ``first`` when only such words lie between ``first`` and the verb.
    """
    at = verb - 1
    while at >= first and (lowers[at] in _BRIDGES or lowers[at].endswith("ly")):
        at -= 1
    return at
