"""Drafts of verb cues: source, content and target along the cue's frame.

``_verb_draft`` assembles a claim around a reporting verb ("said", "denied", "has
accused", "was charged", "..., blaming", "continued to say"): the source by the verb's
form (active, passive with or without an agent, participle, infinitive, coordinated,
inverted), the content and target by its frame (``accuse``/``charge``/``blame``: the
accused and the charge; ``tell``: past the recipient; ``say``: the clause or the
quotation, split around its attribution), and the kind refined by a claim noun or
anaphora in the content ("rejected the claims" is a denial).
"""

from __future__ import annotations

from collections.abc import Sequence

from claimkit.extract.according_drafts import according_draft
from claimkit.extract.channel_words import CHANNEL_NOUNS
from claimkit.extract.claim_drafts import Draft
from claimkit.extract.clause_bounds import closed_relative, recipient_only
from claimkit.extract.content_spans import (
    _accused,
    _anaphoric,
    _clause_end,
    _content_before,
    _content_right,
    _has_claim_noun,
    _object_np,
    _opens_content,
    _partys_words,
    _past_object,
    _quote_of,
    _recipient,
    _relative_before_aside,
    _strip_content,
)
from claimkit.extract.cue_grammar import CHARGE_PREPOSITIONS, requirement_met
from claimkit.extract.cues import CURRENCY_SIGNS, CueMatch
from claimkit.extract.nominal_drafts import _setting_draft
from claimkit.extract.noun_phrases import _CARRYING_ON, _np_left, _skip_aux_left
from claimkit.extract.object_readings import addressed_filing, condemned_scourge, petition_claim
from claimkit.extract.passive_drafts import PassiveParts, passive_parts
from claimkit.extract.relatives import RELATIVE_SPEAKERS, relative_clause_ends
from claimkit.extract.sentence_subjects import _subject_of_sentence
from claimkit.extract.sentence_view import (
    _CLAUSE_STOPS,
    _CLOSERS,
    _OPENERS,
    _PRONOUNS,
    _QUOTES,
    _SUBORDINATORS,
    SentenceView,
)
from claimkit.extract.source_spans import (
    _extend_apposition,
    _skip_time_left,
    _source_left,
    _source_right,
    _trim_contraction,
    _with_nickname,
)
from claimkit.extract.undergo_drafts import undergo_draft
from claimkit.extract.verb_clauses import (
    _ADJUNCT_OPENERS,
    _ANSWERING,
    _DISAPPROVING,
    _HEADLINE_TOPIC,
    _ON_STOPS,
    _POSSESSIVES,
    _REBUTTING,
    _answers_claim,
    _as_clause,
    _conduct,
    _controller,
    _cue_spans,
    _in_verb_list,
    _listed_after,
    _participle_head,
    called_claim,
    claim_judged_as_false,
    condemned_charge,
    dismissed_as,
    falsity_spans,
    judged_after,
    linking_attempt,
    trailing_speaker,
)
from claimkit.extract.verb_context import (
    NOUN_PREPOSITIONS,
    UNDONE_NOUNS,
    accusers,
    after_to,
    aside,
    attributive,
    charged_deed,
    citing_aside,
    embedded_quote,
    ends_with_speaker,
    first_conjunct_subject,
    object_kind,
    prescribed,
    quoted_as,
    skip_time,
    tasked,
    time_then_break,
    unreal,
)
from claimkit.model import ClaimKind


