"""Cutting a text into pieces by overlapping spans, for highlighting it.

Claims overlap: one sentence can hold a denial inside an allegation, two claims can
share a cue, and a claimant named once can be the speaker of three claims.  Markup
cannot nest arbitrary overlapping ranges, so :func:`pieces` cuts the text at every
span boundary instead: inside each piece the set of claims and marks that cover it is
constant, and each piece becomes one flat element.  The pieces cover the whole text,
in order, without gaps, so the text of the pieces joined is the text.
"""

from __future__ import annotations

import itertools
from collections import Counter, defaultdict
from collections.abc import Iterable, Mapping, Sequence

from attrs import frozen

from claimkit.model import Span

__all__ = ["Piece", "pieces"]


@frozen
class Piece:
    """A stretch of text covered by the same claims and marks throughout.

    Attributes:
        start: The offset of its first character.
        end: The offset after its last character.
        claims: The indices (into the ``claims`` given to :func:`pieces`) of the claims
            whose span covers it, innermost (shortest span; on a tie, the earlier claim) first.
        marks: The names of the marks covering it (``"cue"``, ``"boilerplate"``, ...).
    """

    start: int
    end: int
    claims: tuple[int, ...]
    marks: frozenset[str]


def pieces(
    length: int,
    claims: Sequence[Span | None],
    marks: Mapping[str, Iterable[Span]] | None = None,
) -> list[Piece]:
    """Cut ``range(length)`` at every boundary of the claim spans and marks.

    Args:
        length: The length of the text.
        claims: Each claim's span (``None`` or an empty span: the claim covers nothing).
        marks: Named layers of spans (cue words, claimant mentions, regions); spans of
            one layer may overlap each other.

    Returns:
        The pieces, in text order, covering ``0`` to ``length`` without gaps; an empty
        text has no pieces.

    Raises:
        ValueError: A span ends beyond ``length``.
    """
    starts: defaultdict[int, list[int]] = defaultdict(list)
    ends: defaultdict[int, list[int]] = defaultdict(list)
    mark_events: defaultdict[int, list[tuple[str, int]]] = defaultdict(list)
    boundaries = {0, length}
    widths: dict[int, int] = {}

    def check(span: Span) -> None:
        if span.end > length:
            raise ValueError(f"span {span.start}:{span.end} lies outside a text of {length} chars")

    for index, span in enumerate(claims):
        if span is None:
            continue
        check(span)
        boundaries.add(span.start)  # where an empty claim starts, too
        if span.start == span.end:
            continue
        starts[span.start].append(index)
        ends[span.end].append(index)
        boundaries.update((span.start, span.end))
        widths[index] = span.end - span.start
    for name, spans in (marks or {}).items():
        for span in spans:
            check(span)
            if span.start == span.end:
                continue
            mark_events[span.start].append((name, 1))
            mark_events[span.end].append((name, -1))
            boundaries.update((span.start, span.end))

    active: set[int] = set()
    covering: Counter[str] = Counter()
    result: list[Piece] = []
    order = sorted(boundaries)
    for here, after in itertools.pairwise(order):
        active.difference_update(ends.get(here, ()))
        active.update(starts.get(here, ()))
        for name, step in mark_events.get(here, ()):
            covering[name] += step
        inner_first = tuple(sorted(active, key=lambda i: (widths[i], i)))
        names = frozenset(name for name, count in covering.items() if count > 0)
        result.append(Piece(start=here, end=after, claims=inner_first, marks=names))
    return result
