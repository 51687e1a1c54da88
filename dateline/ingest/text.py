"""Plain-text articles: a headline line, an optional date line and page furniture, then the body."""

from __future__ import annotations

import re
from functools import lru_cache

from rapidfuzz import fuzz

from dateline.ingest.base import BadInput, check_text
from dateline.models import Article

HEADER_LINES = 10
SIMILAR = 90
_FURNITURE = re.compile(
    r"^(?:\d+\s+min(?:ute)?s?\s+read|share(?: this)?(?: article)?|advertisement|"
    r"(?:photo|image|picture)s?\s*(?:credit)?:.*|listen to (?:this )?article.*)$",
    re.IGNORECASE,
)
_CREDIT_TAIL = re.compile(r"\[[^\[\]]{1,40}\]\s*$")
_DATE_HINT = re.compile(
    r"\b(?:\d{4}|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)", re.IGNORECASE
)
_DATE_PREFIX = re.compile(r"^(?:published|posted|updated|last updated|date)\s*(?:on|:)?\s*", re.I)
_BYLINE = re.compile(r"^[Bb]y\s+[A-Z][\w.'-]+(?:\s+[A-Z][\w.'-]+){0,3}$")
_SPACE = re.compile(r"\s+")


@lru_cache(maxsize=1)
def _dateparser():
    import dateparser

    return dateparser


def parse_date_line(line: str) -> str | None:
    """The ISO date of a news date line ("07 October, 2017", "Oct 7, 2017 3:04 PM"), or None."""
    candidate = _DATE_PREFIX.sub("", line.strip())
    if len(candidate) > 50 or not _DATE_HINT.search(candidate):
        return None
    parsed = _dateparser().parse(
        candidate, languages=["en"], settings={"REQUIRE_PARTS": ["day", "month", "year"]}
    )
    return parsed.date().isoformat() if parsed else None


def _similar(a: str, b: str) -> bool:
    a, b = _SPACE.sub(" ", a).strip().casefold(), _SPACE.sub(" ", b).strip().casefold()
    return a == b or fuzz.ratio(a, b) >= SIMILAR


def _is_furniture(line: str, title: str, later: list[str]) -> bool:
    return bool(
        _FURNITURE.match(line)
        or _BYLINE.match(line)
        or _similar(line, title)
        or any(_similar(line, other) for other in later)
    )


def article_from_text(raw: str, location: str | None = None) -> Article:
    """An article from plain text: first line headline, date line to ``published``, body text;
    a text of one line is all body (a sentence or a paragraph pasted in has no headline).

    Everything above a date line near the top is header (a repeated headline, a
    standfirst, reading time); without one, header lines are those that repeat
    the headline or a later paragraph, or are reading-time, share or byline
    furniture. Photo captions ending in a credit such as "[Getty]" are dropped.
    """
    lines = [line.strip() for line in raw.splitlines()]
    lines = [line for line in lines if line and not (_CREDIT_TAIL.search(line) and len(line) < 300)]
    if not lines:
        raise BadInput("empty file")
    if len(lines) == 1:
        return Article(text=check_text(lines[0]), location=location)
    title, rest = lines[0], lines[1:]
    published = None
    for index, line in enumerate(rest[:HEADER_LINES]):
        published = parse_date_line(line)
        if published:
            rest = rest[index + 1 :]
            break
    else:
        header = 0
        while header < min(HEADER_LINES, len(rest)) and _is_furniture(
            rest[header], title, rest[header + 1 :]
        ):
            header += 1
        rest = rest[header:]
    if not rest:
        raise BadInput("no text under the headline (the first line is read as the headline)")
    text = check_text("\n\n".join(rest))
    return Article(text=text, title=title, published=published, location=location)
