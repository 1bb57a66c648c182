"""Showing documents and claims on a terminal, with every text from a document literal.

Article text, names and ids come from files a user does not control, so nothing read
from a document is ever parsed as console markup: it reaches :mod:`rich` as
:class:`rich.text.Text` objects (never as markup strings, so ``[sic]`` stays
``[sic]`` and ``[/caption]`` is no error), and :func:`printable` first removes
terminal control sequences (escape codes, carriage returns, bells) that would
otherwise move the cursor, recolour or retitle the terminal.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from rich import box
from rich.console import Console
from rich.table import Table
from rich.text import Text

from claimkit.model import Actor, Claim, Corpus, Document

__all__ = ["literal", "print_corpus", "printable", "where"]

_ESCAPE_SEQUENCE = re.compile(
    r"""
    \x1b\[[0-?]*[ -/]*[@-~]                 # CSI: colours, cursor movement
    | \x1b\][^\x07\x1b]*(?:\x07|\x1b\\)?    # OSC: window titles, hyperlinks
    | \x1b[PX^_][^\x1b]*(?:\x1b\\)?         # DCS, SOS, PM, APC strings
    | \x1b[ -/]*[0-~]?                      # any other escape
    | \x9b[0-?]*[ -/]*[@-~]                 # 8-bit CSI
    """,
    re.VERBOSE,
)
_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]")


def printable(text: str) -> str:
    r"""Remove terminal control sequences and control characters from ``text``.

    Escape sequences (colours, cursor movement, window titles) are removed whole;
    other control characters (carriage return, bell, backspace, C1 controls) are
    removed one by one.  Tabs and newlines are kept.

    Example:
        >>> printable("a\x1b[31mred\x1b[0m word\r")
        'ared word'
    """
    return _CONTROL.sub("", _ESCAPE_SEQUENCE.sub("", text))


def literal(text: str, style: str = "") -> Text:
    """A rich :class:`~rich.text.Text` showing ``text`` as it is: no markup, no control codes.

    Example:
        >>> literal("a lie [sic]").plain
        'a lie [sic]'
    """
    return Text(printable(text), style=style)


def _one_line(text: str, limit: int = 0) -> str:
    text = " ".join(text.split())
    if limit and len(text) > limit:
        return text[: limit - 1].rstrip() + "\u2026"
    return text


def _actor(actor: Actor | None) -> str:
    if actor is None:
        return ""
    label = actor.name
    if actor.affiliation is not None:
        label += f" ({actor.principal.name})"
    return label


def where(claim: Claim, document: Document | None) -> str:
    """Where a claim sits: its line in the document, or its character offset.

    Args:
        claim: The claim.
        document: Its document, when known (CSV files carry no documents).

    Returns:
        The 1-based line number of the start of the claim's span (``"4"``), or,
        without the document, ``"@"`` and its character offset (``"@1207"``).
    """
    start = claim.provenance.span.start
    if document is None or start > len(document.text):
        return f"@{start}"
    return str(document.text.count("\n", 0, start) + 1)


def _widths(total: int, lines: int) -> tuple[int, int, int, int, int, int]:
    """Widths of the six columns for a console ``total`` columns wide (padding excluded).

    The short columns take what they need, claimant and target a fifth each of the
    rest (8 to 24 columns), the proposition all that remains (at least 12).
    """
    line, kind, evidence = max(4, len(str(lines))), 12, 11
    rest = max(total - 2 * 6 - line - kind - evidence, 12 + 2 * 8)
    actor = min(24, max(8, rest // 5))
    return line, kind, actor, actor, evidence, rest - 2 * actor


def _claim_text(corpus: Corpus, claim: Claim, document: Document | None) -> Text:
    """The standalone proposition, and under it (dim) the sentence it comes from."""
    text = literal(_one_line(corpus.standalone_proposition(claim), 300))
    if document is not None:
        sentence = claim.sentence(document)
        if sentence != text.plain:
            text.append("\n")
            text.append_text(literal(f"\u201c{_one_line(sentence, 400)}\u201d", "dim"))
    return text


def _claims_table(
    corpus: Corpus, title: str, claims: Sequence[Claim], document: Document | None, width: int
) -> Table:
    table = Table(
        title=literal(title),
        title_justify="left",
        box=box.SIMPLE_HEAD,
        show_edge=False,
        pad_edge=False,
    )
    rows = [where(claim, document) for claim in claims]
    widths = _widths(width, max(len(row) for row in rows))
    for name, size in zip(
        ("line", "kind / cue", "claimant", "target", "evidence", "proposition / sentence"),
        widths,
        strict=True,
    ):
        table.add_column(
            name, width=size, justify="right" if name == "line" else "left", overflow="fold"
        )
    for at, claim in zip(rows, claims, strict=True):
        table.add_row(
            at,
            Text.assemble(claim.kind.value, "\n", literal(_one_line(claim.cue), "dim")),
            literal(_actor(claim.claimant)),
            literal(_actor(claim.target)),
            f"{claim.evidence.strength.value} {claim.evidence.score:.2f}",
            _claim_text(corpus, claim, document),
        )
    return table


def _documents_of(corpus: Corpus) -> dict[str, Document | None]:
    """Every document id with claims or in the corpus, documents first, in order."""
    found: dict[str, Document | None] = {d.id: d for d in corpus.documents}
    for claim in corpus.claims:
        found.setdefault(claim.document_id, None)
    return found


def _dispute_line(label: str, style: str, claim: Claim, against: bool) -> Text:
    who = _actor(claim.claimant) + (f" -> {_actor(claim.target)}" if against else "")
    return Text.assemble(
        "   ",
        (label, style),
        " ",
        literal(f"{who}: {_one_line(claim.proposition, 110)}"),
    )


def print_corpus(corpus: Corpus, console: Console) -> None:
    """Print the corpus's claims, one table per document, then its disputes.

    The tables fit the console's width (long cells wrap inside their column), and
    every text is shown literally.  Each claim shows its standalone proposition
    (:meth:`claimkit.model.Corpus.standalone_proposition`) and, below it, the
    sentence it comes from.  The ``line`` column (see :func:`where`) tells
    apart claims that read alike, such as a summary bullet and the body sentence
    it summarises.

    Args:
        corpus: What to show.
        console: Where to show it.
    """
    console.print(
        Text(f"{len(corpus.claims)} claims in {len(corpus.documents)} documents", style="bold")
    )
    for document_id, document in _documents_of(corpus).items():
        claims = corpus.claims_in(document_id)
        if claims:
            console.print(_claims_table(corpus, document_id, claims, document, console.width))
    disputes = corpus.disputes()
    console.print(Text.assemble("\n", (f"{len(disputes)} disputes", "bold")))
    for number, dispute in enumerate(disputes, 1):
        console.print(
            Text.assemble(
                "\n", (f"{number}.", "bold"), " across ", literal(", ".join(dispute.document_ids))
            )
        )
        for claim in dispute.allegations:
            console.print(_dispute_line("alleges", "red", claim, True))
        for claim in dispute.responses:
            console.print(_dispute_line(claim.kind.value, "green", claim, False))
