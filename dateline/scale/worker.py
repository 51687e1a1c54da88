"""A worker's job: extract one shard with the pipeline it holds and write the shard's parts."""

from __future__ import annotations

import os
import resource
import time
from collections.abc import Iterator
from datetime import UTC, datetime
from typing import Any

import numpy as np
import pyarrow as pa

from dateline.config import Settings
from dateline.ingest import JsonFields, Skipped, Warned, read_items
from dateline.models import Article
from dateline.pipeline import Pipeline
from dateline.scale.parts import Dataset, Manifest, PartWriter
from dateline.scale.remote import is_uri, local_copy, relocated
from dateline.scale.shards import Shard


def extract_shard(
    pipeline: Pipeline, shard: Shard, dataset: Dataset, fields: JsonFields, node: str = ""
) -> Manifest:
    """Read, extract and write one shard; an article repeated within it is extracted once."""
    start, cpu = time.perf_counter(), time.process_time()
    manifest = Manifest(shard.name, shard.path, node=node, pid=os.getpid())
    parts = dataset.writer(manifest, datetime.now(UTC))
    for outcome in pipeline.process_stream(_first_sightings(shard, fields, manifest, parts)):
        if isinstance(outcome, Skipped):
            manifest.skipped.append((outcome.location, outcome.reason))
            manifest.occurrences -= 1
        else:
            parts.add(outcome)
    manifest.seconds = round(time.perf_counter() - start, 3)
    manifest.cpu_seconds = round(time.process_time() - cpu, 3)
    manifest.peak_rss_mb = round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1)
    parts.close()
    return manifest


def _first_sightings(
    shard: Shard, fields: JsonFields, manifest: Manifest, parts: PartWriter
) -> Iterator[Article]:
    """The shard's articles, each id once; every sighting and report is recorded on the way."""
    ids: set[str] = set()
    for item in _items(shard, fields):
        if isinstance(item, Skipped):
            manifest.skipped.append((item.location, item.reason))
        elif isinstance(item, Warned):
            manifest.warned.append((item.location, item.reason))
        else:
            manifest.occurrences += 1
            parts.seen(item)
            if item.id not in ids:
                ids.add(item.id)
                yield item


def _items(shard: Shard, fields: JsonFields) -> Iterator[Article | Skipped | Warned]:
    """The readers' items of a local file, or of a local copy of a file named by URI."""
    if not is_uri(shard.path):
        yield from read_items([shard.path], fields)
        return
    try:
        with local_copy(shard.path) as local:
            for item in read_items([str(local)], fields):
                yield relocated(item, local, shard.path)
    except (OSError, pa.ArrowException) as error:
        yield Skipped(shard.path, f"cannot read file ({error})")


class ShardWorker:
    """A Ray Data actor: loads the model once, then extracts each shard of its batches."""

    def __init__(self, settings: Settings, root: str, fields: JsonFields) -> None:
        import ray

        self.pipeline = Pipeline(settings)
        self.dataset = Dataset(root)
        self.fields = fields
        self.node = ray.get_runtime_context().get_node_id()

    def __call__(self, batch: dict[str, np.ndarray]) -> dict[str, Any]:
        names = []
        for name, path in zip(batch["name"], batch["path"], strict=True):
            shard = Shard(str(name), str(path))
            extract_shard(self.pipeline, shard, self.dataset, self.fields, self.node)
            names.append(shard.name)
        return {"shard": np.array(names)}
