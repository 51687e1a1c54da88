"""Exports of the store's tables to CSV, Parquet and JSON Lines files."""

from __future__ import annotations

from pathlib import Path

from dateline.store.database import Store
from dateline.store.queries import EventFilter
from dateline.store.schema import quote, tables

TABLE_FORMATS = {"csv": "FORMAT CSV, HEADER", "parquet": "FORMAT PARQUET", "jsonl": "FORMAT JSON"}
EXPORTABLE = ("events", "places", "quotes", "actors", "times", "entities", "articles", "sources")


def export_table(
    store: Store, table: str, fmt: str, out: Path, where: EventFilter | None = None
) -> int:
    """Write one table (events optionally filtered) to ``out``; returns the number of rows."""
    if table not in EXPORTABLE:
        raise ValueError(f"unknown table {table!r}; choose from {', '.join(EXPORTABLE)}")
    if fmt not in TABLE_FORMATS:
        raise ValueError(f"unknown format {fmt!r}; choose from {', '.join(TABLE_FORMATS)}")
    columns = ", ".join(quote(name) for name, _ in tables()[table] if name != "result")
    condition, params = (where or EventFilter()).where() if table == "events" else ("TRUE", [])
    order = "1" if table in ("articles", "sources") else "article_id, idx"
    select = f"SELECT {columns} FROM {table} WHERE {condition} ORDER BY {order}"
    count = store.con.execute(f"SELECT count(*) FROM ({select})", params).fetchone()[0]
    target = str(out).replace("'", "''")
    store.con.execute(f"COPY ({select}) TO '{target}' ({TABLE_FORMATS[fmt]})", params)
    return count
