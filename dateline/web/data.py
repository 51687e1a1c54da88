"""Read-only queries the page and the API need, all filtered through ``EventFilter``."""

from __future__ import annotations

import json
import threading
from pathlib import Path
from typing import Any

from dateline.store.database import Store
from dateline.store.queries import EventFilter, stats

EVENT_COLUMNS = (
    "article_id",
    "idx",
    "type",
    "mode",
    "date",
    "date_precision",
    "status",
    "actor_name",
    "actor_actor_id",
    "actor_country",
    "recipient_name",
    "recipient_actor_id",
    "recipient_country",
    "place_name",
    "place_country_code",
    "place_admin1",
    "place_lat",
    "place_lon",
    "quantities",
    "reported_by",
    "confidence",
    "sentence",
    "start",
    "end",
    "told_in",
    "why",
)
# The dense range of the timeline: these quantiles of the events' dates.
DENSE = (0.01, 0.99)
SORTS = {
    "date": "date_start",
    "type": "type",
    "actor": "actor_name",
    "recipient": "recipient_name",
    "place": "place_name",
    "country": "place_country_code",
    "status": "status",
    "confidence": "confidence",
}
_HARMED = (
    "coalesce(TRY_CAST(quantities->>'killed' AS DOUBLE), 0)"
    " + coalesce(TRY_CAST(quantities->>'wounded' AS DOUBLE), 0)"
)
_ANY_COUNT = "coalesce(list_max(TRY_CAST(quantities->>'$.*' AS DOUBLE[])), 0)"
# How large an event is for its marker: people killed and wounded, else its largest count.
MAGNITUDE = f"CASE WHEN {_HARMED} > 0 THEN {_HARMED} ELSE {_ANY_COUNT} END"
GEOJSON_FEATURE = (
    "json_object('type', 'Feature', 'id', article_id || ':' || idx, "
    "'geometry', json_object('type', 'Point', 'coordinates', json_array(place_lon, place_lat)), "
    "'properties', json_object('type', type, 'date', \"date\", 'status', status, "
    f"'place', place_name, 'quantities', coalesce(quantities, '{{}}')::JSON, "
    f"'magnitude', {MAGNITUDE}))"
)


def _select(columns: tuple[str, ...]) -> str:
    return ", ".join(f'e."{name}"' for name in columns)


def _rows(cursor: Any) -> list[dict[str, Any]]:
    names = [d[0] for d in cursor.description]
    return [dict(zip(names, row, strict=True)) for row in cursor.fetchall()]


def _event(row: dict[str, Any]) -> dict[str, Any]:
    row["id"] = f"{row['article_id']}:{row['idx']}"
    row["quantities"] = json.loads(row["quantities"]) if row.get("quantities") else {}
    return row


def _told(article: dict[str, Any], told_in: str | None) -> str:
    """What an event's offsets point into: the article's headline or (also for events
    stored before ``told_in`` existed) its text."""
    return (article["title"] if told_in == "title" else article["text"]) or ""


def auto_interval(first: Any, last: Any) -> str:
    """A histogram bin that gives a readable number of bars for a span of dates."""
    if first is None or last is None:
        return "day"
    days = (last - first).days
    return "day" if days <= 120 else "week" if days <= 730 else "month"


