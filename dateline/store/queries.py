"""Queries over the store: filtered events and a summary of what it holds."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any

from dateline.store.database import Store

EARTH_RADIUS_KM = 6371.0088


@dataclass(frozen=True, slots=True)
class EventFilter:
    """Conditions on events; None means no condition. Dates compare with the event's start."""

    types: tuple[str, ...] = ()
    actor: str | None = None
    country: str | None = None
    since: date | None = None
    until: date | None = None
    status: str | None = None
    place: str | None = None
    near: tuple[float, float] | None = None
    radius_km: float = 50.0
    bbox: tuple[float, float, float, float] | None = None
    text: str | None = None
    article_id: str | None = None
    min_salience: float | None = None

    def where(self) -> tuple[str, list[Any]]:
        """The SQL condition over the ``events`` table and its parameters."""
        clauses: list[str] = []
        params: list[Any] = []
        if self.types:
            clauses.append(f"type IN ({', '.join('?' * len(self.types))})")
            params.extend(t.upper() for t in self.types)
        if self.actor:
            clauses.append(
                "(actor_actor_id = ? OR recipient_actor_id = ? OR actor_name ILIKE ? "
                "OR recipient_name ILIKE ? OR actor_text ILIKE ? OR recipient_text ILIKE ?)"
            )
            like = f"%{self.actor}%"
            params.extend([self.actor, self.actor, like, like, like, like])
        if self.country:
            code = self.country.upper()
            if len(code) == 2:
                clauses.append("place_country_code = ?")
                params.append(code)
            else:
                clauses.append("(actor_country = ? OR recipient_country = ?)")
                params.extend([code, code])
        if self.since:
            clauses.append("date_start >= ?")
            params.append(self.since)
        if self.until:
            clauses.append("date_start <= ?")
            params.append(self.until)
        if self.status:
            clauses.append("status = ?")
            params.append(self.status)
        if self.place:
            clauses.append("(place_name ILIKE ? OR place_text ILIKE ?)")
            params.extend([f"%{self.place}%"] * 2)
        if self.near:
            clauses.append(_within_radius())
            lat, lon = self.near
            params.extend([lat, lat, lon, self.radius_km])
        if self.bbox:
            west, south, east, north = self.bbox
            clauses.append("place_lon BETWEEN ? AND ? AND place_lat BETWEEN ? AND ?")
            params.extend([west, east, south, north])
        if self.text:
            clauses.append("sentence ILIKE ?")
            params.append(f"%{self.text}%")
        if self.article_id:
            clauses.append("article_id = ?")
            params.append(self.article_id)
        if self.min_salience is not None:
            clauses.append("salience >= ?")
            params.append(self.min_salience)
        return (" AND ".join(clauses) or "TRUE"), params


def _within_radius() -> str:
    """Great-circle distance (haversine) from a point to the event's place, within a radius."""
    return (
        f"2 * {EARTH_RADIUS_KM} * asin(sqrt("
        "pow(sin(radians(place_lat - ?) / 2), 2) + cos(radians(?)) * cos(radians(place_lat)) "
        "* pow(sin(radians(place_lon - ?) / 2), 2))) <= ?"
    )


def events(
    store: Store, where: EventFilter | None = None, limit: int | None = 1000, offset: int = 0
) -> list[dict[str, Any]]:
    """Events matching the filter, newest first, as flat rows with their article's title."""
    condition, params = (where or EventFilter()).where()
    sql = (
        "SELECT e.*, a.title AS article_title, a.url AS article_url, a.published "
        f"FROM events e JOIN articles a ON a.id = e.article_id WHERE {condition} "
        "ORDER BY e.date_start DESC NULLS LAST, e.article_id, e.idx"
    )
    if limit is not None:
        sql += f" LIMIT {int(limit)} OFFSET {int(offset)}"
    cursor = store.con.execute(sql, params)
    names = [d[0] for d in cursor.description]
    return [dict(zip(names, row, strict=True)) for row in cursor.fetchall()]


def stats(store: Store) -> dict[str, Any]:
    """Counts of everything in the store, events by type, and the span of dates."""
    con = store.con
    count = {
        table: con.execute(f"SELECT count(*) FROM {table}").fetchone()[0]
        for table in ("articles", "sources", "times", "places", "actors", "quotes", "events")
    }
    by_type = dict(
        con.execute("SELECT type, count(*) FROM events GROUP BY type ORDER BY 2 DESC").fetchall()
    )
    first, last = con.execute("SELECT min(published), max(published) FROM articles").fetchone()
    return {"counts": count, "events_by_type": by_type, "published": {"first": first, "last": last}}
