"""The store's incidents, kept up to date inside each ingest's transaction.

New events are fused with what the store holds by recomputing the closed neighbourhood
they touch: the events linked to them (a score at the link threshold, among the stored
events ``store.nearby`` finds by joins, and those a person tie joins: ``incidents.ties``,
found by their person ids), the events linked to those, and so on, with every
member of the incidents already holding any of them and of the user's merges touching
them. Fusion of such a closed set depends only on its events, so the store's incidents
are the same whatever order the articles came in, and re-running changes nothing.
"""

from __future__ import annotations

import dataclasses
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
from dateline.incidents.ties import persons, tied, ties
from dateline.models import Actor, Incident, Place
from dateline.store.components import Parts, recorded
from dateline.store.components import members as component_members
from dateline.store.nearby import nearby
from dateline.store.schema import _slots, quote, registered
from dateline.store.staged import incident_row, incident_table

INDEXES = {
    "events_article": "events (article_id)",
    "incidents_id": "incidents (id)",
    "events_actor_id": "events (actor_actor_id)",
    "events_recipient_id": "events (recipient_actor_id)",
    "salient_words_word": "salient_words (word)",
    "place_words_word": "place_words (word)",
}
# The columns of an event that ``report`` reads, beside its nested records'.
REPORT_FIELDS = (
    "article_id", "idx", "type", "mode", "status", "date", "date_precision", "sentence",
    "quantities", "salience", "confidence", "about", "evidence", "people",
)  # fmt: skip


class _Nested:
    """``schema.nested`` for one record type and prefix, with the columns and each field's
    value when its column is empty worked out once (a rebuild makes millions)."""

    def __init__(self, kind: type, prefix: str) -> None:
        self.kind = kind
        self.columns = [f"{prefix}{name}" for name in kind.__slots__]
        self.empty = (None,) * len(self.columns)
        required = _slots(kind, prefix)[1]
        fill = [required.get(spec.name, _default(spec)) for spec in dataclasses.fields(kind)]
        self.fill = [(n, value) for n, value in enumerate(fill) if value is not None]

    def __call__(self, row: dict[str, Any]) -> Any:
        values = tuple(map(row.get, self.columns))
        if values == self.empty:
            return None
        if any(values[n] is None for n, _ in self.fill):
            values = list(values)
            for n, value in self.fill:
                if values[n] is None:
                    values[n] = value
        return self.kind(*values)


def _default(spec: dataclasses.Field) -> Any:
    return None if spec.default is dataclasses.MISSING else spec.default


NESTED = {"actor": _Nested(Actor, "actor_"), "recipient": _Nested(Actor, "recipient_")}
NESTED["place"] = _Nested(Place, "place_")
# Every event with its article's fields, as ``report`` reads them; ``{extra}`` takes more
# columns first.
_READ = (*REPORT_FIELDS, *(column for nested in NESTED.values() for column in nested.columns))
EVENT_SELECT = (
    "SELECT {extra}"
    + ", ".join(f"e.{quote(column)}" for column in _READ)
    + ", a.title AS a_title, a.published AS a_published, a.source AS a_source, "
    "a.url AS a_url FROM events e JOIN articles a ON a.id = e.article_id"
)


def report(row: dict[str, Any]) -> Report:
    """The report of a stored event (the same as ``from_event`` on its result)."""
    fields = dict(row)
    quantities = row.get("quantities")
    fields["quantities"] = json.loads(quantities) if isinstance(quantities, str) else quantities
    for name, make in NESTED.items():
        fields[name] = make(row)
    fields["source"] = source_of(row["a_source"], row["a_url"])
    fields["url"] = row["a_url"]
    salient = (row.get("salience") or 0.0) >= LEAD
    key = (row["article_id"], int(row["idx"]))
    return build(key, fields, row["a_title"], row["a_published"], salient)


