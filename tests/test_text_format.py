from __future__ import annotations

from pathlib import Path

import pytest

import claimkit
from claimkit.formats.text import parse_article, render_report
from claimkit.model import Corpus, RegionKind

SEED_A = "000_6bcb59690b46f811"
SEED_B = "004_1a83e61fc4204547"


def _load(seeds_dir: Path, name: str) -> claimkit.Document:
    corpus = claimkit.load(seeds_dir / f"{name}.txt", extract=False)
    (document,) = corpus.documents
    return document


def test_text_is_kept_byte_for_byte(seeds_dir: Path) -> None:
    for name in (SEED_A, SEED_B):
        document = _load(seeds_dir, name)
        assert document.text == (seeds_dir / f"{name}.txt").read_text(encoding="utf-8")
        assert document.id == name


def test_bullet_summary_layout(seeds_dir: Path) -> None:
    document = _load(seeds_dir, SEED_A)
    assert document.title is None
    assert document.summary == (
        "North Korea denies ever providing Russia with weapons.",
        "It denies any plans to do so.",
        "It wants to \u201ctarnishing\u201d its reputation.",
    )
    kinds = [r.kind for r in document.regions]
    assert kinds[:3] == [RegionKind.SUMMARY] * 3
    assert kinds[3:-1] == [RegionKind.BODY] * (len(kinds) - 4)
    assert kinds[-1] is RegionKind.BOILERPLATE
    assert document.metadata["boilerplate"].startswith("[embedpost slug=")
    # offsets are exact against the original text, summary regions exclude the bullet
    for region in document.regions:
        piece = document.span_text(region.span)
        assert piece == piece.strip() and piece
    assert document.span_text(document.regions[0].span).startswith("North Korea denies")


def test_title_paragraph_layout_with_byline_and_boilerplate(seeds_dir: Path) -> None:
    document = _load(seeds_dir, SEED_B)
    assert document.title == (
        "North Korea denies US claims that it is sending artillery ammunition to Russia"
    )
    assert document.summary == ()
    assert document.byline == "Editor"
    assert document.metadata == {"boilerplate": "Leave a Reply"}
    kinds = [r.kind for r in document.regions]
    assert kinds[0] is RegionKind.TITLE
    assert kinds[-2:] == [RegionKind.BYLINE, RegionKind.BOILERPLATE]
    body = [document.span_text(r.span) for r in document.content_regions()]
    assert "By Editor" not in body and "Leave a Reply" not in body
    assert body[1].startswith("North Korea has denied American claims")


@pytest.mark.parametrize(
    ("text", "title", "summary"),
    [
        ("Title line\n\nFirst paragraph here.\n", "Title line", ()),
        ("* one\n* two\n\nBody text.", None, ("one", "two")),
        ("A sentence that ends.\nAnother one.", None, ()),
        ("\ufeffHeadline with BOM\nBody.", "\ufeffHeadline with BOM", ()),
        ("Headline\r\n\r\nBody with CRLF.\r\n", "Headline", ()),
    ],
)
def test_layouts(text: str, title: str | None, summary: tuple[str, ...]) -> None:
    document = parse_article(text, "d")
    assert document.title == title
    assert document.summary == summary
    for region in document.regions:
        assert 0 <= region.span.start <= region.span.end <= len(text)


def test_shortcodes_and_comment_prompts_are_boilerplate() -> None:
    text = 'Body text here.\n[caption id="1"]\nShare this:\nAdvertisement\n'
    document = parse_article(text, "d")
    assert [r.kind for r in document.regions].count(RegionKind.BOILERPLATE) == 3
    assert document.metadata["boilerplate"] == '[caption id="1"]\nShare this:\nAdvertisement'


def test_utf8_bom_is_dropped_on_load(tmp_path: Path) -> None:
    path = tmp_path / "bom.txt"
    path.write_bytes(b"\xef\xbb\xbfHeadline\n\nBody.")
    (document,) = claimkit.load(path, extract=False).documents
    assert document.title == "Headline"


def test_invalid_utf8_names_the_line(tmp_path: Path) -> None:
    path = tmp_path / "latin1.txt"
    path.write_bytes("Title\n\nCaf\u00e9 society.\n".encode("latin-1"))
    with pytest.raises(claimkit.LoadError) as info:
        claimkit.load(path, extract=False)
    assert info.value.line == 3 and "UTF-8" in str(info.value)


def test_report_lists_claims_and_disputes(small_corpus: Corpus) -> None:
    report = render_report(small_corpus)
    assert "[ALLEGATION] United States" in report
    assert "[DENIAL] defense official (defense official) for North Korea" in report
    assert "== disputes: 1" in report
    assert report == claimkit.dumps(small_corpus, "report").decode("utf-8")


@pytest.mark.parametrize(
    ("line", "dateline"),
    [
        ("SEOUL (Reuters) - North Korea fired a missile, the military said.", "SEOUL (Reuters) -"),
        ("MEXICO CITY, Feb 8 (Reuters) - The governor denied it.",
         "MEXICO CITY, Feb 8 (Reuters) -"),
        ("LAGOS, Nigeria \u2014 The police said so.", "LAGOS, Nigeria \u2014"),
        ("PUTRAJAYA: The agency arrested two officials.", "PUTRAJAYA:"),
        ("NEW DELHI: The police said protesters had looted shops.", "NEW DELHI:"),
        ("DAR ES SALAAM: The opposition accused the police.", "DAR ES SALAAM:"),
        ("(Reuters) - The company denied it.", "(Reuters) -"),
    ],
)
def test_a_wire_dateline_opening_the_body_is_a_region_of_its_own(line: str, dateline: str) -> None:
    document = parse_article(f"Headline\n{line}\n", "d")
    kinds = [(r.kind, document.span_text(r.span)) for r in document.regions]
    body = line[len(dateline) :].strip()
    assert kinds == [
        (RegionKind.TITLE, "Headline"),
        (RegionKind.DATELINE, dateline),
        (RegionKind.BODY, body),
    ]


def test_a_transcript_speaker_label_is_no_dateline() -> None:
    document = parse_article("Headline\nTAPPER: Did you say it?\nTRUMP: I did.\n", "d")
    assert RegionKind.DATELINE not in {r.kind for r in document.regions}


def test_capitals_later_in_the_story_are_no_dateline() -> None:
    document = parse_article("Headline\nThe minister spoke.\nWASHINGTON - It rained.\n", "d")
    assert RegionKind.DATELINE not in {r.kind for r in document.regions}


@pytest.mark.parametrize("line", ["PM MODI: We did nothing wrong.", "US ENVOY: Iran lied."])
def test_a_speakers_label_in_capitals_is_no_dateline(line: str) -> None:
    document = parse_article(f"Headline\n{line}\n", "d")
    assert RegionKind.DATELINE not in [r.kind for r in document.regions]
