"""A full re-fusion of the store: every event's incident recomputed from scratch.

For stores written before incidents existed, or after the fusion rules changed. The
events stream out of the store in order of their first day and go through
``incidents.sweep``, which clusters each group of linked events once no later event can
join it, so memory holds only the open window of days. Events of different families
never link, so the families are shared out among worker processes (families that a
user's decision spans go to one worker together), each sweeping its own share in the
same order; this process reads the events and stages what the workers send back. The
user's merges and splits are applied as at ingest. The new incidents are staged in
tables of their own, committed as they come (so memory stays bounded), and take the
place of the old ones in one last transaction (the staged table is renamed into place,
not copied): a store killed at any moment keeps the incidents it had, and the next
rebuild starts its stage afresh.
"""

from __future__ import annotations

import multiprocessing
import os
import queue
import threading
import time
import traceback
from array import array
from collections.abc import Iterator
from datetime import date
from typing import Any

import numpy as np
import pyarrow as pa
import pyarrow.compute as pc

from dateline.incidents.cluster import Decision
from dateline.incidents.config import rules
from dateline.incidents.reports import placed, span, undated_since
from dateline.incidents.sweep import Sweep
from dateline.store.incidents import EVENT_SELECT, ensure_indexes, report, stored_decisions
from dateline.store.schema import columns_sql, registered
from dateline.store.staged import Staged
from dateline.store.told import may_be_told_any, own_family

FETCH = 20_000
FLUSH = 20_000
MEMORY = "1GB"
QUEUED = 4
WORKERS = os.cpu_count() or 1
WATCH_SECONDS = 0.5
UNDATED = date.max.toordinal()
# The id of an event's incident when it is alone (``reconcile.incident_id`` of its key);
# the staged memberships list only the events of incidents of several.
SINGLE_ID = "'inc-' || substr(sha256(article_id || ':' || CAST(idx AS VARCHAR)), 1, 16)"
Tables = tuple[pa.Table, pa.Table, pa.Table]
STAGED = ("fusion_incidents", "fusion_members", "fusion_families")


def _order(con) -> pa.Table:
    """Each event's rowid and earliest day (``Report.earliest``; undated ones last)."""
    cursor = con.execute(
        "SELECT e.rowid, e.date, e.date_precision, a.published, CASE WHEN "
        "e.date_precision = 'week' THEN coalesce(json_exists(e.evidence, '$.date'), FALSE) END, "
        "e.place_lat, e.place_country_code, e.place_feature_code FROM events e "
        "JOIN articles a ON a.id = e.article_id"
    )
    table = rules()
    rowids, firsts = array("q"), array("q")
    known: dict[tuple[Any, ...], int] = {}
    while rows := cursor.fetchmany(FETCH):
        for rowid, value, precision, published, told, lat, country, code in rows:
            point = placed(lat, country, code, table)
            unknown = point and (not value or (precision == "week" and not told))
            key = (value, precision, published if unknown or not value else None, unknown)
            first = known.get(key)
            if first is None:
                days = span(value, precision, published)
                since = undated_since(value, precision, bool(told), published, point and bool(days))
                day = since or (days[0] if days else None)
                first = known[key] = day.toordinal() if day else UNDATED
            rowids.append(rowid)
            firsts.append(first)
    return pa.table({"rid": pa.array(rowids, pa.int64()), "first": pa.array(firsts, pa.int64())})


def _batches(con, extra: str = "") -> Iterator[pa.RecordBatch]:
    """Every event's row with its article's fields (``extra`` columns first), in order of
    first day."""
    reader = con.cursor()
    try:
        reader.register("fusion_order", _order(con))
        relation = reader.sql(
            EVENT_SELECT.format(extra=extra)
            + " JOIN fusion_order o ON o.rid = e.rowid ORDER BY o.first, o.rid"
        )
        yield from relation.to_arrow_reader(FETCH)
    finally:
        reader.close()


class _Fusion:
    """One share of the families: event rows in, in order of first day; staged rows out."""

    def __init__(self, decisions: list[Decision]) -> None:
        self.sweep = Sweep(decisions)
        self.staged = Staged()

    def feed(self, batch: pa.RecordBatch) -> Iterator[Tables]:
        for row in batch.to_pylist():
            read = report(row)
            self.staged.read(read)
            for component, group in self.sweep.add(read):
                self.staged.add(group, component)
        if len(self.staged) >= FLUSH:
            yield self.staged.take()

    def finish(self) -> Iterator[Tables]:
        for component, group in self.sweep.finish():
            self.staged.add(group, component)
        yield self.staged.take()


