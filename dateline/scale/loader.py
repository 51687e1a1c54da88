"""The store takes in a shard's parts: one transaction per shard, each article at most once."""

from __future__ import annotations

from datetime import UTC, datetime

from dateline.models import LAYERS
from dateline.scale.parts import Dataset, Manifest, reports
from dateline.store.database import Store
from dateline.store.incidents import attach
from dateline.store.writer import Summary


def load_shard(store: Store, dataset: Dataset, manifest: Manifest, summary: Summary) -> None:
    """Insert the shard's articles the store does not hold yet, their layers, the words
    fusion searches by (``store.named``) and every source, and fuse their events into the
    store's incidents.

    DuckDB reads the Parquet parts itself. Loading a shard twice adds nothing: its
    articles are then already present, as when a local ingest meets them again.
    """
    con, now = store.con, datetime.now(UTC)

    def part(table: str) -> str:
        return str(dataset.part(table, manifest.shard))

    def inserted(sql: str, params: list) -> int:
        return con.execute(sql, params).fetchone()[0]

    con.begin()
    try:
        con.execute(
            "CREATE OR REPLACE TEMP TABLE fresh_ids AS SELECT id FROM read_parquet(?) "
            "WHERE id NOT IN (SELECT id FROM articles)",
            [part("articles")],
        )
        stored = inserted(
            "INSERT INTO articles BY NAME SELECT * REPLACE (?::TIMESTAMP AS ingested_at) "
            "FROM read_parquet(?) WHERE id IN (SELECT id FROM fresh_ids)",
            [now, part("articles")],
        )
        rows = {
            layer: inserted(
                f"INSERT INTO {layer} BY NAME SELECT * FROM read_parquet(?) "
                "WHERE article_id IN (SELECT id FROM fresh_ids)",
                [part(layer)],
            )
            for layer in LAYERS
        }
        sources = inserted(
            "INSERT OR IGNORE INTO sources BY NAME "
            "SELECT DISTINCT ON (article_id, location) * REPLACE (?::TIMESTAMP AS added_at) "
            "FROM read_parquet(?) WHERE article_id IN (SELECT id FROM articles)",
            [now, part("sources")],
        )
        con.execute(
            "INSERT INTO salient_words BY NAME SELECT * FROM read_parquet(?) "
            "WHERE article_id IN (SELECT id FROM fresh_ids)",
            [part("salient_words")],
        )
        con.execute(
            "INSERT OR IGNORE INTO place_words BY NAME SELECT DISTINCT * FROM read_parquet(?)",
            [part("place_words")],
        )
        attach(con, [row[0] for row in con.execute("SELECT id FROM fresh_ids").fetchall()])
        con.execute("DROP TABLE fresh_ids")
        con.commit()
    except BaseException:
        con.rollback()
        raise
    skipped, warned = reports(manifest)
    summary.skipped.extend(skipped)
    summary.warned.extend(warned)
    summary.stored += stored
    summary.duplicates += manifest.occurrences - stored
    summary.new_sources += sources - stored
    summary.events += rows["events"]
    summary.places += rows["places"]
    summary.quotes += rows["quotes"]
