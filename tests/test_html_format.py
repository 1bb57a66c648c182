"""The HTML report: highlighting, links, escaping and errors, read back with an HTML parser.

What the page looks like in a browser is checked in ``test_html_browser.py``.
"""

from __future__ import annotations

import base64
import hashlib
import re
from collections import Counter, defaultdict
from html.parser import HTMLParser
from pathlib import Path

import pytest
from click.testing import CliRunner
from hypothesis import given
from hypothesis import strategies as st

import claimkit
from claimkit import (
    Actor,
    ActorKind,
    Claim,
    ClaimKind,
    Corpus,
    Document,
    ExportError,
    Provenance,
    Span,
)
from claimkit.cli import main
from claimkit.formats._highlight import pieces
from claimkit.formats.html import KIND_LETTERS, render_html
from claimkit.plugins import get_registry
from claimkit.testing import strategies

VOID = {"meta", "br", "link", "img", "input", "hr", "wbr"}


class Page(HTMLParser):
    """What the tests read from a report: ids, links, the text blocks and their marks."""

    def __init__(self, source: str) -> None:
        super().__init__(convert_charrefs=True)
        self.ids: list[str] = []
        self.hrefs: list[str] = []
        self.tags: defaultdict[str, int] = defaultdict(int)
        self.texts: dict[str, str] = {}  # document id -> the text shown
        self.marks: defaultdict[str, list[tuple[str, int, int]]] = defaultdict(list)
        self.badges: dict[str, str] = {}  # badge id -> data-n
        self.cards: dict[str, str] = {}  # claim id -> card anchor
        self.links_from: defaultdict[str, list[str]] = defaultdict(list)  # entry id -> hrefs
        self.scripts: list[str] = []
        self.styles: list[str] = []
        self.meta: dict[str, str] = {}
        self._document: str | None = None
        self._in_text = 0
        self._text: list[str] = []
        self._mark: list[str] | None = None
        self._entry: str | None = None
        self._raw: list[str] | None = None
        self.feed(source)
        self.close()

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        a = {k: v or "" for k, v in attrs}
        self.tags[tag] += 1
        if "id" in a:
            self.ids.append(a["id"])
        if tag == "a" and "href" in a:
            self.hrefs.append(a["href"])
            if self._entry is not None:
                self.links_from[self._entry].append(a["href"])
        if tag == "meta" and "http-equiv" in a:
            self.meta[a["http-equiv"]] = a["content"]
        if tag in ("script", "style"):
            self._raw = []
        classes = a.get("class", "").split()
        if tag == "section" and "document" in classes:
            self._document = a["data-id"]
        if tag == "li" and "card" in classes:
            self.cards[a["data-id"]] = a["id"]
        if tag == "li" and "entry" in classes:
            self._entry = a["id"]
        if self._in_text and tag not in VOID:
            self._in_text += 1
        if tag == "div" and "text" in classes:
            self._in_text, self._text = 1, []
        if self._in_text and "badge" in classes:
            self.badges[a["id"]] = a["data-n"]
        if self._in_text and tag == "mark":
            self._mark = []
            self._mark_claims = a["data-claims"].split()
            self._mark_start = len("".join(self._text))

    def handle_endtag(self, tag: str) -> None:
        if tag in ("script", "style") and self._raw is not None:
            (self.scripts if tag == "script" else self.styles).append("".join(self._raw))
            self._raw = None
        if tag == "li":
            self._entry = None
        if tag == "mark" and self._mark is not None:
            end = len("".join(self._text))
            for anchor in self._mark_claims:
                self.marks[anchor].append(("".join(self._mark), self._mark_start, end))
            self._mark = None
        if self._in_text:
            self._in_text -= 1
            if not self._in_text:
                assert self._document is not None
                self.texts[self._document] = "".join(self._text)

    def handle_data(self, data: str) -> None:
        if self._raw is not None:
            self._raw.append(data)
        if self._in_text:
            self._text.append(data)
            if self._mark is not None:
                self._mark.append(data)


REPLACED = {*range(0x80, 0xA0), *range(0xD800, 0xE000), *range(0xFDD0, 0xFDF0), 0xFFFE, 0xFFFF}


