"""claimkit.evaluation: hand-made cases with known answers, and properties."""

from __future__ import annotations

import json
from pathlib import Path

import attrs
import pytest
from click.testing import CliRunner
from hypothesis import given
from hypothesis import strategies as st

import claimkit
from claimkit.cli import main
from claimkit.evaluation import (
    Accuracy,
    EvaluationError,
    EvaluationReport,
    Score,
    attribution_scores,
    evaluate,
)
from claimkit.model import (
    Actor,
    ActorKind,
    Claim,
    ClaimKind,
    Corpus,
    Document,
    Provenance,
    Span,
    actor_id,
)

TEXT = (
    "North Korea denies the US claim that it sold arms to Russia. "
    "The US says Pyongyang sold shells to Moscow. "
    "A State Department official warned Pyongyang."
)
DOC = Document(id="d1", text=TEXT)

US = Actor(id="state:us", name="United States", kind=ActorKind.STATE, country="US")
KP = Actor(id="state:kp", name="North Korea", kind=ActorKind.STATE, country="KP")
STATE_DEPARTMENT = Actor(
    id=actor_id(ActorKind.GOVERNMENT_BODY, "US Department of State"),
    name="US Department of State",
    kind=ActorKind.GOVERNMENT_BODY,
    affiliation=US,
)
OFFICIAL = Actor(
    id=actor_id(ActorKind.PERSON, "State Department official", anonymous=True, scope="d1"),
    name="State Department official",
    kind=ActorKind.PERSON,
    affiliation=STATE_DEPARTMENT,
    anonymous=True,
)


def at(phrase: str, text: str = TEXT, nth: int = 0) -> Span:
    start = -1
    for _ in range(nth + 1):
        start = text.index(phrase, start + 1)
    return Span(start=start, end=start + len(phrase))


def claim(
    key: str,
    kind: ClaimKind,
    claimant: Actor,
    span: str,
    cue: str,
    *,
    who: str | None = None,
    content: str | None = None,
    target: Actor | None = None,
    responds_to: tuple[str, ...] = (),
    document: Document = DOC,
) -> Claim:
    whole = at(span, document.text)
    sentence = document.text[whole.start : whole.end]

    def inside(phrase: str) -> Span:
        return at(phrase, sentence).shift(whole.start)

    return Claim(
        id=key,
        kind=kind,
        claimant=claimant,
        proposition=content or "",
        provenance=Provenance(
            document_id=document.id,
            span=whole,
            cue=(inside(cue),),
            claimant=inside(who) if who else None,
            content=inside(content) if content else None,
        ),
        target=target,
        responds_to=responds_to,
    )


ALLEGATION = claim(
    "g-allegation",
    ClaimKind.ALLEGATION,
    US,
    "The US says Pyongyang sold shells to Moscow",
    "says",
    who="The US",
    content="Pyongyang sold shells to Moscow",
    target=KP,
)
DENIAL = claim(
    "g-denial",
    ClaimKind.DENIAL,
    KP,
    "North Korea denies the US claim that it sold arms to Russia",
    "denies",
    who="North Korea",
    content="the US claim that it sold arms to Russia",
    target=US,
    responds_to=("g-allegation",),
)
WARNING = claim(
    "g-warning",
    ClaimKind.WARNING,
    OFFICIAL,
    "A State Department official warned Pyongyang",
    "warned",
    who="A State Department official",
    content="Pyongyang",
    target=KP,
)
GOLD = Corpus.build([DOC], [DENIAL, ALLEGATION, WARNING])


def renamed(claim: Claim, prefix: str = "p-") -> Claim:
    return attrs.evolve(
        claim,
        id=prefix + claim.id,
        responds_to=tuple(prefix + other for other in claim.responds_to),
    )


def predicted(*claims: Claim, documents: tuple[Document, ...] = (DOC,)) -> Corpus:
    return Corpus.build(documents, claims)


# ---------------------------------------------------------------------- scores


def test_score_conventions() -> None:
    assert Score().precision == Score().recall == Score().f1 == 1.0
    nothing_found = Score(false_negatives=3)
    assert (nothing_found.precision, nothing_found.recall, nothing_found.f1) == (1.0, 0.0, 0.0)
    score = Score(true_positives=2, false_positives=2, false_negatives=1)
    assert score.precision == 0.5 and score.recall == pytest.approx(2 / 3)
    assert score.f1 == pytest.approx(4 / 7)
    assert (score + score).true_positives == 4
    assert Accuracy().value == 1.0 and Accuracy(correct=1, total=4).value == 0.25


