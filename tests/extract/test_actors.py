"""Actor mentions and resolution on real sentences: the seeds and other beats."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

import claimkit
from claimkit.extract.actors import ActorResolver, Mention, MentionKind
from claimkit.extract.mention_tokens import _Token
from claimkit.formats.text import parse_article
from claimkit.model import ActorKind, Document, Region, RegionKind, Span

SEEDS = Path(__file__).resolve().parents[2] / "seeds"


def _seed(name: str) -> Document:
    path = next(SEEDS.glob(f"{name}_*.txt"))
    return parse_article(path.read_text(encoding="utf-8"), path.stem)


@pytest.fixture(scope="module")
def seed0() -> Document:
    return _seed("000")


@pytest.fixture(scope="module")
def seed4() -> Document:
    return _seed("004")


def _span(doc: Document, phrase: str, nth: int = 0) -> Span:
    start = -1
    for _ in range(nth + 1):
        start = doc.text.index(phrase, start + 1)
    return Span(start=start, end=start + len(phrase))


def _resolve(doc: Document, phrase: str, nth: int = 0) -> Mention:
    mention = ActorResolver(doc).resolve(_span(doc, phrase, nth))
    assert mention is not None, phrase
    return mention


def _doc(text: str) -> Document:
    return parse_article(text, "test-doc")


# ------------------------------------------------------------------ the seeds


@pytest.mark.parametrize(
    ("phrase", "kind"),
    [
        ("Pyongyang", MentionKind.NAME),
        ("North Korea", MentionKind.NAME),
        ("North Korean", MentionKind.DEMONYM),
        ("the DPRK", MentionKind.NAME),
    ],
)
def test_north_korea_in_every_form_is_one_actor(
    seed0: Document, phrase: str, kind: MentionKind
) -> None:
    resolver = ActorResolver(seed0)
    found = {
        m.actor.id for m in resolver.mentions() if seed0.text[m.span.start : m.span.end] == phrase
    }
    assert found <= {"state:kp"}
    doc = _doc(f"{phrase} rejected the accusation on Friday.")
    mention = _resolve(doc, phrase)
    assert mention.actor.id == "state:kp"
    assert mention.kind is kind
    # inside a longer phrase: "An anonymous North Korean defense official"
    assert _resolve(seed0, "North Korean").actor.id == "state:kp"


@pytest.mark.parametrize(
    ("phrase", "expected"),
    [
        ("Washington", "state:us"),
        ("Tehran", "state:ir"),
        ("Moscow", "state:ru"),
        ("Kyiv", "state:ua"),
        ("White House", "government_body:white-house"),
    ],
)
def test_capitals_and_seats_resolve_to_states(seed0: Document, phrase: str, expected: str) -> None:
    mention = _resolve(seed0, phrase)
    assert mention.actor.id == expected
    assert mention.actor.principal.id == expected.replace("government_body:white-house", "state:us")
    assert mention.kind is MentionKind.NAME


def test_titled_person_gets_role_and_affiliation_chain(seed0: Document) -> None:
    phrase = "Vedant Patel, deputy spokesperson for the US Department of State"
    mention = _resolve(seed0, phrase)
    actor = mention.actor
    assert seed0.text[mention.span.start : mention.span.end] == "Vedant Patel"
    assert actor.id == "person:vedant-patel"
    assert actor.kind is ActorKind.PERSON
    assert actor.role == "deputy spokesperson"
    assert [a.id for a in actor.affiliations()] == [
        "government_body:us-department-of-state",
        "state:us",
    ]


def test_anonymous_official_and_its_repetitions(seed0: Document) -> None:
    first = _resolve(seed0, "An anonymous North Korean defense official")
    actor = first.actor
    assert actor.anonymous
    assert actor.kind is ActorKind.PERSON
    assert actor.affiliation is not None and actor.affiliation.id == "state:kp"
    assert actor.id == f"person:anon:{seed0.id.replace('_', '-')}:north-korean-defense-official"
    assert first.kind is MentionKind.DESCRIPTION
    # "the official stated", "The official said", "The North Korean official warned"
    for phrase, nth in (("the official", 0), ("The official", 0), ("The North Korean official", 0)):
        assert _resolve(seed0, phrase, nth).actor.id == actor.id, phrase
    # "... in the statement on KCNA, but he also reaffirmed"
    assert _resolve(seed0, " he ").actor.id == actor.id


def test_pronoun_it_in_summary_lines_refers_to_the_subject(seed0: Document) -> None:
    mention = _resolve(seed0, "It denies"[:2])
    assert mention.kind is MentionKind.PRONOUN
    assert mention.actor.id == "state:kp"


def test_agency_with_affiliation(seed0: Document) -> None:
    mention = _resolve(seed0, "the Korean Central News Agency")
    assert mention.actor.id == "media_outlet:korean-central-news-agency"
    assert mention.actor.principal.id == "state:kp"
    kcna = _resolve(seed0, "KCNA")
    assert kcna.actor == mention.actor


def test_titles_before_names_and_surname_links(seed0: Document) -> None:
    putin = _resolve(seed0, "Russian President Vladimir Putin")
    assert putin.actor.id == "person:vladimir-putin"
    assert putin.actor.role == "president"
    assert putin.actor.principal.id == "state:ru"
    kim = _resolve(seed0, "North Korean leader Kim Jong Un")
    assert kim.actor.id == "person:kim-jong-un"
    assert kim.actor.principal.id == "state:kp"
    # "In a letter to Putin, Kim also stated ..."
    assert _resolve(seed0, "Putin,").actor.id == "person:vladimir-putin"
    assert _resolve(seed0, "Kim also").actor.id == "person:kim-jong-un"


def test_apposition_role(seed0: Document) -> None:
    kirby = _resolve(seed0, "John Kirby, the national security spokesman")
    assert kirby.actor.id == "person:john-kirby"
    assert kirby.actor.role == "national security spokesman"


def test_unidentified_deputy_director_and_repeat(seed4: Document) -> None:
    phrase = (
        "an unidentified deputy director at the military foreign affairs office of the "
        "North Korean ministry"
    )
    first = _resolve(seed4, phrase)
    actor = first.actor
    assert actor.anonymous and actor.kind is ActorKind.PERSON
    assert actor.role == "deputy director"
    assert actor.principal.id == "state:kp"
    assert actor.affiliation is not None
    assert actor.affiliation.kind is ActorKind.GOVERNMENT_BODY
    assert "foreign affairs office" in actor.affiliation.name
    assert _resolve(seed4, "the deputy director").actor.id == actor.id


def test_state_media_takes_the_speakers_state(seed4: Document) -> None:
    mention = _resolve(seed4, "state media")
    assert mention.actor.kind is ActorKind.MEDIA_OUTLET
    assert mention.actor.id == "media_outlet:north-korean-state-media"
    assert mention.actor.principal.id == "state:kp"
    doc = _doc("Chinese state media said the drills were routine. Xinhua said so too.")
    assert _resolve(doc, "Chinese state media").actor.id == "media_outlet:chinese-state-media"
    assert _resolve(doc, "Xinhua").actor.principal.id == "state:cn"


def test_voa_and_targets_inside_a_span(seed4: Document) -> None:
    resolver = ActorResolver(seed4)
    span = _span(seed4, "accused the United States of America (USA) of lying")
    found = resolver.actors_in(span)
    assert [m.actor.id for m in found] == ["state:us", "state:us"]
    assert seed4.text[found[0].span.start : found[0].span.end] == "United States of America"
    title_span = _span(seed4, "denies US claims")
    assert [m.actor.id for m in resolver.actors_in(title_span)] == ["state:us"]
    voa = _resolve(seed4, "the Voice of America (VOA)")
    assert voa.actor.id == "media_outlet:voice-of-america"


def test_senior_diplomat_and_named_deputy_minister(seed4: Document) -> None:
    diplomat = _resolve(seed4, "a senior North Korean diplomat")
    assert diplomat.actor.anonymous
    assert diplomat.actor.role == "senior diplomat"
    assert diplomat.actor.principal.id == "state:kp"
    kim = _resolve(
        seed4,
        "North Korea\u2019s deputy minister for international organizations Kim Son-gyong",
    )
    assert kim.actor.id == "person:kim-son-gyong"
    assert kim.actor.role == "deputy minister for international organizations"
    assert kim.actor.principal.id == "state:kp"
    # "Kim said Guterres' ..." links to the most recent Kim, not Kim Jong Un
    assert _resolve(seed4, "Kim said").actor.id == "person:kim-son-gyong"
    guterres = _resolve(seed4, "Guterres", 1)
    assert guterres.actor.id == "person:antonio-guterres"
    assert guterres.actor.role == "secretary-general"


def test_mentions_are_ordered_and_inside_content_regions(seed4: Document) -> None:
    mentions = ActorResolver(seed4).mentions()
    starts = [m.span.start for m in mentions]
    assert starts == sorted(starts)
    regions = seed4.content_regions()
    for mention in mentions:
        assert any(r.span.contains(mention.span) for r in regions)
        assert seed4.text[mention.span.start : mention.span.end].strip()
    # "By Editor" and "Leave a Reply" are not content
    assert not any("Editor" in seed4.text[m.span.start : m.span.end] for m in mentions)


def test_one_actor_per_id_within_a_document(seed4: Document) -> None:
    by_id: dict[str, object] = {}
    for mention in ActorResolver(seed4).mentions():
        assert by_id.setdefault(mention.actor.id, mention.actor) == mention.actor


# --------------------------------------------------------------- other beats


def test_chinese_foreign_ministry_spokesperson() -> None:
    doc = _doc(
        "Chinese foreign ministry spokesperson Wang Wenbin on Monday denied the report, "
        "saying Beijing had never supplied weapons to either side."
    )
    wang = _resolve(doc, "Chinese foreign ministry spokesperson Wang Wenbin")
    assert wang.actor.id == "person:wang-wenbin"
    assert wang.actor.role is not None and "spokesperson" in wang.actor.role
    assert wang.actor.affiliation is not None
    assert wang.actor.affiliation.id == "government_body:chinese-ministry-of-foreign-affairs"
    assert wang.actor.principal.id == "state:cn"
    assert _resolve(doc, "Beijing").actor.id == "state:cn"


def test_israeli_military_statement() -> None:
    doc = _doc(
        "The Israeli military said in a statement that its troops had struck a weapons depot. "
        "It did not provide evidence."
    )
    military = _resolve(doc, "The Israeli military")
    assert military.actor.id == "government_body:israel-defense-forces"
    assert _resolve(doc, "It did"[:2]).actor.id == "government_body:israel-defense-forces"


def test_kremlin_spokesman() -> None:
    doc = _doc(
        "Kremlin spokesman Dmitry Peskov dismissed the accusations as baseless. "
        "Peskov told reporters that Moscow had nothing to do with the attack."
    )
    peskov = _resolve(doc, "Kremlin spokesman Dmitry Peskov")
    assert peskov.actor.id == "person:dmitry-peskov"
    assert peskov.actor.role == "spokesman"
    assert peskov.actor.principal.id == "state:ru"
    assert _resolve(doc, "Peskov", 1).actor.id == "person:dmitry-peskov"
    assert _resolve(doc, "Peskov", 0).actor.id == "person:dmitry-peskov"
    assert _resolve(doc, "Moscow").actor.id == "state:ru"


def test_us_politics_names_titles_and_groups() -> None:
    doc = _doc(
        "U.S. Sen. Ted Cruz said Tuesday that Hillary Clinton misled voters. "
        "Secretary of State Antony Blinken declined to comment. "
        "Officials familiar with the matter said the FBI had opened an inquiry. "
        "Clinton's campaign rejected the claim, and she called it a smear."
    )
    cruz = _resolve(doc, "U.S. Sen. Ted Cruz")
    assert cruz.actor.id == "person:ted-cruz"
    assert cruz.actor.role == "senator"
    assert cruz.actor.principal.id == "state:us"
    assert _resolve(doc, "Hillary Clinton").actor.id == "person:hillary-clinton"
    blinken = _resolve(doc, "Secretary of State Antony Blinken")
    assert blinken.actor.role == "secretary of state"
    officials = _resolve(doc, "Officials familiar with the matter")
    assert officials.actor.kind is ActorKind.GROUP and officials.actor.anonymous
    assert _resolve(doc, "the FBI").actor.id == "government_body:federal-bureau-of-investigation"
    campaign = _resolve(doc, "Clinton's campaign")
    assert campaign.actor.kind is ActorKind.ORGANISATION
    assert campaign.actor.affiliation is not None
    assert campaign.actor.affiliation.id == "person:hillary-clinton"
    assert _resolve(doc, " she ").actor.id == "person:hillary-clinton"


def test_first_names_that_are_country_names() -> None:
    doc = _doc("Jordan Peterson said Chad was not involved.")
    assert _resolve(doc, "Jordan Peterson").actor.id == "person:jordan-peterson"
    assert _resolve(doc, "Chad").actor.id == "state:td"


def test_expletive_it_is_not_a_mention() -> None:
    doc = _doc("Russia denied the claim. It is unclear whether the talks will resume.")
    assert all(m.kind is not MentionKind.PRONOUN for m in ActorResolver(doc).mentions())


def test_resolve_a_bare_surname_and_nothing() -> None:
    doc = _doc("The report was criticised by Guterres on Friday.")
    resolver = ActorResolver(doc)
    mention = resolver.resolve(_span(doc, "Guterres"))
    assert mention is not None and mention.actor.kind is ActorKind.PERSON
    assert resolver.resolve(_span(doc, "on Friday")) is None
    assert resolver.resolve(Span(start=0, end=0)) is None


# ----------------------------------------------------------------- properties

_news_words = st.sampled_from(
    [
        "North Korea",
        "the official",
        "he",
        "it",
        "they",
        "Kim",
        "Jong",
        "Un",
        "said",
        ",",
        ".",
        "an anonymous",
        "senior",
        "diplomat",
        "the DPRK",
        "State Department",
        "officials",
        "US",
        "\u2019s",
        "Sen.",
        "Ted Cruz",
        "state media",
        "of the",
        "ministry",
        "Chinese",
        "\u201c",
        "\u201d",
        "\n",
        "Washington",
        "deputy director",
        "at",
        "for",
        "Jordan",
        "Smith",
    ]
)
_texts = st.one_of(
    st.text(max_size=300),
    st.lists(_news_words, max_size=60).map(" ".join),
)


@given(_texts)
def test_never_raises_spans_inside_text_and_deterministic(text: str) -> None:
    doc = Document(id="prop", text=text)
    first = ActorResolver(doc).mentions()
    again = ActorResolver(doc).mentions()
    assert first == again
    for mention in first:
        assert 0 <= mention.span.start < mention.span.end <= len(text)
    for start, end in ((0, len(text)), (len(text) // 3, len(text) // 2)):
        resolved = ActorResolver(doc).resolve(Span(start=start, end=end))
        if resolved is not None:
            assert start <= resolved.span.start and resolved.span.end <= end
        for inner in ActorResolver(doc).actors_in(Span(start=start, end=end)):
            assert start <= inner.span.start and inner.span.end <= end


def test_capitalised_organisation_names_and_places_before_titles() -> None:
    doc = _doc(
        "The Kharkiv Regional Military Administration said the city was shelled. "
        "New York Mayor Eric Adams said the New York Police Department would help. "
        "Hillary Clinton arrived. Clinton campaign chairman John Podesta declined to comment."
    )
    kharkiv = _resolve(doc, "The Kharkiv Regional Military Administration")
    assert kharkiv.actor.id == "government_body:kharkiv-regional-military-administration"
    adams = _resolve(doc, "New York Mayor Eric Adams")
    assert adams.actor.id == "person:eric-adams" and adams.actor.role == "mayor"
    nypd = _resolve(doc, "the New York Police Department")
    assert nypd.actor.kind is ActorKind.GOVERNMENT_BODY
    podesta = _resolve(doc, "Clinton campaign chairman John Podesta")
    assert podesta.actor.id == "person:john-podesta"
    assert podesta.actor.affiliation is not None
    assert podesta.actor.affiliation.id == "organisation:clinton-campaign"
    assert podesta.actor.principal.id == "person:hillary-clinton"
    assert not any(m.actor.id == "person:new-york" for m in ActorResolver(doc).mentions())


def test_title_case_headlines_only_name_known_people() -> None:
    doc = _doc(
        "Trump Gave Hillary Clinton A Whole New Reason To Worry\n\n"
        "Donald Trump said on Monday that Hillary Clinton was wrong. Clinton said he lied.\n"
    )
    mentions = ActorResolver(doc).mentions()
    title = [m for m in mentions if m.span.end <= doc.text.index("\n")]
    assert [(doc.text[m.span.start : m.span.end], m.actor.id) for m in title] == [
        ("Trump", "person:donald-trump"),
        ("Hillary Clinton", "person:hillary-clinton"),
    ]
    # "he" skips Hillary Clinton (a woman's first name) for Donald Trump
    assert _resolve(doc, " he ").actor.id == "person:donald-trump"


def test_object_it_is_not_an_actor_but_accused_it_of_is() -> None:
    doc = _doc("Iran denied it. Washington accused it of lying.")
    pronouns = [m for m in ActorResolver(doc).mentions() if m.kind is MentionKind.PRONOUN]
    assert [doc.text[m.span.start : m.span.end] for m in pronouns] == ["it"]
    assert pronouns[0].span.start == doc.text.index("it of")
    assert pronouns[0].actor.id == "state:ir"


def test_relative_pronouns_and_organisation_nouns() -> None:
    doc = _doc(
        "Hillary Clinton, who leads the polls, said the Pentagon, which declined to comment, "
        "had erred. The Republican National Committee disagreed, and the party said so. "
        "A Moscow-based think tank said the report was false."
    )
    assert _resolve(doc, "who").actor.id == "person:hillary-clinton"
    assert _resolve(doc, "which").actor.id == "government_body:us-department-of-defense"
    assert _resolve(doc, "the party").actor.id == "organisation:republican-party"
    tank = _resolve(doc, "A Moscow-based think tank")
    assert tank.actor.kind is ActorKind.ORGANISATION and tank.actor.anonymous
    assert tank.actor.principal.id == "state:ru"
    report = _resolve(doc, "the report")  # a document cited as a source, only when asked
    assert report.actor.kind is ActorKind.UNKNOWN
    assert not any(m.actor.kind is ActorKind.UNKNOWN for m in ActorResolver(doc).mentions())


def test_names_before_role_nouns_are_their_owners() -> None:
    doc = _doc(
        "Donald Trump spoke in Iowa. Archetypal Trump voters cheered. "
        "Obama administration officials said the plan was legal. "
        "Joel Bradshaw bused down from New York on Friday, carrying his flag."
    )
    voters = _resolve(doc, "Trump voters")
    assert voters.actor.kind is ActorKind.GROUP and voters.actor.anonymous
    assert voters.actor.name == "Donald Trump voters"
    assert voters.actor.affiliation is None  # named after Trump, not speaking for him
    officials = _resolve(doc, "Obama administration officials")
    assert officials.actor.kind is ActorKind.GROUP
    assert officials.actor.principal.id == "government_body:obama-administration"
    ids = {m.actor.id for m in ActorResolver(doc).mentions()}
    assert "person:new-york" not in ids
    assert "person:archetypal-trump" not in ids
    assert _resolve(doc, "his").actor.id == "person:joel-bradshaw"


def test_a_custom_gazetteer_and_entries_added_later() -> None:
    from claimkit.extract.gazetteer import Gazetteer, GazetteerEntry, builtin_entries

    g = Gazetteer(builtin_entries())
    doc = _doc("Ukrainska Pravda reported the strike.")
    assert _resolve_with(doc, g, "Ukrainska Pravda").actor.kind is ActorKind.PERSON
    g.add(GazetteerEntry(name="Ukrainska Pravda", kind=ActorKind.MEDIA_OUTLET, country="UA"))
    outlet = _resolve_with(doc, g, "Ukrainska Pravda")
    assert outlet.actor.id == "media_outlet:ukrainska-pravda"


def _resolve_with(doc: Document, g: object, phrase: str) -> Mention:
    from claimkit.extract.gazetteer import Gazetteer

    assert isinstance(g, Gazetteer)
    mention = ActorResolver(doc, g).resolve(_span(doc, phrase))
    assert mention is not None
    return mention


def test_definite_generic_bodies_refer_back() -> None:
    doc = _doc(
        "The FBI opened an inquiry into the emails. The agency is also interviewing aides. "
        "The GOP presidential front-runner predicted a win."
    )
    assert _resolve(doc, "The agency").actor.id == "government_body:federal-bureau-of-investigation"
    runner = _resolve(doc, "The GOP presidential front-runner")
    assert runner.actor.kind is ActorKind.PERSON and runner.actor.anonymous
    assert runner.actor.principal.id == "organisation:republican-party"
    assert runner.actor.name == "Republican Party presidential front-runner"


def test_quantifiers_titles_as_nouns_and_the_country() -> None:
    doc = _doc(
        "Iran rejected the report. Some said the country had no choice, and the former "
        "House Speaker agreed. The statement was dismissed."
    )
    some = _resolve(doc, "Some")
    assert some.actor.kind is ActorKind.GROUP and some.actor.anonymous
    assert _resolve(doc, "the country").actor.id == "state:ir"
    speaker = _resolve(doc, "the former House Speaker")
    assert speaker.actor.kind is ActorKind.PERSON and speaker.actor.anonymous
    assert speaker.actor.role is not None and "speaker" in speaker.actor.role
    statement = _resolve(doc, "The statement")
    assert statement.actor.kind is ActorKind.UNKNOWN


def test_short_and_titled_names_join_the_full_name() -> None:
    doc = _doc(
        "President Putin said on Monday that Washington was wrong. Donald Trump replied. "
        "Mr. Trump said Vladimir Putin lied. Putin's spokesman Dmitry Peskov disagreed."
    )
    resolver = ActorResolver(doc)
    first = resolver.resolve(_span(doc, "President Putin"))
    assert first is not None and first.actor.id == "person:vladimir-putin"
    assert first.actor.role == "president"  # the role from the short form is kept
    assert _resolve(doc, "Mr. Trump").actor.id == "person:donald-trump"
    peskov = _resolve(doc, "Putin's spokesman Dmitry Peskov")
    assert peskov.actor.id == "person:dmitry-peskov"
    assert peskov.actor.affiliation is not None
    assert peskov.actor.affiliation.id == "person:vladimir-putin"


def test_sources_close_to_a_body_and_descriptors_before_names() -> None:
    doc = _doc(
        "Sources close to the Kremlin said the talks had failed. Officials linked to the IRGC "
        "denied it. Turkish state broadcaster TRT reported the strike, and Russian state news "
        "agency RIA Novosti confirmed it."
    )
    sources = _resolve(doc, "Sources close to the Kremlin")
    assert sources.actor.kind is ActorKind.GROUP
    assert sources.actor.affiliation is not None
    assert sources.actor.affiliation.id == "government_body:kremlin"
    assert sources.actor.principal.id == "state:ru"
    officials = _resolve(doc, "Officials linked to the IRGC")
    assert officials.actor.principal.id == "state:ir"
    trt = _resolve(doc, "Turkish state broadcaster TRT")
    assert trt.actor.kind is ActorKind.MEDIA_OUTLET and trt.actor.name == "TRT"
    assert trt.actor.principal.id == "state:tr"
    assert _resolve(doc, "Russian state news agency RIA Novosti").actor.id == (
        "media_outlet:ria-novosti"
    )


def test_role_nouns_with_names_in_their_prepositional_phrase() -> None:
    doc = _doc(
        "Economists at Duke University said the tax worked. A spokesman for the Trump "
        "campaign declined to comment. An aide to Hillary Clinton disagreed. "
        "Cement makers argued otherwise."
    )
    economists = _resolve(doc, "Economists at Duke University")
    assert economists.actor.kind is ActorKind.GROUP
    assert economists.actor.principal.id == "organisation:duke-university"
    spokesman = _resolve(doc, "A spokesman for the Trump campaign")
    assert spokesman.actor.kind is ActorKind.PERSON and spokesman.actor.anonymous
    assert spokesman.actor.affiliation is not None
    assert spokesman.actor.affiliation.id == "organisation:trump-campaign"
    aide = _resolve(doc, "An aide to Hillary Clinton")
    assert aide.actor.kind is ActorKind.PERSON and aide.actor.anonymous
    assert aide.actor.principal.id == "person:hillary-clinton"
    makers = _resolve(doc, "Cement makers")
    assert makers.actor.kind is ActorKind.GROUP


# ------------------------------------------------------------ the fast paths' contracts


def _reference_tokens(text: str, start: int, end: int) -> list[tuple[object, ...]]:
    """The tokeniser's definition, written plainly: every ``_TOKEN`` match, a final
    period split off a word that is no abbreviation, a possessive 's dropped."""
    from claimkit.extract.gazetteer import normalise_word
    from claimkit.extract.mention_tokens import _TOKEN
    from claimkit.extract.roles import mention_words

    abbreviations = mention_words().abbreviations

    def word(text: str, s: int, e: int) -> tuple[object, ...]:
        possessive = len(text) > 2 and text[-2:] in ("'s", "\u2019s")
        if possessive:
            text, e = text[:-2], e - 2
        return (s, e, text, normalise_word(text), text[:1].isupper(), possessive, False)

    out: list[tuple[object, ...]] = []
    for match in _TOKEN.finditer(text, start, end):
        s, e = match.span()
        token = match.group()
        if e - s == 1 and not token.isalnum():
            out.append((s, e, token, token, False, False, True))
        elif token.isalpha() and token.islower():
            out.append((s, e, token, normalise_word(token), False, False, False))
        elif (
            token.endswith(".")
            and len(token) > 2
            and "." not in token[:-1]
            and token[:-1].lower() not in abbreviations
        ):
            out.append(word(token[:-1], s, e - 1))
            out.append((e - 1, e, ".", ".", False, False, True))
        else:
            out.append(word(token, s, e))
    return out


