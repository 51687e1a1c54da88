"""Incremental incident fusion on a large store: time and memory to fuse new events.

Builds a synthetic store with web_api.build (``--events`` events; their dates moved to
2013-2017, the years of the GVA articles, and each dated to a day), then writes
``--articles`` extracted GVA articles from incidents.py's cache into it in batches of 16,
as ingest commits, and reports the time spent fusing (``attach``: finding the new events'
neighbourhood and rewriting its incidents) beside the time spent writing the layers, and
the process's peak memory. The machine is shared: times are noisy.

    .venv/bin/python benchmarks/incidents_scale.py --cache /tmp/gva_results.jsonl \\
        --events 1000000 --articles 500
"""

from __future__ import annotations

import argparse
import json
import resource
import time
from pathlib import Path

from web_api import build

import dateline.store.database as database
from dateline.models import Result
from dateline.store.database import Store


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--cache", type=Path, required=True)
    parser.add_argument("--events", type=int, default=1_000_000)
    parser.add_argument("--articles", type=int, default=500)
    parser.add_argument("--db", type=Path, default=Path("/tmp/incidents-scale.duckdb"))
    args = parser.parse_args()
    began = time.perf_counter()
    build(args.db, args.events)
    with Store(args.db) as store:
        store.con.execute(
            "UPDATE events SET date_start = date_start - INTERVAL 7 YEAR, "
            "\"date\" = strftime(date_start - INTERVAL 7 YEAR, '%Y-%m-%d')"
        )
        store.con.execute("UPDATE events SET date_end = date_start")
    print(f"built {args.events:,} synthetic events in {time.perf_counter() - began:.0f} s")
    results = []
    with open(args.cache, encoding="utf-8") as handle:
        for line in handle:
            results.append(Result.from_dict(json.loads(line)["result"]))
            if len(results) >= args.articles:
                break
    results = list({r.article.id: r for r in results}.values())
    fusing = [0.0]
    attach = database.attach

    def timed(con, ids):
        start = time.perf_counter()
        try:
            return attach(con, ids)
        finally:
            fusing[0] += time.perf_counter() - start

    database.attach = timed
    began = time.perf_counter()
    with Store(args.db) as store:
        for start in range(0, len(results), 16):
            store.write(results[start : start + 16])
        incidents = store.con.execute("SELECT count(*) FROM incidents").fetchone()[0]
    total = time.perf_counter() - began
    events = sum(len(r.events) for r in results)
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(
        f"{len(results)} articles, {events} new events into {args.events:,}: written in "
        f"{total:.0f} s, of which fusion {fusing[0]:.0f} s ({events / fusing[0]:.0f} events/s "
        f"fused); {incidents} incidents; peak memory {peak:.0f} MB"
    )


if __name__ == "__main__":
    main()
