"""Organisation names in the region pass, for :mod:`claimkit.extract.names`.

Where a name of capitalised words ends in an organisation word ("Kharkiv Regional Military
Administration", "Pakistan Cricket Board"), takes the place or field it is of ("Bank of
England", "American Society of Civil Engineers"), or joins two names with "and" ("Securities
and Exchange Commission"); and the organisation actor such a name gives, with the affiliation
its words or the phrase before it name ("the Trump campaign").
"""

from __future__ import annotations

from claimkit.extract.mention_drafts import MentionKind, _actor_id, _Draft
from claimkit.extract.mention_tokens import _Segment
from claimkit.extract.surname_links import _SurnameLinks
from claimkit.lexicon import normalise_word
from claimkit.model import Actor, ActorKind, Span


class _OrganisationNames(_SurnameLinks):
    """The part of the region pass that reads organisations' names."""

    def _joined_by_and(
        self, phrase: list[_Segment], runs: list[tuple[int, int, ActorKind]]
    ) -> list[tuple[int, int, ActorKind]]:
        """Join "Securities" and "Exchange Commission" into one organisation's name.

        A name, "and", and a name that ends in an organisation word are one name ("Food and
        Drug Administration", "Bill and Melinda Gates Foundation"); two people stay two.
        """
        joined: list[tuple[int, int, ActorKind]] = []
        for run in runs:
            if joined:
                first, last, _kind = joined[-1]
                if (
                    run[2] is not ActorKind.PERSON
                    and run[0] == last + 1
                    and phrase[last].category == "word"
                    and self.tokens[phrase[last].first].key == "and"
                ):
                    joined[-1] = (first, run[1], run[2])
                    continue
            joined.append(run)
        return joined

    def _organisation_of(self, phrase: list[_Segment], i: int) -> bool:
        """Whether a capitalised organisation word at ``i`` opens "Bank of England"."""
        segment = phrase[i]
        if segment.category not in ("orgnoun", "body") or i + 2 >= len(phrase):
            return False
        return segment.last - segment.first == 1 and self._named_organisation_of(phrase, i + 1)

    def _organisation_name_end(self, phrase: list[_Segment], j: int) -> int:
        """Extend a name over capitalised lexicon words that end in an organisation word.

        "Kharkiv Regional Military Administration", "New York Police Department".
        """
        k = j
        n = len(phrase)
        while (
            k < n
            and phrase[k].category in ("body", "mod", "orgnoun", "head", "group", "name", "doc")
            and not phrase[k - 1].possessive
            and all(t.cap for t in self.tokens[phrase[k].first : phrase[k].last])
            and (phrase[k].category != "doc"  # "U.S. Geological Survey", not "Documents"
                 or self.tokens[phrase[k].last - 1].key in self.lexicon.org_heads)
        ):
            k += 1
            if self.tokens[phrase[k - 1].last - 1].key in self.lexicon.org_heads:
                j = k
        if j < n and self._named_organisation_of(phrase, j):
            j = self._capitalised_end(phrase, j + 2)  # "Law Society of Kenya", "American
            # Society of Civil Engineers": the place or field the organisation is of
        return j

    def _capitalised_end(self, phrase: list[_Segment], j: int) -> int:
        """Extend over capitalised segments, and an "and" between two of them."""
        n = len(phrase)
        while j < n and (
            all(t.cap for t in self.tokens[phrase[j].first : phrase[j].last])
            or (self.tokens[phrase[j].first].key == "and" and j + 1 < n
                and all(t.cap for t in self.tokens[phrase[j + 1].first : phrase[j + 1].last]))
        ) and not phrase[j - 1].possessive and phrase[j].category != "punct":
            j += 1
        return j

    def _named_organisation(
        self, run: list[_Segment], before: list[_Segment], kind: ActorKind, span: Span
    ) -> Actor:
        words = [t.text for s in run for t in self.tokens[s.first : s.last]]
        owner = None
        tail = self.tokens[run[-1].first].key
        if tail in self.words.org_tails and len(words) > 1:
            owner = self._linked_person(normalise_word(words[-2]))
            if owner is None and len(words) == 3 and self.lexicon.first_name(
                normalise_word(words[0])
            ):  # "Donald Trump's campaign" before any other mention of him
                person = f"{words[0]} {words[1]}"
                owner = Actor(
                    id=_actor_id(ActorKind.PERSON, person), name=person, kind=ActorKind.PERSON
                )
        affiliation = owner or self._affiliation(before)
        name = " ".join(words)
        country = None
        if affiliation is not None:
            country = affiliation.principal.country or affiliation.country
            if kind is ActorKind.ORGANISATION and affiliation.kind is ActorKind.STATE:
                affiliation = None  # "Australian miner BHP": a company of a state, not its organ
        actor = Actor(
            id=_actor_id(kind, name),
            name=name,
            kind=kind,
            country=country,
            affiliation=_safe_affiliation_for(_actor_id(kind, name), affiliation),
        )
        self._emit(_Draft(span, actor, MentionKind.NAME))
        return actor


def _safe_affiliation_for(own_id: str, affiliation: Actor | None) -> Actor | None:
    if affiliation is None:
        return None
    if affiliation.id == own_id or any(a.id == own_id for a in affiliation.affiliations()):
        return None
    return affiliation
