"""An HTML report of claims: the documents with their claims highlighted, and the disputes.

The ``html`` exporter writes one self-contained page (``.html``): its style sheet and
its few lines of script are inline, it loads no fonts, images or other files, and a
``Content-Security-Policy`` forbids it to (the inline style and script are allowed by
their hashes).  It holds:

* a **legend** of the claim kinds, their colours and letters, and the marks;
* each **document**: its text exactly as loaded, with every claim's span highlighted
  in the colour of its kind and a badge (kind letter and number, ``D3``) where the
  claim starts; cue words in bold, claimant mentions dotted, target mentions dashed,
  evidence cues boxed.  Where claims overlap the text is cut at every span boundary
  (``claimkit.formats._highlight``): each piece takes the colour of the
  innermost claim covering it and a band in the colour of the next one, and its
  tooltip lists them all; pointing at a claim outlines all of its pieces;
* beside the text, a **card** per claim: kind, claimant and target (with roles and
  affiliations), what is said, the cue words, commitment, evidence strength with its
  cues, the channel, and links to the claims it answers and that answer it;
* the **disputes** (:meth:`claimkit.model.Corpus.disputes`): each thread's allegations
  and responses across documents, each response linked to the allegations it answers
  and back.

Every link points to an element of the page (anchors derived from the claim and
document ids); a ``responds_to`` id that names no claim of the report is shown, not
linked.  Claims whose document is not in the records (claims loaded from CSV) are
listed as cards under their document id, without text.  Everything from the records is
escaped; control characters, which HTML cannot carry, are shown as their Unicode
control pictures (``␀``, ``␛``), one character for one, and the report is for people,
not for loading back.
"""

from __future__ import annotations

import base64
import hashlib
import html
import re
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable, Sequence
from functools import cache
from importlib import resources
from typing import BinaryIO

from claimkit.errors import ExportError
from claimkit.formats._common import corpus_of
from claimkit.formats._highlight import pieces
from claimkit.hookspecs import hookimpl
from claimkit.model import (
    Actor,
    Claim,
    ClaimKind,
    Corpus,
    Dispute,
    Document,
    Record,
    RegionKind,
    Span,
)
from claimkit.registry import Exporter

__all__ = ["KIND_LETTERS", "dump_html", "render_html"]

KIND_LETTERS: dict[ClaimKind, str] = {
    ClaimKind.ALLEGATION: "A",
    ClaimKind.DENIAL: "D",
    ClaimKind.ADMISSION: "Ad",
    ClaimKind.WARNING: "W",
    ClaimKind.CONFIRMATION: "C",
    ClaimKind.STATEMENT: "S",
}
"""The letters that start a claim's badge (``D3``: the report's third claim, a denial)."""

_KIND_HELP: dict[ClaimKind, str] = {
    ClaimKind.ALLEGATION: "accuses someone or asserts a fact damaging to them",
    ClaimKind.DENIAL: "rejects an allegation or its premise",
    ClaimKind.ADMISSION: "concedes a fact against the speaker's own interest",
    ClaimKind.WARNING: "threatens or cautions someone",
    ClaimKind.CONFIRMATION: "affirms a fact that others reported",
    ClaimKind.STATEMENT: "any other attributed statement",
}

_MARK_CLASSES = {
    "cue": "cue",
    "claimant": "who",
    "target": "tgt",
    "evidence": "ev",
    "r-title": "r-title",
    "r-byline": "r-byline",
    "r-boilerplate": "r-boilerplate",
    "r-dateline": "r-dateline",
}

# Characters HTML cannot carry as text, each shown as one visible character so that the
# text keeps its length: C0 controls (but tab, line feed, carriage return) as their
# control pictures, DEL as its picture, C1 controls, lone surrogates and noncharacters
# as the replacement character.
_PICTURES = {code: 0x2400 + code for code in range(0x20) if code not in (0x09, 0x0A, 0x0D)}
_PICTURES[0x7F] = 0x2421
_PICTURES.update({code: 0xFFFD for code in range(0x80, 0xA0)})
_UNSAFE = re.compile("[\ud800-\udfff\ufdd0-\ufdef\ufffe\uffff]")
_ANCHOR_UNSAFE = re.compile(r"[^A-Za-z0-9_-]+")
_WEB_URL = re.compile(r"^https?://[^\s\"'<>]+$", re.IGNORECASE)
_STRENGTH_STEPS = 4
_QUOTE_MARKS = " \t\n\"'\u201c\u201d\u2018\u2019.,;:!?"


