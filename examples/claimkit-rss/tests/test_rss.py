"""Tests of the claimkit-rss plugin, loaded through its entry point, with claimkit.testing."""

from __future__ import annotations

import datetime as dt
from html import escape
from pathlib import Path

import claimkit
import pytest
from claimkit import RegionKind
from claimkit.plugins import get_plugin_manager, get_registry
from claimkit.testing import LoaderContract, check_rejects, check_spans_inside
from hypothesis import given
from hypothesis import strategies as st

FEEDS = Path(__file__).parent / "feeds"
RSS = FEEDS / "world.rss"
ATOM = FEEDS / "asia.atom.xml"
RDF = FEEDS / "wire.rdf"


def documents(path: Path) -> list[claimkit.Document]:
    return list(claimkit.load(path, extract=False).documents)


def region_texts(document: claimkit.Document, kind: RegionKind) -> list[str]:
    return [document.span_text(r.span) for r in document.regions if r.kind is kind]


# --------------------------------------------------------------------- the plugin


def test_the_plugin_is_loaded_through_its_entry_point() -> None:
    import claimkit_rss

    assert get_plugin_manager().get_plugin("rss") is claimkit_rss
    loader = get_registry().loader("rss")
    assert loader.plugin == "rss"
    assert loader.raw
    assert loader.extensions == (".rss", ".atom")


def test_feeds_are_recognised_by_extension_and_by_content() -> None:
    registry = get_registry()
    assert registry.choose_loader("news.RSS").name == "rss"
    assert registry.choose_loader("feed.xml", head=ATOM.read_bytes()[:4096]).name == "rss"
    assert registry.choose_loader("feed.xml", head=RDF.read_bytes()).name == "rss"
    # Content that is not a feed's is left to other loaders (here, plain text).
    html = b"<!DOCTYPE html><html><body><feed>not atom</feed></body></html>"
    assert registry.choose_loader("page.xml", head=html).name != "rss"
    assert registry.choose_loader("feed.xml", head=b'<feed xmlns="urn:x"/>').name != "rss"
    rdf = b'<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#"/>'
    assert registry.choose_loader("data.xml", head=rdf).name != "rss"


# ------------------------------------------------------------------------- RSS 2.0


def test_rss_items_become_documents_with_their_metadata() -> None:
    first, second = documents(RSS)  # the third, empty item is skipped
    assert first.title == (
        "North Korea denies US claims that it is sending artillery ammunition to Russia"
    )
    assert first.url == "https://news.example.org/2022/09/north-korea-denies-us-claims"
    assert first.published == dt.date(2022, 9, 22)
    assert first.byline == "Editor"
    assert first.outlet == "Example World News"
    assert first.metadata["guid"] == "news.example.org/1a83e61fc4204547"
    assert first.metadata["categories"] == "Korean Peninsula; Russia"
    assert first.metadata["published_at"] == "2022-09-22T07:30:00+00:00"
    assert first.metadata["feed_format"] == "rss2.0"
    # A relative link is resolved against the channel's link; "World Desk" comes from
    # the RSS author field "desk@news.example.org (World Desk)".
    assert second.url == "https://news.example.org/2022/09/tehran-refutes"
    assert second.byline == "World Desk"


def test_rss_content_is_the_body_and_html_is_stripped() -> None:
    first, second = documents(RSS)
    body = region_texts(first, RegionKind.BODY)
    assert body[0].startswith("North Korea has denied American claims")
    assert body[1].startswith("\u201cWe consider such moves by the US")
    assert all("<" not in paragraph for paragraph in body)
    assert "track(" not in first.text  # scripts are dropped
    # The description only repeats the start of the article, so it is not a summary.
    assert first.summary == ()
    # Without content:encoded the description is the body; entities are decoded.
    assert region_texts(second, RegionKind.BODY) == [
        "Additionally, Washington has charged Iran with providing drones to Russia for use "
        "in its conflict in Ukraine, a charge Tehran has refuted.",
        "Officials in Tehran spoke on Friday & Saturday.",
    ]


def test_an_unparsable_date_is_kept_not_lost() -> None:
    second = documents(RSS)[1]
    assert second.published is None
    assert second.metadata["published_unparsed"] == "not a date"


