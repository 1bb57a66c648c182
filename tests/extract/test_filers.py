"""A lawsuit, complaint or petition speaks for whoever filed it (filers)."""

from __future__ import annotations

import pytest

import claimkit


def _filing_owner(text: str) -> tuple[str, str | None]:
    claim = claimkit.extract(text).claims[-1]
    owner = claim.claimant.affiliation
    return claim.claimant.name or "", owner.name if owner is not None else None


@pytest.mark.parametrize(
    ("text", "filer"),
    [
        ("Patricia Smith filed a wrongful death lawsuit against Hillary Clinton on Monday. "
         "The lawsuit faults Clinton's use of a private email server.", "Patricia Smith"),
        ("The union filed a complaint against Acme Corp. on Tuesday. The complaint alleges "
         "that the company fired workers illegally.", "union"),
        ("Samuel Nunberg sued Donald Trump in New York. The suit accuses Trump of trying to "
         "bully him into silence.", "Samuel Nunberg"),
        # a filer named right after the filing's phrase
        ("The November 23 lawsuit filed by a former staffer named Bradley Podliska alleges "
         "that he was improperly fired.", "Bradley Podliska"),
        ("A lawsuit brought by three former students claims Trump University defrauded them.",
         "students"),
    ],
)
def test_a_filing_speaks_for_its_filer(text: str, filer: str) -> None:
    name, owner = _filing_owner(text)
    assert name.split()[-1] in ("lawsuit", "complaint", "suit")
    assert owner is not None and owner.endswith(filer)


@pytest.mark.parametrize(
    "text",
    [
        # no filer named before it, or only after it in another sentence
        "A lawsuit alleges that the company fired workers illegally.",
        "The lawsuit alleges that the company fired workers illegally. Patricia Smith sued "
        "the company on Monday.",
    ],
)
def test_a_filing_with_no_filer_before_it_stays_its_own(text: str) -> None:
    claim = next(c for c in claimkit.extract(text).claims if c.cue == "alleges")
    assert claim.claimant.affiliation is None
