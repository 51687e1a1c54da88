"""Latency of the web API's filtered map query on a synthetic store of 1M events.

Generates the store in bulk with DuckDB SQL (articles and events with random types,
dates, actors and quantities, at 20,000 recurring places), then times requests to the
real app through FastAPI's TestClient and prints, per query kind, wall-clock p50/p95/max and
the p50/p95 of the CPU time this process spent per request (less sensitive to other load on
the machine, which the load average line shows).

    .venv/bin/python benchmarks/web_api.py --events 1000000 --requests 200
"""

from __future__ import annotations

import argparse
import os
import random
import resource
import statistics
import time
from pathlib import Path

from fastapi.testclient import TestClient

from dateline.store.database import Store
from dateline.web import create_app

TYPES = ["ASSAULT", "COERCE", "PROTEST", "MOBILIZE", "THREATEN", "ACCUSE", "AID", "CONSULT"]
# Places recur, with gazetteer-like coordinates (4 decimals), as in a real store.
TOWNS = 20_000
COUNTRIES = ["IQ", "SY", "UA", "ML", "SD", "MM", "KE", "NG", "AF", "YE", "CD", "SO"]


def build(path: Path, events: int) -> None:
    """A store of ``events`` synthetic events over ``events // 10`` articles."""
    path.unlink(missing_ok=True)
    Store(path).close()
    articles = max(1, events // 10)
    types = "['" + "','".join(TYPES) + "']"
    countries = "['" + "','".join(COUNTRIES) + "']"
    with Store(path) as store:
        con = store.con
        con.execute("SET enable_progress_bar = false")
        con.execute("SELECT setseed(0.42)")
        con.execute(
            f"""INSERT INTO articles (id, text, title, published, language, ingested_at, result)
            SELECT printf('%020x', i), 'Synthetic article ' || i, 'Article ' || i,
                   strftime(DATE '2020-01-01' + CAST(i % 1825 AS INTEGER), '%Y-%m-%d'), 'en',
                   now(), '{{}}'
            FROM range({articles}) t(i)"""
        )
        con.execute(
            f"""INSERT INTO events (article_id, idx, type, sentence, "start", "end", mode,
                actor_name, actor_actor_id, actor_country, recipient_name, place_name,
                place_country_code, place_lat, place_lon, "date", date_precision, quantities,
                status, confidence, why, date_start)
            WITH towns AS (
                SELECT t, 'Town ' || t AS name,
                       {countries}[1 + CAST(floor(random() * {len(COUNTRIES)}) AS INTEGER)] AS cc,
                       round(-35 + random() * 95, 4) AS lat, round(-20 + random() * 130, 4) AS lon
                FROM range({TOWNS}) r(t))
            SELECT printf('%020x', i % {articles}), CAST(i // {articles} AS INTEGER),
                   {types}[1 + CAST(floor(random() * {len(TYPES)}) AS INTEGER)],
                   'Sentence of synthetic event ' || i || ' near a town.', 0, 8, NULL,
                   'Actor ' || (i % 500), 'actor-' || (i % 500), 'IRQ', 'Target ' || (i % 300),
                   towns.name, towns.cc, towns.lat, towns.lon,
                   strftime(d, '%Y-%m-%d'), 'day',
                   CASE WHEN random() < 0.3 THEN '{{"killed": ' || (i % 40) || '}}' ELSE '{{}}' END,
                   CASE WHEN random() < 0.9 THEN 'asserted' ELSE 'future' END,
                   random(), 'synthetic', d
            FROM (SELECT i, DATE '2020-01-01' + CAST(floor(random() * 1825) AS INTEGER) AS d
                  FROM range({events}) e(i)) e
            JOIN towns ON towns.t = e.i % {TOWNS}"""
        )
        con.execute("CHECKPOINT")


def map_query(rng: random.Random) -> dict[str, object]:
    """What the page asks for when an analyst filters the map: type, dates and a region."""
    start = rng.randrange(0, 1700)
    west, south = rng.uniform(-20, 80), rng.uniform(-35, 40)
    return {
        "type": rng.choice(TYPES),
        "since": f"{2020 + start // 365}-{1 + (start % 365) // 31:02d}-01",
        "until": f"{2021 + start // 365}-{1 + (start % 365) // 31:02d}-01",
        "bbox": f"{west:.2f},{south:.2f},{west + 30:.2f},{south + 20:.2f}",
    }


QUERIES = {
    "map (events.geojson, type+dates+bbox)": lambda rng: ("/api/events.geojson", map_query(rng)),
    "map (events.geojson, type only)": lambda rng: (
        "/api/events.geojson",
        {"type": rng.choice(TYPES)},
    ),
    "table page (events, type+dates+bbox)": lambda rng: ("/api/events", map_query(rng)),
    "timeline (type+bbox)": lambda rng: (
        "/api/timeline",
        {k: v for k, v in map_query(rng).items() if k in ("type", "bbox")},
    ),
}


def cpu_seconds() -> float:
    """CPU time of this process, all threads (DuckDB's included)."""
    usage = resource.getrusage(resource.RUSAGE_SELF)
    return usage.ru_utime + usage.ru_stime


def percentile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(q * (len(ordered) - 1)))]


def measure(db: Path, requests: int) -> list[tuple[str, list[float], list[float], float]]:
    """(query, wall ms, CPU ms, mean features/rows) for each query kind."""
    rng = random.Random(7)
    rows = []
    with TestClient(create_app(db)) as client:
        for name, make in QUERIES.items():
            for _ in range(5):
                path, params = make(rng)
                client.get(path, params=params)
            walls, cpus, sizes = [], [], []
            for _ in range(requests):
                path, params = make(rng)
                began, cpu = time.perf_counter(), cpu_seconds()
                response = client.get(path, params=params)
                walls.append((time.perf_counter() - began) * 1000)
                cpus.append((cpu_seconds() - cpu) * 1000)
                assert response.status_code == 200, response.text
                body = response.json()
                sizes.append(len(body.get("features", body.get("events", body.get("bins", [])))))
            rows.append((name, walls, cpus, statistics.mean(sizes)))
    return rows


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--events", type=int, default=1_000_000)
    parser.add_argument("--requests", type=int, default=200)
    parser.add_argument("--db", type=Path, default=Path("/tmp/dateline-web-bench.duckdb"))
    parser.add_argument("--reuse", action="store_true", help="Keep an existing store at --db.")
    args = parser.parse_args()
    if not (args.reuse and args.db.exists()):
        began = time.perf_counter()
        build(args.db, args.events)
        print(f"built {args.events:,} events in {time.perf_counter() - began:.1f} s")
    load = ", ".join(f"{x:.1f}" for x in os.getloadavg())
    print(f"{args.events:,} events, {args.requests} requests per query; load average {load}")
    print("| query | p50 ms | p95 ms | max ms | CPU p50 ms | CPU p95 ms | mean results |")
    print("| --- | ---: | ---: | ---: | ---: | ---: | ---: |")
    for name, walls, cpus, size in measure(args.db, args.requests):
        print(
            f"| {name} | {percentile(walls, 0.5):.1f} | {percentile(walls, 0.95):.1f} | "
            f"{max(walls):.1f} | {percentile(cpus, 0.5):.1f} | {percentile(cpus, 0.95):.1f} | "
            f"{size:.0f} |"
        )


if __name__ == "__main__":
    main()
