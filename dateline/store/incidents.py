"""The store's incidents, kept up to date inside each ingest's transaction.

New events are fused with what the store holds by recomputing the closed neighbourhood
they touch: the events linked to them (a score at the link threshold, among the stored
events ``store.nearby`` finds by joins), the events linked to those, and so on, with every
member of the incidents already holding any of them and of the user's merges touching
them. Fusion of such a closed set depends only on its events, so the store's incidents
are the same whatever order the articles came in, and re-running changes nothing.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from datetime import UTC, datetime
from typing import Any

import pyarrow as pa

from dateline.events.salience import LEAD
from dateline.incidents.blocking import candidates
from dateline.incidents.cluster import Decision, cluster
from dateline.incidents.compare import score
from dateline.incidents.config import rules
from dateline.incidents.reconcile import reconcile
from dateline.incidents.reports import Key, Report, build, source_of
from dateline.models import Actor, Incident, Place
from dateline.store.nearby import keys_table, nearby
from dateline.store.schema import nested, period_start, quote, record_values, tables

INSERT_ROWS = 200
EVENT_SELECT = (
    "SELECT e.*, a.title AS a_title, a.published AS a_published, a.source AS a_source, "
    "a.url AS a_url FROM events e JOIN articles a ON a.id = e.article_id"
)


def report(row: dict[str, Any]) -> Report:
    """The report of a stored event (the same as ``from_event`` on its result)."""
    fields = dict(row)
    quantities = row.get("quantities")
    fields["quantities"] = json.loads(quantities) if isinstance(quantities, str) else quantities
    fields["actor"] = nested(row, Actor, "actor_")
    fields["recipient"] = nested(row, Actor, "recipient_")
    fields["place"] = nested(row, Place, "place_")
    fields["source"] = source_of(row["a_source"], row["a_url"])
    fields["url"] = row["a_url"]
    salient = (row.get("salience") or 0.0) >= LEAD
    key = (row["article_id"], int(row["idx"]))
    return build(key, fields, row["a_title"], row["a_published"], salient)


def _rows(con, where: str, params: list[Any]) -> list[dict[str, Any]]:
    cursor = con.execute(f"{EVENT_SELECT} WHERE {where}", params)
    names = [d[0] for d in cursor.description]
    return [dict(zip(names, row, strict=True)) for row in cursor.fetchall()]


def _by_keys(con, keys: Iterable[Key]) -> list[Report]:
    keys = set(keys)
    if not keys:
        return []
    con.register("fusion_keys", keys_table(keys))
    try:
        where = (
            "EXISTS (SELECT 1 FROM fusion_keys k WHERE k.article_id = e.article_id "
            "AND k.idx = e.idx)"
        )
        return [report(row) for row in _rows(con, where, [])]
    finally:
        con.unregister("fusion_keys")


def stored_decisions(con, aftermath: bool = True) -> list[Decision]:
    """The user's merges and splits; with ``aftermath``, also each aftermath event's tie
    to its happening (``Event.about``) as a decision of kind ``aftermath``, which
    clustering leaves to the reports' own ``about`` but a full re-fusion's sweep needs:
    it holds the events of every decision to the end, so an arrest meets its shooting
    however many days apart the two are dated."""
    rows = con.execute("SELECT kind, first, second FROM decisions ORDER BY made_at").fetchall()
    out = [Decision(kind, _keys(first), _keys(second)) for kind, first, second in rows]
    if aftermath:
        ties = con.execute(
            "SELECT article_id, idx, about FROM events WHERE about IS NOT NULL ORDER BY 1, 2"
        ).fetchall()
        out += [Decision("aftermath", ((a, int(i)),), ((a, int(t)),)) for a, i, t in ties]
    return out


def _keys(data: Any) -> tuple[Key, ...]:
    items = json.loads(data) if isinstance(data, str) else data
    return tuple((str(a), int(i)) for a, i in items)


def closure(con, seeds: list[Report], decisions: list[Decision]) -> dict[Key, Report]:
    """The seeds and every stored event linked to them, directly or through others."""
    link = rules().link
    found = {r.key: r for r in seeds}
    frontier = list(seeds)
    while frontier:
        more: set[Key] = set()
        matches = nearby(con, frontier)
        for near in _by_keys(con, [k for k in matches if k not in found]):
            for index in sorted(matches[near.key]):
                strength = score(frontier[index], near)
                if strength is not None and strength >= link:
                    more.add(near.key)
                    break
        keys = set(found) | more
        more |= _co_members(con, [r.key for r in frontier])
        for decision in decisions:
            group = (*decision.first, *decision.second)
            if decision.kind == "merge" and keys.intersection(group):
                more.update(group)
        frontier = [r for r in _by_keys(con, more - set(found))]
        found.update((r.key, r) for r in frontier)
    return found


def _co_members(con, keys: list[Key]) -> set[Key]:
    con.register("fusion_keys", keys_table(keys))
    try:
        rows = con.execute(
            "SELECT article_id, idx FROM events WHERE incident_id IN (SELECT e.incident_id "
            "FROM events e JOIN fusion_keys k ON k.article_id = e.article_id AND k.idx = e.idx "
            "WHERE e.incident_id IS NOT NULL)"
        ).fetchall()
    finally:
        con.unregister("fusion_keys")
    return {(a, int(i)) for a, i in rows}


def refresh(con, seeds: list[Report]) -> int:
    """Recompute the incidents of the closed neighbourhood of ``seeds``; returns how many
    incidents it holds. Runs inside the caller's transaction."""
    if not seeds:
        return 0
    decisions = stored_decisions(con, aftermath=False)
    found = closure(con, seeds, decisions)
    reports = sorted(found.values(), key=lambda r: r.key)
    incidents = [reconcile(c) for c in cluster(reports, candidates(reports), decisions)]
    con.register("fusion_keys", keys_table(found))
    try:
        con.execute(
            "DELETE FROM incidents WHERE id IN (SELECT e.incident_id FROM events e JOIN "
            "fusion_keys k ON k.article_id = e.article_id AND k.idx = e.idx)"
        )
    finally:
        con.unregister("fusion_keys")
    _write(con, incidents)
    return len(incidents)