def _visible(text: str) -> str:
    return _UNSAFE.sub("\ufffd", text.translate(_PICTURES))


def _e(text: str) -> str:
    """Escape text from the records for HTML text or a quoted attribute value."""
    return html.escape(_visible(text), quote=True)


@cache
def _asset(name: str) -> str:
    return resources.files("claimkit").joinpath("data", name).read_text(encoding="utf-8")


def _csp_hash(source: str) -> str:
    digest = hashlib.sha256(source.encode("utf-8")).digest()
    return "'sha256-" + base64.b64encode(digest).decode("ascii") + "'"


def _plural(count: int, word: str) -> str:
    return f"{count} {word}" if count == 1 else f"{count} {word}s"


class _Anchors:
    """Unique, valid element ids derived from record ids."""

    def __init__(self) -> None:
        self._taken: set[str] = set()

    def make(self, prefix: str, raw: str) -> str:
        stem = _ANCHOR_UNSAFE.sub("-", raw.removeprefix(f"{prefix}:")).strip("-")[:60]
        anchor = f"{prefix}-{stem}" if stem else prefix
        candidate, number = anchor, 1
        while candidate in self._taken:
            number += 1
            candidate = f"{anchor}-{number}"
        self._taken.add(candidate)
        return candidate


def _actor_label(actor: Actor) -> str:
    label = f"<bdi>{_e(actor.name)}</bdi>"
    if actor.role and actor.role != actor.name:
        label += f' <span class="muted">({_e(actor.role)})</span>'
    chain = actor.affiliations()
    if chain:
        label += " for " + " / ".join(f"<bdi>{_e(a.name)}</bdi>" for a in chain)
    return label


def _actor_details(actor: Actor) -> str:
    facts = [actor.kind.value.replace("_", " ")]
    if actor.country:
        facts.append(actor.country)
    if actor.anonymous:
        facts.append("anonymous")
    return f'{_actor_label(actor)} <span class="muted">{_e(" · ".join(facts))}</span>'


def _bare(text: str) -> str:
    return text.strip(_QUOTE_MARKS).casefold()


def _says(claim: Claim) -> str:
    """What the claim says: the proposition, and the quotation when it adds to it."""
    proposition = _e(claim.proposition)
    if not claim.quote:
        return proposition
    quote = f"<q>{_e(claim.quote)}</q>"
    if _bare(claim.proposition) in _bare(claim.quote):
        return quote
    return f"{proposition}<br>{quote}"


