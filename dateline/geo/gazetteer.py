"""The gazetteer: an SQLite file of places and their name keys, read with indexed look-ups.

One format serves the embedded default (built on first use from PyPI data and
the curated files in ``dateline/geo/data``) and a full gazetteer built from a
GeoNames dump (``dateline.geo.build``). Opening is instant and memory stays
small whatever the gazetteer's size: only the rows a document names are read.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable, Hashable, Iterable, Iterator
from dataclasses import dataclass
from functools import partial
from pathlib import Path
from typing import TypeVar

from dateline.geo.names import close, is_latin, key, skeleton

SCHEMA_VERSION = 1
CHUNK = 500
"""Values asked for in one ``IN (...)`` query, well under SQLite's variable limit."""
REMEMBERED = 10_000
"""Answers a gazetteer keeps per kind of look-up: news names the same places article after
article, and the file does not change while it is open. A kind that grows past this
starts again empty."""
MMAP_BYTES = 1 << 28
"""How much of the file SQLite reads through a memory map rather than copied pages (the
embedded gazetteer is about 60 MB): look-ups take about 40% less time."""
_UNSEEN = object()
T = TypeVar("T")

_SCHEMA = """
CREATE TABLE places (
    id INTEGER PRIMARY KEY, geonameid INTEGER, name TEXT, country_code TEXT,
    admin1 TEXT, admin1_code TEXT, lat REAL, lon REAL,
    feature_class TEXT, feature_code TEXT, population INTEGER
);
CREATE TABLE names (key TEXT, skeleton TEXT, place INTEGER, main INTEGER);
CREATE TABLE demonyms (key TEXT PRIMARY KEY, country_code TEXT);
CREATE TABLE meta (name TEXT PRIMARY KEY, value TEXT);
"""
_INDEXES = """
CREATE INDEX names_key ON names (key);
CREATE INDEX names_skeleton ON names (skeleton);
CREATE INDEX places_kind ON places (feature_code, country_code);
"""
_COLUMNS = (
    "p.id, p.geonameid, p.name, p.country_code, p.admin1, p.admin1_code, p.lat, p.lon, "
    "p.feature_class, p.feature_code, p.population"
)


@dataclass(frozen=True, slots=True)
class Candidate:
    """One gazetteer entry a name may refer to; ``main`` says the name is its primary one."""

    id: int
    geonameid: int | None
    name: str
    country_code: str | None
    admin1: str | None
    admin1_code: str | None
    lat: float
    lon: float
    feature_class: str
    feature_code: str
    population: int
    main: bool = False


def usable_name(name: str) -> bool:
    """Whether an alternate name is one an English news text could use.

    Drops other scripts, lower-case romanisations and short all-capital codes
    (airport and ISO codes such as "BGW" or "KIK").
    """
    name = name.strip()
    if len(name) < 2 or not is_latin(name) or not name[0].isupper():
        return False
    return not (name.isupper() and len(name) <= 4)


