"""The indexes incremental fusion reads the store by: built inside an ingest's
transaction, so a kill mid-ingest leaves them whole, and every lookup through them finds
what a scan finds."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

from dateline.store.database import Store

WRITER = """
import sys
from dateline.models import Article, Event, Place, Result
from dateline.store.database import Store

told = "Gunmen attacked the market in {town}, killing {n} traders"
with Store(sys.argv[1]) as store:
    for n in range(int(sys.argv[2]), int(sys.argv[3])):
        town = f"Town {n % 40}"
        place = Place(town, 0, 6, 1, town, "ML", "07", 10.0 + n % 40 * 0.7, 0.5, "PPL")
        events = [
            Event("ASSAULT", told.format(town=town, n=k), 0, 7, place=place, status="asserted",
                  date=f"2025-03-{1 + n % 28:02d}", date_precision="day",
                  quantities={"killed": k}, salience=0.9)
            for k in range(1, 4)
        ]
        article = Article(text=f"Report {n}", source=f"Outlet {n % 7}", published="2025-03-28")
        store.write([Result(article, events=events)])
"""


def _run(db: Path, first: int, last: int) -> subprocess.Popen:
    """Write articles ``first`` to ``last`` (each of three events), one per transaction."""
    command = [sys.executable, "-c", WRITER, str(db), str(first), str(last)]
    return subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)


def _checked(db: Path) -> int:
    """Events and incidents agree, the fusion indexes exist and find, for every article and
    incident, what a scan finds; returns the number of events."""
    with Store(db, read_only=True) as store:
        con = store.con
        names = {n for (n,) in con.execute("SELECT index_name FROM duckdb_indexes()").fetchall()}
        assert {"events_article", "incidents_id"} <= names
        events = con.execute("SELECT article_id, idx, incident_id FROM events").fetchall()
        listed = {
            (m["article_id"], m["event"], incident)
            for incident, members in con.execute("SELECT id, members FROM incidents").fetchall()
            for m in json.loads(members)
        }
        assert set(events) == listed
        articles = sorted({a for a, _, _ in events})
        for article in articles:
            found = con.execute("SELECT count(*) FROM events WHERE article_id = ?", [article])
            assert found.fetchone()[0] == sum(1 for a, _, _ in events if a == article)
        ids = sorted({i for _, _, i in events})
        looked = con.execute("SELECT id FROM incidents WHERE id IN (SELECT unnest(?))", [ids])
        assert sorted(i for (i,) in looked.fetchall()) == ids
    return len(events)


def test_a_kill_mid_ingest_leaves_the_fusion_indexes_whole(tmp_path: Path) -> None:
    db = tmp_path / "s.duckdb"
    process = _run(db, 0, 400)
    wal, deadline = Path(f"{db}.wal"), time.monotonic() + 120
    while time.monotonic() < deadline and process.poll() is None:
        if wal.exists() and wal.stat().st_size > 200_000:
            break
        time.sleep(0.02)
    assert process.poll() is None, "ingest finished before it could be killed"
    os.kill(process.pid, signal.SIGKILL)
    process.wait()
    written = _checked(db)
    assert 0 < written < 1200
    finished = _run(db, 1000, 1060)
    assert finished.wait(timeout=300) == 0, finished.stderr.read().decode()
    assert _checked(db) == written + 180