# -------------------------------------------------------------- known answers


def test_gold_against_itself_with_other_ids_is_perfect() -> None:
    report = evaluate(GOLD, predicted(*(renamed(c) for c in GOLD.claims)))
    total = report.total
    for name, measure in total.measures():
        value = measure.value if isinstance(measure, Accuracy) else measure.f1
        assert value == 1.0, name
    assert report.links == Score(true_positives=1)
    assert report.threads == Score(true_positives=1)
    assert sorted(report.alignment) == sorted((c.id, "p-" + c.id) for c in GOLD.claims)


def test_a_miss_and_a_false_alarm() -> None:
    false_alarm = claim("p-x", ClaimKind.STATEMENT, US, "sold arms to Russia", "sold")
    report = evaluate(GOLD, predicted(renamed(ALLEGATION), renamed(WARNING), false_alarm))
    claims = report.total.claims.overlap
    # The false alarm overlaps the denial's span, so it is aligned with it.
    assert (claims.true_positives, claims.false_positives, claims.false_negatives) == (3, 0, 0)
    assert report.total.claims.exact == Score(
        true_positives=2, false_positives=1, false_negatives=1
    )
    assert report.total.kind.correct == 2 and report.total.kind.total == 3
    assert report.total.kind_confusion["denial"] == {"statement": 1}
    # The denial's link was not predicted.
    assert report.links == Score(false_negatives=1)

    elsewhere = claim("p-y", ClaimKind.STATEMENT, US, "official warned", "warned")
    report = evaluate(GOLD, predicted(renamed(ALLEGATION), elsewhere))
    assert report.total.claims.overlap == Score(
        true_positives=2, false_positives=0, false_negatives=1
    )
    assert report.total.kind_confusion["denial"] == {"(none)": 1}


def test_spans_exact_and_overlap() -> None:
    shifted = attrs.evolve(
        renamed(DENIAL),
        provenance=attrs.evolve(
            DENIAL.provenance,
            span=at("North Korea denies the US claim"),
            content=at("the US claim"),
            claimant=at("Korea"),
        ),
    )
    report = evaluate(GOLD, predicted(shifted, renamed(ALLEGATION), renamed(WARNING)))
    total = report.total
    assert total.claims.exact == Score(true_positives=2, false_positives=1, false_negatives=1)
    assert total.claims.overlap.f1 == 1.0
    assert total.content.exact.true_positives == 2 and total.content.overlap.true_positives == 3
    assert total.claimant_span.exact.true_positives == 2
    assert total.claimant_span.overlap.true_positives == 3
    assert total.cue.exact.f1 == 1.0


def test_claimant_identity_at_actor_and_principal_level() -> None:
    as_state = attrs.evolve(renamed(WARNING), claimant=US)
    report = evaluate(GOLD, predicted(renamed(DENIAL), renamed(ALLEGATION), as_state))
    assert report.total.claimant == Score(true_positives=2, false_positives=1, false_negatives=1)
    # The official speaks for the State Department, which speaks for the US.
    assert report.total.claimant_principal.f1 == 1.0

    no_target = attrs.evolve(renamed(WARNING), target=None)
    wrong_target = attrs.evolve(renamed(ALLEGATION), target=US)
    report = evaluate(GOLD, predicted(renamed(DENIAL), wrong_target, no_target))
    assert report.total.target == Score(true_positives=1, false_positives=1, false_negatives=2)


def test_alignment_follows_the_cue_when_claims_share_a_sentence() -> None:
    text = "Russia denies buying arms and rejects the charges, officials said."
    document = Document(id="d2", text=text)
    sentence = "Russia denies buying arms and rejects the charges"
    first = claim("a", ClaimKind.DENIAL, US, sentence, "denies", document=document)
    second = claim("b", ClaimKind.DENIAL, US, sentence, "rejects", document=document)
    guess = claim("p", ClaimKind.DENIAL, US, "rejects the charges", "rejects", document=document)
    report = evaluate(
        Corpus.build([document], [first, second]), predicted(guess, documents=(document,))
    )
    assert report.alignment == (("b", "p"),)


