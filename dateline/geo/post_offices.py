"""US post-office towns from ``zipcodes``, for the villages and New England towns cities500 lacks.

``zipcodes`` lists every US ZIP code with its post office's town, state and point. A
town of a state is kept once, at the mean point of its active standard and PO box
ZIPs (unique ZIPs of one firm and military ones are left out), and only where the
gazetteer holds no populated place of that name key in that state: the villages under
500 people and the towns GeoNames files as third-level areas ("Felton", Minnesota;
"Sebeka", Minnesota). They enter as populated places of no population, so a town of
the same name with people counted outranks them unless the context names their state.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Callable, Iterable
from dataclasses import dataclass

import zipcodes

from dateline.geo.gazetteer import GazetteerWriter
from dateline.geo.names import key

KINDS = frozenset({"STANDARD", "PO BOX"})
"""The ZIP types that stand for a town's post office."""


@dataclass(frozen=True, slots=True)
class PostTown:
    """One town of a state as its post offices give it."""

    name: str
    state: str
    lat: float
    lon: float


def post_towns() -> list[PostTown]:
    """Each (town, state) of the active standard and PO box ZIPs, at their mean point,
    named with its most frequent spelling."""
    groups: dict[tuple[str, str], list[dict]] = defaultdict(list)
    for row in zipcodes.list_all():
        if row["country"] == "US" and row["active"] and row["zip_code_type"] in KINDS:
            groups[(key(row["city"]), row["state"])].append(row)
    towns = []
    for (_, state), rows in sorted(groups.items()):
        name = Counter(r["city"] for r in rows).most_common(1)[0][0]
        towns.append(
            PostTown(
                name=name,
                state=state,
                lat=sum(float(r["lat"]) for r in rows) / len(rows),
                lon=sum(float(r["long"]) for r in rows) / len(rows),
            )
        )
    return towns


def add_post_towns(
    writer: GazetteerWriter,
    held: set[tuple[str, str]],
    states: dict[str, str],
    variants: Callable[[str], Iterable[str]],
) -> int:
    """Add the post-office towns of the ``states`` (admin1 code -> name) whose name key is
    not ``held`` in their state ((admin1 code, key) pairs); ``variants`` gives a name's
    spellings ("Saint Paul", "St. Paul"). Returns how many were added."""
    added = 0
    for town in post_towns():
        names = list(variants(town.name))
        if town.state not in states or any((town.state, key(n)) in held for n in names):
            continue
        writer.add(
            names,
            geonameid=None,
            country_code="US",
            admin1=states[town.state],
            admin1_code=town.state,
            lat=town.lat,
            lon=town.lon,
            feature_class="P",
            feature_code="PPL",
            population=0,
        )
        added += 1
    return added
