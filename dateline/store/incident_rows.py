"""Queries over the store's incidents: filtered rows and whole ``Incident`` records."""

from __future__ import annotations

import json
from collections.abc import Iterator
from typing import Any

from dateline.models import Actor, Incident, Member, Place
from dateline.store.database import Store
from dateline.store.queries import EventFilter
from dateline.store.schema import nested

JSON_COLUMNS = ("quantities", "sources", "members")


def incident_filter(where: EventFilter | None) -> tuple[str, list[Any]]:
    """Incidents with at least one member event that matches the events filter."""
    condition, params = (where or EventFilter()).where()
    return f"id IN (SELECT incident_id FROM events WHERE {condition})", params


def incident_rows(
    store: Store, where: EventFilter | None = None, limit: int | None = 1000, offset: int = 0
) -> list[dict[str, Any]]:
    """Incidents matching the filter (on any member event), most reported first, as flat
    rows with their JSON columns decoded; ``offset`` skips that many."""
    condition, params = incident_filter(where)
    sql = (
        f"SELECT * EXCLUDE (date_start, component) FROM incidents WHERE {condition} "
        "ORDER BY articles DESC, date_start DESC NULLS LAST, id"
    )
    if limit is not None:
        sql += f" LIMIT {int(limit)}"
    if offset:
        sql += f" OFFSET {int(offset)}"
    return _decoded(store.con.execute(sql, params))


def incident_count(store: Store, where: EventFilter | None = None) -> int:
    """How many incidents match the filter."""
    condition, params = incident_filter(where)
    return store.con.execute(
        f"SELECT count(*) FROM incidents WHERE {condition}", params
    ).fetchone()[0]


def incident_row(store: Store, incident_id: str) -> dict[str, Any] | None:
    """One incident as a flat row, or None."""
    sql = "SELECT * EXCLUDE (date_start, component) FROM incidents WHERE id = ?"
    rows = _decoded(store.con.execute(sql, [incident_id]))
    return rows[0] if rows else None


def _decoded(cursor: Any) -> list[dict[str, Any]]:
    names = [d[0] for d in cursor.description]
    rows = []
    for values in cursor.fetchall():
        row = dict(zip(names, values, strict=True))
        for name in JSON_COLUMNS:
            if isinstance(row.get(name), str):
                row[name] = json.loads(row[name])
        rows.append(row)
    return rows


def record(row: dict[str, Any]) -> Incident:
    """The ``Incident`` of a row from ``incident_rows``."""
    return Incident(
        id=row["id"],
        type=row["type"],
        mode=row.get("mode"),
        actor=nested(row, Actor, "actor_"),
        recipient=nested(row, Actor, "recipient_"),
        place=nested(row, Place, "place_"),
        date=row.get("date"),
        date_precision=row.get("date_precision"),
        quantities=row.get("quantities") or {},
        articles=row.get("articles") or 0,
        sources=row.get("sources") or [],
        first_seen=row.get("first_seen"),
        last_seen=row.get("last_seen"),
        confidence=row.get("confidence") or 0.0,
        members=[Member(**m) for m in row.get("members") or []],
    )


def records(store: Store, where: EventFilter | None = None) -> Iterator[Incident]:
    """Every incident matching the filter as a record."""
    for row in incident_rows(store, where, limit=None):
        yield record(row)
