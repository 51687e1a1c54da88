"""United States towns too small for GeoNames' 500-people list, from the post offices of
``zipcodes`` (USPS ZIP codes with their town, state and point): "Felton" of Clay County,
Minnesota, or "Lingle", Wyoming, where local news reports shootings. Each town (a name in
a state) is added once, at the mean point of its ZIP codes, unless the gazetteer's towns
already hold that name in that state within ``SAME_KM`` (most post offices are towns it
has), a county of its state bears the name, or a word of the dictionary does ("House",
"Standard", "Walker": the model's lemmatizer lists them, people's names among them).
Added towns are populated localities (PPLL) of no population: a namesake of any size
outranks them unless the article's other places support them (``geo.coherence``), and
they are read only where the text marks their name as a place (``geo.localities``).
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Set

import zipcodes

from dateline.geo.coherence import km
from dateline.geo.gazetteer import GazetteerWriter, usable_name
from dateline.geo.localities import LOCALITY
from dateline.geo.names import key
from dateline.nlp import dictionary_words

SAME_KM = 25.0
"""A post office this near a gazetteer town of its name and state is that town."""
COUNTY_WORDS = ("County", "Parish", "Borough")
"""A town named like a county of its state is left out: there the bare name is most often
the county's ("a Bartow gunman" in Georgia, whose village of Bartow lies 200 km from
Bartow County)."""
KINDS = ("STANDARD", "PO BOX")
"""ZIP codes that stand for a place (unique ones belong to one firm or building)."""


def towns() -> dict[tuple[str, str], tuple[float, float]]:
    """Each (town, state code) of the active ZIP codes, at the mean of their points."""
    points: dict[tuple[str, str], list[tuple[float, float]]] = defaultdict(list)
    for row in zipcodes.list_all():
        if not row["active"] or row["zip_code_type"] not in KINDS or not row["lat"]:
            continue
        points[(row["city"], row["state"])].append((float(row["lat"]), float(row["long"])))
    return {
        town: (sum(p[0] for p in found) / len(found), sum(p[1] for p in found) / len(found))
        for town, found in points.items()
    }


def add_postal_towns(
    writer: GazetteerWriter,
    cities: Iterable[dict],
    admin1_names: dict[tuple[str, str], str],
    counties: Set[tuple[str, str]] = frozenset(),
) -> None:
    """Add the US post-office towns the GeoNames ``cities`` lack, that no dictionary word
    names and that share no name with a county of their state (``counties``: (state code,
    "Bartow County") pairs)."""
    known: dict[tuple[str, str], list[tuple[float, float]]] = defaultdict(list)
    for city in cities:
        if city["countrycode"] != "US":
            continue
        for name in (city["name"], *city["alternatenames"]):
            known[(key(name), city["admin1code"])].append((city["latitude"], city["longitude"]))
    common = dictionary_words()
    for (name, state), (lat, lon) in sorted(towns().items()):
        if not usable_name(name) or name.lower() in common or ("US", state) not in admin1_names:
            continue
        if any((state, f"{name} {kind}") in counties for kind in COUNTY_WORDS):
            continue
        if any(km(lat, lon, *point) <= SAME_KM for point in known.get((key(name), state), [])):
            continue
        writer.add(
            [name],
            geonameid=None,
            country_code="US",
            admin1=admin1_names[("US", state)],
            admin1_code=state,
            lat=lat,
            lon=lon,
            feature_class="P",
            feature_code=LOCALITY,
        )
