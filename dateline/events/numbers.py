"""Numbers as news writes them ("12", "1,000", "twelve", "two thousand") and a counted
value with the span of the words that state it."""

from __future__ import annotations

import re
from typing import NamedTuple

from spacy.tokens import Token

WORD_NUMBERS = {
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
    "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14,
    "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19,
    "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70,
    "eighty": 80, "ninety": 90, "hundred": 100, "dozen": 12,
}  # fmt: skip
SCALES = {
    "hundred": 100,
    "thousand": 1_000,
    "million": 1_000_000,
    "billion": 1_000_000_000,
}
_DIGITS = re.compile(r"^\d{1,3}(?:,\d{3})+$|^\d+(?:\.\d+)?$")


class Count(NamedTuple):
    """A counted value and the span of the words that state it."""

    value: float
    start: int
    end: int


def value_of(text: str) -> float | None:
    """The value of one lower-cased number word as news writes it ("12", "1,000", "twelve")."""
    if _DIGITS.match(text):
        return float(text.replace(",", ""))
    found = WORD_NUMBERS.get(text)
    return None if found is None else float(found)


def number(token: Token) -> float | None:
    """The value of a number token, with a following "thousand"/"million" applied."""
    value = value_of(token.lower_)
    if value is None:
        return None
    doc = token.doc
    nxt = doc[token.i + 1] if token.i + 1 < len(doc) else None
    if nxt is not None and nxt.lower_ in SCALES:
        value *= SCALES[nxt.lower_]
    return value