def test_links_map_through_the_alignment_across_documents() -> None:
    other = Document(id="d0", text="Washington said Pyongyang ships shells.")
    earlier = claim(
        "g-earlier",
        ClaimKind.ALLEGATION,
        US,
        "Washington said Pyongyang ships shells",
        "said",
        document=other,
    )
    denial = attrs.evolve(DENIAL, responds_to=("g-allegation", "g-earlier"))
    gold = Corpus.build([other, DOC], [earlier, denial, ALLEGATION])
    one_link = attrs.evolve(renamed(DENIAL), responds_to=("p-g-earlier",))
    guess = Corpus.build([other, DOC], [renamed(earlier), one_link, renamed(ALLEGATION)])
    report = evaluate(gold, guess)
    assert report.links == Score(true_positives=1, false_negatives=1)
    # Both allegations are in the thread, whichever one the denial names.
    assert report.threads == Score(true_positives=1, false_negatives=2)
    assert report.document("d1").links == report.links
    assert report.document("d0").links == Score()

    wrong = attrs.evolve(renamed(DENIAL), responds_to=("p-g-warning",))
    report = evaluate(gold, Corpus.build([other, DOC], [wrong, renamed(WARNING)]))
    assert report.links == Score(false_positives=1, false_negatives=2)


def test_documents_only_in_one_corpus_are_scored() -> None:
    extra = Document(id="extra", text="Officials said nothing.")
    stray = claim("p-z", ClaimKind.STATEMENT, US, "Officials said nothing", "said", document=extra)
    report = evaluate(
        GOLD, predicted(*(renamed(c) for c in GOLD.claims), stray, documents=(DOC, extra))
    )
    assert [d.document_id for d in report.documents] == ["d1", "extra"]
    assert report.document("extra").claims.overlap == Score(false_positives=1)
    assert report.total.claims.overlap.precision == pytest.approx(3 / 4)


def test_different_texts_are_refused() -> None:
    changed = Document(id="d1", text=TEXT.upper())
    with pytest.raises(EvaluationError, match="different texts"):
        evaluate(GOLD, Corpus.build([changed], []))


def test_report_to_dict_is_json() -> None:
    report = evaluate(GOLD, predicted(renamed(DENIAL)))
    data = json.loads(json.dumps(report.to_dict()))
    assert data["total"]["claims"]["overlap"]["recall"] == pytest.approx(1 / 3)
    assert data["documents"][0]["document_id"] == "d1"
    assert isinstance(claimkit.evaluate(GOLD, GOLD), EvaluationReport)


# ---------------------------------------------------------- literature scores


def test_attribution_scores_exact_and_token_overlap() -> None:
    partial = attrs.evolve(
        renamed(DENIAL),
        provenance=attrs.evolve(DENIAL.provenance, content=at("sold arms"), claimant=at("Korea")),
    )
    scores = attribution_scores(GOLD, predicted(partial, renamed(ALLEGATION)))
    assert scores.cue.exact == Score(true_positives=2, false_negatives=1)
    assert scores.source.exact == Score(true_positives=1, false_positives=1, false_negatives=2)
    # Gold content tokens: 9 (the US claim that it sold arms to Russia) + 5 + 1; predicted
    # "sold arms" (2 tokens, inside the gold) and the allegation's 5.
    assert scores.content.overlap == Score(true_positives=7, false_positives=0, false_negatives=8)
    # Source tokens: "North Korea" 2, "The US" 2, "A State Department official" 4.
    assert scores.source.overlap == Score(true_positives=3, false_positives=0, false_negatives=5)


def test_attribution_content_excludes_cue_and_source_tokens() -> None:
    text = '"We never sold arms," the minister said, "and never will."'
    document = Document(id="q", text=text)
    quote = Claim(
        id="q1",
        kind=ClaimKind.DENIAL,
        claimant=KP,
        proposition="",
        provenance=Provenance(
            document_id="q",
            span=Span(start=0, end=len(text)),
            cue=(at("said", text),),
            claimant=at("the minister", text),
            content=Span(start=0, end=len(text)),  # the hull of a split quotation
        ),
    )
    first_part_only = attrs.evolve(
        quote,
        id="p1",
        provenance=attrs.evolve(quote.provenance, content=at('"We never sold arms,"', text)),
    )
    gold = Corpus.build([document], [quote])
    scores = attribution_scores(gold, Corpus.build([document], [first_part_only]))
    assert scores.content.overlap.precision == 1.0
    # 17 tokens in all, 3 of them source and cue; the first part has 7.
    assert scores.content.overlap == Score(true_positives=7, false_negatives=7)


# ------------------------------------------------------------------ CLI


