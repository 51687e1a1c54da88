"""A full re-fusion of the store: every event's incident recomputed from scratch.

For stores written before incidents existed, or after the fusion rules changed. The
events stream out of the store in order of their first day and go through
``incidents.sweep``, which clusters each group of linked events once no later event can
join it, so memory holds only the open window of days. The user's merges and splits are
applied as at ingest. The new incidents are staged in tables of their own, committed as
they come (so memory stays bounded), and take the place of the old ones in one last
transaction: a store killed at any moment keeps the incidents it had, and the next
rebuild starts its stage afresh.
"""

from __future__ import annotations

from array import array
from collections.abc import Iterator
from datetime import date
from typing import Any

import pyarrow as pa

from dateline.incidents.cluster import Cluster
from dateline.incidents.reconcile import reconcile
from dateline.incidents.reports import span
from dateline.incidents.sweep import Sweep
from dateline.models import Incident
from dateline.store.incidents import EVENT_SELECT, report, stored_decisions
from dateline.store.schema import period_start, record_values, tables

FETCH = 20_000
FLUSH = 20_000
MEMORY = "1GB"
UNDATED = date.max.toordinal()
ARROW_TYPES = {
    "VARCHAR": pa.string(),
    "JSON": pa.string(),
    "DOUBLE": pa.float64(),
    "BIGINT": pa.int64(),
    "BOOLEAN": pa.bool_(),
    "DATE": pa.date32(),
}


def _order(con) -> pa.Table:
    """Each event's rowid and first day (the day fusion gives it; undated ones last)."""
    cursor = con.execute(
        "SELECT e.rowid, e.date, e.date_precision, a.published FROM events e "
        "JOIN articles a ON a.id = e.article_id"
    )
    rowids, firsts = array("q"), array("q")
    known: dict[tuple[Any, Any, Any], int] = {}
    while rows := cursor.fetchmany(FETCH):
        for rowid, value, precision, published in rows:
            key = (value, precision, None if value else published)
            first = known.get(key)
            if first is None:
                days = span(value, precision, published)
                first = known[key] = days[0].toordinal() if days else UNDATED
            rowids.append(rowid)
            firsts.append(first)
    return pa.table({"rid": pa.array(rowids, pa.int64()), "first": pa.array(firsts, pa.int64())})


def _reports(con) -> Iterator[Any]:
    """Every event's report, in order of first day."""
    reader = con.cursor()
    reader.register("fusion_order", _order(con))
    cursor = reader.execute(
        f"{EVENT_SELECT} JOIN fusion_order o ON o.rid = e.rowid ORDER BY o.first, o.rid"
    )
    names = [d[0] for d in cursor.description]
    while rows := cursor.fetchmany(FETCH):
        for row in rows:
            yield report(dict(zip(names, row, strict=True)))
    reader.close()


class _Writer:
    """Incidents and memberships buffered and appended in batches."""

    def __init__(self, con) -> None:
        self.con = con
        columns = tables()["incidents"]
        self.schema = pa.schema([(name, ARROW_TYPES[kind]) for name, kind in columns])
        self.incidents: list[list[Any]] = []
        self.members: list[tuple[str, int, str]] = []
        self.count = 0
        con.execute("CREATE OR REPLACE TABLE fusion_incidents AS FROM incidents LIMIT 0")
        con.execute(
            "CREATE OR REPLACE TABLE fusion_members "
            "(article_id VARCHAR, idx INTEGER, incident_id VARCHAR)"
        )

    def add(self, incident: Incident) -> None:
        self.incidents.append([*record_values(incident, Incident), period_start(incident.date)])
        self.members.extend((m.article_id, m.event, incident.id) for m in incident.members)
        self.count += 1
        if len(self.incidents) >= FLUSH:
            self.flush()

    def flush(self) -> None:
        if not self.incidents:
            return
        columns = zip(*self.incidents, strict=True)
        arrays = [pa.array(v, f.type) for v, f in zip(columns, self.schema, strict=True)]
        batch = pa.table(arrays, schema=self.schema)
        members = pa.table(
            {
                "article_id": pa.array([m[0] for m in self.members], pa.string()),
                "idx": pa.array([m[1] for m in self.members], pa.int32()),
                "incident_id": pa.array([m[2] for m in self.members], pa.string()),
            }
        )
        self.con.register("fusion_batch", batch)
        self.con.execute("INSERT INTO fusion_incidents SELECT * FROM fusion_batch")
        self.con.unregister("fusion_batch")
        self.con.register("fusion_batch", members)
        self.con.execute("INSERT INTO fusion_members SELECT * FROM fusion_batch")
        self.con.unregister("fusion_batch")
        self.incidents, self.members = [], []


def _write(writer: _Writer, clusters: Iterator[Cluster]) -> None:
    for group in clusters:
        writer.add(reconcile(group))


def rebuild(con) -> int:
    """Recompute every incident of the store, keeping the user's decisions; returns the
    number of incidents. The store's incidents change in one transaction, at the end."""
    _stage(con)
    con.begin()
    try:
        con.execute("DELETE FROM incidents")
        con.execute("INSERT INTO incidents SELECT * FROM fusion_incidents")
        con.execute(
            "UPDATE events SET incident_id = m.incident_id FROM fusion_members m "
            "WHERE events.article_id = m.article_id AND events.idx = m.idx"
        )
        count = con.execute("SELECT count(*) FROM fusion_incidents").fetchone()[0]
        con.execute("DROP TABLE fusion_incidents")
        con.execute("DROP TABLE fusion_members")
        con.commit()
    except BaseException:
        con.rollback()
        raise
    return count


def _stage(con) -> None:
    """Sweep every event into the staged tables, DuckDB's memory capped at ``MEMORY``
    meanwhile (the swap that follows updates every event and needs the usual limit)."""
    limit = con.execute("SELECT current_setting('memory_limit')").fetchone()[0]
    con.execute(f"SET memory_limit = '{MEMORY}'")
    try:
        sweep = Sweep(stored_decisions(con))
        writer = _Writer(con)
        for item in _reports(con):
            _write(writer, sweep.add(item))
        _write(writer, sweep.finish())
        writer.flush()
    finally:
        con.execute(f"SET memory_limit = '{limit}'")
