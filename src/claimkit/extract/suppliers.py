"""The supplier an arms-transfer allegation accuses: "Iran is providing drones to Russia".

Selling or sending arms is what such an allegation accuses someone of: the subject of a
verb of sending ("Iran is providing drones"), or the party after "from" with a verb of
buying ("Russia is buying shells from North Korea" accuses North Korea). The claim drafts
(:mod:`claimkit.extract.claims`) keep it as the allegation's target.
"""

from __future__ import annotations

from claimkit.extract.content_spans import _object_np
from claimkit.extract.cue_grammar import AUXILIARIES
from claimkit.extract.sentence_view import SentenceView

__all__ = ["supplier"]


def supplier(view: SentenceView, first: int, last: int) -> tuple[int, int] | None:
    """In an arms-transfer content, the supplier: the subject, or "from X" after a purchase.

    Args:
        view: The sentence.
        first: The content's first token.
        last: Just past the content's last token.

    Returns:
        The supplier's token range, or None when the content transfers no arms.
    """
    kinds = view.kinds
    words = view.lowers[first:last]
    if kinds.transfer_objects.isdisjoint(words):
        return None
    for offset, word in enumerate(words):
        if word in kinds.buy_verbs:
            for probe in range(first + offset + 1, last):
                if view.lowers[probe] == "from":
                    return _object_np(view, probe + 1, frozenset(
                        {"for", "to", "in", "and", "as", "with", "that", "which", "since"}))
            return None
        if word in kinds.transfer_verbs:
            end = first + offset
            while end > first and view.lowers[end - 1] in AUXILIARIES | {"is", "are", "in",
                                                                          "the", "process", "of"}:
                end -= 1
            if end > first:
                return first, end
            return None
    return None