def _verb_draft(view: SentenceView, cue: CueMatch, position: int, cues: Sequence[CueMatch],
                drafts: Sequence[Draft | None], cue_starts: Sequence[int]) -> Draft | None:
    frame = cue.frame
    kind = cue.kind
    source: tuple[int, int] | None = None
    content: tuple[int, int] | None = None
    target: tuple[int, int] | None = None
    target_mode = "content"
    participle_of: int | None = None
    shares_source = False
    nicknamed = False  # a source after a quoted nickname ("John “Tig” Tiegen")
    aux_start = cue.first
    after = cue.last

    if cue.last < view.size and view.lowers[cue.first] in view.lexicon.claim_nouns and (
        judged_after(view, cue.last)
    ):
        return None  # "Doping claims baseless, says athlete": the claims, judged false
    if attributive(view, cue):
        return None  # "the alleged gunman", "for hyping alleged audio": an adjective
    if charged_deed(view, cue, cues[:position]) or citing_aside(view, cue):
        return None  # "accused X of belittling ...", "reported, citing three sources, that"
    # -- the source ---------------------------------------------------------------
    if frame == "in":
        return _setting_draft(view, cue, cues, cue_starts)
    if frame == "undergo":
        return undergo_draft(view, cue, cue_starts)
    if frame == "according":
        return according_draft(view, cue, cue_starts)

    if cue.passive and frame == "condemn" and kind is ClaimKind.STATEMENT:
        return None  # "backed by Russia", "supported by donors": an act, not a statement
    if frame == "charge" and ((cue.last < view.size and (
        view.tokens[cue.last].text[:1] in CURRENCY_SIGNS or view.lowers[cue.last][:1].isdigit()
    )) or (not cue.passive and "for" in view.lowers[cue.last : cue.last + 8]
           and view.lowers[cue.last] != "that"
           and "with" not in view.lowers[cue.last : cue.last + 10])):
        return None  # "charged $5 for the tickets", "charged customers for boxes": a price
    if frame == "charge" and tasked(view, cue):
        return None  # "a group charged with beautifying downtown": a duty, not a charge
    if cue.passive:
        parts = passive_parts(view, cue, kind, cue_starts)
        if not isinstance(parts, PassiveParts):
            return parts
        source, content, target, target_mode, after, aux_start = parts
    elif cue.participle:
        attach = _participle_head(view, cue)
        timed = _skip_time_left(view, cue.first - 1) if cue.first > 0 else -1
        if attach == "none" and cue.first > 0 and (  # "filed a lawsuit Tuesday alleging"
            view.lowers[cue.first - 1] in CHANNEL_NOUNS or addressed_filing(view, cue.first)
            or (view.lowers[timed] in CHANNEL_NOUNS
                and _subject_of_sentence(view, cue.first) is not None)
        ):
            attach = "main"  # "issued a statement saying ...": the issuer speaks; "filed a
            # complaint with the labour board accusing ...": the filer, not the board
        if attach == "gerund":
            source = _np_left(view, cue.first - 2, limit=8) if cue.first >= 2 else None
            if source is None or not any(
                view.is_capital(i) or view.lowers[i] in _PRONOUNS for i in range(*source)
            ):
                return None
        elif attach == "none":
            source, aux_start = quoted_as(view, cue) or _source_left(view, cue.first)
            if source is None:
                return None
            if view.lowers[source[0]] == "with" and source[1] - source[0] > 1:
                # "..., with critics accusing the mayor of fraud": the absolute phrase's noun
                source = (source[0] + 1, source[1])
            for index in range(source[1] - 2, source[0] - 1, -1):
                if view.lowers[index] in NOUN_PREPOSITIONS and not view.is_capital(index + 1) and (
                    any(view.is_word(i) and not view.lowers[i].isdigit()
                        for i in range(index + 1, source[1]))
                ):
                    # "caught up in lawsuits alleging fraud": the lawsuits allege
                    source = (index + 1, source[1])
                    break
        else:
            participle_of = -1
            if attach == "main":
                shares_source = True
                # the subject of the clause this participle hangs on
                for back in range(position - 1, -1, -1):
                    previous = drafts[back]
                    if previous is not None and previous.source is not None and (
                        not previous.nominal and not previous.cue.participle
                    ):
                        participle_of = back
                        break
                if participle_of < 0:
                    subject = _subject_of_sentence(view, cue.first)
                    if subject is not None:
                        source = subject
            else:
                for forward in range(position + 1, len(cues)):
                    if not cues[forward].participle and cues[forward].word.pos != "noun":
                        participle_of = forward
                        break
    elif cue.first > 1 and after_to(view, cue.first) and (
        view.lowers[cue.first - 2] in UNDONE_NOUNS
    ):
        return None  # "Trump's refusal to disavow the Klan": what he has not done
    elif cue.first > 1 and after_to(view, cue.first) and (
        linking_attempt(view, (cue.first - 2, cue.last + 2))
        and any(c.frame in ("reject", "deny") and c.last <= cue.first for c in cues[:position])
    ):
        return None  # "dismissed efforts to blame it for the outbreak": a charge rejected
    elif cue.first > 1 and after_to(view, cue.first) and any(
        c.frame == "urge" and c.last <= cue.first for c in cues[:position]
    ):
        return None  # "urged the senator to apologize": what he is urged to do, not a claim
    elif cue.first > 1 and after_to(view, cue.first) and any(
        view.lowers[i] in ("no", "nothing", "little") for i in range(max(0, cue.first - 6),
                                                                      cue.first - 1)
    ):
        return None  # "no credible intelligence to suggest ...": nothing is suggested
    elif cue.first > 1 and after_to(view, cue.first) and not cue.negated:
        # "Lewandowski continued to say ...", "Trump has a rare chance to show ..."
        to = cue.first - 1
        while to > 0 and view.lowers[to] != "to":
            to -= 1
        source = _controller(view, to) or _subject_of_sentence(view, cue.first - 1)
        if source is None:
            return None
        for index in range(source[0] + 1, source[1]):
            if view.lowers[index] in _CARRYING_ON:  # "The piece goes on to slam"
                source = (source[0], index)
                break
    else:
        source, aux_start = _source_left(view, cue.first)
        if source is not None and trailing_speaker(view, cue, source, after):
            source = None  # "Bank misled customers, says FCA": the speaker follows the verb
        called = called_claim(view, source, after) if source and frame == "call" else None
        if called is not None:  # "allegations Washington called “categorically false”"
            (first, claim_end), source = called
            content, kind, target_mode = (first, claim_end), ClaimKind.DENIAL, "claim_source"
        nicknamed = source is not None and _with_nickname(view, source) != source
        if source is not None and frame in ("deny", "reject", "say") and (
            after >= view.size or view.tokens[after].text in (",", ".", ";")
            or (frame == "reject" and view.lowers[after] == "as")  # "dismissed as propaganda"
        ):
            # "a charge Tehran has refuted": the object is a claim noun before the source;
            # "a charge that the Kremlin dismissed as ...": before the relative "that"
            gap = source[0] > 1 and view.lowers[source[0] - 1] in ("that", "which")
            for index in range(source[0] - 1 - gap, source[1] - 1):
                if index >= 0 and view.lowers[index] in view.lexicon.claim_nouns and not (
                    petition_claim(view, index)  # "an insurance claim that the insurer denied"
                ):
                    first = index
                    while first > 0 and first > index - 3 and view.is_word(first - 1) and (
                        not view.is_capital(first - 1)
                    ) and view.lowers[first - 1] not in _CLAUSE_STOPS:
                        first -= 1
                    content = (first, index + 1)
                    source = (max(source[0], index + 1), source[1])
                    target_mode = "claim_source"
                    break
            which = source[0] - 1
            if content is None and frame in ("deny", "reject") and which > 1 and (
                view.lowers[which] == "which" and view.tokens[which - 1].text == ","
            ):
                # "India blamed militants for the attack, which Islamabad rejected": "which"
                # points back at the claim before the comma, as "a charge" would
                content = (which, which + 1)
                target_mode = "claim_source"
                kind = ClaimKind.DENIAL
        if source is None:
            # inverted: "“...,” said the deputy director", "..., said North Korea's ..."
            right = _source_right(view, after)
            if right is not None and view.lowers[right[0]] in _SUBJECT_PRONOUNS_AFTER:
                right = None  # "..., insists she is innocent": the content's subject
            if right is not None:
                right = _extend_apposition(view, right)
            before = cue.first - 1
            if right is not None and before >= 0 and view.tokens[before].text in (
                {",", ":"} | _CLOSERS
            ) and (frame not in _NEVER_INVERTED or ((
                view.tokens[before].text in _CLOSERS
                or (before > 0 and view.tokens[before - 1].text in _CLOSERS)
            ) and view.lowers[right[0]] not in _POSSESSIVES) or (
                frame in ("deny", "reject") and ends_with_speaker(view, right)
            )):  # "The allegations are untrue, denied a spokesman for the company."
                # not "as “terrible,” denounced her record": a possessive opens an object
                source = right
                content = _content_before(view, cue.first)
                after = right[1]
            else:
                back = _skip_aux_left(view, cue.first - 1)
                relative = _relative_before_aside(view, back)
                if relative is not None:
                    # "a statement that, while condemning violence, accused the leadership"
                    source = (relative, relative + 1)
                elif _in_verb_list(view, cue, back):
                    # "Trump summed up Clinton as “terrible,” denounced her record ... and
                    # said": a past verb listed after a comma shares the sentence's subject
                    source = _subject_of_sentence(view, back)
                    if source is None:
                        return None
                    shares_source = True
                elif back < 0 or view.lowers[back] not in ("and", "but", "or", "then"):
                    return None
                else:
                    # a coordinated verb shares the subject: "X denies ... and denies ...";
                    # after an agentless passive it is the passive's subject ("Smith was
                    # charged with fraud and pleaded not guilty"), not the unnamed charger
                    earlier = next((
                        e for e in range(position - 1, -1, -1)
                        if (d := drafts[e]) is not None and d.source is not None
                        and not d.nominal and not aside(view, cues[e])
                    ), None)
                    previous = drafts[earlier] if earlier is not None else None
                    if previous is not None and not previous.unnamed:
                        participle_of = earlier
                    else:
                        source = first_conjunct_subject(view, back) or _subject_of_sentence(
                            view, back)
                        if source is None:
                            return None
                    shares_source = True
                    aux_start = back + 1

    if cue.word.lemma == ":" and source is not None and source[1] <= cue.first:
        # "CNN President On Trump: ...", "Clinton to Planned Parenthood: ...": the headline's
        # speaker ends where a preposition names the topic or the audience
        cut = next((i for i in range(source[0] + 1, source[1] - 1)
                    if view.lowers[i] in _HEADLINE_TOPIC), None)
        if cut is not None:
            source = (source[0], cut)
    listed = _listed_after(view, cue, position, drafts)
    if listed is not None:
        # "when Kelly speculated about ..., referred to ... and considered ...": a verb
        # listed after a comma shares the subject of the verb before it
        source, participle_of, shares_source, content = None, listed, True, None
        aux_start = cue.first

    # -- the content -------------------------------------------------------------
    split: tuple[tuple[int, int], tuple[int, int]] | None = None
    lead = source[0] if source is not None and source[0] < cue.first else cue.first
    subordinate = not _SUBORDINATORS.isdisjoint(view.lowers[max(0, lead - 2) : lead])
    if content is None and not cue.passive:
        if frame == "accuse" or frame == "charge" or frame == "blame":
            prep = CHARGE_PREPOSITIONS[frame]
            obj = None if frame == "charge" and requirement_met(
                "that-next", view.lowers, after, view.lexicon
            ) else _accused(view, after, prep)  # "charged on Tuesday that ..."
            if obj is not None:
                target = obj
                target_mode = "span"
                end = _clause_end(view, obj[1], cue_starts, skip_commas=True)
                content = _strip_content(view, obj[0], end)
            else:
                content = _content_right(view, after, cue_starts)
            if frame == "blame" and obj is None and content is not None:
                # "blamed the spill on the company's failure": the party after "on"
                blamed = _accused(view, after, "on")
                if blamed is not None and blamed[1] + 1 < content[1]:
                    target = _object_np(view, blamed[1] + 1, _ON_STOPS)
                    target_mode = "span" if target is not None else target_mode
        elif frame == "attribute":
            end = _clause_end(view, after, cue_starts)
            content = _strip_content(view, after, end)
            if content is not None:
                for index in range(content[0], content[1]):
                    if view.lowers[index] == "to":
                        obj = _object_np(view, index + 1, frozenset({"for", "as", "and"}))
                        if obj is not None:
                            target, target_mode = obj, "span"
                        break
        elif frame in ("warn", "urge", "tell", "call"):
            obj = _object_np(view, after, frozenset({"that", "to", "against", "of", "about",
                                                     "not", "as", "a", "an", "the"}))
            if obj is not None and frame != "tell" and view.lowers[obj[0]] not in ("that",):
                target, target_mode = obj, "span"
            if frame == "tell":
                recipient = _recipient(view, after)
                start = recipient[1] if recipient is not None else after
                content = _content_right(view, start, cue_starts, skip_object=True,
                                         first_comma=subordinate)
            else:
                start = after
                probe = skip_time(view, after, limit=4)
                if probe > after and probe < view.size and view.lowers[probe] == "that":
                    start = probe  # "warned this week that ...": the time is no content
                end = _clause_end(view, start, cue_starts)
                if frame == "call" and end + 1 < view.size and view.tokens[end].text == "," and (
                    any(view.tokens[i].text == "," for i in range(start + 1, end))
                    and view.lowers[end + 1] in ("a", "an", "the")
                ):
                    # "called Clinton, his Democratic challenger, an ISIS “co-founder”": the
                    # apposition closes, and what she is called comes after it
                    further = _clause_end(view, end + 1, cue_starts)
                    if not any(end < c < further for c in cue_starts) and not any(
                        view.tokens[i].text in ("--", "\u2014", "\u2013")
                        for i in range(end, further)
                    ):
                        end = further
                content = _strip_content(view, start, end)
        else:
            content = _content_right(view, after, cue_starts, first_comma=subordinate)
            if content is not None and source is not None and relative_clause_ends(
                view, source, after, content[0], cue_starts
            ):
                content = None  # "Ngcobo, who testified last week, denied that ...": the
                # content after the clause's closing comma is the main verb's
        content = closed_relative(view, source, content)
        first_mark = 1 if view.passage else 0  # a quoted passage's opening mark closes nothing
        trailing = (
            source is not None and first_mark < source[0] < cue.first and not nicknamed
            and view.tokens[source[0] - 1].text in ({",", ";"} | _CLOSERS)
            and view.lowers[source[0]] not in RELATIVE_SPEAKERS
        )  # "..., Hamas denies", "...; Kremlin denies"; not "Ngcobo, who testified"
        after_quote = source is not None and source[0] > first_mark and (
            view.tokens[source[0] - 1].text in _CLOSERS
            or (source[0] > 1 and view.tokens[source[0] - 1].text == ","
                and view.tokens[source[0] - 2].text in _CLOSERS)
        )
        opens_at = _past_object(view, after, frame) if trailing and after_quote else after
        if after_quote and source is not None and content is not None and (
            view.is_word(content[0]) and embedded_quote(view, source[0])
        ):
            # "Sunday on Fox's “Sunday Morning Futures,” Issa said Clinton's honesty is in
            # question": a quoted title inside the sentence, the content is after the verb
            after_quote = False
        if opens_at > after and content is not None and _opens_content(view, opens_at):
            # "“...,” she told reporters, “...”", "“...,” he said of Trump, “...”"
            content = _content_right(view, opens_at, cue_starts) or content
        if trailing and source is not None and (content is None or (
            frame in ("say", "tell") and after_quote and not _opens_content(view, opens_at)
        ) or (frame in ("say", "tell") and (
            view.lowers[content[0]] in _ADJUNCT_OPENERS or time_then_break(view, after)
            or recipient_only(view, content, cue.word.lemma)  # "to Global News"
        )) or (frame in ("say", "tell") and after_quote and after < view.size and (
            view.tokens[after].text == ":" and view.tokens[content[0]].text not in _OPENERS
        ))):
            # "The plan is dangerous, Hollande said Tuesday in Paris" (where and when), "“...,”
            # the official said (outside the building).", '"...," Rubio said: That Cruz is
            # ...' (a gloss after the colon): the content is before
            preceding = _content_before(view, source[0])
            if preceding is not None:
                content = preceding
        elif trailing and source is not None and content is not None and (
            view.tokens[content[0]].text in _OPENERS
        ):
            # a quotation split around its attribution: "“We are ready,” he said, “and ...”"
            preceding = _content_before(view, source[0])
            if preceding is not None and view.tokens[preceding[0]].text in _OPENERS:
                split = (preceding, content)
                content = (preceding[0], content[1])
        elif trailing and source is not None and content is not None and frame in (
            "say", "tell"
        ) and after < view.size and view.tokens[after].text == "," and (
            content[0] == after + 1
        ) and source[1] - source[0] <= 6 and not view.inside_quote[source[0]]:
            # an attribution set inside its clause: "For most voters, he said, the economy
            # comes first"; the content is the clause on both sides
            preceding = _content_before(view, source[0])
            if preceding is not None and not any(
                view.tokens[i].text in _QUOTES for i in range(preceding[0], preceding[1])
            ):
                split = (preceding, content)
                content = (preceding[0], content[1])
    as_clause = _as_clause(view, cue, cue_starts)
    if as_clause is not None:
        # "As the Post reported today, the foundation took millions": the main clause
        # after the comma is what was reported
        content, comma = as_clause
        if source is not None and source[1] > comma:
            source = (source[0], comma)
    if cue.last - cue.first > 1 and source is not None and cue.frame == "condemn" and (
        kind in (ClaimKind.DENIAL, ClaimKind.ADMISSION) and not cue.negated
        and (cue.last >= view.size or view.tokens[cue.last].text in (",", ".", ";", ")"))
    ):
        # "Khan pleaded not guilty.", "Khan, who has maintained his innocence, was ...": the
        # plea says it all
        content = (cue.first, cue.last)
    if content is not None and content[1] - content[0] == 1 and view.lowers[content[0]] == (
        "that"
    ) and frame not in ("reject", "deny"):
        return None  # "... for Americans believing that.": no content but a pronoun
    if content is None:
        return None

    # -- the kind ----------------------------------------------------------------
    upgraded = False
    stance = False
    anaphoric = _anaphoric(view, *content)
    if cue.word.lemma in _DISAPPROVING and not cue.negated and _conduct(view, content):
        kind = ClaimKind.ALLEGATION  # "troubled by Clinton's handling": a party's conduct
    if cue.word.lemma in _ANSWERING and not cue.negated and _answers_claim(view, after) and (
        cue.first == 0 or view.lowers[cue.first - 1] != "to"
    ):  # not "have until 12 March to respond to the charges": a deadline, no answer yet
        # "responded to accusations that he exaggerated", "defends himself against claims":
        # answering a claim rejects it
        kind, target_mode = ClaimKind.DENIAL, "claim_source"
    if not cue.passive and content[0] >= after:
        read = object_kind(view, cue, after, kind)
        if read is None:
            return None
        stance = condemned_scourge(view, cue, after)  # "condemned racism": no charge
        kind = read
    if frame in ("reject", "condemn", "deny"):
        noun = _has_claim_noun(view, *content)
        if noun is not None:
            target_mode = "claim_source"
        if frame == "reject":
            kind = ClaimKind.DENIAL if (
                noun is not None or anaphoric or target_mode == "claim_source"
                or (cue.word.lemma != "contradict" and _partys_words(view, *content))
                or (cue.word.lemma != "contradict" and dismissed_as(view, content))
                or linking_attempt(view, content)  # "rejected attempts to link it to ..."
                or (cue.word.lemma in _REBUTTING and accusers(view, content) is not None)
            ) else ClaimKind.STATEMENT  # "contradicting his earlier comments" charges
        elif frame == "condemn" and kind is ClaimKind.ALLEGATION and not cue.passive and (
            cue.word.lemma in _REBUTTING and accusers(view, content) is not None
        ):
            # "hit back at critics who accused her of lip-syncing": answering the accusers
            kind = ClaimKind.DENIAL
            target, target_mode = accusers(view, content), "span"
        elif frame == "condemn" and kind is ClaimKind.ALLEGATION and noun is not None and (
            not cue.passive and falsity_spans(view, content[0], noun)
        ):
            # "Beijing slams 'groundless' spying accusations": the claims condemned are
            # judged false, which rejects them
            kind = ClaimKind.DENIAL
        elif frame == "condemn" and kind is ClaimKind.ALLEGATION and not cue.passive and (
            claim_judged_as_false(view, content)
        ):
            # "slams graft probe as 'witch-hunt'": an inquiry or a report condemned as false
            kind = ClaimKind.DENIAL
        elif frame == "condemn" and kind is ClaimKind.ALLEGATION and noun is None:
            target_mode = "content"
        elif frame == "condemn" and kind is ClaimKind.ALLEGATION and noun is not None and (
            noun - content[0] <= 2 and not cue.passive and cue.word.lemma in _REBUTTING
        ):
            # "took issue with recent criticism", "fired back at the allegations": answering a
            # claim rejects it ("denouncing US allegations" stays a counter-accusation)
            kind = ClaimKind.DENIAL
        elif frame == "condemn" and kind is ClaimKind.ALLEGATION and noun is not None and (
            noun - content[0] <= 2 and not cue.passive
            and condemned_charge(view, noun, content[1], cue.word.lemma)
        ):
            kind = ClaimKind.DENIAL  # "Fortescue slammed the union's claims"
        elif frame in ("deny", "condemn") and kind is ClaimKind.DENIAL and noun is None and (
            not anaphoric
        ):
            target_mode = "context"  # "defended his mother": the accusers are the target
        if frame == "deny" and anaphoric:
            target_mode = "context"
    unmade = unreal(view, source, aux_start, cue.first)
    if unmade:
        kind = ClaimKind.STATEMENT  # "Nobody has accused", "Critics may accuse": no one does
    elif cue.negated and kind in (ClaimKind.DENIAL, ClaimKind.ALLEGATION):
        kind = ClaimKind.STATEMENT  # "did not deny" is no denial, "never accused" no charge
    if kind in (ClaimKind.DENIAL, ClaimKind.ALLEGATION) and not cue.passive and prescribed(
        view, aux_start, cue.first
    ):
        return None  # "Mexico must rebut Trump's claims": what someone should do, not did
    draft = Draft(
        sentence=view.sentence,
        cue=cue,
        kind=kind,
        cue_spans=_cue_spans(view, cue, aux_start),
        source=_trim_contraction(view, source) if source is not None else None,
        content=view.chars(*content),
        target=view.chars(*target) if target is not None else None,
        target_mode=target_mode,
        participle_of=participle_of,
        anaphoric=anaphoric,
        unreal=unmade or stance,
        shares_source=shares_source,
        upgraded=upgraded,
    )
    if split is not None:
        first_piece, second_piece = split
        draft.core_end = view.chars(*first_piece)[1]
        draft.extra_content = view.chars(*second_piece)
        quotes = [_quote_of(view, *first_piece), _quote_of(view, *second_piece)]
        draft.quote = " ".join(q for q in quotes if q) or None
    else:
        draft.quote = _quote_of(view, *content)
    return draft


_NEVER_INVERTED = frozenset({"accuse", "charge", "blame", "attribute", "condemn", "urge",
                             "deny", "reject"})
"""Frames whose noun phrase after the cue is the party charged or urged, or the thing denied,
not the speaker ("..., while condemning violence, accused the Democratic leadership of ...",
"Striker banned for six matches, denies racist remark"), unless a quotation comes before
("“He lied,” charged the senator")."""
_SUBJECT_PRONOUNS_AFTER = frozenset({"he", "she", "they", "we", "i", "it"})
"""Pronouns that, right after a cue, open its content: no speaker follows a cue so."""

