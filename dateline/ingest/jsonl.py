"""JSON Lines: one article per line; a bad line is reported and skipped."""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator
from typing import Any

from dateline.ingest.base import BadInput, Skipped, Warned, check_text
from dateline.ingest.dates import iso_date
from dateline.ingest.fields import JsonFields
from dateline.ingest.urls import source_of
from dateline.models import Article


def _first(record: dict[str, Any], keys: tuple[str, ...]) -> Any:
    for key in keys:
        value = record.get(key)
        if value not in (None, ""):
            return value
    return None


def article_from_record(record: Any, fields: JsonFields, location: str) -> Article:
    """An article from one decoded JSON record."""
    if not isinstance(record, dict):
        raise BadInput(f"expected a JSON object, got {type(record).__name__}")
    url = _first(record, fields.url)
    published = iso_date(_first(record, fields.published))
    text = _first(record, fields.text)
    if not isinstance(text, str):
        html = _first(record, fields.html)
        if not isinstance(html, str):
            raise BadInput(f"no text field (looked for {', '.join(fields.text + fields.html)})")
        from dateline.ingest.html import article_from_html

        article = article_from_html(html.encode("utf-8"), url=url, fallback_date=published)
        article.location = location
        article.source = _first(record, fields.source) or article.source
        return article
    title = _first(record, fields.title)
    return Article(
        text=check_text(text),
        title=str(title) if title is not None else None,
        url=url,
        source=_first(record, fields.source) or source_of(url),
        published=published,
        location=location,
    )


def date_fault(record: Any, fields: JsonFields) -> str | None:
    """Why the record's publication date cannot be read, or None when it can or has none."""
    if not isinstance(record, dict):
        return None
    value = _first(record, fields.published)
    if value is None or iso_date(value) is not None:
        return None
    return f"publication date {str(value)[:60]!r} is not a day's date; stored without one"


def read_jsonl(
    lines: Iterable[str], path: str, fields: JsonFields
) -> Iterator[Article | Skipped | Warned]:
    """Every article of a JSONL stream, a ``Skipped`` for each bad line, and a ``Warned``
    before an article whose date is not a date."""
    for number, line in enumerate(lines, start=1):
        if not line.strip():
            continue
        location = f"{path}:{number}"
        try:
            record = json.loads(line)
        except json.JSONDecodeError as error:
            yield Skipped(location, f"line is not JSON ({error.msg} at column {error.colno})")
            continue
        try:
            article = article_from_record(record, fields, location)
        except BadInput as error:
            yield Skipped(location, str(error))
            continue
        if fault := date_fault(record, fields):
            yield Warned(location, fault)
        yield article
