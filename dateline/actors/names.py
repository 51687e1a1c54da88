"""Normalising names for lookup: case, periods, determiners and punctuation aside."""

from __future__ import annotations

import re

_TOKEN = re.compile(r"\w+|[^\w\s]")
_LEADING = {"the", "a", "an"}


def words(text: str, fold: bool = True) -> list[str]:
    """The tokens of ``text``, lower case unless ``fold`` is false: "U.S.-led" -> ["us", "-",
    "led"]."""
    text = text.replace(".", "").replace("’", "'")
    return _TOKEN.findall(text.casefold() if fold else text)


def key(text: str, fold: bool = True) -> str:
    """The form under which a name is indexed: "The U.S. Army" -> "us army" ("US Army"
    unless ``fold``)."""
    tokens = words(text, fold)
    while tokens and tokens[0].lower() in _LEADING:
        tokens = tokens[1:]
    if tokens[-2:] == ["'", "s"]:
        tokens = tokens[:-2]
    return " ".join(tokens)


def acronym(phrase: str) -> bool:
    """All-capital names ("IS", "UN", "CAR") match only in capitals; the rest ignore case,
    curly quotes and British spellings (spaCy's NORM)."""
    letters = [c for c in phrase if c.isalpha()]
    return len(letters) > 1 and all(c.isupper() for c in letters)
