"""The ``spacy`` extractor: claimkit's cue lexicon on spaCy tokens, roles from the parse.

For each sentence spaCy finds, cues are looked up in claimkit's lexicon (the same
:class:`~claimkit.extract.cues.Lexicon` the rules extractor uses, with every plugin's
cues): a verb by its form or lemma, a noun ("allegations", "denial"), or a multiword
phrase ("according to", "pushed back on").  A cue that spaCy marks as negated ("did not
deny") is left out.  The dependency parse then gives the parts of the claim:

* the **claimant** is the cue's subject (``nsubj``); the agent of a passive ("was
  accused by Seoul"); the subject of the verb a participle, infinitive or conjoined verb
  hangs on ("..., blaming the US"); the noun a relative clause describes; the object of
  "according to"; or, for a noun cue, its possessor or modifier ("Russia's denial", "US
  allegations") or its "by" phrase;
* the **content** is the clausal complement (``ccomp``), the clause a quotation stands in,
  the object ("denied the charges"), or the "of"/"with"/"for" phrase of accusing verbs
  ("accused Iran of supplying drones"); quotation marks around it are kept together;
* the **target** of an allegation is the object of an accusing verb, the subject of a
  passive one, or the first actor of the content on the other side; a denial's target is
  whoever made the claims it denies ("denied US claims").

A statement or confirmation whose content judges a claim false, says evidence is missing
or negates what the speaker's side did becomes a denial, and one whose content says that
someone did wrong an allegation, as claimkit's kind stage decides
(:func:`claimkit.extract.kinds.content_kind`).  Actors come from
:class:`~claimkit_spacy.actors.ActorFinder` (claimkit's gazetteer and role lexicon, then
spaCy's entities), evidence and commitment from
:func:`claimkit.extract.evidence.score_evidence` and
:func:`~claimkit.extract.evidence.commitment` over claimkit's tokens of the claim, and
denials are linked to allegations by :func:`claimkit.extract.linking.link`.  Every span
is an exact character range of the document text.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from typing import TYPE_CHECKING

import attrs
from claimkit.extract.cues import Lexicon
from claimkit.extract.evidence import commitment, score_evidence
from claimkit.extract.installed import default_lexicon, gazetteer
from claimkit.extract.kinds import content_kind
from claimkit.extract.linking import link
from claimkit.extract.roles import role_lexicon
from claimkit.extract.segment import lowers as claimkit_lowers
from claimkit.extract.segment import tokenize
from claimkit.lexicon import CueWord
from claimkit.model import (
    Actor,
    Claim,
    ClaimKind,
    Document,
    Provenance,
    Span,
    stable_id,
)

from claimkit_spacy import nlp as _nlp
from claimkit_spacy.actors import ActorFinder

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token
    from spacy.tokens import Span as SpacySpan

__all__ = ["Cue", "extract", "find_cues", "quoted_ranges"]

_OPENING = frozenset({"\u201c", '"', "``", "\u2018", "'"})
_CLOSING = frozenset({"\u201d", '"', "''", "\u2019", "'"})
_TRAILING = frozenset({",", ";", ":", "-", "\u2013", "\u2014", "(", "\u2026"})
_LEADING = frozenset({",", ";", ":", "-", "\u2013", "\u2014", ".", "!", "?", ")", "\u2026"})
_PARTITIVES = frozenset({"one", "some", "many", "most", "several", "all", "none", "each",
                         "both", "few", "two", "three", "half", "majority"})
_PHRASE_DROP = frozenset({"relcl", "acl", "advcl", "parataxis", "punct", "cc", "conj"})
_CLAIMANT_DROP = frozenset({"relcl", "acl", "advcl", "parataxis"})
_RELATIVE = frozenset({"who", "which", "that", "whom"})
_SUBJECTS = ("nsubj",)
_PASSIVE = frozenset({"nsubjpass", "auxpass"})
_INHERIT = frozenset({"conj", "xcomp", "advcl"})
_ACCUSING = frozenset({"accuse", "charge", "blame"})
_ACCUSING_PREPS = {"accuse": ("of",), "charge": ("with", "of"), "blame": ("for",),
                   "condemn": ("for", "over"), "attribute": ("to",)}
_OWNERS = frozenset({"poss", "compound", "amod", "nmod"})
_READ_KINDS = frozenset({ClaimKind.STATEMENT, ClaimKind.CONFIRMATION})
"""Cue kinds that leave the claim's kind to its content (claimkit's kind stage)."""
_MAX_CLAIMS = 40
"""At most this many cues are read per sentence (real sentences have a handful)."""


@attrs.frozen
class Cue:
    """A cue found in a sentence: its lexicon entry, its tokens and the token roles hang on."""

    word: CueWord
    tokens: tuple[Token, ...]
    head: Token

    @property
    def negated(self) -> bool:
        """Whether spaCy attaches a negation to the cue ("did not deny", "no claims")."""
        return any(c.dep_ == "neg" or (c.dep_ == "det" and c.lower_ == "no")
                   for c in self.head.children)


def _lower(token: Token) -> str:
    return token.lower_.replace("\u2019", "'")


def find_cues(sentence: SpacySpan, lexicon: Lexicon) -> list[Cue]:
    """The attribution cues of one spaCy sentence, in text order.

    Args:
        sentence: The sentence.
        lexicon: claimkit's cue lexicon.
    """
    words = [_lower(t) for t in sentence]
    found: list[Cue] = []
    covered = 0
    for index, token in enumerate(sentence):
        if index < covered:
            continue
        hit = lexicon.phrases.match_at(words, index) if words[index] in lexicon.phrases else None
        if hit is not None:
            end, word = hit
            found.append(Cue(word, tuple(sentence[index:end]), token))
            covered = end
            continue
        entry: CueWord | None = None
        if token.pos_ in ("VERB", "AUX"):
            entry = lexicon.verbs.get(words[index])
            if entry is None and token.pos_ == "VERB":
                entry = lexicon.verbs.get(token.lemma_.lower())
        elif token.pos_ == "NOUN":
            entry = lexicon.nouns.get(words[index])
        if entry is not None and _requirement_met(token, entry):
            found.append(Cue(entry, (token,), token))
    return [cue for cue in found if not cue.negated][:_MAX_CLAIMS]


def _requirement_met(token: Token, entry: CueWord) -> bool:
    """Whether a verb cue has what its lexicon entry ``requires`` ("that", "object", "with")."""
    if not entry.requires or entry.pos != "verb":
        return True
    children = list(token.children)
    for need in entry.requires.split("|"):
        if need in ("that", "speech"):
            if any(c.dep_ in ("ccomp", "parataxis") for c in children):
                return True
        elif need == "object":
            if any(c.dep_ in ("dobj", "ccomp", "oprd") for c in children):
                return True
        elif any(_lower(c) == need for c in children) or any(
            c.dep_ in ("ccomp", "xcomp") and _lower(c.doc[c.left_edge.i]) == need
            for c in children
        ):
            return True
    return False


# ------------------------------------------------------------------- token ranges


def _phrase(head: Token, drop: frozenset[str] = _CLAIMANT_DROP) -> list[Token]:
    """The tokens of a noun phrase: the head's subtree without clauses hanging on it."""
    kept: list[Token] = []
    stack = [head]
    while stack:
        token = stack.pop()
        kept.append(token)
        stack.extend(c for c in token.children if c.dep_ not in drop)
    kept.sort(key=lambda t: t.i)
    doc = head.doc
    first, last = kept[0].i, kept[-1].i
    while first < last and (doc[first].is_punct or doc[first].is_space):
        first += 1
    while last > first and (doc[last].is_punct or doc[last].is_space):
        last -= 1
    return list(doc[first : last + 1])


