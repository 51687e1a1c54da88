"""Speaker labels: a paragraph opened by a name and a colon ('KEMP: We will ...')."""

from __future__ import annotations

from spacy.tokens import Doc

from dateline.models import Place
from dateline.quotes.cues import Cue, token_span
from dateline.quotes.marks import Paragraphs

MAX_LABEL_TOKENS = 4
_NOT_SPEAKERS = frozenset({"GPE", "LOC", "FAC", "DATE", "TIME", "CARDINAL", "EVENT"})


def find(doc: Doc, layout: Paragraphs, places: list[Place]) -> list[Cue]:
    """A cue per paragraph that opens with a proper name and a colon; the rest is said.

    Places (the NER's or the places stage's) and dates before a colon are
    datelines, not speakers ('KABUL: ...').
    """
    cues = []
    for start, end in layout.spans:
        span = doc.char_span(start, end, alignment_mode="expand")
        if span is None:
            continue
        words = [t for t in span[: MAX_LABEL_TOKENS + 1] if not t.is_space]
        colon = next((i for i, t in enumerate(words) if t.text == ":"), None)
        if not colon:
            continue
        label = words[:colon]
        if any(t.pos_ != "PROPN" or t.ent_type_ in _NOT_SPEAKERS for t in label):
            continue
        if any(p.start < label[-1].idx + len(label[-1]) and label[0].idx < p.end for p in places):
            continue
        mark = words[colon]
        content = token_span(t for t in span if t.i > mark.i)
        if content is not None:
            cues.append(Cue(mark, mark.idx, mark.idx + 1, ":", label[-1], content))
    return cues
