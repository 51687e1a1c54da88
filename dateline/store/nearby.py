"""Stored events that may be one happening with new reports, found by joins, not scans.

Each new report becomes a search window (its family's types, its days widened by the
fusion window, its country and a box of ``far_km`` around its place). Placed stored
events are joined on the grid cells the box covers (cells ``far_km`` wide, computed from
``place_lat``/``place_lon``), so the store is read once per query whatever the number
of new reports; stored events without a usable place, and new reports without one, are
joined on their days and country, within the few days that can still reach the link
threshold when the place is unknown (``compare.unplaced_days``). The result is a
superset: ``compare.score`` decides.
"""

from __future__ import annotations

import math
from collections.abc import Iterator
from datetime import timedelta
from typing import Any

import pyarrow as pa

from dateline.incidents.compare import unplaced_days
from dateline.incidents.config import rules
from dateline.incidents.reports import UNDATED_DAYS, Report

KM_PER_DEGREE = 111.0
# Fusable stored events with the days they may cover (an undated one: its publication
# day), its place and, for a placed one, its grid cell.
_CANDIDATES = """
    SELECT * FROM (
        SELECT e.rowid AS rid, e.type, e.place_lat AS lat, e.place_lon AS lon,
            e.place_country_code AS country, e.place_feature_code AS code,
            e.date_start AS lo, coalesce(e.date_end, e.date_start + INTERVAL 366 DAY) AS hi
        FROM events e
        WHERE e.date_start IS NOT NULL AND e.status IN (SELECT unnest($fusable))
            AND e.type IN (SELECT unnest($types)) AND e.date_start <= $last)
    WHERE hi >= $first
    UNION ALL
    SELECT e.rowid, e.type, e.place_lat, e.place_lon, e.place_country_code,
        e.place_feature_code, TRY_CAST(a.published AS DATE), TRY_CAST(a.published AS DATE)
    FROM events e JOIN (SELECT id, published FROM articles WHERE id IN (SELECT unnest($undated))) a
        ON a.id = e.article_id
    WHERE e.date_start IS NULL AND e.status IN (SELECT unnest($fusable))
        AND e.type IN (SELECT unnest($types))
"""
# The articles of fusable undated events (their publication day dates them), found
# before the articles table is read so that it is read through its index.
_UNDATED = """
    SELECT DISTINCT article_id FROM events WHERE date_start IS NULL
        AND status IN (SELECT unnest($fusable)) AND type IN (SELECT unnest($types))
"""
_PLACED_PAIR = "(w.gridded AND NOT (c.lat IS NULL OR c.code IN (SELECT unnest($coarse))))"
_MATCH = (
    "list_contains(w.types, c.type) AND c.lo <= w.hi AND c.hi >= w.lo "
    f"AND ({_PLACED_PAIR} OR (c.lo <= w.near_hi AND c.hi >= w.near_lo)) "
    "AND (w.country IS NULL OR c.country IS NULL OR c.country = w.country)"
)
_LOOSE = "(c.lat IS NULL OR c.code IN (SELECT unnest($coarse)))"


def _reach() -> float:
    return rules().far_km / KM_PER_DEGREE


def _box(report: Report) -> tuple[float, float, float, float]:
    reach = _reach()
    wide = reach / max(0.05, math.cos(math.radians(min(89.9, abs(report.lat) + reach))))
    return report.lat - reach, report.lat + reach, report.lon - wide, report.lon + wide


def _cells(report: Report) -> Iterator[tuple[int, int]]:
    reach = _reach()
    south, north, west, east = _box(report)
    spans = [(max(west, -180.0), min(east, 180.0))]
    if west < -180:
        spans.append((west + 360, 180.0))
    if east > 180:
        spans.append((-180.0, east - 360))
    for y in range(math.floor(south / reach), math.floor(north / reach) + 1):
        for low, high in spans:
            for x in range(math.floor(low / reach), math.floor(high / reach) + 1):
                yield y, x


