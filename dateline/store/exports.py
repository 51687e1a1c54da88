"""Exports of the store's tables to CSV, Parquet and JSON Lines files."""

from __future__ import annotations

from pathlib import Path

from dateline.store.database import Store
from dateline.store.incident_rows import incident_filter
from dateline.store.queries import EventFilter
from dateline.store.schema import quote, tables

TABLE_FORMATS = {"csv": "FORMAT CSV, HEADER", "parquet": "FORMAT PARQUET", "jsonl": "FORMAT JSON"}
EXPORTABLE = (
    "events",
    "incidents",
    "places",
    "quotes",
    "actors",
    "times",
    "entities",
    "articles",
    "sources",
)


def export_table(
    store: Store, table: str, fmt: str, out: Path, where: EventFilter | None = None
) -> int:
    """Write one table (events optionally filtered) to ``out``; returns the number of rows."""
    if table not in EXPORTABLE:
        raise ValueError(f"unknown table {table!r}; choose from {', '.join(EXPORTABLE)}")
    if fmt not in TABLE_FORMATS:
        raise ValueError(f"unknown format {fmt!r}; choose from {', '.join(TABLE_FORMATS)}")
    skip = ("result", "date_start", "component") if table == "incidents" else ("result",)
    columns = ", ".join(quote(name) for name, _ in tables()[table] if name not in skip)
    condition, params = (where or EventFilter()).where() if table == "events" else ("TRUE", [])
    if table == "incidents":
        condition, params = incident_filter(where)
    order = {"articles": "1", "sources": "1", "incidents": "id"}.get(table, "article_id, idx")
    select = f"SELECT {columns} FROM {table} WHERE {condition} ORDER BY {order}"
    count = store.con.execute(f"SELECT count(*) FROM ({select})", params).fetchone()[0]
    target = str(out).replace("'", "''")
    store.con.execute(f"COPY ({select}) TO '{target}' ({TABLE_FORMATS[fmt]})", params)
    return count


def export_incidents(store: Store, table: str, fmt: str, out: Path, lead: bool = False) -> int:
    """Incidents as any table format, ACLED (one row per incident) or GeoJSON, and events
    as GeoJSON; returns the number of rows or features written."""
    from dateline.events.salience import LEAD
    from dateline.incidents.files import write_acled, write_geojson
    from dateline.store.incident_rows import incident_rows, records
    from dateline.store.queries import events

    where = EventFilter(min_salience=LEAD if lead else None)
    if fmt == "geojson":
        if table not in ("events", "incidents"):
            raise ValueError("geojson holds events or incidents only")
        rows = (
            events(store, where, limit=None)
            if table == "events"
            else incident_rows(store, where, limit=None)
        )
        return write_geojson(rows, out)
    if fmt == "acled":
        return write_acled(records(store, where), out)
    if fmt == "plover":
        raise ValueError("plover holds events only; use --table events")
    return export_table(store, table, fmt, out, where)
