"""The brat standoff loader: pairing, spans, continuation lines, errors."""

from __future__ import annotations

import tempfile
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

import claimkit
from claimkit.errors import LoadError
from claimkit.formats.brat import text_path_for
from claimkit.model import ActorKind, ClaimKind
from claimkit.plugins import get_registry

TEXT = (
    "North Korea denies ever providing Russia with weapons.\n"
    "\n"
    '"We have never shipped weapons," the official said, "and we never will."\n'
    "The report was later withdrawn, officials said.\n"
)


def span_line(number: int, kind: str, phrase: str, text: str = TEXT, nth: int = 0) -> str:
    start = -1
    for _ in range(nth + 1):
        start = text.index(phrase, start + 1)
    return f"T{number}\t{kind} {start} {start + len(phrase)}\t{phrase}"


def offsets(phrase: str, text: str = TEXT) -> str:
    start = text.index(phrase)
    return f"{start} {start + len(phrase)}"


ANN = "\n".join(
    [
        span_line(1, "Source", "North Korea"),
        span_line(2, "Cue", "denies"),
        span_line(3, "Content", "ever providing Russia with weapons"),
        span_line(4, "Attribution", "denies"),
        "E1\tAttribution:T4 Content:T3 Cue:T2 Source:T1",
        # A quotation split by its source and cue: one discontinuous content span.
        f"T5\tContent {offsets(chr(34) + 'We have never shipped weapons,' + chr(34))};"
        f"{offsets(chr(34) + 'and we never will.' + chr(34))}\t"
        '"We have never shipped weapons," "and we never will."',
        span_line(6, "Source", "the official"),
        span_line(7, "Cue", "said"),
        span_line(8, "Attribution", "said"),
        "E2\tAttribution:T8 Cue:T7 Source:T6 Content:T5",
        "#1\tAnnotatorNotes T5\tsplit quotation",
        span_line(9, "Discard", "The report was later withdrawn"),
        "",
    ]
)


def write(folder: Path, name: str, text: str, ann: str) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    (folder / f"{name}.txt").write_text(text, encoding="utf-8", newline="")
    path = folder / f"{name}.ann"
    path.write_text(ann, encoding="utf-8", newline="")
    return path


def test_ann_beside_its_text(tmp_path: Path) -> None:
    ann = write(tmp_path, "article", TEXT, ANN)
    corpus = claimkit.load(ann)
    (document,) = corpus.documents
    assert document.id == "article" and document.text == TEXT
    assert document.metadata["brat_text"] == "article"
    assert document.metadata["brat_annotator"] == ""
    assert document.metadata["brat_notes"] == "T5: split quotation"
    start = TEXT.index("The report")
    assert (
        document.metadata["brat_discard"]
        == f"{start}-{start + len('The report was later withdrawn')}"
    )
    # The discarded text is boilerplate; the rest of its line stays article text.
    regions = [(r.kind.value, document.span_text(r.span)) for r in document.regions]
    assert regions[-2:] == [
        ("boilerplate", "The report was later withdrawn"),
        ("body", ", officials said."),
    ]
    assert all(r.kind.value == "body" for r in document.regions[:-2])

    denial, quote = corpus.claims
    assert denial.id == "article:E1" and denial.kind is ClaimKind.STATEMENT
    assert denial.cue == "denies"
    assert denial.claimant.name == "North Korea" and denial.claimant.kind is ActorKind.UNKNOWN
    provenance = denial.provenance
    assert document.span_text(provenance.claimant) == "North Korea"  # type: ignore[arg-type]
    assert [document.span_text(s) for s in provenance.cue] == ["denies"]
    assert document.span_text(provenance.content) == "ever providing Russia with weapons"  # type: ignore[arg-type]
    assert document.span_text(provenance.span) == (
        "North Korea denies ever providing Russia with weapons"
    )
    assert denial.proposition == "ever providing Russia with weapons"

    # The split quotation's content covers both parts (and the source and cue between).
    content = document.span_text(quote.provenance.content)  # type: ignore[arg-type]
    assert content.startswith('"We have never') and content.endswith('never will."')
    assert quote.claimant.name == "the official"


def test_event_types_naming_a_claim_kind_give_the_kind(tmp_path: Path) -> None:
    ann = ANN.replace("E1\tAttribution:T4", "E1\tDenial:T4")
    corpus = claimkit.load(write(tmp_path, "article", TEXT, ann))
    assert [c.kind for c in corpus.claims] == [ClaimKind.DENIAL, ClaimKind.STATEMENT]


def test_attribution_without_source_has_an_anonymous_claimant(tmp_path: Path) -> None:
    ann = "\n".join(
        [
            span_line(1, "Cue", "said", nth=1),
            span_line(2, "Content", "The report was later withdrawn"),
            span_line(3, "Attribution-no-source", "said", nth=1),
            "E1\tAttribution-no-source:T3 Cue:T1 Content:T2",
        ]
    )
    (claim,) = claimkit.load(write(tmp_path, "a", TEXT, ann)).claims
    assert claim.claimant.anonymous and claim.provenance.claimant is None
    assert claim.claimant.id == "unknown:anon:a:unattributed"