class GazetteerWriter:
    """Writes a gazetteer file: places, their names and demonyms."""

    def __init__(self, path: Path) -> None:
        self.path = path
        path.unlink(missing_ok=True)
        self.db = sqlite3.connect(path)
        self.db.executescript("PRAGMA journal_mode=OFF; PRAGMA synchronous=OFF;" + _SCHEMA)
        self._next = 1

    def add(
        self,
        names: Iterable[str],
        *,
        geonameid: int | None,
        country_code: str | None,
        admin1: str | None,
        admin1_code: str | None,
        lat: float,
        lon: float,
        feature_class: str,
        feature_code: str,
        population: int = 0,
        trusted: bool = False,
    ) -> int:
        """Add one place under its names (the first is its main name); returns its id.

        ``trusted`` names (curated ones) skip the filter for alternate names.
        """
        names = list(dict.fromkeys(n.strip() for n in names if n and n.strip()))
        place = self._next
        self._next += 1
        self.db.execute(
            "INSERT INTO places VALUES (?,?,?,?,?,?,?,?,?,?,?)",
            (place, geonameid, names[0], country_code, admin1, admin1_code, lat, lon,
             feature_class, feature_code, population),
        )  # fmt: skip
        self.add_names(place, names[0], names[1:], trusted)
        return place

    def add_names(
        self, place: int, main: str, alternates: Iterable[str], trusted: bool = False
    ) -> None:
        """Index a place's main name and its alternate names (only usable ones unless trusted)."""
        rows = {key(main): (key(main), skeleton(main), place, 1)}
        for name in alternates:
            k = key(name)
            if k and k not in rows and (trusted or usable_name(name)):
                rows[k] = (k, skeleton(name), place, 0)
        self.db.executemany("INSERT INTO names VALUES (?,?,?,?)", rows.values())

    def add_alternates(self, pairs: Iterable[tuple[int, str]]) -> None:
        """Index more names for places known by GeoNames id (pairs of id and name)."""
        self.db.execute("CREATE TEMP TABLE alt (geonameid INTEGER, key TEXT, skeleton TEXT)")
        self.db.executemany(
            "INSERT INTO alt VALUES (?,?,?)", ((g, key(n), skeleton(n)) for g, n in pairs)
        )
        self.db.executescript(
            "CREATE INDEX places_geonameid ON places (geonameid);"
            "INSERT INTO names SELECT DISTINCT a.key, a.skeleton, p.id, 0 FROM alt a "
            "JOIN places p ON p.geonameid = a.geonameid WHERE a.key != '';"
            "DROP TABLE alt;"
        )

    def features_named(self, names: Iterable[str]) -> set[str]:
        """The keys among ``names`` that already name a place that is not a town."""
        keys = sorted({key(n) for n in names})
        marks = ",".join("?" * len(keys))
        query = (
            "SELECT DISTINCT n.key FROM names n JOIN places p ON p.id = n.place "
            f"WHERE n.key IN ({marks}) AND p.feature_class != 'P'"
        )
        return {row[0] for row in self.db.execute(query, keys)}

    def add_demonym(self, demonym: str, country_code: str) -> None:
        self.db.execute("INSERT OR IGNORE INTO demonyms VALUES (?,?)", (key(demonym), country_code))

    def finish(self, description: str) -> None:
        """Index the tables and record the schema version."""
        self.db.executescript(_INDEXES)
        self.db.executemany(
            "INSERT INTO meta VALUES (?,?)",
            [("schema", str(SCHEMA_VERSION)), ("description", description)],
        )
        self.db.commit()
        self.db.close()


