"""Cue lexicon and cue matching: inflections, nouns, phrases, negation, passives."""

from __future__ import annotations

import re

import pytest

import claimkit
from claimkit import hookimpl
from claimkit.errors import PluginError
from claimkit.extract.cues import (
    CueWord,
    EvidencePhrase,
    Lexicon,
    find_cues,
    inflect,
    load_lexicon,
)
from claimkit.extract.installed import default_lexicon
from claimkit.extract.segment import tokenize
from claimkit.model import ClaimKind, CueEffect
from claimkit.plugins import plugin_registered


def cues(text: str, *, title: bool = False) -> list[tuple[str, str, str, bool, bool]]:
    tokens = tokenize(text)
    return [
        (" ".join(t.text for t in tokens[c.first:c.last]), c.word.lemma, c.word.pos, c.negated,
         c.passive)
        for c in find_cues(tokens, load_lexicon(), title=title)
    ]


def test_inflections() -> None:
    assert inflect("accuse") == ("accuse", "accuses", "accused", "accusing")
    assert inflect("deny") == ("deny", "denies", "denied", "denying")
    assert inflect("dismiss") == ("dismiss", "dismisses", "dismissed", "dismissing")


def test_seed_title_has_a_denial_verb_and_a_claim_noun() -> None:
    found = cues("North Korea denies US claims that it is sending artillery ammunition to Russia",
                 title=True)
    assert [(c[0], c[2]) for c in found] == [("denies", "verb"), ("claims", "noun")]


def test_charge_is_a_verb_with_with_and_a_noun_otherwise() -> None:
    found = cues("Washington has charged Iran with providing drones to Russia, "
                 "a charge Tehran has refuted.")
    assert [(c[1], c[2]) for c in found] == [("charge", "verb"), ("charge", "noun"),
                                             ("refute", "verb")]


@pytest.mark.parametrize(
    "text",
    ["The minister did not deny the report.", "Officials didn't deny it.",
     "The party has never denied the payments.", "She refused to deny the story.",
     "Officials could no longer deny the report."],
)
def test_negated_denials_are_marked(text: str) -> None:
    found = [c for c in cues(text) if c[1] == "deny"]
    assert found and found[0][3] is True


def test_plain_denial_is_not_negated() -> None:
    assert cues("The Kremlin denied the report.")[0][3] is False


def test_passive_and_phrase_cues() -> None:
    assert ("denied", "deny", "verb", False, True) in cues("The claim was denied by Beijing.")
    assert cues("According to the ministry, prices rose.")[0][:3] == (
        "According to", "according to", "phrase")


def test_proper_names_and_determiners_are_not_cues() -> None:
    assert cues("The United States imposed tariffs.") == []
    assert cues("The alleged transfers took place in May.") == []


def test_base_forms_need_a_subject_or_modal() -> None:
    assert [c[0] for c in cues("We strongly denounce and firmly warn the US.")] == [
        "denounce", "warn"]
    assert cues("The state of the art.") == []


@pytest.mark.parametrize(
    "text",
    [
        "China dismissed the US remarks, saying they were groundless.",
        "Moscow rejected Pentagon charges that its jets bombed the hospital.",
        "The ministry dismissed the government claims, calling them lies.",
        "The White House remarks were criticised in Beijing.",
        "In a rebuttal to the Chinese claims, Manila released satellite images.",
        "The regulator said the Labour comments of last week had been misleading.",
    ],
)
def test_a_speech_noun_after_a_modifier_is_no_verb(text: str) -> None:
    assert all(pos == "noun" for _form, lemma, pos, _neg, _pas in cues(text)
               if lemma in ("remark", "charge", "claim", "comment"))


