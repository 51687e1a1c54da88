"""Facts of a parse read once per doc: spaCy finds them anew on each call (``Token.sent``
scans the doc's sentence starts and builds a new span each time)."""

from __future__ import annotations

from bisect import bisect_right
from functools import lru_cache

from spacy.tokens import Doc, Span, Token


def sentences(doc: Doc) -> tuple[Span, ...]:
    """The doc's sentences, as ``doc.sents`` gives them."""
    return _sentences(doc)[1]


def sentence_of(token: Token) -> Span:
    """The parsed sentence a token is in, as ``token.sent`` gives it."""
    starts, spans = _sentences(token.doc)
    return spans[bisect_right(starts, token.i) - 1]


@lru_cache(maxsize=2)
def _sentences(doc: Doc) -> tuple[list[int], tuple[Span, ...]]:
    """The doc's sentences and where each starts, kept for the doc being read."""
    spans = tuple(doc.sents)
    return [s.start for s in spans], spans


def sentence_text(token: Token) -> str:
    """The text of the parsed sentence a token is in, as ``token.sent.text`` gives it
    (read once per sentence: spaCy joins its tokens again on each ``Span.text``)."""
    sentence = sentence_of(token)
    texts = _texts(token.doc)
    if sentence.start not in texts:
        texts[sentence.start] = sentence.text
    return texts[sentence.start]


@lru_cache(maxsize=2)
def _texts(doc: Doc) -> dict[int, str]:
    """The texts of the doc's sentences read so far, by where each starts."""
    return {}


@lru_cache(maxsize=2)
def named_entities(doc: Doc) -> tuple[Span, ...]:
    """The doc's entities, as ``doc.ents`` gives them (built once for the doc being read)."""
    return doc.ents