_token_texts = st.one_of(
    _texts,
    st.text(alphabet="aAzZ\u00e9\u00df'\u2019-._ \n,;:!?\"()09s\u00a0\u2014\u0301", max_size=60),
)


def _mention_tokens(
    text: str, start: int, end: int, special: frozenset[str] = frozenset()
) -> list[_Token]:
    """The mention view of ``text[start:end]``, made from the tokens of the whole text."""
    from claimkit.extract.mention_tokens import _tokens
    from claimkit.extract.segment import tokenize

    return _tokens(text, tokenize(text), start, end, special)[0]


@given(_token_texts, st.data())
def test_mention_tokens_from_the_shared_tokens_match_the_token_pattern(
    text: str, data: st.DataObject
) -> None:
    # the actor stage reads the tokens the cue stage made (DocumentTokens), cut to a span,
    # across sentences, and across content regions that may start inside a word
    from claimkit.extract.installed import gazetteer
    from claimkit.extract.mention_segments import _matcher_for
    from claimkit.extract.mention_tokens import _tokens
    from claimkit.extract.segment import DocumentTokens

    start = data.draw(st.integers(0, len(text)))
    end = data.draw(st.integers(start, len(text)))
    cut = data.draw(st.integers(0, len(text)))
    regions = (
        Region(kind=RegionKind.TITLE, span=Span(start=0, end=cut)),
        Region(kind=RegionKind.BODY, span=Span(start=cut, end=len(text))),
    )
    shared = DocumentTokens(Document(id="t", text=text, regions=regions))
    special = _matcher_for(gazetteer().version, gazetteer()).special
    tokens, plain = _tokens(text, shared.between(start, end), start, end, special)
    got = [(t.start, t.end, t.text, t.key, t.cap, t.possessive, t.punct) for t in tokens]
    assert got == _reference_tokens(text, start, end)
    whole = _mention_tokens(text, start, end, special)
    assert [(t.start, t.end, t.text, t.key) for t in whole] == [g[:4] for g in got]
    assert len(plain) == len(tokens)
    for index, (token, segment) in enumerate(zip(tokens, plain, strict=True)):
        if token.punct:
            assert segment is not None and segment.category == "punct"
        elif token.cap or token.key in special:
            assert segment is None
        if segment is not None:
            assert (segment.first, segment.start, segment.end) == (index, token.start, token.end)


