"""Sentences as the coder sees them: spaCy's sentences, cut again at line breaks.

Headlines, datelines and paragraphs without final punctuation often run into one parsed
sentence; a line break always ends a segment, and a paragraph break starts a new context.
"""

from __future__ import annotations

from collections.abc import Iterator

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
    """Whether a line break lies between two tokens: a parse that links them crosses a
    segment boundary and is not to be followed."""
    start, end = sorted((a.i, b.i))
    return "\n" in a.doc[start:end].text
