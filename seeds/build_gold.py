"""Build ``seeds/gold.json``: hand-made gold annotations of the two seed articles.

Run it from anywhere with ``python seeds/build_gold.py`` (``--check`` compares the
result with the committed file instead of writing it).

Every annotation below was made by reading the articles, before and independently of
any extractor.  Each span is located by searching for an exact phrase, so the gold is
reviewable without counting characters:

* ``line`` names the line (paragraph) of the article the claim sits in, by a phrase
  that occurs exactly once in the whole document;
* every other phrase (claim span, cue, claimant, content, target, evidence cues) must
  occur exactly once in that line;
* when a phrase alone is ambiguous, a longer phrase is given with the span itself in
  square brackets: ``"and [denies] any plans"`` is the span ``denies`` that is followed
  by `` any plans``.

Any phrase that is missing or not unique stops the script with an error.  The
judgement calls behind the annotations are written down in ``seeds/README.md``.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

from claimkit import serialization
from claimkit.formats.text import parse_article
from claimkit.model import (
    Actor,
    ActorKind,
    Claim,
    ClaimKind,
    Commitment,
    Corpus,
    CueEffect,
    Document,
    Evidence,
    EvidenceCue,
    EvidenceStrength,
    Provenance,
    Span,
    actor_id,
)

HERE = Path(__file__).resolve().parent
OUTPUT = HERE / "gold.json"

D0 = "000_6bcb59690b46f811"
D4 = "004_1a83e61fc4204547"

# ---------------------------------------------------------------------------- actors


def state(name: str, code: str, *aliases: str) -> Actor:
    """A state actor with its ISO 3166-1 alpha-2 code and the names it goes by."""
    return Actor(
        id=actor_id(ActorKind.STATE, name, country=code),
        name=name,
        kind=ActorKind.STATE,
        country=code,
        aliases=aliases,
    )


US = state("United States", "US", "US", "USA", "America", "Washington")
KP = state("North Korea", "KP", "DPRK", "Pyongyang", "Democratic People's Republic of Korea")
RU = state("Russia", "RU", "Moscow")
IR = state("Iran", "IR", "Tehran")

US_STATE_DEPARTMENT = Actor(
    id=actor_id(ActorKind.GOVERNMENT_BODY, "US Department of State"),
    name="US Department of State",
    kind=ActorKind.GOVERNMENT_BODY,
    country="US",
    affiliation=US,
    aliases=("State Department",),
)
WHITE_HOUSE = Actor(
    id=actor_id(ActorKind.GOVERNMENT_BODY, "White House"),
    name="White House",
    kind=ActorKind.GOVERNMENT_BODY,
    country="US",
    affiliation=US,
)
PATEL = Actor(
    id=actor_id(ActorKind.PERSON, "Vedant Patel"),
    name="Vedant Patel",
    kind=ActorKind.PERSON,
    role="deputy spokesperson",
    affiliation=US_STATE_DEPARTMENT,
)
KIRBY = Actor(
    id=actor_id(ActorKind.PERSON, "John Kirby"),
    name="John Kirby",
    kind=ActorKind.PERSON,
    role="national security spokesman",
    affiliation=WHITE_HOUSE,
)
KCNA = Actor(
    id=actor_id(ActorKind.MEDIA_OUTLET, "Korean Central News Agency"),
    name="Korean Central News Agency",
    kind=ActorKind.MEDIA_OUTLET,
    country="KP",
    affiliation=KP,
    aliases=("KCNA",),
)
NK_STATE_MEDIA = Actor(
    id=actor_id(ActorKind.MEDIA_OUTLET, "North Korean state media"),
    name="North Korean state media",
    kind=ActorKind.MEDIA_OUTLET,
    country="KP",
    affiliation=KP,
)
VOA = Actor(
    id=actor_id(ActorKind.MEDIA_OUTLET, "Voice of America"),
    name="Voice of America",
    kind=ActorKind.MEDIA_OUTLET,
    country="US",
    aliases=("VOA",),
)
NK_DEFENSE_OFFICIAL = Actor(
    id=actor_id(
        ActorKind.PERSON, "North Korean defense official", anonymous=True, scope=D0
    ),
    name="North Korean defense official",
    kind=ActorKind.PERSON,
    role="defense official",
    affiliation=KP,
    anonymous=True,
)
NK_DEPUTY_DIRECTOR = Actor(
    id=actor_id(ActorKind.PERSON, "North Korean deputy director", anonymous=True, scope=D4),
    name="North Korean deputy director",
    kind=ActorKind.PERSON,
    role="deputy director at the military foreign affairs office of the ministry",
    affiliation=KP,
    anonymous=True,
)
PUTIN = Actor(
    id=actor_id(ActorKind.PERSON, "Vladimir Putin"),
    name="Vladimir Putin",
    kind=ActorKind.PERSON,
    role="President",
    affiliation=RU,
)
KIM_JONG_UN = Actor(
    id=actor_id(ActorKind.PERSON, "Kim Jong Un"),
    name="Kim Jong Un",
    kind=ActorKind.PERSON,
    role="leader",
    affiliation=KP,
)
KIM_SON_GYONG = Actor(
    id=actor_id(ActorKind.PERSON, "Kim Son-gyong"),
    name="Kim Son-gyong",
    kind=ActorKind.PERSON,
    role="deputy minister for international organizations",
    affiliation=KP,
)
UNITED_NATIONS = Actor(
    id=actor_id(ActorKind.ORGANISATION, "United Nations"),
    name="United Nations",
    kind=ActorKind.ORGANISATION,
    aliases=("UN",),
)
GUTERRES = Actor(
    id=actor_id(ActorKind.PERSON, "Antonio Guterres"),
    name="Antonio Guterres",
    kind=ActorKind.PERSON,
    role="Secretary-General",
    affiliation=UNITED_NATIONS,
)
THE_WEST = Actor(id=actor_id(ActorKind.GROUP, "the West"), name="the West", kind=ActorKind.GROUP)
WORLD_MAJORITY = Actor(
    id=actor_id(ActorKind.GROUP, "majority of the world"),
    name="majority of the world",
    kind=ActorKind.GROUP,
)

# ------------------------------------------------------------------- span lookup


class GoldError(Exception):
    """A phrase was not found exactly once."""


def _find_once(haystack: str, needle: str, where: str) -> int:
    first = haystack.find(needle)
    if first < 0:
        raise GoldError(f"{where}: phrase not found: {needle!r}")
    if haystack.find(needle, first + 1) >= 0:
        raise GoldError(f"{where}: phrase occurs more than once: {needle!r}")
    return first


def locate(text: str, base: int, phrase: str, where: str) -> Span:
    """The span of ``phrase`` (or of its bracketed part) inside ``text``, shifted by ``base``."""
    if "[" in phrase:
        before, rest = phrase.split("[", 1)
        inner, after = rest.split("]", 1)
    else:
        before, inner, after = "", phrase, ""
    start = _find_once(text, before + inner + after, where) + len(before)
    return Span(start=base + start, end=base + start + len(inner))


def line_of(document: Document, locator: str) -> tuple[int, str]:
    """The start offset and text of the line holding the document-unique ``locator``."""
    at = _find_once(document.text, locator, document.id)
    start = document.text.rfind("\n", 0, at) + 1
    end = document.text.find("\n", at)
    end = len(document.text) if end < 0 else end
    return start, document.text[start:end]


# ---------------------------------------------------------------------- claims

BASE_SCORE = 0.25
"""The score of a bare assertion; evidence cue weights are added to it (see README)."""


@dataclass
class Spec:
    """One gold claim, with its spans given as phrases (see the module docstring)."""

    key: str
    doc: str
    line: str
    kind: ClaimKind
    claimant: Actor
    span: str
    cue: Sequence[str]
    claimant_at: str | None
    content: str | None
    proposition: str
    target: Actor | None = None
    target_at: str | None = None
    quote: str | None = None
    commitment: Commitment = Commitment.CERTAIN
    strength: EvidenceStrength = EvidenceStrength.ASSERTION
    evidence: Sequence[tuple[str, CueEffect, float]] = ()
    channel: Actor | None = None
    responds_to: Sequence[str] = field(default_factory=tuple)


LOWER_ANONYMOUS = -0.05

# The US allegations that North Korea supplies (or sells) Russia with arms, in both documents.
US_ARMS_ALLEGATIONS = (
    "000:us-allegations-of-transfers",
    "000:patel-russia-purchasing",
    "000:white-house-possible-purchase",
    "000:intelligence-records-purchasing",
    "004:us-claims-sending-ammunition",
    "004:american-claims-supplies",
    "004:us-accused-supplying-munitions",
)

SPECS: tuple[Spec, ...] = (
    # ================================================================ 000 summary
    Spec(
        key="000:summary-denies-providing",
        doc=D0,
        line="- North Korea denies ever providing Russia with weapons.",
        kind=ClaimKind.DENIAL,
        claimant=KP,
        span="North Korea denies ever providing Russia with weapons",
        cue=["denies"],
        claimant_at="North Korea",
        content="ever providing Russia with weapons",
        proposition="North Korea has provided Russia with weapons",
        target=US,
        responds_to=US_ARMS_ALLEGATIONS,
    ),
    Spec(
        key="000:summary-denies-plans",
        doc=D0,
        line="- It denies any plans to do so.",
        kind=ClaimKind.DENIAL,
        claimant=KP,
        span="It denies any plans to do so",
        cue=["denies"],
        claimant_at="It",
        content="any plans to do so",
        proposition="North Korea plans to provide Russia with weapons",
        target=US,
        responds_to=US_ARMS_ALLEGATIONS,
    ),
    # ================================================================== 000 body
    Spec(
        key="000:denies-providing",
        doc=D0,
        line="North Korea denies ever providing Russia with weapons and denies",
        kind=ClaimKind.DENIAL,
        claimant=KP,
        span="North Korea denies ever providing Russia with weapons",
        cue=["Korea [denies] ever"],
        claimant_at="North Korea",
        content="ever providing Russia with weapons",
        proposition="North Korea has provided Russia with weapons",
        target=US,
        responds_to=US_ARMS_ALLEGATIONS,
    ),
    Spec(
        key="000:denies-plans",
        doc=D0,
        line="North Korea denies ever providing Russia with weapons and denies",
        kind=ClaimKind.DENIAL,
        claimant=KP,
        span="denies any plans to do so",
        cue=["and [denies] any"],
        claimant_at="North Korea",
        content="any plans to do so",
        proposition="North Korea plans to provide Russia with weapons",
        target=US,
        responds_to=US_ARMS_ALLEGATIONS,
    ),
    Spec(
        key="000:us-allegations-of-transfers",
        doc=D0,
        line="North Korea denies ever providing Russia with weapons and denies",
        kind=ClaimKind.ALLEGATION,
        claimant=US,
        span="US allegations of such transfers",
        cue=["allegations"],
        claimant_at="US",
        content="such transfers",
        proposition="North Korea has transferred weapons to Russia",
        target=KP,
    ),
    Spec(
        key="000:denounces-tarnishing",
        doc=D0,
        line="North Korea denies ever providing Russia with weapons and denies",
        kind=ClaimKind.ALLEGATION,
        claimant=KP,
        span="denouncing US allegations of such transfers as an effort to “tarnishing” its "
        "reputation",
        cue=["denouncing"],
        claimant_at="North Korea",
        content="US allegations of such transfers as an effort to “tarnishing” its reputation",
        proposition="the US allegations of arms transfers are an effort to tarnish North "
        "Korea's reputation",
        target=US,
        target_at="[US] allegations",
        quote="tarnishing",
        responds_to=US_ARMS_ALLEGATIONS,
    ),
    Spec(
        key="000:official-rumor-of-negotiations",
        doc=D0,
        line="An anonymous North Korean defense official claimed",
        kind=ClaimKind.ALLEGATION,
        claimant=NK_DEFENSE_OFFICIAL,
        span="An anonymous North Korean defense official claimed that the United States and "
        "other adversaries were “spreading a ‘rumor of armaments’ negotiations” between "
        "Pyongyang and Moscow",
        cue=["claimed"],
        claimant_at="An anonymous North Korean defense official",
        content="the United States and other adversaries were “spreading a ‘rumor of "
        "armaments’ negotiations” between Pyongyang and Moscow",
        proposition="the United States and other adversaries are spreading a rumour of arms "
        "negotiations between Pyongyang and Moscow",
        target=US,
        target_at="the United States",
        quote="spreading a ‘rumor of armaments’ negotiations",
        evidence=[("anonymous", CueEffect.LOWERS, LOWER_ANONYMOUS)],
        channel=KCNA,
        responds_to=US_ARMS_ALLEGATIONS,
    ),
    Spec(
        key="000:official-warns-anti-dprk",
        doc=D0,
        line="Using the acronyms for the formal term",
        kind=ClaimKind.WARNING,
        claimant=NK_DEFENSE_OFFICIAL,
        span="the official stated, “We strongly denounce and firmly warn the US against "
        "propagating such anti-DPRK sentiments.",
        cue=["stated"],
        claimant_at="the official",
        content="“We strongly denounce and firmly warn the US against propagating such "
        "anti-DPRK sentiments.",
        proposition="North Korea denounces and warns the US against propagating anti-DPRK "
        "sentiments",
        target=US,
        target_at="the [US] against",
        quote="We strongly denounce and firmly warn the US against propagating such anti-DPRK "
        "sentiments.",
        channel=KCNA,
        responds_to=US_ARMS_ALLEGATIONS,
    ),
    Spec(
        key="000:official-never-shipped",
        doc=D0,
        line="The official said, “We have never shipped",
        kind=ClaimKind.DENIAL,
        claimant=NK_DEFENSE_OFFICIAL,
        span="The official said, “We have never shipped weapons or ammunition to Russia before, "
        "and we do not plan to send them.”",
        cue=["said"],
        claimant_at="The official",
        content="“We have never shipped weapons or ammunition to Russia before, and we do not "
        "plan to send them.”",
        proposition="North Korea has shipped, or plans to ship, weapons or ammunition to Russia",
        target=US,
        quote="We have never shipped weapons or ammunition to Russia before, and we do not plan "
        "to send them.",
        channel=KCNA,
        responds_to=US_ARMS_ALLEGATIONS,
    ),
    Spec(
        key="000:patel-russia-purchasing",
        doc=D0,
        line="After telling reporters that Russia",
        kind=ClaimKind.ALLEGATION,
        claimant=PATEL,
        span="telling reporters that Russia “is in the process of purchasing millions of "
        "rockets and artillery rounds from North Korea for use in Ukraine,”",
        cue=["telling"],
        claimant_at="Vedant Patel, deputy spokesperson for the US Department of State",
        content="Russia “is in the process of purchasing millions of rockets and artillery "
        "rounds from North Korea for use in Ukraine,”",
        proposition="Russia is buying millions of rockets and artillery rounds from North Korea "
        "for use in Ukraine",
        target=KP,
        target_at="from [North Korea] for",
        quote="is in the process of purchasing millions of rockets and artillery rounds from "
        "North Korea for use in Ukraine",
    ),
    Spec(
        key="000:white-house-possible-purchase",
        doc=D0,
        line="Later, the White House referred to it",
        kind=ClaimKind.ALLEGATION,
        claimant=WHITE_HOUSE,
        span="the White House referred to it as a “possible purchase,”",
        cue=["referred to"],
        claimant_at="the White House",
        content="it as a “possible purchase,”",
        proposition="Russia may be purchasing arms from North Korea",
        target=KP,
        quote="possible purchase",
        commitment=Commitment.POSSIBLE,
    ),
    Spec(
        key="000:kirby-no-evidence",
        doc=D0,
        line="Later, the White House referred to it",
        kind=ClaimKind.STATEMENT,
        claimant=KIRBY,
        span="John Kirby, the national security spokesman, clarified that there had been “no "
        "indications that transaction has been consummated and certainly no evidence that "
        "those weapons are being used inside of Ukraine.”",
        cue=["clarified"],
        claimant_at="John Kirby, the national security spokesman",
        content="there had been “no indications that transaction has been consummated and "
        "certainly no evidence that those weapons are being used inside of Ukraine.”",
        proposition="there are no indications that the arms purchase has been completed and no "
        "evidence that North Korean weapons are being used in Ukraine",
        quote="no indications that transaction has been consummated and certainly no evidence "
        "that those weapons are being used inside of Ukraine.",
        strength=EvidenceStrength.NO_EVIDENCE,
        evidence=[
            ("no indications", CueEffect.ABSENCE, -0.15),
            ("certainly no evidence", CueEffect.ABSENCE, -0.1),
        ],
        responds_to=("000:patel-russia-purchasing", "000:white-house-possible-purchase"),
    ),
    Spec(
        key="000:intelligence-records-purchasing",
        doc=D0,
        line="Recently declassified intelligence records from the US",
        kind=ClaimKind.ALLEGATION,
        claimant=US,
        span="Recently declassified intelligence records from the US stated earlier this month "
        "that Russia was purchasing millions of artillery shells and missiles from North Korea",
        cue=["stated"],
        claimant_at="Recently declassified intelligence records from the US",
        content="Russia was purchasing millions of artillery shells and missiles from North Korea",
        proposition="Russia is buying millions of artillery shells and missiles from North Korea",
        target=KP,
        target_at="from [North Korea]",
        strength=EvidenceStrength.DOCUMENTED,
        evidence=[
            ("declassified intelligence records", CueEffect.RAISES, 0.5),
            ("lacked further information", CueEffect.LOWERS, -0.1),
        ],
    ),
    Spec(
        key="000:russia-disputes-charges",
        doc=D0,
        line="Russia has disputed the charges",
        kind=ClaimKind.DENIAL,
        claimant=RU,
        span="Russia has disputed the charges",
        cue=["has disputed"],
        claimant_at="[Russia] has disputed",
        content="the charges",
        proposition="Russia is buying arms from North Korea",
        target=US,
        responds_to=US_ARMS_ALLEGATIONS,
    ),
    Spec(
        key="000:russia-asks-proof",
        doc=D0,
        line="Russia has disputed the charges",
        kind=ClaimKind.STATEMENT,
        claimant=RU,
        span="asking the US to back up its denial with proof",
        cue=["asking"],
        claimant_at="[Russia] has disputed",
        content="the US to back up its denial with proof",
        proposition="the US should back up its charges with proof",
        target=US,
        target_at="the [US] to",
        responds_to=US_ARMS_ALLEGATIONS,
    ),
    Spec(
        key="000:washington-charges-iran",
        doc=D0,
        line="Washington has charged Iran",
        kind=ClaimKind.ALLEGATION,
        claimant=US,
        span="Washington has charged Iran with providing drones to Russia for use in its conflict "
        "in Ukraine",
        cue=["has charged"],
        claimant_at="Washington",
        content="Iran with providing drones to Russia for use in its conflict in Ukraine",
        proposition="Iran has provided drones to Russia for use in Ukraine",
        target=IR,
        target_at="Iran",
    ),
    Spec(
        key="000:tehran-refutes",
        doc=D0,
        line="Washington has charged Iran",
        kind=ClaimKind.DENIAL,
        claimant=IR,
        span="a charge Tehran has refuted",
        cue=["has refuted"],
        claimant_at="Tehran",
        content="a charge",
        proposition="Iran has provided drones to Russia for use in Ukraine",
        target=US,
        responds_to=("000:washington-charges-iran",),
    ),
    Spec(
        key="000:official-warns-reckless-remarks",
        doc=D0,
        line="The North Korean official warned the US",
        kind=ClaimKind.WARNING,
        claimant=NK_DEFENSE_OFFICIAL,
        span="The North Korean official warned the US to avoid making “reckless remarks” and "
        "“keep its mouth shut”",
        cue=["warned"],
        claimant_at="The North Korean official",
        content="the US to avoid making “reckless remarks” and “keep its mouth shut”",
        proposition="the US should stop making reckless remarks and keep its mouth shut",
        target=US,
        target_at="warned [the US] to",
        quote="reckless remarks",
        channel=KCNA,
        responds_to=US_ARMS_ALLEGATIONS,
    ),
    Spec(
        key="000:official-lawful-right",
        doc=D0,
        line="The North Korean official warned the US",
        kind=ClaimKind.STATEMENT,
        claimant=NK_DEFENSE_OFFICIAL,
        span="he also reaffirmed the US’s “lawful right” to export and import military hardware "
        "if it so desired",
        cue=["reaffirmed"],
        claimant_at="but [he] also",
        content="the US’s “lawful right” to export and import military hardware if it so desired",
        proposition="a state has the lawful right to export and import military hardware",
        quote="lawful right",
        channel=KCNA,
    ),
    Spec(
        key="000:official-illegal-restrictions",
        doc=D0,
        line="The official emphasized that Pyongyang",
        kind=ClaimKind.ALLEGATION,
        claimant=NK_DEFENSE_OFFICIAL,
        span="The official emphasized that Pyongyang has never acknowledged the “illegal” "
        "restrictions imposed by the UN Security Council on the nation by the US and its "
        "vassal forces",
        cue=["emphasized"],
        claimant_at="The official",
        content="Pyongyang has never acknowledged the “illegal” restrictions imposed by the UN "
        "Security Council on the nation by the US and its vassal forces",
        proposition="the UN Security Council restrictions imposed on North Korea by the US and "
        "its vassal forces are illegal",
        target=US,
        target_at="by [the US] and",
        quote="illegal",
        channel=KCNA,
    ),
    Spec(
        key="000:world-denounces-war",
        doc=D0,
        line="Even though the majority of the world has denounced",
        kind=ClaimKind.ALLEGATION,
        claimant=WORLD_MAJORITY,
        span="the majority of the world has denounced Russia’s war in Ukraine",
        cue=["has denounced"],
        claimant_at="the majority of the world",
        content="Russia’s war in Ukraine",
        proposition="Russia's war in Ukraine is wrong",
        target=RU,
        target_at="Russia",
    ),
    Spec(
        key="000:nk-blames-us",
        doc=D0,
        line="North Korea has attributed the situation to the US",
        kind=ClaimKind.ALLEGATION,
        claimant=KP,
        span="North Korea has attributed the situation to the US",
        cue=["has attributed"],
        claimant_at="North Korea",
        content="the situation to the US",
        proposition="the US is to blame for the war in Ukraine",
        target=US,
        target_at="the US",
    ),
    Spec(
        key="000:nk-hegemonic-agenda",
        doc=D0,
        line="North Korea has attributed the situation to the US",
        kind=ClaimKind.ALLEGATION,
        claimant=KP,
        span="claiming that due to the West’s “hegemonic agenda,” Russian military action "
        "against Ukraine was legitimate as a means of self-defense",
        cue=["claiming"],
        claimant_at="North Korea",
        content="due to the West’s “hegemonic agenda,” Russian military action against Ukraine "
        "was legitimate as a means of self-defense",
        proposition="because of the West's hegemonic agenda, Russia's military action against "
        "Ukraine was legitimate self-defence",
        target=THE_WEST,
        target_at="the West",
        quote="hegemonic agenda",
    ),
    Spec(
        key="000:putin-promises-relations",
        doc=D0,
        line="Russian President Vladimir Putin promised",
        kind=ClaimKind.STATEMENT,
        claimant=PUTIN,
        span="Russian President Vladimir Putin promised that his country and North Korea will "
        "“develop the comprehensive and constructive bilateral relations with joint efforts.”",
        cue=["promised"],
        claimant_at="Russian President Vladimir Putin",
        content="his country and North Korea will “develop the comprehensive and constructive "
        "bilateral relations with joint efforts.”",
        proposition="Russia and North Korea will develop comprehensive and constructive bilateral "
        "relations",
        quote="develop the comprehensive and constructive bilateral relations with joint efforts.",
    ),
    Spec(
        key="000:kim-collaboration-improved",
        doc=D0,
        line="In a letter to Putin, Kim also stated",
        kind=ClaimKind.STATEMENT,
        claimant=KIM_JONG_UN,
        span="Kim also stated that the two nations’ “strategic and tactical collaboration, "
        "support, and solidarity” had improved as a result of their joint efforts to thwart "
        "threats and provocations from “hostile military forces.”",
        cue=["stated"],
        claimant_at="Kim",
        content="the two nations’ “strategic and tactical collaboration, support, and "
        "solidarity” had improved as a result of their joint efforts to thwart threats and "
        "provocations from “hostile military forces.”",
        proposition="North Korea and Russia's strategic and tactical collaboration has improved "
        "through joint efforts against threats from hostile military forces",
        quote="strategic and tactical collaboration, support, and solidarity",
    ),
    # ================================================================ 004 title
    Spec(
        key="004:title-denies-us-claims",
        doc=D4,
        line="North Korea denies US claims that it is sending",
        kind=ClaimKind.DENIAL,
        claimant=KP,
        span="North Korea denies US claims that it is sending artillery ammunition to Russia",
        cue=["denies"],
        claimant_at="North Korea",
        content="US claims that it is sending artillery ammunition to Russia",
        proposition="North Korea is sending artillery ammunition to Russia",
        target=US,
        target_at="US",
        responds_to=US_ARMS_ALLEGATIONS,
    ),
    Spec(
        key="004:us-claims-sending-ammunition",
        doc=D4,
        line="North Korea denies US claims that it is sending",
        kind=ClaimKind.ALLEGATION,
        claimant=US,
        span="US claims that it is sending artillery ammunition to Russia",
        cue=["claims"],
        claimant_at="US",
        content="it is sending artillery ammunition to Russia",
        proposition="North Korea is sending artillery ammunition to Russia",
        target=KP,
        target_at="that [it] is",
    ),
    # ================================================================= 004 body
    Spec(
        key="004:nk-denied-american-claims",
        doc=D4,
        line="North Korea has denied American claims",
        kind=ClaimKind.DENIAL,
        claimant=KP,
        span="North Korea has denied American claims that it supplies artillery shells and "
        "ammunition to Russia for use in the war against Ukraine",
        cue=["has denied"],
        claimant_at="North Korea",
        content="American claims that it supplies artillery shells and ammunition to Russia for "
        "use in the war against Ukraine",
        proposition="North Korea supplies artillery shells and ammunition to Russia for the war "
        "against Ukraine",
        target=US,
        target_at="American",
        channel=VOA,
        responds_to=US_ARMS_ALLEGATIONS,
    ),
    Spec(
        key="004:american-claims-supplies",
        doc=D4,
        line="North Korea has denied American claims",
        kind=ClaimKind.ALLEGATION,
        claimant=US,
        span="American claims that it supplies artillery shells and ammunition to Russia for use "
        "in the war against Ukraine",
        cue=["claims"],
        claimant_at="American",
        content="it supplies artillery shells and ammunition to Russia for use in the war against "
        "Ukraine",
        proposition="North Korea supplies artillery shells and ammunition to Russia for the war "
        "against Ukraine",
        target=KP,
        target_at="that [it] supplies",
    ),
    Spec(
        key="004:nk-accuses-us-of-lying",
        doc=D4,
        line="North Korea has denied American claims",
        kind=ClaimKind.ALLEGATION,
        claimant=KP,
        span="it accused the United States of America (USA) of lying",
        cue=["accused"],
        claimant_at="today [it] accused",
        content="the United States of America (USA) of lying",
        proposition="the United States is lying about North Korean arms supplies to Russia",
        target=US,
        target_at="the United States of America (USA)",
        channel=VOA,
        responds_to=US_ARMS_ALLEGATIONS,
    ),
    Spec(
        key="004:deputy-director-hostile-attempt",
        doc=D4,
        line="“We consider such moves by the US",
        kind=ClaimKind.ALLEGATION,
        claimant=NK_DEPUTY_DIRECTOR,
        span="“We consider such moves by the US as part of its hostile attempt to tarnish (North "
        "Korea’s) image in the international arena,” an unidentified deputy director at the "
        "military foreign affairs office of the North Korean ministry said",
        cue=["said"],
        claimant_at="an unidentified deputy director at the military foreign affairs office of "
        "the North Korean ministry",
        content="“We consider such moves by the US as part of its hostile attempt to tarnish "
        "(North Korea’s) image in the international arena,”",
        proposition="the US claims are part of a hostile attempt to tarnish North Korea's image",
        target=US,
        target_at="by [the US] as",
        quote="We consider such moves by the US as part of its hostile attempt to tarnish (North "
        "Korea’s) image in the international arena,",
        evidence=[("unidentified", CueEffect.LOWERS, LOWER_ANONYMOUS)],
        channel=NK_STATE_MEDIA,
        responds_to=US_ARMS_ALLEGATIONS,
    ),
    Spec(
        key="004:deputy-director-no-weapons-agreements",
        doc=D4,
        line="“Once again, we make it clear",
        kind=ClaimKind.DENIAL,
        claimant=NK_DEPUTY_DIRECTOR,
        span="“Once again, we make it clear that we have never had ‘weapons agreements’ with "
        "Russia and we have no plans to do so in the future,” said the deputy director",
        cue=["said"],
        claimant_at="the deputy director",
        content="“Once again, we make it clear that we have never had ‘weapons agreements’ with "
        "Russia and we have no plans to do so in the future,”",
        proposition="North Korea has weapons agreements with Russia or plans to make them",
        target=US,
        quote="Once again, we make it clear that we have never had ‘weapons agreements’ with "
        "Russia and we have no plans to do so in the future,",
        responds_to=US_ARMS_ALLEGATIONS,
    ),
    Spec(
        key="004:us-accused-supplying-munitions",
        doc=D4,
        line="The US has accused North Korea",
        kind=ClaimKind.ALLEGATION,
        claimant=US,
        span="The US has accused North Korea, one of the world’s most heavily armed nations, of "
        "supplying Soviet-era munitions, such as artillery shells, to replenish Russian supplies "
        "depleted in Ukraine",
        cue=["has accused"],
        claimant_at="The US",
        content="North Korea, one of the world’s most heavily armed nations, of supplying "
        "Soviet-era munitions, such as artillery shells, to replenish Russian supplies depleted "
        "in Ukraine",
        proposition="North Korea supplies Soviet-era munitions such as artillery shells to "
        "replenish Russian supplies depleted in Ukraine",
        target=KP,
        target_at="North Korea",
    ),
    Spec(
        key="004:nk-blames-us-for-crisis",
        doc=D4,
        line="North Korea has sought to improve relations",
        kind=ClaimKind.ALLEGATION,
        claimant=KP,
        span="blaming the US for the crisis",
        cue=["blaming"],
        claimant_at="[North Korea] has sought",
        content="the US for the crisis",
        proposition="the US is to blame for the crisis in Ukraine",
        target=US,
        target_at="the US",
    ),
    Spec(
        key="004:nk-denounces-hegemonic-policy",
        doc=D4,
        line="North Korea has sought to improve relations",
        kind=ClaimKind.ALLEGATION,
        claimant=KP,
        span="denouncing the West’s “hegemonic policy” as justifying Russia’s military action in "
        "Ukraine to protect itself",
        cue=["denouncing"],
        claimant_at="[North Korea] has sought",
        content="the West’s “hegemonic policy” as justifying Russia’s military action in Ukraine "
        "to protect itself",
        proposition="the West's hegemonic policy justifies Russia's military action in Ukraine "
        "as self-protection",
        target=THE_WEST,
        target_at="the West",
        quote="hegemonic policy",
    ),
    Spec(
        key="004:guterres-condemnation",
        doc=D4,
        line="In a separate statement published by state media today",
        kind=ClaimKind.ALLEGATION,
        claimant=GUTERRES,
        span="UN Secretary-General Antonio Guterres’ recent condemnation of North Korea’s missile "
        "launch",
        cue=["condemnation"],
        claimant_at="UN Secretary-General Antonio Guterres",
        content="North Korea’s missile launch",
        proposition="North Korea's missile launch is to be condemned",
        target=KP,
        target_at="of [North Korea]’s",
    ),
    Spec(
        key="004:kim-criticizes-guterres",
        doc=D4,
        line="In a separate statement published by state media today",
        kind=ClaimKind.ALLEGATION,
        claimant=KIM_SON_GYONG,
        span="a senior North Korean diplomat criticized UN Secretary-General Antonio Guterres’ "
        "recent condemnation of North Korea’s missile launch",
        cue=["criticized"],
        claimant_at="a senior North Korean diplomat",
        content="UN Secretary-General Antonio Guterres’ recent condemnation of North Korea’s "
        "missile launch",
        proposition="Guterres' condemnation of North Korea's missile launch was wrong",
        target=GUTERRES,
        target_at="UN Secretary-General Antonio Guterres",
        channel=NK_STATE_MEDIA,
        responds_to=("004:guterres-condemnation",),
    ),
    Spec(
        key="004:kim-calls-guterres-messenger",
        doc=D4,
        line="In a separate statement published by state media today",
        kind=ClaimKind.ALLEGATION,
        claimant=KIM_SON_GYONG,
        span="calling him a “messenger” of the US government",
        cue=["calling"],
        claimant_at="a senior North Korean diplomat",
        content="him a “messenger” of the US government",
        proposition="Guterres is a messenger of the US government",
        target=GUTERRES,
        target_at="him",
        quote="messenger",
        channel=NK_STATE_MEDIA,
        responds_to=("004:guterres-condemnation",),
    ),
    Spec(
        key="004:kim-repeats-white-house",
        doc=D4,
        line="“The UN secretary-general repeats",
        kind=ClaimKind.ALLEGATION,
        claimant=KIM_SON_GYONG,
        span="“The UN secretary-general repeats what the White House and the State Department say "
        "as if he is their spokesperson, which is unfortunate,” said North Korea’s deputy "
        "minister for international organizations Kim Son-gyong",
        cue=["said"],
        claimant_at="North Korea’s deputy minister for international organizations Kim Son-gyong",
        content="“The UN secretary-general repeats what the White House and the State Department "
        "say as if he is their spokesperson, which is unfortunate,”",
        proposition="the UN Secretary-General repeats what the White House and the State "
        "Department say, as if he were their spokesperson",
        target=GUTERRES,
        target_at="The UN secretary-general",
        quote="The UN secretary-general repeats what the White House and the State Department "
        "say as if he is their spokesperson, which is unfortunate,",
        responds_to=("004:guterres-condemnation",),
    ),
    Spec(
        key="004:kim-unfair-behavior",
        doc=D4,
        line="Kim said Guterres’",
        kind=ClaimKind.ALLEGATION,
        claimant=KIM_SON_GYONG,
        span="Kim said Guterres’ “unfair and prejudiced behavior” had contributed to worsening "
        "tensions in the region",
        cue=["said"],
        claimant_at="Kim",
        content="Guterres’ “unfair and prejudiced behavior” had contributed to worsening "
        "tensions in the region",
        proposition="Guterres' unfair and prejudiced behaviour has worsened tensions in the region",
        target=GUTERRES,
        target_at="Guterres",
        quote="unfair and prejudiced behavior",
        responds_to=("004:guterres-condemnation",),
    ),
)


def _document_key(doc: str) -> str:
    return doc.split("_", 1)[0]


def build_claim(spec: Spec, document: Document) -> Claim:
    """Turn one spec into a claim with exact spans; raise GoldError on any bad phrase."""
    where = f"{spec.key}"
    if not spec.key.startswith(_document_key(spec.doc) + ":"):
        raise GoldError(f"{where}: key does not start with its document's number")
    base, line = line_of(document, spec.line)

    def at(phrase: str) -> Span:
        return locate(line, base, phrase, where)

    span = at(spec.span)
    cues = tuple(at(phrase) for phrase in spec.cue)
    content = at(spec.content) if spec.content else None
    claimant = at(spec.claimant_at) if spec.claimant_at else None
    target = at(spec.target_at) if spec.target_at else None
    evidence_cues = []
    for phrase, effect, weight in spec.evidence:
        cue_span = at(phrase)
        evidence_cues.append(
            EvidenceCue(
                text=cue_span.text(document.text),
                span=cue_span,
                effect=effect,
                weight=weight,
                rule="gold",
            )
        )
    score = min(1.0, max(0.0, BASE_SCORE + sum(w for _, _, w in spec.evidence)))
    for inner in (*cues, content, target):
        if inner is not None and not span.contains(inner):
            raise GoldError(f"{where}: {inner.text(document.text)!r} lies outside the claim span")
    if spec.quote is not None and spec.quote not in line:
        raise GoldError(f"{where}: quote not in the line: {spec.quote!r}")
    cue_text = " ... ".join(c.text(document.text) for c in cues)
    return Claim(
        id=spec.key,
        kind=spec.kind,
        claimant=spec.claimant,
        proposition=spec.proposition,
        provenance=Provenance(
            document_id=document.id,
            span=span,
            cue=cues,
            claimant=claimant,
            content=content,
            target=target,
        ),
        target=spec.target,
        quote=spec.quote,
        cue=cue_text,
        commitment=spec.commitment,
        evidence=Evidence(
            strength=spec.strength, score=round(score, 4), cues=tuple(evidence_cues)
        ),
        channel=spec.channel,
        responds_to=tuple(spec.responds_to),
    )


def load_documents() -> list[Document]:
    """The seed documents, exactly as the text loader parses them."""
    documents = []
    for doc in (D0, D4):
        text = (HERE / f"{doc}.txt").read_bytes().decode("utf-8")
        documents.append(parse_article(text, doc))
    return documents


def build() -> Corpus:
    """Build the gold corpus, checking every phrase and every link."""
    documents = {d.id: d for d in load_documents()}
    claims = [build_claim(spec, documents[spec.doc]) for spec in SPECS]
    keys = {c.id for c in claims}
    if len(keys) != len(claims):
        raise GoldError("duplicate claim keys")
    for claim in claims:
        for other in claim.responds_to:
            if other not in keys:
                raise GoldError(f"{claim.id}: responds to unknown claim {other!r}")
    return Corpus.build(documents.values(), claims)


def main(argv: Sequence[str] | None = None) -> int:
    """Write (or, with ``--check``, verify) ``seeds/gold.json``."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="compare with the committed file")
    args = parser.parse_args(argv)
    data = serialization.dumps(build())
    if args.check:
        if not OUTPUT.exists() or OUTPUT.read_bytes() != data:
            print(f"{OUTPUT} is out of date; run python seeds/build_gold.py", file=sys.stderr)
            return 1
        print(f"{OUTPUT} is up to date")
        return 0
    OUTPUT.write_bytes(data)
    corpus = serialization.loads(data)
    print(f"wrote {OUTPUT}: {len(corpus.documents)} documents, {len(corpus.actors)} actors, "
          f"{len(corpus.claims)} claims")
    return 0


if __name__ == "__main__":
    sys.exit(main())
