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

from claimkit.extract.acronyms import abbreviates
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

    def _organisation_of(self, phrase: list[_Segment], i: int) -> int:
        """The size of the link after a capitalised organisation word opening "Bank of England".

        0 when the word at ``i`` opens no such name (see ``_named_organisation_of``).
        """
        segment = phrase[i]
        if segment.category not in ("orgnoun", "body") or i + 2 >= len(phrase) or (
            segment.last - segment.first != 1
        ):
            return 0
        return self._named_organisation_of(phrase, i + 1)

    def _organisation_name_end(self, phrase: list[_Segment], j: int) -> int:
        """Extend a name over capitalised lexicon words that end in an organisation word.

        "Kharkiv Regional Military Administration", "New York Police Department".
        """
        k = j
        n = len(phrase)
        while (
            k < n
            and phrase[k].category in ("body", "mod", "orgnoun", "head", "group", "name", "doc")
            and (not phrase[k - 1].possessive or self._people_possessive(phrase, k - 1))
            and all(t.cap for t in self.tokens[phrase[k].first : phrase[k].last])
            and (phrase[k].category != "doc"  # "U.S. Geological Survey", "Marquette Law
                 or not self.tokens[phrase[k].last - 1].key.endswith("s")  # School", not
                 or self.tokens[phrase[k].last - 1].key in self.lexicon.org_heads)  # "Leaked
        ):  # Documents Reveal Democratic Campaign"
            k += 1
            if self.tokens[phrase[k - 1].last - 1].key in self.lexicon.org_heads:
                j = k
        link = self._named_organisation_of(phrase, j) if j < n else 0
        if link:
            j = self._capitalised_end(phrase, j + 1 + link)  # "Law Society of Kenya", "American
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
            if segment.category not in _NAME_OPENERS or (
                segment.possessive and not self._people_possessive(phrase, i - 1)
            ) or not all(t.cap for t in tokens):  # "The Women's Equality Party" opens at Women
                break
            if tokens[0].key in _STANDING_WORDS and self._opens_sentence(segment.first):
                break
            i -= 1
        if i >= 2 and self._keys(phrase[i - 1]) == ("and",) and (
            phrase[i - 2].category in _NAME_OPENERS and not phrase[i - 2].possessive
            and all(t.cap for t in self.tokens[phrase[i - 2].first : phrase[i - 2].last])
            and (i == 2 or phrase[i - 3].category == "det")
        ):  # "The Economic and Financial Crimes Commission": a capitalised lexicon word
            i -= 2  # and "and" open the name (not "the Mayor and Police Federation")
        return i

    def _gazetteer_inside(self, phrase: list[_Segment], i: int) -> int:
        """The end of a longer name around a known organisation or a state, else 0.

        "The Peoples Democratic Party", "the Liberal Democratic Party", "the Social
        Democratic Party of Germany", "the All Progressives Congress", "the Free Syrian
        Army": capitalised words right before a gazetteer organisation of several words
        ending in an organisation word (or of one word), or before a state's one-word name
        or adjective that organisation words follow, make one organisation's name of it all;
        the gazetteer's entry does not win over the whole name.  Not after a first name or
        a known person ("Bernie Sanders Democratic Party"), nor a word of standing, time or
        number opening the sentence ("Senior Democratic Party officials").
        """
        k = i
        while k < len(phrase) and phrase[k].category in ("name", "mod", "group") and not (
            phrase[k].possessive
        ) and all(t.cap and t.text.isalpha() for t in self.tokens[phrase[k].first:phrase[k].last]):
            k += 1
        if k == i or k >= len(phrase) or phrase[k].category != "gaz" or phrase[k].possessive:
            return 0
        words = self.tokens[phrase[i].first : phrase[k].first]
        first = words[0].key
        if self.lexicon.first_name(first) or self.gaz.is_first_name(words[0].text) or any(
            self._linked_person(t.key) is not None for t in words
        ) or (self._opens_sentence(phrase[i].first) and (
            first in _STANDING_WORDS or first in _OPENERS or first.endswith("ly")
        )) or self.tokens[phrase[k].first].start - words[-1].end != 1:
            return 0
        known = phrase[k]
        entry = known.entry
        size = known.last - known.first
        if entry is None or known.category != "gaz":
            return 0
        if entry.kind in (ActorKind.ORGANISATION, ActorKind.GOVERNMENT_BODY):
            if size > 1 and self.tokens[known.last - 1].key not in self.lexicon.org_heads:
                return 0  # a name of several words must end in an organisation word
            if size == 1 and (phrase[k - 1].category == "name" or all(
                s.category == "mod" for s in phrase[i:k]
            )):  # "the World Uyghur Congress": read with the name's words; "Democratic Senate
                return 0  # candidates": a party's word before a one-word body modifies it
            return k + 1
        if entry.kind is ActorKind.STATE and size == 1 and known.form in (
            NameForm.NAME, NameForm.DEMONYM
        ):
            end = self._organisation_name_end(phrase, k + 1)
            return end if end > k + 1 else 0
        return 0

    def _bracketed_name(self, phrase: list[_Segment], i: int) -> bool:
        """Whether capitalised words from ``i`` to the phrase's end are defined by an acronym.

        "Pakistan Tehreek-e-Insaf (PTI)", "the Kenya National Commission on Human Rights
        (KNCHR)": a story that writes an acronym in brackets after capitalised words that
        it abbreviates names an organisation by them, though no organisation word ends them.
        Not over a known organisation (its own name stays) nor a person's title or role.
        """
        last = phrase[-1].last
        if last + 2 >= len(self.tokens) or self.tokens[last].text != "(" or (
            self.tokens[last + 2].text != ")"
        ) or phrase[-1].possessive or (i > 0 and self.tokens[phrase[i - 1].first].cap):
            return False
        words = self.tokens[phrase[i].first : last]
        if len(words) < 2 or phrase[i].category == "det" or not (
            words[0].cap and words[-1].cap
        ) or any(
            not t.cap and t.key not in ("of", "for", "on", "and", "the") for t in words
        ) or any(
            s.category in ("title", "head") or (
                s.category == "gaz" and s.entry is not None and s.entry.kind is not ActorKind.STATE
            ) for s in phrase[i:]
        ) or self.lexicon.first_name(words[0].key) or all(
            s.category != "name" for s in phrase[i:]
        ):  # "the United States of America (USA)": a state's own name
            return False
        return abbreviates(self.tokens[last + 1].text, " ".join(t.text for t in words))

    def _quantified_opening(self, phrase: list[_Segment], i: int) -> int:
        """Step back over a capitalised "All" inside a sentence that opens a name.

        "the All Progressives Congress", "the All India Trinamool Congress": the words of
        ``mentions.json``'s ``name_opening_words``, capitalised but not opening the
        sentence, belong to the organisation's name after them.
        """
        if i == 0:
            return i
        segment = phrase[i - 1]
        token = self.tokens[segment.first]
        if segment.last - segment.first == 1 and token.cap and not segment.possessive and (
            token.key in self.words.name_opening_words
        ) and not self._opens_sentence(segment.first, (".", "!", "?", ":")):
            return i - 1
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
        """Extend over capitalised segments, and an "and" or "of" between two of them.

        "the Scientific Advisory Group for the Origins of Novel Pathogens"; and over a list
        of unknown capitalised words that "and" closes: "the Ministry of Ports, Shipping and
        Waterways", "the Department for Environment, Food and Rural Affairs".
        """
        n = len(phrase)
        start = j
        while j < n and (
            self._capitalised(phrase[j])
            or (self.tokens[phrase[j].first].key in ("and", "of") and j + 1 < n
                and self._capitalised(phrase[j + 1]))
            or self._listed_name(phrase, j)
            or self._listed_the(phrase, j)
            or (j + 1 < n and self._listed_the(phrase, j + 1))
        ) and not phrase[j - 1].possessive:
            if phrase[j].category in ("title", "head"):  # "Bank of England Governor Andrew
                while j > start and self._keys(phrase[j - 1]) in self.lexicon.modifiers:
                    j -= 1  # Bailey": a title and the words that modify it ("Deputy") end it
                break
            j += 1
        return j

    def _state_named_body(self, phrase: list[_Segment], i: int) -> bool:
        """Whether a word and the state or capital after it name one body ("Athletics Kenya").

        "Cricket Australia", "Rugby Australia", "Real Madrid": a word of ``mentions.json``'s
        ``state_body_prefixes`` right before a one-word state name that ends the phrase or
        comes before a role ("Rugby Australia chief executive Phil Waugh").
        """
        if i + 1 >= len(phrase) or phrase[i].possessive or phrase[i].category in ("gaz", "punct"):
            return False
        following = phrase[i + 1]
        entry = following.entry
        if following.category != "gaz" or entry is None or entry.kind is not ActorKind.STATE:
            return False
        word = self.tokens[phrase[i].first]
        if phrase[i].last - phrase[i].first != 1 or following.last - following.first != 1 or (
            word.key not in self.words.state_body_prefixes
            or self.tokens[following.first].start - word.end != 1
        ):
            return False
        return following.form is NameForm.NAME and (
            i + 2 == len(phrase) or phrase[i + 2].category in ("head", "title", "mod")
        )

    def _body_after_state(self, phrase: list[_Segment], i: int, j: int) -> bool:
        """Whether a state's one-word name or adjective and the word at ``i`` name one body.

        "USA Gymnastics", "British Cycling", "UK Sport": a word of ``state_body_prefixes``
        right after the state, ending the phrase or before a role ("US Soccer president").
        """
        if i == 0 or j != i + 1:
            return False
        before = phrase[i - 1]
        entry = before.entry
        if before.category != "gaz" or entry is None or entry.kind is not ActorKind.STATE:
            return False
        word = self.tokens[phrase[i].first]
        return (
            before.last - before.first == 1
            and before.form in (NameForm.NAME, NameForm.DEMONYM)
            and not before.possessive
            and word.key in self.words.state_body_prefixes
            and word.start - self.tokens[before.first].end == 1
            and (j == len(phrase) or phrase[j].category in ("head", "title", "mod"))
        )

    def _abbreviated_place_body(self, phrase: list[_Segment], i: int, j: int) -> bool:
        """Whether a place's capital abbreviation and a body word name one body.

        "NSW Health", "WA Police", "SA Rugby", "GB Boxing": two or three capitals (a state,
        province or country) right before a word of ``state_body_prefixes``, ending the
        phrase or before a role ("SA Rugby chief executive"); not an abbreviated title
        before a surname ("AG Mukasey", "VP Biden").
        """
        if j != i + 2 or phrase[i].possessive:
            return False
        first, second = phrase[i], phrase[i + 1]
        word = self.tokens[first.first]
        return (
            first.last - first.first == 1 and second.last - second.first == 1
            and 2 <= len(word.text) <= 3 and word.text.isalpha() and word.text.isupper()
            and self.tokens[second.first].key in self.words.state_body_prefixes
            and (j == len(phrase) or phrase[j].category in ("head", "title", "mod"))
        )

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
        name = " ".join(words).replace(" , ", ", ")  # "Ministry of Ports, Shipping and ..."
        if any(segment.possessive and self._people_possessive(run, k)
               for k, segment in enumerate(run[:-1])):  # "Tigray People's Liberation Front"
            name = " ".join(self.text[run[0].start : run[-1].end].split())
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