@pytest.mark.parametrize(
    "tail",
    ["_" * 3000, " " * 3000, "\n" * 3000, " _" * 1500, "  \u00a0\t_" * 600, ""],
)
def test_one_pass_token_matches_tile_the_text_so_runs_are_scanned_once(tail: str) -> None:
    # findall restarts one character further on after every failed attempt; if a run of
    # whitespace or "_" could fail to match, each of its positions would rescan the rest of
    # it (a run of n characters cost n*n steps). The matches must cover the range end to end.
    from claimkit.extract.mention_tokens import _FAST_TOKEN

    text = "North Korea denies it.\n" + tail
    for start, end in ((0, len(text)), (5, len(text)), (0, len(text) - len(tail) // 2)):
        position = start
        for match in _FAST_TOKEN.finditer(text, start, end):
            assert match.start() == position
            position = match.end()
        assert position == end
        got = [(t.start, t.end, t.text) for t in _mention_tokens(text, start, end)]
        assert got == [t[:3] for t in _reference_tokens(text, start, end)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Trump Gives Clinton A New Reason To Worry", True),
        ("Alpha Beta Gamma Delta Epsilon Zeta Eta and the end", True),  # 7 of 10
        ("Alpha Beta Gamma Delta Epsilon Zeta and so the end", False),  # 6 of 10
        ("Trump, Clinton: 2016 Race Heats Up", True),  # numbers and commas do not count
        ("Putin Speaks Out", False),  # fewer than four words
        ("Russia said on Monday that the talks would resume in Geneva.", False),
    ],
)
def test_title_case_regions(text: str, expected: bool) -> None:
    from claimkit.extract.mention_tokens import _is_title_case

    assert _is_title_case(_mention_tokens(text, 0, len(text))) is expected


@pytest.mark.parametrize(("repeats", "linked"), [(10, True), (39, True), (40, False)])
def test_surnames_link_within_the_look_back_window(repeats: int, linked: bool) -> None:
    # "John Smith" and "it" are 2 mentions, each "Russia said it." 2 more: with 40
    # repeats "John Smith" is more than 80 mentions back from the last "Smith"
    text = "John Smith said it. " + "Russia said it. " * repeats + "Smith denied it."
    doc = Document(id="window", text=text)
    last = text.rindex("Smith")
    ids = [m.actor.id for m in ActorResolver(doc).mentions() if m.span.start == last]
    assert ids == (["person:john-smith"] if linked else [])


@pytest.mark.parametrize(
    "text",
    [
        "He met sen. Smith, gov. Jones and their co. staff on dec. 3.",
        "U.S. officials said. The Kremlin's spokesman didn't reply.",
        "Jos\u00e9 Mar\u00eda Aznar\u2019s aide \u2014 e.g. the 35-year-old \u2014 left_early.",
    ],
)
def test_one_pass_tokens_on_abbreviations_accents_and_the_seeds(text: str) -> None:
    for sample in (text, _seed("000").text, _seed("004").text):
        got = [
            (t.start, t.end, t.text, t.key, t.cap, t.possessive, t.punct)
            for t in _mention_tokens(sample, 0, len(sample))
        ]
        assert got == _reference_tokens(sample, 0, len(sample))


def test_a_salient_description_names_the_person_close_by() -> None:
    # a Politico article in PolNeAR: "The Democrat" is the senator named just before
    text = ("Former Florida Sen. Bob Graham has been especially aggressive in pushing the "
            "administration to release the pages. The Democrat told Yahoo! News that he believes "
            "the Saudi government is continuing to train and aid terrorists.")
    claims = claimkit.extract(text).claims
    assert [c.claimant.name for c in claims] == ["Bob Graham"]


def test_a_salient_description_with_no_one_close_by_stays_anonymous() -> None:
    text = ("The hearing lasted for six hours and ended late in the evening on Tuesday. "
            "The Democrat told reporters that the agency had lied to Congress.")
    (claim,) = claimkit.extract(text).claims
    assert claim.claimant.anonymous


@pytest.mark.parametrize(
    ("text", "name", "role", "affiliation"),
    [
        # a description set before a name in apposition gives the name its role and body
        ("The Kremlin spokesman, Dmitry Peskov, said the accusations were absurd.",
         "Dmitry Peskov", "spokesman", "Kremlin"),
        # a quantifier before a plural of people counts that group
        ("Many environmentalists said the program was a failure.", "environmentalists", None,
         None),
    ],
)
def test_apposed_descriptions_and_counted_groups(
    text: str, name: str, role: str | None, affiliation: str | None
) -> None:
    (claim,) = claimkit.extract(text).claims
    actor = claim.claimant
    assert (actor.name, actor.role, actor.affiliation and actor.affiliation.name) == (
        name, role, affiliation)


@pytest.mark.parametrize(
    ("text", "principal"),
    [
        ("A spokesman for the foundation said the claims were false.", "foundation"),
        ("John Smith, the former chief executive, was arrested. A lawyer for the former "
         "executive said his client had done nothing wrong.", "John Smith"),
    ],
)
def test_a_spokesman_or_lawyer_for_a_described_party_speaks_for_it(
    text: str, principal: str
) -> None:
    claim = claimkit.extract(text).claims[-1]
    assert claim.claimant.affiliation is not None
    assert claim.claimant.affiliation.name == principal


def test_a_bare_surname_refers_to_the_person_mentioned_most() -> None:
    text = ("Clint Howard is an actor. Howard, the younger brother of Hollywood legend Ron "
            "Howard, endorsed Cruz. Howard continued his scathing remarks on Twitter.")
    claim = claimkit.extract(text).claims[-1]
    assert (claim.claimant.name, claim.cue, claim.kind.value) == (
        "Clint Howard", "scathing remarks", "allegation")


@pytest.mark.parametrize(
    ("text", "claimant", "cue"),
    [
        ("The Post responded with a second critical piece.", "The Washington Post",
         "critical piece"),
        ("Trump launched a blistering attack on Clinton.", "Trump", "blistering attack"),
    ],
)
def test_criticism_named_by_an_evaluating_adjective_accuses(
    text: str, claimant: str, cue: str
) -> None:
    claims = [c for c in claimkit.extract(text).claims if c.kind.value == "allegation"]
    assert [(c.claimant.name, c.cue) for c in claims] == [(claimant, cue)]


@pytest.mark.parametrize(
    ("text", "party"),
    [
        ("The leading Republican candidates for president Thursday lashed out at President "
         "Obama.", "Republican Party"),
        ("Democratic senators said the plan was a disaster.", "Democratic Party"),
    ],
)
def test_party_members_by_role_speak_for_their_party(text: str, party: str) -> None:
    (claim,) = claimkit.extract(text).claims
    assert claim.claimant.affiliation is not None
    assert claim.claimant.affiliation.name == party


def test_they_after_a_pair_of_people_is_the_first_of_them() -> None:
    text = ("Ted Cruz and Marco Rubio, who in previous debates had gone after each other, both "
            "locked on Trump instead. They pushed him for specifics on his policy proposals "
            "and reprimanded him for his personal attacks.")
    claim = claimkit.extract(text).claims[-1]
    assert (claim.claimant.name, claim.cue) == ("Ted Cruz", "reprimanded")


def test_a_title_in_quotation_marks_is_no_antecedent() -> None:
    text = ('Her public appearances are controlled and careful. His are the political equivalent '
            'of "The Truman Show." She says he is unqualified to be president.')
    claim = claimkit.extract(text).claims[-1]
    assert claim.claimant.name != "Truman Show"


def test_an_indefinite_organisation_noun_does_not_refer_back() -> None:
    text = "The company is in trouble. A civil rights group said the company lied."
    claim = claimkit.extract(text).claims[-1]
    assert claim.claimant.name == "rights group"


def test_a_place_after_a_title_and_preposition_is_not_the_person() -> None:
    text = ("Ex-CIA chief in Benghazi breaks silence to dispute film.\n\n"
            '"There never was a stand-down order," said the base chief. "I just cut it '
            'short," he said.')
    extraction = claimkit.extract(text)
    assert "Benghazi" not in {a.name for a in extraction.actors}
    assert "Benghazi" not in {c.claimant.name for c in extraction.claims}


@pytest.mark.parametrize(
    "text",
    [
        'The base chief, known as Bob, met J. Christopher Stevens, the U.S. ambassador. Bob '
        'said he took only one call. "I just cut it short," he said.',
        '"I was never told to stand down," said Bob. "I just cut it short," he said.',
    ],
)
def test_a_one_word_name_that_speaks_is_a_pronoun_antecedent(text: str) -> None:
    claims = claimkit.extract(text).claims
    assert [c.claimant.name for c in claims] == ["Bob"] * len(claims)
    assert len(claims) == 2


def test_an_age_set_off_after_a_name_is_not_the_speaker() -> None:
    text = ("Jacob Shiansky, 24, who was visiting Manhattan from South Carolina, told me this "
            "week that he couldn't remember his Twitter password.")
    (claim,) = claimkit.extract(text).claims
    assert claim.claimant.name == "Jacob Shiansky"


@pytest.mark.parametrize(
    ("text", "claimant"),
    [
        ("For those of you not yet on the Trump Train, I know you don't want to vote for "
         "Hillary. Trump told Newsmax that Mitt Romney had a crazy policy.", "Trump"),
        ("Bill Clinton said this week that she once supported the No Child Left Behind law. "
         '"The idea of a national test every year doesn\'t make much sense," he said.',
         "Bill Clinton"),
        ("The Bernie Sanders campaign is broke. Bernie Sanders said the party had cheated.",
         "Bernie Sanders"),
    ],
)
def test_a_name_after_the_names_a_thing_not_a_person(text: str, claimant: str) -> None:
    claim = claimkit.extract(text).claims[-1]
    assert claim.claimant.name == claimant


@pytest.mark.parametrize(
    ("text", "principal"),
    [
        ("Bernie Sanders complained about the debates. His campaign protested that Clinton "
         "aides were being disingenuous.", "Bernie Sanders"),
        ("Bernie Sanders complained. His spokesman said that Clinton aides were lying.",
         "Bernie Sanders"),
        ("Hillary Clinton spoke on Monday. Her advisers said the charges were false.",
         "Hillary Clinton"),
    ],
)
def test_his_campaign_and_her_spokesman_speak_for_the_person(text: str, principal: str) -> None:
    claim = claimkit.extract(text).claims[-1]
    assert claim.claimant.affiliation is not None
    assert claim.claimant.affiliation.name == principal


def test_her_husband_does_not_speak_for_her() -> None:
    text = "Hillary Clinton spoke on Monday. Her husband said the charges were false."
    claim = claimkit.extract(text).claims[-1]
    assert claim.claimant.affiliation is None


@pytest.mark.parametrize(
    ("text", "claimant"),
    [
        ("Bernie Sanders spoke in Iowa. Early in the campaign, he and other Clinton "
         "challengers complained that the Democratic National Committee had limited the "
         "number of debates.", "Bernie Sanders"),
        ("Ted Cruz and several other senators accused Obama of lying.", "Ted Cruz"),
    ],
)
def test_one_named_before_and_others_speaks(text: str, claimant: str) -> None:
    claim = claimkit.extract(text).claims[-1]
    assert claim.claimant.name == claimant


def test_the_democratic_nominee_is_not_the_republican_one() -> None:
    text = ("Hillary Clinton spoke on Thursday. She attacked Donald Trump, the Republican "
            'nominee. "A man you can bait with a tweet is not a man we can trust," said the '
            "Democratic nominee.")
    claim = claimkit.extract(text).claims[-1]
    assert claim.claimant.name == "Hillary Clinton"


def test_a_description_repeated_names_the_same_person() -> None:
    text = ("On Thursday evening Hillary Clinton delivered her acceptance speech as the "
            "Democratic nominee, painting her chief political rival, Donald Trump, as a man too "
            'unqualified for the job. "A man you can bait with a tweet is not a man we can '
            'trust with nuclear weapons," said the Democratic nominee.')
    claim = claimkit.extract(text).claims[-1]
    assert (claim.claimant.name, claim.kind.value) == ("Hillary Clinton", "allegation")


def test_he_prefers_the_named_person_to_a_description_in_a_leading_phrase() -> None:
    text = ("On the Republican side, leading candidate Donald Trump caused consternation in "
            "December, when he criticized Scalia for questioning affirmative action.")
    claim = claimkit.extract(text).claims[-1]
    assert claim.claimant.name == "Donald Trump"


def test_a_description_after_is_names_the_subject() -> None:
    text = ("George Zimmerman shot Trayvon Martin. Zimmerman was acquitted. Angela Corey is the "
            "Republican state attorney who charged Zimmerman with second-degree murder.")
    claim = claimkit.extract(text).claims[-1]
    assert (claim.claimant.name, claim.kind.value) == ("Angela Corey", "allegation")



@pytest.mark.parametrize(
    ("text", "claimant"),
    [
        ("Senator Ted Cruz of Texas, who last year threatened to shut down the federal "
         "government over funding, spoke on Monday.", "Ted Cruz"),
        ("Reince Priebus, the GOP chairman, this past week announced the creation of a "
         "website.", "Reince Priebus"),
        # a capitalised "Day" may be a surname: it still speaks
        ("Day said the platform is diminishing the party.", "Day"),
    ],
)
def test_a_time_phrase_is_no_speaker(text: str, claimant: str) -> None:
    names = {c.claimant.name for c in claimkit.extract(text).claims}
    assert claimant in names
    assert not names & {"last year", "this past week", "unnamed source"}


@pytest.mark.parametrize(
    ("text", "claimant"),
    [
        ("Mayor Bill de Blasio rejected criticism from Donald Trump.", "Bill de Blasio"),
        ("Presumptive Democratic presidential nominee Hillary Clinton blasted her Republican "
         "rival Donald Trump.", "Hillary Clinton"),
        ("The head of the RNC's rules committee has accused his party of a breach of trust.",
         "Republican Party head"),
    ],
)
def test_name_particles_modifiers_before_titles_and_noun_modifiers(
    text: str, claimant: str
) -> None:
    assert claimkit.extract(text).claims[0].claimant.name == claimant


@pytest.mark.parametrize(
    ("text", "claimant"),
    [
        ("Bill de Blasio spoke on Friday. De Blasio said Trump was a blowhard.",
         "Bill de Blasio"),
        ("Chris Van Hollen spoke on Friday. Van Hollen said Trump lied.", "Chris Van Hollen"),
    ],
)
def test_a_name_opened_by_a_particle_refers_back(text: str, claimant: str) -> None:
    claim = claimkit.extract(text).claims[-1]
    assert (claim.claimant.name, claim.kind.value) == (claimant, "allegation")


@pytest.mark.parametrize(
    ("text", "claimant"),
    [
        ("Theresa May spoke on Monday. May said the EU had lied.", "Theresa May"),
        ("George Will wrote a column. Will described Trump as a caricature of democracy.",
         "George Will"),
    ],
)
def test_a_surname_spelt_like_a_modal_or_month_speaks(text: str, claimant: str) -> None:
    claim = claimkit.extract(text).claims[-1]
    assert (claim.claimant.name, claim.kind.value) == (claimant, "allegation")


def test_a_modal_before_a_base_form_is_no_name() -> None:
    (claim,) = claimkit.extract("Officials said talks may resume in May.").claims
    assert claim.claimant.name == "officials"


@pytest.mark.parametrize(
    ("text", "claimant"),
    [
        ("Former Hewlett-Packard CEO and presidential candidate Carly Fiorina on Thursday "
         "accused Clinton of lying.", "Carly Fiorina"),
        ("Donald Trump and House Speaker Paul Ryan accused Clinton of lying.", "Donald Trump"),
    ],
)
def test_coordinated_titles_before_a_name_are_that_persons(text: str, claimant: str) -> None:
    assert claimkit.extract(text).claims[0].claimant.name == claimant


@pytest.mark.parametrize(
    ("text", "claimant"),
    [
        ("After the shooting, the community immediately began calling for Emanuel to resign.",
         "community"),
        ("The family quickly issued a statement, calling the report false.", "family"),
        ('Of Carson, Levine, who has given money to Marco Rubio, said, "He\'s flat-out scary."',
         "Levine"),
    ],
)
def test_aspect_verbs_adverbs_and_topics_before_the_speaker(text: str, claimant: str) -> None:
    assert claimkit.extract(text).claims[0].claimant.name == claimant


def test_a_sentence_adverb_is_no_name() -> None:
    (claim,) = claimkit.extract(
        "Significantly, the judge said he could not require me to pay restitution."
    ).claims
    assert claim.claimant.name == "judge"


@pytest.mark.parametrize(
    ("text", "claimant"),
    [
        ("Trump's son said the charges are false.", "Trump's son"),
        ("Trump's campaign said the charges are false.", "Trump campaign"),
        ("The senator's lawyer said the charges are false.", "senator"),
    ],
)
def test_a_possessed_relative_speaks_for_himself_and_a_spokesman_for_the_owner(
    text: str, claimant: str
) -> None:
    (claim,) = claimkit.extract(text).claims
    assert claim.claimant.name == claimant


def test_a_state_named_where_a_place_lies_gives_no_body_its_country() -> None:
    text = ("The U.S. government freed five men on Monday. The men had been held in a camp "
            "in Guantanamo Bay, Cuba. The Army denied the report.")
    (claim,) = claimkit.extract(text).claims
    assert claim.claimant.name == "Armed Forces of United States"


@pytest.mark.parametrize(
    ("text", "claimant"),
    [
        ("America Rising PAC, an outside Republican group, said Clinton lied.",
         "America Rising PAC"),
        ("The American Action Network says the senator lied.", "American Action Network"),
        ("Jordan Reynolds says the senator lied.", "Jordan Reynolds"),
        ("The U.S. Geological Survey said the plant leaked radiation into the river.",
         "U.S. Geological Survey"),
        ("The Holocaust Memorial Museum in Washington issued a report this month charging "
         "the Islamic State with genocide.", "Holocaust Memorial Museum"),
    ],
)
def test_a_state_or_demonym_leading_an_organisations_name_is_part_of_it(
    text: str, claimant: str
) -> None:
    (claim,) = claimkit.extract(text).claims
    assert claim.claimant.name == claimant


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("Atlantic City Mayor Don Guardian said it. Guardian said he understood.",
         ["Don Guardian", "Don Guardian", "Don Guardian"]),
        ("The Guardian reported it on Monday.", ["The Guardian"]),
        ("Michael Bloomberg spoke on Monday. Bloomberg says he is distressed.",
         ["Michael Bloomberg", "Michael Bloomberg", "Michael Bloomberg"]),
        ("Mark Cuban spoke on Sunday. Trump is worrying, Cuban said.",
         ["Mark Cuban", "Mark Cuban"]),
    ],
)
def test_a_surname_that_is_also_an_outlets_name_is_the_person(
    text: str, names: list[str]
) -> None:
    doc = Document(id="d", text=text)
    assert [m.actor.name for m in ActorResolver(doc).mentions()] == names