@pytest.mark.parametrize(
    ("text", "form"),
    [
        ("He remarks that the plan failed.", "remarks"),
        ("The US claims Iran supplied the drones.", "claims"),
        ("The Pentagon charges that Iran armed the rebels.", "charges"),
        ("Tensions flare after Sanders calls Clinton unqualified.", "calls"),
        ("A review by The Times shows most of the hours were for travel.", "shows"),
        ("It was a show of muscle that Clinton hopes can help block any challenge.", "hopes"),
        ("That is less than what the American Society of Civil Engineers estimates will be "
         "needed.", "estimates"),
        ("Officials said the Pentagon claims Iran armed the rebels.", "claims"),
    ],
)
def test_a_speech_verb_after_its_subject_stays_a_verb(text: str, form: str) -> None:
    assert (form, "verb") in [(c[0], c[2]) for c in cues(text)]


class ExtraCues:
    @hookimpl
    def register_cues(self, register):  # type: ignore[no-untyped-def]
        register(CueWord(lemma="aver", kind=ClaimKind.STATEMENT))
        register(EvidencePhrase(phrase="leaked cables", effect=CueEffect.RAISES, weight=0.2))


def test_plugins_extend_the_lexicon_through_register_cues() -> None:
    assert "avers" not in default_lexicon().verbs
    with plugin_registered(ExtraCues(), name="extra-cues"):
        lexicon = default_lexicon()
        assert lexicon.verbs["avers"].lemma == "aver"
        assert "leaked" in lexicon.evidence
    assert "avers" not in default_lexicon().verbs


class BadCues:
    @hookimpl
    def register_cues(self, register):  # type: ignore[no-untyped-def]
        register("say")


def test_a_plugin_registering_a_non_cue_fails_clearly() -> None:
    with (
        plugin_registered(BadCues(), name="bad-cues"),
        pytest.raises(PluginError, match="bad-cues"),
    ):
        default_lexicon()


def test_unknown_frame_is_rejected() -> None:
    with pytest.raises(PluginError, match="frame"):
        CueWord(lemma="aver", kind=ClaimKind.STATEMENT, frame="nonsense")


def test_verbs_ending_in_ee_inflect_regularly() -> None:
    assert inflect("agree") == ("agree", "agrees", "agreed", "agreeing")
    assert [c[1] for c in cues("The two parties agreed to share the ministries.")] == ["agree"]


def test_requirement_alternatives() -> None:
    assert [c[1] for c in cues("Nurses agreed with the union that pay must rise.")] == ["agree"]
    assert cues("The deal agreed last year expired.") == []


def test_cue_commitments_come_from_the_lexicon() -> None:
    lexicon = load_lexicon()
    assert lexicon.verbs["wants"].commitment == "uncommitted"
    assert lexicon.verbs["believes"].commitment == "probable"
    assert lexicon.verbs["says"].commitment is None
    with pytest.raises(PluginError, match="commitment"):
        CueWord(lemma="yearn", kind=ClaimKind.STATEMENT, commitment="eager")


def test_base_forms_after_an_apposition_or_inverted() -> None:
    assert [c[1] for c in cues(
        "Most economists, like their rivals abroad, say the tax slows growth.")] == ["say"]
    assert [c[1] for c in cues("Prices may fall further, say many analysts.")] == ["say"]
    assert cues("A ticket costs, say, ten euros.") == []


def test_what_someone_calls_a_quoted_name() -> None:
    assert [c[1] for c in cues("The plan is what the minister calls “a fresh start.”")] == [
        "call"]


def test_participles_before_plural_nouns_are_adjectives() -> None:
    assert cues("The totals include pledged delegates and superdelegates.") == []
    assert [c[1] for c in cues("The mayor pledged to rebuild the school.")] == ["pledge"]


def test_a_headline_tally_is_no_quotation() -> None:
    assert cues("Okafor: 1,769.", title=True) == []
    assert [c[1] for c in cues("Okafor: the count was rigged in three districts", title=True)] == [
        ":"]


def test_headline_colons_of_polls_and_papers() -> None:
    assert [c[1] for c in cues("Poll: Mayor Leads Rival by Ten Points", title=True)] == [":"]
    assert [c[1] for c in cues("Kyiv Daily Post: Talks Resume in Geneva", title=True)] == [":"]
    assert cues("Day 3: the summit opens with a gala", title=True) == []