# ---------------------------------------------------------------------------- Atom


def test_atom_entries_with_html_summary_and_xhtml_content() -> None:
    entry, text_only = documents(ATOM)
    assert entry.title == "North Korea denies arms sales to Russia & warns US"
    assert entry.url == "https://asia.example.org/2022/09/22/north-korea-denies-arms"
    assert entry.published == dt.date(2022, 9, 22)
    assert entry.metadata["published_at"] == "2022-09-22T18:15:00+09:00"
    assert entry.byline == "Asia Desk"  # the feed's author stands in for the entry's
    assert entry.metadata["categories"] == "Korean Peninsula"
    assert entry.summary == (
        "North Korea denies ever providing Russia with weapons.",
        "It denies any plans to do so.",
        "It wants to \u201ctarnishing\u201d its reputation.",
    )
    assert region_texts(entry, RegionKind.SUMMARY) == list(entry.summary)
    body = region_texts(entry, RegionKind.BODY)
    assert body[-1].startswith("The tests take place in the midst of conflict")
    # A text construct of type "text" is not HTML: its angle brackets are text.
    assert region_texts(text_only, RegionKind.BODY) == [
        "First paragraph, with a <tag> that is text.",
        "Second paragraph.",
    ]
    assert text_only.byline == "Kim Reporter"


def test_rss_1_0() -> None:
    (item,) = documents(RDF)
    assert item.title == "Kyiv cuts ties with Pyongyang"
    assert item.url == "https://wire.example.org/a/1"
    assert item.published == dt.date(2022, 7, 13)
    assert item.byline == "Wire Staff"
    assert item.metadata["feed_format"] == "rss1.0"


def test_offsets_are_exact_and_documents_deterministic() -> None:
    for path in (RSS, ATOM, RDF):
        corpus = claimkit.load(path, extract=False)
        check_spans_inside(corpus)
        for document in corpus.documents:
            title = region_texts(document, RegionKind.TITLE)
            assert title == ([document.title] if document.title else [])
        assert claimkit.load(path, extract=False) == corpus


# --------------------------------------------------------------------- extraction


def test_loading_a_feed_runs_the_extractor() -> None:
    corpus = claimkit.load(RSS)
    assert corpus.claims, "the built-in extractor found nothing in the feed"
    denials = [c for c in corpus.denials if c.claimant.speaks_for("state:kp")]
    assert denials, "North Korea's denial in the first item was not found"
    assert {c.document_id for c in corpus.claims} <= {d.id for d in corpus.documents}


def test_a_feed_in_a_folder_loads_beside_articles(tmp_path: Path) -> None:
    (tmp_path / "world.rss").write_bytes(RSS.read_bytes())
    (tmp_path / "notes.xml").write_bytes(b"<notes/>")  # unknown extension: skipped
    corpus = claimkit.load(tmp_path, extract=False)
    assert len(corpus.documents) == 2


# -------------------------------------------------------------------------- safety

BILLION_LAUGHS = b"""<?xml version="1.0"?>
<!DOCTYPE lolz [
 <!ENTITY lol "lol">
 <!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
 <!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">
]>
<rss version="2.0"><channel><item><title>&lol3;</title></item></channel></rss>
"""

EXTERNAL_ENTITY = b"""<?xml version="1.0"?>
<!DOCTYPE rss [<!ENTITY secret SYSTEM "file:///etc/passwd">]>
<rss version="2.0"><channel><item><title>&secret;</title></item></channel></rss>
"""

EXTERNAL_DTD = b"""<?xml version="1.0"?>
<!DOCTYPE rss PUBLIC "-//Netscape Communications//DTD RSS 0.91//EN"
  "http://my.netscape.com/publish/formats/rss-0.91.dtd">
<rss version="0.91"><channel><item><title>t</title></item></channel></rss>
"""


@pytest.mark.parametrize(
    ("data", "line"), [(BILLION_LAUGHS, 2), (EXTERNAL_ENTITY, 2), (EXTERNAL_DTD, 2)]
)
def test_doctype_and_entities_are_refused(data: bytes, line: int) -> None:
    error = check_rejects("rss", data, source="evil.rss")
    assert error.source == "evil.rss"
    assert error.line == line
    assert "DOCTYPE" in error.reason or "entity" in error.reason