class Gazetteer:
    """Read access to a gazetteer file."""

    def __init__(self, path: Path) -> None:
        self.path = Path(path)
        if not self.path.is_file():
            raise FileNotFoundError(f"no gazetteer at {self.path}")
        self.db = sqlite3.connect(f"file:{self.path}?mode=ro", uri=True, check_same_thread=False)
        self.db.execute(f"PRAGMA mmap_size={MMAP_BYTES}")
        version = self.db.execute("SELECT value FROM meta WHERE name='schema'").fetchone()
        if version is None or int(version[0]) != SCHEMA_VERSION:
            raise ValueError(f"{self.path} is not a dateline gazetteer of schema {SCHEMA_VERSION}")
        self.demonyms: dict[str, str] = dict(
            self.db.execute("SELECT key, country_code FROM demonyms")
        )
        self._countries = {
            c.country_code: c
            for c in self._select("WHERE p.feature_code IN ('PCLI','PCLD','PCLS','PCLF','PCL')")
        }
        self._answers: dict[Hashable, dict[str, object]] = {}

    def forget(self) -> None:
        """Drop every remembered answer: the next look-ups ask the file, as in a new process."""
        self._answers.clear()

    def _remembered(
        self,
        kind: Hashable,
        values: Iterable[str],
        ask: Callable[[set[str]], dict[str, T]],
        none: T,
    ) -> dict[str, T]:
        """Each non-empty value's answer of one kind, asking the file (``ask``) only for the
        values not asked before; ``none`` is the answer for a value ``ask`` leaves out."""
        known = self._answers.setdefault(kind, {})
        answers: dict[str, T] = {}
        new = set()
        for value in values:
            if value:
                found = known.get(value, _UNSEEN)
                if found is _UNSEEN:
                    new.add(value)
                else:
                    answers[value] = found  # type: ignore[assignment]
        if new:
            fetched = ask(new)
            if len(known) + len(new) > REMEMBERED:
                known.clear()
            for value in new:
                known[value] = answers[value] = fetched.get(value, none)
        return answers

    def _select(self, where: str, args: Iterable = ()) -> list[Candidate]:
        query = f"SELECT {_COLUMNS}, 0 FROM places p {where}"
        return [Candidate(*row[:-1]) for row in self.db.execute(query, tuple(args))]

    def _rows_in(self, query: str, values: Iterable[str], extra: Iterable = ()) -> Iterator[tuple]:
        """The rows of ``query`` for the non-empty ``values``, asked ``CHUNK`` at a time:
        ``{marks}`` in the query stands for their placeholders, and ``extra`` parameters
        follow them."""
        chunk = sorted({v for v in values if v})
        extra = list(extra)
        for i in range(0, len(chunk), CHUNK):
            part = chunk[i : i + CHUNK]
            marks = ",".join("?" * len(part))
            yield from self.db.execute(query.format(marks=marks), [*part, *extra])

    def _by_names(self, column: str, values: set[str]) -> dict[str, list[Candidate]]:
        """Candidates for each value of the column found, in the values' sorted order; new
        ``Candidate`` objects on each call, as the file's rows always gave (``rank`` tells
        the readings of one call from another's by identity)."""
        answers = self._remembered(("names", column), values, partial(self._ask_names, column), [])
        return {
            name: [Candidate(*fields) for fields in answers[name]]
            for name in sorted(answers)
            if answers[name]
        }

    def _ask_names(self, column: str, values: set[str]) -> dict[str, list[tuple]]:
        """The fields of each value's candidates, one row per place (its main name's if
        the value is that)."""
        found: dict[str, dict[int, tuple]] = {}
        query = (
            f"SELECT n.{column}, {_COLUMNS}, n.main FROM names n "
            f"JOIN places p ON p.id = n.place WHERE n.{column} IN ({{marks}})"
        )
        for row in self._rows_in(query, values):
            seen = found.setdefault(row[0], {})
            if row[1] not in seen or row[-1]:
                seen[row[1]] = (*row[1:-1], bool(row[-1]))
        return {name: list(rows.values()) for name, rows in found.items()}

    def existing(self, column: str, values: set[str]) -> set[str]:
        """Which of the given name keys (``key``) or skeletons (``skeleton``) are indexed."""
        if column not in ("key", "skeleton"):
            raise ValueError(column)
        query = f"SELECT DISTINCT {column} FROM names WHERE {column} IN ({{marks}})"
        return self._present(("indexed", column), values, query)

    def _present(
        self, kind: Hashable, values: Iterable[str], query: str, extra: Iterable[str] = ()
    ) -> set[str]:
        """Which of the values the query (``_rows_in``'s, with ``extra`` parameters) returns
        in its first column, each answer remembered under ``kind``."""

        def ask(new: set[str]) -> dict[str, bool]:
            return {row[0]: True for row in self._rows_in(query, new, extra)}

        return {v for v, found in self._remembered(kind, values, ask, False).items() if found}

    def loose(self, keys: set[str]) -> dict[str, set[str]]:
        """For each name key, the indexed keys that share its skeleton and are spelled
        ``close`` to it (the transliteration variants news uses for GeoNames' names)."""
        answers = self._remembered("loose", keys, self._ask_loose, frozenset())
        return {k: set(near) for k, near in answers.items() if near}

    def _ask_loose(self, keys: set[str]) -> dict[str, frozenset[str]]:
        bones = {k: skeleton(k) for k in keys}
        query = "SELECT DISTINCT skeleton, key FROM names WHERE skeleton IN ({marks})"
        by_bone: dict[str, set[str]] = {}
        for bone, found in self._rows_in(query, bones.values()):
            by_bone.setdefault(bone, set()).add(found)
        return {
            k: frozenset(found for found in by_bone.get(bone, ()) if close(k, found))
            for k, bone in bones.items()
        }

    def keys_of_areas(self, keys: set[str], area_codes: Iterable[str]) -> set[str]:
        """Which of the given name keys name a place of one of the given feature codes."""
        codes = sorted(area_codes)
        query = (
            "SELECT DISTINCT n.key FROM names n JOIN places p ON p.id = n.place "
            f"WHERE n.key IN ({{marks}}) AND p.feature_code IN ({','.join('?' * len(codes))})"
        )
        return self._present(("areas", *codes), keys, query, codes)

    def by_key(self, keys: set[str]) -> dict[str, list[Candidate]]:
        """Candidates for each exact name key."""
        return self._by_names("key", keys)

    def by_skeleton(self, skeletons: set[str]) -> dict[str, list[Candidate]]:
        """Candidates for each name skeleton (transliteration variants)."""
        return self._by_names("skeleton", skeletons)

    def demonym(self, name_key: str) -> str | None:
        """The country code of a demonym key, singular or plural ("iraqi", "iraqis")."""
        found = self.demonyms.get(name_key)
        if found is None and name_key.endswith("s"):
            found = self.demonyms.get(name_key[:-1])
        return found

    def admin1(self, country_code: str, admin1_code: str) -> list[Candidate]:
        """The first-level area of a country with the given GeoNames admin1 code."""
        return self._select(
            "WHERE p.feature_code = 'ADM1' AND p.country_code = ? AND p.admin1_code = ?",
            (country_code, admin1_code),
        )

    def country(self, code: str | None) -> Candidate | None:
        """The country entry of an ISO code."""
        return self._countries.get(code) if code else None