def test_discontinuous_cue_gives_one_cue_span_per_fragment(tmp_path: Path) -> None:
    text = "Russia did not deny it."
    ann = "\n".join(
        [
            span_line(1, "Source", "Russia", text),
            f"T2\tCue {offsets('did', text)};{offsets('deny', text)}\tdid deny",
            span_line(3, "Content", "it", text),
            span_line(4, "Attribution", "deny", text),
            "E1\tAttribution:T4 Source:T1 Cue:T2 Content:T3",
        ]
    )
    (claim,) = claimkit.load(write(tmp_path, "r", text, ann)).claims
    assert [text[s.start : s.end] for s in claim.provenance.cue] == ["did", "deny"]
    assert claim.cue == "did ... deny"


def test_span_text_with_line_breaks_continues_on_the_next_lines(tmp_path: Path) -> None:
    text = "First paragraph ends here.\n\nSecond one, he said.\n"
    content = "First paragraph ends here.\n\nSecond one"
    ann = "\n".join(
        [
            f"T1\tContent {offsets(content, text)}\t{content}",
            span_line(2, "Source", "he", text),
            span_line(3, "Cue", "said", text),
            span_line(4, "Attribution", "said", text),
            "E1\tAttribution:T4 Content:T1 Source:T2 Cue:T3",
        ]
    )
    # The T1 text runs over three physical lines, the middle one empty.
    assert ann.splitlines()[1] == "" and ann.splitlines()[2] == "Second one"
    (claim,) = claimkit.load(write(tmp_path, "c", text, ann)).claims
    assert text[claim.provenance.content.start : claim.provenance.content.end] == content  # type: ignore[union-attr]
    assert claim.proposition == "First paragraph ends here. Second one"


def test_continuation_that_looks_like_an_annotation_is_text(tmp_path: Path) -> None:
    text = "He wrote:\nT9\tCue 0 1\tx\nand left.\n"
    content = "T9\tCue 0 1\tx"
    ann = "\n".join(
        [
            f"T1\tContent {offsets('He wrote:', text).split()[0]} {text.index('x') + 1}\tHe wrote:",
            content,
            span_line(2, "Cue", "wrote", text),
            span_line(3, "Attribution", "wrote", text),
            "E1\tAttribution:T3 Content:T1 Cue:T2",
        ]
    )
    corpus = claimkit.load(write(tmp_path, "w", text, ann))
    assert len(corpus.claims) == 1


def test_polnear_layout_and_several_annotators(tmp_path: Path) -> None:
    write(tmp_path / "text", "story", TEXT, "")
    (tmp_path / "text" / "story.ann").unlink()
    attributions = tmp_path / "attributions"
    attributions.mkdir()
    (attributions / "story_4e07.ann").write_text(ANN, encoding="utf-8")
    (attributions / "story_d473.ann").write_text(ANN.split("T5")[0], encoding="utf-8")
    (tmp_path / "text" / "unannotated.txt").write_text("Nothing here.\n", encoding="utf-8")
    (tmp_path / "metadata.tsv").write_text("a\tb\n", encoding="utf-8")

    assert text_path_for(attributions / "story_4e07.ann") == (
        tmp_path / "text" / "story.txt",
        "4e07",
    )
    corpus = claimkit.load(tmp_path, format="brat")
    assert [d.id for d in corpus.documents] == ["story_4e07", "story_d473", "unannotated"]
    first, second, bare = corpus.documents
    assert first.text == second.text == TEXT
    assert (first.metadata["brat_annotator"], second.metadata["brat_annotator"]) == ("4e07", "d473")
    assert first.metadata["brat_text"] == second.metadata["brat_text"] == "story"
    assert bare.metadata["brat_annotator"] == ""
    assert len(corpus.claims_in("story_4e07")) == 2 and len(corpus.claims_in("story_d473")) == 1
    assert corpus.claims_in("unannotated") == ()


# ------------------------------------------------------------------- errors


@pytest.mark.parametrize(
    ("line", "message"),
    [
        ("T1\tSource 0\tNorth", "malformed span line"),
        ("T1\tSource 5 2\tx", "before its start"),
        ("T1\tSource 0 9999\tx", "outside the text"),
        ("T1\tSource 0 5\tSouth", "does not match the document text"),
        ("E1\tAttribution:T1 Cue", "malformed event argument"),
        ("E1\t", "malformed event line"),
        ("X1\tsomething", "not a brat annotation"),
        ("#1\tAnnotatorNotes", "malformed note line"),
    ],
)
def test_malformed_lines_name_file_and_line(tmp_path: Path, line: str, message: str) -> None:
    ann = write(tmp_path, "bad", TEXT, "\n".join([span_line(7, "Cue", "denies"), line]))
    with pytest.raises(LoadError, match=message) as info:
        claimkit.load(ann)
    assert info.value.source == str(ann) and info.value.line == 2
    assert f"{ann}, line 2" in str(info.value)


