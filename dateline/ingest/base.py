"""What every reader shares: the reason an item is skipped, and checks on raw input."""

from __future__ import annotations

from dataclasses import dataclass

MAX_BYTES = 20_000_000
MAX_CHARS = 300_000
MIN_CHARS = 40


class BadInput(Exception):
    """An item that cannot become an article; the message is the reason shown to users."""


@dataclass(frozen=True, slots=True)
class Skipped:
    """A reported, skipped item: where it came from and why."""

    location: str
    reason: str


def decode(data: bytes) -> str:
    """Bytes of a text file as str, or ``BadInput`` for empty, binary or undecodable data."""
    if not data.strip():
        raise BadInput("empty file")
    if b"\x00" in data[:8192]:
        raise BadInput("binary file (contains NUL bytes)")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        raise BadInput(f"not valid UTF-8 text (byte {error.start})") from None


def check_text(text: str) -> str:
    """The article text, or ``BadInput`` when it is too short or too long to be an article."""
    stripped = text.strip()
    if len(stripped) < MIN_CHARS:
        raise BadInput(f"too little text ({len(stripped)} characters)")
    if len(stripped) > MAX_CHARS:
        raise BadInput(f"too large for one article ({len(stripped):,} characters > {MAX_CHARS:,})")
    return stripped