class Data:
    """One read-only store, shared by the server's threads one query at a time."""

    def __init__(self, path: str | Path) -> None:
        self.store = Store(path, read_only=True)
        self.lock = threading.Lock()

    def close(self) -> None:
        self.store.close()

    def _query(self, sql: str, params: list[Any] | None = None) -> list[dict[str, Any]]:
        with self.lock:
            return _rows(self.store.con.execute(sql, params or []))

    def _scalar(self, sql: str, params: list[Any] | None = None) -> Any:
        with self.lock:
            return self.store.con.execute(sql, params or []).fetchone()[0]

    def _event_rows(
        self, condition: str, params: list[Any], order: str = "", limit: int = 1, offset: int = 0
    ) -> list[dict[str, Any]]:
        """Matching events with their article's title, url, date and the evidence text."""
        order_by = f"ORDER BY {order}" if order else ""
        rows = self._query(
            f"SELECT {_select(EVENT_COLUMNS)} FROM events e WHERE {condition} {order_by} "
            f"LIMIT {int(limit)} OFFSET {int(offset)}",
            params,
        )
        ids = sorted({row["article_id"] for row in rows})
        articles = {
            a["id"]: a
            for a in self._query(
                "SELECT id, title, url, published, text FROM articles "
                "WHERE id IN (SELECT unnest(?))",
                [ids],
            )
        }
        for row in rows:
            article = articles[row["article_id"]]
            row.update(
                article_title=article["title"],
                article_url=article["url"],
                published=article["published"],
                evidence=_told(article, row["told_in"])[row["start"] : row["end"]],
            )
        return [_event(row) for row in rows]

    def events(
        self, where: EventFilter, sort: str, descending: bool, limit: int, offset: int
    ) -> dict[str, Any]:
        """A sorted page of events with the article they came from, and the total count."""
        condition, params = where.where()
        direction = "DESC" if descending else "ASC"
        order = f"e.{SORTS[sort]} {direction} NULLS LAST, e.article_id, e.idx"
        rows = self._event_rows(condition, params, order, limit, offset)
        total = self._scalar(f"SELECT count(*) FROM events WHERE {condition}", params)
        return {"total": total, "offset": offset, "events": rows}

    def event(self, article_id: str, idx: int) -> dict[str, Any] | None:
        """One event by its article and index."""
        rows = self._event_rows("e.article_id = ? AND e.idx = ?", [article_id, idx])
        return rows[0] if rows else None

    def geojson(self, where: EventFilter, limit: int) -> str:
        """Events with a place as a GeoJSON FeatureCollection (newest first), built by DuckDB.

        ``total`` counts every match, of which at most ``limit`` features are returned.
        """
        condition, params = where.where()
        condition += " AND place_lat IS NOT NULL AND place_lon IS NOT NULL"
        newest = (
            'SELECT article_id, idx, type, "date", status, place_name, quantities, place_lon, '
            f"place_lat, count(*) OVER () AS total FROM events WHERE {condition} "
            f"ORDER BY date_start DESC NULLS LAST, article_id, idx LIMIT {int(limit)}"
        )
        sql = (
            "SELECT json_object('type', 'FeatureCollection', "
            "'total', coalesce(any_value(total), 0), "
            f"'features', coalesce(json_group_array({GEOJSON_FEATURE}), '[]'))::VARCHAR "
            f"FROM ({newest})"
        )
        with self.lock:
            return self.store.con.execute(sql, params).fetchone()[0]

    def timeline(self, where: EventFilter, interval: str) -> dict[str, Any]:
        """Counts of events per day, week, month or year of their date, over the range where
        the events are dense: from the 1st to the 99th percentile of their dates, widened to
        the filter's own dates when it has some. ``outside`` counts the events left out (a
        historical date, a target year) so that they do not squeeze the rest into a pixel."""
        condition, params = where.where()
        condition += " AND date_start IS NOT NULL"
        low, high = self._query(
            f"SELECT quantile_disc(date_start, {DENSE[0]}) AS a, "
            f"quantile_disc(date_start, {DENSE[1]}) AS b FROM events WHERE {condition}",
            params,
        )[0].values()
        low = min(low, where.since) if low and where.since else low
        high = max(high, where.until) if high and where.until else high
        if interval == "auto":
            interval = auto_interval(low, high)
        rows = self._query(
            f"SELECT date_trunc('{interval}', date_start)::DATE AS start, count(*) AS count "
            f"FROM events WHERE {condition} AND date_start BETWEEN ? AND ? GROUP BY 1 ORDER BY 1",
            [*params, low, high],
        )
        total = self._scalar(f"SELECT count(*) FROM events WHERE {condition}", params)
        outside = total - sum(row["count"] for row in rows)
        return {"interval": interval, "bins": rows, "outside": outside}

    def articles(self, text: str | None, limit: int, offset: int) -> dict[str, Any]:
        """Articles, newest first, with how many events each holds; ``text`` searches titles."""
        condition, params = ("a.title ILIKE ?", [f"%{text}%"]) if text else ("TRUE", [])
        rows = self._query(
            "SELECT a.id, a.title, a.url, a.source, a.published, a.language, "
            "(SELECT count(*) FROM events e WHERE e.article_id = a.id) AS events "
            f"FROM articles a WHERE {condition} ORDER BY a.published DESC NULLS LAST, a.id "
            f"LIMIT {int(limit)} OFFSET {int(offset)}",
            params,
        )
        total = self._scalar(f"SELECT count(*) FROM articles a WHERE {condition}", params)
        return {"total": total, "offset": offset, "articles": rows}

    def article(self, article_id: str) -> dict[str, Any] | None:
        """An article with every layer (the public JSON shape) and where it was seen."""
        rows = self._query("SELECT result FROM articles WHERE id = ?", [article_id])
        if not rows:
            return None
        result = json.loads(rows[0]["result"])
        result["sources"] = self._query(
            "SELECT location, url, source, added_at FROM sources WHERE article_id = ? "
            "ORDER BY added_at",
            [article_id],
        )
        return result

    def quotes(
        self, article_id: str | None, speaker: str | None, text: str | None, limit: int, offset: int
    ) -> dict[str, Any]:
        """Quotes with their speaker, optionally of one article, speaker or wording."""
        clauses, params = ["TRUE"], []
        if article_id:
            clauses.append("article_id = ?")
            params.append(article_id)
        if speaker:
            clauses.append("speaker_name ILIKE ?")
            params.append(f"%{speaker}%")
        if text:
            clauses.append("text ILIKE ?")
            params.append(f"%{text}%")
        condition = " AND ".join(clauses)
        rows = self._query(
            f"SELECT * FROM quotes WHERE {condition} ORDER BY article_id, idx "
            f"LIMIT {int(limit)} OFFSET {int(offset)}",
            params,
        )
        total = self._scalar(f"SELECT count(*) FROM quotes WHERE {condition}", params)
        return {"total": total, "offset": offset, "quotes": rows}

    def places(self, country: str | None, text: str | None, limit: int) -> dict[str, Any]:
        """Resolved places with how often and in how many articles they are mentioned."""
        clauses, params = ["geonameid IS NOT NULL"], []
        if country:
            clauses.append("country_code = ?")
            params.append(country.upper())
        if text:
            clauses.append("(name ILIKE ? OR text ILIKE ?)")
            params.extend([f"%{text}%"] * 2)
        rows = self._query(
            "SELECT geonameid, any_value(name) AS name, any_value(country_code) AS country_code, "
            "any_value(admin1) AS admin1, any_value(lat) AS lat, any_value(lon) AS lon, "
            "count(*) AS mentions, count(DISTINCT article_id) AS articles "
            f"FROM places WHERE {' AND '.join(clauses)} GROUP BY geonameid "
            f"ORDER BY mentions DESC, name LIMIT {int(limit)}",
            params,
        )
        return {"places": rows}

    def stats(self) -> dict[str, Any]:
        """The store's counts plus what the page's filters offer."""
        with self.lock:
            summary = stats(self.store)
        summary["events_by_status"] = dict(
            (r["status"], r["n"])
            for r in self._query(
                "SELECT status, count(*) AS n FROM events GROUP BY 1 ORDER BY 2 DESC"
            )
        )
        summary["events_by_country"] = dict(
            (r["c"], r["n"])
            for r in self._query(
                "SELECT place_country_code AS c, count(*) AS n FROM events "
                "WHERE place_country_code IS NOT NULL GROUP BY 1 ORDER BY 2 DESC, 1"
            )
        )
        summary["event_dates"] = self._query(
            "SELECT min(date_start) AS first, max(date_start) AS last FROM events"
        )[0]
        return summary
