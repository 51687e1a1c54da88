"""Noun cues: 'the ministry's claim that ...', 'her criticism of the plan', 'his vow to resign'."""

from __future__ import annotations

from spacy.tokens import Doc, Token

from dateline.quotes.cues import Cue, lexicon_cues, token_span
from dateline.quotes.lexicon import Lexicon


def _that_clause(noun: Token) -> Token | None:
    """A clause the noun introduces with 'that'."""
    for child in noun.children:
        if child.dep_ in ("acl", "ccomp", "relcl") and any(
            m.dep_ == "mark" and m.lower_ == "that" for m in child.children
        ):
            return child
    return None


def _infinitive(noun: Token) -> Token | None:
    """An infinitive the noun introduces ('her decision to resign')."""
    for child in noun.children:
        marked = any(m.dep_ == "aux" and m.lower_ == "to" for m in child.children)
        if child.dep_ in ("acl", "relcl") and child.tag_ == "VB" and marked:
            return child
    return None


def _owner(noun: Token) -> Token | None:
    """Who the noun's report is by: its possessor, or a name before it ('a Herald report')."""
    owner = next((c for c in noun.children if c.dep_ == "poss"), None)
    if owner is not None:
        return owner
    return next(
        (c for c in noun.lefts if c.dep_ == "compound" and c.pos_ == "PROPN"),
        None,
    )


def _cue(noun: Token, preps: frozenset[str]) -> Cue | None:
    source = _owner(noun)
    clause = _that_clause(noun)
    infinitive = _infinitive(noun) if source is not None else None
    if clause is not None:
        content = token_span(clause.subtree)
    elif infinitive is not None:
        content = token_span(infinitive.subtree)
    elif source is not None:
        objects = [
            t
            for p in noun.children
            if p.dep_ == "prep" and p.lower_ in preps
            for o in p.children
            if o.dep_ in ("pobj", "pcomp")
            for t in o.subtree
        ]
        content = token_span(objects)
    else:
        return None
    if content is None:
        return None
    return Cue(noun, noun.idx, noun.idx + len(noun), noun.text, source, content)


def find(doc: Doc, lexicon: Lexicon) -> list[Cue]:
    """Every noun of the lexicon that reports a that-clause, or an owner's object."""
    return lexicon_cues(doc, lexicon.nouns, "NOUN", _cue)
