"""Ingest: read inputs, skip what the store already holds, extract and write the rest."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, field

from dateline.config import Settings
from dateline.ingest import JsonFields, Skipped, Warned, read_items
from dateline.models import Article, Result
from dateline.pipeline import Extractor, chunked
from dateline.store.database import Store

WINDOW = 64
# Articles a transaction: each commit fuses its events with the store's incidents, whose
# candidate search reads the events table about once whatever the batch's size, so on a
# large store fewer, larger commits fuse faster; a kill loses at most this many extractions.
COMMIT_EVERY = 64


@dataclass
class Summary:
    """What an ingest did: counts, every skipped item with its reason, and every warning."""

    stored: int = 0
    duplicates: int = 0
    new_sources: int = 0
    events: int = 0
    places: int = 0
    quotes: int = 0
    skipped: list[Skipped] = field(default_factory=list)
    warned: list[Warned] = field(default_factory=list)

    @property
    def read(self) -> int:
        return self.stored + self.duplicates

    def add(self, result: Result) -> None:
        self.stored += 1
        self.events += len(result.events)
        self.places += len(result.places)
        self.quotes += len(result.quotes)


Progress = Callable[[int], None]


def ingest(
    paths: Iterable[str],
    store: Store,
    settings: Settings | None = None,
    workers: int = 1,
    fields: JsonFields | None = None,
    on_progress: Progress | None = None,
) -> Summary:
    """Ingest every article under ``paths`` into ``store``; re-running adds nothing new.

    ``on_progress(n)`` is called as items are done (stored, duplicate or skipped).
    """
    summary = Summary()
    advance = on_progress or (lambda n: None)
    seen: set[str] = set()
    with Extractor(settings, workers) as extractor:
        for window in chunked(read_items(paths, fields, exclude=store.files), WINDOW):
            fresh, again = _split(window, store, seen, summary)
            items = sum(not isinstance(item, Warned) for item in window)
            advance(items - len(fresh))
            batch: list[Result] = []
            for outcome in extractor.process(fresh):
                if isinstance(outcome, Skipped):
                    summary.skipped.append(outcome)
                    advance(1)
                    continue
                batch.append(outcome)
                if len(batch) >= COMMIT_EVERY:
                    _commit(store, batch, summary, advance)
            _commit(store, batch, summary, advance)
            summary.new_sources += store.add_sources(again)
    return summary


def _split(
    window: list[Article | Skipped | Warned], store: Store, seen: set[str], summary: Summary
) -> tuple[list[Article], list[Article]]:
    """The window's articles that neither the store nor this run has seen yet, and the rest."""
    articles = [item for item in window if isinstance(item, Article)]
    summary.skipped.extend(item for item in window if isinstance(item, Skipped))
    summary.warned.extend(item for item in window if isinstance(item, Warned))
    known = store.known(a.id for a in articles) | seen
    fresh, again = [], []
    for article in articles:
        (again if article.id in known else fresh).append(article)
        known.add(article.id)
    seen.update(a.id for a in fresh)
    summary.duplicates += len(again)
    return fresh, again


def _commit(store: Store, batch: list[Result], summary: Summary, advance: Progress) -> None:
    store.write(batch)
    for result in batch:
        summary.add(result)
    advance(len(batch))
    batch.clear()