def _trimmed(doc: Doc, first: int, end: int, limit: int | None = None) -> tuple[int, int] | None:
    """A content range without edge punctuation, quotation marks kept in pairs.

    A content that opens a quotation runs to the quotation's end when that comes before
    ``limit`` (the cue, for a content before it; the text's end otherwise).
    """
    limit = len(doc) if limit is None or limit < end else limit
    while first < end and (doc[first].is_space or doc[first].text in _LEADING):
        first += 1
    while end > first and (doc[end - 1].is_space or doc[end - 1].text in _TRAILING or (
        doc[end - 1].text in _OPENING and doc[end - 1].text not in _CLOSING
    )):
        end -= 1
    if first >= end:
        return None
    # an opening quotation mark just before the content belongs to it, and so does the
    # closing one that follows (with the comma or stop inside it)
    if first > 0 and doc[first - 1].text in _OPENING and doc[first].text not in _OPENING:
        first -= 1
    if doc[first].text in _OPENING:
        text = doc[first:end].text
        closer = "\u201d" if doc[first].text == "\u201c" else '"'
        if text.count("\u201c") > text.count("\u201d") or text.count('"') % 2:
            for ahead in range(end, limit):
                if doc[ahead].text == closer:
                    end = ahead + 1
                    break
    return first, end


