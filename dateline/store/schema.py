"""The store's tables, derived from the data model so that the two never drift apart.

Each layer of ``dateline.models`` becomes a table with one row per record, keyed by
``article_id`` and ``idx``; nested records (an event's actor, a quote's speaker) are
flattened into prefixed columns and dicts are stored as JSON.
"""

from __future__ import annotations

import dataclasses
import json
import types
import typing
from datetime import date
from functools import lru_cache
from typing import Any

from dateline import models

SQL_TYPES = {
    str: "VARCHAR",
    int: "BIGINT",
    float: "DOUBLE",
    bool: "BOOLEAN",
    dict: "JSON",
    list: "JSON",
}

ARTICLE_COLUMNS: list[tuple[str, str]] = [
    ("id", "VARCHAR PRIMARY KEY"),
    *[
        (f.name, "VARCHAR")
        for f in dataclasses.fields(models.Article)
        if f.name not in ("id", "location")
    ],
    ("ingested_at", "TIMESTAMP"),
    ("result", "JSON"),
]
SOURCE_COLUMNS: list[tuple[str, str]] = [
    ("article_id", "VARCHAR"),
    ("location", "VARCHAR"),
    ("url", "VARCHAR"),
    ("source", "VARCHAR"),
    ("added_at", "TIMESTAMP"),
]
# Columns a table has beyond its record's fields: derived at write time for queries.
EXTRA_COLUMNS: dict[str, list[tuple[str, str]]] = {"events": [("date_start", "DATE")]}


def _base_type(hint: Any) -> Any:
    """``X`` for ``X | None`` and for generic aliases such as ``dict[str, float]``."""
    if isinstance(hint, types.UnionType) or typing.get_origin(hint) is typing.Union:
        hint = next(arg for arg in typing.get_args(hint) if arg is not type(None))
    return typing.get_origin(hint) or hint


def _hints(kind: type) -> dict[str, Any]:
    return typing.get_type_hints(kind, vars(models))


def record_columns(kind: type, prefix: str = "") -> list[tuple[str, str]]:
    """The flat (name, SQL type) columns of a record type, nested records prefixed."""
    columns = []
    for name, hint in _hints(kind).items():
        base = _base_type(hint)
        if dataclasses.is_dataclass(base):
            columns.extend(record_columns(base, f"{prefix}{name}_"))
        else:
            columns.append((f"{prefix}{name}", SQL_TYPES[base]))
    return columns


def record_values(record: Any, kind: type) -> list[Any]:
    """A record's values in the order of ``record_columns(kind)``."""
    values = []
    for name, hint in _hints(kind).items():
        base = _base_type(hint)
        value = getattr(record, name) if record is not None else None
        if dataclasses.is_dataclass(base):
            values.extend(record_values(value, base))
        elif base is dict:
            values.append(json.dumps(value) if value is not None else None)
        elif base is list:
            values.append(None if value is None else json.dumps([_plain(v) for v in value]))
        else:
            values.append(value)
    return values


def _plain(value: Any) -> Any:
    return dataclasses.asdict(value) if dataclasses.is_dataclass(value) else value


def layer_columns(layer: str) -> list[tuple[str, str]]:
    """All columns of a layer's table, keys first."""
    keys = [("article_id", "VARCHAR"), ("idx", "INTEGER")]
    return keys + record_columns(models.LAYERS[layer]) + EXTRA_COLUMNS.get(layer, [])


def period_start(value: str | None) -> date | None:
    """The first day of an ISO 8601 date, week, month or year value."""
    if not value:
        return None
    try:
        if "-W" in value:
            year, week = value.split("-W")
            return date.fromisocalendar(int(year), int(week), 1)
        parts = [int(p) for p in value.split("-")]
        return date(parts[0], *(parts[1:] + [1, 1])[:2])
    except ValueError:
        return None


def extra_values(layer: str, record: Any) -> list[Any]:
    """Values of the layer's derived columns for one record."""
    if layer == "events":
        return [period_start(record.date)]
    return []


def quote(name: str) -> str:
    """A column name quoted for SQL (``start`` and ``end`` are keywords)."""
    return '"' + name.replace('"', '""') + '"'


@lru_cache(maxsize=1)
def tables() -> dict[str, list[tuple[str, str]]]:
    """Every table of the store and its columns."""
    out = {"articles": ARTICLE_COLUMNS, "sources": SOURCE_COLUMNS}
    out.update({layer: layer_columns(layer) for layer in models.LAYERS})
    return out
