"""Compass states: "the North" and "the South" for a divided state the story has named.

News about the two Koreas (or the two Sudans) names the state once ("North Korea fired a
missile on Monday") and then calls it "the North", and its organs "the North's foreign
ministry". Read alone, "North" is an unknown capitalised word; here it is the state last
named whose name opens with that word, and a generic organ after its possessive is that
state's organ. With no such state named before, the organ is still the speaker, unnamed
("The North's foreign ministry denied the charge": the foreign ministry, not "North").
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from claimkit.extract.gazetteer import Gazetteer
from claimkit.extract.roles import role_lexicon
from claimkit.lexicon import normalise
from claimkit.model import Actor, ActorKind, actor_id

__all__ = ["compass_state"]

_COMPASS = re.compile(r"[Tt]he\s+(North|South)(?P<owner>['\u2019]s)?\s*")
""""The North", "the South's", at the start of a phrase (capitalised: "the north" is a region)."""


def compass_state(
    text: str,
    span: tuple[int, int],
    earlier: Iterable[Actor],
    gazetteer: Gazetteer,
    scope: str,
) -> Actor | None:
    """The state "the North" or "the South" stands for, or its organ after a possessive.

    Args:
        text: The document's text.
        span: The phrase ("The North", "The North's foreign ministry").
        earlier: The actors named before the phrase, in text order.
        gazetteer: The gazetteer the organ of the state is looked up in.
        scope: The document id, for an unnamed organ's id.

    Returns:
        The state, its organ, or the organ alone when no state was named before; None for a
        phrase of any other shape ("the North's leader" is left to the other readings).

    Example:
        >>> from claimkit.extract.installed import gazetteer
        >>> gaz = gazetteer()
        >>> north = gaz.actor("state:kp")
        >>> compass_state("The North denied it", (0, 9), [north], gaz, "d").name
        'North Korea'
        >>> compass_state("The North's foreign ministry", (0, 28), [north], gaz, "d").name
        'North Korean Ministry of Foreign Affairs'
        >>> compass_state("The North's foreign ministry", (0, 28), [], gaz, "d").name
        'foreign ministry'
    """
    match = _COMPASS.match(text, span[0], span[1])
    if match is None:
        return None
    rest = text[match.end() : span[1]].strip()
    owned = match.group("owner") is not None
    if owned == (not rest):
        return None  # "The North Korean" or "the North's" alone: not this shape
    word = match.group(1)
    state = None
    for actor in earlier:
        if actor.kind is ActorKind.STATE and actor.name.split()[0] == word:
            state = actor  # the last one named wins
    if not rest:
        return state
    body = role_lexicon().bodies.get(normalise(rest))
    if body is None:
        return None
    if state is None:
        return Actor(id=actor_id(body.kind, rest.lower(), anonymous=True, scope=scope),
                     name=rest.lower(), kind=body.kind, anonymous=True)
    named = gazetteer.by_function(state.country, body.function)
    if named is not None and body.kind is not ActorKind.MEDIA_OUTLET:
        return gazetteer.actor(named.id)
    entry = gazetteer.state(state.country) if state.country else None
    adjective = entry.demonyms[0] if entry is not None and entry.demonyms else state.name
    if body.kind is ActorKind.MEDIA_OUTLET:
        name = f"{adjective} {body.name}"  # as the region pass names "the foreign ministry"
    elif body.name[:1].isupper():  # of a state named before it
        name = f"{body.name} of {state.name}"
    else:
        name = f"{adjective} {rest.lower()}"
    return Actor(id=actor_id(body.kind, name), name=name, kind=body.kind,
                 country=state.country, affiliation=state)