def quoted_ranges(text: str) -> list[tuple[int, int]]:
    """The character ranges between quotation marks (curly pairs, or straight ones in turn).

    A quotation left open runs to the end of the text.

    Example:
        >>> quoted_ranges('He said \u201cno\u201d and "yes" and \u201copen')
        [(8, 12), (17, 22), (27, 32)]
    """
    ranges: list[tuple[int, int]] = []
    opened: int | None = None
    closer = ""
    for index, char in enumerate(text):
        if opened is None:
            if char == "\u201c" or char == '"':
                opened, closer = index, "\u201d" if char == "\u201c" else '"'
        elif char == closer:
            ranges.append((opened, index + 1))
            opened = None
    if opened is not None:
        ranges.append((opened, len(text)))
    return ranges


def _subtree(token: Token) -> tuple[int, int]:
    return token.left_edge.i, token.right_edge.i + 1


# -------------------------------------------------------------------------- roles


@attrs.define
class _Roles:
    source: Token
    content: tuple[int, int]
    target: Token | None = None


def _child(token: Token, *deps: str) -> Token | None:
    for child in token.children:
        if child.dep_ in deps:
            return child
    return None


def _prep_object(token: Token, preps: Sequence[str]) -> Token | None:
    for child in token.children:
        if child.dep_ in ("prep", "agent", "dative") and _lower(child) in preps:
            found = _child(child, "pobj", "pcomp")
            if found is not None:
                return found
    return None


def _subject(verb: Token, depth: int = 0) -> Token | None:
    """The claimant of a verb cue: its subject, a passive's agent, or an inherited subject."""
    subjects = [c for c in verb.children if c.dep_ in _SUBJECTS]
    subject = min(subjects, key=lambda c: abs(c.i - verb.i)) if subjects else None
    if subject is not None:
        if _lower(subject) in _RELATIVE and verb.dep_ == "relcl":
            return verb.head
        return subject
    if any(c.dep_ in _PASSIVE for c in verb.children):
        return _prep_object(verb, ("by",))
    if verb.dep_ == "relcl" or (verb.dep_ == "acl" and verb.tag_ == "VBG"):
        return verb.head
    if verb.dep_ in _INHERIT and depth < 3 and verb.head is not verb:
        raised = _child(verb.head, "nsubjpass") if verb.dep_ == "xcomp" else None
        if raised is not None and _prep_object(verb.head, ("by",)) is None:
            return raised  # "North Korea is said to have denied ...": North Korea denied
        return _subject(verb.head, depth + 1)
    return None


def _content(cue: Cue) -> tuple[int, int] | None:
    """The content of a verb or phrase cue."""
    head = cue.head
    frame = cue.word.frame
    lemma = cue.word.lemma
    doc = head.doc
    if frame in _ACCUSING_PREPS or lemma in _ACCUSING:
        preps = _ACCUSING_PREPS.get(frame, _ACCUSING_PREPS.get(lemma, ()))
        found = _prep_object(head, preps)
        thing = _child(head, "dobj", "nsubjpass")
        if found is None and thing is not None:  # "accused [the opposition of forging ...]"
            found = _prep_object(thing, preps)
        if found is not None:
            return _trimmed(doc, *_subtree(found))
    for deps in (("ccomp",), ("xcomp",) if frame in ("urge", "warn", "call") else (),
                 ("dobj",) if frame != "tell" else (), ("xcomp",)):
        child = _child(head, *deps) if deps else None
        if child is not None and child.i < head.i and child.right_edge.i + 1 < len(doc) and \
                doc[child.right_edge.i + 1].text == ";":
            continue  # a clause of its own before a semicolon, not what the cue reports
        if child is not None:
            first, end = _subtree(child)
            if child.dep_ == "dobj":  # "called it fake news": the object with its complement
                for other in head.children:
                    if other.dep_ in ("oprd", "xcomp", "ccomp") and other.i > child.i:
                        end = max(end, other.right_edge.i + 1)
            return _trimmed(doc, first, end, head.left_edge.i if end <= head.i else None)
    quoted = _adjacent_quotation(head)
    if quoted is not None:
        return quoted
    # a clause the cue interrupts or follows: "Trump, Sexton said, has created ...",
    # "“We will not pay,” Calderon said"
    before = head.left_edge.i - 1
    if head.dep_ == "parataxis" or (
        head.dep_ in ("ccomp", "advcl") and before >= 0
        and (doc[before].text in _CLOSING or doc[before].text == ",")
    ):
        clause = head.head
        sides = (_trimmed(doc, clause.left_edge.i, head.left_edge.i, head.left_edge.i),
                 _trimmed(doc, head.right_edge.i + 1, clause.right_edge.i + 1))
        return max((r for r in sides if r), key=lambda r: r[1] - r[0], default=None)
    return None


