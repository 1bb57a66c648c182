"""claimkit in one page: load the example articles, extract, print the disputes, export.

Run it from anywhere claimkit is installed::

    python examples/quickstart.py              # writes into a new temporary folder
    python examples/quickstart.py out/         # writes into out/ (created if needed)

It loads the two seed articles that ship with claimkit, runs the built-in extractor,
prints every dispute thread (each allegation with the denials that answer it, and the
evidence behind them), then writes the claims as CSV and the whole corpus as JSON and
reads both back to show that nothing was lost.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
from pathlib import Path

import claimkit
from claimkit import Actor, Claim, Corpus, datasets


def describe(actor: Actor | None) -> str:
    """A short label for an actor: its name, and the state or body it speaks for."""
    if actor is None:
        return "(no target)"
    if actor.affiliation is None:
        return actor.name
    return f"{actor.name} ({actor.principal.name})"


def show_claim(corpus: Corpus, claim: Claim) -> None:
    """Print one claim of a dispute with the sentence it came from."""
    document = corpus.document(claim.document_id)
    sentence = " ".join(document.span_text(claim.provenance.span).split())
    print(f"  {claim.kind.value.upper():<10} {describe(claim.claimant)}")
    print(f"             cue: {claim.cue!r}   evidence: {claim.evidence.explain()}")
    print(f"             in {claim.document_id}: {sentence[:150]}")


def main(argv: list[str] | None = None) -> int:
    """Run the quickstart; returns the process exit status."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument(
        "output", nargs="?", type=Path, help="folder for claims.csv and corpus.json"
    )
    args = parser.parse_args(argv)
    output: Path = args.output or Path(tempfile.mkdtemp(prefix="claimkit-quickstart-"))
    output.mkdir(parents=True, exist_ok=True)

    # 1. Load the example articles; claimkit.load runs the extractor on plain text.
    #    (From a checkout, claimkit.load(["seeds/000_....txt", ...]) does the same.)
    corpus = claimkit.load(list(datasets.article_paths()))
    print(
        f"{len(corpus.documents)} documents, {len(corpus.claims)} claims "
        f"({len(corpus.allegations)} allegations, {len(corpus.denials)} denials), "
        f"{len(corpus.actors)} actors"
    )

    # 2. The disputes: allegations linked to the denials that answer them.
    disputes = corpus.disputes()
    print(f"\n{len(disputes)} disputes")
    for number, dispute in enumerate(disputes, 1):
        first = dispute.allegations[0]
        print(
            f"\n{number}. {describe(first.claimant)} -> {describe(first.target)} "
            f"across {', '.join(dispute.document_ids)}"
        )
        for claim in (*dispute.allegations, *dispute.responses):
            show_claim(corpus, claim)

    # 3. Export: CSV for spreadsheets (one row per claim), JSON for everything.
    csv_path = claimkit.dump(corpus, output / "claims.csv")
    json_path = claimkit.dump(corpus, output / "corpus.json")
    print(f"\nwrote {csv_path} and {json_path}")

    # 4. Read them back: JSON is lossless, CSV carries the claims and their actors.
    if claimkit.load(json_path) != corpus:
        print("error: corpus.json did not load back to the same corpus", file=sys.stderr)
        return 1
    if claimkit.load(csv_path).claims != corpus.claims:
        print("error: claims.csv did not load back to the same claims", file=sys.stderr)
        return 1
    print("both files load back to the same claims")
    return 0


if __name__ == "__main__":
    sys.exit(main())
