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


@pytest.mark.parametrize(
    ("text", "claimant", "cue"),
    [
        ("The families filed a $5 million federal civil-rights suit against the city.",
         "families", "filed a $5 million federal civil-rights suit against"),
        ("The widow filed a wrongful-death claim against the hospital.", "widow",
         "filed a wrongful-death claim against"),
        ("She filed a claim against the city.", "She", "filed a claim against"),
        # a charge the participle adds is the filing's, as after "filed a lawsuit against"
        ("The families filed a $5 million federal civil-rights suit against the city on "
         "Monday, alleging that police used excessive force.", "families",
         "filed a $5 million federal civil-rights suit against"),
    ],
)
def test_a_modified_filing_against_a_party_is_the_filers_charge(
    text: str, claimant: str, cue: str
) -> None:
    claims = claimkit.extract(text).claims
    assert [(c.kind.value, c.claimant.name, c.cue) for c in claims] == [
        ("allegation", claimant, cue)
    ]


@pytest.mark.parametrize(
    "text",
    [
        "He filed an insurance claim against the policy.",
        "The couple filed a tax claim against the estate.",
        "He wore a blue suit against the cold.",
        "The union filed a motion and a suit against the board.",
        "The union could file a civil suit against the board.",
        "Can they file a class-action suit against the college?",
    ],
)
def test_a_filing_that_charges_no_one_stays_no_claim(text: str) -> None:
    assert not claimkit.extract(text).claims
