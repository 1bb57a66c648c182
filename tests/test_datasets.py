"""The example dataset: the gold annotations, and the seeds shipped in the wheel."""

from __future__ import annotations

import importlib.util
import os
import shutil
import subprocess
import sys
import sysconfig
from pathlib import Path

import pytest

import claimkit
from claimkit import datasets
from claimkit.errors import UnknownFormatError
from claimkit.formats.text import parse_article
from claimkit.model import ClaimKind, Corpus
from claimkit.plugins import ENV_LOAD_PLUGINS

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"
NORTH_KOREA, UNITED_STATES, IRAN = "state:kp", "state:us", "state:ir"


@pytest.fixture(scope="module")
def gold() -> Corpus:
    return datasets.example_gold()


def test_the_dataset_folder_holds_the_seeds() -> None:
    folder = datasets.path()
    assert {p.name for p in datasets.article_paths()} == {
        "000_6bcb59690b46f811.txt",
        "004_1a83e61fc4204547.txt",
    }
    for article in datasets.article_paths():
        assert article.read_bytes() == (SEEDS / article.name).read_bytes()
    assert datasets.gold_path() == folder / "gold.json"
    assert "paraphrasing error" in datasets.readme()


def test_gold_documents_are_the_text_loaders_documents(gold: Corpus) -> None:
    assert [d.id for d in gold.documents] == list(datasets.ARTICLES)
    for document in gold.documents:
        text = (SEEDS / f"{document.id}.txt").read_bytes().decode("utf-8")
        assert document == parse_article(text, document.id)


