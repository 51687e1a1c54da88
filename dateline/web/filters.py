"""Query parameters of the event endpoints, validated into one ``EventFilter``."""

from __future__ import annotations

from datetime import date
from typing import Annotated

from fastapi import HTTPException, Query

from dateline.models import STATUSES
from dateline.store.queries import EventFilter


def bad_request(message: str) -> HTTPException:
    """A 422 whose detail is one readable sentence."""
    return HTTPException(status_code=422, detail=message)


def _floats(value: str, name: str, shape: str, count: int) -> list[float]:
    try:
        numbers = [float(part) for part in value.split(",")]
    except ValueError:
        numbers = []
    if len(numbers) != count:
        raise bad_request(f"{name} takes {shape} as numbers, not {value!r}")
    return numbers


def parse_bbox(value: str | None) -> tuple[float, float, float, float] | None:
    """``WEST,SOUTH,EAST,NORTH`` in degrees, checked for range and order."""
    if value is None:
        return None
    west, south, east, north = _floats(value, "bbox", "WEST,SOUTH,EAST,NORTH", 4)
    if not (-180 <= west <= 180 and -180 <= east <= 180):
        raise bad_request(f"bbox longitudes must lie in [-180, 180], not {value!r}")
    if not (-90 <= south <= 90 and -90 <= north <= 90):
        raise bad_request(f"bbox latitudes must lie in [-90, 90], not {value!r}")
    if west > east or south > north:
        raise bad_request(f"bbox needs WEST <= EAST and SOUTH <= NORTH, not {value!r}")
    return west, south, east, north


def parse_near(value: str | None) -> tuple[float, float] | None:
    """``LAT,LON`` in degrees, checked for range."""
    if value is None:
        return None
    lat, lon = _floats(value, "near", "LAT,LON", 2)
    if not (-90 <= lat <= 90 and -180 <= lon <= 180):
        raise bad_request(f"near needs latitude in [-90, 90], longitude in [-180, 180]: {value!r}")
    return lat, lon


def event_filter(
    type: Annotated[
        list[str] | None,
        Query(description="Event type (PLOVER's, or DISASTER, CRIME, CLAIM); repeat for several."),
    ] = None,
    actor: Annotated[str | None, Query(description="Actor id or part of a name.")] = None,
    country: Annotated[
        str | None,
        Query(
            pattern="^[A-Za-z]{2,3}$",
            description="ISO 3166 alpha-2 (the place's country) or alpha-3 (an actor's).",
        ),
    ] = None,
    since: Annotated[date | None, Query(description="Events from this day (YYYY-MM-DD).")] = None,
    until: Annotated[date | None, Query(description="Events up to this day (YYYY-MM-DD).")] = None,
    status: Annotated[str | None, Query(description=f"One of {', '.join(STATUSES)}.")] = None,
    place: Annotated[str | None, Query(description="Part of a place name.")] = None,
    q: Annotated[str | None, Query(description="Words in the evidence sentence.")] = None,
    bbox: Annotated[str | None, Query(description="WEST,SOUTH,EAST,NORTH in degrees.")] = None,
    near: Annotated[str | None, Query(description="LAT,LON centre of a radius search.")] = None,
    radius_km: Annotated[
        float, Query(gt=0, le=20038, description="Radius around `near`, in km.")
    ] = 50.0,
    article_id: Annotated[str | None, Query(description="Only this article's events.")] = None,
) -> EventFilter:
    """The event filter the request asks for; a clear 422 when a parameter is malformed."""
    if status is not None and status not in STATUSES:
        raise bad_request(f"status must be one of {', '.join(STATUSES)}, not {status!r}")
    if since and until and since > until:
        raise bad_request(f"since ({since}) is after until ({until})")
    types = tuple(t for t in (type or []) if t)
    for value in types:
        if not value.replace("_", "").isalpha():
            raise bad_request(
                f"type must be an event type such as ASSAULT or DISASTER, not {value!r}"
            )
    return EventFilter(
        types=types,
        actor=actor or None,
        country=country,
        since=since,
        until=until,
        status=status,
        place=place or None,
        near=parse_near(near),
        radius_km=radius_km,
        bbox=parse_bbox(bbox),
        text=q or None,
        article_id=article_id,
    )