def test_a_headline_role_run_into_a_name_gives_the_person() -> None:
    (claim,) = claimkit.extract("McCain Challenger Kelli Ward: Impeach AG Lynch").claims
    assert claim.claimant.name == "Kelli Ward"


@pytest.mark.parametrize(
    ("text", "claimant"),
    [
        ("Democratic allegations of political bias against Clinton gained momentum.",
         "Democrats"),
        ("Republican criticism that his strategy is failing grew louder.", "Republicans"),
    ],
)
def test_a_party_adjective_before_a_claim_noun_names_its_members(
    text: str, claimant: str
) -> None:
    (claim,) = claimkit.extract(text).claims
    assert claim.claimant.name == claimant


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("A Republican committee aide blasted the statement.", ["republican committee aide"]),
        ("On Tuesday, a former Republican committee staffer announced plans to sue.",
         ["former republican committee staffer"]),
        ("A committee aide said so.", ["committee aide"]),
    ],
)
def test_a_party_word_and_a_body_before_a_role_noun_modify_it(
    text: str, names: list[str]
) -> None:
    doc = Document(id="d", text=text)
    assert [m.actor.name for m in ActorResolver(doc).mentions()] == names


def test_a_campaign_named_after_a_full_name_speaks_for_that_person() -> None:
    text = "Donald Trump's campaign is making its biggest ad buy. The campaign said Clinton lied."
    (claim,) = claimkit.extract(text).claims
    assert claim.claimant.name == "Donald Trump campaign"
    assert claim.claimant.affiliation is not None
    assert claim.claimant.affiliation.name == "Donald Trump"


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("Entrusting Donald Trump with our nuclear codes is a risky proposition.",
         ["Donald Trump"]),
        ("Sterling Brown, a lawyer, said it.", ["Sterling Brown", "Sterling Brown"]),
        ("Sterling Brown is a lawyer.", ["Sterling Brown", "lawyer"]),
    ],
)
def test_a_verb_in_ing_opening_a_sentence_is_no_part_of_the_name_after_it(
    text: str, names: list[str]
) -> None:
    doc = Document(id="d", text=text)
    assert [m.actor.name for m in ActorResolver(doc).mentions()] == names


@pytest.mark.parametrize(
    ("text", "issuer"),
    [
        ("The violence is the focus of a new television ad from Our Principles PAC, which is "
         "spending millions. The ad says Trump is a fraud.", "Our Principles PAC"),
        ("Our Principles PAC released a new ad on Saturday. The ad says Trump is a fraud.",
         "Our Principles PAC"),
        ("The Clinton campaign's new ad aired Monday. The commercial says Trump is a fraud.",
         "Clinton campaign"),
        ("The ad says Trump is a fraud.", None),
    ],
)
def test_the_ad_speaks_for_whoever_the_story_said_issued_it(
    text: str, issuer: str | None
) -> None:
    (claim,) = claimkit.extract(text).claims
    assert claim.claimant.name in ("ad", "commercial")
    affiliation = claim.claimant.affiliation
    assert (affiliation.name if affiliation is not None else None) == issuer


def test_the_vice_president_is_not_the_president() -> None:
    text = ("Vice President Joseph R. Biden Jr. spoke in Scranton. President Obama was in "
            "Martha's Vineyard. Mr. Trump is reckless, the vice president said.")
    (claim,) = claimkit.extract(text).claims
    assert claim.claimant.name == "Joseph R. Biden Jr."


@pytest.mark.parametrize(
    ("text", "claimant"),
    [
        ("Report: Half Clinton's State meetings were with donors.\n\nWASHINGTON (UPI) - The "
         "Associated Press' lengthy investigation into her meetings renewed calls for an "
         "inquiry.", "Associated Press"),
        ("Newspaper: Defense secretary used personal email at Pentagon.\n\nWASHINGTON (AP) - "
         "Ash Carter used a personal account, The New York Times reported.",
         "The New York Times"),
        ("Report: Half Clinton's State meetings were with donors.\n\nThe meetings were many.",
         "report"),
    ],
)
def test_a_headlines_report_or_newspaper_is_who_the_story_names(
    text: str, claimant: str
) -> None:
    claims = [c for c in claimkit.extract(text).claims if c.cue == ":"]
    assert [c.claimant.name for c in claims] == [claimant]


def test_the_report_speaks_for_whoever_conducted_the_investigation() -> None:
    text = ("The Associated Press' lengthy investigation into her meetings renewed calls for "
            "an inquiry. The report said Clinton lied.")
    claim = next(c for c in claimkit.extract(text).claims if c.cue == "said")
    assert claim.claimant.affiliation is not None
    assert claim.claimant.affiliation.name == "Associated Press"


@pytest.mark.parametrize(
    ("text", "claimant"),
    [
        ("Two class action lawsuits being considered in San Diego have accused Trump "
         "University of using deceptive practices.", "Two class action lawsuits"),
        ("Thirty percent said the reason is a chance to vote against Trump.",
         "Thirty percent"),
    ],
)
def test_numbers_open_no_names(text: str, claimant: str) -> None:
    (claim,) = claimkit.extract(text).claims
    assert claim.claimant.name == claimant


