"""The embedded DuckDB store: opening (and upgrading) it, and writing whole articles.

Every article is written with all its layers in one transaction, so a store
killed at any moment holds only whole articles; re-ingesting an article that is
already there only records its new source.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import duckdb

from dateline.incidents.named import by_event
from dateline.models import LAYERS, Article, Result
from dateline.store.incidents import attach
from dateline.store.named import fill_words, word_rows
from dateline.store.schema import (
    WORD_COLUMNS,
    columns_sql,
    extra_values,
    quote,
    record_values,
    tables,
)
from dateline.store.told import fill_untold

INSERT_ROWS = 100


def _names(table: str) -> list[str]:
    return [name for name, _ in tables()[table]]


def _insert(table: str, conflict: str = "", rows: int = 1) -> str:
    names = _names(table)
    columns = ", ".join(quote(name) for name in names)
    values = ", ".join([f"({', '.join('?' * len(names))})"] * rows)
    return f"INSERT {conflict} INTO {table} ({columns}) VALUES {values}"


class StoreError(Exception):
    """The store cannot be opened or used; the message says why."""


class Store:
    """A DuckDB file of articles and their extracted layers."""

    def __init__(self, path: str | Path, read_only: bool = False) -> None:
        self.path = Path(path)
        if read_only and not self.path.exists():
            raise StoreError(f"no store at {self.path}")
        try:
            self.con = duckdb.connect(str(self.path), read_only=read_only)
        except duckdb.Error as error:
            raise StoreError(f"cannot open store {self.path}: {error}") from None
        if not read_only:
            self.con.begin()
            self._create()
            self.con.commit()
        elif not self.con.execute(
            "SELECT count(*) FROM information_schema.tables WHERE table_name = 'articles'"
        ).fetchone()[0]:
            self.con.close()
            raise StoreError(f"{self.path} is not a dateline store (it has no articles table)")

    @property
    def files(self) -> tuple[Path, Path]:
        """The store's file and its write-ahead log."""
        return self.path, self.path.with_name(self.path.name + ".wal")

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def close(self) -> None:
        self.con.close()

    def _create(self) -> None:
        """Create the tables, or add the columns an older store lacks (filling what SQL
        alone can fill)."""
        added = set()
        before = {
            name
            for (name,) in self.con.execute("SELECT table_name FROM duckdb_tables()").fetchall()
        }
        for table, columns in tables().items():
            self.con.execute(f"CREATE TABLE IF NOT EXISTS {table} ({columns_sql(table)})")
            present = {
                row[0]
                for row in self.con.execute(
                    "SELECT column_name FROM information_schema.columns WHERE table_name = ?",
                    [table],
                ).fetchall()
            }
            for name, kind in columns:
                if name not in present:
                    kind = kind.replace(" PRIMARY KEY", "")
                    self.con.execute(f"ALTER TABLE {table} ADD COLUMN {quote(name)} {kind}")
                    added.add((table, name))
        if ("events", "fusion_family") in added:
            fill_untold(self.con)
        fill_words(self.con, set(WORD_COLUMNS) - before)
        self.con.execute(
            "CREATE UNIQUE INDEX IF NOT EXISTS sources_key ON sources (article_id, location)"
        )
        self.con.execute(
            "CREATE UNIQUE INDEX IF NOT EXISTS place_words_key ON place_words (name, word)"
        )

    def known(self, ids: Iterable[str]) -> set[str]:
        """Which of these article ids the store already holds."""
        ids = list(ids)
        if not ids:
            return set()
        rows = self.con.execute("SELECT id FROM articles WHERE list_contains(?, id)", [ids])
        return {row[0] for row in rows.fetchall()}

    def add_sources(self, articles: Iterable[Article]) -> int:
        """Record where stored articles were seen again; returns how many sources were new."""
        articles = list(articles)
        stored = self.known(a.id for a in articles)
        now = datetime.now(UTC)
        rows = [source_row(a, now) for a in articles if a.id in stored]
        if not rows:
            return 0
        before = self._count("sources")
        self.con.executemany(_insert("sources", "OR IGNORE"), rows)
        return self._count("sources") - before

    def results(self, batch: int = 256) -> Iterator[Result]:
        """Every stored article's full result, rebuilt from its JSON, in id order."""
        cursor = self.con.execute("SELECT result FROM articles ORDER BY id")
        while rows := cursor.fetchmany(batch):
            for (data,) in rows:
                yield Result.from_dict(json.loads(data) if isinstance(data, str) else data)

    def _count(self, table: str) -> int:
        return self.con.execute(f"SELECT count(*) FROM {table}").fetchone()[0]

    def write(self, results: list[Result]) -> None:
        """Store whole articles with every layer, and fuse their events into the store's
        incidents, all in one transaction. An article the store (or the batch) already
        holds keeps its stored layers; only where it was seen is added."""
        if not results:
            return
        now = datetime.now(UTC)
        seen = self.known(result.article.id for result in results)
        fresh = []
        for result in results:
            if result.article.id not in seen:
                seen.add(result.article.id)
                fresh.append(result)
        self.con.begin()
        try:
            self._write_many(fresh, now)
            rows = [source_row(result.article, now) for result in results]
            self.con.executemany(_insert("sources", "OR IGNORE"), rows)
            attach(self.con, [result.article.id for result in fresh])
            self.con.commit()
        except BaseException:
            self.con.rollback()
            raise

    def _write_many(self, results: list[Result], now: datetime) -> None:
        """Every row of these articles, table by table, many rows a statement (DuckDB runs
        ``executemany`` one row at a time)."""
        rows: dict[str, list[list[Any]]] = {}
        for result in results:
            for table, found in result_rows(result, now).items():
                rows.setdefault(table, []).extend(found)
        if "place_words" in rows:
            rows["place_words"] = [list(r) for r in dict.fromkeys(map(tuple, rows["place_words"]))]
        for table, found in rows.items():
            for start in range(0, len(found), INSERT_ROWS):
                chunk = found[start : start + INSERT_ROWS]
                conflict = "OR IGNORE" if table in ("articles", "place_words") else ""
                self.con.execute(
                    _insert(table, conflict, len(chunk)), [v for row in chunk for v in row]
                )


def source_row(article: Article, now: datetime) -> list[Any]:
    """The ``sources`` row saying where this article was seen."""
    return [article.id, article.location or article.url or "", article.url, article.source, now]


def result_rows(result: Result, now: datetime) -> dict[str, list[list[Any]]]:
    """One article's rows for every table but ``sources`` (where it was seen is recorded by
    ``source_row`` for each sighting), in the columns of ``schema.tables()``."""
    article = result.article
    data = article.to_dict()
    data.update(ingested_at=now, result=json.dumps(result.to_dict()))
    rows = {"articles": [[data.get(name) for name in _names("articles")]]}
    people = by_event(result)
    for layer, kind in LAYERS.items():
        rows[layer] = [
            [article.id, index, *record_values(record, kind)]
            + extra_values(layer, record, article.title, people.get(index))
            for index, record in enumerate(getattr(result, layer))
        ]
    rows.update(word_rows(result))
    return rows
