"""The dataset of Parquet parts beside the store: one part per shard and table, then a manifest.

Layout: ``ROOT/TABLE/SHARD.parquet`` for each table of ``store.schema.tables()``, and
``ROOT/_shards/SHARD.json`` written last, so a shard with a manifest has all its parts.
Every file is written under a temporary name and renamed, so a killed worker leaves no
half-written part. Parts hold the rows a local ingest would write, in the same columns.
"""

from __future__ import annotations

import json
import os
from dataclasses import asdict, dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Any

import pyarrow as pa
import pyarrow.parquet as pq

from dateline.ingest import Skipped, Warned
from dateline.models import Article, Result
from dateline.store.database import result_rows, source_row
from dateline.store.schema import tables

MANIFESTS = "_shards"
ARROW_TYPES = {
    "VARCHAR": pa.string(),
    "VARCHAR[]": pa.list_(pa.string()),
    "JSON": pa.string(),
    "BIGINT": pa.int64(),
    "INTEGER": pa.int32(),
    "DOUBLE": pa.float64(),
    "BOOLEAN": pa.bool_(),
    "TIMESTAMP": pa.timestamp("us", tz="UTC"),
    "DATE": pa.date32(),
}


def arrow_schema(table: str) -> pa.Schema:
    """The Arrow schema of a store table (its SQL types mapped one to one)."""
    return pa.schema([(name, ARROW_TYPES[kind.split()[0]]) for name, kind in tables()[table]])


@dataclass
class Manifest:
    """What a worker did with one shard: counts, reports, where it ran, its time and memory."""

    shard: str
    path: str
    articles: int = 0
    occurrences: int = 0
    skipped: list[tuple[str, str]] = field(default_factory=list)
    warned: list[tuple[str, str]] = field(default_factory=list)
    node: str = ""
    pid: int = 0
    seconds: float = 0.0
    cpu_seconds: float = 0.0
    peak_rss_mb: float = 0.0

    @property
    def items(self) -> int:
        """Items read from the shard, as a local ingest's progress counts them."""
        return self.occurrences + len(self.skipped)


class Dataset:
    """The parts dataset at ``root`` (by default the store's path with ``.parts`` added)."""

    def __init__(self, root: str | Path) -> None:
        self.root = Path(root)

    @classmethod
    def beside(cls, store_path: Path) -> Dataset:
        return cls(store_path.with_name(store_path.name + ".parts"))

    def part(self, table: str, shard: str) -> Path:
        return self.root / table / f"{shard}.parquet"

    def manifest_path(self, shard: str) -> Path:
        return self.root / MANIFESTS / f"{shard}.json"

    def done(self, shard: str) -> bool:
        """Whether every part of the shard has been written."""
        return self.manifest_path(shard).exists()

    def manifest(self, shard: str) -> Manifest:
        data = json.loads(self.manifest_path(shard).read_text(encoding="utf-8"))
        data["skipped"] = [tuple(pair) for pair in data["skipped"]]
        data["warned"] = [tuple(pair) for pair in data["warned"]]
        return Manifest(**data)

    def writer(self, manifest: Manifest, now: datetime) -> PartWriter:
        return PartWriter(self, manifest, now)


class PartWriter:
    """Streams one shard's rows into its parts, a row group every ``FLUSH`` articles.

    ``close`` renames the parts into place and writes the manifest last; a writer
    that is never closed leaves only temporary files, which the next attempt replaces.
    """

    FLUSH = 256

    def __init__(self, dataset: Dataset, manifest: Manifest, now: datetime) -> None:
        self.dataset, self.manifest, self.now = dataset, manifest, now
        self.rows: dict[str, list[list[Any]]] = {table: [] for table in tables()}
        self.files = {table: _temporary(dataset.part(table, manifest.shard)) for table in tables()}
        self.writers = {
            table: pq.ParquetWriter(path, arrow_schema(table)) for table, path in self.files.items()
        }

    def seen(self, article: Article) -> None:
        """Record one occurrence of an article (its source), stored or not."""
        self.rows["sources"].append(source_row(article, self.now))

    def add(self, result: Result) -> None:
        """Add an extracted article's rows to every table but ``sources``."""
        for table, rows in result_rows(result, self.now).items():
            self.rows[table].extend(rows)
        self.manifest.articles += 1
        if self.manifest.articles % self.FLUSH == 0:
            self._flush()

    def _flush(self) -> None:
        for table, rows in self.rows.items():
            if rows:
                self.writers[table].write_table(arrow_table(table, rows))
                rows.clear()

    def close(self) -> None:
        """Finish the parts, move them into place, then write the manifest."""
        self._flush()
        for table, writer in self.writers.items():
            writer.close()
            os.replace(self.files[table], self.dataset.part(table, self.manifest.shard))
        target = self.dataset.manifest_path(self.manifest.shard)
        text = json.dumps(asdict(self.manifest), ensure_ascii=False)
        tmp = _temporary(target)
        tmp.write_text(text, encoding="utf-8")
        os.replace(tmp, target)


def arrow_table(table: str, rows: list[list[Any]]) -> pa.Table:
    """Rows of a store table as an Arrow table of its schema."""
    schema = arrow_schema(table)
    columns = list(zip(*rows, strict=True)) if rows else [[] for _ in schema]
    arrays = [pa.array(column, type=f.type) for column, f in zip(columns, schema, strict=True)]
    return pa.Table.from_arrays(arrays, schema=schema)


def _temporary(target: Path) -> Path:
    """A temporary name beside ``target``, its folder created."""
    target.parent.mkdir(parents=True, exist_ok=True)
    return target.with_name(f".{target.name}.{os.getpid()}.tmp")


def reports(manifest: Manifest) -> tuple[list[Skipped], list[Warned]]:
    """The manifest's skipped and warned items as the readers report them."""
    return (
        [Skipped(*pair) for pair in manifest.skipped],
        [Warned(*pair) for pair in manifest.warned],
    )