def test_cli_evaluate_json_and_table(tmp_path: Path) -> None:
    gold_path = claimkit.dump(GOLD, tmp_path / "gold.json")
    guess_path = claimkit.dump(predicted(renamed(DENIAL)), tmp_path / "guess.json")
    runner = CliRunner()
    result = runner.invoke(main, ["evaluate", str(gold_path), str(guess_path), "--json"])
    assert result.exit_code == 0, result.output
    data = json.loads(result.output)
    assert data["total"]["claims"]["overlap"]["precision"] == 1.0
    table = runner.invoke(main, ["evaluate", str(gold_path), str(guess_path)])
    assert table.exit_code == 0 and "claims (overlap)" in table.output and "0.333" in table.output
    missing = runner.invoke(main, ["evaluate", str(tmp_path / "nope.json")])
    assert missing.exit_code == 1 and "no such file" in missing.output


# ------------------------------------------------------------- properties

KINDS = list(ClaimKind)
ACTORS = [US, KP, OFFICIAL, STATE_DEPARTMENT]
BASE = len(TEXT)
TAIL = " Nobody else said anything at all, and nothing was denied."
LONG = Document(id="d1", text=TEXT + TAIL)


@st.composite
def spans(draw: st.DrawFn, low: int = 0, high: int = BASE) -> Span:
    start = draw(st.integers(low, high - 1))
    end = draw(st.integers(start, min(high, start + 40)))
    return Span(start=start, end=end)


@st.composite
def claims(draw: st.DrawFn, prefix: str, low: int = 0, high: int = BASE) -> list[Claim]:
    count = draw(st.integers(0, 6))
    result: list[Claim] = []
    for index in range(count):
        earlier = [c.id for c in result]
        responds = (
            draw(st.lists(st.sampled_from(earlier), max_size=2, unique=True)) if earlier else []
        )
        result.append(
            Claim(
                id=f"{prefix}{index}",
                kind=draw(st.sampled_from(KINDS)),
                claimant=draw(st.sampled_from(ACTORS)),
                proposition="",
                provenance=Provenance(
                    document_id="d1",
                    span=draw(spans(low, high)),
                    cue=draw(st.lists(spans(low, high), max_size=2)),
                    claimant=draw(st.none() | spans(low, high)),
                    content=draw(st.none() | spans(low, high)),
                ),
                target=draw(st.none() | st.sampled_from(ACTORS)),
                responds_to=responds,
            )
        )
    return result


def _all_scores(report: EvaluationReport) -> list[Score]:
    scores = [report.links, report.threads]
    for document in (report.total, *report.documents):
        scores.extend(m for _, m in document.measures() if isinstance(m, Score))
    return scores


@given(claims("g"))
def test_a_corpus_against_itself_is_perfect(gold_claims: list[Claim]) -> None:
    corpus = Corpus.build([DOC], gold_claims)
    report = evaluate(corpus, corpus)
    for score in _all_scores(report):
        assert score.false_positives == score.false_negatives == 0
        assert score.f1 == 1.0
    for _, measure in report.total.measures():
        if isinstance(measure, Accuracy):
            assert measure.value == 1.0
    literature = attribution_scores(corpus, corpus)
    for pair in (literature.cue, literature.source, literature.content):
        assert pair.exact.f1 == pair.overlap.f1 == 1.0


@given(claims("g"), claims("p"))
def test_scores_stay_between_zero_and_one(gold_claims: list[Claim], guesses: list[Claim]) -> None:
    report = evaluate(Corpus.build([DOC], gold_claims), Corpus.build([DOC], guesses))
    for score in _all_scores(report):
        assert min(score.true_positives, score.false_positives, score.false_negatives) >= 0
        for value in (score.precision, score.recall, score.f1):
            assert 0.0 <= value <= 1.0
    assert len(report.alignment) <= min(len(gold_claims), len(guesses))
    literature = attribution_scores(Corpus.build([DOC], gold_claims), Corpus.build([DOC], guesses))
    for pair in (literature.cue, literature.source, literature.content):
        for score in (pair.exact, pair.overlap):
            assert 0.0 <= score.precision <= 1.0 and 0.0 <= score.recall <= 1.0


@given(claims("g"), claims("p"), claims("x", low=BASE + 1, high=len(LONG.text)))
def test_adding_a_false_claim_never_raises_precision(
    gold_claims: list[Claim], guesses: list[Claim], false_claims: list[Claim]
) -> None:
    gold = Corpus.build([LONG], gold_claims)
    before = evaluate(gold, Corpus.build([LONG], guesses))
    for false_claim in false_claims:
        # Each false claim lies in the tail, where the gold has nothing.
        more = Corpus.build([LONG], [*guesses, false_claim])
        after = evaluate(gold, more)
        for old, new in zip(_all_scores(before), _all_scores(after), strict=True):
            assert new.precision <= old.precision
            assert new.recall == old.recall
