"""A full re-fusion: the streaming sweep gives what fusing everything at once gives, a
store ingested before incidents existed gets the incidents an ingest would have given,
a user's split survives, and a kill mid-rebuild leaves the store as it was or as rebuilt."""

from __future__ import annotations

import json
import multiprocessing
import os
import signal
import struct
import subprocess
import sys
import time
from datetime import date
from pathlib import Path

import pytest

from dateline.incidents.fuse import fuse_reports, reports_of
from dateline.incidents.reconcile import reconcile
from dateline.incidents.sweep import sweep
from dateline.models import Article, Event, Place, Result
from dateline.store.database import Store
from dateline.store.incidents import decide, members
from dateline.store.rebuild import _work, rebuild

TOLD = "Gunmen opened fire on a checkpoint on the road out of town, killing {n} soldiers"
TOWNS = {  # name: (country, admin1, lat, lon, feature code)
    "Gao": ("ML", "07", 16.27, -0.04, "PPLA"),
    "Ansongo": ("ML", "07", 15.66, 0.5, "PPL"),
    "Menaka": ("ML", "09", 15.92, 2.4, "PPLA"),
    "Mali": ("ML", None, 17.0, -4.0, "PCLI"),
    "Suva": ("FJ", "01", -18.14, 179.99, "PPLC"),
    "Lambasa": ("FJ", "03", -18.14, -179.99, "PPL"),
}


def _event(town: str | None, day: str | None, killed: int, status: str = "asserted") -> Event:
    place = None
    if town:
        country, admin1, lat, lon, code = TOWNS[town]
        place = Place(town, 0, len(town), 1, town, country, admin1, lat, lon, code)
    return Event(
        "ASSAULT", TOLD.format(n=killed), 0, 7, place=place, date=day, status=status,
        date_precision="day" if day else None, quantities={"killed": killed}, salience=0.9,
    )  # fmt: skip


def _articles() -> list[Result]:
    told = [
        ("Sahel Wire", "2025-02-03", [_event("Gao", "2025-02-02", 4)]),
        ("Niger Radio", "2025-02-04", [_event("Gao", "2025-02-02", 5), _event("Mali", None, 3)]),
        ("Bamako Daily", "2025-02-05", [_event("Ansongo", "2025-02-03", 2)]),
        ("Desert Post", "2025-02-06", [_event(None, None, 5)]),
        ("Sahel Wire", "2025-02-20", [_event("Menaka", "2025-02-19", 6)]),
        ("Niger Radio", "2025-02-21", [_event("Menaka", "2025-02-20", 6, "future")]),
        ("Pacific Wire", "2025-03-01", [_event("Suva", "2025-02-28", 1)]),
        ("Island Times", "2025-03-02", [_event("Lambasa", "2025-02-28", 1)]),
    ]
    return [
        Result(Article(text=f"{source} {day} {n}", source=source, published=day), events=events)
        for n, (source, day, events) in enumerate(told)
    ]


def _partition(incidents) -> set[frozenset]:
    return {frozenset((m.article_id, m.event) for m in i.members) for i in incidents}


def test_the_sweep_gives_what_fusing_everything_gives() -> None:
    reports = reports_of(_articles())
    ordered = sorted(reports, key=lambda r: r.first or date.max)
    swept = [reconcile(c) for c in sweep(ordered)]
    whole = fuse_reports(reports)
    assert _partition(swept) == _partition(whole)
    assert sorted(i.id for i in swept) == sorted(i.id for i in whole)
    assert max(i.articles for i in whole) >= 3  # the Gao attack, told three times
    with pytest.raises(ValueError, match="out of order"):
        list(sweep(list(reversed(ordered))))


def _incidents(con) -> list[tuple]:
    return con.execute("SELECT * FROM incidents ORDER BY id").fetchall()


def _by_event(con) -> list[tuple]:
    return con.execute("SELECT article_id, idx, incident_id FROM events ORDER BY 1, 2").fetchall()


def test_rebuild_gives_an_old_store_the_incidents_of_an_ingest(tmp_path: Path) -> None:
    results = _articles()
    with Store(tmp_path / "s.duckdb") as store:
        for result in results:
            store.write([result])
        ingested, assigned = _incidents(store.con), _by_event(store.con)
        store.con.execute("DELETE FROM incidents")
        store.con.execute("UPDATE events SET incident_id = NULL")
        assert rebuild(store.con) == len(ingested)
        assert _incidents(store.con) == ingested and _by_event(store.con) == assigned
        gao = results[0].article.id, 0
        held = members(store.con, dict(((a, i), n) for a, i, n in assigned)[gao])
        decide(store.con, "split", [gao], [k for k in held if k != gao])
        split = _by_event(store.con)
        rebuild(store.con)
        assert _by_event(store.con) == split != assigned


def _big_store(db: Path, count: int) -> None:
    with Store(db) as store:
        store.con.execute(
            "INSERT INTO articles (id, text, published) SELECT printf('%08x', i), 'Text ' || i, "
            "strftime(DATE '2024-01-01' + CAST(i % 700 AS INTEGER), '%Y-%m-%d') "
            f"FROM range({count}) t(i)"
        )
        store.con.execute(
            'INSERT INTO events (article_id, idx, type, sentence, start, "end", status, '
            "place_name, place_country_code, place_lat, place_lon, date, date_precision) "
            f"SELECT printf('%08x', i), 0, 'ASSAULT', 'Gunmen attacked a market in town ' || "
            f"(i % 300), 0, 6, 'asserted', 'Town ' || (i % 300), 'ML', (i % 300) // 20, i % 20, "
            f"strftime(DATE '2024-01-01' + CAST(i // 300 * 3 AS INTEGER), '%Y-%m-%d'), 'day' "
            f"FROM range({count}) t(i)"
        )


