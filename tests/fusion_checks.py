"""Shared checks of the fusion tests: the incidents of named results, in memory, and a
store that gives the same incidents whatever order the articles are written in, and again
after a full re-fusion."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from pathlib import Path

from dateline.models import Result
from dateline.store.database import Store
from dateline.store.rebuild import rebuild


def groups(results: Mapping[str, Result], incidents: Iterable) -> set[frozenset[str]]:
    """Each incident as the set of its members' names in ``results``."""
    name_of = {result.article.id: name for name, result in results.items()}
    return {frozenset(name_of[m.article_id] for m in i.members) for i in incidents}


def stored(con) -> set[frozenset[str]]:
    """The store's incidents, each as the set of its articles' titles."""
    rows = con.execute(
        "SELECT a.title, e.incident_id FROM events e JOIN articles a ON a.id = e.article_id"
    ).fetchall()
    out: dict[str, set[str]] = {}
    for title, incident in rows:
        out.setdefault(incident, set()).add(title)
    return {frozenset(v) for v in out.values()}


def assert_orders_and_rebuild(
    folder: Path, results: Mapping[str, Result], groups: Iterable[frozenset[str]]
) -> None:
    """Written in order and reversed, and each store rebuilt, the results (by name) fall
    into ``groups`` (of names)."""
    titles = {result.article.title: name for name, result in results.items()}
    expected = {frozenset(t for t, n in titles.items() if n in g) for g in groups}
    for n, order in enumerate((list(results.values()), list(results.values())[::-1])):
        with Store(folder / f"s{n}.duckdb") as store:
            for result in order:
                store.write([result])
            assert stored(store.con) == expected
            rebuild(store.con)
            assert stored(store.con) == expected