def test_support_after_a_plural_or_quantity_before_an_object() -> None:
    assert [c[1] for c in cues("Most farmers support a ban on imports.")] == ["support"]
    assert [c[1] for c in cues("Two-thirds support Okafor.")] == ["support"]
    assert cues("The party's support base is eroding.") == []


def test_the_sentence_gate_lets_through_every_sentence_with_a_cue() -> None:
    from claimkit import datasets
    from claimkit.extract.cues import may_have_cues
    from claimkit.extract.segment import sentences

    lexicon = load_lexicon()
    checked = refused = 0
    for document in datasets.example_gold().documents:
        for sentence in sentences(document):
            text = document.text[sentence.start : sentence.end]
            for piece in (text, text.lower(), *text.split(", ")):
                checked += 1
                if not may_have_cues(piece, lexicon):
                    refused += 1
                    assert find_cues(tokenize(piece), lexicon) == [], piece
    assert checked > 100
    assert refused > 10  # the gate does refuse sentences


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("In the end, the talks collapsed.", False),  # "in" without a poll or a view
        ("In a Gallup poll released Monday, 52 percent backed the deal.", True),
        ("The deal, in her view, is dead.", True),
        ("In the words of one diplomat, the deal is dead.", True),  # a multiword cue
        ("Talks went on in the capital.", False),
        ("He said so.", True),
    ],
)
def test_the_sentence_gate_reads_in_settings_and_phrases(text: str, expected: bool) -> None:
    from claimkit.extract.cues import may_have_cues

    lexicon = load_lexicon()
    assert may_have_cues(text, lexicon) is expected
    if not expected:
        assert find_cues(tokenize(text), lexicon) == []


def _gate_reading_every_word(text: str, lexicon: Lexicon) -> bool:
    """The sentence gate as documented: every word read with the word pattern."""
    from claimkit.extract.cues import _SETTING_HEADS

    if ":" in text[:80]:
        return True
    words = set(re.findall(r"\w+(?:['\u2019]\w+)*", text.lower().replace("\u2019", "'")))
    if not lexicon.single_forms.isdisjoint(words):
        return True
    if "in" in words and not _SETTING_HEADS.isdisjoint(words):
        return True
    return any(any(needed <= words for needed in lexicon.phrase_words[first])
               for first in words.intersection(lexicon.phrase_words))


def test_the_sentence_gate_shortcut_answers_as_reading_every_word() -> None:
    from claimkit import datasets
    from claimkit.extract.cues import may_have_cues
    from claimkit.extract.segment import sentences

    # a plugin form with a hyphen is no single word to the gate, spaces or not
    lexicon = load_lexicon().extended([CueWord(lemma="co-sign", kind=ClaimKind.STATEMENT)])
    assert "co-signed" in lexicon.single_forms and "co-signed" not in lexicon.plain_forms
    assert "said" in lexicon.plain_forms
    pieces = ["They co-signed it .", "They co-signed it.", "He said so", "Talks ended."]
    for document in datasets.example_gold().documents:
        for sentence in sentences(document):
            text = document.text[sentence.start : sentence.end]
            pieces.extend((text, text.lower(), *text.split(", ")))
    passed = 0
    for piece in pieces:
        expected = _gate_reading_every_word(piece, lexicon)
        assert may_have_cues(piece, lexicon) is expected, piece
        passed += expected
    assert 10 < passed < len(pieces)


def test_settings_are_found_when_in_starts_no_cue_phrase() -> None:
    words = [CueWord(lemma="say", kind=ClaimKind.STATEMENT)]
    lexicon = Lexicon(words, {}, [], [])
    assert "in" not in lexicon.first_words
    tokens = tokenize("In a Gallup poll released Monday, most voters say they backed it.")
    found = [(c.word.lemma, c.first) for c in find_cues(tokens, lexicon)]
    assert found == [("in", 0), ("say", 9)]
    tokens = tokenize("The plan, in her view, has failed.")
    assert [c.word.lemma for c in find_cues(tokens, lexicon)] == ["in the view of"]