def _rows(
    con,
    articles: Iterable[str],
    where: str = "TRUE",
    params: list[Any] = (),
    extra: str = "",
) -> list[dict[str, Any]]:
    """The stored events of these articles (matching ``where`` with ``params``), each with
    its article's fields; both tables are read through their indexes (``ensure_indexes``;
    ``list_contains`` keeps DuckDB on the index for any number of keys)."""
    articles = sorted(set(articles))
    if not articles:
        return []
    cursor = con.execute(
        f"SELECT {extra}* FROM events e WHERE list_contains(?, e.article_id) AND {where}",
        [articles, *params],
    )
    names = [d[0] for d in cursor.description]
    rows = [dict(zip(names, row, strict=True)) for row in cursor.fetchall()]
    _add_articles(con, rows)
    return rows


def _by_rowid(con, rowids: Iterable[int]) -> dict[int, dict[str, Any]]:
    """Stored events by rowid (as ``nearby`` finds them), with their articles' fields: the
    rowids name their articles, whose events are read through the index."""
    wanted = sorted(rowids)
    articles = con.execute(
        "SELECT DISTINCT article_id FROM events WHERE rowid = ANY(?)", [wanted]
    ).fetchall()
    rows = _rows(
        con, [a for (a,) in articles], "rowid = ANY(?)", [wanted], "rowid AS fusion_rowid, "
    )
    return {row["fusion_rowid"]: row for row in rows}


def _add_articles(con, rows: list[dict[str, Any]]) -> None:
    found = sorted({row["article_id"] for row in rows})
    told = con.execute(
        "SELECT id, title, published, source, url FROM articles WHERE list_contains(?, id)",
        [found],
    ).fetchall()
    meta = {article: rest for article, *rest in told}
    for row in rows:
        title, published, source, url = meta.get(row["article_id"], (None,) * 4)
        row.update(a_title=title, a_published=published, a_source=source, a_url=url)


def _stored(con, keys: Iterable[Key]) -> list[dict[str, Any]]:
    keys = set(keys)
    return [r for r in _rows(con, {a for a, _ in keys}) if (r["article_id"], r["idx"]) in keys]


def _by_keys(con, keys: Iterable[Key]) -> list[Report]:
    return [report(row) for row in _stored(con, keys)]


def ensure_indexes(con) -> None:
    """The indexes fusion reads the store by (events by article, incidents by id, events
    by the actor's and the recipient's id for person ties), so that an ingest's reads
    do not grow with the store; built once, in the caller's transaction. Those present are
    looked up first: DuckDB's ``CREATE INDEX IF NOT EXISTS`` in a transaction that has
    written events costs half a second on a store of millions."""
    present = {
        name
        for (name,) in con.execute(
            "SELECT index_name FROM duckdb_indexes() WHERE database_name = current_database()"
        ).fetchall()
    }
    for name, target in INDEXES.items():
        if name not in present:
            con.execute(f"CREATE INDEX {name} ON {target}")


def stored_decisions(con, aftermath: bool = True) -> list[Decision]:
    """The user's merges and splits; with ``aftermath``, also each aftermath event's tie
    to its happening (``Event.about``) as a decision of kind ``aftermath`` and each
    person tie (``incidents.ties``) as one of kind ``tie``, which clustering finds from
    the reports themselves but a full re-fusion's sweep needs: it holds the events of
    every decision to the end, so an arrest meets its shooting however many days apart
    the two are dated."""
    rows = con.execute("SELECT kind, first, second FROM decisions ORDER BY made_at").fetchall()
    out = [Decision(kind, _keys(first), _keys(second)) for kind, first, second in rows]
    if aftermath:
        after = con.execute(
            "SELECT article_id, idx, about FROM events WHERE about IS NOT NULL ORDER BY 1, 2"
        ).fetchall()
        out += [Decision("aftermath", ((a, int(i)),), ((a, int(t)),)) for a, i, t in after]
        named = [report(row) for row in _by_rowid(con, _shared_persons(con)).values()]
        out += [Decision("tie", (a,), (b,)) for a, b in ties(named)]
    return out


