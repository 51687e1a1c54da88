"""Verbs of appearance: 'the truce seems to be holding' reports a view nobody is named for."""

from __future__ import annotations

from spacy.tokens import Doc, Token

from dateline.quotes.cues import Cue, lexicon_cues, reported, token_span
from dateline.quotes.lexicon import Lexicon

_COMPLEMENTS = frozenset({"xcomp", "ccomp", "acomp", "oprd"})


def _cue(verb: Token, preps: frozenset[str]) -> Cue | None:
    """The verb's subject and complement, when it has both and is not negated."""
    if any(c.dep_ == "neg" for c in verb.children):
        return None
    subject = next((c for c in verb.children if c.dep_ in ("nsubj", "expl")), None)
    complements = [
        c
        for c in verb.children
        if c.dep_ in _COMPLEMENTS or (c.dep_ == "prep" and c.lower_ in preps)
    ]
    if subject is None or not complements:
        return None
    parts = [subject, *complements]
    content = token_span(reported(parts))
    if content is None:
        return None
    return Cue(verb, verb.idx, verb.idx + len(verb), verb.text, None, content)


def find(doc: Doc, lexicon: Lexicon) -> list[Cue]:
    """Every verb of appearance of the lexicon with a subject and a complement."""
    return lexicon_cues(doc, lexicon.appearances, "VERB", _cue)