def test_gold_json_is_what_its_script_builds() -> None:
    spec = importlib.util.spec_from_file_location("build_gold", SEEDS / "build_gold.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules["build_gold"] = module
    try:
        spec.loader.exec_module(module)
    finally:
        del sys.modules["build_gold"]
    assert module.main(["--check"]) == 0


def test_every_span_recovers_its_text(gold: Corpus) -> None:
    for claim in gold.claims:
        document = gold.document(claim.document_id)
        provenance = claim.provenance
        sentence = document.span_text(provenance.span)
        assert claim.cue == " ... ".join(document.span_text(s) for s in provenance.cue)
        for part in (*provenance.cue, provenance.content, provenance.target):
            if part is not None:
                assert provenance.span.contains(part), claim.id
        if claim.quote is not None:
            assert claim.quote in sentence, claim.id
        for cue in claim.evidence.cues:
            assert document.span_text(cue.span) == cue.text
        # Every span lies in the article text, never in boilerplate.
        regions = [r.span for r in document.content_regions()]
        assert any(r.contains(provenance.span) for r in regions), claim.id


def test_claimant_and_target_spans_name_their_actors(gold: Corpus) -> None:
    claim = gold.claim("000:washington-charges-iran")
    document = gold.document(claim.document_id)
    assert document.span_text(claim.provenance.claimant) == "Washington"  # type: ignore[arg-type]
    assert claim.claimant.id == UNITED_STATES and claim.target is not None
    assert claim.target.id == IRAN
    records = gold.claim("000:intelligence-records-purchasing")
    assert records.evidence.strength is claimkit.EvidenceStrength.DOCUMENTED
    assert records.claimant.id == UNITED_STATES
    assert (
        gold.claim("000:white-house-possible-purchase").commitment is claimkit.Commitment.POSSIBLE
    )


def test_the_arms_thread_spans_both_documents(gold: Corpus) -> None:
    us_arms = [
        c
        for c in gold.allegations
        if c.claimant.principal.id == UNITED_STATES and c.target and c.target.id == NORTH_KOREA
    ]
    assert {c.document_id for c in us_arms} == set(datasets.ARTICLES)
    north_korean_denials = [c for c in gold.denials if c.claimant.principal.id == NORTH_KOREA]
    assert {c.document_id for c in north_korean_denials} == set(datasets.ARTICLES)
    (thread,) = [t for t in gold.disputes() if set(us_arms) <= set(t.allegations)]
    assert set(thread.document_ids) == set(datasets.ARTICLES)
    assert set(north_korean_denials) <= set(thread.denials)
    # Denials answer allegations in the other document too.
    cross = [
        (c.id, other)
        for c in north_korean_denials
        for other in c.responds_to
        if gold.claim(other).document_id != c.document_id
    ]
    assert cross
    # Russia disputes the charges as well.
    russia = gold.claim("000:russia-disputes-charges")
    assert russia.kind is ClaimKind.DENIAL and russia in thread.denials


def test_the_drone_dispute(gold: Corpus) -> None:
    (dispute,) = [
        d for d in gold.disputes() if any(a.target and a.target.id == IRAN for a in d.allegations)
    ]
    (charge,) = dispute.allegations
    (refutation,) = dispute.denials
    assert charge.claimant.id == UNITED_STATES and refutation.claimant.id == IRAN
    assert refutation.responds_to == (charge.id,)
    assert gold.document(refutation.document_id).span_text(refutation.provenance.cue[0]) == (
        "has refuted"
    )


def test_no_denial_by_patel(gold: Corpus) -> None:
    # "Vedant Patel ... denied the claim" is a paraphrasing error in the source (README).
    assert all(c.claimant.id != "person:vedant-patel" for c in gold.denials)


def test_example_is_extracted_from_the_same_documents(gold: Corpus) -> None:
    try:
        found = datasets.example()
    except UnknownFormatError:
        pytest.skip("no extractor is registered")
    assert [d.id for d in found.documents] == [d.id for d in gold.documents]
    assert [d.text for d in found.documents] == [d.text for d in gold.documents]
    report = claimkit.evaluate(gold, found)
    assert report.total.gold_claims == len(gold.claims)


# ----------------------------------------------------------------- the wheel


def _build_wheel(destination: Path) -> Path:
    if importlib.util.find_spec("hatchling") is None:
        pytest.skip("hatchling is not installed (it is in the 'test' extra)")
    command = [
        sys.executable, "-m", "pip", "wheel", str(ROOT),
        "--no-deps", "--no-build-isolation", "--no-index", "-q", "-w", str(destination),
    ]  # fmt: skip
    result = subprocess.run(command, capture_output=True, text=True, timeout=300, check=False)
    if result.returncode != 0:
        pytest.fail(f"building the wheel failed:\n{result.stdout}\n{result.stderr}")
    (wheel,) = destination.glob("claimkit-*.whl")
    return wheel


def test_the_wheel_ships_the_example_dataset(tmp_path: Path) -> None:
    """Build the wheel, install it alone in a fresh venv, and load the dataset from it."""
    wheel = _build_wheel(tmp_path / "dist")
    venv = tmp_path / "venv"
    subprocess.run([sys.executable, "-m", "venv", "--without-pip", str(venv)], check=True)
    python = venv / ("Scripts/python.exe" if os.name == "nt" else "bin/python")
    install = subprocess.run(
        [
            sys.executable, "-m", "pip", "--python", str(python), "install",
            "--no-deps", "--no-index", "-q", str(wheel),
        ],
        capture_output=True, text=True, timeout=300, check=False,
    )  # fmt: skip
    if install.returncode != 0:
        pytest.fail(f"installing the wheel failed:\n{install.stdout}\n{install.stderr}")
    # The dependencies come from this environment, *after* the venv's own packages: a .pth
    # file adds its folders, but not the .pth files inside them (so not an editable
    # claimkit), and the venv's claimkit comes first on sys.path anyway.
    site_packages = Path(
        subprocess.run(
            [str(python), "-c", "import sysconfig; print(sysconfig.get_paths()['purelib'])"],
            capture_output=True, text=True, check=True,
        ).stdout.strip()
    )  # fmt: skip
    ours = {sysconfig.get_paths()["purelib"], sysconfig.get_paths()["platlib"]}
    (site_packages / "_parent_environment.pth").write_text(
        "\n".join(sorted(ours)) + "\n", encoding="utf-8"
    )
    check = (
        "import claimkit, claimkit.datasets as d; "
        "print(claimkit.__file__); print(d.path()); "
        "g = d.example_gold(); print(len(g.documents), len(g.claims))"
    )
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    result = subprocess.run(
        [str(python), "-c", check],
        capture_output=True, text=True, timeout=120, check=False, cwd=elsewhere,
        # Only the wheel's own plugins: this environment's plugin packages are not there.
        env={**{k: v for k, v in os.environ.items() if k != "PYTHONPATH"}, ENV_LOAD_PLUGINS: ""},
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    module_file, data_folder, counts = result.stdout.strip().splitlines()
    assert Path(module_file).is_relative_to(venv)
    assert Path(data_folder).is_relative_to(venv) and Path(data_folder).name == "seeds"
    assert counts == f"2 {len(datasets.example_gold().claims)}"
    shutil.rmtree(venv)
