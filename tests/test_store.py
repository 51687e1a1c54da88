"""The store: idempotent ingest, sources, exports that round-trip, and surviving SIGKILL."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import duckdb
import pyarrow.parquet as pq
import pytest

from dateline.models import Article, Event, Result, Time
from dateline.store.database import Store, StoreError
from dateline.store.exports import export_table
from dateline.store.queries import EventFilter, events, stats
from dateline.store.writer import ingest

STORY = (
    "Heavy fighting broke out on {day} between army units and fighters of a rebel group in the "
    "hills outside the town of Kalemie, residents said. At least {n} people were killed and "
    "dozens more wounded, a hospital official told reporters. The army said it had regained "
    "control of the main road by nightfall, but the rebels said they still held two villages."
)
DAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")


def write_corpus(folder: Path, count: int) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    for i in range(count):
        body = STORY.format(day=DAYS[i % 7], n=i + 3)
        (folder / f"story-{i:03d}.txt").write_text(f"Fighting near Kalemie, report {i}\n\n{body}")


def counts(db: Path) -> dict[str, int]:
    with Store(db, read_only=True) as store:
        return stats(store)["counts"]


def test_reingest_adds_nothing(examples: Path, tmp_path: Path) -> None:
    db = tmp_path / "s.duckdb"
    with Store(db) as store:
        first = ingest([str(examples)], store)
        second = ingest([str(examples)], store)
    assert (first.stored, first.duplicates) == (7, 0)
    assert (second.stored, second.duplicates, second.new_sources) == (0, 7, 0)
    after = counts(db)
    assert after["articles"] == 7
    assert after["sources"] == 7


def test_writing_a_stored_article_again_keeps_its_rows_and_adds_its_source(
    tmp_path: Path,
) -> None:
    from dateline.pipeline import Pipeline

    body = STORY.format(day="Monday", n=5)
    first = Pipeline().extract(Article(text=body, url="https://a.example/story"))
    again = Pipeline().extract(Article(text=body, url="https://b.example/story"))
    assert first.events and first.article.id == again.article.id
    db = tmp_path / "s.duckdb"
    with Store(db) as store:
        store.write([first])
        before = counts_of(store)
        store.write([again, again])
        after = counts_of(store)
        urls = store.con.execute("SELECT url FROM sources ORDER BY url").fetchall()
    assert after == before
    assert [u[0] for u in urls] == ["https://a.example/story", "https://b.example/story"]


def counts_of(store: Store) -> dict[str, int]:
    return {
        table: store.con.execute(f"SELECT count(*) FROM {table}").fetchone()[0]
        for table in ("articles", "events", "incidents")
    }


def test_same_story_from_two_places_is_one_article_with_two_sources(tmp_path: Path) -> None:
    body = STORY.format(day="Monday", n=5)
    feed = tmp_path / "feed.jsonl"
    feed.write_text(
        json.dumps({"text": body, "url": "https://a.example/story"})
        + "\n"
        + json.dumps({"text": body.replace(" ", "  "), "url": "https://b.example/story"})
        + "\n"
    )
    db = tmp_path / "s.duckdb"
    with Store(db) as store:
        summary = ingest([str(feed)], store)
        assert (summary.stored, summary.duplicates, summary.new_sources) == (1, 1, 1)
        rows = store.con.execute("SELECT url FROM sources ORDER BY url").fetchall()
    assert [r[0] for r in rows] == ["https://a.example/story", "https://b.example/story"]


def test_layers_are_stored_with_offsets(examples: Path, tmp_path: Path) -> None:
    db = tmp_path / "s.duckdb"
    with Store(db) as store:
        ingest([str(examples / "sahel-convoy-ambush.txt")], store)
        text = store.con.execute("SELECT text FROM articles").fetchone()[0]
        times = store.con.execute('SELECT text, "start", "end", value FROM times').fetchall()
    assert times, "the article names days and months"
    for span, start, end, _ in times:
        assert text[start:end] == span
    assert ("Sunday", "2024-03-10") in {(t[0], t[3]) for t in times}


def _result_with_event(text: str, date: str, kind: str) -> Result:
    article = Article(text=text, published="2024-03-12")
    event = Event(type=kind, sentence=text, start=0, end=len(text), date=date,
                  date_precision="day", quantities={"killed": 4.0})  # fmt: skip
    return Result(article=article, times=[Time("Sunday", 0, 6, date, "day")], events=[event])


def test_event_queries_and_export_round_trips(tmp_path: Path) -> None:
    db = tmp_path / "s.duckdb"
    with Store(db) as store:
        store.write(
            [
                _result_with_event("Sunday: gunmen attacked a convoy.", "2024-03-10", "ASSAULT"),
                _result_with_event("Monday: crowds marched in the capital.", "2024-03-11",
                                   "PROTEST"),
            ]
        )  # fmt: skip
        assert len(events(store)) == 2
        rebuilt = {r.article.text: r.events[0].quantities for r in store.results()}
        assert rebuilt == {
            "Sunday: gunmen attacked a convoy.": {"killed": 4.0},
            "Monday: crowds marched in the capital.": {"killed": 4.0},
        }
        assert [e["type"] for e in events(store, EventFilter(types=("protest",)))] == ["PROTEST"]
        since = EventFilter(since=__import__("datetime").date(2024, 3, 11))
        assert [e["type"] for e in events(store, since)] == ["PROTEST"]
        for fmt in ("csv", "parquet", "jsonl"):
            out = tmp_path / f"events.{fmt}"
            assert export_table(store, "events", fmt, out) == 2
        assert export_table(store, "articles", "csv", tmp_path / "articles.csv") == 2
    rows = duckdb.sql(f"SELECT type, quantities FROM read_csv('{tmp_path}/events.csv')").fetchall()
    assert sorted(r[0] for r in rows) == ["ASSAULT", "PROTEST"]
    assert json.loads(rows[0][1]) == {"killed": 4.0}
    table = pq.read_table(tmp_path / "events.parquet")
    assert table.num_rows == 2 and "date_start" in table.column_names
    lines = (tmp_path / "events.jsonl").read_text().splitlines()
    assert {json.loads(line)["date"] for line in lines} == {"2024-03-10", "2024-03-11"}
    with pytest.raises(ValueError, match="unknown table"), Store(db, read_only=True) as store:
        export_table(store, "secrets", "csv", tmp_path / "x.csv")


def test_read_only_store_must_exist(tmp_path: Path) -> None:
    with pytest.raises(StoreError, match="no store at"):
        Store(tmp_path / "missing.duckdb", read_only=True)
    duckdb.connect(str(tmp_path / "other.duckdb")).execute("CREATE TABLE t (x INT)").close()
    with pytest.raises(StoreError, match="not a dateline store"):
        Store(tmp_path / "other.duckdb", read_only=True)


def test_opening_an_older_store_adds_new_columns(tmp_path: Path) -> None:
    db = tmp_path / "old.duckdb"
    con = duckdb.connect(str(db))
    con.execute('CREATE TABLE times (article_id VARCHAR, idx INTEGER, text VARCHAR, "start" '
                'BIGINT, "end" BIGINT)')  # fmt: skip
    con.execute("INSERT INTO times VALUES ('x', 0, 'today', 0, 5)")
    con.close()
    with Store(db) as store:
        columns = {r[0] for r in store.con.execute("DESCRIBE times").fetchall()}
        kept = store.con.execute("SELECT text FROM times").fetchall()
    assert {"value", "precision"} <= columns
    assert kept == [("today",)]


def _integrity(db: Path) -> tuple[int, int]:
    """Every stored article has exactly the layer rows its stored result lists."""
    with Store(db, read_only=True) as store:
        results = store.con.execute("SELECT id, result FROM articles").fetchall()
        rows = dict(
            store.con.execute("SELECT article_id, count(*) FROM times GROUP BY 1").fetchall()
        )
        orphans = store.con.execute(
            "SELECT count(*) FROM times WHERE article_id NOT IN (SELECT id FROM articles)"
        ).fetchone()[0]
    assert orphans == 0
    for article_id, result in results:
        assert rows.get(article_id, 0) == len(json.loads(result)["times"])
    return len(results), sum(rows.values())


def test_sigkill_mid_ingest_leaves_whole_articles_and_rerun_finishes(tmp_path: Path) -> None:
    corpus, db = tmp_path / "corpus", tmp_path / "s.duckdb"
    total = 160
    write_corpus(corpus, total)
    command = [sys.executable, "-m", "dateline.cli", "ingest", str(corpus), "--db", str(db), "-q"]
    process = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    wal = Path(f"{db}.wal")
    deadline = time.monotonic() + 120
    first = None  # the WAL grows at each commit: the schema and sources, then article batches
    while time.monotonic() < deadline and process.poll() is None:
        size = wal.stat().st_size if wal.exists() else 0
        if first is None and size > 16_384:
            first = size
        elif first is not None and size > first + 8_192:  # a later commit: articles
            break
        time.sleep(0.02)
    assert process.poll() is None, "ingest finished before it could be killed"
    os.kill(process.pid, signal.SIGKILL)
    process.wait()
    stored, _ = _integrity(db)
    assert 0 < stored < total
    finished = subprocess.run(command, capture_output=True, timeout=600)
    assert finished.returncode == 0, finished.stderr.decode()
    stored, _ = _integrity(db)
    assert stored == total
