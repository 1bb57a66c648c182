"""claimkit-markdown: a claimkit exporter plugin that writes claims as Markdown tables.

The output has one section per document, holding a table of its claims, then one
section per dispute thread (an allegation and the claims that answer it)::

    # Claims and disputes

    2 documents, 31 claims, 3 disputes.

    ## North Korea denies US claims that it is sending artillery ammunition to Russia

    `004_1a83e61fc4204547`

    | # | kind | claimant | target | cue | evidence | commitment | proposition |
    |--:|---|---|---|---|---|---|---|
    | 1 | denial | North Korea | United States | has denied | assertion 0.25 | certain | ... |

The package registers one exporter, ``markdown``, for the ``.md`` and ``.markdown``
extensions, through the ``claimkit`` entry point group (see ``pyproject.toml``).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from typing import BinaryIO

import claimkit
from claimkit import Actor, Claim, Corpus, Document, Exporter

__all__ = ["dump_markdown", "escape_cell", "render_markdown"]

_SPECIAL = re.compile(r"([\\`*_\[\]<>|~&#])")
_SPACE = re.compile(r"\s+")
_COLUMNS = ("#", "kind", "claimant", "target", "cue", "evidence", "commitment", "proposition")


def escape_cell(text: str) -> str:
    r"""Make any text safe inside a Markdown table cell.

    Line breaks and runs of whitespace become one space, and the characters that
    Markdown (or an HTML renderer behind it) would read as markup are backslash-escaped.

    Args:
        text: Any text.

    Returns:
        The escaped text, on one line.

    Example:
        >>> print(escape_cell("a | b\n<script>*x*"))
        a \| b \<script\>\*x\*
    """
    return _SPECIAL.sub(r"\\\1", _SPACE.sub(" ", text).strip())


def _count(number: int, noun: str) -> str:
    return f"{number} {noun}" + ("" if number == 1 else "s")


def _actor(actor: Actor | None) -> str:
    if actor is None:
        return ""
    label = actor.name
    if actor.role:
        label += f", {actor.role}"
    if actor.affiliation is not None:
        label += f" ({actor.principal.name})"
    return label


def _evidence(claim: Claim) -> str:
    evidence = claim.evidence
    label = f"{evidence.strength.value} {evidence.score:.2f}"
    if evidence.cues:
        label += ": " + ", ".join(f"“{cue.text}”" for cue in evidence.cues)
    return label


def _row(number: int, claim: Claim) -> str:
    cells = (
        str(number),
        claim.kind.value,
        _actor(claim.claimant),
        _actor(claim.target),
        claim.cue,
        _evidence(claim),
        claim.commitment.value,
        claim.proposition,
    )
    return "| " + " | ".join(escape_cell(cell) for cell in cells) + " |"


def _document_heading(document: Document | None, document_id: str) -> list[str]:
    title = document.title if document is not None and document.title else document_id
    lines = [f"## {escape_cell(title)}", ""]
    details = [f"`{document_id.replace('`', '')}`"]
    if document is not None:
        details.extend(
            escape_cell(value)
            for value in (
                document.outlet,
                document.published.isoformat() if document.published else None,
                document.url,
            )
            if value
        )
    lines.extend([" · ".join(details), ""])
    return lines


def render_markdown(corpus: Corpus) -> str:
    """Render a corpus as Markdown: a claims table per document, then the disputes.

    Args:
        corpus: The corpus to describe.

    Returns:
        The Markdown text, ending with one newline.
    """
    disputes = corpus.disputes()
    documents = {document.id: document for document in corpus.documents}
    order = list(documents)
    order += [i for i in dict.fromkeys(c.document_id for c in corpus.claims) if i not in documents]
    out = [
        "# Claims and disputes",
        "",
        f"{_count(len(corpus.documents), 'document')}, {_count(len(corpus.claims), 'claim')}, "
        f"{_count(len(disputes), 'dispute')}.",
        "",
    ]
    for document_id in order:
        claims = corpus.claims_in(document_id)
        out.extend(_document_heading(documents.get(document_id), document_id))
        if not claims:
            out.extend(["No claims found.", ""])
            continue
        out.append("| " + " | ".join(_COLUMNS) + " |")
        out.append("|--:|" + "---|" * (len(_COLUMNS) - 1))
        out.extend(_row(number, claim) for number, claim in enumerate(claims, 1))
        out.append("")
    out.extend(["## Disputes", ""])
    if not disputes:
        out.extend(["No allegation in these documents is answered by a denial.", ""])
    for number, dispute in enumerate(disputes, 1):
        first = dispute.allegations[0]
        heading = f"{_actor(first.claimant)} → {_actor(first.target) or 'unknown'}"
        out.extend([f"### {number}. {escape_cell(heading)}", ""])
        sources = ", ".join(f"`{i.replace('`', '')}`" for i in dispute.document_ids)
        out.extend([f"In {sources}.", ""])
        for claim in (*dispute.allegations, *dispute.responses):
            out.append(
                f"- **{claim.kind.value}** by {escape_cell(_actor(claim.claimant))} "
                f"(“{escape_cell(claim.cue)}”): {escape_cell(claim.proposition)}"
            )
        out.append("")
    return "\n".join(out).rstrip("\n") + "\n"


def dump_markdown(records: Iterable[claimkit.Record], stream: BinaryIO) -> None:
    """Write records as Markdown (the ``dump`` function of the ``markdown`` exporter).

    Args:
        records: Documents, actors and claims, as claimkit passes them.
        stream: The binary stream to write UTF-8 Markdown to.
    """
    documents: list[Document] = []
    claims: list[Claim] = []
    for record in records:
        if isinstance(record, Document):
            documents.append(record)
        elif isinstance(record, Claim):
            claims.append(record)
    stream.write(render_markdown(Corpus.build(documents, claims)).encode("utf-8"))


@claimkit.hookimpl
def register_exporters(register: Callable[[Exporter], None]) -> None:
    """Register the ``markdown`` exporter."""
    register(
        Exporter(
            name="markdown",
            dump=dump_markdown,
            extensions=(".md", ".markdown"),
            description="claims as Markdown tables, one per document, then the disputes",
        )
    )
