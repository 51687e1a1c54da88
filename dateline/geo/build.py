"""Build a full gazetteer from GeoNames dump files (``dateline gazetteer build DUMP...``).

Reads the files users download from GeoNames, recognised by name: a main table
(``allCountries.txt`` or country files such as ``IQ.txt``), and optionally
``alternateNamesV2.txt`` (or ``alternateNames.txt``), ``admin1CodesASCII.txt``,
``admin2Codes.txt`` and ``countryInfo.txt``. The curated additions of
``dateline/geo/data`` (alternate admin1 names, country aliases, demonyms, and
the physical features the dump lacks) are merged in. Select the result with
``--gazetteer PATH``.
"""

from __future__ import annotations

import csv
import sys
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path

from dateline.geo import curated
from dateline.geo.embedded import add_features, country_demonyms
from dateline.geo.gazetteer import GazetteerWriter, usable_name

DEFAULT_CLASSES = frozenset("APHLT")
# alternateNames "languages" that are codes or links, not names
_NOT_NAMES = frozenset({"link", "post", "iata", "icao", "faac", "fr_1793", "wkdt", "unlc", "tcid"})
_AUXILIARY = {
    "alternatenamesv2.txt",
    "alternatenames.txt",
    "admin1codesascii.txt",
    "admin1codes.txt",
    "admin2codes.txt",
    "countryinfo.txt",
}

csv.field_size_limit(sys.maxsize)


def _rows(path: Path) -> Iterator[list[str]]:
    with path.open(encoding="utf-8", newline="") as handle:
        for line in handle:
            if line.startswith("#") or not line.strip():
                continue
            yield line.rstrip("\r\n").split("\t")


def _codes(path: Path | None) -> dict[str, tuple[str, int | None]]:
    """``CC.code`` (or ``CC.a1.a2``) -> (name, geonameid) from an admin codes file."""
    if path is None:
        return {}
    out = {}
    for row in _rows(path):
        if len(row) >= 2:
            geonameid = int(row[3]) if len(row) > 3 and row[3].isdigit() else None
            out[row[0]] = (row[1], geonameid)
    return out


def _countries(path: Path | None) -> dict[str, dict[str, str]]:
    if path is None:
        return {}
    out = {}
    for row in _rows(path):
        if len(row) > 16 and row[0] != "ISO" and len(row[0]) == 2:
            out[row[0]] = {
                "name": row[4],
                "capital": row[5],
                "population": row[7],
                "geonameid": row[16],
            }
    return out


def _pick(paths: Iterable[Path]) -> tuple[list[Path], dict[str, Path]]:
    mains, aux = [], {}
    for path in paths:
        name = path.name.lower()
        if name in _AUXILIARY:
            aux[name.replace("alternatenamesv2", "alternatenames").replace("ascii", "")] = path
        else:
            mains.append(path)
    if not mains:
        raise ValueError("no GeoNames main table (allCountries.txt or a country file) given")
    return mains, aux


def build(
    dumps: Iterable[Path | str],
    output: Path | str,
    *,
    feature_classes: Iterable[str] = DEFAULT_CLASSES,
    min_population: int = 0,
    progress: Callable[[int], None] | None = None,
) -> Path:
    """Build a gazetteer file at ``output`` from GeoNames dump files; returns its path.

    ``feature_classes`` keeps only those GeoNames classes (A, P, H, L, T, S, ...);
    ``min_population`` drops populated places (class P) smaller than it;
    ``progress`` is called with the number of main-table rows read so far.
    """
    mains, aux = _pick(Path(p) for p in dumps)
    output = Path(output)
    admin1 = _codes(aux.get("admin1codes.txt"))
    admin2 = _codes(aux.get("admin2codes.txt"))
    countries = _countries(aux.get("countryinfo.txt"))
    classes = frozenset(feature_classes)
    writer = GazetteerWriter(output)
    capitals = {(code, c["capital"]) for code, c in countries.items()}
    extra_admin1 = {
        (r["country_code"], r["admin1_code"]): curated.alternates(r)
        for r in curated.rows("admin1.tsv")
    }
    aliases = {
        r["country_code"]: curated.alternates(r, "names") for r in curated.rows("countries.tsv")
    }
    count = 0
    for path in mains:
        for row in _rows(path):
            count += 1
            if progress and count % 100_000 == 0:
                progress(count)
            if len(row) < 15 or row[6] not in classes:
                continue
            fclass, fcode, code, a1, a2 = row[6], row[7], row[8], row[10], row[11]
            population = int(row[14] or 0)
            if fclass == "P" and population < min_population:
                continue
            names = [row[1], row[2], *row[3].split(",")]
            if fcode == "ADM1":
                names += [
                    admin1.get(f"{code}.{a1}", ("", None))[0],
                    *extra_admin1.get((code, a1), []),
                ]
            elif fcode == "ADM2":
                names.append(admin2.get(f"{code}.{a1}.{a2}", ("", None))[0])
            elif fcode.startswith("PCL"):
                names += [countries.get(code, {}).get("name", ""), *aliases.get(code, [])]
            if fclass == "P" and (code, row[1]) in capitals and fcode == "PPL":
                fcode = "PPLC"
            writer.add(
                [n for n in names if n],
                geonameid=int(row[0]),
                country_code=code or None,
                admin1=admin1.get(f"{code}.{a1}", (None, None))[0],
                admin1_code=a1 or None,
                lat=float(row[4]),
                lon=float(row[5]),
                feature_class=fclass,
                feature_code=fcode,
                population=population,
                trusted=fclass == "A",
            )
    if "alternatenames.txt" in aux:
        writer.add_alternates(_alternate_names(aux["alternatenames.txt"]))
    _add_demonyms(writer)
    names = {tuple(code.split(".", 1)): name for code, (name, _) in admin1.items()}
    add_features(writer, names, skip_known=True)
    writer.finish(f"GeoNames dump: {', '.join(p.name for p in mains)}")
    return output


def _alternate_names(path: Path) -> Iterator[tuple[int, str]]:
    for row in _rows(path):
        historic = len(row) > 7 and row[7] == "1"
        if len(row) >= 4 and row[2] not in _NOT_NAMES and not historic and usable_name(row[3]):
            yield int(row[1]), row[3]


def _add_demonyms(writer: GazetteerWriter) -> None:
    for demonym, code in country_demonyms():
        writer.add_demonym(demonym, code)
