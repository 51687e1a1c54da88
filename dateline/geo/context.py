"""Answers from context for names no gazetteer entry fits.

A street, a building, an airport, a park or a hamlet the gazetteer lacks lies, nearly
always, in or near a town the article names: the place that contains it in the
text ("University Hospital in Columbia"), else the nearest town or area named
close by (the outlet's town, placed after the text, is named nowhere near), else the
dateline's town, or the outlet's where the story's towns lie near it (for a street, only
where the story names no town), else the town the article names most (or, naming none,
its area), else its main country. The answer is that place, a coarser feature than the
name itself, and its confidence is halved.
"""

from __future__ import annotations

from collections import Counter

from dateline.geo.coherence import haversine
from dateline.geo.gazetteer import Candidate, Gazetteer

NEAR_CHARS = 200
"""How far from an unknown name a place may be named to lend it its point."""
INFERRED = 0.5
"""The share of its source's confidence an answer from context keeps."""
LOCAL = ("P", "A")
"""Feature classes of the places that may stand in for an unknown name: towns and areas."""
SEAT_KM = 25.0
"""A town this near a county's point may be in it (a county seat, a town of the county)."""
STORY_KM = 60.0
"""A town or county this near the outlet's home town may be of the outlet's own story."""


def _local(c: Candidate | None) -> bool:
    return c is not None and c.feature_class in LOCAL and not c.feature_code.startswith("PCL")


def stand_in(
    i: int,
    chosen: list[Candidate | None],
    starts: list[int],
    container: int | None,
    dateline: int | None,
    home: list[int],
    gazetteer: Gazetteer,
    street: bool = False,
) -> Candidate | None:
    """The place that answers for mention ``i``, which has no reading of its own.

    ``chosen`` are every mention's readings (None where none), ``starts`` their
    offsets, ``home`` the indexes of the outlet's home towns (placed after the text, so
    never close by). A ``street`` lies in a town: of the places named close by, the
    nearest town goes before an area ("the 900 block of Pennsylvania Avenue" near
    "Savannah, Ga." is in Savannah, not just Georgia), and the town the story names most
    before the outlet's home (a Hartford station's story of a Monroe street).
    """
    if container is not None and chosen[container] is not None:
        return chosen[container]
    near = [
        (abs(starts[k] - starts[i]), k)
        for k, c in enumerate(chosen)
        if k != i and k not in home and _local(c) and abs(starts[k] - starts[i]) <= NEAR_CHARS
    ]
    towns = [(gap, k) for gap, k in near if chosen[k].feature_class == "P"]
    if street and towns:
        near = towns
    if near:
        return chosen[min(near)[1]]
    if dateline is not None and _local(chosen[dateline]):
        return chosen[dateline]
    own = [c for k, c in enumerate(chosen) if k not in home and _local(c)]
    named = Counter(c.id for c in own if c.feature_class == "P")
    if street and named:
        return _most(own, named)
    county = _county_of_story(own, [chosen[k] for k in home]) if street else None
    if county is not None:
        return county
    for k in home:
        if _local(chosen[k]):
            return chosen[k]
    named = named or Counter(c.id for c in own)
    if named:
        return _most(own, named)
    countries = Counter(c.country_code for c in chosen if c is not None and c.country_code)
    return gazetteer.country(countries.most_common(1)[0][0]) if countries else None


def _county_of_story(own: list[Candidate], homes: list[Candidate | None]) -> Candidate | None:
    """The county a story that names no town names most, where the outlet's home town
    lies farther than ``SEAT_KM`` from it: a Jacksonville paper's story of a shooting "in
    St. Johns County" puts its street in that county, not in Jacksonville."""
    named = Counter(c.id for c in own if c.feature_code == "ADM2")
    if not named:
        return None
    county = _most(own, named)
    local = [h for h in homes if _local(h)]
    if any(haversine(h.lat, h.lon, county.lat, county.lon) <= SEAT_KM for h in local):
        return None
    return county


def _most(own: list[Candidate], named: Counter) -> Candidate:
    top = named.most_common(1)[0][0]
    return next(c for c in own if c.id == top)


def of_story(
    home: list[int],
    chosen: list[Candidate | None],
    readings: list[list[Candidate]],
    keys: list[str],
) -> list[Candidate | None]:
    """``chosen`` without the readings of the outlet's home towns (``home``: their
    indexes) where the story is elsewhere: the article names a town or county in the
    outlet's country, none of their names has a reading (``readings``: each mention's
    candidates) within ``STORY_KM`` of the home town, and no name of the article holds the
    home town's (``keys``: each mention's key; "South Bakersfield" holds Bakersfield's).
    A Baton Rouge paper's New Orleans story puts "Bourbon Street" in New Orleans, a
    Charleston station's Columbia story a street in Richland County."""
    homes = [k for k in home if chosen[k] is not None]
    if not homes:
        return chosen
    country = chosen[homes[0]].country_code
    named = [
        k
        for k, c in enumerate(chosen)
        if k not in home and c is not None and c.country_code == country and _town_or_county(c)
    ]
    own = [keys[k] for k in home]
    held = any(name in other for name in own for k, other in enumerate(keys) if k not in home)
    if not named or held:
        return chosen
    near = [
        c for k in named for c in readings[k] if c.country_code == country and _town_or_county(c)
    ]
    far = {
        k
        for k in homes
        if all(haversine(c.lat, c.lon, chosen[k].lat, chosen[k].lon) > STORY_KM for c in near)
    }
    return [None if k in far else c for k, c in enumerate(chosen)]


def undoubted(
    home: list[int], chosen: list[Candidate | None], readings: list[list[Candidate]]
) -> list[Candidate | None]:
    """``chosen`` (the outlet's home towns among them, where the story may be of them:
    ``of_story``) without the towns and counties read far from every home town though
    another reading of the name lies near one: a street does not take its town from a
    reading the ranking may have got wrong (Highland Heights read in Ohio, near
    Cleveland, in a Cincinnati station's story, where the one beside Cincinnati, in
    Kentucky, may be meant)."""
    homes = [chosen[k] for k in home if chosen[k] is not None]
    if not homes:
        return chosen

    def near(c: Candidate) -> bool:
        return any(haversine(c.lat, c.lon, h.lat, h.lon) <= STORY_KM for h in homes)

    return [
        None
        if k not in home
        and c is not None
        and _town_or_county(c)
        and not near(c)
        and any(near(r) for r in readings[k])
        else c
        for k, c in enumerate(chosen)
    ]


def _town_or_county(c: Candidate) -> bool:
    return c.feature_class == "P" or c.feature_code == "ADM2"