def _adjacent_quotation(head: Token) -> tuple[int, int] | None:
    """A quotation right before or after the cue and its subject ("“...,” Sexton said")."""
    doc = head.doc
    parts = [head, *(c for c in head.children if c.dep_ in _SUBJECTS)]
    low = min(t.left_edge.i if t is not head else t.i for t in parts)
    high = max(t.right_edge.i if t is not head else t.i for t in parts)
    index = low - 1
    while index >= 0 and doc[index].text in (",", ":"):
        index -= 1
    if index >= 0 and doc[index].text in ("\u201d", '"'):
        closer, opener = doc[index].text, "\u201c" if doc[index].text == "\u201d" else '"'
        for back in range(index - 1, max(-1, index - 400), -1):
            if doc[back].text == opener:
                return back, index + 1
            if doc[back].text == closer:
                break
    index = high + 1
    while index < len(doc) and doc[index].text in (",", ":"):
        index += 1
    if index < len(doc) and doc[index].text in ("\u201c", '"'):
        closer = "\u201d" if doc[index].text == "\u201c" else '"'
        for ahead in range(index + 1, len(doc)):
            if doc[ahead].text == closer:
                return index, ahead + 1
        return _trimmed(doc, index, len(doc))
    return None


def _according(cue: Cue) -> _Roles | None:
    """"according to X, ...": X is the claimant, the clause around it the content."""
    to = cue.tokens[-1]
    source = _child(to, "pobj")
    if source is None:
        return None
    doc = to.doc
    clause = cue.head.head if cue.head.dep_ != "ROOT" else cue.head
    first, end = _subtree(clause)
    phrase_first, phrase_end = _subtree(cue.head)
    phrase_end = max(phrase_end, source.right_edge.i + 1)
    before = _trimmed(doc, first, phrase_first) if phrase_first > first else None
    after = _trimmed(doc, phrase_end, end) if end > phrase_end else None
    content = max((r for r in (before, after) if r), key=lambda r: r[1] - r[0], default=None)
    if content is None:
        return None
    return _Roles(source=source, content=content)


def _noun_roles(cue: Cue) -> _Roles | None:
    """A noun cue: "US allegations that ...", "Russia's denial of ...", "claims by X"."""
    noun = cue.head
    source = _child(noun, "poss") or _prep_object(noun, ("by", "from"))
    if source is None:
        for child in noun.children:
            # "US allegations", "Conal claims he never named the company" (a name
            # spaCy took for a modifier of the noun "claims")
            if child.dep_ in ("compound", "amod") and (
                child.ent_type_ in ("GPE", "NORP", "ORG", "PERSON") or child.text.istitle()
            ) and child.i < noun.i:
                source = child
                break
    if source is None and noun.dep_ == "dobj":  # "X made the claim that ..."
        source = _subject(noun.head)
    if source is None:
        return None
    content_head = _child(noun, "acl", "ccomp", "relcl")
    if content_head is not None and content_head.dep_ == "relcl":
        content_head = None
    if content_head is None:
        content_head = _prep_object(noun, ("of", "about", "over", "that"))
    if content_head is None:
        return None
    content = _trimmed(noun.doc, *_subtree(content_head))
    return _Roles(source=source, content=content) if content else None