@pytest.mark.parametrize(
    ("text", "claimant"),
    [
        ("Donald Trump spoke on Monday. At a rally, Trump's GOP primary rival Sen. Marco Rubio "
         "(R-Fla.) said Trump is a con artist.", "Marco Rubio"),
        ("Bernie Sanders spoke. Sanders' spokesman Michael Briggs said Sharpton lied.",
         "Michael Briggs"),
        ("Hillary Clinton spoke. Clinton's attack on Trump said he lied.", "Hillary Clinton"),
    ],
)
def test_a_possessor_before_a_named_person_only_modifies_the_name(
    text: str, claimant: str
) -> None:
    claim = next(c for c in claimkit.extract(text).claims if c.cue == "said")
    assert claim.claimant.name == claimant


@pytest.mark.parametrize(
    ("text", "chain"),
    [
        ("Militant group Boko Haram is holding a hostage. The group's leader has claimed that "
         "a report of a ceasefire was a lie.", ["Boko Haram leader", "Boko Haram"]),
        ("The Clinton campaign spoke. The campaign's chairman said Trump lied.",
         ["Clinton campaign chairman", "Clinton campaign"]),
    ],
)
def test_the_organisations_role_speaks_for_the_organisation_named_before(
    text: str, chain: list[str]
) -> None:
    claim = claimkit.extract(text).claims[-1]
    names = []
    actor = claim.claimant
    while actor is not None:
        names.append(actor.name)
        actor = actor.affiliation
    assert names == chain


def test_a_name_after_a_lowercase_organisation_noun_is_an_organisation() -> None:
    doc = Document(id="d", text="The think tank Chatham House said it.")
    (first, _it) = ActorResolver(doc).mentions()
    assert (first.actor.name, first.actor.kind) == ("Chatham House", ActorKind.ORGANISATION)


def test_a_surname_spelt_like_a_word_after_an_inverted_verb_is_the_person() -> None:
    text = ('Councilman Marty Small spoke at the rally. "They understand our plight," said '
            'Small, who attended the rally.')
    claim = next(c for c in claimkit.extract(text).claims if c.cue == "said")
    assert claim.claimant.name == "Marty Small"


def test_a_pronoun_skips_the_people_of_an_adjunct_opening_the_sentence_before() -> None:
    text = ("Dorothy Woods spoke to a radio host. Regarding Trump's rhetoric following Khizr "
            "Khan's speech at the convention, Woods shared her belief that it was fair. "
            "She said it was fine.")
    doc = Document(id="d", text=text)
    she = [m for m in ActorResolver(doc).mentions() if m.span.text(text) == "She"]
    assert [m.actor.name for m in she] == ["Dorothy Woods"]


@pytest.mark.parametrize(
    ("text", "principal"),
    [
        ("Rep. Duncan Hunter spoke. Joe Kasper, a spokesman for Hunter, said the report was "
         "false.", "Duncan Hunter"),
        ("Rep. Duncan Hunter spoke. Joe Kasper, a spokesman for Rep. Duncan Hunter, said the "
         "report was false.", "Duncan Hunter"),
        ("Rep. Duncan Hunter spoke. Joe Kasper, Hunter's spokesman, said the report was "
         "false.", "Duncan Hunter"),
        ("Jane Roe, a friend of Smith, said it.", None),
    ],
)
def test_a_spokesman_for_a_person_named_before_speaks_for_that_person(
    text: str, principal: str | None
) -> None:
    claim = next(c for c in claimkit.extract(text).claims if c.cue == "said")
    affiliation = claim.claimant.affiliation
    assert (affiliation.name if affiliation is not None else None) == principal


def test_a_name_before_network_is_an_outlet() -> None:
    text = "In Mexico City, Mexico's powerful Televisa network censured his first report."
    (claim,) = claimkit.extract(text).claims
    assert (claim.claimant.name, claim.claimant.kind) == (
        "Televisa network", ActorKind.MEDIA_OUTLET)


def test_a_shared_surname_goes_to_the_titles_gender_or_the_person_named_first() -> None:
    text = ("Hillary Clinton met Bill Clinton in Chicago. Mrs. Clinton said it. "
            "Mr. Clinton said it. Clinton said it again.")
    doc = Document(id="d", text=text)
    names = [m.actor.name for m in ActorResolver(doc).mentions()
             if m.span.text(text) == "Clinton"]
    assert names == ["Hillary Clinton", "Bill Clinton", "Hillary Clinton"]


@pytest.mark.parametrize(
    ("text", "issuer"),
    [
        ("Patricia Smith and Charles Woods have filed a wrongful death lawsuit against Hillary "
         "Clinton. The lawsuit says Clinton lied to them.", "Charles Woods"),
        ("A lawsuit has been filed by Bradley Podliska against the committee. The suit claims "
         "that Gowdy damaged his reputation.", "Bradley Podliska"),
        ("Congressman Trey Gowdy's office slammed a lawsuit filed on Monday. The suit claims "
         "that Gowdy damaged his reputation.", None),
        ("Exxon Mobil wrote a detailed, six-page letter to Columbia. The letter accuses the "
         "journalists of misrepresenting themselves.", "Exxon Mobil"),
    ],
)
def test_a_lawsuit_speaks_for_whoever_filed_it(text: str, issuer: str | None) -> None:
    claim = next(c for c in claimkit.extract(text).claims
                 if c.claimant.name in ("lawsuit", "suit", "letter"))
    affiliation = claim.claimant.affiliation
    assert (affiliation.name if affiliation else None) == issuer


def test_our_opening_a_sentence_opens_an_organisations_name() -> None:
    text = ("Our Principles PAC, which was founded by Katie Packer, launched an ad. "
            "It slams Trump. Our country is great, Trump said.")
    names = [m.actor.name for m in ActorResolver(Document(id="d", text=text)).mentions()]
    assert names[0] == "Our Principles PAC" and names.count("Our Principles PAC") == 2
    assert "Our country" not in names


@pytest.mark.parametrize(
    ("text", "speaker", "principal"),
    [
        ("Hillary Clinton spoke. Clinton spokesman Brian Fallon said the report was false.",
         "Brian Fallon", "Hillary Clinton"),
        ("Rep. Duncan Hunter spoke. Hunter spokesman Joe Kasper said the report was false.",
         "Joe Kasper", "Duncan Hunter"),
        ("New York Mayor Bill de Blasio said Trump lied.", "Bill de Blasio", None),
    ],
)
def test_a_person_named_before_a_spokesman_owns_him(
    text: str, speaker: str, principal: str | None
) -> None:
    claim = claimkit.extract(text).claims[-1]
    affiliation = claim.claimant.affiliation
    assert claim.claimant.name == speaker
    assert (affiliation.name if affiliation is not None else None) == principal


def test_a_state_name_with_a_possessive_inside_and_an_ambassadors_possessor() -> None:
    state = "The Democratic People's Republic of Korea said it would respond."
    names = [m.actor.name for m in ActorResolver(Document(id="d", text=state)).mentions()]
    assert names[0] == "North Korea" and "South Korea" not in names
    state = "The People's Republic of China said it would respond."
    names = [m.actor.name for m in ActorResolver(Document(id="d", text=state)).mentions()]
    assert names[0] == "China" and "Taiwan" not in names
    text = ("So Se Pyong, the Democratic People's Republic of Korea's ambassador to the United "
            "Nations in Geneva, told Reuters Kim was not in bad health.")
    (claim,) = claimkit.extract(text).claims
    assert claim.claimant.affiliation is not None
    assert claim.claimant.affiliation.name == "North Korea"


def test_the_company_does_not_refer_back_to_a_fund_or_a_university() -> None:
    doc = _doc("Chevron Corp. criticised the two articles. They were paid for by the "
               "Rockefeller Brothers Fund and Columbia University. Late last month, the "
               "company wrote a letter to the dean.")
    assert _resolve(doc, "company").actor.name == "Chevron Corp."


@pytest.mark.parametrize(
    ("text", "name", "kind"),
    [
        ("The Pakistan Cricket Board said the claims were false.", "Pakistan Cricket Board",
         ActorKind.ORGANISATION),
        ("The Law Society of Kenya said the police had lied.", "Law Society of Kenya",
         ActorKind.ORGANISATION),
        ("The Bank of England said the banks had misled customers.", "Bank of England",
         ActorKind.ORGANISATION),
        ("The American Society of Civil Engineers said the bridge was unsafe.",
         "American Society of Civil Engineers", ActorKind.ORGANISATION),
        ("The Bureau of Labor Statistics said wages rose.", "Bureau of Labor Statistics",
         ActorKind.GOVERNMENT_BODY),
    ],
)
def test_an_organisation_named_with_a_place_is_not_the_place(
    text: str, name: str, kind: ActorKind
) -> None:
    doc = Document(id="d", text=text)
    first = ActorResolver(doc).mentions()[0]
    assert (first.actor.name, first.actor.kind) == (name, kind)


@pytest.mark.parametrize(
    ("text", "principal"),
    [
        ("The Labour Party was accused of antisemitism. The party's general secretary "
         "denied the claims.", "Labour Party"),
        ("Arsenal were accused of racism. The club's chief executive denied the claims.",
         "Arsenal"),
        ("Shell was accused of misleading the public. The company's chief executive denied "
         "the claims.", "Shell"),
        ("Shell was accused of misleading the public. The company denied the claims.", "Shell"),
    ],
)
def test_a_role_of_the_organisation_named_before_speaks_for_it(
    text: str, principal: str
) -> None:
    denial = next(c for c in claimkit.extract(text).claims if c.kind.value == "denial")
    assert denial.claimant.principal.name == principal


@pytest.mark.parametrize(
    ("text", "claimant"),
    [
        ("Jannik Sinner tested positive for clostebol. The Italian denied wrongdoing.",
         "Jannik Sinner"),
        ("Andy Murray lost in the final. The Briton denies the claims.", "Andy Murray"),
        ("Jannik Sinner won. The Italian government denied the claims.", "Government of Italy"),
    ],
)
def test_the_demonym_alone_is_the_person_named_before(text: str, claimant: str) -> None:
    denial = next(c for c in claimkit.extract(text).claims if c.kind.value == "denial")
    assert denial.claimant.name == claimant


def test_a_statement_speaks_for_the_body_of_a_state_that_issued_it() -> None:
    text = ("Kenya's health ministry issued a statement on Monday. The claims are false, "
            "the statement said.")
    denial = next(c for c in claimkit.extract(text).claims if c.kind.value == "denial")
    assert denial.claimant.affiliation is not None
    assert denial.claimant.affiliation.name == "Ministry of Health of Kenya"


@pytest.mark.parametrize(
    ("text", "claimant", "affiliation"),
    [
        ("Several of India's top wrestlers accused the federation president of harassment.",
         "top wrestlers", "India"),
        ("The family of the woman, Mercy Achieng, said the hospital had falsified her records.",
         "family", "Mercy Achieng"),
    ],
)
def test_people_before_of_speak_not_the_party_after(
    text: str, claimant: str, affiliation: str
) -> None:
    (claim,) = claimkit.extract(text).claims
    assert claim.claimant.name == claimant
    assert claim.claimant.affiliation is not None
    assert claim.claimant.affiliation.name == affiliation


def test_a_dateline_names_no_antecedent() -> None:
    text = ("NAIROBI, Kenya (Reuters) - The Athletics Integrity Unit has banned sprinter "
            "Wycliffe Kiprono for four years. It found that Kiprono had tampered with the "
            "doping control process.")
    claims = claimkit.extract(text).claims
    assert [(c.kind.value, c.cue) for c in claims] == [
        ("allegation", "has banned"), ("allegation", "found")]  # a ban for a term charges
    assert {c.claimant.name for c in claims} == {"Athletics Integrity Unit"}


@pytest.mark.parametrize(
    ("text", "principal"),
    [
        ("Barclays was fined on Monday. A spokesman said the bank had cooperated fully.",
         "Barclays"),
        ("The Pentagon released the report. A spokeswoman said the claims were false.",
         "US Department of Defense"),
    ],
)
def test_a_bare_spokesman_speaks_for_the_body_named_just_before(
    text: str, principal: str
) -> None:
    denial = next(c for c in claimkit.extract(text).claims if c.kind.value == "denial")
    assert denial.claimant.affiliation is not None
    assert denial.claimant.affiliation.name == principal


def test_a_bare_spokesman_with_no_body_before_stays_unaffiliated() -> None:
    (claim,) = claimkit.extract("A spokesman said the claims were false.").claims
    assert claim.claimant.affiliation is None


@pytest.mark.parametrize(
    ("text", "claimant"),
    [
        ("Boris Johnson spoke to reporters on Monday. The former prime minister said the "
         "inquiry was a witch-hunt.", "Boris Johnson"),
        ("Marcus Rashford was substituted at half-time. The striker said the manager had "
         "lied to him.", "Marcus Rashford"),
    ],
)
def test_a_role_no_one_held_before_is_the_person_the_story_is_about(
    text: str, claimant: str
) -> None:
    claim = claimkit.extract(text).claims[-1]
    assert claim.claimant.name == claimant


