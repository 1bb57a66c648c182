"""The rules pipeline: one document in, its claims out; then a linking pass.

Stages, each in its own module:

1. :mod:`~claimkit.extract.segment` splits the content regions into sentences and tokens;
2. :mod:`~claimkit.extract.cues` finds the attribution cues of each sentence;
3. :mod:`~claimkit.extract.claims` assembles source, cue, content and target around them;
4. :mod:`~claimkit.extract.attribution` resolves claimants, targets and channels to actors
   (with :mod:`~claimkit.extract.speakers` over :mod:`~claimkit.extract.actors`) and
   settles the kinds that depend on other claims of the document;
5. :mod:`~claimkit.extract.evidence` scores evidence and commitment (in
   :func:`~claimkit.extract.claim_records.finish`);
6. :mod:`~claimkit.extract.linking` links denials to the allegations they answer.

:func:`extract` runs stages 1-6 on one document (linking within it); :func:`link`
runs stage 6 again over the claims of many documents, so one allegation reported by
two articles ends up in one dispute thread.
"""

from __future__ import annotations

from collections.abc import Sequence

import attrs

from claimkit.extract import installed
from claimkit.extract.attribution import attribute, finish
from claimkit.extract.block_quotes import _CLOSING, _OPENING, block_quotes, orphan_quotes
from claimkit.extract.claim_drafts import _read_continued_kind
from claimkit.extract.claims import Draft, alleged_wrongdoers, assemble
from claimkit.extract.cues import Lexicon, find_cues, may_have_cues
from claimkit.extract.denied_charges import charges_answered
from claimkit.extract.gazetteer import Gazetteer
from claimkit.extract.kinds import KindLexicon
from claimkit.extract.linking import link
from claimkit.extract.quote_marks import pair_single_quotes
from claimkit.extract.roles import MentionWords
from claimkit.extract.segment import DocumentTokens, Sentence, Token, lowers
from claimkit.extract.segment import words as _words
from claimkit.extract.speakers import SpeakerResolver
from claimkit.model import Claim, Document, RegionKind
from claimkit.serialization import gc_paused

__all__ = ["extract", "link"]


def extract_drafts(
    document: Document,
    lexicon: Lexicon | None = None,
    tokens_by_sentence: dict[int, list[Token]] | None = None,
    *,
    lowers_by_sentence: dict[int, list[str]] | None = None,
    shared: DocumentTokens | None = None,
    kinds: KindLexicon | None = None,
) -> list[Draft]:
    """Run segmentation, cue detection and claim assembly on one document.

    Args:
        document: The document.
        lexicon: The cue lexicon; the default one (with plugin cues) otherwise.

        tokens_by_sentence: Filled with each tokenised sentence's tokens, by its start.
        lowers_by_sentence: Filled with the lowercase forms of those tokens, by its start.
        shared: The document's tokens, which the later stages read too; made here if
            omitted.
        kinds: The kind stage's lexicons; the default ones (with plugin words) otherwise.

    Returns:
        The drafts in text order, before actor resolution.
    """
    lexicon = lexicon or installed.default_lexicon()
    kinds = kinds if kinds is not None else installed.kind_lexicon()
    text = document.text
    drafts: list[Draft] = []
    shared = shared if shared is not None else DocumentTokens(document)
    found = shared.sentences
    for sentence in found:
        chunk = text[sentence.start : sentence.end]
        if not may_have_cues(chunk, lexicon) and not (
            ":" in chunk and _may_be_headline(text, sentence)
        ):
            continue
        all_tokens = shared.tokens(sentence)
        for piece, tokens in _pieces(sentence, all_tokens):
            if tokens_by_sentence is not None:
                tokens_by_sentence[piece.start] = tokens
            words = lowers(tokens)
            if lowers_by_sentence is not None:
                lowers_by_sentence[piece.start] = words
            title = piece.region is RegionKind.TITLE or _title_case(tokens, words)
            cues = find_cues(tokens, lexicon, title=title, lowers=words,
                             headline=_may_be_headline(text, piece))[:MAX_CUES]
            if cues or alleged_wrongdoers(words, kinds):  # "The alleged gunman ..." has none
                drafts.extend(assemble(text, piece, tokens, cues, lexicon, words, kinds=kinds))
    _continue_quotes(text, found, drafts, kinds, shared)
    quoted = block_quotes(text, found, drafts, kinds, shared)
    quoted += orphan_quotes(text, found, [*drafts, *quoted], kinds, shared)
    if quoted:
        drafts = sorted([*drafts, *quoted], key=lambda d: (d.sentence.start, d.start))
    return drafts