def visible(text: str) -> str:
    """The text as the report shows it: controls as pictures, one character for one."""
    out = []
    for char in text:
        code = ord(char)
        if code < 0x20 and char not in "\t\n\r":
            out.append(chr(0x2400 + code))
        elif code == 0x7F:
            out.append("\u2421")
        elif code in REPLACED:
            out.append("\ufffd")
        else:
            out.append(char)
    return "".join(out)


def check_page(corpus: Corpus, source: str) -> Page:
    """The checks every report passes: it parses, ids are unique, every link resolves, each
    document's text is shown exactly, and each claim's highlight covers exactly its span."""
    page = Page(source)
    assert len(page.ids) == len(set(page.ids)), "duplicate ids"
    ids = set(page.ids)
    for href in page.hrefs:
        if href.startswith("#"):
            assert href[1:] in ids, f"link {href} goes nowhere"
        else:
            assert re.match(r"^https?://", href), href
    assert page.tags["script"] == 1 and page.tags["style"] == 1
    assert not page.tags["img"] and not page.tags["link"] and not page.tags["iframe"]
    documents = {d.id: d for d in corpus.documents}
    assert set(page.texts) == {visible(d) for d in documents}
    for document in corpus.documents:
        assert page.texts[visible(document.id)] == visible(document.text)
    shown_ids = Counter(visible(c.id) for c in corpus.claims)
    for claim in corpus.claims:
        if shown_ids[visible(claim.id)] > 1:
            continue  # ids that differ only in characters a parser replaces look alike
        anchor = page.cards[visible(claim.id)]
        if claim.document_id not in documents:
            assert f"at-{anchor}" not in ids and anchor not in page.marks
            continue
        assert f"at-{anchor}" in page.badges
        span = claim.provenance.span
        shown = page.marks.get(anchor, [])
        # the highlighted pieces are contiguous and are exactly the claim's span
        assert "".join(text for text, _, _ in shown) == visible(
            documents[claim.document_id].text[span.start : span.end]
        )
        if shown:
            assert shown[-1][2] - shown[0][1] == len(span)
    return page


# ------------------------------------------------------------------------- pieces


def test_pieces_cut_overlapping_spans_innermost_first() -> None:
    outer, inner = Span(start=2, end=12), Span(start=5, end=8)
    cut = pieces(15, [outer, inner, None], {"cue": [Span(start=6, end=7)]})
    assert [(p.start, p.end, p.claims, sorted(p.marks)) for p in cut] == [
        (0, 2, (), []),
        (2, 5, (0,), []),
        (5, 6, (1, 0), []),
        (6, 7, (1, 0), ["cue"]),
        (7, 8, (1, 0), []),
        (8, 12, (0,), []),
        (12, 15, (), []),
    ]


def test_pieces_refuse_spans_outside_the_text() -> None:
    with pytest.raises(ValueError, match="outside a text of 4 chars"):
        pieces(4, [Span(start=1, end=5)])
    assert pieces(0, []) == []


@given(
    length=st.integers(0, 40),
    data=st.data(),
)
def test_pieces_cover_the_text_and_know_what_covers_them(length: int, data: st.DataObject) -> None:
    offsets = st.integers(0, length)
    spans = data.draw(
        st.lists(st.tuples(offsets, offsets).map(lambda p: Span(start=min(p), end=max(p))))
    )
    cues = data.draw(
        st.lists(st.tuples(offsets, offsets).map(lambda p: Span(start=min(p), end=max(p))))
    )
    cut = pieces(length, spans, {"cue": cues})
    assert [p.start for p in cut] == [0, *(p.end for p in cut[:-1])][: len(cut)]
    assert (cut[-1].end if cut else 0) == length
    for piece in cut:
        assert piece.start < piece.end
        covering = {i for i, s in enumerate(spans) if s.start <= piece.start and piece.end <= s.end}
        assert set(piece.claims) == covering
        widths = [len(spans[i]) for i in piece.claims]
        assert widths == sorted(widths)
        in_cue = any(s.start <= piece.start and piece.end <= s.end for s in cues)
        assert ("cue" in piece.marks) == in_cue
        for s in (*spans, *cues):  # no boundary of a non-empty span falls inside a piece
            if not s:
                continue
            assert not piece.start < s.start < piece.end and not piece.start < s.end < piece.end