# The rowids of the stored events whose actor or recipient is a person (``ties.is_person``),
# or that name one with an age (``people``), some other stored event also names.
_SHARED_PERSONS = """
    WITH p AS (
        SELECT rowid AS rid, actor_actor_id AS person FROM events
        WHERE actor_actor_id LIKE 'person:%-%'
        UNION ALL
        SELECT rowid, recipient_actor_id FROM events WHERE recipient_actor_id LIKE 'person:%-%'
        UNION ALL
        SELECT rowid, unnest(people) FROM events WHERE len(people) > 0
    )
    SELECT DISTINCT rid FROM p
    WHERE person IN (SELECT person FROM p GROUP BY person HAVING count(DISTINCT rid) > 1)
"""


def _shared_persons(con) -> list[int]:
    return [rowid for (rowid,) in con.execute(_SHARED_PERSONS).fetchall()]


def _tied(con, reports: list[Report]) -> list[Report]:
    """The stored events naming a person any of ``reports`` names (those a person tie
    may join to them)."""
    people = sorted(set().union(*(persons(r) for r in reports)))
    if not people:
        return []
    found = con.execute(
        "SELECT rowid FROM events WHERE list_contains($p, actor_actor_id) UNION "
        "SELECT rowid FROM events WHERE list_contains($p, recipient_actor_id) UNION "
        "SELECT rowid FROM events WHERE len(people) > 0 AND list_has_any(people, $p)",
        {"p": people},
    ).fetchall()
    return [report(row) for row in _by_rowid(con, [r for (r,) in found]).values()]


def _keys(data: Any) -> tuple[Key, ...]:
    items = json.loads(data) if isinstance(data, str) else data
    return tuple((str(a), int(i)) for a, i in items)


def closure(con, seeds: list[Report], decisions: list[Decision]) -> tuple[dict[Key, Report], Parts]:
    """The seeds and every stored event linked or tied (``incidents.ties``) to them,
    directly or through others, and
    the parts they fall into (``store.components``). The store is searched for the links
    of the seeds and of events whose incident recorded no component; an incident that did
    brings its whole component in."""
    link = rules().link
    parts = Parts()
    found = {r.key: r for r in seeds}
    for a, b in candidates(seeds):
        strength = score(a, b)
        if strength is not None and strength >= link:
            parts.join((a.key, b.key))
    frontier = list(seeds)
    while frontier:
        more: set[Key] = set()
        matches = nearby(con, frontier)
        for rowid, row in _by_rowid(con, matches).items():
            near = report(row)
            for index in sorted(matches[rowid]):
                strength = score(frontier[index], near)
                if strength is not None and strength >= link:
                    parts.join((frontier[index].key, near.key))
                    more.add(near.key)
        for near in _tied(con, frontier):
            for mine in frontier:
                if tied(mine, near):
                    parts.join((mine.key, near.key))
                    more.add(near.key)
        keys = set(found) | more
        for incident in _co_members(con, [r.key for r in frontier]).values():
            parts.join(incident)
            more.update(incident)
        for decision in decisions:
            group = (*decision.first, *decision.second)
            if decision.kind == "merge" and keys.intersection(group):
                more.update(group)
        rows = _stored(con, more - set(found))
        whole = _whole(con, rows, parts)
        rows += _stored(con, set(whole) - set(found) - {(r["article_id"], r["idx"]) for r in rows})
        frontier = []
        for row in rows:
            near = report(row)
            found[near.key] = near
            if near.key not in whole:
                frontier.append(near)
    for decision in decisions:
        if decision.kind == "merge":
            parts.join(k for k in (*decision.first, *decision.second) if k in found)
    for r in found.values():
        if r.about in found:
            parts.join((r.key, r.about))
    for pair in ties(found.values()):
        parts.join(pair)
    return found, parts