def test_a_kill_mid_rebuild_leaves_the_store_old_or_rebuilt(tmp_path: Path) -> None:
    db = tmp_path / "big.duckdb"
    _big_store(db, 30_000)
    command = [sys.executable, "-m", "dateline.cli", "incidents", "rebuild", "--db", str(db)]
    process = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    wal, deadline = Path(f"{db}.wal"), time.monotonic() + 120
    while time.monotonic() < deadline and process.poll() is None:
        if wal.exists() and wal.stat().st_size > 262_144:
            break
        time.sleep(0.02)
    assert process.poll() is None, "rebuild finished before it could be killed"
    os.kill(process.pid, signal.SIGKILL)
    process.wait()
    with Store(db, read_only=True) as store:
        linked = store.con.execute("SELECT count(incident_id) FROM events").fetchone()[0]
        incidents = store.con.execute("SELECT count(*) FROM incidents").fetchone()[0]
    assert (linked, incidents) == (0, 0)
    finished = subprocess.run(command, capture_output=True, timeout=600)
    assert finished.returncode == 0, finished.stderr.decode()
    with Store(db, read_only=True) as store:
        con = store.con
        unlinked = con.execute("SELECT count(*) FROM events WHERE incident_id IS NULL")
        assert unlinked.fetchone()[0] == 0
        listed = sum(
            len(json.loads(m)) for (m,) in con.execute("SELECT members FROM incidents").fetchall()
        )
        assert listed == 30_000
        assert "fusion_incidents" not in {
            t for (t,) in con.execute("SELECT table_name FROM information_schema.tables").fetchall()
        }


def test_an_unplaced_report_cannot_link_beyond_the_days_the_store_searches() -> None:
    from dateline.incidents.compare import score, unplaced_days
    from dateline.incidents.config import rules

    days = unplaced_days()
    told = [_event(None, f"2025-02-{d:02d}", 4) for d in (10, 10 + days, 11 + days)]
    results = [
        Result(Article(text=f"Wire {n}", source="Wire", published="2025-02-20"), events=[e])
        for n, e in enumerate(told)
    ]
    first, near, far = reports_of(results)
    assert score(first, near) >= rules().link  # the same words, within the searched days
    assert score(first, far) < rules().link  # a day further: out of reach, whatever else


def test_a_lone_event_is_staged_as_reconcile_would_record_it() -> None:
    from dateline.incidents.cluster import Cluster
    from dateline.models import Actor, Incident
    from dateline.store.schema import period_start, record_values
    from dateline.store.staged import single

    rebels = Actor("the rebels", 0, 10, actor_id="REB", name="Rebels")
    told = [
        _event("Gao", "2025-02-02", 4),
        _event(None, None, 0),
        Event("ASSAULT", "Rebels shelled Menaka’s market", 0, 6, actor=rebels, date="2025-W07",
              date_precision="week", quantities={"wounded": 3, "killed": 2.5}, confidence=0.8765),
        Event("PROTEST", "Crowds marched", 0, 6, date="2025-02", date_precision="season"),
    ]  # fmt: skip
    results = [
        Result(Article(text="One", source="", url="https://www.sahel.example/a", published="")),
        Result(Article(text="Two", title="Shelling", source="Wire", published="2025-02-20")),
    ]
    results[0].events, results[1].events = told[:2], told[2:]
    for report in reports_of(results):
        incident = reconcile(Cluster([report]))
        row = [*record_values(incident, Incident), period_start(incident.date), "c"]
        assert single(report, "c") == row


def test_stored_records_are_read_back_as_the_schema_reads_them() -> None:
    from dateline.models import Actor, Place
    from dateline.store.incidents import NESTED
    from dateline.store.schema import nested

    rows = [
        {"place_lat": 16.27, "place_lon": -0.04, "place_name": "Gao"},
        {"place_text": "Gao", "place_start": 3, "place_end": 6, "place_government": True},
        {"actor_name": "Rebels", "actor_why": None, "recipient_actor_id": "MLI"},
        {"actor_text": "the army", "actor_start": 0, "actor_end": 8, "actor_why": "dictionary"},
        {},
    ]
    kinds = {"actor": Actor, "recipient": Actor, "place": Place}
    for row in rows:
        for name, kind in kinds.items():
            assert NESTED[name](row) == nested(row, kind, f"{name}_")
    assert NESTED["place"](rows[0]).text == "" and NESTED["actor"](rows[3]).why == "dictionary"


def test_a_worker_whose_parent_died_mid_batch_exits() -> None:
    """A parent killed while sending a batch leaves part of it in the worker's pipe: the
    worker must not wait for the rest for ever. The parent's death is told to the worker
    by a pid that is not its parent's; the pipe gets a header and a few bytes of a batch
    (through the queue's own connection: no public API writes half a message)."""
    context = multiprocessing.get_context("spawn")
    inbox, outbox = context.Queue(), context.Queue()
    worker = context.Process(target=_work, args=(inbox, outbox, [], -1), daemon=True)
    os.write(inbox._writer.fileno(), struct.pack("!i", 4096) + b"half a batch")
    worker.start()
    worker.join(timeout=30)
    alive = worker.is_alive()
    if alive:
        worker.kill()
    assert not alive, "the worker waited for a batch its dead parent never finished"