class _Report:
    """The page for one corpus: numbering, anchors, and the HTML of each part."""

    def __init__(self, corpus: Corpus) -> None:
        self.corpus = corpus
        known = {d.id for d in corpus.documents}
        self.documents: list[Document | str] = [*corpus.documents]
        self.documents += sorted({c.document_id for c in corpus.claims} - known)
        anchors = _Anchors()
        self.doc_anchor: dict[str, str] = {}
        self.order: list[Claim] = []
        self.by_document: dict[str, list[Claim]] = {}
        for item in self.documents:
            document_id = item if isinstance(item, str) else item.id
            self.doc_anchor[document_id] = anchors.make("doc", document_id)
            found = list(enumerate(corpus.claims_in(document_id)))
            found.sort(
                key=lambda pair: (
                    pair[1].provenance.span.start,
                    -pair[1].provenance.span.end,
                    pair[0],
                )
            )
            claims = [claim for _, claim in found]
            self.by_document[document_id] = claims
            self.order.extend(claims)
        self.number = {claim.id: number for number, claim in enumerate(self.order, 1)}
        self.anchor = {claim.id: anchors.make("claim", claim.id) for claim in self.order}
        self.answered_by: defaultdict[str, list[Claim]] = defaultdict(list)
        for claim in self.order:
            for other in dict.fromkeys(claim.responds_to):
                if other in self.number:
                    self.answered_by[other].append(claim)
        self.disputes: tuple[Dispute, ...] = corpus.disputes()
        self.dispute_of: dict[str, int] = {}
        for number, dispute in enumerate(self.disputes, 1):
            for claim in (*dispute.allegations, *dispute.responses):
                self.dispute_of[claim.id] = number

    # small parts ---------------------------------------------------------------

    def label(self, claim: Claim) -> str:
        return f"{KIND_LETTERS[claim.kind]}{self.number[claim.id]}"

    def describe(self, claim: Claim) -> str:
        return f"claim {self.label(claim)}, {claim.kind.value} by {claim.claimant.name}"

    def ref(self, claim: Claim, prefix: str = "") -> str:
        """A link to a claim's card (or, with ``prefix="in-"``, its thread entry)."""
        return (
            f'<a class="ref k-{claim.kind.value}" href="#{prefix}{self.anchor[claim.id]}" '
            f'title="{_e(self.describe(claim))}">{self.label(claim)}</a>'
        )

    def answers(self, claim: Claim, prefix: str = "") -> list[str]:
        links = []
        for other in dict.fromkeys(claim.responds_to):
            if other in self.number:
                links.append(self.ref(self.corpus.claim(other), prefix))
            else:
                links.append(
                    f'<code>{_e(other)}</code> <span class="muted">(not in this report)</span>'
                )
        return links

    # the document text -----------------------------------------------------------

    def check_spans(self, document: Document, claims: Sequence[Claim]) -> None:
        size = len(document.text)
        for claim in claims:
            spans = [*claim.provenance.spans(), *(cue.span for cue in claim.evidence.cues)]
            for span in spans:
                if span.end > size:
                    raise ExportError(
                        f"claim {claim.id!r}: span {span.start}:{span.end} lies outside "
                        f"document {document.id!r} ({size} characters)"
                    )

    def text(self, document: Document, claims: Sequence[Claim]) -> str:
        self.check_spans(document, claims)
        marks: dict[str, list[Span]] = defaultdict(list)
        for claim in claims:
            provenance = claim.provenance
            marks["cue"].extend(provenance.cue)
            marks["evidence"].extend(cue.span for cue in claim.evidence.cues)
            for name, span in (("claimant", provenance.claimant), ("target", provenance.target)):
                if span is not None:
                    marks[name].append(span)
        for region in document.regions:
            if region.kind in (RegionKind.TITLE, RegionKind.BYLINE, RegionKind.BOILERPLATE,
                               RegionKind.DATELINE):
                marks[f"r-{region.kind.value}"].append(region.span)
        starting: defaultdict[int, list[Claim]] = defaultdict(list)
        for claim in claims:
            starting[claim.provenance.span.start].append(claim)
        text = document.text
        out: list[str] = []
        cut = pieces(len(text), [c.provenance.span for c in claims], marks)
        for piece in cut:
            out.extend(self.badge(claim) for claim in starting.pop(piece.start, ()))
            body = _e(text[piece.start : piece.end])
            classes = [_MARK_CLASSES[name] for name in sorted(piece.marks)]
            if piece.claims:
                covering = [claims[index] for index in piece.claims]
                inner = covering[0]
                classes[:0] = ["hl", f"k-{inner.kind.value}"]
                depth = ""
                if len(covering) > 1:
                    classes.append(f"o-{covering[1].kind.value}")
                    depth = f' data-depth="{len(covering)}"'
                ids = " ".join(self.anchor[c.id] for c in covering)
                tip = "; ".join(self.describe(c) for c in covering)
                out.append(
                    f'<mark class="{" ".join(classes)}" data-claims="{ids}"{depth} '
                    f'title="{_e(tip)}">{body}</mark>'
                )
            elif classes:
                out.append(f'<span class="{" ".join(classes)}">{body}</span>')
            else:
                out.append(body)
        for position in sorted(starting):  # claims starting at the very end
            out.extend(self.badge(claim) for claim in starting[position])
        return "".join(out)

    def badge(self, claim: Claim) -> str:
        anchor = self.anchor[claim.id]
        return (
            f'<a class="badge k-{claim.kind.value}" id="at-{anchor}" href="#{anchor}" '
            f'data-claim="{anchor}" data-n="{self.label(claim)}" '
            f'aria-label="{_e(self.describe(claim))}"></a>'
        )

    # claim cards -----------------------------------------------------------------

    def card(self, claim: Claim, has_text: bool) -> str:
        anchor = self.anchor[claim.id]
        kind = claim.kind.value
        label = self.label(claim)
        named = _e(self.describe(claim))
        if has_text:
            badge = (
                f'<a class="badge k-{kind}" href="#at-{anchor}" data-n="{label}" '
                f'aria-label="{named}, in the text"></a>'
            )
        else:
            badge = (
                f'<span class="badge k-{kind}" data-n="{label}" role="img" '
                f'aria-label="{named}"></span>'
            )
        head = f'{badge} <span class="kind">{_e(kind)}</span> {_actor_label(claim.claimant)}'
        if claim.target is not None:
            head += f" → {_actor_label(claim.target)}"
        if claim.channel is not None:
            head += f' <span class="muted">via</span> {_actor_label(claim.channel)}'
        says = _says(claim)
        cue = f'<span class="cue">{_e(claim.cue)}</span>' if claim.cue else "none"
        facts = (
            f'<span class="muted">cue</span> {cue} · '
            f'<span class="muted">commitment</span> {_e(claim.commitment.value)} · '
            f"{self.evidence(claim)}"
        )
        links = []
        if claim.responds_to:
            links.append('<span class="muted">answers</span> ' + " ".join(self.answers(claim)))
        responses = self.answered_by.get(claim.id, ())
        if responses:
            refs = " ".join(self.ref(c) for c in responses)
            links.append(f'<span class="muted">answered by</span> {refs}')
        if claim.id in self.dispute_of:
            number = self.dispute_of[claim.id]
            links.append(f'<a href="#dispute-{number}">dispute {number}</a>')
        more = f'<p class="links">{" · ".join(links)}</p>' if links else ""
        rows = [("claimant", _actor_details(claim.claimant))]
        if claim.target is not None:
            rows.append(("target", _actor_details(claim.target)))
        if claim.channel is not None:
            rows.append(("via", _actor_details(claim.channel)))
        span = claim.provenance.span
        rows.append(("span", f"{span.start}–{span.end}"))
        rows.append(("id", f"<code>{_e(claim.id)}</code>"))
        table = "".join(f"<dt>{name}</dt><dd>{value}</dd>" for name, value in rows)
        return (
            f'<li class="card k-{kind}" id="{anchor}" data-claim="{anchor}" '
            f'data-id="{_e(claim.id)}">'
            f'<p class="card-head">{head}</p>'
            f'<p class="says">{says}</p><p class="facts">{facts}</p>{more}'
            f"<details><summary>details</summary><dl>{table}</dl></details></li>"
        )

    def evidence(self, claim: Claim) -> str:
        evidence = claim.evidence
        rank = min(evidence.strength.rank, _STRENGTH_STEPS)
        pips = "●" * rank + "○" * (_STRENGTH_STEPS - rank)
        text = (
            '<span class="strength"><span class="muted">evidence</span> '
            f'<span class="pips" aria-hidden="true">{pips}</span> '
            f"{_e(evidence.strength.value.replace('_', ' '))} ({evidence.score:.2f})</span>"
        )
        if evidence.cues:
            items = "; ".join(
                f'{_e(cue.effect.value)} <span class="ev">{_e(cue.text)}</span> {cue.weight:+.2f}'
                for cue in evidence.cues
            )
            text += f" ({items})"
        return text

    # sections --------------------------------------------------------------------

    def document_section(self, item: Document | str) -> str:
        document_id = item if isinstance(item, str) else item.id
        claims = self.by_document[document_id]
        anchor = self.doc_anchor[document_id]
        counts = Counter(claim.kind for claim in claims)
        tally = ", ".join(_plural(counts[kind], kind.value) for kind in ClaimKind if counts[kind])
        meta = [f"<code>{_e(document_id)}</code>"]
        if isinstance(item, Document):
            heading = item.title or (item.summary[0] if item.summary else document_id)
            if item.outlet:
                meta.append(_e(item.outlet))
            if item.published:
                meta.append(_e(item.published.isoformat()))
            if item.byline:
                meta.append(f"by {_e(item.byline)}")
            if item.url and _WEB_URL.match(item.url):
                meta.append(
                    f'<a href="{_e(item.url)}" rel="noopener noreferrer">{_e(item.url)}</a>'
                )
            elif item.url:
                meta.append(_e(item.url))
            body = f'<div class="text">{self.text(item, claims)}</div>'
            if not item.text:
                body = f'<p class="muted">(empty text)</p>{body}'
        else:
            heading = document_id
            body = '<p class="muted">The text of this document is not in the records.</p>'
        meta.append(_plural(len(claims), "claim") + (f": {tally}" if tally else ""))
        cards = "".join(self.card(claim, isinstance(item, Document)) for claim in claims)
        listing = f'<ol class="cards">{cards}</ol>' if cards else '<p class="muted">No claims.</p>'
        return (
            f'<section class="document" id="{anchor}" data-id="{_e(document_id)}">'
            f"<h2><bdi>{_e(heading)}</bdi></h2>"
            f'<p class="meta">{" · ".join(meta)}</p>'
            f'<div class="doc-body">{body}'
            f'<div class="cards-wrap"><h3>Claims</h3>{listing}</div></div></section>'
        )

    def entry(self, claim: Claim, number: int) -> str:
        anchor = self.anchor[claim.id]
        kind = claim.kind.value
        who = _actor_label(claim.claimant)
        if claim.target is not None:
            who += f" → {_actor_label(claim.target)}"
        document = self.doc_anchor[claim.document_id]
        links = []
        if claim.responds_to:
            links.append("answers " + " ".join(self.answers(claim, "in-")))
        responses = [
            c for c in self.answered_by.get(claim.id, ()) if self.dispute_of.get(c.id) == number
        ]
        if responses:
            links.append("answered by " + " ".join(self.ref(c, "in-") for c in responses))
        more = f'<div class="links">{" · ".join(links)}</div>' if links else ""
        return (
            f'<li class="entry k-{kind}" id="in-{anchor}" data-claim="{anchor}">'
            f'{self.ref(claim)} <span class="kind">{_e(kind)}</span> {who} '
            f'<span class="muted">in <a href="#{document}">'
            f"<code>{_e(claim.document_id)}</code></a></span>"
            f'<span class="says">{_e(claim.proposition)}</span>{more}</li>'
        )

    def dispute_section(self, number: int, dispute: Dispute) -> str:
        documents = ", ".join(
            f'<a href="#{self.doc_anchor[d]}"><code>{_e(d)}</code></a>'
            for d in dispute.document_ids
        )
        allegations = "".join(self.entry(c, number) for c in dispute.allegations)
        responses = "".join(self.entry(c, number) for c in dispute.responses)
        return (
            f'<section class="dispute" id="dispute-{number}" aria-labelledby="dispute-{number}-h">'
            f'<h3 id="dispute-{number}-h">Dispute {number}</h3>'
            f'<p class="meta">{_plural(len(dispute.allegations), "allegation")}, '
            f"{_plural(len(dispute.responses), 'response')} "
            f"({_plural(len(dispute.denials), 'denial')}) in {documents}</p>"
            f'<p class="thread-part">Allegations</p><ol class="thread">{allegations}</ol>'
            f'<p class="thread-part">Responses</p><ol class="thread">{responses}</ol></section>'
        )

    def legend(self) -> str:
        kinds = "".join(
            f'<li><span class="badge k-{kind.value}" data-n="{KIND_LETTERS[kind]}"></span>'
            f'<mark class="hl k-{kind.value}">{kind.value}</mark>: {_KIND_HELP[kind]}</li>'
            for kind in ClaimKind
        )
        parts = (
            '<li><span class="cue">cue words</span>: the reporting verb or noun</li>'
            '<li><span class="who">claimant</span> as named in the text</li>'
            '<li><span class="tgt">target</span> as named in the text</li>'
            '<li><span class="ev">evidence cue</span>: raises or lowers the evidence</li>'
            '<li><mark class="hl k-denial o-allegation" data-depth="2">banded</mark>: '
            "claims overlap (band: the enclosing claim)</li>"
            '<li><span class="pips">●●○○</span> evidence strength, from none to corroborated</li>'
        )
        return (
            '<section class="legend" aria-labelledby="legend-h"><h2 id="legend-h">Legend</h2>'
            f"<ul>{kinds}{parts}</ul>"
            '<p class="muted">The badge before a highlight names its claim (kind letter and '
            "number) and leads to its card; point at a claim to outline all of its text.</p>"
            "</section>"
        )

    def page(self) -> str:
        css = _asset("report.css")
        script = _asset("report.js")
        policy = (
            f"default-src 'none'; style-src {_csp_hash(css)}; script-src {_csp_hash(script)}; "
            "img-src 'none'; base-uri 'none'; form-action 'none'"
        )
        claims, documents = len(self.order), len(self.documents)
        title = f"claimkit report: {_plural(claims, 'claim')} in {_plural(documents, 'document')}"
        doc_links = "".join(
            f'<li><a href="#{self.doc_anchor[d if isinstance(d, str) else d.id]}">'
            f"<code>{_e(d if isinstance(d, str) else d.id)}</code></a></li>"
            for d in self.documents
        )
        dispute_links = "".join(
            f'<li><a href="#dispute-{n}">dispute {n}</a></li>'
            for n in range(1, len(self.disputes) + 1)
        )
        disputes = "".join(self.dispute_section(n, d) for n, d in enumerate(self.disputes, 1))
        if not disputes:
            disputes = (
                '<p class="muted">No allegation in these records is answered by a denial.</p>'
            )
        sections = "".join(self.document_section(item) for item in self.documents)
        return (
            "<!DOCTYPE html>\n"
            '<html lang="en"><head><meta charset="utf-8">'
            f'<meta http-equiv="Content-Security-Policy" content="{policy}">'
            '<meta name="viewport" content="width=device-width, initial-scale=1">'
            '<meta name="generator" content="claimkit">'
            f"<title>{title}</title>\n<style>{css}</style></head>\n<body>"
            f'<header><h1>Claims report</h1><p class="summary">{title.split(": ", 1)[1]}; '
            f"{_plural(len(self.disputes), 'dispute')}.</p>"
            '<nav class="toc" aria-label="Contents">'
            f"<ul><li><b>Documents:</b></li>{doc_links}</ul>"
            f'<ul><li><b><a href="#disputes">Disputes</a>:</b></li>{dispute_links}</ul></nav>'
            f"{self.legend()}</header>\n<main>{sections}\n"
            f'<section id="disputes" aria-labelledby="disputes-h"><h2 id="disputes-h">Disputes</h2>'
            '<p class="muted">Threads of allegations and the claims that answer them, across '
            "documents; each answer links to the allegations it answers.</p>"
            f"{disputes}</section></main>\n<script>{script}</script></body></html>\n"
        )


def render_html(corpus: Corpus) -> str:
    """Render a corpus as one self-contained HTML page (see :mod:`claimkit.formats.html`).

    Args:
        corpus: The documents and claims to show.

    Returns:
        The page.

    Raises:
        ExportError: A claim's span lies outside its document's text.
    """
    return _Report(corpus).page()


def dump_html(records: Iterable[Record], stream: BinaryIO) -> None:
    """Write the HTML report of the records (see :func:`render_html`)."""
    stream.write(render_html(corpus_of(records)).encode("utf-8"))


@hookimpl
def register_exporters(register: Callable[[Exporter], None]) -> None:
    """Register the ``html`` exporter: a self-contained report page."""
    register(
        Exporter(
            name="html",
            dump=dump_html,
            extensions=(".html", ".htm"),
            description="a self-contained HTML report: highlighted claims and dispute threads",
        )
    )