def _whole(con, rows: list[dict[str, Any]], parts: Parts) -> set[Key]:
    """Every event of the recorded components of these rows' incidents (each component
    joined as one part: its links are not searched again)."""
    named = recorded(con, {r["incident_id"] for r in rows if r["incident_id"] is not None})
    out: set[Key] = set()
    for events in component_members(con, set(named.values())).values():
        parts.join(events)
        out.update(events)
    return out


def _co_members(con, keys: list[Key]) -> dict[str, list[Key]]:
    """The members of each stored incident holding any of ``keys``."""
    ids = _incident_ids(con, keys)
    rows = con.execute(
        "SELECT id, members FROM incidents WHERE list_contains(?, id)", [sorted(ids)]
    ).fetchall()
    return {
        incident: [(m["article_id"], int(m["event"])) for m in json.loads(data)]
        for incident, data in rows
    }


def _incident_ids(con, keys: Iterable[Key]) -> set[str]:
    return {r["incident_id"] for r in _stored(con, keys) if r["incident_id"] is not None}


def refresh(con, seeds: list[Report]) -> int:
    """Recompute the incidents of the closed neighbourhood of ``seeds``; returns how many
    incidents it holds. Runs inside the caller's transaction."""
    if not seeds:
        return 0
    decisions = stored_decisions(con, aftermath=False)
    found, parts = closure(con, seeds, decisions)
    reports = sorted(found.values(), key=lambda r: r.key)
    incidents = [reconcile(c) for c in cluster(reports, candidates(reports), decisions)]
    for incident in incidents:
        parts.join((m.article_id, m.event) for m in incident.members)
    stale = sorted(_incident_ids(con, found))
    con.execute("DELETE FROM incidents WHERE list_contains(?, id)", [stale])
    _write(con, incidents, parts)
    return len(incidents)


def _write(con, incidents: list[Incident], parts: Parts) -> None:
    ids = [i.id for i in incidents]
    con.execute("DELETE FROM incidents WHERE list_contains(?, id)", [ids])
    rows = [incident_row(i, parts.name(_first(i))) for i in incidents]
    with registered(con, fusion_incidents_new=incident_table(rows)):
        con.execute("INSERT INTO incidents BY NAME SELECT * FROM fusion_incidents_new")
    of = {(m.article_id, m.event): i.id for i in incidents for m in i.members}
    found = con.execute(
        "SELECT rowid, article_id, idx FROM events WHERE list_contains(?, article_id)",
        [sorted({article for article, _ in of})],
    ).fetchall()
    rows = [(rowid, of[(a, int(i))]) for rowid, a, i in found if (a, int(i)) in of]
    members = pa.table(
        {
            "rid": pa.array([r for r, _ in rows], pa.int64()),
            "incident_id": pa.array([i for _, i in rows], pa.string()),
        }
    )
    with registered(con, fusion_members_new=members):
        con.execute(
            "UPDATE events SET incident_id = m.incident_id FROM fusion_members_new m "
            "WHERE events.rowid = m.rid"
        )


def _first(incident: Incident) -> Key:
    member = incident.members[0]
    return member.article_id, member.event


def attach(con, article_ids: list[str]) -> int:
    """Fuse the events of newly written articles with the store's incidents."""
    ensure_indexes(con)
    return refresh(con, [report(row) for row in _rows(con, article_ids)])


def decide(con, kind: str, first: list[Key], second: list[Key]) -> int:
    """Record a user's merge or split of two groups of events and apply it at once; a
    split also drops earlier merges that joined the two groups."""
    if kind not in ("merge", "split"):
        raise ValueError(f"unknown decision {kind!r}; choose merge or split")
    if not first or not second:
        raise ValueError("a decision needs events on both sides")
    con.begin()
    try:
        ensure_indexes(con)
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
