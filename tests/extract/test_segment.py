"""Sentence splitting and tokenisation with exact offsets."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

import claimkit
from claimkit.datasets import article_paths
from claimkit.extract import segment
from claimkit.extract.quote_marks import pair_single_quotes
from claimkit.extract.segment import (
    DocumentTokens,
    Token,
    lowers,
    sentences,
    split_sentences,
    tokenize,
)
from claimkit.formats.text import parse_article
from claimkit.model import Document, Region, RegionKind, Span


def texts(text: str) -> list[str]:
    return [text[a:b] for a, b in split_sentences(text)]


def test_abbreviations_and_initials_do_not_end_sentences() -> None:
    text = (
        "Sen. Elizabeth Warren met Dr. Ng in Washington. The U.S. Treasury said no. "
        "John F. Kennedy Airport was closed on Jan. 5 by Gov. Hochul."
    )
    assert texts(text) == [
        "Sen. Elizabeth Warren met Dr. Ng in Washington.",
        "The U.S. Treasury said no.",
        "John F. Kennedy Airport was closed on Jan. 5 by Gov. Hochul.",
    ]


def test_acronym_at_the_end_of_a_sentence_splits_before_an_opener() -> None:
    assert texts("Troops left the U.S. The base closed.") == [
        "Troops left the U.S.",
        "The base closed.",
    ]


def test_a_quotation_of_several_sentences_stays_in_one_sentence() -> None:
    text = "“We will not pay. We never agreed to it,” the minister said. Talks resumed."
    assert texts(text) == [
        "“We will not pay. We never agreed to it,” the minister said.",
        "Talks resumed.",
    ]


def test_an_unclosed_quotation_does_not_swallow_the_paragraph() -> None:
    text = "He stated, “We strongly denounce it. The official said more."
    assert len(texts(text)) == 2


def test_lines_are_paragraphs_and_lowercase_continuations_do_not_split() -> None:
    text = "Prices rose 3.5 percent. analysts were surprised.\nA second paragraph"
    assert texts(text) == [
        "Prices rose 3.5 percent. analysts were surprised.",
        "A second paragraph",
    ]


def test_seed_regions_titles_and_summary_lines_are_sentences() -> None:
    for path in article_paths():
        document = parse_article(path.read_text(encoding="utf-8"), path.stem)
        found = sentences(document)
        assert found, path
        kinds = {s.region for s in found}
        assert RegionKind.BOILERPLATE not in kinds and RegionKind.BYLINE not in kinds
        for sentence in found:
            text = sentence.text(document.text)
            assert text == text.strip() and text
        regions = [r for r in document.content_regions()]
        for sentence in found:
            assert any(r.span.start <= sentence.start and sentence.end <= r.span.end
                       for r in regions)
    document = parse_article(article_paths()[1].read_text(encoding="utf-8"), "004")
    first = sentences(document)[0]
    assert first.region is RegionKind.TITLE
    assert first.text(document.text).startswith("North Korea denies US claims")


def test_tokens_keep_contractions_and_hyphens() -> None:
    words = [t.text for t in tokenize("He didn't say Soviet-era U.S. arms “went”.")]
    assert words == ["He", "didn't", "say", "Soviet-era", "U.S", ".", "arms", "“", "went",
                     "”", "."]


@given(st.text(max_size=300))
def test_spans_are_inside_and_ordered_for_any_text(text: str) -> None:
    document = Document(id="d", text=text)
    previous_end = 0
    for sentence in sentences(document):
        assert 0 <= previous_end <= sentence.start < sentence.end <= len(text)
        previous_end = sentence.end
        for token in tokenize(text, sentence.start, sentence.end):
            assert text[token.start:token.end] == token.text
            assert sentence.start <= token.start < token.end <= sentence.end


def test_numbers_with_thousands_separators_are_one_token() -> None:


    texts = [t.text for t in tokenize("About 170,000 troops, 12,345.5 tonnes and 1,2 or 3.")]
    assert texts[:2] == ["About", "170,000"] and "12,345.5" in texts
    assert texts[-6:] == ["1", ",", "2", "or", "3", "."]


def test_a_capital_v_initial_does_not_end_a_sentence() -> None:


    text = "He met President Vladimir V. Putin in Moscow. Talks followed."
    assert [text[a:b] for a, b in split_sentences(text)] == [
        "He met President Vladimir V. Putin in Moscow.", "Talks followed."]


@given(st.text(alphabet=st.sampled_from("aAΣσςİIıK\u212a’'. -\n,"), max_size=60)
       | st.text(max_size=200))
def test_lowercase_forms_are_each_tokens_own(text: str) -> None:
    # lowers() lowercases all words at once; a final sigma, a dotted capital I or a
    # Kelvin sign must come out as if each token were lowercased on its own
    tokens = tokenize(text)
    assert lowers(tokens) == [t.text.lower().replace("\u2019", "'") for t in tokens]


def test_lowercase_forms_of_the_seeds() -> None:
    for path in article_paths():
        document = parse_article(path.read_text(encoding="utf-8"), path.stem)
        tokens = tokenize(document.text)
        assert len(tokens) > 500
        assert lowers(tokens) == [t.lower for t in tokens]
    assert lowers([]) == []
    assert lowers([Token(0, 3, "A\nB"), Token(4, 6, "It\u2019s")]) == ["a\nb", "it's"]


# ------------------------------------------------- work linear in the length of a line


class _CountingText(str):
    """A text that adds up how many characters its ``rfind`` calls search."""

    searched = 0

    def rfind(self, sub: str, start: int | None = None, end: int | None = None) -> int:  # type: ignore[override]
        low = start or 0
        _CountingText.searched += (len(self) if end is None else end) - low
        return str.rfind(self, sub, start, end)


def test_the_word_before_each_stop_is_found_without_rescanning_the_line() -> None:
    # one long line of short sentences: looking back from every stop to the line's start
    # (for the space before the word that may be an abbreviation) searched n*n characters
    line = "North Korea denies it. Sen. Smith said no. " * 2000 + "U.S.\u00a0Officials said."
    text = _CountingText(line)
    _CountingText.searched = 0
    found = split_sentences(text)
    assert found == split_sentences(line)
    assert len(found) == 2 * 2000 + 1
    assert [line[a:b] for a, b in found[:2]] == ["North Korea denies it.", "Sen. Smith said no."]
    assert _CountingText.searched <= 2 * len(line)


def test_stops_inside_quotations_are_found_with_one_pass_over_the_quotations(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from claimkit.extract import segment

    class Ranges(list[tuple[int, int]]):
        looked = 0

        def __iter__(self):  # type: ignore[no-untyped-def]
            for item in list.__iter__(self):
                Ranges.looked += 1
                yield item

        def __getitem__(self, index):  # type: ignore[no-untyped-def]
            Ranges.looked += 1
            return list.__getitem__(self, index)

    line = 'He said "No. Never." Then she left. ' * 2000
    original = segment._quoted_ranges
    monkeypatch.setattr(segment, "_quoted_ranges", lambda *args: Ranges(original(*args)))
    found = [line[a:b] for a, b in split_sentences(line)]
    assert found[:2] == ['He said "No. Never."', "Then she left."]
    assert len(found) == 2 * 2000
    assert Ranges.looked <= 4 * 2000 * 2


def test_a_stop_is_tried_only_from_the_start_of_a_run_of_stop_marks() -> None:
    # finditer retries one character further on after a failed attempt: had every mark of a
    # run of stops been a possible start, a run followed by no space cost n*n steps
    from claimkit.extract.segment import _STOP

    text = "It ends?!.." + "." * 50 + "x and !?\u2026\u201d then"
    assert [m.group() for m in _STOP.finditer(text)] == ["!?\u2026\u201d"]
    run = text.index("?!")
    assert all(_STOP.match(text, p) is None for p in range(run, run + 54))
    spaced = "Wait" + "." * 50 + " Then"
    assert [p for p in range(len(spaced)) if _STOP.match(spaced, p)] == [4]
    assert texts("Yes... No?! Maybe.\u201d Fine") == ["Yes...", "No?!", "Maybe.\u201d", "Fine"]


def test_every_stage_reads_one_tokenisation_of_each_sentence(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # the cue stage and the actor stage (which once tokenised each region again with a
    # tokeniser of its own) read the same tokens: each sentence is tokenised once, and
    # the actor stage reads every sentence of a document with claims
    import claimkit

    calls: list[tuple[int, int | None]] = []

    def counting(text: str, start: int = 0, end: int | None = None) -> list[Token]:
        calls.append((start, end))
        return tokenize(text, start, end)

    monkeypatch.setattr(segment, "tokenize", counting)
    document = parse_article(sorted(article_paths())[0].read_text(encoding="utf-8"), "seed")
    assert claimkit.extract([document]).claims
    spans = [(s.start, s.end) for s in sentences(document)]
    assert len(calls) == len(set(calls))
    assert set(spans) <= set(calls)


def test_shared_tokens_between_offsets_cross_sentences_and_regions() -> None:
    text = "Sen. Smith said no. It is.\nBy AP staff\nThe U.S. denied it."
    regions = (
        Region(kind=RegionKind.BODY, span=Span(start=0, end=26)),
        Region(kind=RegionKind.BYLINE, span=Span(start=27, end=38)),
        Region(kind=RegionKind.BODY, span=Span(start=39, end=len(text))),
    )
    shared = DocumentTokens(Document(id="d", text=text, regions=regions))
    first = shared.sentences[0]
    assert shared.tokens(first) is shared.tokens(first)  # tokenised once, then kept
    # a token the span cuts is returned whole; the byline, in no sentence, is tokenised
    assert [t.text for t in shared.between(6, 50)] == [
        "Smith", "said", "no", ".", "It", "is", ".", "By", "AP", "staff", "The", "U.S", ".",
        "denied",
    ]  # fmt: skip
    assert [t.text for t in shared.between(0, len(text))] == [t.text for t in tokenize(text)]
    # a content region that starts inside a word: the span is tokenised as a whole
    glued = Document(id="g", text="NorthKorea said", regions=(
        Region(kind=RegionKind.TITLE, span=Span(start=0, end=5)),
        Region(kind=RegionKind.BODY, span=Span(start=5, end=15)),
    ))
    assert [t.text for t in DocumentTokens(glued).between(0, 15)] == ["NorthKorea", "said"]


@pytest.mark.parametrize(
    ("text", "tokens"),
    [
        ("case,''' Mr.", ["case", ",", "'", "''", "Mr", "."]),
        ("'''College Bowl", ["''", "'", "College", "Bowl"]),
        ("''It is,'' he", ["''", "It", "is", ",", "''", "he"]),
    ],
)
def test_three_apostrophes_close_the_inner_quotation_before_the_outer_one(
    text: str, tokens: list[str]
) -> None:
    assert [t.text for t in tokenize(text)] == tokens


def test_a_quotation_ending_in_a_quoted_phrase_keeps_its_speaker() -> None:
    text = ("''We are told all the time, 'Kosovo is a special case,''' Mr. Putin said. "
            "''It is all lies.''")
    (claim,) = claimkit.extract(text).claims
    assert claim.claimant.name == "Putin"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("‘It is a lie,’ the minister’s aide said.", "“It is a lie,” the minister’s aide said."),
        ("'It is a lie,' he said.", '"It is a lie," he said.'),
        # apostrophes, decades and plural possessives are no quotation marks
        ("In the ‘90s the players’ union didn’t exist.",
         "In the ‘90s the players’ union didn’t exist."),
        # single marks inside a double-quoted quotation nest in it
        ("“He said, ‘no,’” she recalled.", "“He said, ‘no,’” she recalled."),
        ("''I said, 'No,''' he recalled.", "''I said, 'No,''' he recalled."),
    ],
)
def test_single_quotation_marks_are_paired_offsets_kept(text: str, expected: str) -> None:
    paired = pair_single_quotes(text)
    assert paired == expected and len(paired) == len(text)


@pytest.mark.parametrize(
    "text", ["‘It is a lie,’ the minister said.", "'It is a lie,' said the minister."]
)
def test_a_single_quoted_quotation_is_attributed(text: str) -> None:
    (claim,) = claimkit.extract(text).claims
    assert claim.kind.value == "denial"
    assert claim.claimant.name == "minister"
    document = claimkit.extract(text).documents[0]
    assert document.text == text
    assert claim.provenance.content is not None
    assert "lie" in document.span_text(claim.provenance.content)


@given(st.text(alphabet="ab ,.'\u2018\u2019\u201c\u201d\"\n", max_size=80))
def test_pairing_changes_only_single_marks_into_double_ones(text: str) -> None:
    paired = pair_single_quotes(text)
    assert len(paired) == len(text)
    for before, after in zip(text, paired, strict=True):
        assert before == after or (before in "'\u2018\u2019" and after in '"\u201c\u201d')
