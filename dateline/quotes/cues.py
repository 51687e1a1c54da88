"""Reporting cues in the parse: the speech verb, its grammatical source and what was said."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass

import numpy
from spacy.attrs import LOWER, ORTH, POS
from spacy.tokens import Doc, Token

from dateline.parses import sentence_of
from dateline.quotes.lexicon import Lexicon
from dateline.quotes.marks import Paragraphs, Span

SUBJECTS = ("nsubj", "nsubjpass")
_EDGE_PUNCT = ",;:—–-()[]."
_QUOTE_CHARS = "\"'“”‘’«»„"
_DASHES = frozenset({"―", "—"})
_FINITE = frozenset({"VBD", "VBZ", "VBP", "MD"})
_JOINERS = frozenset({",", ";", "and", "but", "while", "as", "—", "–", "-"})


@dataclass(slots=True)
class Cue:
    """One reporting cue: ``text`` is the cue phrase, ``content`` the char span reported.

    ``signature`` marks a name signed after its quotation, which takes no later quote.
    """

    verb: Token
    start: int
    end: int
    text: str
    source: Token | None
    content: Span | None
    outlet: str | None = None
    signature: bool = False


def _trim(tokens: list[Token]) -> list[Token]:
    """Drop spaces and non-quote punctuation from both ends of a run of tokens."""

    def loose(token: Token) -> bool:
        return (
            token.is_space
            or (token.is_punct and token.text not in _QUOTE_CHARS)
            or (token.text in _EDGE_PUNCT)
        )

    while tokens and loose(tokens[0]):
        tokens = tokens[1:]
    while tokens and loose(tokens[-1]):
        tokens = tokens[:-1]
    return tokens


def token_span(tokens: Iterable[Token]) -> Span | None:
    """The characters of some tokens in text order, without loose edge punctuation."""
    ordered = _trim(sorted(tokens, key=lambda t: t.i))
    if not ordered:
        return None
    return ordered[0].idx, ordered[-1].idx + len(ordered[-1])


def reported(parts: Iterable[Token]) -> list[Token]:
    """The tokens of the parts' subtrees, leaving out a content preposition itself
    ('of' in 'accused the army of shelling')."""
    return [t for c in parts for t in c.subtree if not (c.dep_ == "prep" and t.i == c.i)]


def lexicon_cues(
    doc: Doc,
    words: dict[str, frozenset[str]],
    pos: str,
    cue: Callable[[Token, frozenset[str]], Cue | None],
) -> list[Cue]:
    """The cues ``cue`` makes of each token of part of speech ``pos`` whose lemma is one of
    ``words`` (given that word's content prepositions)."""
    found = []
    for token in tagged(doc, pos):
        preps = words.get(token.lemma_.lower())
        if preps is not None and (made := cue(token, preps)) is not None:
            found.append(made)
    return found


def tagged(doc: Doc, pos: str) -> Iterator[Token]:
    """The tokens of one part of speech, in order, found in the parse's array of tags
    (no ``Token`` is made for the other words)."""
    for i in numpy.flatnonzero(doc.to_array(POS) == doc.vocab.strings[pos]):
        yield doc[int(i)]


def _is_clause(token: Token) -> bool:
    return any(t.pos_ in ("VERB", "AUX") for t in token.subtree)


def _subject(verb: Token, layout: Paragraphs) -> Token | None:
    """The grammatical source of a speech verb, through inversion, participles and coordination."""
    inverted = _inverted(verb)
    if inverted is not None:
        return inverted
    paragraph = layout.index(verb.idx)
    node = verb
    for _ in range(4):
        subject = next((c for c in node.children if c.dep_ in SUBJECTS), None)
        if subject is not None:
            misplaced = layout.index(subject.idx) != paragraph or layout.in_quote(subject.idx)
            if not misplaced:
                return subject
            break
        head = _governor(node)
        if head is None:
            break
        node = head
    return _left_noun_phrase(verb, layout) if node is verb else None


def _governor(node: Token) -> Token | None:
    """The verb whose subject a subjectless verb shares ('quoted as saying', 'began by saying').

    A participle closing a reported clause shares the reporter's ('said ..., citing ...').
    """
    head = node.head
    passive = head.lower_ == "as" and head.head.lemma_ == "quote"
    if passive or (node.dep_ == "pcomp" and node.tag_ == "VBG" and head.dep_ == "prep"):
        head = head.head
    elif node.dep_ == "advcl" and node.tag_ == "VBG":
        if head.dep_ == "ccomp" and head.head.i != head.i:
            head = head.head
    elif node.dep_ not in ("conj", "xcomp"):
        return None
    return None if head.i == node.i else head


def _inverted(verb: Token) -> Token | None:
    """The noun phrase after an inverted verb: '“...,” said Anna Berg'."""
    doc = verb.doc
    if verb.i == 0 or verb.i + 1 >= len(doc) or verb.tag_ == "VBG":
        return None
    before, after = doc[verb.i - 1], doc[verb.i + 1]
    if after.pos_ not in ("PROPN", "DET", "NOUN", "ADJ") or after.ent_type_ in ("DATE", "TIME"):
        return None
    subject_before = any(c.dep_ in SUBJECTS and c.i < verb.i for c in verb.children)
    if before.text not in _QUOTE_CHARS and (before.text != "," or subject_before):
        return None
    node = after
    while node.head.i > verb.i and node.head.i < sentence_of(verb).end and node.head.i != node.i:
        node = node.head
    return node if node.pos_ in ("PROPN", "NOUN") else None


def _signature(dash: Token) -> Cue | None:
    """A name signed after a quotation with a dash: '”  ― Anna Berg'."""
    doc = dash.doc
    previous = next((t for t in reversed(doc[: dash.i]) if not t.is_space), None)
    if previous is None or previous.text not in _QUOTE_CHARS:
        return None
    name = None
    for token in doc[dash.i + 1 : dash.i + 6]:
        if token.is_space and name is None:
            continue
        if token.pos_ != "PROPN":
            break
        name = token
    if name is None:
        return None
    return Cue(dash, dash.idx, dash.idx + len(dash), dash.text, name, None, signature=True)


def _left_noun_phrase(verb: Token, layout: Paragraphs) -> Token | None:
    """The head of a verbless noun phrase right before the verb, back to a comma or quote."""
    sent = sentence_of(verb)
    first = verb.i
    while first > sent.start and not _breaks(verb.doc[first - 1], layout):
        first -= 1
    run = [t for t in verb.doc[first : verb.i] if not t.is_space]
    if not run or len(run) > 12 or any(t.tag_ in _FINITE for t in run):
        return None
    heads = [t for t in run if not (first <= t.head.i < verb.i)]
    head = heads[0] if heads else run[-1]
    return head if head.pos_ in ("NOUN", "PROPN", "PRON") else None


def _breaks(token: Token, layout: Paragraphs) -> bool:
    """Whether a token ends the stretch a preceding subject can span."""
    return token.text in ",;:" or token.text in _QUOTE_CHARS or layout.splits(token.text, token.idx)


def _dated(token: Token) -> bool:
    """Whether an object or prepositional phrase is a date or time ('spoke on Thursday')."""
    objects = [token] + [c for c in token.children if c.dep_ == "pobj"]
    return any(t.ent_type_ in ("DATE", "TIME") for t in objects)


def _act_content(verb: Token, preps: frozenset[str] | None) -> Span | None:
    """What a speech act reports: its object, infinitive and content prepositions.

    A verb that is no speech act (``preps`` None) reports its direct object only
    ('noted the rise'), not an infinitive ('continued to insist').
    """
    roles = ("dobj",) if preps is None else ("dobj", "xcomp", "oprd")
    parts = [
        c
        for c in verb.children
        if (c.dep_ in roles or (c.dep_ == "prep" and c.lower_ in (preps or ())))
        and not _dated(c)
        and not any(g.dep_ == "auxpass" for g in c.children)
    ]
    tokens = reported(parts)
    return token_span(tokens) if tokens else None


def _content(
    verb: Token, source: Token | None, parenthetical: bool, preps: frozenset[str]
) -> Span | None:
    """What the verb reports: its clausal complement, or the clause it interrupts.

    Only a ``parenthetical`` verb (one that reports a clause, or opens 'as ...') can
    interrupt one, and not when it has its own object, infinitive or content
    preposition (``preps``: 'as she called for a recount, ...').
    """
    clauses = [
        c
        for c in verb.children
        if c is not source and (c.dep_ == "ccomp" or (c.dep_ == "dobj" and _is_clause(c)))
    ]
    if clauses:
        nearest = min(clauses, key=lambda c: abs(c.i - verb.i))
        return token_span(nearest.subtree)
    if not parenthetical or verb.dep_ not in ("parataxis", "advcl", "ccomp"):
        return None
    if verb.head.i == verb.i:
        return None
    if verb.dep_ == "advcl" and verb.tag_ == "VBG":
        return None
    if any(
        c.dep_ in ("dobj", "xcomp") or (c.dep_ == "prep" and c.lower_ in preps)
        for c in verb.children
    ):
        return None
    if verb.dep_ == "ccomp" and verb.i < verb.head.i:
        return None
    if any(c.dep_ == "mark" and c.lower_ != "as" for c in verb.children):
        return None
    inner = {t.i for t in verb.subtree}
    if source is not None:
        inner |= {t.i for t in source.subtree}
    before = [t for t in verb.head.subtree if t.i < verb.left_edge.i and t.i not in inner]
    after = [t for t in verb.head.subtree if t.i > verb.right_edge.i and t.i not in inner]
    return token_span(before if len(before) >= len(after) else after)


def _outlet(verb: Token, lexicon: Lexicon) -> str | None:
    """The outlet a speaker talked to: 'told AFP', 'said in an interview with CNN'."""
    candidates: list[Token] = []
    if verb.lemma_ == "tell":
        candidates += [c for c in verb.children if c.dep_ in ("dobj", "dative", "iobj")]
    for prep in verb.children:
        if prep.dep_ == "prep" and prep.lower_ in ("to", "with", "in"):
            for obj in prep.children:
                if obj.dep_ == "pobj":
                    candidates.append(obj)
                    candidates += [
                        o for p in obj.children if p.lower_ == "with" for o in p.children
                    ]
    for token in candidates:
        name = _proper_name(token)
        if name and (name in lexicon.outlets or token.ent_type_ == "ORG"):
            return name
    return None


def _proper_name(token: Token) -> str | None:
    if token.pos_ != "PROPN":
        return None
    parts = [t for t in token.lefts if t.dep_ == "compound" and t.pos_ == "PROPN"] + [token]
    return " ".join(t.text for t in parts)


def _according(token: Token) -> Cue | None:
    """'according to X': X is the source, the rest of the clause the content."""
    to = next((c for c in token.children if c.lower_ == "to"), None)
    if to is None:
        return None
    source = next((c for c in to.children if c.dep_ == "pobj"), None)
    head = token.head if token.head.i != token.i else token
    inner = {t.i for t in token.subtree}
    content = token_span(t for t in head.subtree if t.i not in inner)
    if head.i == token.i:
        content = token_span(t for t in sentence_of(token) if t.i not in inner)
    return Cue(token, token.idx, to.idx + len(to), "according to", source, content)


def _phrase(verb: Token, source: Token | None) -> tuple[int, int, str]:
    """The cue phrase as written: 'said', or 'was quoted as saying'."""
    head = verb.head
    if source is not None and head.lower_ == "as" and head.head.lemma_ == "quote":
        quoted = head.head
        first = min([quoted] + [c for c in quoted.children if c.dep_ in ("aux", "auxpass")])
        start = first.idx
        end = verb.idx + len(verb)
        return start, end, " ".join(t.text for t in verb.doc[first.i : verb.i + 1])
    return verb.idx, verb.idx + len(verb), verb.text


def _active(token: Token) -> bool:
    """An affirmed verb in the active voice, not a participle modifying a noun."""
    if token.tag_ == "VBN" and token.dep_ in ("acl", "amod"):
        return False
    return not any(c.dep_ in ("auxpass", "neg") for c in token.children)


def _affirmed_passive(verb: Token) -> bool:
    """Whether a verb is passive and not negated: 'was reported', not 'was not reported'."""
    deps = {c.dep_ for c in verb.children}
    return "auxpass" in deps and "neg" not in deps


def _agent(verb: Token) -> Token | None:
    """The named agent of a passive verb: 'was first reported by the Herald'."""
    by = next((c for c in verb.children if c.dep_ == "agent"), None)
    return next((c for c in by.children if c.dep_ == "pobj"), None) if by is not None else None


def _passive(verb: Token, preps: frozenset[str]) -> Cue | None:
    """A passive speech verb: its subject and complement are what was said.

    With a 'by' agent the agent is the source ('was first reported by the Herald').
    Without one the report has no source, and needs a complement saying what was said
    of the subject ('is expected to resign', 'was accused of fraud', 'is considered a
    threat').
    """
    subject = next((c for c in verb.children if c.dep_ == "nsubjpass"), None)
    if subject is None:
        return None
    agent = _agent(verb)
    if agent is None:
        complements = [
            c
            for c in verb.children
            if c.dep_ in ("xcomp", "oprd", "ccomp") or (c.dep_ == "prep" and c.lower_ in preps)
        ]
        if not complements:
            return None
        parts = [subject, *complements]
    elif subject.pos_ == "PRON":
        return None
    else:
        parts = [c for c in verb.children if c.dep_ in ("nsubjpass", "oprd")]
    return Cue(verb, verb.idx, verb.idx + len(verb), verb.text, agent, token_span(reported(parts)))


def find(doc: Doc, lexicon: Lexicon, layout: Paragraphs) -> list[Cue]:
    """Every cue with a source or some content, with content clipped to the cue's paragraph."""
    cues: list[Cue] = []
    for token in _candidates(doc):
        lemma = lexicon.verb(token.lemma_) if token.pos_ == "VERB" else None
        if token.lower_ == "according":
            cue = _according(token)
        elif token.text in _DASHES:
            cue = _signature(token)
        elif lemma is not None and _active(token):
            source = _subject(token, layout)
            start, end, text = _phrase(token, source)
            as_clause = any(c.dep_ == "mark" and c.lower_ == "as" for c in token.children)
            preps = lexicon.acts.get(lemma, frozenset())
            content = _content(token, source, as_clause or lemma not in lexicon.acts, preps)
            if content is None and source is not None:
                content = _act_content(token, lexicon.acts.get(lemma))
            cue = Cue(token, start, end, text, source, content, _outlet(token, lexicon))
        elif lemma is not None and _affirmed_passive(token):
            cue = _passive(token, lexicon.acts.get(lemma, frozenset()))
        else:
            continue
        if cue is None or (cue.source is None and cue.content is None):
            continue
        if cue.content is not None:
            cue.content = layout.clip(*cue.content, anchor=cue.start)
            if cue.content[1] <= cue.content[0]:
                cue.content = None
        cues.append(cue)
    return cues


def _candidates(doc: Doc) -> Iterator[Token]:
    """The tokens a cue can start from (verbs, "according", dashes), in order, found in the
    parse's arrays (no ``Token`` is made for the other words)."""
    strings = doc.vocab.strings
    table = doc.to_array([POS, LOWER, ORTH])
    hits = (
        (table[:, 0] == strings["VERB"])
        | (table[:, 1] == strings["according"])
        | numpy.isin(table[:, 2], [strings[dash] for dash in _DASHES])
    )
    for i in numpy.flatnonzero(hits).tolist():
        yield doc[i]


def split(outer: Cue, inner: Cue) -> bool:
    """Cut ``outer``'s content before ``inner``, a participle closing it, if any is left."""
    assert outer.content is not None
    if not (inner.verb.dep_ == "advcl" and inner.verb.tag_ == "VBG"):
        return False
    doc = inner.verb.doc
    first = inner.verb.left_edge.i
    before = [t for t in doc[:first] if t.idx >= outer.content[0]]
    while before and (before[-1].dep_ in ("cc", "mark") or before[-1].lower_ in _JOINERS):
        before = before[:-1]
    span = token_span(before)
    if span is None or span[0] >= inner.start:
        return False
    outer.content = span
    return True
