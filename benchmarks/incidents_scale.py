"""Incident fusion on a large store: an incremental ingest, and a full re-fusion.

Builds a synthetic store with web_api.build (``--events`` events; their dates moved to
2013-2017, the years of the GVA articles, and each dated to a day; each article's first
event salient, its town named in one word and its headline telling that town among ten
capitalised words, so that the word tables of ``store.named`` hold what a news store's
would) unless ``--db`` already holds one (it is reused: generate it once). ``--rebuild``
re-fuses the whole store (``dateline incidents rebuild``) and reports its time. ``--new``
then writes extracted GVA articles from incidents.py's cache into it, ``--commit``
articles a transaction (ingest's ``COMMIT_EVERY``), until that many new events are in, and
reports the time spent fusing (``attach``: finding the new events' neighbourhood and rewriting
its incidents) beside the time spent writing the layers. Each run also prints its CPU
time (fusion's: this process's, DuckDB's threads included) and the process's peak
memory; run the two steps as separate processes so that each has its own peak. The
machine is shared: wall-clock times are noisy, CPU times less so.

    .venv/bin/python benchmarks/incidents_scale.py --events 10000000 --db /tmp/inc10m.duckdb \\
        --rebuild [--us-share 0.3]   # generated once; --us-share puts part of it where GVA is
    .venv/bin/python benchmarks/incidents_scale.py --events 10000000 --db /tmp/inc10m.duckdb \\
        --cache /tmp/gva_results.jsonl --new 10000
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import time
from pathlib import Path

from web_api import build

import dateline.store.database as database
from dateline.models import Result
from dateline.store.database import Store
from dateline.store.incidents import ensure_indexes
from dateline.store.named import fill_words
from dateline.store.rebuild import rebuild
from dateline.store.writer import COMMIT_EVERY

US_SOUTH, US_NORTH, US_WEST, US_EAST = 25.0, 49.0, -124.0, -67.0
# A word of capitals for a number ("Kbqa"), for the generated towns and headlines.
LETTERS = """CREATE OR REPLACE TEMP MACRO letters(n) AS chr(65 + CAST(n % 26 AS INTEGER))
    || chr(97 + CAST((n // 26) % 26 AS INTEGER)) || chr(97 + CAST((n // 676) % 26 AS INTEGER))
    || chr(97 + CAST((n // 17576) % 26 AS INTEGER))"""
# Each article's headline: its first event's town and four words of a 50,000-word
# vocabulary among six that every headline shares.
HEADLINES = """
    UPDATE articles SET title = 'Gunfire In ' || e.place_name || ' Leaves '
        || letters(CAST(floor(random() * 50000) AS BIGINT)) || ' '
        || letters(CAST(floor(random() * 50000) AS BIGINT)) || ' Hurt On Sunday As '
        || letters(CAST(floor(random() * 50000) AS BIGINT)) || ' '
        || letters(CAST(floor(random() * 50000) AS BIGINT)) || ' Watch'
    FROM events e WHERE e.article_id = articles.id AND e.idx = 0
"""


def cpu() -> float:
    """CPU seconds of this process and of its finished children (rebuild's workers)."""
    own = resource.getrusage(resource.RUSAGE_SELF)
    children = resource.getrusage(resource.RUSAGE_CHILDREN)
    return own.ru_utime + own.ru_stime + children.ru_utime + children.ru_stime


def generate(db: Path, events: int, us_share: float = 0.0) -> None:
    """The synthetic store, dated to the GVA years; ``us_share`` of its events are moved to
    random points of the contiguous United States, where every GVA article's events lie,
    so that the new events meet stored ones in their candidate windows."""
    began = time.perf_counter()
    build(db, events)
    with Store(db) as store:
        store.con.execute(
            "UPDATE events SET date_start = date_start - INTERVAL 7 YEAR, "
            "\"date\" = strftime(date_start - INTERVAL 7 YEAR, '%Y-%m-%d')"
        )
        store.con.execute("UPDATE events SET date_end = date_start")
        if us_share:
            store.con.execute("SELECT setseed(0.19)")
            store.con.execute(
                "UPDATE events SET place_country_code = 'US', "
                f"place_lat = round({US_SOUTH} + random() * {US_NORTH - US_SOUTH}, 4), "
                f"place_lon = round({US_WEST} + random() * {US_EAST - US_WEST}, 4) "
                f"WHERE random() < {us_share}"
            )
        store.con.execute(LETTERS)
        store.con.execute(
            "UPDATE events SET place_name = letters(CAST(substr(place_name, 6) AS BIGINT)) "
            "|| 'ville', salience = CASE WHEN idx = 0 THEN 0.9 END"
        )
        store.con.execute(HEADLINES)
        store.con.execute("DELETE FROM salient_words")
        store.con.execute("DELETE FROM place_words")
        fill_words(store.con, {"salient_words", "place_words"})
    print(f"built {events:,} synthetic events in {time.perf_counter() - began:.0f} s")


def refuse(db: Path) -> None:
    """Time a full re-fusion of the store."""
    began, spent = time.perf_counter(), cpu()
    with Store(db) as store:
        count = rebuild(store.con)
        events = store.con.execute("SELECT count(*) FROM events").fetchone()[0]
    print(
        f"rebuild: {events:,} events into {count:,} incidents in "
        f"{time.perf_counter() - began:.0f} s wall, {cpu() - spent:.0f} s CPU"
    )


def ingest(db: Path, cache: Path, wanted: int, commit: int = COMMIT_EVERY) -> None:
    """Time an incremental ingest of at least ``wanted`` new events, ``commit`` articles a
    transaction."""
    with Store(db) as store:
        stored = {r[0] for r in store.con.execute("SELECT id FROM articles").fetchall()}
    results, events = [], 0
    with open(cache, encoding="utf-8") as handle:
        for line in handle:
            result = Result.from_dict(json.loads(line)["result"])
            if result.article.id in stored or not result.events:
                continue
            stored.add(result.article.id)
            results.append(result)
            events += len(result.events)
            if events >= wanted:
                break
    fusing = [0.0, 0.0]
    attach = database.attach

    def timed(con, ids):
        start, used = time.perf_counter(), time.process_time()
        try:
            return attach(con, ids)
        finally:
            fusing[0] += time.perf_counter() - start
            fusing[1] += time.process_time() - used

    database.attach = timed
    began = time.perf_counter()
    with Store(db) as store:
        store.con.begin()
        ensure_indexes(store.con)
        store.con.commit()
    print(f"indexes for fusion (built once) ready in {time.perf_counter() - began:.0f} s")
    began, spent = time.perf_counter(), cpu()
    with Store(db) as store:
        before = store.con.execute("SELECT count(*) FROM events").fetchone()[0]
        for start in range(0, len(results), commit):
            store.write(results[start : start + commit])
            if start % (20 * commit) == 0:
                done = sum(len(r.events) for r in results[: start + commit])
                print(
                    f"  {done} events in {time.perf_counter() - began:.0f} s, fusion "
                    f"{fusing[0]:.0f} s",
                    flush=True,
                )
        incidents = store.con.execute("SELECT count(*) FROM incidents").fetchone()[0]
    total = time.perf_counter() - began
    print(
        f"{len(results)} articles, {events} new events into {before:,}: written in "
        f"{total:.0f} s wall ({cpu() - spent:.0f} s CPU), of which fusion {fusing[0]:.0f} s "
        f"wall, {fusing[1]:.0f} s CPU ({events / fusing[0]:.0f} events/s fused); "
        f"{incidents:,} incidents"
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--cache", type=Path)
    parser.add_argument("--events", type=int, default=1_000_000)
    parser.add_argument("--new", type=int, default=0, help="new events to ingest")
    parser.add_argument("--rebuild", action="store_true", help="time a full re-fusion")
    parser.add_argument(
        "--commit", type=int, default=COMMIT_EVERY, help="articles per transaction, as ingest"
    )
    parser.add_argument("--db", type=Path, default=Path("/tmp/incidents-scale.duckdb"))
    parser.add_argument(
        "--us-share",
        type=float,
        default=0.0,
        help="share of the generated events placed in the contiguous US (where GVA's are)",
    )
    args = parser.parse_args()
    if not args.db.exists():
        generate(args.db, args.events, args.us_share)
    if args.rebuild:
        refuse(args.db)
    if args.new:
        if args.cache is None:
            parser.error("--new needs --cache")
        ingest(args.db, args.cache, args.new, args.commit)
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"peak memory {peak:.0f} MB; load average {os.getloadavg()[0]:.1f}")


if __name__ == "__main__":
    main()