# ------------------------------------------------------------------------- seeds


@pytest.fixture(scope="module")
def seeds() -> Corpus:
    return claimkit.datasets.example()


def test_seed_report_highlights_every_claim_and_links_every_thread(seeds: Corpus) -> None:
    source = claimkit.dumps(seeds, "html").decode("utf-8")
    page = check_page(seeds, source)
    assert len(page.badges) == len(seeds.claims) == len(page.cards)
    disputes = seeds.disputes()
    assert disputes
    for number, dispute in enumerate(disputes, 1):
        assert f"dispute-{number}" in page.ids
        for denial in dispute.denials:
            entry = f"in-{page.cards[denial.id]}"
            answered = [a for a in dispute.allegations if a.id in denial.responds_to]
            assert answered, denial.id
            for allegation in answered:
                assert f"#in-{page.cards[allegation.id]}" in page.links_from[entry]
                # and back: the allegation's entry links to the denial
                back = page.links_from[f"in-{page.cards[allegation.id]}"]
                assert f"#{entry}" in back
    # badges are numbered through the report in text order, lettered by kind
    labels = sorted(page.badges.values(), key=lambda n: int(re.sub(r"\D", "", n)))
    assert [int(re.sub(r"\D", "", n)) for n in labels] == list(range(1, len(seeds.claims) + 1))
    assert {re.sub(r"\d", "", n) for n in labels} <= set(KIND_LETTERS.values())


def test_seed_report_overlaps_are_banded_with_the_enclosing_kind(seeds: Corpus) -> None:
    source = claimkit.dumps(seeds, "html").decode("utf-8")
    page = Page(source)
    claim_of = {anchor: seeds.claim(claim_id) for claim_id, anchor in page.cards.items()}
    nested = re.findall(r'<mark class="([^"]*)" data-claims="([^"]*)" data-depth="(\d+)"', source)
    assert nested, "the seeds have overlapping claims"
    for classes, anchors, depth in nested:
        covering = [claim_of[a] for a in anchors.split()]
        assert int(depth) == len(covering) > 1
        # the innermost claim's colour, the next one's band
        assert f"k-{covering[0].kind.value}" in classes.split()
        assert f"o-{covering[1].kind.value}" in classes.split()
        widths = [len(c.provenance.span) for c in covering]
        assert widths == sorted(widths)


def test_content_security_policy_allows_only_the_inline_style_and_script(seeds: Corpus) -> None:
    page = Page(claimkit.dumps(seeds, "html").decode("utf-8"))
    policy = page.meta["Content-Security-Policy"]
    assert "default-src 'none'" in policy

    def digest(source: str) -> str:
        return base64.b64encode(hashlib.sha256(source.encode()).digest()).decode()

    assert f"script-src 'sha256-{digest(page.scripts[0])}'" in policy
    assert f"style-src 'sha256-{digest(page.styles[0])}'" in policy
    assert "http" not in page.styles[0] and "url(" not in page.styles[0]
    assert "@import" not in page.styles[0] and "@font-face" not in page.styles[0]


# ------------------------------------------------------------------------- hostile


HOSTILE = (
    "<script>alert(1)</script> \"quoted\" & 'single' [bold red]markup[/bold red] "
    "NUL\x00 ESC\x1b[31m DEL\x7f NEL\x85 BOM\ufeff lone\ud800 RLO\u202eevil\u202c"
    " </div></mark><!-- -->]]> {{ x }}\n"
)


def _hostile_corpus() -> Corpus:
    evil = Actor(id='actor:"><script>', name="<img src=x onerror=alert(1)>", kind=ActorKind.PERSON)
    text = f"Title <u>\n{HOSTILE}Mallory denied it.\n"
    start = text.index("Mallory")
    document = Document(
        id='doc "one" <x>',
        text=text,
        title="<script>t()</script>",
        url="javascript:alert(1)",
        byline="</p><script>b()</script>",
    )
    claims = [
        Claim(
            id='claim:1" onmouseover="x',
            kind=ClaimKind.ALLEGATION,
            claimant=evil,
            proposition="<script>p()</script>",
            quote='"><svg onload=q()>',
            cue="<i>",
            provenance=Provenance(document_id=document.id, span=Span(start=0, end=len(text) - 1)),
        ),
        Claim(
            id="claim:2 </li>",
            kind=ClaimKind.DENIAL,
            claimant=evil,
            proposition="it",
            cue="denied",
            provenance=Provenance(
                document_id=document.id,
                span=Span(start=start, end=len(text) - 1),
                cue=(Span(start=start + 8, end=start + 14),),
                claimant=Span(start=start, end=start + 7),
            ),
            responds_to=('claim:1" onmouseover="x', "claim:<missing>"),
        ),
    ]
    return Corpus.build([document], claims)