@pytest.mark.parametrize(
    ("text", "cues"),
    [
        ("Trump won New York, substantially adding to his current lead over Cruz.", []),
        ("Trump won New York, adding that Cruz had lied to voters.", ["adding"]),
        ('"Cruz lied," he added.', ["added"]),
        ('Williams added about Carson: "He feels sorry for him."', ["added"]),
        ("The campaign's efforts at damage control added up to a series of explanations.", []),
    ],
)
def test_a_participle_after_a_comma_is_no_inverted_attribution(
    text: str, cues: list[str]
) -> None:
    assert [c.cue for c in claimkit.extract(text).claims] == cues


@pytest.mark.parametrize(
    ("text", "claimant"),
    [
        ("The report prompted a rare public reprimand from Hillary Clinton.", "Hillary Clinton"),
        ("It was a decision they say allowed terrorist activity to multiply.", "they"),
    ],
)
def test_a_base_form_after_an_article_is_a_noun(text: str, claimant: str) -> None:
    claims = claimkit.extract(text).claims
    assert [c.claimant.name for c in claims] == [claimant]


def test_criticism_from_a_metaphor_names_no_critic() -> None:
    assert claimkit.extract("She is drawing such criticisms from a poisoned well.").claims == ()


@pytest.mark.parametrize(
    ("text", "cues"),
    [
        ("China's territorial disputes with neighbors worried Obama.", ["worried"]),
        ("The official disputes the account.", ["disputes"]),
    ],
)
def test_a_verb_form_after_a_possessive_and_an_adjective_is_a_noun(
    text: str, cues: list[str]
) -> None:
    assert [c.cue for c in claimkit.extract(text).claims] == cues


def test_a_document_that_reads_speaks() -> None:
    text = ('"If she wants to be the next president, she should come to Louisiana," the '
            "editorial read.")
    assert [c.cue for c in claimkit.extract(text).claims] == ["read"]


@pytest.mark.parametrize(
    ("text", "claims"),
    [
        ("Judicial Watch: State Department Hid Key Clinton Benghazi Email",
         [("allegation", "Judicial Watch")]),
        ("Human Rights Watch: Army tortured detainees", [("allegation", "Human Rights Watch")]),
        ("The Latest: Sanders declares victory, ignores losses", []),
        ("Editor's note: The senator lied about his record", []),
    ],
)
def test_a_headline_label_is_no_speaker_but_a_watch_group_is(
    text: str, claims: list[tuple[str, str]]
) -> None:
    found = [(c.kind.value, c.claimant.name) for c in claimkit.extract(text).claims
             if c.cue == ":"]
    assert found == claims


@pytest.mark.parametrize(
    ("text", "claims"),
    [
        ("The Rove ad hits Clinton for taking money from Wall Street.", ["allegation"]),
        ("Trump was hit by Cruz for his remarks.", ["allegation"]),
        ("The immigration debate hits home for the actress.", []),
        ("The storm hit the city for hours.", []),
    ],
)
def test_hitting_a_party_for_a_reason_charges_it(text: str, claims: list[str]) -> None:
    assert [c.kind.value for c in claimkit.extract(text).claims] == claims


def test_a_passive_hit_names_its_speaker_after_by() -> None:
    (claim,) = claimkit.extract("Trump was hit by Cruz for his remarks.").claims
    assert claim.claimant.name == "Cruz"


def test_facing_attacks_from_a_party_is_its_charge() -> None:
    (claim,) = claimkit.extract("Trump has faced increasing attacks from Bush and Kasich.").claims
    assert (claim.kind.value, claim.cue) == ("allegation", "faced increasing attacks")


