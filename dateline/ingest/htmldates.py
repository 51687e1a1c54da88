"""The publication date of an HTML page: htmldate's, checked against the dates the page shows.

htmldate (given the page's HTML, which it dates better than trafilatura's tree, and asked
for the original publication date with its extensive search) gives the first guess. When
that day is not shown anywhere in the page's visible text but a day the page's own markup
names is (schema.org ``datePublished``, ``article:published_time``, the first ``<time
datetime>`` with text, schema.org ``dateModified``, in this order), the shown day is taken:
readers, and the annotators of the evaluation sets, go by the date on the page. When the
page shows none of these days, a day written next to the headline (a byline date, within
``BYLINE_WINDOW``) is taken; failing that, the markup's first day is taken over htmldate's,
unless htmldate's is among them or is the date in the URL. Timestamps are read as written,
in their own offset (``2020-03-15T23:30:00-05:00`` is March 15th), as htmldate does too.
These rules were chosen on the development data of ``benchmarks/html_extraction.py``; see
docs/benchmarks.md.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from datetime import date, datetime

from dateutil import parser as dateutil_parser
from htmldate import find_date
from lxml.html import HtmlElement
from trafilatura.utils import load_html

DATE_PARAMS = {"original_date": True, "extensive_search": True}
"""Keyword arguments for htmldate's ``find_date``."""

PUBLISHED_META = ("article:published_time", "og:article:published_time")
"""``<meta property>`` names whose content is the publication time."""

BYLINE_WINDOW = (100, 300)
"""Characters of visible text before and after the headline searched for a byline date."""

MONTHS = {
    name: number
    for number, names in enumerate(
        (
            "january jan januar janvier enero gennaio",
            "february feb februar février fevrier febrero febbraio",
            "march mar märz maerz mars marzo",
            "april apr avril abril aprile",
            "may mai mayo maggio",
            "june jun juni juin junio giugno",
            "july jul juli juillet julio luglio",
            "august aug août aout agosto",
            "september sep sept septembre septiembre settembre",
            "october oct oktober okt octobre octubre ottobre",
            "november nov novembre noviembre",
            "december dec dezember dez décembre decembre diciembre dicembre",
        ),
        start=1,
    )
    for name in names.split()
}
"""Month names and abbreviations (English, German, French, Spanish, Italian) to numbers."""

_MONTH = "|".join(sorted(MONTHS, key=len, reverse=True))
_URL_DAY = re.compile(r"[/_-]((?:19|20)\d\d)[/_-](\d{1,2})[/_-](\d{1,2})(?:[/_.-]|$)")
_ISO_DAY = re.compile(r"\s*(\d{4})-(\d{1,2})-(\d{1,2})")
_SHOWN = (
    # (pattern, order of year, month, day among its groups; "M" marks a month name)
    (re.compile(r"\b(\d{4})-(\d{1,2})-(\d{1,2})\b"), "ymd"),
    (re.compile(r"\b(\d{1,2})\.\s?(\d{1,2})\.\s?(\d{4})\b"), "dmy"),
    (re.compile(r"\b(\d{1,2})/(\d{1,2})/(\d{4})\b"), "dmy"),
    (re.compile(r"\b(\d{1,2})/(\d{1,2})/(\d{4})\b"), "mdy"),
    (
        re.compile(rf"\b(\d{{1,2}})\.?\s+(?:de\s+)?({_MONTH})\.?,?\s+(?:de\s+)?(\d{{4}})\b", re.I),
        "dMy",
    ),
    (re.compile(rf"\b({_MONTH})\.?\s+(\d{{1,2}})(?:st|nd|rd|th)?,?\s+(\d{{4}})\b", re.I), "Mdy"),
)
_VISIBLE_TEXT = "//body//text()[not(ancestor::script or ancestor::style or ancestor::noscript)]"
_LD_JSON = "//script[@type='application/ld+json']"
_DEFAULTS = (datetime(2000, 1, 1), datetime(2001, 2, 2))


