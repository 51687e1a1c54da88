"""Scale-out on Ray beside the local pipeline, on the same 300 articles as throughput.py.

Writes the articles as JSONL shards, then measures in one run: the local pipeline in
this process and a local ingest of the shards; a Ray cluster started in this process
(start-up and teardown timed apart) running the ingest with 1 and with 2 worker actors;
wall and CPU time (CPU time is steadier on a shared machine); each worker's peak memory;
and the store's own ceiling, loading the parts of the 2-worker run into a fresh store.
``--driver-memory`` also runs the Ray ingest at 300 and 3,000 articles in child
processes and prints the driver's peak memory for each.

    .venv/bin/python benchmarks/scale.py --articles 300
    .venv/bin/python benchmarks/scale.py --articles 300 --driver-memory
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time
from collections import defaultdict
from dataclasses import asdict
from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq
from throughput import BATCH, corpus, peak_rss_mb

from dateline.models import Article
from dateline.pipeline import Pipeline
from dateline.scale.loader import load_shard
from dateline.scale.parts import MANIFESTS, Dataset, Manifest
from dateline.scale.run import ingest_on_ray
from dateline.store.database import Store
from dateline.store.schema import tables
from dateline.store.writer import Summary, ingest

SHARD = 15
DAY = 86_400


def write_shards(texts: list[str], folder: Path, size: int = SHARD) -> int:
    """The texts as JSONL files of ``size`` articles each; returns the number of files."""
    folder.mkdir(parents=True, exist_ok=True)
    for start in range(0, len(texts), size):
        lines = [
            json.dumps({"text": text, "published": "2009-03-20", "url": f"https://lgl/{i}"})
            for i, text in enumerate(texts[start : start + size], start)
        ]
        (folder / f"shard-{start // size:04d}.jsonl").write_text("\n".join(lines) + "\n")
    return -(-len(texts) // size)


def local_rates(texts: list[str]) -> tuple[float, float]:
    """Articles per second and per CPU-second of the whole pipeline in this process."""
    pipeline = Pipeline()
    list(pipeline.nlp.pipe(texts[:BATCH], batch_size=BATCH))
    articles = [Article(text=t, published="2009-03-20") for t in texts]
    start, cpu = time.perf_counter(), time.process_time()
    done = sum(1 for _ in pipeline.process_stream(articles, batch_size=BATCH))
    return done / (time.perf_counter() - start), done / (time.process_time() - cpu)


def local_ingest(shards: Path, db: Path) -> tuple[float, float]:
    """Seconds and CPU seconds of a local ingest of the shards, loading the model included."""
    start, cpu = time.perf_counter(), time.process_time()
    with Store(db) as store:
        ingest([str(shards)], store)
    return time.perf_counter() - start, time.process_time() - cpu


def manifests(db: Path) -> list[dict]:
    folder = Dataset.beside(db).root / MANIFESTS
    return [json.loads(p.read_text()) for p in folder.glob("*.json")]


def ray_run(shards: Path, db: Path, workers: int) -> dict[str, float]:
    """One Ray ingest on the running cluster: wall time, busy time per worker, memory."""
    start = time.perf_counter()
    with Store(db) as store:
        summary = ingest_on_ray([str(shards)], store, "local", workers=workers)
    wall = time.perf_counter() - start
    busy: dict[int, float] = defaultdict(float)
    cpu: dict[int, float] = defaultdict(float)
    peaks: dict[int, float] = defaultdict(float)
    for manifest in manifests(db):
        busy[manifest["pid"]] += manifest["seconds"]
        cpu[manifest["pid"]] += manifest["cpu_seconds"]
        peaks[manifest["pid"]] = max(peaks[manifest["pid"]], manifest["peak_rss_mb"])
    return {
        "articles": summary.stored,
        "wall": wall,
        "busiest": max(busy.values()),
        "cpu": sum(cpu.values()),
        "processes": len(busy),
        "peak_mb": max(peaks.values()),
    }


def regrouped(dataset: Dataset, groups: int, root: Path) -> Dataset:
    """The dataset's parts concatenated into ``groups`` larger shards, in shard order."""
    names = sorted(p.stem for p in (dataset.root / MANIFESTS).glob("*.json"))
    out, size = Dataset(root), -(-len(names) // groups)
    for group in range(groups):
        chunk, name = names[group * size : (group + 1) * size], f"group-{group:03d}"
        for table in tables():
            parts = [pq.read_table(dataset.part(table, shard)) for shard in chunk]
            out.part(table, name).parent.mkdir(parents=True, exist_ok=True)
            pq.write_table(pa.concat_tables(parts), out.part(table, name))
        manifests = [dataset.manifest(shard) for shard in chunk]
        merged = Manifest(name, "", sum(m.articles for m in manifests))
        merged.occurrences = sum(m.occurrences for m in manifests)
        out.manifest_path(name).parent.mkdir(parents=True, exist_ok=True)
        out.manifest_path(name).write_text(json.dumps(asdict(merged)))
    return out


def store_ceiling(dataset: Dataset, db: Path) -> tuple[int, float]:
    """Load every shard of ``dataset`` into a fresh store: articles and seconds."""
    names = sorted(p.stem for p in (dataset.root / MANIFESTS).glob("*.json"))
    summary = Summary()
    with Store(db) as store:
        start = time.perf_counter()
        for name in names:
            load_shard(store, dataset, dataset.manifest(name), summary)
        return summary.stored, time.perf_counter() - start


def driver_memory(count: int, workers: int, tmp: Path) -> float:
    """Peak memory in MB of a child process that only drives the Ray ingest of ``count``."""
    shards = tmp / f"driver-{count}"
    write_shards(corpus(count), shards)
    child = [sys.executable, __file__, "--driver-child", str(shards), "--workers", str(workers)]
    done = subprocess.run(child, capture_output=True, text=True, check=True)
    return float(done.stdout.split()[-1])


def drive(shards: Path, workers: int) -> None:
    """The child's job: the Ray ingest of ``shards`` only, then its own peak memory."""
    import ray

    ray.init(num_cpus=workers, include_dashboard=False, logging_level="ERROR")
    ray_run(shards, shards.with_suffix(".duckdb"), workers)
    ray.shutdown()
    print(f"{peak_rss_mb():.1f}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=300)
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--driver-memory", action="store_true")
    parser.add_argument("--driver-child", type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.driver_child:
        drive(args.driver_child, args.workers)
        return
    texts = corpus(args.articles)
    with tempfile.TemporaryDirectory() as tmp:
        shards = Path(tmp) / "shards"
        files = write_shards(texts, shards)
        report(texts, shards, files, Path(tmp), args)


def report(texts: list[str], shards: Path, files: int, tmp: Path, args) -> None:
    import ray

    n = len(texts)
    print(f"{n} articles of 600 words (LGL news text) in {files} JSONL shards of {SHARD}")
    print(f"load average at the start {os.getloadavg()[0]:.2f} (2 cores; other work slows all)")
    local, local_cpu = local_rates(texts)
    print(f"local pipeline, 1 process       {local:7.2f} articles/s, {local_cpu:.2f} per CPU-s")
    wall, cpu = local_ingest(shards, tmp / "local.duckdb")
    print(
        f"local ingest of the shards      {n / wall:7.2f} articles/s over {wall:.1f} s "
        f"(model load included), {n / cpu:.2f} per CPU-s"
    )

    start = time.perf_counter()
    ray.init(num_cpus=args.workers, include_dashboard=False, logging_level="ERROR")
    print(f"ray cluster start-up            {time.perf_counter() - start:7.2f} s")
    runs = {}
    for workers in range(1, args.workers + 1):
        run = runs[workers] = ray_run(shards, tmp / f"ray{workers}.duckdb", workers)
        print(
            f"ray, {workers} worker(s)                {n / run['busiest']:7.2f} articles/s "
            f"busy, {n / run['cpu']:.2f} per CPU-s of a worker; {n / run['wall']:.2f}/s over "
            f"the whole job of {run['wall']:.1f} s (actors loading the model included); "
            f"peak RSS per worker {run['peak_mb']:.0f} MB"
        )
    start = time.perf_counter()
    ray.shutdown()
    print(f"ray cluster teardown            {time.perf_counter() - start:7.2f} s")
    again, again_cpu = local_rates(texts)
    print(f"local pipeline again            {again:7.2f} articles/s, {again_cpu:.2f} per CPU-s")
    print(f"load average at the end   {os.getloadavg()[0]:.2f}")

    local, local_cpu = (local + again) / 2, (local_cpu + again_cpu) / 2
    one, one_cpu = n / runs[1]["busiest"], n / runs[1]["cpu"]
    ratio, ratio_cpu = one / local, one_cpu / local_cpu
    print(
        f"1 worker / local pipeline       {ratio:7.3f}   per CPU-s {ratio_cpu:.3f} (target >= 0.9)"
    )
    jobs = wall / runs[1]["wall"], cpu / runs[1]["cpu"]
    print(f"1 worker / local ingest         {jobs[0]:7.3f}   (whole jobs), per CPU-s {jobs[1]:.3f}")
    if 2 in runs:
        two = n / runs[2]["busiest"]
        print(f"2 workers / 1 worker            {two / one:7.3f}   (target >= 1.8)")
    parts = Dataset.beside(tmp / f"ray{args.workers}.duckdb")
    size = sum(p.stat().st_size for p in parts.root.rglob("*.parquet"))
    print(f"parts on disk                   {size / n / 1024:7.1f} KB per article")
    ceiling = 0.0
    for groups in (files, 2, 1):
        dataset = parts if groups == files else regrouped(parts, groups, tmp / f"g{groups}")
        loaded, seconds = store_ceiling(dataset, tmp / f"ceiling{groups}.duckdb")
        ceiling = max(ceiling, loaded / seconds)
        print(
            f"store loading parts, {n // groups:>3} per shard {loaded / seconds:7.0f} articles/s "
            "(no incident fusion yet)"
        )
    print(f"articles/day per core, 1 worker {one * DAY:,.0f} (busy), {one_cpu * DAY:,.0f} (CPU)")
    print(f"100 nodes x 15 workers           {one_cpu * DAY * 1500:,.0f} articles/day")
    print(f"workers the store keeps up with  {ceiling / one_cpu:7.0f}")
    if args.driver_memory:
        for count in (300, 3000):
            peak = driver_memory(count, args.workers, tmp)
            print(f"driver peak RSS, {count:>5} articles {peak:7.0f} MB")


if __name__ == "__main__":
    main()
