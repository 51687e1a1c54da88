"""Normalising names for lookup: case, periods, determiners and punctuation aside."""

from __future__ import annotations

import re

_TOKEN = re.compile(r"\w+|[^\w\s]")
_LEADING = {"the", "a", "an"}


def words(text: str) -> list[str]:
    """The lower-case tokens of ``text``: "U.S.-led" -> ["us", "-", "led"]."""
    return _TOKEN.findall(text.casefold().replace(".", "").replace("’", "'"))


def key(text: str) -> str:
    """The form under which a name is indexed: "The U.S. Army" -> "us army"."""
    tokens = words(text)
    while tokens and tokens[0] in _LEADING:
        tokens = tokens[1:]
    if tokens[-2:] == ["'", "s"]:
        tokens = tokens[:-2]
    return " ".join(tokens)