def _work(inbox: Any, outbox: Any, decisions: list[Decision], parent: int) -> None:
    """A worker process: fuses the batches it is sent (None ends them), sends back staged
    tables, then None; a traceback's text if it fails. Exits as soon as its parent dies."""
    threading.Thread(target=_watch, args=(parent,), daemon=True).start()
    try:
        fusion = _Fusion(decisions)
        while (batch := inbox.get()) is not None:
            for tables in fusion.feed(batch):
                outbox.put(tables)
        for tables in fusion.finish():
            outbox.put(tables)
        outbox.put(None)
    except BaseException:
        outbox.put(traceback.format_exc())


def _watch(parent: int) -> None:
    """End this worker process when its parent is gone: a parent killed in the middle of
    sending a batch leaves the worker waiting for the rest of it for ever."""
    while os.getppid() == parent:
        time.sleep(WATCH_SECONDS)
    os._exit(1)


def _shares(con, counts: dict[str, int], decisions: list[Decision], workers: int) -> dict[str, int]:
    """Each family's worker, given the store's events of each type: whole families
    (joined when a decision spans them, with both the family of a decision's event's type
    and the one it may be told as), the largest first to the least loaded."""
    table = rules()
    families = {f for t in counts for f in (table.family_of(t), table.group_of(t))}
    joined = {family: family for family in families}

    def root(family: str) -> str:
        while joined[family] != family:
            family = joined[family]
        return family

    held = {key for d in decisions for key in (*d.first, *d.second)}
    rows = con.execute(
        "SELECT article_id, idx, type FROM events WHERE article_id IN (SELECT unnest(?))",
        [sorted({a for a, _ in held})],
    ).fetchall()
    kind_of = {(a, int(i)): t for a, i, t in rows if (a, int(i)) in held}
    for decision in decisions:
        keys = [k for k in (*decision.first, *decision.second) if k in kind_of]
        spanned = {table.family_of(kind_of[k]) for k in keys}
        spanned |= {table.group_of(kind_of[k]) for k in keys}
        roots = sorted({root(family) for family in spanned})
        for other in roots[1:]:
            joined[other] = roots[0]
    size = dict.fromkeys(families, 0)
    for kind, count in counts.items():
        size[root(table.family_of(kind))] += count
    load, worker = [0] * max(1, workers), {}
    for family in sorted({root(f) for f in families}, key=lambda f: (-size[f], f)):
        least = load.index(min(load))
        worker[family] = least
        load[least] += size[family]
    return {family: worker[root(family)] for family in families}


def _insert(con, tables: Tables) -> None:
    for name, table in zip(STAGED, tables, strict=True):
        if table.num_rows:
            with registered(con, fusion_batch=table):
                con.execute(f"INSERT INTO {name} BY NAME SELECT * FROM fusion_batch")


def _stage_here(con, decisions: list[Decision]) -> None:
    fusion = _Fusion(decisions)
    for batch in _batches(con):
        for tables in fusion.feed(batch):
            _insert(con, tables)
    for tables in fusion.finish():
        _insert(con, tables)


class _Pool:
    """Worker processes, one inbox each and one outbox for all."""

    def __init__(self, count: int, decisions: list[Decision]) -> None:
        context = multiprocessing.get_context("spawn")
        self.inboxes = [context.Queue(QUEUED) for _ in range(count)]
        self.outbox = context.Queue()
        self.processes = [
            context.Process(target=_work, args=(box, self.outbox, decisions, os.getpid()))
            for box in self.inboxes
        ]
        for process in self.processes:
            process.daemon = True
            process.start()
        self.running = count

    def send(self, con, worker: int, item: pa.RecordBatch | None) -> None:
        while True:
            try:
                self.inboxes[worker].put(item, timeout=0.05)
                return
            except queue.Full:
                self.receive(con, wait=False)

    def receive(self, con, wait: bool) -> None:
        """Stage what the workers have sent; with ``wait``, at least one message."""
        while self.running:
            try:
                item = self.outbox.get(timeout=1.0) if wait else self.outbox.get_nowait()
            except queue.Empty:
                if any(p.exitcode not in (None, 0) for p in self.processes):
                    raise RuntimeError("a fusion worker died") from None
                if wait:
                    continue
                return
            if isinstance(item, str):
                raise RuntimeError(f"a fusion worker failed:\n{item}")
            if item is None:
                self.running -= 1
            else:
                _insert(con, item)
            wait = False

    def close(self) -> None:
        """Wait for the workers (kill any left after a failure); batches not delivered are
        dropped, so that this process never waits on a worker that is gone."""
        for inbox in self.inboxes:
            inbox.cancel_join_thread()
        for process in self.processes:
            process.join(timeout=5)
            if process.is_alive():
                process.kill()


