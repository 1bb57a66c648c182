"""Acronyms a document spells out: "the Australian Federal Police ... The AFP said".

The gazetteer knows one sense of many acronyms ("AFP" is the news agency Agence
France-Presse, "EFCC" Nigeria's anti-graft body), but a story that writes an
organisation's name in full and then its initials means that organisation, whatever
the gazetteer says.  :func:`spelled_out` finds those acronyms among a document's
mention drafts and maps each to the full name it abbreviates, so that the resolver
merges them into one actor.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence

from claimkit.extract.mention_drafts import MentionKind, _Draft
from claimkit.model import ActorKind

__all__ = ["abbreviates", "initials", "spelled_out"]

_ACRONYM = re.compile(r"[A-Z][A-Z&.\-]*[A-Z]\.?")
"""A surface written in capitals, with the dots, hyphens and ampersands some use."""

_NAMING_KINDS = frozenset(
    {ActorKind.ORGANISATION, ActorKind.GOVERNMENT_BODY, ActorKind.MEDIA_OUTLET, ActorKind.GROUP}
)
"""Kinds of actor an acronym may abbreviate (never people or states)."""

_SKIPPED = frozenset({"of", "the", "and", "for", "on", "in", "&", "de", "du", "la", "des"})
"""Words an acronym leaves out ("Economic and Financial Crimes Commission": EFCC)."""


def initials(name: str) -> str:
    """The initials of a name's words and hyphenated parts, function words left out.

    Example:
        >>> initials("Economic and Financial Crimes Commission")
        'EFCC'
        >>> initials("Pakistan Muslim League-Nawaz")
        'PMLN'
        >>> initials("US Senate")
        'USS'
    """
    parts = re.split(r"[\s\-]+", name)
    return "".join(
        _letters(p) if p.isupper() else p[0].upper()  # "US Senate": USS
        for p in parts if p and p.lower() not in _SKIPPED
    )


def abbreviates(acronym: str, name: str) -> bool:
    """Whether an acronym written in brackets after a name may stand for it.

    Its letters are the name's initials (function words left out, or only the capitalised
    words and hyphenated parts counted), or, beginning with the first of them, some of its
    capitalised initials in order: a story that writes "Full Name (ACR)" defines the acronym.

    Example:
        >>> abbreviates("PTI", "Pakistan Tehreek-e-Insaf")
        True
        >>> abbreviates("SAGO", "Scientific Advisory Group for the Origins of Novel Pathogens")
        True
        >>> abbreviates("AFP", "Australian Federal Police"), abbreviates("BBC", "Reuters")
        (True, False)
    """
    letters = _letters(acronym)
    if len(letters) < 2 or not _ACRONYM.fullmatch(acronym):
        return False
    capitals = [p[0] for p in re.split(r"[\s\-]+", name) if p[:1].isupper()]
    if letters in (initials(name), "".join(capitals)):
        return True
    if not capitals or letters[0] != capitals[0]:
        return False
    rest = iter(capitals[1:])
    return all(letter in rest for letter in letters[1:])


def _letters(surface: str) -> str:
    return re.sub(r"[^A-Z]", "", surface)


def spelled_out(drafts: Sequence[_Draft], text: str) -> dict[str, str]:
    """Map the actor ids of acronyms to the id of the full name they abbreviate here.

    Args:
        drafts: A document's mention drafts.
        text: The document's text, which the drafts' spans index.

    Returns:
        For each acronym whose letters are the initials of exactly one organisation,
        body, outlet or group named in full in the document (and not its own actor
        already), its actor id mapped to that organisation's actor id.
    """
    remap = _defined(drafts, text)
    full: dict[str, set[str]] = {}
    for draft in _named(drafts):
        name = draft.actor.name
        # written out here: the surface, not only the gazetteer's name, has several words
        if draft.actor.kind in _NAMING_KINDS and len(draft.span.text(text).split()) > 1:
            full.setdefault(initials(name), set()).add(draft.actor.id)
    if not full:
        return remap
    for draft in _named(drafts):
        surface = draft.span.text(text)
        if not _ACRONYM.fullmatch(surface) or draft.actor.id in remap:
            continue
        letters = _letters(surface)
        targets = full.get(letters, set())
        if len(targets) == 1 and draft.actor.id not in targets and (
            draft.actor.kind is not ActorKind.STATE
        ):
            remap[draft.actor.id] = next(iter(targets))
    return remap


def _defined(drafts: Sequence[_Draft], text: str) -> dict[str, str]:
    """Acronyms the document defines: "Pakistan Tehreek-e-Insaf (PTI)".

    An organisation's name followed by an acronym in brackets that abbreviates it defines
    the acronym for the whole document, whatever else the gazetteer knows by it (the Press
    Trust of India): the acronym's actor id is mapped to the name's.
    """
    remap: dict[str, str] = {}
    defined: dict[str, str] = {}
    for draft in _named(drafts):
        if draft.actor.kind not in _NAMING_KINDS or len(draft.span.text(text).split()) < 2:
            continue
        bracket = _BRACKETED.match(text, draft.span.end)
        if bracket is not None and abbreviates(bracket.group(1), draft.actor.name):
            defined.setdefault(_letters(bracket.group(1)), draft.actor.id)
    if not defined:
        return remap
    for draft in _named(drafts):
        surface = draft.span.text(text)
        own = defined.get(_letters(surface)) if _ACRONYM.fullmatch(surface) else None
        if own is not None and own != draft.actor.id and draft.actor.kind is not ActorKind.STATE:
            remap[draft.actor.id] = own
    return remap


_BRACKETED = re.compile(r"\s*\(\s*([A-Z][A-Z&.\-]*[A-Z]\.?)\s*\)")
"""An acronym in brackets right after a name: " (PTI)"."""


def _named(drafts: Iterable[_Draft]) -> Iterable[_Draft]:
    return (d for d in drafts if d.kind is MentionKind.NAME and not d.actor.anonymous)
