"""Surnames in the region pass: which earlier person a bare surname stands for.

"Putin" after "Vladimir Putin", "Mrs. Clinton" after Hillary and Bill Clinton, "Guardian said"
after "Atlantic City Mayor Don Guardian": the recent person who bears the name, chosen by a
title's gender, then by how often each was mentioned, then by who was named first in full.
"""

from __future__ import annotations

from claimkit.extract.descriptions import _Descriptions
from claimkit.extract.mention_drafts import _LOOKBACK, _Draft
from claimkit.extract.mention_tokens import _Segment
from claimkit.lexicon import NameForm, normalise_word
from claimkit.model import Actor, ActorKind

_TITLE_GENDERS = {"mrs": "f", "ms": "f", "miss": "f", "madam": "f", "mr": "m", "sir": "m"}
"""Titles before a surname that tell which of two people sharing it is meant."""


class _SurnameLinks(_Descriptions):
    """The part of the region pass that links a bare surname to a person named before."""

    referred: dict[str, tuple[dict[str, int], dict[str, _Draft]]] | None = None
    """Surname -> mentions by actor id and latest draft of each person; see _referred."""
    referred_upto: int = 0
    """How many drafts of ``out`` :attr:`referred` counts."""

    def _surname_person(self, segment: _Segment) -> Actor | None:
        """The person a one-word outlet or body name stands for, when a recent person bears it.

        "Atlantic City Mayor Don Guardian ... Guardian said": the mayor, not the newspaper.
        """
        entry = segment.entry
        if entry is None or segment.last - segment.first != 1 or segment.possessive or (
            segment.form is NameForm.PEOPLE
            or (entry.kind is ActorKind.STATE and segment.form is not NameForm.DEMONYM)
        ):  # "Cuban said" after "Mark Cuban": the man, not Cuba
            return None
        return self._linked_person(self.tokens[segment.first].key)

    def _linked_person(self, word: str, gender: str | None = None) -> Actor | None:
        """The person of the latest recent draft with this surname (or first name).

        Recent means among the :data:`_LOOKBACK` latest drafts, as :meth:`_recent`.
        """
        surnamed = self.surnamed
        if surnamed is None:  # built on first use, then kept up to date by _emit
            surnamed = {}
            total = len(self.history)
            for position in range(max(0, total - _LOOKBACK), total):
                draft = self.history[position]
                for surname in draft.surnames:
                    surnamed[surname] = (position, draft)
            for position, draft in enumerate(self.out, start=total):
                for surname in draft.surnames:
                    surnamed[surname] = (position, draft)
            self.surnamed = surnamed
        latest = surnamed.get(word)
        if latest is None or latest[0] < len(self.history) + len(self.out) - _LOOKBACK:
            return None
        chosen = self._most_referred(word, latest[1], gender)
        self.linked_gender = chosen.gender
        return chosen.actor

    def _most_referred(self, word: str, latest: _Draft, gender: str | None = None) -> _Draft:
        """Of the recent people with this surname, the one mentioned most.

        "Howard, the brother of Ron Howard, ... Howard continued": Clint Howard, not Ron;
        the latest on a tie.
        """
        counts, last = self._referred(word)
        if len(counts) < 2:
            return latest
        if gender is not None and any(d.gender == gender for d in last.values()):
            # "Mrs. Clinton" after Hillary and Bill Clinton: the title's gender decides
            counts = {k: v for k, v in counts.items() if last[k].gender == gender}
            if latest.actor.id not in counts:
                latest = last[next(iter(counts))]
        best = max(counts.values())
        named = [k for k, v in counts.items() if v == best and self._full_name(last[k].actor)]
        if len(named) > 1:
            # a tie between people named in full goes to the one named first, whom the
            # story is about ("Hillary Clinton ... her husband, former President Bill
            # Clinton ... Clinton claimed")
            return last[named[0]]
        if counts.get(latest.actor.id) == best:
            return latest
        return next(last[k] for k, v in counts.items() if v == best)

    def _referred(self, word: str) -> tuple[dict[str, int], dict[str, _Draft]]:
        """How often each recent person with a surname (or first name) was mentioned.

        Recent means among the :data:`_LOOKBACK` latest drafts of the history and all the
        drafts of this region so far; the counts and each person's latest draft are keyed
        by actor id, in the order the people first appear. Built on first use and brought up
        to date with the drafts emitted since, instead of a scan of every recent draft per
        call: the history is fixed while a region is read, drafts are only appended to
        ``out``, and a draft's actor and surnames never change once emitted.
        """
        index = self.referred
        if index is None:
            index = self.referred = {}
            total = len(self.history)
            _count_referred(index, self.history[max(0, total - _LOOKBACK) :])
        if self.referred_upto < len(self.out):
            _count_referred(index, self.out[self.referred_upto :])
            self.referred_upto = len(self.out)
        return index.get(word) or ({}, {})

    def _full_name(self, actor: Actor) -> bool:
        """Whether a person's name is a known first name and a surname ("Bill Clinton")."""
        words = actor.name.split()
        return 2 <= len(words) <= 3 and self.lexicon.first_name(normalise_word(words[0]))


def _count_referred(index: dict[str, tuple[dict[str, int], dict[str, _Draft]]],
                    drafts: list[_Draft]) -> None:
    """Count the people of ``drafts`` under each of their surnames (see ``_referred``)."""
    for draft in drafts:
        if not draft.surnames or draft.actor.kind is not ActorKind.PERSON:
            continue
        actor_id = draft.actor.id
        for surname in dict.fromkeys(draft.surnames):  # a word named twice counts once
            found = index.get(surname)
            if found is None:
                found = index[surname] = ({}, {})
            counts, last = found
            counts[actor_id] = counts.get(actor_id, 0) + 1
            last[actor_id] = draft
