"""What every reader shares: the reason an item is skipped, and checks on raw input."""

from __future__ import annotations

import re
from dataclasses import dataclass

MAX_BYTES = 20_000_000
MAX_CHARS = 300_000
MIN_CHARS = 40
MOST_UNDECODABLE = 0.5
_ESCAPED = re.compile("[\udc80-\udcff]")


class BadInput(Exception):
    """An item that cannot become an article; the message is the reason shown to users."""


@dataclass(frozen=True, slots=True)
class Skipped:
    """A reported, skipped item: where it came from and why."""

    location: str
    reason: str


@dataclass(frozen=True, slots=True)
class Warned:
    """A reported item that was still read: where it came from and what was wrong with it."""

    location: str
    reason: str


@dataclass(frozen=True, slots=True)
class Decoded:
    """Text decoded from bytes, and how many undecodable bytes became U+FFFD."""

    text: str
    replaced: int = 0


def decode(data: bytes) -> Decoded:
    """Bytes of a text file as UTF-8 text, stray undecodable bytes replaced by U+FFFD.

    ``BadInput`` for empty or binary data, or when most of the bytes are undecodable.
    """
    if not data.strip():
        raise BadInput("empty file")
    if b"\x00" in data[:8192]:
        raise BadInput("binary file (contains NUL bytes)")
    text = data.decode("utf-8-sig", errors="surrogateescape")
    replaced = len(_ESCAPED.findall(text))
    if replaced > MOST_UNDECODABLE * len(data):
        raise BadInput(f"not valid UTF-8 text ({replaced:,} of {len(data):,} bytes undecodable)")
    return Decoded(_ESCAPED.sub("\ufffd", text), replaced)


def check_text(text: str) -> str:
    """The article text, or ``BadInput`` when it is too short or too long to be an article."""
    stripped = text.strip()
    if len(stripped) < MIN_CHARS:
        raise BadInput(f"too little text ({len(stripped)} characters)")
    if len(stripped) > MAX_CHARS:
        raise BadInput(f"too large for one article ({len(stripped):,} characters > {MAX_CHARS:,})")
    return stripped
