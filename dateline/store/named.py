"""Stored events that may be one happening with a new report though placed beyond
``far_km`` of it (``compare.named_far``): those whose place's name a salient report's
capitalised words tell, and the salient ones whose capitalised words tell the report's
place's name. The store keeps the words to look them up by, written with each article
(``word_rows``): ``salient_words`` (each salient event's ``Report.heading``, as 64-bit
keys, ``word_key``, so that the table and its index stay narrow) and ``place_words``
(each stored place name's telling words), both indexed on the word
(``store.incidents.INDEXES``), so that a search reads index entries, not the stored text.
Both come out as pairs with the reports' positions, which ``store.nearby`` joins with
its windows: the days, family and country tests stay there.
"""

from __future__ import annotations

import hashlib
from collections.abc import Sequence
from typing import Any

import pyarrow as pa

from dateline.events.salience import LEAD
from dateline.incidents.compare import name_words, place_words
from dateline.incidents.config import rules
from dateline.incidents.reports import Report, capitalised, told
from dateline.models import Result
from dateline.store.schema import WORD_COLUMNS, literals, registered

# The salient events of the articles, with what their words are read from.
_SALIENT = """
    SELECT e.article_id, e.idx, e.sentence, a.title
    FROM events e JOIN articles a ON a.id = e.article_id
    WHERE coalesce(e.salience, 0) >= {lead!r}
"""


def word_key(word: str) -> int:
    """A word's key in ``salient_words``: the first 8 bytes of its BLAKE2b digest, signed
    (stable across processes and versions, unlike ``hash``)."""
    digest = hashlib.blake2b(word.encode("utf-8"), digest_size=8).digest()
    return int.from_bytes(digest, "big", signed=True)


def _heading(title: str | None, sentence: str | None) -> frozenset[str]:
    return capitalised(told(title, sentence, True), rules())


def word_rows(result: Result) -> dict[str, list[list[Any]]]:
    """An article's rows of ``salient_words`` and ``place_words``."""
    article = result.article
    names = sorted({e.place.name for e in result.events if e.place and e.place.name})
    return {
        "salient_words": [
            [article.id, n, word_key(word)]
            for n, event in enumerate(result.events)
            if event.salience >= LEAD
            for word in sorted(_heading(article.title, event.sentence))
        ],
        "place_words": [[name, word] for name in names for word in sorted(name_words(name))],
    }


def fill_words(con, tables: set[str]) -> None:
    """Fill the word tables just added to a store written before them."""
    if "salient_words" in tables:
        found = con.execute(_SALIENT.format(lead=LEAD)).fetchall()
        rows = [
            (article, n, word_key(word))
            for article, n, sentence, title in found
            for word in sorted(_heading(title, sentence))
        ]
        _insert(con, "salient_words", rows)
    if "place_words" in tables:
        found = con.execute(
            "SELECT DISTINCT place_name FROM events WHERE place_name IS NOT NULL"
        ).fetchall()
        rows = [(n, w) for (n,) in found for w in sorted(name_words(n))]
        _insert(con, "place_words", rows)


def _insert(con, table: str, rows: list[tuple[Any, ...]]) -> None:
    if rows:
        names = [name for name, _ in WORD_COLUMNS[table]]
        data = pa.table({name: [r[n] for r in rows] for n, name in enumerate(names)})
        with registered(con, fusion_fill=data):
            con.execute(f"INSERT INTO {table} SELECT * FROM fusion_fill")


def names(con, reports: Sequence[Report]) -> pa.Table:
    """(name, w): each stored place name whose words the ``w``-th report tells, for the
    placed salient reports."""
    by_word: dict[str, list[int]] = {}
    for n, report in enumerate(reports):
        if report.point:
            for word in report.heading:
                by_word.setdefault(word, []).append(n)
    pairs: dict[str, list[Any]] = {"name": [], "w": []}
    if by_word:
        found = con.execute(
            f"SELECT DISTINCT name FROM place_words WHERE word IN ({literals(sorted(by_word))})"
        ).fetchall()
        for (name,) in found:
            wanted = name_words(name)
            for n in by_word.get(min(wanted), ()) if wanted else ():
                if wanted <= reports[n].heading:
                    pairs["name"].append(name)
                    pairs["w"].append(n)
    return pa.table(
        {"name": pa.array(pairs["name"], pa.string()), "w": pa.array(pairs["w"], pa.int64())}
    )


def tellers(con, reports: Sequence[Report]) -> pa.Table:
    """(rid, w): each stored salient, placed, fusable event whose capitalised words hold
    every word of the ``w``-th report's place's name, for the placed reports. The index
    gives each salient event's keys among the names' words; the sets are compared here."""
    sought: dict[frozenset[int], list[int]] = {}
    for n, report in enumerate(reports):
        wanted = place_words(report) if report.point else frozenset()
        if wanted:
            sought.setdefault(frozenset(map(word_key, wanted)), []).append(n)
    pairs: dict[str, list[int]] = {"rid": [], "w": []}
    if not sought:
        return pa.table({k: pa.array(v, pa.int64()) for k, v in pairs.items()})
    keys = sorted(set().union(*sought))
    hits = con.execute(
        "SELECT article_id, idx, list(word) FROM salient_words "
        f"WHERE word IN ({', '.join(map(str, keys))}) GROUP BY article_id, idx"
    ).fetchall()
    by_first: dict[int, list[frozenset[int]]] = {}
    for wanted in sought:
        by_first.setdefault(min(wanted), []).append(wanted)
    found: dict[tuple[str, int], list[int]] = {}
    for article, n, held in hits:
        held = set(held)
        for key in held:
            for wanted in by_first.get(key, ()):
                if wanted <= held:
                    found.setdefault((article, n), []).extend(sought[wanted])
    if found:
        table = rules()
        rows = con.execute(
            "SELECT rowid, article_id, idx FROM events "
            f"WHERE article_id IN ({literals(sorted({a for a, _ in found}))}) "
            f"AND place_lat IS NOT NULL AND status IN ({literals(sorted(table.fusable))})"
        ).fetchall()
        for rid, article, n in rows:
            for w in found.get((article, n), ()):
                pairs["rid"].append(rid)
                pairs["w"].append(w)
    return pa.table({k: pa.array(v, pa.int64()) for k, v in pairs.items()})