@pytest.mark.parametrize(
    ("text", "name", "role"),
    [
        ("Labour MP Jess Phillips said the minister had misled parliament.", "Jess Phillips",
         "mp"),
        ("Councillor Tom Reed said the contract was awarded corruptly.", "Tom Reed",
         "councillor"),
        ("Superintendent Anne Cole said officers had acted lawfully.", "Anne Cole",
         "superintendent"),
        ("Assemblywoman Claudia Tenney said the mayor had lied.", "Claudia Tenney",
         "assemblywoman"),
        ("Senior Counsel Paul Ng said the charges were baseless.", "Paul Ng", "senior counsel"),
    ],
)
def test_parliamentary_local_police_and_legal_titles_are_roles_not_names(
    text: str, name: str, role: str
) -> None:
    (claim,) = claimkit.extract(text).claims
    assert claim.claimant.name == name
    assert claim.claimant.role == role


def test_labour_alone_is_the_party_and_before_a_title_a_modifier() -> None:
    doc = Document(id="d", text="Labour accused the government of lying. Labour MP Jess "
                   "Phillips agreed.")
    names = [m.actor.name for m in ActorResolver(doc).mentions()]
    assert names[0] == "Labour Party"
    assert "Jess Phillips" in names


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Kellaway was referred to the Australian Federal Police. The AFP said it was "
         "assessing allegations that he misused public funds.", "Australian Federal Police"),
        ("The Chicago Teachers Union held a rally. The CTU said the mayor had lied.",
         "Chicago Teachers Union"),
    ],
)
def test_an_acronym_the_story_spells_out_is_that_organisation(text: str, name: str) -> None:
    claim = claimkit.extract(text).claims[-1]
    assert claim.claimant.name == name


def test_an_acronym_the_story_does_not_spell_out_keeps_its_gazetteer_sense() -> None:
    (claim,) = claimkit.extract("AFP said the army had shelled the town.").claims
    assert claim.claimant.name == "Agence France-Presse"


def test_a_state_acronym_is_never_read_as_an_organisations_initials() -> None:
    doc = Document(id="d", text="The US Senate voted. The US said it would respond.")
    names = [m.actor.name for m in ActorResolver(doc).mentions()]
    assert names[-2:] == ["United States", "United States"]


@pytest.mark.parametrize(
    ("text", "principal"),
    [
        ("A Tesla spokesman said the claims were false.", "Tesla"),
        ("Boeing's spokesperson said the claims were false.", "Boeing"),
    ],
)
def test_a_word_before_a_speakers_role_names_the_principal(text: str, principal: str) -> None:
    (claim,) = claimkit.extract(text).claims
    assert claim.claimant.affiliation is not None
    assert claim.claimant.affiliation.name == principal


@pytest.mark.parametrize(
    ("text", "claimant"),
    [
        ("Australian miner BHP denied that it had ignored warnings about the tailings dam.",
         "BHP"),
        ("Chinese battery maker CATL denied any links to forced labour.", "CATL"),
        ("The start-up said the claims were false.", "start-up"),
        ("The non-profit denied the claims.", "non-profit"),
    ],
)
def test_a_business_named_after_its_trade_speaks_not_its_country(
    text: str, claimant: str
) -> None:
    (claim,) = claimkit.extract(text).claims
    assert claim.claimant.name == claimant
    assert claim.claimant.kind is not ActorKind.STATE


@pytest.mark.parametrize(
    ("text", "state"),
    [
        ('Iran rejected accusations that it had sent missiles to Russia. The foreign ministry '
         'called the claims "baseless".', "Iran"),
        ("Russia attacked Kyiv overnight with drones. The defence ministry said 20 drones were "
         "shot down.", "Ukraine"),
    ],
)
def test_a_bare_ministry_belongs_to_the_state_that_just_spoke(text: str, state: str) -> None:
    claim = claimkit.extract(text).claims[-1]
    assert claim.claimant.principal.name == state


@pytest.mark.parametrize(
    ("text", "state"),
    [
        ("Washington accused Beijing of stealing trade secrets. A Foreign Ministry spokesperson "
         "said the accusations were groundless.", "China"),
        ("Britain accused Iran of seizing the tanker. The foreign ministry in a statement called "
         "the claims lies.", "Iran"),
        # both have a foreign ministry: the one that denies the charge is the accused's
        ("France accused Mali of breaking the accord. The foreign ministry said the claims were "
         "false.", "Mali"),
        # not a denial: the state that just spoke keeps it
        ("France accused Mali of breaking the accord. The foreign ministry said talks would "
         "resume.", "France"),
        ("Britain accused Iran of seizing the tanker. The Foreign Office said the ship was "
         "released.", "United Kingdom"),
    ],
)
def test_a_bare_ministry_passes_over_a_state_whose_body_is_named_otherwise(
    text: str, state: str
) -> None:
    # the State Department and the Foreign Office are never "the foreign ministry"
    claim = claimkit.extract(text).claims[-1]
    assert claim.claimant.principal.name == state


def test_he_after_a_quoted_sentence_is_its_speaker_not_the_one_quoted() -> None:
    text = ('"Joe Biden has failed America," Donald Trump said in Ohio. He added that Biden '
            'had lied about the border.')
    assert claimkit.extract(text).claims[-1].claimant.name == "Donald Trump"


@pytest.mark.parametrize(
    ("text", "claimant"),
    [
        ("Athletics Kenya said the runner had tested positive for EPO.", "Athletics Kenya"),
        ("Cricket Australia said the player had breached its code of conduct.",
         "Cricket Australia"),
        ("Real Madrid accused the referee of bias.", "Real Madrid"),
    ],
)
def test_a_sports_body_or_club_named_with_a_state_is_no_state(text: str, claimant: str) -> None:
    (claim,) = claimkit.extract(text).claims
    assert claim.claimant.name == claimant
    assert claim.claimant.kind is ActorKind.ORGANISATION


@pytest.mark.parametrize(
    ("text", "claimant"),
    [
        ("Nikki Haley attacked Donald Trump. The former South Carolina governor said Trump was "
         "unfit for office.", "Nikki Haley"),
        ("Theresa May attacked Jeremy Corbyn. The Prime Minister said the Labour leader had "
         "failed to tackle antisemitism.", "Theresa May"),
    ],
)
def test_a_description_after_an_attack_is_the_attacker_who_opened_the_sentence(
    text: str, claimant: str
) -> None:
    assert claimkit.extract(text).claims[-1].claimant.name == claimant


@pytest.mark.parametrize(
    ("text", "claimant"),
    [
        ("Sen. Ted Cruz criticized Gov. Gavin Newsom. The Texas Republican said Newsom had "
         "lied about crime.", "Ted Cruz"),
        ("Rep. Alexandria Ocasio-Cortez attacked Sen. Joe Manchin on Sunday. \"Joe Manchin has "
         "been paid off by the coal industry,\" the New York Democrat said.",
         "Alexandria Ocasio-Cortez"),
    ],
)
def test_a_description_after_an_attack_is_the_attacker_not_the_one_quoted(
    text: str, claimant: str
) -> None:
    claims = claimkit.extract(text).claims
    assert claims[-1].claimant.name == claimant


@pytest.mark.parametrize(
    ("text", "claimant"),
    [
        ("The Denver Post reported that the mayor had lied.", "Denver Post"),
        ("The Manila Times reported that the senator had lied.", "Manila Times"),
        ("The Sunday Times reported that the minister had lied.", "The Sunday Times"),
        ("The Times reported that the minister had lied.", "The New York Times"),
        ("The Liberal Democrats accused the Conservatives of sleaze.", "Liberal Democrats"),
        ("The SNP accused Labour of betraying Scotland.", "Scottish National Party"),
        ("A spokesperson for the American Bankers Association said the claims were false.",
         "American Bankers Association spokesperson"),
    ],
)
def test_outlets_parties_and_associations_keep_their_own_names(
    text: str, claimant: str
) -> None:
    (claim,) = claimkit.extract(text).claims
    assert claim.claimant.name == claimant


@pytest.mark.parametrize(
    ("text", "claimant"),
    [
        ("Supporters of Sanders accused Clinton of rigging the primary.", "Sanders supporters"),
        ("Residents of Flint accused the governor of lying.", "Flint residents"),
        ("Fans of Real Madrid accused the referee of cheating.", "Real Madrid fans"),
        ("Bernie Sanders supporters accused Clinton of rigging the primary.",
         "Bernie Sanders supporters"),
        ("Critics of the plan accused the mayor of lying.", "critics"),
        ("Supporters of former prime minister Imran Khan accused the army of rigging the vote.",
         "Imran Khan supporters"),
    ],
)
def test_supporters_residents_and_fans_are_a_group_named_after_a_party(
    text: str, claimant: str
) -> None:
    claim = claimkit.extract(text).claims[0]
    assert claim.claimant.name == claimant
    assert claim.claimant.affiliation is None  # they do not speak for the party


def test_a_possessors_rivals_still_speak_not_the_possessor() -> None:
    text = "Both of Trump's remaining rivals for the GOP nomination criticized his remarks."
    (claim,) = claimkit.extract(text).claims
    assert claim.claimant.name != "Donald Trump"
    assert "rivals" in claim.claimant.name


@pytest.mark.parametrize(
    ("text", "claimant"),
    [
        ("Sen. Bernie Sanders spoke in Iowa. Allies of the senator accused Biden of lying.",
         "allies"),
        ("Sen. Bernie Sanders spoke in Iowa. An aide to the senator accused Biden of lying.",
         "aide"),
    ],
)
def test_the_accused_after_the_verb_is_no_owner_of_the_accuser(text: str, claimant: str) -> None:
    (claim,) = claimkit.extract(text).claims
    assert claim.claimant.name == claimant
    assert claim.claimant.affiliation is None or "Biden" not in claim.claimant.affiliation.name


def test_a_verb_between_a_title_and_a_name_gives_the_name_no_title() -> None:
    doc = _doc("The senator accused Biden of lying about his record.")
    biden = _resolve(doc, "Biden")
    assert biden.actor.role != "senator accused"


@pytest.mark.parametrize(
    ("text", "claimant"),
    [
        ("The nurses' union accused the hospital of unsafe staffing.", "nurses' union"),
        ("A citizens' group accused the council of corruption.", "citizens' group"),
        ("The former city manager of Port Coquitlam is suing the city, claiming she was fired "
         "for reporting fraud.", "former city manager"),
    ],
)
def test_unions_of_their_members_and_officers_of_a_place_speak_themselves(
    text: str, claimant: str
) -> None:
    claim = claimkit.extract(text).claims[0]
    assert claim.claimant.name == claimant


def test_several_of_a_states_people_still_speak_for_it() -> None:
    text = "Several of India's top wrestlers accused the federation chief of harassment."
    (claim,) = claimkit.extract(text).claims
    assert claim.claimant.affiliation is not None
    assert claim.claimant.affiliation.name == "India"


@pytest.mark.parametrize(
    ("text", "claimant"),
    [
        ("Indian fishermen accused the Sri Lankan navy of beating them.", "Indian fishermen"),
        ("Kenya's largest water utility denied the claims.", "Kenya's largest water utility"),
    ],
)
def test_a_states_people_and_businesses_do_not_speak_for_it(text: str, claimant: str) -> None:
    (claim,) = claimkit.extract(text).claims
    assert claim.claimant.name == claimant
    assert claim.claimant.kind is not ActorKind.STATE
    assert claim.claimant.affiliation is None


def test_a_states_officials_still_speak_for_it() -> None:
    (claim,) = claimkit.extract("North Korean officials denied the claims.").claims
    assert claim.claimant.principal.id == "state:kp"


@pytest.mark.parametrize(
    ("text", "claimant"),
    [
        ("The Movement for Socialism accused the opposition of fraud.", "Movement for Socialism"),
        ("The Department for Education denied the claims.", "Department for Education"),
    ],
)
def test_organisation_names_go_on_past_for(text: str, claimant: str) -> None:
    (claim,) = claimkit.extract(text).claims
    assert claim.claimant.name == claimant


def test_she_after_a_quote_naming_a_description_is_the_woman_named_before() -> None:
    text = ("Sen. Elizabeth Warren spoke first. \"I'm talking about a billionaire who calls "
            "women horse-faced,\" she said.")
    assert claimkit.extract(text).claims[-1].claimant.name == "Elizabeth Warren"


def test_a_two_word_place_after_in_is_no_speaker() -> None:
    text = ("Bernie Sanders campaigned in Iowa on Monday. Speaking to reporters in Cedar Rapids, "
            "he said Biden had a long record of supporting cuts to Social Security.")
    assert claimkit.extract(text).claims[-1].claimant.name == "Bernie Sanders"


def test_a_county_council_is_an_organisation_a_spokesperson_speaks_for() -> None:
    (claim,) = claimkit.extract("A spokesperson for Cork County Council denied the claims.").claims
    assert claim.claimant.affiliation is not None
    assert claim.claimant.affiliation.name == "Cork County Council"


def test_lawyers_for_an_unnamed_person_speak_for_that_person() -> None:
    text = "Lawyers for the footballer said the allegations were false."
    (claim,) = claimkit.extract(text).claims
    assert claim.claimant.affiliation is not None
    assert claim.claimant.affiliation.name == "footballer"