def _roles(cue: Cue) -> _Roles | None:
    if cue.word.frame == "according":
        return _according(cue)
    if cue.word.pos == "noun":
        return _noun_roles(cue)
    head = cue.head
    passive = any(c.dep_ in _PASSIVE for c in head.children)
    source = _subject(head)
    if source is None:
        return None
    content = _content(cue)
    if content is None:
        return None
    target: Token | None = None
    if cue.word.kind is ClaimKind.ALLEGATION:
        if passive:
            target = _child(head, "nsubjpass")
        elif cue.word.frame == "attribute":
            target = _prep_object(head, ("to",))
        else:
            target = _child(head, "dobj")
    return _Roles(source=source, content=content, target=target)


# ------------------------------------------------------------------------ claims


def _proposition(text: str) -> str:
    cleaned = " ".join(text.split())
    if cleaned.lower().startswith("that "):
        cleaned = cleaned[5:]
    return cleaned.strip(" ,;:.\u201c\u201d\"'\u2018\u2019")


def _quote(text: str) -> str | None:
    stripped = text.strip()
    if stripped[:1] in ("\u201c", '"') and stripped[-1:] in ("\u201d", '"', ".", ","):
        inner = stripped.strip("\u201c\u201d\" ,")
        return inner or None
    return None


def _same_side(a: Actor, b: Actor) -> bool:
    return a.id == b.id or a.principal.id == b.principal.id


