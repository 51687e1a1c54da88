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
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import date
from functools import cache, lru_cache
from typing import Any

from dateline import models
from dateline.events.salience import LEAD
from dateline.incidents.reports import interval, told_family

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
# ``fusion_family`` is the family fusion compares the event in (``Report.family``: its
# type's, or the one its words tell), kept so that the candidate search reads no text; a
# re-fusion rewrites it under the rules of the day. Opening a store written before it
# existed fills it for the events no ``told_as`` family may claim (``told.fill_untold``);
# the rest have none (the search then takes every type the family may hold). ``people``
# holds the person ids the article names with an age, for its salient events
# (``incidents.named.by_event``), which fusion ties reports by; events stored before it
# existed have none.
EXTRA_COLUMNS: dict[str, list[tuple[str, str]]] = {
    "events": [
        ("date_start", "DATE"),
        ("incident_id", "VARCHAR"),
        ("date_end", "DATE"),
        ("fusion_family", "VARCHAR"),
        ("people", "VARCHAR[]"),
    ]
}
# Words fusion looks a far place up by (``store.named``): the capitalised words each
# salient event tells (``Report.heading``, as ``named.word_key``) and each stored place
# name's telling words, written with the articles.
WORD_COLUMNS: dict[str, list[tuple[str, str]]] = {
    "salient_words": [("article_id", "VARCHAR"), ("idx", "BIGINT"), ("word", "BIGINT")],
    "place_words": [("name", "VARCHAR"), ("word", "VARCHAR")],
}
# A user's decision on incidents: merge or split two groups of events, each a JSON list
# of [article_id, idx] pairs; fusion applies every decision at each later ingest.
DECISION_COLUMNS: list[tuple[str, str]] = [
    ("made_at", "TIMESTAMP"),
    ("kind", "VARCHAR"),
    ("first", "JSON"),
    ("second", "JSON"),
]


def _base_type(hint: Any) -> Any:
    """``X`` for ``X | None`` and for generic aliases such as ``dict[str, float]``."""
    if isinstance(hint, types.UnionType) or typing.get_origin(hint) is typing.Union:
        hint = next(arg for arg in typing.get_args(hint) if arg is not type(None))
    return typing.get_origin(hint) or hint


@cache
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


@cache
def _plan(kind: type) -> tuple[tuple[str, str, Any], ...]:
    """How each field of a record type is stored: ``record`` (flattened), ``dict``,
    ``list`` (JSON) or ``plain``, with the nested type of a record."""
    plan = []
    for name, hint in _hints(kind).items():
        base = _base_type(hint)
        if dataclasses.is_dataclass(base):
            plan.append((name, "record", base))
        elif base in (dict, list):
            plan.append((name, base.__name__, None))
        else:
            plan.append((name, "plain", None))
    return tuple(plan)


def record_values(record: Any, kind: type) -> list[Any]:
    """A record's values in the order of ``record_columns(kind)``."""
    values = []
    for name, how, base in _plan(kind):
        value = getattr(record, name) if record is not None else None
        if how == "plain":
            values.append(value)
        elif how == "record":
            values.extend(record_values(value, base))
        elif how == "dict":
            values.append(json.dumps(value) if value is not None else None)
        else:
            values.append(None if value is None else json.dumps([_plain(v) for v in value]))
    return values


@cache
def _slots(kind: type, prefix: str) -> tuple[tuple[tuple[str, str], ...], dict[str, Any]]:
    """The (field, column) pairs of a nested record and the empty value of each required
    field."""
    pairs = tuple((n, f"{prefix}{n}") for n in kind.__slots__)
    empty = {
        spec.name: _base_type(_hints(kind)[spec.name])()
        for spec in dataclasses.fields(kind)
        if spec.default is dataclasses.MISSING and spec.default_factory is dataclasses.MISSING
    }
    return pairs, empty


def nested(row: dict[str, Any], kind: type, prefix: str) -> Any:
    """The record of type ``kind`` flattened into ``row``'s ``prefix`` columns (None when
    they are all empty): the inverse of ``record_values`` for a nested record. A required
    field left empty (a row written by other tools) takes its type's empty value."""
    pairs, empty = _slots(kind, prefix)
    out = {n: v for n, column in pairs if (v := row.get(column)) is not None}
    if not out:
        return None
    for name, value in empty.items():
        out.setdefault(name, value)
    return kind(**out)


def _plain(value: Any) -> Any:
    if not dataclasses.is_dataclass(value):
        return value
    if _flat(type(value)):
        return {name: getattr(value, name) for name in type(value).__slots__}
    return dataclasses.asdict(value)


@cache
def _flat(kind: type) -> bool:
    """Whether a record type's fields are all plain values (``asdict`` then needs no
    recursion)."""
    return hasattr(kind, "__slots__") and all(how == "plain" for _, how, _ in _plan(kind))


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


def extra_values(
    layer: str, record: Any, title: str | None, people: list[str] | None = None
) -> list[Any]:
    """Values of the layer's derived columns for one record of an article titled
    ``title`` (``people``: an event's, ``incidents.named.by_event``)."""
    if layer == "events":
        span = interval(record.date, record.date_precision)
        salient = record.salience >= LEAD
        family = told_family(record.type, title, record.sentence, salient)
        return [period_start(record.date), None, span[1] if span else None, family, people]
    return []


def quote(name: str) -> str:
    """A column name quoted for SQL (``start`` and ``end`` are keywords)."""
    return '"' + name.replace('"', '""') + '"'


def literals(values: list[str]) -> str:
    """String values as SQL literals, comma-separated."""
    return ", ".join("'" + v.replace("'", "''") + "'" for v in values)


@contextmanager
def registered(con: Any, **views: Any) -> Iterator[None]:
    """Arrow tables visible to ``con``'s SQL under these names for the block only."""
    for name, table in views.items():
        con.register(name, table)
    try:
        yield
    finally:
        for name in views:
            con.unregister(name)


def columns_sql(table: str) -> str:
    """The column definitions of one of the store's tables, for ``CREATE TABLE``."""
    return ", ".join(f"{quote(name)} {kind}" for name, kind in tables()[table])


@lru_cache(maxsize=1)
def tables() -> dict[str, list[tuple[str, str]]]:
    """Every table of the store and its columns."""
    out = {"articles": ARTICLE_COLUMNS, "sources": SOURCE_COLUMNS}
    out.update({layer: layer_columns(layer) for layer in models.LAYERS})
    out["incidents"] = record_columns(models.Incident) + [
        ("date_start", "DATE"),
        ("component", "VARCHAR"),
    ]
    out["decisions"] = DECISION_COLUMNS
    out.update(WORD_COLUMNS)
    return out