def _may_be_headline(text: str, sentence: Sentence) -> bool:
    """A title, or a first line without a final stop: where "...: report" may stand."""
    if sentence.region is RegionKind.TITLE:
        return True
    return sentence.paragraph == 0 and not text[sentence.start : sentence.end].rstrip().endswith(
        (".", "!", "?"))


MAX_TOKENS = 300
"""Sentences longer than this (run-on text without stops) are read in pieces."""

MAX_QUOTED_PARAGRAPHS = 2
"""A quotation is continued over at most this many following paragraphs."""

MAX_CUES = 40
"""At most this many cues are assembled per sentence (real sentences have a handful)."""


def _pieces(sentence: Sentence, tokens: list[Token]) -> list[tuple[Sentence, list[Token]]]:
    """Cut an overlong sentence into pieces of at most :data:`MAX_TOKENS` tokens.

    Cuts fall after a comma or semicolon when there is one in the second half of a piece,
    so that pathological input (a whole document without a full stop) stays linear.
    """
    if len(tokens) <= MAX_TOKENS:
        return [(sentence, tokens)] if tokens else []
    pieces = []
    start = 0
    while start < len(tokens):
        end = min(len(tokens), start + MAX_TOKENS)
        if end < len(tokens):
            for cut in range(end - 1, start + MAX_TOKENS // 2, -1):
                if tokens[cut].text in (",", ";"):
                    end = cut + 1
                    break
        chunk = tokens[start:end]
        piece = Sentence(start=chunk[0].start, end=chunk[-1].end, region=sentence.region,
                         paragraph=sentence.paragraph)
        pieces.append((piece, chunk))
        start = end
    return pieces


_MINOR_WORDS = frozenset(_words("a an the of to in on at for and or but by with from as vs"))


def _title_case(tokens: Sequence[Token], lowered: Sequence[str]) -> bool:
    """Whether a sentence is a headline in title case ("Clinton Slams Trump On Abortion").

    Args:
        tokens: The sentence's tokens.
        lowered: Their lowercase forms.
    """
    upper = 0
    for token, lower in zip(tokens, lowered, strict=True):
        first = token.text[:1]
        if not first.isalpha():
            continue
        if first.isupper():
            upper += 1
        elif lower not in _MINOR_WORDS:
            return False  # a lowercase word that is not a minor one: running text
    return upper >= 3


def _continue_quotes(text: str, found: Sequence[Sentence], drafts: list[Draft],
                     kinds: KindLexicon, shared: DocumentTokens) -> None:
    """Extend quoted contents over the quoted sentences that follow them.

    "“We will not pay,” Calderon said. “It is not going to happen.”": the second
    sentence continues the same quotation, so the content runs to its end.
    """
    with_claims = {d.sentence.start for d in drafts}
    paragraphs_with_claims = {d.sentence.paragraph for d in drafts}
    by_start = {s.start: i for i, s in enumerate(found)}
    for draft in drafts:
        if draft.content is None or draft.nominal:
            continue
        quoted = text[draft.content[0] : draft.content[1]]
        if not (quoted.startswith(_OPENING) and quoted.rstrip(",.").endswith(_CLOSING)):
            continue
        index = by_start.get(draft.sentence.start)
        if index is None:
            continue
        end = draft.content[1]
        extended = False
        paragraph = draft.sentence.paragraph
        crossed = 0
        while index + 1 < len(found):
            nxt = found[index + 1]
            if nxt.start in with_claims or nxt.region is not draft.sentence.region:
                break
            if nxt.paragraph != paragraph:
                # a quotation goes on in the next paragraph when that one opens with a
                # quotation mark and attributes nothing itself; not a headline's ("Cecile
                # Richards: ‘I’m Sick Of ...’"), whose quotation ends with its line
                if draft.cue.word.lemma == ":":
                    break
                crossed += 1
                if nxt.paragraph in paragraphs_with_claims or crossed > MAX_QUOTED_PARAGRAPHS:
                    break
                paragraph = nxt.paragraph
            piece = text[nxt.start : nxt.end]
            if not piece.startswith(_OPENING):
                break
            end = nxt.end
            extended = True
            index += 1
            if not piece.rstrip().endswith((*_CLOSING, ".", "!", "?")):
                break
        if extended:
            first_continued = found[by_start[draft.sentence.start] + 1].start
            draft.extra_content = (first_continued, end)
            draft.core_end = draft.content[1]
            draft.content = (draft.content[0], end)
            if draft.quote is not None:
                more = " ".join(text[first_continued:end].split()).strip("\u201c\u201d\" ")
                draft.quote = f"{draft.quote} {more}"
            _read_continued_kind(draft, shared.between(first_continued, end), kinds)


def extract(document: Document, lexicon: Lexicon | None = None, *,
            gazetteer: Gazetteer | None = None, kinds: KindLexicon | None = None,
            words: MentionWords | None = None) -> list[Claim]:
    """Find the claims of one document, linked within the document.

    Args:
        document: The document.
        lexicon: The cue lexicon; the default one (with plugin cues) otherwise.
        gazetteer: The gazetteer actors are looked up in; the default one (with plugin
            entries) otherwise.
        kinds: The kind stage's lexicons; the default ones (with plugin words) otherwise.
        words: The mention stage's word lists; the default ones (with plugin words)
            otherwise.

    Returns:
        The claims in text order, with deterministic ids.
    """
    lexicon = lexicon or installed.default_lexicon()
    gazetteer = gazetteer if gazetteer is not None else installed.gazetteer()
    kinds = kinds if kinds is not None else installed.kind_lexicon()
    words = words if words is not None else installed.mention_words()
    # The pass makes thousands of short-lived tokens, segments and drafts per document and
    # no reference cycles, so the collector finds nothing to free while it runs; its
    # passes re-traverse what lives long (lexicons, the claims of earlier documents), about
    # a tenth of the time on a corpus.  Collection resumes between documents.
    with gc_paused():
        return _extract(document, lexicon, gazetteer, kinds, words)


def _extract(document: Document, lexicon: Lexicon, gazetteer: Gazetteer, kinds: KindLexicon,
             words: MentionWords) -> list[Claim]:
    quoted = pair_single_quotes(document.text)
    if quoted is not document.text:
        # "‘It is a lie,’ the minister said": the stages read double marks as quotations;
        # the copy has the same length, so every span is a span of the original text
        document = attrs.evolve(document, text=quoted)
    by_sentence: dict[int, list[Token]] = {}
    lowers_by_sentence: dict[int, list[str]] = {}
    shared = DocumentTokens(document)  # tokenised once, read by every stage
    drafts = extract_drafts(document, lexicon, by_sentence, lowers_by_sentence=lowers_by_sentence,
                            shared=shared, kinds=kinds)
    if not drafts:
        return []
    speakers = SpeakerResolver(document, gazetteer, shared, words,
                               charges_answered(drafts, document.text))
    built = attribute(document, drafts, speakers, kinds)
    return list(link(finish(document, built, lexicon, by_sentence, lowers_by_sentence)))