def publication_date(html: str, url: str | None = None) -> str | None:
    """The page's publication date (``YYYY-MM-DD``), or None.

    htmldate's extensive search turns a bare year (a copyright line, say) into January 1st;
    such a date, when the page's metadata does not give it, counts as no date.
    """
    found = find_date(html, url=url, **DATE_PARAMS)
    if found and found.endswith("-01-01"):
        params = {**DATE_PARAMS, "extensive_search": False}
        if find_date(html, url=url, **params) != found:
            found = None
    tree = load_html(html)
    if tree is None:
        return found
    text, headline_at = visible_text(tree)
    written = list(dates_in(text))
    shown = {day for _, day in written}
    if found in shown:
        return found
    candidates = list(markup_dates(tree))
    if shown_candidate := next((day for day in candidates if day in shown), None):
        return shown_candidate
    if headline_at is not None and (byline := nearest_date(written, headline_at)):
        return byline
    if not candidates or (found and (found in candidates or found == url_date(url))):
        return found
    return candidates[0]


def markup_dates(tree: HtmlElement) -> Iterator[str]:
    """Days the page's markup names, most trusted first (see the module docstring)."""
    ld = [_ld_values(script.text or "") for script in tree.xpath(_LD_JSON)]
    yield from filter(None, (to_day(v) for values in ld for v in values.get("datePublished", ())))
    for meta in tree.xpath("//meta[@property or @name][@content]"):
        name = (meta.get("property") or meta.get("name") or "").lower()
        if name in PUBLISHED_META and (day := to_day(meta.get("content"))):
            yield day
    for time in tree.xpath("//time[@datetime]"):
        if time.text_content().strip() and (day := to_day(time.get("datetime"))):
            yield day
            break
    yield from filter(None, (to_day(v) for values in ld for v in values.get("dateModified", ())))


def _ld_values(text: str) -> dict[str, list[str]]:
    """String values of each key anywhere in a JSON-LD block (none when it is not JSON)."""
    try:
        data = json.loads(text)
    except ValueError:
        return {}
    values: dict[str, list[str]] = {}
    stack = [data]
    while stack:
        item = stack.pop(0)
        if isinstance(item, dict):
            for key, value in item.items():
                if isinstance(value, str):
                    values.setdefault(key, []).append(value)
                else:
                    stack.append(value)
        elif isinstance(item, list):
            stack.extend(item)
    return values


def url_date(url: str | None) -> str | None:
    """The day a URL's path gives as year, month and day (``/2020/3/15/``), or None."""
    match = _URL_DAY.search(url or "")
    if not match:
        return None
    try:
        return date(*map(int, match.groups())).isoformat()
    except ValueError:
        return None


def to_day(value: str | None) -> str | None:
    """The day of a date or timestamp as written (no timezone conversion), or None.

    A value without a full date (``2020``, ``March 2020``) gives None.
    """
    if not value:
        return None
    iso = _ISO_DAY.match(value)
    try:
        if iso:
            return date(*map(int, iso.groups())).isoformat()
        days = {dateutil_parser.parse(value, default=d, ignoretz=True).date() for d in _DEFAULTS}
    except (ValueError, OverflowError):
        return None
    return days.pop().isoformat() if len(days) == 1 else None


def visible_text(tree: HtmlElement) -> tuple[str, int | None]:
    """The page's visible text, whitespace collapsed, and where its first ``<h1>`` starts in it."""
    pieces: list[str] = []
    length = 0
    headline_at = None
    for node in tree.xpath(_VISIBLE_TEXT):
        piece = " ".join(node.split())
        if not piece:
            continue
        parent = node.getparent()
        if headline_at is None and parent is not None and parent.xpath("ancestor-or-self::h1"):
            headline_at = length
        pieces.append(piece)
        length += len(piece) + 1
    return " ".join(pieces), headline_at


def dates_in(text: str) -> Iterator[tuple[int, str]]:
    """Where each day is written in ``text`` (numeric, or with a month name), and the day.

    A slashed date is read both day-first and month-first, when both are valid days.
    """
    for pattern, order in _SHOWN:
        for match in pattern.finditer(text):
            parts = dict(zip(order, match.groups(), strict=True))
            month = parts["M"].lower() if "M" in parts else parts["m"]
            try:
                day = date(int(parts["y"]), int(MONTHS.get(month, month)), int(parts["d"]))
            except ValueError:
                continue
            yield match.start(), day.isoformat()


def nearest_date(written: list[tuple[int, str]], at: int) -> str | None:
    """Of the days ``written`` in a text (``dates_in``), the one nearest to ``at`` within
    the byline window, or None."""
    before, after = BYLINE_WINDOW
    near = [(abs(start - at), start, day) for start, day in written]
    near = [n for n in near if -before <= n[1] - at <= after]
    return min(near)[2] if near else None