def test_hostile_text_is_escaped_and_shown_character_for_character() -> None:
    corpus = _hostile_corpus()
    source = claimkit.dumps(corpus, "html").decode("utf-8")
    page = check_page(corpus, source)
    assert source.count("<script") == 1  # only the report's own
    for bad in ("<img", "<svg", "<u>", "<i>", '</li>"', 'onmouseover="x"', "<!-- -->"):
        assert bad not in source, bad
    shown = page.texts[corpus.documents[0].id]
    assert "[bold red]markup[/bold red]" in shown
    assert "NUL\u2400 ESC\u241b[31m DEL\u2421 NEL\ufffd" in shown
    assert "lone\ufffd" in shown
    assert not re.search("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]", source)
    source.encode("utf-8")  # no lone surrogates left
    # a URL that is not a web address is shown, never linked
    assert "javascript:alert(1)" in source and 'href="javascript' not in source
    # an id that names no claim of the report is shown, not linked
    assert "claim:&lt;missing&gt;" in source and "(not in this report)" in source


@given(corpus=strategies.corpora())
def test_every_generated_corpus_gives_a_sound_page(corpus: Corpus) -> None:
    check_page(corpus, render_html(corpus))


# ------------------------------------------------------------------------- errors


def test_claims_without_their_document_are_listed_without_text(seeds: Corpus) -> None:
    claims_only = Corpus.build([], seeds.claims)
    page = check_page(claims_only, render_html(claims_only))
    assert len(page.cards) == len(seeds.claims) and not page.badges and not page.texts


def test_a_span_outside_its_document_is_an_export_error(tmp_path: Path) -> None:
    document = Document(id="d", text="short")
    claim = Claim(
        id="c1",
        kind=ClaimKind.DENIAL,
        claimant=Actor(id="a", name="A"),
        proposition="x",
        provenance=Provenance(
            document_id="d", span=Span(start=0, end=5), cue=(Span(start=3, end=9),)
        ),
    )
    target = tmp_path / "report.html"
    with pytest.raises(
        ExportError, match=r"claim 'c1': span 3:9 lies outside document 'd' \(5 characters\)"
    ):
        claimkit.dump(Corpus.build([document], [claim]), target)
    assert list(tmp_path.iterdir()) == []


# ------------------------------------------------------------------------- registration


def test_html_is_a_builtin_exporter_chosen_by_extension() -> None:
    registry = get_registry()
    exporter = registry.exporters["html"]
    assert exporter.plugin == "claimkit.formats.html"
    assert registry.choose_exporter("Report.HTML") is exporter
    assert registry.choose_exporter("report.htm") is exporter


def test_cli_lists_the_exporter_and_writes_the_seed_report(seeds_dir: Path, tmp_path: Path) -> None:
    runner = CliRunner()
    listed = runner.invoke(main, ["plugins"], env={"COLUMNS": "200"})
    assert listed.exit_code == 0
    assert re.search(
        r"exporter\s+│\s+html\s+│\s+\.html \.htm\s+│\s+claimkit\.formats\.html", listed.output
    )
    out = tmp_path / "report.html"
    result = runner.invoke(main, ["extract", str(seeds_dir), "-o", str(out)])
    assert result.exit_code == 0, result.output
    assert out.read_text(encoding="utf-8").startswith("<!DOCTYPE html>")


def test_same_records_same_bytes(seeds: Corpus) -> None:
    shuffled_actors = Corpus(
        documents=seeds.documents, actors=seeds.actors[::-1], claims=seeds.claims
    )
    assert claimkit.dumps(shuffled_actors, "html") == claimkit.dumps(seeds, "html")
