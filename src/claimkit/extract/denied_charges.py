"""The charge a denial answers, for reading whose body denies it.

"Paris accused Bamako of expelling its ambassador. The Foreign Ministry said the claim was
false.": a bare "the Foreign Ministry" that denies a charge just made is the accused's
ministry, not the accuser's, though the accuser was named last. :func:`charges_answered`
pairs each denial's source with the accused of the charge before it (in its sentence or
the one before); the actor stage (``_StateContext._accused_state`` in
:mod:`claimkit.extract.state_context`) then gives a body named without its state to the
state named there.

Example:
    >>> import claimkit
    >>> from claimkit.extract.pipeline import extract_drafts
    >>> text = ("Paris accused Bamako of expelling its ambassador. "
    ...         "The Foreign Ministry said the claim was false.")
    >>> document = claimkit.extract(text).documents[0]
    >>> [(text[a:b], text[c:d]) for (a, b), (c, d)
    ...  in charges_answered(extract_drafts(document), text).items()]
    [('The Foreign Ministry', 'Bamako')]
"""

from __future__ import annotations

from collections.abc import Sequence

from claimkit.extract.claim_drafts import Draft
from claimkit.model import ClaimKind

__all__ = ["charges_answered"]


def charges_answered(
    drafts: Sequence[Draft], text: str
) -> dict[tuple[int, int], tuple[int, int]]:
    """The accused's span of the charge each denial answers, by the denial's source span.

    Args:
        drafts: The document's claim drafts, in text order.
        text: The document's text.

    Returns:
        For each denial with a named source, the target span of the latest allegation
        before it when that allegation names both its accuser and the accused, and stands in
        the denial's sentence or the sentence just before; denials that follow another
        claim's allegation without an accused named answer nothing here.
    """
    answered: dict[tuple[int, int], tuple[int, int]] = {}
    for index, denial in enumerate(drafts):
        if denial.kind is not ClaimKind.DENIAL or denial.source is None:
            continue
        charge = _charge_before(drafts[:index], denial, text)
        if charge is not None and charge.target is not None:
            answered[denial.source] = charge.target
    return answered


def _charge_before(before: Sequence[Draft], denial: Draft, text: str) -> Draft | None:
    """The allegation just before ``denial`` that it answers, if one names its accused."""
    for draft in reversed(before):
        if draft.kind is ClaimKind.DENIAL:
            return None  # a denial between them answered the charge already
        if draft.kind is not ClaimKind.ALLEGATION:
            continue
        same = draft.sentence.start == denial.sentence.start
        adjacent = draft.sentence.end <= denial.sentence.start and (
            not text[draft.sentence.end : denial.sentence.start].strip()
        )
        if not (same or adjacent):
            return None  # a charge further back: the story has moved on
        if draft.source is None or draft.target is None or draft.target_mode != "span":
            return None
        return draft
    return None