def _workers(
    batch: pa.RecordBatch, shares: dict[str, int], kinds: pa.Array, own: np.ndarray
) -> np.ndarray:
    """Each row's worker: its type's family's (``own``, by position in ``kinds``), the
    family its words tell for the rows that may be told as another (``store.told``; their
    reports say which)."""
    worker = own[pc.index_in(batch.column("type"), value_set=kinds).to_numpy()]
    maybe = batch.column("fusion_told").to_numpy(zero_copy_only=False)
    for n in np.flatnonzero(maybe):
        row = batch.slice(int(n), 1).to_pylist()[0]
        worker[n] = shares[report(row).family]
    return worker


def _stage_shared(con, decisions: list[Decision], shares: dict[str, int], types: list[str]) -> None:
    kinds = pa.array(types)
    own = np.array([shares[rules().family_of(k)] for k in types])
    pool = _Pool(max(shares.values()) + 1, decisions)
    try:
        for batch in _batches(con, f"{may_be_told_any()} AS fusion_told, "):
            worker = _workers(batch, shares, kinds, own)
            for n in range(len(pool.processes)):
                part = batch.filter(pa.array(worker == n))
                if part.num_rows:
                    pool.send(con, n, part)
            pool.receive(con, wait=False)
        for n in range(len(pool.processes)):
            pool.send(con, n, None)
        while pool.running:
            pool.receive(con, wait=True)
    finally:
        pool.close()


def rebuild(con, workers: int = WORKERS) -> int:
    """Recompute every incident of the store, keeping the user's decisions; returns the
    number of incidents. The store's incidents change in one transaction, at the end;
    ``workers`` processes share the families out."""
    _stage(con, workers)
    con.begin()
    try:
        con.execute("DROP INDEX IF EXISTS incidents_id")
        con.execute("DROP TABLE incidents")
        con.execute("ALTER TABLE fusion_incidents RENAME TO incidents")
        con.execute(f"UPDATE events SET incident_id = {SINGLE_ID}, fusion_family = {own_family()}")
        con.execute(
            "UPDATE events SET incident_id = m.incident_id FROM fusion_members m "
            "WHERE events.article_id = m.article_id AND events.idx = m.idx"
        )
        con.execute(
            "UPDATE events SET fusion_family = t.fusion_family FROM fusion_families t "
            "WHERE events.article_id = t.article_id AND events.idx = t.idx"
        )
        count = con.execute("SELECT count(*) FROM incidents").fetchone()[0]
        con.execute("DROP TABLE fusion_members")
        con.execute("DROP TABLE fusion_families")
        ensure_indexes(con)
        con.commit()
    except BaseException:
        con.rollback()
        raise
    return count


def _stage(con, workers: int) -> None:
    """Sweep every event into the staged tables, DuckDB's memory capped at ``MEMORY``
    meanwhile (the swap that follows updates every event and needs the usual limit)."""
    limit = con.execute("SELECT current_setting('memory_limit')").fetchone()[0]
    con.execute(f"SET memory_limit = '{MEMORY}'")
    try:
        con.execute(f"CREATE OR REPLACE TABLE fusion_incidents ({columns_sql('incidents')})")
        con.execute(
            "CREATE OR REPLACE TABLE fusion_members "
            "(article_id VARCHAR, idx INTEGER, incident_id VARCHAR)"
        )
        con.execute(
            "CREATE OR REPLACE TABLE fusion_families "
            "(article_id VARCHAR, idx INTEGER, fusion_family VARCHAR)"
        )
        decisions = stored_decisions(con)
        counts = dict(con.execute("SELECT type, count(*) FROM events GROUP BY type").fetchall())
        shares = _shares(con, counts, decisions, workers)
        if workers > 1 and len(set(shares.values())) > 1:
            _stage_shared(con, decisions, shares, sorted(counts))
        else:
            _stage_here(con, decisions)
    finally:
        con.execute(f"SET memory_limit = '{limit}'")
