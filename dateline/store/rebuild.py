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

import dataclasses
import json
from array import array
from collections.abc import Iterator
from datetime import date
from typing import Any

import pyarrow as pa

from dateline.incidents.cluster import Cluster
from dateline.incidents.reconcile import incident_id, reconcile
from dateline.incidents.reports import Report, span
from dateline.incidents.sweep import Sweep
from dateline.models import PRECISIONS, Actor, Incident, Place
from dateline.store.incidents import EVENT_SELECT, ensure_indexes, report, stored_decisions
from dateline.store.schema import period_start, record_values, tables

FETCH = 20_000
FLUSH = 20_000
MEMORY = "1GB"
UNDATED = date.max.toordinal()
# The id of an event's incident when it is alone (``reconcile.incident_id`` of its key);
# the staged memberships list only the events of incidents of several.
SINGLE_ID = "'inc-' || substr(sha256(article_id || ':' || CAST(idx AS VARCHAR)), 1, 16)"
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


def _reports(con) -> Iterator[Report]:
    """Every event's report, in order of first day."""
    reader = con.cursor()
    reader.register("fusion_order", _order(con))
    cursor = reader.execute(
        f"{EVENT_SELECT} JOIN fusion_order o ON o.rid = e.rowid ORDER BY o.first, o.rid"
    )
    for batch in cursor.to_arrow_reader(FETCH):
        for row in batch.to_pylist():
            yield report(row)
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

    def add(self, group: Cluster) -> None:
        if len(group.reports) == 1:
            self.incidents.append(single(group.reports[0]))
        else:
            incident = reconcile(group)
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
        writer.add(group)


def _fields(kind: type) -> tuple[str, ...]:
    return tuple(f.name for f in dataclasses.fields(kind))


ACTOR_FIELDS = _fields(Actor)
PLACE_FIELDS = _fields(Place)


def _flat(record: Any, names: tuple[str, ...]) -> list[Any]:
    if record is None:
        return [None] * len(names)
    return [getattr(record, name) for name in names]


def single(report: Report) -> list[Any]:
    """The staged row of a one-event incident, built straight from its report: the row
    ``reconcile`` and ``record_values`` give for it (the events of most incidents), without
    the votes and the generic serialising."""
    day, precision = (report.date, report.precision)
    if not day or precision not in PRECISIONS:
        day, precision = None, None
    published = report.published or None
    member = {
        "article_id": report.key[0],
        "event": report.key[1],
        "sentence": report.sentence,
        "source": report.source,
        "url": report.url,
        "published": report.published,
    }
    return [
        incident_id([report.key]),
        report.type,
        report.mode,
        *_flat(report.actor, ACTOR_FIELDS),
        *_flat(report.recipient, ACTOR_FIELDS),
        *_flat(report.place, PLACE_FIELDS),
        day,
        precision,
        json.dumps({k: report.quantities[k] for k in sorted(report.quantities)}),
        1,
        json.dumps([report.source] if report.source else []),
        published,
        published,
        round(report.confidence, 3),
        json.dumps([member]),
        period_start(day),
    ]


def rebuild(con) -> int:
    """Recompute every incident of the store, keeping the user's decisions; returns the
    number of incidents. The store's incidents change in one transaction, at the end."""
    _stage(con)
    con.begin()
    try:
        con.execute("DROP INDEX IF EXISTS incidents_id")
        con.execute("DELETE FROM incidents")
        con.execute("INSERT INTO incidents SELECT * FROM fusion_incidents")
        con.execute(f"UPDATE events SET incident_id = {SINGLE_ID}")
        con.execute(
            "UPDATE events SET incident_id = m.incident_id FROM fusion_members m "
            "WHERE events.article_id = m.article_id AND events.idx = m.idx"
        )
        count = con.execute("SELECT count(*) FROM fusion_incidents").fetchone()[0]
        con.execute("DROP TABLE fusion_incidents")
        con.execute("DROP TABLE fusion_members")
        ensure_indexes(con)
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
