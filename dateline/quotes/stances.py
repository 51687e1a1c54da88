"""Stance adjectives: 'the mayor is confident that ...', 'critical of the plan'."""

from __future__ import annotations

from spacy.tokens import Doc, Token

from dateline.quotes.cues import SUBJECTS, Cue, lexicon_cues, reported, token_span
from dateline.quotes.lexicon import Lexicon


def _content(adjective: Token, preps: frozenset[str]) -> list[Token]:
    """The clause, infinitive or listed prepositional object the adjective reports."""
    parts = [
        c
        for c in adjective.children
        if c.dep_ in ("ccomp", "xcomp") or (c.dep_ == "prep" and c.lower_ in preps)
    ]
    return reported(parts)


def _cue(adjective: Token, preps: frozenset[str]) -> Cue | None:
    """A predicate adjective with a subject and content, not negated."""
    if adjective.dep_ != "acomp":
        return None
    verb = adjective.head
    if any(c.dep_ == "neg" for c in (*verb.children, *adjective.children)):
        return None
    source = next((c for c in verb.children if c.dep_ in SUBJECTS), None)
    content = token_span(_content(adjective, preps))
    if source is None or content is None:
        return None
    end = adjective.idx + len(adjective)
    return Cue(adjective, adjective.idx, end, adjective.text, source, content)


def find(doc: Doc, lexicon: Lexicon) -> list[Cue]:
    """Every stance adjective of the lexicon with a subject and what it reports."""
    return lexicon_cues(doc, lexicon.stances, "ADJ", _cue)
