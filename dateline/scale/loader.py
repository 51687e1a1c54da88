"""The store takes in a shard's parts: one transaction per shard, each article at most once."""

from __future__ import annotations

from datetime import UTC, datetime

from dateline.models import LAYERS
from dateline.scale.parts import Dataset, Manifest, reports
from dateline.store.database import Store
from dateline.store.writer import Summary

COUNTED = ("sources", "events", "places", "quotes")


def load_shard(store: Store, dataset: Dataset, manifest: Manifest, summary: Summary) -> None:
    """Insert the shard's articles the store does not hold yet, their layers and every source.

    DuckDB reads the Parquet parts itself. Loading a shard twice adds nothing: its
    articles are then already present, as when a local ingest meets them again.
    """
    con, shard, now = store.con, manifest.shard, datetime.now(UTC)
    before = {table: _count(store, table) for table in COUNTED}
    con.begin()
    try:
        con.execute(
            "CREATE OR REPLACE TEMP TABLE fresh_ids AS SELECT id FROM read_parquet(?) "
            "WHERE id NOT IN (SELECT id FROM articles)",
            [str(dataset.part("articles", shard))],
        )
        con.execute(
            "INSERT INTO articles BY NAME SELECT * REPLACE (?::TIMESTAMP AS ingested_at) "
            "FROM read_parquet(?) WHERE id IN (SELECT id FROM fresh_ids)",
            [now, str(dataset.part("articles", shard))],
        )
        for layer in LAYERS:
            con.execute(
                f"INSERT INTO {layer} BY NAME SELECT * FROM read_parquet(?) "
                "WHERE article_id IN (SELECT id FROM fresh_ids)",
                [str(dataset.part(layer, shard))],
            )
        con.execute(
            "INSERT OR IGNORE INTO sources BY NAME "
            "SELECT DISTINCT ON (article_id, location) * REPLACE (?::TIMESTAMP AS added_at) "
            "FROM read_parquet(?) WHERE article_id IN (SELECT id FROM articles)",
            [now, str(dataset.part("sources", shard))],
        )
        stored = con.execute("SELECT count(*) FROM fresh_ids").fetchone()[0]
        con.execute("DROP TABLE fresh_ids")
        con.commit()
    except BaseException:
        con.rollback()
        raise
    after = {table: _count(store, table) for table in COUNTED}
    skipped, warned = reports(manifest)
    summary.skipped.extend(skipped)
    summary.warned.extend(warned)
    summary.stored += stored
    summary.duplicates += manifest.occurrences - stored
    summary.new_sources += after["sources"] - before["sources"] - stored
    summary.events += after["events"] - before["events"]
    summary.places += after["places"] - before["places"]
    summary.quotes += after["quotes"] - before["quotes"]


def _count(store: Store, table: str) -> int:
    return store.con.execute(f"SELECT count(*) FROM {table}").fetchone()[0]