def _write(con, incidents: list[Incident]) -> None:
    names = [name for name, _ in tables()["incidents"]]
    columns = ", ".join(quote(n) for n in names)
    marks = ", ".join("?" * len(names))
    ids = [i.id for i in incidents]
    con.execute("DELETE FROM incidents WHERE list_contains(?, id)", [ids])
    rows = [[*record_values(i, Incident), period_start(i.date)] for i in incidents]
    for start in range(0, len(rows), INSERT_ROWS):
        chunk = rows[start : start + INSERT_ROWS]
        values = ", ".join(f"({marks})" for _ in chunk)
        con.execute(
            f"INSERT INTO incidents ({columns}) VALUES {values}", [v for r in chunk for v in r]
        )
    members = pa.table(
        {
            "article_id": pa.array([m.article_id for i in incidents for m in i.members]),
            "idx": pa.array([m.event for i in incidents for m in i.members], pa.int32()),
            "incident_id": pa.array([i.id for i in incidents for _ in i.members], pa.string()),
        }
    )
    con.register("fusion_members_new", members)
    try:
        con.execute(
            "UPDATE events SET incident_id = m.incident_id FROM fusion_members_new m "
            "WHERE events.article_id = m.article_id AND events.idx = m.idx"
        )
    finally:
        con.unregister("fusion_members_new")


def attach(con, article_ids: list[str]) -> int:
    """Fuse the events of newly written articles with the store's incidents."""
    where = "e.article_id IN (SELECT unnest(?))"
    return refresh(con, [report(row) for row in _rows(con, where, [article_ids])])


def decide(con, kind: str, first: list[Key], second: list[Key]) -> int:
    """Record a user's merge or split of two groups of events and apply it at once; a
    split also drops earlier merges that joined the two groups."""
    if kind not in ("merge", "split"):
        raise ValueError(f"unknown decision {kind!r}; choose merge or split")
    if not first or not second:
        raise ValueError("a decision needs events on both sides")
    con.begin()
    try:
        if kind == "split":
            _drop_merges(con, set(first), set(second))
        con.execute(
            "INSERT INTO decisions VALUES (?, ?, ?, ?)",
            [datetime.now(UTC), kind, json.dumps(first), json.dumps(second)],
        )
        count = refresh(con, _by_keys(con, [*first, *second]))
        con.commit()
    except BaseException:
        con.rollback()
        raise
    return count


def _drop_merges(con, first: set[Key], second: set[Key]) -> None:
    rows = con.execute("SELECT rowid, first, second FROM decisions WHERE kind = 'merge'")
    for rowid, a, b in rows.fetchall():
        group = set(_keys(a)) | set(_keys(b))
        if group & first and group & second:
            con.execute("DELETE FROM decisions WHERE rowid = ?", [rowid])


def members(con, incident: str) -> list[Key]:
    """The (article id, event index) of each event of a stored incident."""
    rows = con.execute(
        "SELECT article_id, idx FROM events WHERE incident_id = ? ORDER BY 1, 2", [incident]
    ).fetchall()
    return [(a, int(i)) for a, i in rows]
