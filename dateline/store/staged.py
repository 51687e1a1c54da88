"""The rows a re-fusion stages: each closed cluster's incident row (a one-event incident
built straight from its report) and the memberships of incidents of several events,
gathered into Arrow tables of the staging tables' columns."""

from __future__ import annotations

import dataclasses
import json
import operator
from functools import cache
from typing import Any

import pyarrow as pa

from dateline.incidents.cluster import Cluster
from dateline.incidents.config import rules
from dateline.incidents.reconcile import incident_id, reconcile
from dateline.incidents.reports import Report
from dateline.models import PRECISIONS, Actor, Incident, Place
from dateline.store.schema import period_start, record_values, tables

ARROW_TYPES = {
    "VARCHAR": pa.string(),
    "JSON": pa.string(),
    "DOUBLE": pa.float64(),
    "BIGINT": pa.int64(),
    "BOOLEAN": pa.bool_(),
    "DATE": pa.date32(),
}
MEMBERS = pa.schema(
    [("article_id", pa.string()), ("idx", pa.int32()), ("incident_id", pa.string())]
)
# The events whose words tell another family than their type's (``Report.family``).
FAMILIES = pa.schema(
    [("article_id", pa.string()), ("idx", pa.int32()), ("fusion_family", pa.string())]
)


class _Flat:
    """A record's fields in declaration order (all None for no record)."""

    def __init__(self, kind: type) -> None:
        names = [f.name for f in dataclasses.fields(kind)]
        self.get = operator.attrgetter(*names)
        self.empty = (None,) * len(names)

    def __call__(self, record: Any) -> tuple[Any, ...]:
        return self.empty if record is None else self.get(record)


ACTOR = _Flat(Actor)
PLACE = _Flat(Place)


def single(report: Report, component: str | None = None) -> list[Any]:
    """The staged row of a one-event incident, built straight from its report: the row
    ``reconcile`` and ``record_values`` give it (most incidents have one event), without
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
        *ACTOR(report.actor),
        *ACTOR(report.recipient),
        *PLACE(report.place),
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
        component,
    ]


@cache
def _incident_schema() -> pa.Schema:
    return pa.schema([(name, ARROW_TYPES[kind]) for name, kind in tables()["incidents"]])


def incident_table(rows: list[list[Any]]) -> pa.Table:
    """Incident rows, in the columns of ``schema.tables()``, as an Arrow table that DuckDB
    inserts at once (a statement of many bound values is planned slowly)."""
    schema = _incident_schema()
    columns = zip(*rows, strict=True) if rows else [[]] * len(schema)
    arrays = [pa.array(v, f.type) for v, f in zip(columns, schema, strict=True)]
    return pa.table(arrays, schema=schema)


def incident_row(incident: Incident, component: str | None) -> list[Any]:
    """The stored row of a reconciled incident, recording the component it lies in."""
    return [*record_values(incident, Incident), period_start(incident.date), component]


class Staged:
    """Incident rows and memberships of closed clusters, and the events whose words tell
    another family than their type's, taken as Arrow tables."""

    def __init__(self) -> None:
        self.incidents: list[list[Any]] = []
        self.members: list[tuple[str, int, str]] = []
        self.told: list[tuple[str, int, str]] = []

    def __len__(self) -> int:
        return len(self.incidents)

    def read(self, report: Report) -> None:
        """Note the family a report compares in when its words, not its type, tell it."""
        if report.family != rules().family_of(report.type):
            self.told.append((*report.key, report.family))

    def add(self, group: Cluster, component: str | None = None) -> None:
        """Stage a cluster's incident, recording the component it lies in."""
        if len(group.reports) == 1:
            self.incidents.append(single(group.reports[0], component))
            return
        incident = reconcile(group)
        self.incidents.append(incident_row(incident, component))
        self.members.extend((m.article_id, m.event, incident.id) for m in incident.members)

    def take(self) -> tuple[pa.Table, pa.Table, pa.Table]:
        """The rows gathered so far (incidents, memberships, told families); empties the
        buffers."""
        incidents = incident_table(self.incidents)
        members = pa.table(_columns(self.members), schema=MEMBERS)
        told = pa.table(_columns(self.told), schema=FAMILIES)
        self.incidents, self.members, self.told = [], [], []
        return incidents, members, told


def _columns(rows: list[tuple[str, int, str]]) -> list[list[Any]]:
    return [list(c) for c in zip(*rows, strict=True)] or [[], [], []]
