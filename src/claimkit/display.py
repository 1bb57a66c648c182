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

from rich.console import Console
from rich.table import Table
from rich.text import Text

from claimkit.model import Actor, Claim, Corpus

__all__ = ["literal", "print_corpus", "printable"]

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


def _claims_table(corpus: Corpus) -> Table:
    table = Table(
        title=literal(f"{len(corpus.claims)} claims in {len(corpus.documents)} documents")
    )
    for column in ("document", "kind", "claimant", "target", "cue", "evidence", "proposition"):
        table.add_column(column, overflow="fold")
    for claim in corpus.claims:
        table.add_row(
            literal(claim.document_id),
            claim.kind.value,
            literal(_actor(claim.claimant)),
            literal(_actor(claim.target)),
            literal(claim.cue),
            f"{claim.evidence.strength.value} {claim.evidence.score:.2f}",
            literal(_one_line(claim.proposition, 160)),
        )
    return table


def _dispute_line(label: str, style: str, claim: Claim, against: bool) -> Text:
    who = _actor(claim.claimant) + (f" -> {_actor(claim.target)}" if against else "")
    return Text.assemble(
        "   ",
        (label, style),
        " ",
        literal(f"{who}: {_one_line(claim.proposition, 110)}"),
    )


def print_corpus(corpus: Corpus, console: Console) -> None:
    """Print a table of the corpus's claims, then its disputes, every text literal.

    Args:
        corpus: What to show.
        console: Where to show it.
    """
    console.print(_claims_table(corpus))
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