def test_malformed_xml_names_the_line() -> None:
    data = b'<?xml version="1.0"?>\n<rss version="2.0">\n<channel>\n<item><title>x</item>\n'
    error = check_rejects("rss", data, source="broken.rss")
    assert error.line == 4
    assert "malformed XML" in error.reason


def test_an_undefined_html_entity_is_malformed_xml() -> None:
    data = b'<rss version="2.0"><channel><item><title>a&nbsp;b</title></item></channel></rss>'
    assert "undefined entity" in check_rejects("rss", data, source="nbsp.rss").reason


def test_an_unknown_declared_encoding_is_malformed_xml() -> None:
    # found by the conformance kit's fuzzing: expat looks the codec up and raises LookupError
    data = b'<?xml version="1.0" encoding="TF-8"?>\n<rss version="2.0"></rss>'
    error = check_rejects("rss", data, source="typo.rss")
    assert error.line == 1
    assert "malformed XML" in error.reason and "TF-8" in error.reason


def test_xml_that_is_not_a_feed_is_refused() -> None:
    error = check_rejects("rss", b"<html><body>hi</body></html>", source="page.rss")
    assert "not an RSS or Atom feed" in error.reason


class TestRssLoaderContract(LoaderContract):
    """claimkit's conformance kit: samples load, bad and fuzzed input give a LoadError."""

    loader = "rss"
    samples = (RSS.read_bytes(), ATOM.read_bytes(), RDF.read_bytes())
    fuzz_examples = 150


# ----------------------------------------------------------------------- properties

_TEXT = st.text(
    st.characters(blacklist_categories=("Cs", "Cc"), blacklist_characters="<&"),
    min_size=1,
    max_size=80,
).filter(str.strip)


@given(title=_TEXT, paragraphs=st.lists(_TEXT, min_size=1, max_size=4))
def test_any_item_text_survives_as_paragraphs(title: str, paragraphs: list[str]) -> None:
    html = "".join(f"<p>{escape(p, quote=False)}</p>" for p in paragraphs)
    feed = (
        '<rss version="2.0"><channel><title>t</title><item>'
        f"<title>{escape(title, quote=False)}</title>"
        f"<description>{escape(html, quote=False)}</description>"
        "</item></channel></rss>"
    ).encode()
    (document,) = claimkit.loads(feed, "rss", extract=False).documents
    assert document.title == " ".join(title.split())
    assert region_texts(document, RegionKind.BODY) == [" ".join(p.split()) for p in paragraphs]


@pytest.mark.parametrize("data", [BILLION_LAUGHS, EXTERNAL_ENTITY, EXTERNAL_DTD])
def test_a_feed_with_a_doctype_is_refused_from_a_xml_file_too(tmp_path: Path, data: bytes) -> None:
    # .xml is claimed by no loader, so the content decides: the sniffer stopped at the first
    # ">" inside an internal subset's [...] and left the file to the plain-text loader
    path = tmp_path / "evil.xml"
    path.write_bytes(data)
    assert get_registry().choose_loader(path, head=data).name == "rss"
    with pytest.raises(claimkit.LoadError) as caught:
        claimkit.load(path)
    assert caught.value.source == str(path)
    assert "DOCTYPE" in caught.value.reason or "entity" in caught.value.reason


def test_the_sniffer_skips_quoted_brackets_and_comments_in_an_internal_subset() -> None:
    from claimkit_rss import sniff_feed

    subset = b'<!ENTITY a "]>"><!-- ] > --><!ENTITY b \'x>\'>'
    assert sniff_feed(b"<!DOCTYPE rss [" + subset + b"]>\n<rss/>") == 0.9
    assert sniff_feed(b"<!DOCTYPE notes [" + subset + b"]><notes/>") == 0.0
    assert sniff_feed(b"<!DOCTYPE rss [" + subset) == 0.5  # ends past the sniffed bytes
    assert sniff_feed(b"<!DOCTYPE html><html><body><feed>x</feed></body></html>") == 0.0
