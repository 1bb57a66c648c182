"""Organisation names in the region pass, for :mod:`claimkit.extract.names`.

Where a name of capitalised words ends in an organisation word ("Kharkiv Regional Military
Administration", "Pakistan Cricket Board"), takes the place or field it is of ("Bank of
England", "American Society of Civil Engineers"), or joins two names with "and" ("Securities
and Exchange Commission"); and the organisation actor such a name gives, with the affiliation
its words or the phrase before it name ("the Trump campaign").  Capitalised lexicon words
open such a name ("the Financial Conduct Authority"), a state's name may end one ("Air
India"), and "and" may join lexicon words into one ("the Mining and Energy Union").
"""

from __future__ import annotations

from claimkit.extract.mention_drafts import MentionKind, _actor_id, _Draft
from claimkit.extract.mention_tokens import _Segment
from claimkit.extract.surname_links import _SurnameLinks
from claimkit.lexicon import NameForm, normalise_word
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
            and (phrase[k].category != "doc"  # "U.S. Geological Survey", "Marquette Law
                 or not self.tokens[phrase[k].last - 1].key.endswith("s")  # School", not
                 or self.tokens[phrase[k].last - 1].key in self.lexicon.org_heads)  # "Leaked
        ):  # Documents Reveal Democratic Campaign"
            k += 1
            if self.tokens[phrase[k - 1].last - 1].key in self.lexicon.org_heads:
                j = k
        if j < n and self._named_organisation_of(phrase, j):
            j = self._capitalised_end(phrase, j + 2)  # "Law Society of Kenya", "American
            # Society of Civil Engineers": the place or field the organisation is of
        return j

    def _name_opening(self, phrase: list[_Segment], i: int) -> int:
        """Where an organisation's name whose unknown words start at ``i`` opens.

        Capitalised lexicon words right before such a name belong to it: "the Financial
        Conduct Authority", "The International Cricket Council", "the National Police
        Federation", "the Law Society of Kenya".  A word of standing or number that opens
        the sentence does not ("Senior Police Federation officials said").
        """
        while i > 0:
            segment = phrase[i - 1]
            tokens = self.tokens[segment.first : segment.last]
            if segment.category not in _NAME_OPENERS or segment.possessive or not all(
                t.cap for t in tokens
            ):
                break
            if tokens[0].key in _STANDING_WORDS and self._opens_sentence(segment.first):
                break
            i -= 1
        return i

    def _and_name_end(self, phrase: list[_Segment], i: int, j: int) -> int:
        """Extend the name ``phrase[i:j]`` over "and" and the words of an organisation's name.

        "The Mining and Energy Union", "the Civil Aviation and Safety Authority": the words
        after "and" may be lexicon words, not unknown ones, so long as an organisation word
        ends them.  Not after a first name ("Bill and ...": two people).
        """
        if j + 1 >= len(phrase) or phrase[j - 1].possessive or self.lexicon.first_name(
            self.tokens[phrase[i].first].key
        ):
            return j
        joint = phrase[j]
        if joint.category not in ("word", "stop") or self.tokens[joint.first].key != "and" or (
            not all(t.cap for t in self.tokens[phrase[j + 1].first : phrase[j + 1].last])
        ):
            return j
        end = self._organisation_name_end(phrase, j + 1)
        return end if end > j + 1 else j

    def _state_in_name(self, phrase: list[_Segment], i: int, j: int) -> int:
        """1 when a state's one-word name right after ``phrase[i:j]`` ends an organisation's name.

        "Air India", "Road Safety India", "Transparency International Kenya": unknown
        capitalised words right before a state's name, ending the phrase, name one
        organisation, not the state.  Not a person's name before it ("Rahul Gandhi
        India"), a verb's -ing form ("Stealing America"), nor a word opening the sentence
        ("Yesterday India said").
        """
        if j >= len(phrase) or phrase[j - 1].possessive:
            return 0
        following = phrase[j]
        entry = following.entry
        if following.category != "gaz" or entry is None or entry.kind is not ActorKind.STATE or (
            following.form is not NameForm.NAME or following.last - following.first != 1
        ) or self.tokens[following.first].start - self.tokens[phrase[j - 1].last - 1].end != 1:
            return 0
        if j + 1 < len(phrase) and phrase[j + 1].category not in ("head", "title", "mod"):
            return 0
        words = self.tokens[phrase[i].first : phrase[j - 1].last]
        first = words[0].key
        if self.lexicon.first_name(first) or self.gaz.is_first_name(words[0].text) or any(
            self._linked_person(t.key) is not None for t in words
        ) or (first.endswith("ing") and not self._subject_next(following.last)) or (
            self._opens_sentence(phrase[i].first) and (
                first in _STANDING_WORDS or first.endswith("ly") or first in _OPENERS
            )
        ):
            return 0  # "Stealing America: What My Experience ..." (a book), "Today India"
        return 1

    def _subject_next(self, index: int) -> bool:
        """Whether the token at ``index`` shows a subject before it: an apposition or a verb.

        "Working America, a labor-affiliated group, found", "Working America said".
        """
        if index + 1 >= len(self.tokens):
            return False
        token, following = self.tokens[index], self.tokens[index + 1]
        if token.text == ",":
            return following.key in ("a", "an", "the", "which", "who")
        return not token.cap and (
            token.key in self.words.speaker_verbs or token.key in self.words.common_verbs)

    def _opens_sentence(self, index: int, stops: tuple[str, ...] = (".", "!", "?")) -> bool:
        """Whether token ``index`` opens a sentence: only quotation marks and a stop before."""
        before = index - 1
        while before >= 0 and self.tokens[before].text in _QUOTES:
            before -= 1
        return before < 0 or self.tokens[before].text in stops

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


_NAME_OPENERS = frozenset({"mod", "body", "orgnoun", "doc", "group", "head"})
"""Categories of capitalised lexicon words that may open an organisation's name
("Financial", "National Police", "Law", "Workers")."""

_STANDING_WORDS = frozenset({
    "acting", "another", "anonymous", "certain", "current", "few", "first", "five", "former",
    "four", "incoming", "interim", "junior", "leading", "local", "longtime", "long-time",
    "many", "multiple", "numerous", "other", "outgoing", "retired", "second", "senior",
    "serving", "several", "some", "then", "three", "top", "two", "unidentified", "unnamed",
    "various", "veteran", "angry", "most", "all", "both", "these", "those", "meanwhile",
})
"""Words of standing, time or number that, opening a sentence, describe the members of an
organisation named after them rather than start its name ("Senior Police Federation
officials said")."""

_OPENERS = frozenset({
    "after", "also", "and", "as", "before", "but", "by", "during", "earlier", "for", "from",
    "however", "if", "in", "later", "like", "now", "on", "since", "so", "still", "then",
    "today", "tonight", "unlike", "when", "while", "with", "yesterday", "yet",
})
"""Words opening a sentence before a state's name that make no organisation of it
("Yesterday India said")."""

_QUOTES = frozenset({'"', "'", "\u201c", "\u201d", "\u2018", "\u2019", "``", "''"})
"""Quotation marks that may stand between a sentence's end and its first word."""