@pytest.mark.parametrize(
    ("text", "claimant"),
    [
        ("U.S. short seller Kestrel Research accused Suryodaya of fraud.", "Kestrel Research"),
        ("Short seller Kestrel Research accused Suryodaya Power of fraud.", "Kestrel Research"),
        ("Brazilian meatpacker Serrano denied selling tainted beef.", "Serrano"),
        ("Sports daily Marca reported that the rider had cheated.", "Marca"),
        ("The Brazilian government denied the allegations.", "Government of Brazil"),
        ("Clinton spokesman Brian Fallon denied the claims.", "Brian Fallon"),
        ("Reporters in Cedar Rapids said the senator lied.", "reporters"),
    ],
)
def test_a_name_after_a_describing_noun_heads_the_phrase(text: str, claimant: str) -> None:
    (claim,) = claimkit.extract(text).claims
    assert claim.claimant.name == claimant


@pytest.mark.parametrize(
    ("text", "claimant"),
    [
        ("Mark Jones, 45, of Bolton, denies causing death by dangerous driving.", "Mark Jones"),
        ("Sarah Lee, 29, of no fixed address, denies theft.", "Sarah Lee"),
        ("Priya Nair, 34, a nurse from Kochi, denied the charges.", "Priya Nair"),
    ],
)
def test_a_name_before_an_age_and_a_home_town_speaks(text: str, claimant: str) -> None:
    (claim,) = claimkit.extract(text).claims
    assert (claim.kind.value, claim.claimant.name) == ("denial", claimant)


@pytest.mark.parametrize(
    ("text", "claimant"),
    [
        ("In a post on Instagram, the actress accused the director of harassment.", "actress"),
        ("Police Scotland said the officer had assaulted a man.", "Police Scotland"),
        ("Health Canada said the firm had concealed test results.", "Health Canada"),
    ],
)
def test_platforms_and_public_bodies_named_after_a_place(text: str, claimant: str) -> None:
    (claim,) = claimkit.extract(text).claims
    assert claim.claimant.name == claimant


@pytest.mark.parametrize(
    ("text", "issuer"),
    [
        ("The ministry's statement said the report was false.", "ministry"),
        ("In a statement, the bank said Rathore acted lawfully.\n\"Mr Rathore did not trade "
         "on inside information,\" the statement said.", "bank"),
    ],
)
def test_a_statement_speaks_for_its_issuer(text: str, issuer: str) -> None:
    claim = claimkit.extract(text).claims[-1]
    assert claim.claimant.affiliation is not None
    assert claim.claimant.affiliation.name == issuer


@pytest.mark.parametrize(
    ("text", "claimant"),
    [
        ("Pakistan's Foreign Office rejected the claims.", "Foreign Office of Pakistan"),
        ("The British Foreign Office rejected the claims.",
         "UK Foreign, Commonwealth and Development Office"),
        ("The World Uyghur Congress accused China of genocide.", "World Uyghur Congress"),
        ("Kataib Hezbollah denied the attack.", "Kataib Hezbollah"),
        ("The Trinamool Congress accused the BJP of rigging the polls.", "Trinamool Congress"),
    ],
)
def test_a_known_bodys_name_inside_another_name_or_state(text: str, claimant: str) -> None:
    (claim,) = claimkit.extract(text).claims
    assert claim.claimant.name == claimant


@pytest.mark.parametrize(
    ("text", "claimant"),
    [
        ("Senator Ronald dela Rosa denied the allegations.", "Ronald dela Rosa"),
        ("Former senator Leila de Lima accused the police of lying.", "Leila de Lima"),
        ("Ursula von der Leyen accused Russia of war crimes.", "Ursula von der Leyen"),
    ],
)
def test_names_with_particles_are_whole(text: str, claimant: str) -> None:
    (claim,) = claimkit.extract(text).claims
    assert claim.claimant.name == claimant


@pytest.mark.parametrize(
    ("text", "principal"),
    [
        ("Linda Thomas-Greenfield, the US ambassador to the UN, accused Russia of lying.",
         "United States"),
        ("John Roe, the British envoy to Kenya, accused the police of torture.",
         "United Kingdom"),
    ],
)
def test_an_envoy_speaks_for_who_sends_not_where_sent(text: str, principal: str) -> None:
    (claim,) = claimkit.extract(text).claims
    assert claim.claimant.affiliation is not None
    assert claim.claimant.affiliation.name == principal


@pytest.mark.parametrize(
    ("text", "claimant"),
    [
        ("The Financial Conduct Authority accused the bank of misleading customers.",
         "Financial Conduct Authority"),
        ("The International Cricket Council charged Perera with corruption.",
         "International Cricket Council"),
        ("The Independent Policing Oversight Authority said the officers had shot the man.",
         "Independent Policing Oversight Authority"),
        ("The National Police Federation said the officer was innocent.",
         "National Police Federation"),
        ("Corruption Watch said the mayor had taken bribes.", "Corruption Watch"),
        ("Air India denied the allegations.", "Air India"),
        ("Road Safety India alleged that Hyundai hid the defect.", "Road Safety India"),
        ("Working America, a labor-affiliated group, said Trump had lied.", "Working America"),
        ("The Law Society of Kenya condemned the killings.", "Law Society of Kenya"),
        ("The Mining and Energy Union accused Fortescue of wage theft.",
         "Mining and Energy Union"),
        ("A Marquette Law School poll showed that the senator had lied.",
         "Marquette Law School poll"),
        # ordinary words, places and people around names keep their readings
        ("Kenya's police said the protesters had attacked officers.", "Police of Kenya"),
        ("Indian officials said the company had lied.", "Indian officials"),
        ("The British government accused Russia of poisoning the spy.",
         "Government of United Kingdom"),
        ("Pakistan's Foreign Office denied the allegations.", "Foreign Office of Pakistan"),
        ("President Joe Biden accused Russia of war crimes.", "Joe Biden"),
        ("International observers said the election was rigged.", "international observers"),
        ("National security officials said the hackers had stolen data.",
         "national security officials"),
        ("Senior Police Federation officials said the officer had lied.",
         "Police Federation officials"),
        ("Meanwhile China denied the claims.", "China"),
        ("Rahul Gandhi accused Modi of lying.", "Rahul Gandhi"),
    ],
)
def test_an_organisations_whole_capitalised_name_is_the_claimant(text: str, claimant: str) -> None:
    (claim,) = claimkit.extract(text).claims
    assert claim.claimant is not None
    assert claim.claimant.name == claimant


@pytest.mark.parametrize(
    ("texts", "names"),
    [
        (["Premier Li Qiang denied the claims.", "The Premier League denied the claims."],
         ["Li Qiang", "Premier League"]),
        (["The Premier League denied the claims.", "Premier Li Qiang denied the claims."],
         ["Premier League", "Li Qiang"]),
        (["The Premier Foods board denied the claims."], ["Premier Foods board"]),
    ],
)
def test_a_title_before_an_organisations_head_is_part_of_its_name(
    texts: list[str], names: list[str]
) -> None:
    # in either order: what a title word is does not carry over from one text to the next
    assert [claimkit.extract(t).claims[0].claimant.name for t in texts] == names


# relative pronouns and "he"/"she" after a quotation ------------------------------------


def _speakers(text: str) -> list[tuple[str, str, str]]:
    """(cue, claimant name, claimant kind) of each claim of ``text``."""
    return [
        (c.cue, c.claimant.name if c.claimant else "", c.claimant.kind.value if c.claimant else "")
        for c in claimkit.extract(text).claims
    ]


@pytest.mark.parametrize(
    ("text", "cue", "claimant"),
    [
        ("The board faced criticism from the sports minister, who accused it of ignoring "
         "corruption.", "accused", "minister"),
        ("The recall follows a complaint by the consumer group, which alleged that Hyundai hid "
         "the fault.", "alleged", "group"),
        ("Harrow has been sued by 300 borrowers, who allege the society added unlawful "
         "charges.", "allege", "300 borrowers"),
        ("The line manager, who denied making any racist remarks, was described by the judge "
         "as evasive.", "denied", "manager"),
        ("The charge follows an investigation by the LECC, which last year found that Hennessy "
         "had engaged in serious misconduct.", "found", "LECC"),
        # a name a description stands beside, a name with "of", a name that ends the phrase
        ("81-year-old Parker Eaton, a nominal Republican who voted for JFK, said the crop was "
         "poor.", "voted for", "Parker Eaton"),
        ("Cruz got a favorable decision from the Illinois Board of Elections, which ruled that "
         "he met the citizenship criteria.", "ruled", "Illinois Board of Elections"),
        ("CNN President Jeff Zucker isn't kowtowing to Republican presidential candidate "
         "Donald Trump, who has threatened not to show up.", "has threatened", "Donald Trump"),
        ("But that is not good enough, said Howard Rubel, a senior analyst at Jefferies, who "
         "notes that United Technologies has vowed to cut costs.", "notes", "Howard Rubel"),
        # an anonymity clause reports nothing: its source speaks by the main verb
        ("A spokesman for the ministry, who declined to be named, denied the report.",
         "denied", "spokesman"),
    ],
)
def test_a_relative_pronoun_speaks_for_the_phrase_before_it(
    text: str, cue: str, claimant: str
) -> None:
    found = {c: name for c, name, _kind in _speakers(text)}
    assert found[cue] == claimant


@pytest.mark.parametrize(
    "text",
    [
        "The board faced criticism from the sports minister, who accused it of ignoring "
        "corruption.",
        "Trump incites violence and is a liar, racist, misogynist and birther who has "
        "repeatedly pledged to ban all Muslims.",
        "Sixty percent said yes, double the number who said the same of Mr. Trump.",
    ],
)
def test_no_claimant_is_a_bare_relative_pronoun(text: str) -> None:
    assert all(name.lower() not in ("who", "which", "that") for _c, name, _k in _speakers(text))


def test_a_relative_clause_takes_no_content_of_the_main_verb() -> None:
    text = ("Investigating officer Sipho Ngcobo, who testified last week, denied that any of the "
            "accused had been assaulted.")
    assert [(c, n) for c, n, _k in _speakers(text)] == [("denied", "Sipho Ngcobo")]


@pytest.mark.parametrize(
    ("text", "claimant"),
    [
        ('The Garda Síochána declined to comment. "The officer beat my son," he said.', "he"),
        ('Scotland Yard declined to comment. Lawyer Tom Reid spoke outside court. "The officer '
         'beat my client," he said.', "Tom Reid"),
        ("Prosecutor Rebecca Hunt addressed the court. Then the victim's mother read a "
         'statement. "He beat my daughter," she said.', "victim's mother"),
        # negative cases that keep working
        ('Senator John Smith was accused of fraud. "We did nothing wrong," he said.',
         "John Smith"),
        ('Sen. Elizabeth Warren spoke first. "He is a billionaire who cheats," she said.',
         "Elizabeth Warren"),
    ],
)
def test_he_or_she_after_a_quotation_is_no_organisation(text: str, claimant: str) -> None:
    speakers = _speakers(text)
    cue, name, kind = speakers[-1]
    assert cue == "said"
    assert name == claimant
    assert kind in ("person", "unknown")


def test_the_company_said_it_keeps_the_company() -> None:
    text = "Acme Corp said it had done nothing wrong and denied that it misled investors."
    names = {name for _c, name, _k in _speakers(text)}
    assert names == {"Acme Corp"}


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Privacy campaign group Big Brother Watch said the police had broken the law.",
         "Big Brother Watch"),
        ("Privacy campaign group Liberty said the police had broken the law.", "Liberty"),
        ("Old Mutual said the regulator had misled investors.", "Old Mutual"),
        ("USA Gymnastics said the coach had abused athletes.", "USA Gymnastics"),
        ("British Cycling said the coach had bullied riders.", "British Cycling"),
        ("UK Anti-Doping said the sprinter had cheated.", "UK Anti-Doping"),
        # not a national body: a title and a person, a department of state
        ("British Health Secretary Matt Hancock said the firm had lied.", "Matt Hancock"),
        ("US Justice Department said the firm had lied.", "US Department of Justice"),
        ("Trump campaign spokesman Jason Miller said Clinton had lied.", "Jason Miller"),
    ],
)
def test_an_organisation_named_with_a_describing_phrase_or_a_state(text: str, name: str) -> None:
    # a describing noun before the name ("campaign group") does not end an organisation of
    # its own, an adjective opening a name stays in it, and a state with a sport or a
    # public function after it names one national body
    (claim,) = claimkit.extract(text).claims
    assert claim.claimant.name == name


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Human rights group Amnesty International accused the army of torture.",
         "Amnesty International"),
        ("The Israeli newspaper Haaretz said the minister had misled parliament.", "Haaretz"),
        ("Rights group Human Rights Watch accused the army of torture.", "Human Rights Watch"),
    ],
)
def test_a_describing_noun_before_a_known_organisation_is_that_organisation(
    text: str, name: str
) -> None:
    (claim,) = claimkit.extract(text).claims
    assert claim.claimant.name == name
    assert claim.claimant.affiliation is None or claim.claimant.affiliation.name != name


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("NEW DELHI - Congress said the government had rigged the tender.",
         "Indian National Congress"),
        ("NEW DELHI - The Congress party accused the government of rigging a tender.",
         "Indian National Congress"),
        # the story's own state has no namesake: the US Congress stays
        ("MOSCOW (Reuters) - Congress said Russia had meddled in the election.", "US Congress"),
        ("WASHINGTON - Congress said the agency had lied.", "US Congress"),
    ],
)
def test_a_bare_name_gives_way_to_the_dateline_states_namesake(text: str, name: str) -> None:
    claim = claimkit.extract(text).claims[0]
    assert claim.claimant.name == name