class _DocumentReader:
    """Reads one document: cues, roles, actors and claims, sentence by sentence."""

    def __init__(self, document: Document, lexicon: Lexicon) -> None:
        self.document = document
        self.text = document.text
        self.lexicon = lexicon
        self.actors = ActorFinder(document, gazetteer(), role_lexicon())

    def claims(self) -> Iterator[Claim]:
        for paragraph, doc in _nlp.read(self.document):
            quoted = quoted_ranges(doc.text)
            for sentence in doc.sents:
                contents: list[tuple[int, int]] = []
                for cue in find_cues(sentence, self.lexicon):
                    if any(a < cue.head.idx < b for a, b in quoted):
                        continue  # reported inside a quotation: the quotation's speaker's words
                    start = paragraph.start + cue.head.idx
                    if cue.word.pos != "noun" and any(a <= start < b for a, b in contents):
                        continue  # a report inside what another cue reports
                    claim = self._claim(paragraph.start, cue)
                    if claim is not None:
                        yield claim
                        if claim.provenance.content is not None:
                            content = claim.provenance.content
                            contents.append((content.start, content.end))
                self.actors.remember_people(sentence)

    def _actor(self, head: Token, *, target: bool = False) -> tuple[Actor, list[Token]] | None:
        tokens = _phrase(head)
        named = next((c for c in head.children if c.dep_ == "appos"
                      and c.ent_type_ in ("PERSON", "ORG")), None)
        if named is not None and head.ent_type_ not in ("PERSON", "ORG", "GPE", "NORP"):
            head = named  # "One of the authors, Ari Fleischer, said": the name speaks
        elif _lower(head) in _PARTITIVES or head.pos_ == "NUM":
            whole = _prep_object(head, ("of",))
            if whole is not None:
                head = whole  # "one of the authors": an author
        actor = self.actors.resolve(head, tokens, target=target)
        if actor is None and not target and head.pos_ == "PRON":
            actor = self.actors.unresolved(head)
        return (actor, tokens) if actor is not None else None

    def _target(self, roles: _Roles, claimant: Actor, kind: ClaimKind,
                doc: Doc) -> tuple[Actor, list[Token]] | None:
        if roles.target is not None:
            found = self._actor(roles.target, target=True)
            if found is not None and not _same_side(found[0], claimant):
                return found
        first, end = roles.content
        if kind is ClaimKind.DENIAL:
            # whoever made the claims denied: "denied US claims", "rejected Seoul's charges"
            for token in doc[first:end]:
                if _lower(token) in self.lexicon.claim_nouns:
                    for child in token.children:
                        if child.dep_ in _OWNERS or child.dep_ == "prep":
                            owner = _prep_object(token, ("by", "from")) if child.dep_ == "prep" \
                                else child
                            found = self._actor(owner, target=True) if owner is not None \
                                else None
                            if found is not None and not _same_side(found[0], claimant):
                                return found
            return None
        if kind is not ClaimKind.ALLEGATION:
            return None
        # the content's subject, else its first actor on the other side
        subjects = [t for t in doc[first:end] if t.dep_ in ("nsubj", "nsubjpass")]
        for head in [*subjects, *(e.root for e in doc.ents if first <= e.start < end)]:
            if head.pos_ == "PRON":
                continue
            found = self._actor(head, target=True)
            if found is not None and not _same_side(found[0], claimant):
                return found
        return None

    @staticmethod
    def _kind(cue: Cue, content_words: Sequence[str]) -> ClaimKind:
        """The cue's kind, or for a statement or confirmation the kind its content gives."""
        kind = cue.word.kind
        if kind not in _READ_KINDS or cue.word.frame in ("urge", "warn"):
            return kind
        decision = content_kind(content_words, 0, len(content_words))
        return kind if decision is None else decision.kind

    def _claim(self, offset: int, cue: Cue) -> Claim | None:
        roles = _roles(cue)
        if roles is None:
            return None
        found = self._actor(roles.source)
        if found is None:
            return None
        claimant, source_tokens = found
        doc = cue.head.doc
        text = self.text

        def span(first: int, end: int) -> Span:
            return Span(start=offset + doc[first].idx,
                        end=offset + doc[end - 1].idx + len(doc[end - 1].text))

        content = span(*roles.content)
        if content.start >= content.end:
            return None
        content_tokens = tokenize(text, content.start, content.end)
        content_words = claimkit_lowers(content_tokens)
        kind = self._kind(cue, content_words)
        cue_spans = tuple(span(t.i, t.i + 1) for t in cue.tokens)
        cue_spans = _joined(cue_spans, text)
        claimant_span = span(source_tokens[0].i, source_tokens[-1].i + 1)
        target = self._target(roles, claimant, kind, doc)
        target_actor, target_span = None, None
        if target is not None:
            target_actor = target[0]
            target_span = span(target[1][0].i, target[1][-1].i + 1)
        whole = Span(
            start=min(content.start, claimant_span.start, cue_spans[0].start),
            end=max(content.end, claimant_span.end, cue_spans[-1].end),
        )
        anonymous = None
        if claimant.anonymous:
            marked = [t for t in source_tokens
                      if _lower(t) in self.actors.roles.anonymous_markers]
            anonymous = span(marked[0].i, marked[0].i + 1) if marked else claimant_span
        clause = tokenize(text, whole.start, whole.end)
        cue_text = " ".join(text[s.start : s.end] for s in cue_spans)
        self.actors.remember(claimant)
        return Claim(
            id=stable_id("claim", self.document.id, cue_spans[0].start, cue_spans[-1].end),
            kind=kind,
            claimant=claimant,
            target=target_actor,
            proposition=_proposition(text[content.start : content.end]),
            quote=_quote(text[content.start : content.end]),
            cue=cue_text,
            commitment=commitment(content_tokens, self.lexicon, text[cue_spans[-1].start :
                                  cue_spans[-1].end], cue.word.commitment, lowers=content_words),
            evidence=score_evidence(text, clause, self.lexicon, anonymous=anonymous),
            provenance=Provenance(
                document_id=self.document.id,
                span=whole,
                cue=cue_spans,
                claimant=claimant_span,
                content=content,
                target=target_span,
            ),
        )


def _joined(spans: Sequence[Span], text: str) -> tuple[Span, ...]:
    """Adjacent cue tokens ("according", "to") as one span when only spaces part them."""
    joined: list[Span] = []
    for span in spans:
        if joined and not text[joined[-1].end : span.start].strip():
            joined[-1] = Span(start=joined[-1].start, end=span.end)
        else:
            joined.append(span)
    return tuple(joined)


def extract(document: Document, lexicon: Lexicon | None = None) -> list[Claim]:
    """Find the claims of one document with spaCy, linked within the document.

    Args:
        document: The document.
        lexicon: The cue lexicon; claimkit's default one (with plugin cues) otherwise.

    Returns:
        The claims in text order, with deterministic ids.

    Raises:
        claimkit.ExtractionError: spaCy or its English pipeline is not installed.
    """
    reader = _DocumentReader(document, lexicon or default_lexicon())
    claims: dict[str, Claim] = {}
    for claim in reader.claims():
        claims.setdefault(claim.id, claim)
    ordered = sorted(claims.values(), key=lambda c: (c.provenance.cue[0].start, c.id))
    return list(link(ordered))