@pytest.mark.parametrize(
    ("text", "kinds"),
    [
        ("Clinton hits Sanders on guns.", ["allegation"]),
        ("The storm hit Florida on Monday.", []),
        ("The hurricane hit Cuba on the weekend.", []),
    ],
)
def test_hitting_a_named_party_on_an_issue_charges_it(text: str, kinds: list[str]) -> None:
    assert [c.kind.value for c in claimkit.extract(text).claims] == kinds


@pytest.mark.parametrize(
    ("text", "pos"),
    [
        ("Now a U.S. senator claims those jihadists are in touch with al-Qaida.", "verb"),
        ("The Cruz campaign calls this a false narrative.", "verb"),
        ("The U.S. claims against Iran were dismissed.", "noun"),
        ("The Murphy conference call did not mention it.", None),
    ],
)
def test_a_verb_after_a_noun_with_capitalised_modifiers(text: str, pos: str | None) -> None:
    cues = [c for c in find_cues(tokenize(text), default_lexicon())
            if c.word.lemma in ("claim", "call")]
    assert [c.word.pos for c in cues][:1] == ([pos] if pos else [])


@pytest.mark.parametrize(
    ("text", "cues"),
    [
        ("The Orlando attack now ranks as the deadliest mass shooting in history.", []),
        ("Citing last week's Paris attack as a wake-up call, he spoke.", ["Citing"]),
        ("The Democrats attack Trump as a fraud.", ["attack"]),
        ("He is the NBC executive in charge of the show.", []),
    ],
)
def test_a_named_event_and_in_charge_of_are_no_cues(text: str, cues: list[str]) -> None:
    tokens = tokenize(text)
    found = [tokens[c.first].text for c in find_cues(tokens, default_lexicon())]
    assert [c for c in found if c in ("attack", "charge", "Citing")] == cues


@pytest.mark.parametrize(
    ("text", "lemma"),
    [
        ("Sarah Silverman heckles Sanders supporters: 'You're being ridiculous.'", "heckle"),
        ("GOP big-money group whacks Clinton in Christmas ad.", "whack"),
        ("Trump hammered Clinton over trade.", "hammer"),
    ],
)
def test_headline_verbs_of_attack_are_cues(text: str, lemma: str) -> None:
    assert lemma in [c[1] for c in cues(text)]


def test_calling_attention_to_something_is_no_claim() -> None:
    text = "Donald Trump's anti-Muslim rhetoric has called attention to Islamophobia in America."
    assert claimkit.extract(text).claims == ()


@pytest.mark.parametrize(
    ("text", "source"),
    [
        ("The family said the officers had lied.", "The family"),
        ("A lawyer for the family said the officers lied.", "A lawyer for the family"),
        ("Lawyers for the family say the officers used excessive force.",
         "Lawyers for the family"),
        ("Supporters of the mayor say the officers lied.", "Supporters of the mayor"),
    ],
)
def test_a_noun_in_ly_and_a_modified_plural_subject_keep_their_verb(
    text: str, source: str
) -> None:
    corpus = claimkit.extract(text)
    (claim,) = corpus.claims
    assert claim.kind.value == "allegation"
    assert claim.provenance.claimant is not None
    assert corpus.documents[0].span_text(claim.provenance.claimant) == source


@pytest.mark.parametrize(
    ("text", "claimant"),
    [
        ("A short-seller accused the company of inflating its revenue.", "short-seller"),
        ("The co-founder accused the company of fraud.", "co-founder"),
    ],
)
def test_a_hyphenated_agent_before_a_verb_is_its_subject(text: str, claimant: str) -> None:
    (claim,) = claimkit.extract(text).claims
    assert (claim.kind.value, claim.claimant.name) == ("allegation", claimant)


def test_a_hyphenated_adjective_before_a_cue_noun_is_no_subject() -> None:
    assert claimkit.extract("He made an off-color joke about the mayor.").claims == ()


def test_a_role_before_a_headline_colon_speaks() -> None:
    (claim,) = claimkit.extract("Army chief: Our troops did not kill civilians").claims
    assert claim.kind.value == "denial" and claim.claimant.name == "army chief"