def _windows(reports: list[Report]) -> tuple[pa.Table, pa.Table]:
    """Each report's window (id, types, days, country, gridded), and the grid cells of the
    gridded ones."""
    table = rules()
    window = timedelta(days=table.window_days)
    names = ("w", "types", "lo", "hi", "near_lo", "near_hi", "country", "gridded")
    rows: dict[str, list[Any]] = {k: [] for k in (*names, "s", "n", "west", "east")}
    close = timedelta(days=unplaced_days())
    cells: dict[str, list[Any]] = {"w": [], "cy": [], "cx": []}
    for n, r in enumerate(reports):
        types = sorted({k for k, f in table.family.items() if f == r.family} | {r.family})
        gridded = r.lat is not None and not r.coarse
        south, north, west, east = _box(r) if gridded else (None, None, None, None)
        slack = timedelta(days=UNDATED_DAYS)
        values = (n, types, r.first - window, r.last + window + slack)
        values += (r.first - close, r.last + close + slack, r.country, gridded)
        values += (south, north, west, east)
        for name, value in zip(rows, values, strict=True):
            rows[name].append(value)
        if gridded:
            for y, x in _cells(r):
                cells["w"].append(n)
                cells["cy"].append(y)
                cells["cx"].append(x)
    return pa.table(rows), pa.table(
        {
            "w": pa.array(cells["w"], pa.int64()),
            "cy": pa.array(cells["cy"], pa.int64()),
            "cx": pa.array(cells["cx"], pa.int64()),
        }
    )


def nearby(con, reports: list[Report]) -> dict[int, set[int]]:
    """The stored events that may be one happening with one of ``reports``: each one's
    rowid and the positions in ``reports`` of the reports it may match."""
    table = rules()
    positions = [n for n, r in enumerate(reports) if r.fusable and r.first is not None]
    searched = [reports[n] for n in positions]
    if not searched:
        return {}
    windows, cells = _windows(searched)
    reach = _reach()
    params = {"fusable": sorted(table.fusable), "coarse": sorted(table.coarse_features)}
    con.register("fusion_windows", windows)
    con.register("fusion_cells", cells)
    params["types"] = sorted({t for ts in windows.column("types").to_pylist() for t in ts})
    undated = con.execute(_UNDATED, {k: params[k] for k in ("fusable", "types")}).fetchall()
    params["undated"] = sorted(a for (a,) in undated)
    params["first"] = min(windows.column("lo").to_pylist())
    params["last"] = max(windows.column("hi").to_pylist())
    try:
        rows = con.execute(
            f"""WITH c AS NOT MATERIALIZED ({_CANDIDATES}),
            placed AS NOT MATERIALIZED (
                SELECT *, CAST(floor(lat / {reach!r}) AS BIGINT) AS cy,
                    CAST(floor(lon / {reach!r}) AS BIGINT) AS cx
                FROM c WHERE NOT {_LOOSE}),
            loose AS NOT MATERIALIZED (SELECT * FROM c WHERE {_LOOSE})
            SELECT c.rid, w.w FROM placed c
            JOIN fusion_cells g ON g.cy = c.cy AND g.cx = c.cx
            JOIN fusion_windows w ON w.w = g.w
            WHERE {_MATCH} AND c.lat BETWEEN w.s AND w.n
                AND (c.lon BETWEEN w.west AND w.east OR c.lon + 360 BETWEEN w.west AND w.east
                    OR c.lon - 360 BETWEEN w.west AND w.east)
            UNION
            SELECT c.rid, w.w FROM loose c
            JOIN fusion_windows w ON c.lo <= w.near_hi AND c.hi >= w.near_lo
            WHERE {_MATCH} AND w.gridded
            UNION
            SELECT c.rid, w.w FROM c
            JOIN (SELECT * FROM fusion_windows WHERE NOT gridded) w
                ON c.lo <= w.near_hi AND c.hi >= w.near_lo
            WHERE {_MATCH}""",
            params,
        ).fetchall()
    finally:
        con.unregister("fusion_windows")
        con.unregister("fusion_cells")
    out: dict[int, set[int]] = {}
    for rowid, window in rows:
        out.setdefault(rowid, set()).add(positions[window])
    return out
