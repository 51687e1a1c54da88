"""The incidents API: list and show incidents, and record a user's split or merge.

The page's store is read-only; a decision closes it, opens the file for writing just long
enough to record and apply the decision (as ``dateline incidents split|merge`` does), and
reopens it read-only. A store another process is writing to answers 409. Decisions are
JSON bodies only (FastAPI refuses a form or text body), so a page of another site
cannot post one without the browser asking first.
"""

from __future__ import annotations

import re
from typing import Annotated, Any

from fastapi import APIRouter, Depends, HTTPException, Path, Query, Request
from pydantic import BaseModel

from dateline.store.database import Store, StoreError
from dateline.store.incident_rows import incident_count, incident_row, incident_rows
from dateline.store.incidents import decide, members
from dateline.store.queries import EventFilter
from dateline.web.data import Data
from dateline.web.filters import bad_request, event_filter

INCIDENT_ID = re.compile(r"^inc-[0-9a-f]{16}$")
EVENT_ID = re.compile(r"^([0-9a-f]{1,64}):(\d{1,9})$")

router = APIRouter(prefix="/api/incidents", tags=["incidents"])
Filter = Annotated[EventFilter, Depends(event_filter)]


def data(request: Request) -> Data:
    """The app's store."""
    return request.app.state.data


Shared = Annotated[Data, Depends(data)]


class Split(BaseModel):
    """Events (ARTICLE_ID:INDEX) to split off the incident into one of their own."""

    events: list[str]


class Merge(BaseModel):
    """The incident to merge into this one."""

    other: str


def _incident_id(value: str) -> str:
    if not INCIDENT_ID.match(value):
        raise bad_request(f"incident ids look like inc- and 16 hex digits, not {value!r}")
    return value


@router.get("", summary="Incidents with a member event matching the filters, most reported first")
def list_incidents(
    shared: Shared,
    where: Filter,
    limit: Annotated[int, Query(ge=1, le=1000)] = 50,
    offset: Annotated[int, Query(ge=0, le=10_000_000, description="Rows to skip.")] = 0,
) -> dict[str, Any]:
    with shared.lock:
        rows = incident_rows(shared.store, where, limit, offset)
        total = incident_count(shared.store, where)
    return {"total": total, "offset": offset, "incidents": rows}


@router.get(".geojson", summary="Incidents with a place as GeoJSON, sized by their counts")
def incidents_geojson(
    shared: Shared,
    where: Filter,
    limit: Annotated[int, Query(ge=1, le=100_000, description="Most features to return.")] = 5000,
) -> dict[str, Any]:
    with shared.lock:
        rows = incident_rows(shared.store, where, None)
    placed = [r for r in rows if r["place_lat"] is not None and r["place_lon"] is not None]
    return {
        "type": "FeatureCollection",
        "total": len(placed),
        "features": [_feature(r) for r in placed[:limit]],
    }


def _feature(row: dict[str, Any]) -> dict[str, Any]:
    counts = row["quantities"] or {}
    harmed = counts.get("killed", 0) + counts.get("wounded", 0)
    return {
        "type": "Feature",
        "id": row["id"],
        "geometry": {"type": "Point", "coordinates": [row["place_lon"], row["place_lat"]]},
        "properties": {
            "type": row["type"],
            "date": row["date"],
            "place": row["place_name"],
            "quantities": counts,
            "magnitude": harmed or max(counts.values(), default=0),
            "articles": row["articles"],
        },
    }


@router.get("/{incident_id}", summary="One incident with every article and sentence")
def get_incident(shared: Shared, incident_id: Annotated[str, Path()]) -> dict[str, Any]:
    _incident_id(incident_id)
    with shared.lock:
        row = incident_row(shared.store, incident_id)
    if row is None:
        raise HTTPException(404, f"no incident {incident_id}")
    with shared.lock:
        titles = dict(
            shared.store.con.execute(
                "SELECT id, title FROM articles WHERE id IN (SELECT unnest(?))",
                [[m["article_id"] for m in row["members"]]],
            ).fetchall()
        )
    for member in row["members"]:
        member["title"] = titles.get(member["article_id"])
    return row


def _decide(shared: Data, kind: str, first: list, second: list) -> None:
    path = shared.store.path
    with shared.lock:
        shared.store.close()
        try:
            with Store(path) as store:
                decide(store.con, kind, first, second)
        except StoreError as error:
            raise HTTPException(409, str(error)) from None
        except ValueError as error:
            raise bad_request(str(error)) from None
        finally:
            shared.store = Store(path, read_only=True)


def _members(shared: Data, incident_id: str) -> list[tuple[str, int]]:
    with shared.lock:
        held = members(shared.store.con, _incident_id(incident_id))
    if not held:
        raise HTTPException(404, f"no incident {incident_id}")
    return held


@router.post("/{incident_id}/split", summary="Split events off an incident; kept by later ingests")
def split(shared: Shared, incident_id: Annotated[str, Path()], body: Split) -> dict[str, Any]:
    held = _members(shared, incident_id)
    chosen = []
    for value in body.events:
        match = EVENT_ID.match(value)
        if not match or (match[1], int(match[2])) not in held:
            raise bad_request(f"{value!r} is not an event of {incident_id}")
        chosen.append((match[1], int(match[2])))
    rest = [k for k in held if k not in chosen]
    _decide(shared, "split", chosen, rest)
    return {"split": [f"{a}:{i}" for a, i in chosen]}


@router.post("/{incident_id}/merge", summary="Merge another incident into this one; kept")
def merge(shared: Shared, incident_id: Annotated[str, Path()], body: Merge) -> dict[str, Any]:
    if body.other == incident_id:
        raise bad_request("an incident cannot be merged with itself")
    first, second = _members(shared, incident_id), _members(shared, body.other)
    _decide(shared, "merge", first, second)
    return {"merged": [incident_id, body.other]}
