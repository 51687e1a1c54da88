"""Paragraphs and quotation-mark spans found on the raw text, robust to unbalanced marks."""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass

Span = tuple[int, int]
WRAP_WIDTH = 100
_BLANK = re.compile(r"\n[ \t]*\n")
_LINE = re.compile(r"[^\n]+")
_BLOCK = re.compile(r"(?:[^\n]|\n(?![ \t]*\n))+")
_DOUBLE = re.compile("''|``|[\"“”„«»]")
_DOUBLE_OPEN = ("“", "„", "«", "``")
_SINGLE_OPEN = "‘"
_SINGLE_CLOSE = "’"
_SINGLE = re.compile(f"[{_SINGLE_OPEN}{_SINGLE_CLOSE}']")


@dataclass(frozen=True, slots=True)
class Marked:
    """Text between quotation marks, marks included; ``closed`` is False when recovered."""

    start: int
    end: int
    closed: bool = True


def paragraphs(text: str) -> list[Span]:
    """The (start, end) of each paragraph without surrounding spaces.

    Each line is a paragraph, unless the text is hard-wrapped (no line longer than
    ``WRAP_WIDTH`` and blank lines between paragraphs): then blank lines separate them.
    """
    lines = [m for m in _LINE.finditer(text) if m.group().strip()]
    wrapped = bool(_BLANK.search(text)) and all(len(m.group()) <= WRAP_WIDTH for m in lines)
    pattern = _BLOCK if wrapped and len(lines) > 1 else _LINE
    out = []
    for match in pattern.finditer(text):
        chunk = match.group()
        if chunk.strip():
            start = match.start() + len(chunk) - len(chunk.lstrip())
            out.append((start, match.start() + len(chunk.rstrip())))
    return out


def _opens(text: str, i: int, j: int) -> bool:
    """Whether a straight mark at ``text[i:j]`` reads as an opening one."""
    before = text[i - 1] if i > 0 else " "
    after = text[j] if j < len(text) else " "
    return not after.isspace() and (before.isspace() or before in "([{—–-/:")


def _double(text: str, start: int, end: int) -> list[Marked]:
    """Double-quoted spans of one paragraph; an unclosed one runs to the paragraph's end."""
    spans: list[Marked] = []
    open_at: int | None = None
    resume = start
    for match in _DOUBLE.finditer(text, start, end):
        i, j, mark = match.start(), match.end(), match.group()
        straight = mark in ('"', "''")
        opening = mark in _DOUBLE_OPEN or (straight and open_at is None and _opens(text, i, j))
        if open_at is None and opening:
            open_at = i
        elif open_at is not None and mark in _DOUBLE_OPEN:
            spans.append(Marked(open_at, _rstrip(text, open_at, i), closed=False))
            open_at = i
        elif open_at is not None:
            spans.append(Marked(open_at, j))
            open_at, resume = None, j
        else:
            lead = _lstrip(text, resume, i)
            if i - lead > 1:
                spans.append(Marked(lead, j, closed=False))
            resume = j
    if open_at is not None and end - open_at > 1:
        spans.append(Marked(open_at, end, closed=False))
    return spans


def _single(text: str, start: int, end: int, taken: list[Marked]) -> list[Marked]:
    """Single-quoted spans outside double quotes; an unmatched mark is an apostrophe."""
    spans: list[Marked] = []
    open_at: int | None = None
    for match in _SINGLE.finditer(text, start, end):
        i, ch = match.start(), match.group()
        doubled = "''" in text[max(i - 1, 0) : i + 2]
        if doubled or any(m.start <= i < m.end for m in taken):
            open_at = None
            continue
        after = text[i + 1] if i + 1 < end else " "
        if open_at is None and ch != _SINGLE_CLOSE and _opens(text, i, i + 1):
            open_at = i
        elif open_at is not None and ch != _SINGLE_OPEN and not after.isalnum():
            spans.append(Marked(open_at, i + 1))
            open_at = None
    return spans


def _lstrip(text: str, start: int, end: int) -> int:
    while start < end and text[start].isspace():
        start += 1
    return start


def _rstrip(text: str, start: int, end: int) -> int:
    while end > start and text[end - 1].isspace():
        end -= 1
    return end


def quoted(text: str, paragraph_spans: list[tuple[int, int]]) -> list[Marked]:
    """Every quoted span of the text in order; quotes inside quotes stay inside their outer span."""
    out: list[Marked] = []
    for start, end in paragraph_spans:
        double = _double(text, start, end)
        out.extend(sorted(double + _single(text, start, end, double), key=lambda m: m.start))
    return out


class Paragraphs:
    """Paragraph bounds, and the quoted stretches inside them, for placing characters."""

    def __init__(self, spans: list[Span], quoted: list[Span] | None = None) -> None:
        self.spans = spans
        self.starts = [start for start, _ in spans]
        self.quoted = quoted or []

    def splits(self, text: str, start: int) -> bool:
        """Whether whitespace ``text`` at ``start`` runs from one paragraph into the next."""
        end = start + len(text)
        return "\n" in text and self.index(start) != self.index(end)

    def in_quote(self, char: int) -> bool:
        """Whether ``char`` lies between quotation marks."""
        return any(start < char < end for start, end in self.quoted)

    def index(self, char: int) -> int:
        """The index of the paragraph holding ``char`` (the previous one between paragraphs)."""
        return max(bisect_right(self.starts, char) - 1, 0)

    def clip(self, start: int, end: int, anchor: int) -> tuple[int, int]:
        """``(start, end)`` cut to the paragraph that holds ``anchor``."""
        if not self.spans:
            return start, end
        low, high = self.spans[self.index(anchor)]
        return max(start, low), min(end, high)
