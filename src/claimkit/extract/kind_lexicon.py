"""The lexicons of the kind stage, read from ``claimkit/data/kinds.json``.

:class:`KindLexicon` holds the word lists of :mod:`claimkit.extract.kinds` by what the words
do (falsity, missing evidence, wrongdoing by category, virtues, neutral phrases, ...);
:func:`kind_lexicon` reads the shipped file once. Plugins add words through the
``register_word_lists`` hook (see :mod:`claimkit.extract.word_lists`).
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping
from importlib import resources
from typing import Any

from claimkit.extract.cues import PhraseIndex, inflect
from claimkit.extract.wrong_constructions import WrongIndex

__all__ = ["KindLexicon", "kind_lexicon", "load_kind_lexicon"]


class KindLexicon:
    """The content lexicons of the kind stage, built from ``data/kinds.json``.

    Args:
        data: The parsed JSON document (see the file's ``about`` entries).
    """

    def __init__(self, data: Mapping[str, Any]) -> None:
        falsity = data["falsity"]
        self.falsity = PhraseIndex(
            [*((form, "falsity") for form in [*falsity["words"], *falsity["phrases"]]),
             *((form, "noun-falsity") for form in falsity.get("noun_words", ()))]
        )
        self.copular_falsity = frozenset(falsity.get("copular_words", ()))
        self.no_evidence = PhraseIndex((p, "no-evidence") for p in data["no_evidence"]["phrases"])
        self.own_part = PhraseIndex(
            (p, "own-part") for p in data.get("own_part", {}).get("phrases", ())
        )
        """Disclaimers of a part in a deed, denials when the speaker's side is their subject."""
        self.propriety = PhraseIndex(
            (p, "propriety") for p in data.get("propriety", {}).get("phrases", ())
        )
        propriety = data.get("propriety", {})
        self.conduct_verbs = frozenset(propriety.get("conduct_verbs", ()))
        """Verbs of conduct whose manner may be proper ("handled", "disposed", "applied")."""
        self.proper_manners = PhraseIndex((p, "manner") for p in propriety.get("manners", ()))
        self.proper_states = PhraseIndex((p, "state") for p in propriety.get("states", ()))
        self.conformity = PhraseIndex(
            [*((p, "conformity") for p in propriety.get("conformity", ())),
             *((p, "meeting") for p in propriety.get("meeting", ()))]
        )
        self.standards = frozenset(propriety.get("standards", ()))
        misrepresented = data.get("misrepresented", {})
        self.misrepresented = PhraseIndex(
            (p, "misrepresented") for p in misrepresented.get("phrases", ())
        )
        self.own_words = frozenset(misrepresented.get("own_words", ()))
        inconsistency = data.get("inconsistency", {})
        self.inconsistency = PhraseIndex(
            (p, "inconsistency") for p in inconsistency.get("phrases", ())
        )
        self.accounts = frozenset(inconsistency.get("accounts", ()))
        self.action_refs = frozenset(data["claim_refs"].get("actions", ()))
        """Steps against a party ("the case", "the ban") it may judge false, close by."""
        self.claim_refs = frozenset(data["claim_refs"]["words"]) | self.action_refs
        self.own_side = frozenset(data["own_side"]["words"])
        self.self_claims = frozenset(data["self_claims"]["words"])
        self.unread_cues = frozenset(data["unread_cues"]["lemmas"])
        """Cue lemmas whose content is praised or asked for, not asserted."""
        countering = data["countering"]
        self.countering = frozenset(_forms(countering["verbs"], countering["words"]))
        intent = data["intent"]
        self.intent = frozenset(_forms(intent.get("verbs", ()), intent.get("words", ())))
        self.undergone = frozenset(data.get("undergone", {}).get("words", ()))
        self.soundness = PhraseIndex(
            (p, "sound") for p in data.get("soundness", {}).get("phrases", ())
        )
        """Predicates of soundness ("just fine", "in good health") that answer a report."""
        self.negated_virtue = PhraseIndex(
            (p, "negated-virtue") for p in data["negated_virtue"]["phrases"]
        )
        doubted = data["doubted_virtue"]
        self.virtues = frozenset(doubted["virtues"])
        self.doubts_before = frozenset(doubted["doubts_before"])
        self.doubts_after = PhraseIndex((p, "doubted") for p in doubted["doubts_after"])
        self.doubting_cues = frozenset(doubted.get("doubting_cues", ()))
        self.virtue_adjectives = frozenset(doubted.get("virtue_adjectives", ()))
        self.redress = PhraseIndex((p, "redress") for p in data["redress"]["phrases"])
        association = data.get("association", {})
        self.association_roles = frozenset(association.get("roles", ()))
        """Roles that tie a party to a group ("founder", "recruiter", "sympathizer")."""
        self.hostile = PhraseIndex((p, "hostile") for p in association.get("hostile", ()))
        """Groups and wrongs a party is charged with serving ("ISIS", "terrorists")."""
        offences = data.get("offences", {})
        self.offences = PhraseIndex(
            (p, "offence") for p in [*offences.get("words", ()), *offences.get("phrases", ())]
        )
        """Criminal offences ("assault", "killing", "securities fraud")."""
        entries: list[tuple[str, str]] = []
        for category, lists in data["wrongdoing"].items():
            if not isinstance(lists, Mapping):
                continue  # the "about" text
            for form in _forms(lists.get("verbs", ()), lists.get("words", ())):
                entries.append((form, category))
        self.natural_causes = PhraseIndex(
            (p, "natural") for p in data.get("natural_causes", {}).get("words", ())
        )
        """Forces of nature, disease and accident, whose harm charges no one."""
        self.wrongdoing: PhraseIndex = WrongIndex(
            entries, data.get("broken_rules", {}), data.get("silencing", {}),
            data.get("caused_harm", {}), self.natural_causes, data.get("dispossession", {}),
            data.get("posed_threat", {}),
        )
        """Wrongs by category, with a law broken, a party silenced and harm laid at a cause
        matched as well."""
        self.violence_nouns = frozenset(
            w for w in data["wrongdoing"]["violence"].get("words", ()) if " " not in w
        ) - {"shot", "beaten", "murdered", "struck"}
        self.neutral = PhraseIndex(
            (phrase, "neutral") for phrase in data["neutral_phrases"]["phrases"]
        )
        sport = data.get("sport_senses", {})
        self.sport_forms = frozenset(_forms(sport.get("verbs", ()), sport.get("words", ())))
        """Violence and crime words with a sport sense ("beaten", "shot", "attacked")."""
        self.sport_context = PhraseIndex((p, "sport") for p in sport.get("context", ()))
        """Terms of a match that give such a word its sport sense ("the better side", "wide")."""
        self.sport_agents = frozenset(sport.get("agents", ()))
        """Parties that answer for violence at a match ("police", "fans", "the referee")."""
        self.sport_harm = PhraseIndex((p, "harm") for p in sport.get("harm", ()))
        """Weapons and injuries, which make violence at a match real ("knives", "injured")."""
        self.sport_settings = PhraseIndex((p, "setting") for p in sport.get("settings", ()))
        """Words that make a match only the scene of what follows ("after", "outside")."""
        accusers = data.get("accusers", {})
        self.accusers = frozenset(accusers.get("words", ()))
        """Speakers who accuse by office or nature ("prosecutors", "the lawsuit")."""
        self.accusing_titles = frozenset(accusers.get("titles", ()))
        self.finders = frozenset(accusers.get("finders", ()))
        """Bodies whose findings accuse ("the commission found that ...")."""
        self.records = frozenset(accusers.get("records", ()))
        """Records that show a party's sanctions ("court records", "a criminal database")."""
        self.sanctions = frozenset(accusers.get("sanctions", ()))
        """Passive participles of sanction a record shows ("was arrested five times")."""
        self.accused_exclusions = frozenset(accusers.get("exclusions", ()))
        self.neutral_deeds = frozenset(accusers.get("neutral_deeds", ()))
        self.proper_manner = PhraseIndex(
            (p, "proper") for p in [*accusers.get("proper_manner", ()),
                                    *data.get("propriety", {}).get("manners", ())]
        )
        """Words that say a deed was done properly ("paid its taxes in full", "correctly")."""
        acts = accusers.get("official_acts", {})
        self.official_verbs = frozenset(acts.get("verbs", ()))
        self.official_objects = frozenset(acts.get("objects", ()))
        """An act of office: "signed" with "budget", "bill", "law" after it."""
        transfer = data["transfer"]
        self.transfer_verbs = frozenset(transfer["verbs"])
        self.transfer_objects = frozenset(transfer["objects"])
        self.buy_verbs = frozenset(transfer["buy_verbs"])

def _forms(verbs: Iterable[str], words: Iterable[str]) -> list[str]:
    out: list[str] = []
    for lemma in verbs:
        out.extend(inflect(lemma))
    out.extend(words)
    return list(dict.fromkeys(out))

def load_kind_lexicon() -> KindLexicon:
    """Read the kind lexicons shipped with claimkit."""
    source = resources.files("claimkit.data").joinpath("kinds.json")
    with source.open("r", encoding="utf-8") as stream:
        return KindLexicon(json.load(stream))

_default: list[KindLexicon] = []

def kind_lexicon() -> KindLexicon:
    """The shipped kind lexicons, read once."""
    if not _default:
        _default.append(load_kind_lexicon())
    return _default[0]