def test_event_naming_an_unknown_span(tmp_path: Path) -> None:
    ann = write(
        tmp_path, "bad", TEXT, span_line(1, "Cue", "denies") + "\nE1\tAttribution:T1 Cue:T8\n"
    )
    with pytest.raises(LoadError, match="refers to T8") as info:
        claimkit.load(ann)
    assert info.value.line == 2


def test_duplicate_ids(tmp_path: Path) -> None:
    ann = "\n".join([span_line(1, "Cue", "denies"), span_line(1, "Source", "North Korea")])
    with pytest.raises(LoadError, match="duplicate annotation id T1") as info:
        claimkit.load(write(tmp_path, "dup", TEXT, ann))
    assert info.value.line == 2


def test_missing_text_file(tmp_path: Path) -> None:
    ann = tmp_path / "lonely_ab12.ann"
    ann.write_text(span_line(1, "Cue", "denies"), encoding="utf-8")
    with pytest.raises(LoadError, match="no text file") as info:
        claimkit.load(ann)
    assert "lonely.txt" in str(info.value) and "lonely_ab12.txt" in str(info.value)


def test_annotations_without_a_file_cannot_be_read() -> None:
    with pytest.raises(LoadError, match="load the .ann file from disk"):
        claimkit.loads(ANN, "brat")


def test_the_stream_loader_never_reads_the_file_system(tmp_path: Path) -> None:
    """Issue 12: reading the text beside an .ann is explicit (Loader.read_path), so
    loads() of an .ann's bytes no longer looks for files named after ``source``."""
    from claimkit.formats.brat import read_brat_path

    ann = write(tmp_path, "story", TEXT, ANN)
    with pytest.raises(LoadError, match="its bytes alone hold no text"):
        claimkit.loads(ann.read_bytes(), "brat", source=str(ann))
    assert get_registry().loader("brat").read_path is read_brat_path
    from_path = claimkit.load(ann)
    assert from_path.claims
    assert list(read_brat_path(ann)) == [*from_path.documents, *from_path.claims]


def test_brat_is_chosen_for_ann_files() -> None:
    registry = get_registry()
    assert registry.choose_loader("x.ann").name == "brat"
    assert registry.loader("brat").sniff(ANN.encode()) > 0.5  # type: ignore[misc]


def test_cli_evaluates_a_brat_folder(tmp_path: Path) -> None:
    import json

    from click.testing import CliRunner

    from claimkit.cli import main

    folder = tmp_path / "corpus"
    write(folder, "article", TEXT, ANN)
    gold = claimkit.load(folder, format="brat")
    predicted = claimkit.dump(
        claimkit.Corpus.build(gold.documents, gold.claims[:1]), tmp_path / "guess.json"
    )
    result = CliRunner().invoke(
        main, ["evaluate", str(folder), str(predicted), "--from", "brat", "--json"]
    )
    assert result.exit_code == 0, result.output
    claims = json.loads(result.output)["total"]["claims"]["overlap"]
    assert (claims["precision"], claims["recall"]) == (1.0, 0.5)


def test_a_name_ending_like_an_annotator_pairs_with_its_own_text_first(tmp_path: Path) -> None:
    write(tmp_path, "report_2020", TEXT, ANN)
    (tmp_path / "report.txt").write_text("Another article.\n", encoding="utf-8")
    corpus = claimkit.load(tmp_path, format="brat")
    assert [d.id for d in corpus.documents] == ["report", "report_2020"]
    assert corpus.document("report_2020").metadata["brat_annotator"] == ""
    assert corpus.claims_in("report") == () and len(corpus.claims_in("report_2020")) == 2


# ------------------------------------------------------------------ property


TEXTS = st.lists(st.sampled_from([*"ab \t\n\r.T1E#", "\r\n"]), min_size=1).map("".join)


@st.composite
def annotated(draw: st.DrawFn) -> tuple[str, list[list[tuple[int, int]]], str]:
    text = draw(TEXTS)
    spans = []
    for _ in range(draw(st.integers(1, 4))):
        fragments = []
        for _ in range(draw(st.integers(1, 2))):
            start = draw(st.integers(0, len(text)))
            fragments.append((start, draw(st.integers(start, len(text)))))
        spans.append(fragments)
    newline = draw(st.sampled_from(["\n", "\r\n"]))
    return text, spans, newline


@given(annotated())
def test_any_span_text_reads_back_exactly(
    case: tuple[str, list[list[tuple[int, int]]], str],
) -> None:
    text, spans, newline = case
    lines = []
    for number, fragments in enumerate(spans, 1):
        where = ";".join(f"{s} {e}" for s, e in fragments)
        lines.append(f"T{number}\tCue {where}\t" + " ".join(text[s:e] for s, e in fragments))
    lines.append("E1\tAttribution:T1 " + " ".join(f"Cue:T{n}" for n in range(2, len(spans) + 1)))
    with tempfile.TemporaryDirectory() as folder:
        path = write(Path(folder), "doc", text, newline.join(lines) + newline)
        (claim,) = claimkit.load(path).claims
    cues = [f for fragments in spans[1:] for f in fragments]
    assert [(s.start, s.end) for s in claim.provenance.cue] == cues
