"""The HTTP API: events (list, GeoJSON, timeline), articles, quotes, places and stats."""

from __future__ import annotations

import re
from typing import Annotated, Any, Literal

from fastapi import APIRouter, Depends, HTTPException, Path, Query, Request
from fastapi.responses import Response

from dateline.store.queries import EventFilter
from dateline.web.data import SORTS, Data
from dateline.web.filters import bad_request, event_filter

ARTICLE_ID = re.compile(r"^[0-9a-f]{1,64}$")
EVENT_ID = re.compile(r"^([0-9a-f]{1,64}):(\d{1,9})$")

router = APIRouter(prefix="/api")
Filter = Annotated[EventFilter, Depends(event_filter)]
Offset = Annotated[int, Query(ge=0, le=10_000_000, description="Rows to skip.")]


def data(request: Request) -> Data:
    """The app's read-only store."""
    return request.app.state.data


Store = Annotated[Data, Depends(data)]


def _article_id(value: str) -> str:
    if not ARTICLE_ID.match(value):
        raise bad_request(f"article ids are lowercase hex strings, not {value!r}")
    return value


@router.get("/config", summary="Settings the page needs")
def config(request: Request) -> dict[str, Any]:
    return {"tiles": request.app.state.tiles}


@router.get("/stats", summary="What the store holds")
def get_stats(store: Store) -> dict[str, Any]:
    return store.stats()


@router.get("/events", summary="Events matching the filters, sorted and paged")
def list_events(
    store: Store,
    where: Filter,
    sort: Annotated[
        str, Query(description=f"One of {', '.join(SORTS)}; prefix - for descending.")
    ] = "-date",
    limit: Annotated[int, Query(ge=1, le=1000)] = 50,
    offset: Offset = 0,
) -> dict[str, Any]:
    key = sort.removeprefix("-")
    if key not in SORTS:
        choices = ", ".join(SORTS)
        raise bad_request(f"sort must be one of {choices} (prefix - to reverse), not {sort!r}")
    return store.events(where, key, sort.startswith("-"), limit, offset)


@router.get("/events.geojson", summary="Events with a place, as a GeoJSON FeatureCollection")
def events_geojson(
    store: Store,
    where: Filter,
    limit: Annotated[int, Query(ge=1, le=100_000, description="Most features to return.")] = 5000,
) -> Response:
    return Response(store.geojson(where, limit), media_type="application/geo+json")


@router.get("/timeline", summary="Events per day, week, month or year")
def timeline(
    store: Store,
    where: Filter,
    interval: Annotated[Literal["auto", "day", "week", "month", "year"], Query()] = "auto",
) -> dict[str, Any]:
    return store.timeline(where, interval)


@router.get("/events/{event_id}", summary="One event, by ARTICLE_ID:INDEX")
def get_event(store: Store, event_id: Annotated[str, Path()]) -> dict[str, Any]:
    match = EVENT_ID.match(event_id)
    if not match:
        raise bad_request(f"event ids look like ARTICLE_ID:INDEX, not {event_id!r}")
    event = store.event(match[1], int(match[2]))
    if event is None:
        raise HTTPException(404, f"no event {event_id}")
    return event


@router.get("/articles", summary="Articles, newest first")
def list_articles(
    store: Store,
    q: Annotated[str | None, Query(description="Words in the title.")] = None,
    limit: Annotated[int, Query(ge=1, le=1000)] = 50,
    offset: Offset = 0,
) -> dict[str, Any]:
    return store.articles(q, limit, offset)


@router.get("/articles/{article_id}", summary="An article with all its layers")
def get_article(store: Store, article_id: Annotated[str, Path()]) -> dict[str, Any]:
    article = store.article(_article_id(article_id))
    if article is None:
        raise HTTPException(404, f"no article {article_id}")
    return article


@router.get("/quotes", summary="Quotes with their speakers")
def list_quotes(
    store: Store,
    article_id: str | None = None,
    speaker: Annotated[str | None, Query(description="Part of the speaker's name.")] = None,
    q: Annotated[str | None, Query(description="Words in the quote.")] = None,
    limit: Annotated[int, Query(ge=1, le=1000)] = 50,
    offset: Offset = 0,
) -> dict[str, Any]:
    article = _article_id(article_id) if article_id else None
    return store.quotes(article, speaker, q, limit, offset)


@router.get("/places", summary="Resolved places and how often they are mentioned")
def list_places(
    store: Store,
    country: Annotated[str | None, Query(pattern="^[A-Za-z]{2}$")] = None,
    q: Annotated[str | None, Query(description="Part of the place name.")] = None,
    limit: Annotated[int, Query(ge=1, le=10_000)] = 100,
) -> dict[str, Any]:
    return store.places(country, q, limit)
