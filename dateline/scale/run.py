"""The driver: list shards, extract the ones not done on Ray, load every shard in input order."""

from __future__ import annotations

import logging
from collections.abc import Iterable, Iterator
from dataclasses import dataclass

from dateline.config import Settings
from dateline.ingest import JsonFields, Skipped
from dateline.scale.cluster import connected
from dateline.scale.loader import load_shard
from dateline.scale.parts import Dataset
from dateline.scale.shards import Shard, choices, shards
from dateline.scale.worker import ShardWorker
from dateline.store.database import Store
from dateline.store.writer import Progress, Summary

log = logging.getLogger("dateline.scale")


@dataclass
class ScaleSummary(Summary):
    """A local ingest's summary, and how many shards were extracted now or found done."""

    shards: int = 0
    reused: int = 0


class InOrder:
    """Loads shards into the store in input order as they are done, whatever order they end in."""

    def __init__(self, store: Store, dataset: Dataset, order: list[Shard], summary: Summary):
        self.store, self.dataset, self.order, self.summary = store, dataset, order, summary
        self.done: set[str] = set()
        self.next = 0

    def finished(self, name: str) -> None:
        self.done.add(name)
        while self.next < len(self.order) and self.order[self.next].name in self.done:
            manifest = self.dataset.manifest(self.order[self.next].name)
            load_shard(self.store, self.dataset, manifest, self.summary)
            self.next += 1

    @property
    def complete(self) -> bool:
        return self.next == len(self.order)


def ingest_on_ray(
    paths: Iterable[str],
    store: Store,
    address: str,
    settings: Settings | None = None,
    workers: int | None = None,
    fields: JsonFields | None = None,
    dataset: Dataset | None = None,
    on_progress: Progress | None = None,
) -> ScaleSummary:
    """Ingest ``paths`` into ``store`` with extraction on the Ray cluster at ``address``.

    ``workers`` actors (default and most: one per CPU of the cluster) each hold one pipeline.
    Shards whose parts a previous run wrote (same file, same user files and fields) are
    not extracted again.
    """
    dataset = dataset or Dataset.beside(store.path)
    advance = on_progress or (lambda n: None)
    summary = ScaleSummary()
    order: list[Shard] = []
    settings, fields = settings or Settings(), fields or JsonFields()
    variant = choices(settings, fields)
    for item in shards(paths, exclude=store.files, outside=dataset.root, variant=variant):
        if isinstance(item, Skipped):
            summary.skipped.append(item)
            advance(1)
        else:
            order.append(item)
    unique = list({shard.name: shard for shard in order}.values())
    todo = [shard for shard in unique if not dataset.done(shard.name)]
    summary.shards, summary.reused = len(unique), len(unique) - len(todo)
    loader = InOrder(store, dataset, order, summary)
    for shard in unique:
        if dataset.done(shard.name):
            advance(dataset.manifest(shard.name).items)
            loader.finished(shard.name)
    if todo:
        with connected(address):
            for name in _extract(todo, dataset, settings, workers, fields):
                advance(dataset.manifest(name).items)
                loader.finished(name)
    assert loader.complete, "a shard was neither extracted nor found done"
    return summary


def _extract(
    todo: list[Shard],
    dataset: Dataset,
    settings: Settings,
    workers: int | None,
    fields: JsonFields,
) -> Iterator[str]:
    """Run the shards through a pool of ``ShardWorker`` actors; yields each shard as it ends."""
    import ray

    cpus = max(1, int(ray.cluster_resources().get("CPU", 1)))
    if workers and workers > cpus:
        log.warning(
            "%d workers asked for, but the cluster has %d CPUs: using %d", workers, cpus, cpus
        )
    size = min(workers or cpus, cpus)
    items = [{"name": shard.name, "path": shard.path} for shard in todo]
    results = ray.data.from_items(items, override_num_blocks=len(items)).map_batches(
        ShardWorker,
        fn_constructor_args=(settings, str(dataset.root), fields),
        batch_size=1,
        compute=ray.data.ActorPoolStrategy(size=min(size, len(todo))),
        num_cpus=1,
    )
    for row in results.iter_rows():
        yield str(row["shard"])
