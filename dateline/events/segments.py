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


def segments(doc: Doc) -> Iterator[tuple[Span, bool]]:
    """Each segment, with whether a line break precedes it (a new paragraph)."""
    new_paragraph = True
    for sent in doc.sents:
        start = sent.start
        for token in sent:
            if token.is_space and "\n" in token.text:
                if token.i > start:
                    yield doc[start : token.i], new_paragraph
                start, new_paragraph = token.i + 1, True
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
def _breaks(doc: Doc) -> tuple[int, ...]:
    """The character offsets of the doc's line breaks, kept for the doc being coded. The
    tokenizer puts every line break in a whitespace token, so only those are read (the
    doc's whole text is rebuilt on each ``doc.text``)."""
    spaces = numpy.flatnonzero(doc.to_array(IS_SPACE)).tolist()
    return tuple(doc[i].idx + m.start() for i in spaces for m in re.finditer("\n", doc[i].text))
