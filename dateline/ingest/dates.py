"""Publication dates from metadata values, as ISO 8601 dates."""

from __future__ import annotations

from datetime import UTC, date, datetime
from typing import Any


def iso_date(value: Any) -> str | None:
    """An ISO ``YYYY-MM-DD`` from a date, datetime, timestamp or date-like string, else None."""
    if value is None or value == "":
        return None
    if isinstance(value, datetime):
        return value.date().isoformat()
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, int | float):
        try:
            return datetime.fromtimestamp(value, tz=UTC).date().isoformat()
        except (OverflowError, OSError, ValueError):
            return None
    text = str(value).strip()
    try:
        return datetime.fromisoformat(text.replace("Z", "+00:00")).date().isoformat()
    except ValueError:
        pass
    from dateline.ingest.text import parse_date_line

    return parse_date_line(text)
