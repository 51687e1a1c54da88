"""Sentences as the coder sees them: spaCy's sentences, cut again at line breaks.

Headlines, datelines and paragraphs without final punctuation often run into one parsed
sentence; a line break always ends a segment, and a paragraph break starts a new context.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Iterator
from functools import lru_cache

import numpy
from spacy.attrs import IS_SPACE
from spacy.tokens import Doc, Span, Token

from dateline.parses import sentences


def segments(doc: Doc) -> Iterator[tuple[Span, bool]]:
    """Each segment, with whether a line break precedes it (a new paragraph)."""
    new_paragraph = True
    lines = _line_tokens(doc)
    for sent in sentences(doc):
        start = sent.start
        for i in lines[bisect_left(lines, sent.start) : bisect_left(lines, sent.end)]:
            if i > start:
                yield doc[start:i], new_paragraph
            start, new_paragraph = i + 1, True
        if start < sent.end:
            yield doc[start : sent.end], new_paragraph
            new_paragraph = False


def across_lines(a: Token, b: Token) -> bool:
    """Whether a line break lies between two tokens (from the first's start to the
    second's): a parse that links them crosses a segment boundary and is not to be
    followed."""
    return line_break(a.doc, *sorted((a.idx, b.idx)))


def line_break(doc: Doc, start: int, end: int) -> bool:
    """Whether a line break lies in the doc's text between two character offsets."""
    breaks = _breaks(doc)
    return bisect_left(breaks, start) < bisect_left(breaks, end)


@lru_cache(maxsize=2)
def _line_tokens(doc: Doc) -> tuple[int, ...]:
    """The indices of the doc's whitespace tokens that hold a line break (the tokenizer
    puts every line break in one), kept for the doc being coded."""
    spaces = numpy.flatnonzero(doc.to_array(IS_SPACE)).tolist()
    return tuple(i for i in spaces if "\n" in doc[i].text)


@lru_cache(maxsize=2)
def _breaks(doc: Doc) -> tuple[int, ...]:
    """The character offsets of the doc's line breaks (the doc's whole text is rebuilt on
    each ``doc.text``, so only its line tokens are read)."""
    lines = [doc[i] for i in _line_tokens(doc)]
    return tuple(t.idx + m.start() for t in lines for m in re.finditer("\n", t.text))
