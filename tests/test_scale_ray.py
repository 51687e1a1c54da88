"""Scale-out on real Ray: in-process, and a two-node cluster on this machine (own ports).

The stores are compared with a local ingest table by table; a worker and a driver are
killed mid-job. Each cluster started here is stopped by its fixture.
"""

from __future__ import annotations

import json
import os
import re
import signal
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from ray_cluster import Cluster, two_node_cluster
from scale_support import layers_whole, mixed_inputs, report, store_rows, write_stories
from typer.testing import CliRunner

from dateline.cli import EXIT_USAGE, app
from dateline.scale.parts import MANIFESTS, Dataset
from dateline.scale.run import ingest_on_ray
from dateline.store.database import Store
from dateline.store.schema import tables

STORIES, PER_FILE = 48, 2


@pytest.fixture(scope="module")
def cluster() -> Iterator[Cluster]:
    with two_node_cluster() as running:
        yield running


def manifests(db: Path) -> list[dict]:
    folder = Dataset.beside(db).root / MANIFESTS
    return [json.loads(p.read_text()) for p in sorted(folder.glob("*.json"))]


def test_local_ray_ingest_equals_a_local_ingest(
    mixed: Path, mixed_local: tuple[Path, dict], tmp_path: Path
) -> None:
    db = tmp_path / "ray.duckdb"
    with Store(db) as store:
        summary = ingest_on_ray(mixed_inputs(mixed), store, "local", workers=2)
    local_db, local_report = mixed_local
    assert report(summary) == local_report
    ours, theirs = store_rows(db), store_rows(local_db)
    for table in tables():
        assert ours[table] == theirs[table], table
    assert summary.shards == len(manifests(db)) == 10


def kill_first_worker(db: Path, killed: list[int], stop: threading.Event) -> None:
    """SIGKILL the worker process that wrote the first manifest, while shards remain."""
    while not stop.is_set():
        done = manifests(db)
        if done:
            killed.extend([len(done), done[0]["pid"]])
            os.kill(done[0]["pid"], signal.SIGKILL)
            return
        time.sleep(0.02)


def test_a_worker_killed_mid_job_is_retried_and_every_article_stored_once(
    tmp_path: Path,
) -> None:
    files = write_stories(tmp_path / "corpus", STORIES, PER_FILE)
    db = tmp_path / "ray.duckdb"
    killed: list[int] = []
    stop = threading.Event()
    watcher = threading.Thread(target=kill_first_worker, args=(db, killed, stop))
    watcher.start()
    try:
        with Store(db) as store:
            summary = ingest_on_ray([str(tmp_path / "corpus")], store, "local", workers=1)
    finally:
        stop.set()
        watcher.join()
    assert killed and killed[0] < files, "the worker was killed after the last shard"
    done = manifests(db)
    assert len(done) == files
    # the shard in flight is run again: its manifest may be rewritten by the new process
    assert {m["pid"] for m in done} - {killed[1]}, "a new worker process took up the shards"
    assert (summary.stored, summary.duplicates, summary.skipped) == (STORIES, 0, [])
    assert layers_whole(db)["articles"] == STORIES


def test_two_node_cluster_ingest_equals_a_local_ingest(
    cluster: Cluster, mixed: Path, mixed_local: tuple[Path, dict], tmp_path: Path
) -> None:
    db = tmp_path / "cluster.duckdb"
    command = [sys.executable, "-m", "dateline.cli", "ingest", *mixed_inputs(mixed)]
    command += ["--db", str(db), "--ray", cluster.address, "--workers", "2", "--json-logs"]
    done = subprocess.run(command, capture_output=True, text=True, env=cluster.env, timeout=300)
    assert done.returncode == 1, done.stderr  # some items were skipped, as locally
    local_db, local_report = mixed_local
    ours, theirs = store_rows(db), store_rows(local_db)
    for table in tables():
        assert ours[table] == theirs[table], table
    logged = [json.loads(line) for line in done.stderr.splitlines() if line.startswith("{")]
    skipped = sorted((e["location"], e["reason"]) for e in logged if e.get("event") == "skipped")
    warned = sorted((e["location"], e["reason"]) for e in logged if e.get("event") == "warned")
    assert (skipped, warned) == (local_report["skipped"], local_report["warned"])
    assert len({m["node"] for m in manifests(db)}) == 2, "both nodes extracted shards"


def test_a_killed_driver_rerun_skips_the_shards_already_written(
    cluster: Cluster, tmp_path: Path
) -> None:
    files = write_stories(tmp_path / "corpus", STORIES, PER_FILE)
    db = tmp_path / "cluster.duckdb"
    command = [sys.executable, "-m", "dateline.cli", "ingest", str(tmp_path / "corpus")]
    command += ["--db", str(db), "--ray", cluster.address, "--workers", "2"]
    driver = subprocess.Popen(
        command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env=cluster.env
    )
    deadline = time.monotonic() + 240
    while time.monotonic() < deadline and driver.poll() is None and len(manifests(db)) < 2:
        time.sleep(0.05)
    assert driver.poll() is None, "the driver ended before it could be killed"
    written = len(manifests(db))
    driver.kill()
    driver.wait()
    assert 2 <= written < files
    rerun = subprocess.run(command, capture_output=True, text=True, env=cluster.env, timeout=300)
    assert rerun.returncode == 0, rerun.stderr
    reused = int(re.search(r"(\d+) done by an earlier run", rerun.stdout).group(1))
    assert written <= reused <= files  # workers may finish shards before Ray stops them
    assert f"{files} shards" in rerun.stdout
    assert layers_whole(db)["articles"] == STORIES


def test_no_cluster_to_reach_is_a_usage_error(
    examples: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("RAY_ADDRESS", raising=False)
    db = tmp_path / "s.duckdb"
    args = ["ingest", str(examples / "wire.jsonl"), "--db", str(db), "--ray", "auto", "-q"]
    assert CliRunner().invoke(app, args).exit_code == EXIT_USAGE
    assert layers_whole(db)["articles"] == 0
