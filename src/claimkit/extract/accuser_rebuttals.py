"""Accuser rebuttals: calling one's accuser wrong denies the accuser's charge.

A pass of the attribution stage (:mod:`claimkit.extract.attribution`). The kind stage reads a
party judged wrong ("DHS is incorrect", "Clinton's lies") as a charge against that party
(the rule ``falsity-of-another``). When the party judged wrong has itself charged the
speaker's side in the story, the judgment answers that charge: "Patricia Smith said Clinton
lied to her about the video" ... "Clinton said Smith is absolutely wrong" is Clinton's
denial, aimed at Smith, as annotators read it. A party judged wrong that accused someone
else ("Trump said Cruz is weak. Rubio said Trump is wrong") is still charged, and so is one
that accused no one.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from claimkit.extract.claim_targets import Attributed, same_side
from claimkit.model import ClaimKind

__all__ = ["rebut_accusers"]


_JUDGED_WRONG = "falsity-of-another"
"""The kind stage's rule for a party judged wrong or false (``denial_content``)."""
REBUTTAL = "accuser-judged-wrong"
"""The rule a rebuttal of an accuser is explained by."""
_PRONOUN_OPENING = re.compile(r"[\W_]*(?:he|she|they)\b", re.IGNORECASE)
"""A content whose subject is a third-person pronoun ('"She is absolutely wrong"')."""


def rebut_accusers(built: Sequence[Attributed], text: str) -> None:
    """Make a charge that the speaker's own accuser is wrong a denial of the accuser's charge.

    The accuser's charge may stand anywhere in the story: a headline's "Benghazi Victim
    Mother 'Absolutely Wrong'" comes before the mother's words are reported.

    Args:
        built: The attributed drafts of one document, in text order.
        text: The document's text.
    """
    charges = [item for item in built
               if not item.drop and item.kind is ClaimKind.ALLEGATION and item.target is not None]
    for item in built:
        draft = item.draft
        if item.drop or item.kind is not ClaimKind.ALLEGATION or (
            draft.kind_rule != _JUDGED_WRONG or draft.content is None
        ):
            continue
        judged = item.target
        if judged is None and _PRONOUN_OPENING.match(text, draft.content[0], draft.content[1]):
            start = draft.content[0]
            judged = next((charge.claimant for charge in reversed(charges)
                           if charge.draft.content is not None and charge.draft.content[0] < start
                           and same_side(charge.target, item.claimant)
                           and not same_side(charge.claimant, item.claimant)), None)
        if judged is None:
            continue
        if any(same_side(charge.claimant, judged) and same_side(charge.target, item.claimant)
               for charge in charges):
            item.kind = draft.kind = ClaimKind.DENIAL
            item.target = judged
            draft.kind_rule = REBUTTAL
