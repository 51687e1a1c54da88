"""Answers from context for names no gazetteer entry fits.

A street, a building, an airport, a park or a hamlet the gazetteer lacks lies, nearly
always, in or near a town the article names: the place that contains it in the
text ("University Hospital in Columbia"), else the nearest town or area named
close by (the outlet's town, placed after the text, is named nowhere near), else the
dateline's or the outlet's town, else the town the article names most, else its main
country. The answer is that place, a coarser feature than the
name itself, and its confidence is halved.
"""

from __future__ import annotations

from collections import Counter

from dateline.geo.gazetteer import Candidate, Gazetteer

NEAR_CHARS = 200
"""How far from an unknown name a place may be named to lend it its point."""
INFERRED = 0.5
"""The share of its source's confidence an answer from context keeps."""
LOCAL = ("P", "A")
"""Feature classes of the places that may stand in for an unknown name: towns and areas."""


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
    "Savannah, Ga." is in Savannah, not just Georgia).
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
    for k in ([dateline] if dateline is not None else []) + home:
        if _local(chosen[k]):
            return chosen[k]
    towns = Counter(c.id for c in chosen if c is not None and c.feature_class == "P")
    if towns:
        top = towns.most_common(1)[0][0]
        return next(c for c in chosen if c is not None and c.id == top)
    countries = Counter(c.country_code for c in chosen if c is not None and c.country_code)
    return gazetteer.country(countries.most_common(1)[0][0]) if countries else None