def test_the_government_after_the_dateline_states_party_is_that_states() -> None:
    text = ("NEW DELHI - The Congress party accused the government of rigging a tender. "
            "The government denied the charge.")
    assert claimkit.extract(text).claims[-1].claimant.name == "Government of India"


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("The Peoples Democratic Party said the All Progressives Congress had bought votes.",
         "Peoples Democratic Party"),
        ("The Liberal Democratic Party accused the opposition of lying about the budget.",
         "Liberal Democratic Party"),
        ("The Social Democratic Party of Germany accused the government of lying.",
         "Social Democratic Party of Germany"),
        ("The Free Syrian Army accused the government of shelling civilians in Idlib.",
         "Free Syrian Army"),
        ("The Royal Thai Army denied that its soldiers had fired on the protesters.",
         "Royal Thai Army"),
        # near misses: the known name alone, or words that only describe its members
        ("The Democratic Party said Trump had lied about the payments.", "Democratic Party"),
        ("The Democratic National Committee accused Trump of lying.", "Democratic Party"),
        ("The New Democratic Party accused the Liberals of corruption.", "New Democratic Party"),
        ("The Senate Armed Services Committee accused the Pentagon of hiding costs.",
         "Armed Services Committee"),
    ],
)
def test_a_known_name_inside_a_longer_name_does_not_win_over_it(text: str, name: str) -> None:
    assert claimkit.extract(text).claims[0].claimant.name == name


def test_the_target_inside_a_longer_name_is_that_name() -> None:
    text = "The Peoples Democratic Party said the All Progressives Congress had bought votes."
    target = claimkit.extract(text).claims[0].target
    assert target is not None and target.name == "All Progressives Congress"


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("The Kenya National Commission on Human Rights accused the police of abducting "
         "protesters.", "Kenya National Commission on Human Rights"),
        ("The Commission on Elections said the candidate had bought votes.",
         "Commission on Elections"),
        ("The UN Office for the Coordination of Humanitarian Affairs said Israeli forces had "
         "blocked aid.", "Office for the Coordination of Humanitarian Affairs"),
        ("The Scientific Advisory Group for the Origins of Novel Pathogens (SAGO) said the lab "
         "had hidden data.", "Scientific Advisory Group for the Origins of Novel Pathogens"),
        ("The Ministry of Ports, Shipping and Waterways rejected the allegation.",
         "Ministry of Ports, Shipping and Waterways"),
        ("The Department for Environment, Food and Rural Affairs denied the claim.",
         "Department for Environment, Food and Rural Affairs"),
        # near misses: a time after "on", a list of several organisations
        ("The Committee on Monday accused the minister of lying.", "Committee"),
        ("The Bank of England, Barclays and HSBC denied the claims.", "Barclays"),
    ],
)
def test_an_organisation_name_goes_on_over_its_field_and_lists(text: str, name: str) -> None:
    assert claimkit.extract(text).claims[0].claimant.name == name


def test_a_title_after_an_organisations_place_ends_its_name() -> None:
    text = "Bank of England Deputy Governor Dave Ramsden said the lenders had misled savers."
    claimant = claimkit.extract(text).claims[0].claimant
    assert claimant.name == "Dave Ramsden"


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("The Emergency Lawyers, a group that tracks abuses, accused the army of killing "
         "protesters.", "Emergency Lawyers"),
        ("Sudan Doctors Network, an independent medical group, accused the RSF of killing "
         "civilians.", "Sudan Doctors Network"),
        # a person's apposition stays a role
        ("John Smith, a lawyer for the family, accused the police of lying.", "John Smith"),
    ],
)
def test_an_apposed_group_noun_does_not_replace_the_name_before_it(
    text: str, name: str
) -> None:
    assert claimkit.extract(text).claims[0].claimant.name == name


def test_an_acronym_the_story_defines_wins_over_the_gazetteer() -> None:
    text = ("Pakistan Tehreek-e-Insaf (PTI) said the verdict was rigged. PTI chairman Gohar Ali "
            "Khan denied the charges.")
    first, second = claimkit.extract(text).claims
    assert first.claimant.name == "Pakistan Tehreek-e-Insaf"
    assert second.claimant.affiliation is not None
    assert second.claimant.affiliation.name == "Pakistan Tehreek-e-Insaf"


def test_an_acronym_with_no_definition_keeps_its_gazetteer_sense() -> None:
    text = "PTI reported that the minister had taken bribes."
    assert claimkit.extract(text).claims[0].claimant.name == "Press Trust of India"


def test_a_bare_name_after_a_preposition_stays_the_gazetteers() -> None:
    text = ("NEW DELHI - A resolution introduced in Congress accuses India of persecuting "
            "religious minorities.")
    assert claimkit.extract(text).claims[0].claimant.name == "US Congress"


def test_the_who_in_capitals_is_the_world_health_organization() -> None:
    (claim,) = claimkit.extract("The WHO said the ministry had hidden cases.").claims
    assert claim.claimant.name == "World Health Organization"
    text = "The minister, who said the claims were false, resigned."
    assert claimkit.extract(text).claims[0].claimant.name == "minister"


@pytest.mark.parametrize(
    ("text", "claimant"),
    [
        ("Harlan Accuses Whitcomb of Hiding Donor Money", "Harlan"),
        ("Donald Trump Denies Mike Tyson Invited to Appear at GOP Convention", "Donald Trump"),
        ("Hillary Clinton Slams Donald Trump On Abortion", "Hillary Clinton"),
    ],
)
def test_a_title_case_headline_verb_is_no_part_of_a_name(text: str, claimant: str) -> None:
    claim = claimkit.extract(text).claims[0]
    assert claim.claimant.name == claimant


def _claimants(text: str) -> list[tuple[str, str, str | None]]:
    """(cue, claimant, affiliation) of each claim."""
    return [
        (c.cue, c.claimant.name or "",
         c.claimant.affiliation.name if c.claimant.affiliation is not None else None)
        for c in claimkit.extract(text).claims
    ]


@pytest.mark.parametrize(
    ("text", "claimant"),
    [
        # "Office of the <official>" runs to the end of the capitalised name
        ("The Office of the Privacy Commissioner of Canada said the company had breached "
         "federal privacy law.", "Office of the Privacy Commissioner of Canada"),
        ("The Office of the Director of Public Prosecutions said Smith had lied.",
         "Office of the Director of Public Prosecutions"),
        ("The University of the Witwatersrand said Smith had lied.",
         "University of the Witwatersrand"),
        ("The Economic and Financial Crimes Commission said Smith had lied.",
         "Economic and Financial Crimes Commission"),
        ("The Department of Forestry, Fisheries and the Environment said the company had "
         "broken the law.", "Department of Forestry, Fisheries and the Environment"),
        # near-miss: two bodies joined by "and the" are read as before (one phrase)
        ("Officials from the Bank of England, Barclays and the Treasury said the company "
         "had broken the law.", "US Department of the Treasury"),
        # a name modifying a commission of inquiry: the commission speaks
        ("The Zondo commission of inquiry into state capture found that Mokoena had "
         "facilitated corrupt procurement.", "Zondo commission"),
        ("The inquiry into state capture found that Mokoena had facilitated corrupt "
         "procurement.", "inquiry"),
        # a group named for its cause, in apposition to "group"
        ("Another group, Vets for Marsh, said the criticism was a political hit job.",
         "Vets for Marsh"),
        ("A rival group, Citizens for Fair Play, said the criticism was false.",
         "Citizens for Fair Play"),
        ("A rival group said the criticism was false.", "rival group"),
        # near-misses: people who work for someone keep their principal
        ("Attorneys for Clinton said she had not lied.", "Clinton"),
        ("Executives for Mondelez say the company hid losses.", "Mondelez"),
    ],
)
def test_organisation_names_with_links_and_appositions(text: str, claimant: str) -> None:
    assert _claimants(text)[0][1] == claimant


@pytest.mark.parametrize(
    ("text", "claimant"),
    [
        # a described body refers back to the one the story just named
        ("The Economic and Financial Crimes Commission (EFCC) arraigned former governor "
         "Yahaya Bello in Abuja. The anti-graft agency alleged that Bello diverted 80 "
         "billion naira.", "Economic and Financial Crimes Commission"),
        ("The anti-graft agency alleged that Bello diverted 80 billion naira.",
         "anti-graft agency"),
        # "the company" in a company officer's words is the officer's company
        ("Health Canada ordered a recall of NestWell loungers. NestWell chief executive "
         "Marie Tremblay said the company disagreed with the regulator's findings.",
         "NestWell"),
        ("Health Canada ordered a recall of NestWell loungers. Marie Tremblay, a "
         "spokeswoman for NestWell, said the company disagreed with the regulator's "
         "findings.", "NestWell"),
        # near-miss: no officer named, the company is the one named before
        ("Health Canada ordered a recall of NestWell loungers. Marie Tremblay said the "
         "company disagreed with the regulator's findings.", "Health Canada"),
    ],
)
def test_described_bodies_refer_back(text: str, claimant: str) -> None:
    assert _claimants(text)[-1][1] == claimant


@pytest.mark.parametrize(
    ("text", "affiliation"),
    [
        ("NEW DELHI (Reuters) - The Enforcement Directorate questioned Rahul Gandhi on "
         "Monday. Congress spokesperson Pawan Khera said the arrest was illegal.",
         "Indian National Congress"),
        ("Congress spokesperson Pawan Khera said the arrest was illegal.", "US Congress"),
    ],
)
def test_a_dateline_picks_the_home_namesake_of_an_affiliation(
    text: str, affiliation: str
) -> None:
    assert _claimants(text)[-1][2] == affiliation


@pytest.mark.parametrize(
    ("text", "claimant"),
    [
        # a demonym after a role word and a name ends the person's name: no state
        ("U.N. human rights chief Volker Turk said the military had killed civilians.",
         "Volker Turk"),
        ("Rights chief Volker Turk said soldiers had killed civilians.", "Volker Turk"),
        ("The minister Ahmed Iraqi said the army had killed civilians.", "Ahmed Iraqi"),
        # near-miss: a demonym after a demonym is a person of that state, no surname
        ("A Syrian Kurd said the army had killed civilians.", "Kurd"),
    ],
)
def test_a_demonym_after_a_titled_name_is_a_surname(text: str, claimant: str) -> None:
    (claim,) = claimkit.extract(text).claims
    assert claim.claimant.name == claimant
    assert claim.target is None or "Turkey" not in claim.target.name


def test_a_bare_demonym_surname_links_to_the_person() -> None:
    text = ("U.N. human rights chief Volker Turk said the military had killed civilians. "
            "Turk said the army must stop.")
    assert {c.claimant.name for c in claimkit.extract(text).claims} == {"Volker Turk"}


@pytest.mark.parametrize(
    ("text", "body"),
    [
        # the state that acts speaks through its body, not the nationality it acts on
        ("Germany expelled four Russian diplomats. The foreign ministry said the diplomats "
         "had abused their diplomatic status.", "Ministry of Foreign Affairs of Germany"),
        ("Germany summoned the Russian ambassador. The foreign ministry said Moscow had lied.",
         "Ministry of Foreign Affairs of Germany"),
        # near-miss: a state named in the content, not as a nationality, is still the latest
        ("Germany expelled four diplomats from Russia. The foreign ministry said the diplomats "
         "had abused their diplomatic status.", "Russian Ministry of Foreign Affairs"),
    ],
)
def test_a_bare_body_after_a_state_acting_on_foreigners_is_that_states(
    text: str, body: str
) -> None:
    (claim,) = claimkit.extract(text).claims
    assert claim.claimant.name == body


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a short surname after a quotation that ends in a comma speaks it
        ("North Korea's ambassador So Se Pyong spoke in Geneva. \"That is rumors, fabricated "
         'rumors," So said about the ailment.', [("denial", "So Se Pyong")]),
        ('"That is a lie," So said.', [("denial", "So")]),
        # after a full stop or a question mark the word opens a new sentence
        ('"Leave now." So he left.', []),
        ('"What is this?" So said the minister.', []),
    ],
)
def test_a_short_surname_after_a_quotations_comma_is_its_speaker(
    text: str, expected: list[tuple[str, str]]
) -> None:
    found = [(c.kind.value, c.claimant.name) for c in claimkit.extract(text).claims]
    assert found == expected


@pytest.mark.parametrize(
    "text",
    [
        "Donald Trump spoke on Sunday. Appearing on CBS' Face the Nation, the GOP front-runner "
        "said Hillary Clinton lied.",
        "Donald Trump spoke on Sunday. Appearing on NBC's Meet the Press, the GOP front-runner "
        "said Hillary Clinton lied.",
    ],
)
def test_a_word_after_an_article_is_not_the_person_an_apposition_describes(text: str) -> None:
    # "the Nation, the GOP front-runner": a show's name, not a person called "Nation"
    claim = claimkit.extract(text).claims[-1]
    assert (claim.kind.value, claim.claimant.name) == ("allegation", "Donald Trump")
