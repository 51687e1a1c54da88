"""Stored events that may be one happening with new reports, found by joins, not scans.

Each new report becomes a search window (its family; its days widened by the fusion
window; its country and a box of ``far_km`` around its place). The store is read once per
query whatever the number of new reports: one scan keeps the fusable events of the
windows' families (``fusion_family``, stored with each event, so that no text is read;
for events stored before it, every type the family's reports can have,
``Rules.types_of``) and days that are placed in a grid cell a window covers (cells
``far_km`` wide, computed from ``place_lat``/``place_lon``), or have no usable place, or
lie within the few days around an unplaced window that can still reach the link threshold
when the place is unknown (``compare.unplaced_days``); joins then pair them with the
windows. A pair whose place is unknown (either side unplaced or coarse) can reach the
link only by sharing a word (``compare.unplaced_needs_words``), so such pairs are kept
only when the stored event's text holds one of the window's words: DuckDB's ``contains``
on the lower-cased text keeps a superset, then the words are compared exactly. A placed
window is also paired with the placed stored events beyond its box whose place's name its
headline tells, or whose headline tells its place's name (``store.named``: the place part
of such a pair is not a veto, ``compare.named_far``). The result is a superset of the pairs that
can link: ``compare.score`` decides.
"""

from __future__ import annotations

import math
from collections.abc import Iterator
from datetime import date, timedelta
from typing import Any

import pyarrow as pa

from dateline.events.salience import LEAD
from dateline.incidents.compare import unplaced_days, unplaced_needs_words
from dateline.incidents.config import rules
from dateline.incidents.reports import UNDATED_DAYS, Report, told, words
from dateline.store.named import names, tellers
from dateline.store.schema import literals, registered
from dateline.store.told import folding

KM_PER_DEGREE = 111.0
# Cells are numbered cy * CELL_ROW + cx (|cx| stays below 360 / the smallest reach).
CELL_ROW = 1 << 20
# Fusable stored events (of the statuses and types named, as literals that DuckDB
# filters the scan by) with the days they may cover (an undated one: its publication
# day; a placed one of no date or of a week, which may be undated, from ``undated_days``
# before: ``Report.since``, so a week up to that many days after the windows is read),
# its place and, for a placed one, its grid cell.
_CANDIDATES = """
    SELECT * FROM (
        SELECT e.rowid AS rid, e.type, e.fusion_family AS family, e.place_lat AS lat,
            e.place_lon AS lon, e.place_country_code AS country,
            e.place_feature_code AS code, e.place_name AS name,
            e.date_precision = 'week' AS weekly,
            e.date_start AS lo, coalesce(e.date_end, e.date_start + 366) AS hi
        FROM events e
        WHERE e.date_start IS NOT NULL AND e.status IN ({fusable})
            AND {kinds} AND e.date_start <= $later
            AND (e.date_start <= $last OR e.date_precision = 'week'))
    WHERE hi >= $first
    UNION ALL
    SELECT e.rowid, e.type, e.fusion_family, e.place_lat, e.place_lon, e.place_country_code,
        e.place_feature_code, e.place_name, TRUE, TRY_CAST(a.published AS DATE),
        TRY_CAST(a.published AS DATE)
    FROM events e JOIN (SELECT id, published FROM articles WHERE list_contains($undated, id)) a
        ON a.id = e.article_id
    WHERE e.date_start IS NULL AND e.status IN ({fusable}) AND {kinds}
"""
# The stored events of the windows' families: by the family stored with each event, or,
# for an event stored before that column existed, by every type the families may hold.
_KINDS = "(e.fusion_family IN ({families}) OR (e.fusion_family IS NULL AND e.type IN ({types})))"
# The articles of fusable undated events (their publication day dates them), found
# before the articles table is read so that it is read through its index.
_UNDATED = """
    SELECT DISTINCT article_id FROM events e WHERE date_start IS NULL
        AND status IN ({fusable}) AND {kinds}
"""
_MATCH = (
    "(c.family = w.family OR (c.family IS NULL AND list_contains(w.types, c.type))) "
    "AND c.lo <= w.hi AND c.hi >= w.lo "
    "AND (w.country IS NULL OR c.country IS NULL OR c.country = w.country)"
)
_NEAR = "c.lo <= w.near_hi AND c.hi >= w.near_lo"


def _reach() -> float:
    return rules().far_km / KM_PER_DEGREE


def _box(report: Report) -> tuple[float, float, float, float]:
    reach = _reach()
    wide = reach / max(0.05, math.cos(math.radians(min(89.9, abs(report.lat) + reach))))
    return report.lat - reach, report.lat + reach, report.lon - wide, report.lon + wide


def _cells(report: Report) -> Iterator[int]:
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
                yield y * CELL_ROW + x


def _windows(reports: list[Report]) -> tuple[pa.Table, pa.Table]:
    """Each report's window (id, types, days, country, gridded, box), and the grid cells
    of the gridded ones."""
    table = rules()
    window = timedelta(days=table.window_days)
    close = timedelta(days=unplaced_days())
    slack = timedelta(days=UNDATED_DAYS)
    names = ("w", "family", "types", "lo", "hi", "near_lo", "near_hi", "country", "gridded")
    rows: dict[str, list[Any]] = {k: [] for k in (*names, "s", "n", "west", "east")}
    cells: dict[str, list[int]] = {"w": [], "cell": []}
    for n, r in enumerate(reports):
        types = sorted(table.types_of(r.family))
        gridded = r.point
        values = (n, r.family, types, r.earliest - window, r.last + window + slack)
        values += (r.first - close, r.last + close + slack, r.country, gridded)
        values += _box(r) if gridded else (None, None, None, None)
        for name, value in zip(rows, values, strict=True):
            rows[name].append(value)
        if gridded:
            for cell in _cells(r):
                cells["w"].append(n)
                cells["cell"].append(cell)
    return pa.table(rows), pa.table(
        {"w": pa.array(cells["w"], pa.int64()), "cell": pa.array(cells["cell"], pa.int64())}
    )


def _spans(reports: list[Report]) -> list[tuple[date, date]]:
    """The days around the unplaced windows (merged where they overlap): every stored
    event there may be paired with one of them, whatever its place."""
    close = timedelta(days=unplaced_days())
    slack = timedelta(days=UNDATED_DAYS)
    days = sorted((r.first - close, r.last + close + slack) for r in reports if not r.point)
    out: list[tuple[date, date]] = []
    for first, last in days:
        if out and first <= out[-1][1]:
            out[-1] = (out[-1][0], max(out[-1][1], last))
        else:
            out.append((first, last))
    return out


def _query(reach: float, spans: int, lists: dict[str, str], back: int) -> str:
    near = " ".join(f"OR (lo <= $until{n} AND hi >= $since{n})" for n in range(spans))
    return f"""WITH c AS MATERIALIZED (
            SELECT * REPLACE (CASE WHEN weekly AND NOT loose THEN lo - {back} ELSE lo END AS lo)
            FROM (
                SELECT *, (lat IS NULL OR code IN ({lists["coarse"]})) AS loose,
                    CAST(floor(lat / {reach!r}) AS BIGINT) * {CELL_ROW}
                        + CAST(floor(lon / {reach!r}) AS BIGINT) AS cell
                FROM ({_CANDIDATES.format(**lists)}))
            WHERE loose OR cell IN (SELECT cell FROM fusion_cells) {near}
                OR name IN (SELECT name FROM fusion_names)
                OR rid IN (SELECT rid FROM fusion_tellers))
        SELECT c.rid, w.w, FALSE AS loose FROM c
        JOIN fusion_cells g ON g.cell = c.cell
        JOIN fusion_windows w ON w.w = g.w
        WHERE NOT c.loose AND {_MATCH} AND c.lat BETWEEN w.s AND w.n
            AND (c.lon BETWEEN w.west AND w.east OR c.lon + 360 BETWEEN w.west AND w.east
                OR c.lon - 360 BETWEEN w.west AND w.east)
        UNION ALL
        SELECT c.rid, w.w, TRUE FROM (SELECT * FROM c WHERE loose) c
        JOIN fusion_windows w ON {_NEAR}
        WHERE {_MATCH}
        UNION ALL
        SELECT c.rid, w.w, TRUE FROM (SELECT * FROM c WHERE NOT loose) c
        JOIN (SELECT * FROM fusion_windows WHERE NOT gridded) w ON {_NEAR}
        WHERE {_MATCH}
        UNION ALL
        SELECT c.rid, w.w, FALSE FROM c JOIN fusion_names n ON n.name = c.name
        JOIN fusion_windows w ON w.w = n.w
        WHERE NOT c.loose AND w.gridded AND {_MATCH}
        UNION ALL
        SELECT c.rid, w.w, FALSE FROM c JOIN fusion_tellers t ON t.rid = c.rid
        JOIN fusion_windows w ON w.w = t.w
        WHERE NOT c.loose AND w.gridded AND {_MATCH}"""


def nearby(con, reports: list[Report]) -> dict[int, set[int]]:
    """The stored events that may be one happening with one of ``reports``: each one's
    rowid and the positions in ``reports`` of the reports it may match."""
    table = rules()
    positions = [n for n, r in enumerate(reports) if r.fusable and r.first is not None]
    searched = [reports[n] for n in positions]
    if not searched:
        return {}
    windows, cells = _windows(searched)
    spans = _spans(searched)
    families = sorted({r.family for r in searched})
    kinds = _KINDS.format(
        families=literals(families),
        types=literals(sorted({t for f in families for t in table.types_of(f)})),
    )
    lists = {
        "fusable": literals(sorted(table.fusable)),
        "coarse": literals(sorted(table.coarse_features)),
        "kinds": kinds,
    }
    undated = con.execute(_UNDATED.format(**lists)).fetchall()
    params: dict[str, Any] = {"undated": sorted(a for (a,) in undated)}
    params["first"] = min(windows.column("lo").to_pylist())
    params["last"] = max(windows.column("hi").to_pylist())
    params["later"] = params["last"] + timedelta(days=table.undated_days)
    for n, (since, until) in enumerate(spans):
        params[f"since{n}"], params[f"until{n}"] = since, until
    named = names(con, searched)
    telling = tellers(con, searched)
    with registered(
        con, fusion_windows=windows, fusion_cells=cells, fusion_names=named, fusion_tellers=telling
    ):
        query = _query(_reach(), len(spans), lists, table.undated_days)
        rows = con.execute(query, params).fetchall()
    placed = [(rid, w) for rid, w, loose in rows if not loose]
    unplaced = [(rid, w) for rid, w, loose in rows if loose]
    if unplaced_needs_words():
        unplaced = _sharing(con, unplaced, searched)
    out: dict[int, set[int]] = {}
    for rowid, window in placed + unplaced:
        out.setdefault(rowid, set()).add(positions[window])
    return out


# The pairs whose stored event may share a word with the window: the runs of ASCII
# letters or digits of its sentence, lower-cased, hold one of the window's words (every
# ASCII word of ``Report.words`` is such a run), or the window has a word outside ASCII,
# or the sentence a letter that folds to ASCII, or the event is salient (its headline
# counts too); each with what ``Report.words`` reads.
_MAYBE = """
    SELECT p.rid, p.w, e.salient, e.article_id, e.sentence
    FROM fusion_pairs p
    JOIN (SELECT rowid AS rid, article_id, coalesce(sentence, '') AS sentence,
            coalesce(salience, 0) >= $lead AS salient
          FROM events WHERE rowid = ANY($rids)) e ON e.rid = p.rid
    JOIN fusion_words f ON f.w = p.w
    WHERE e.salient OR f.wide OR regexp_matches(e.sentence, $odd)
        OR list_has_any(regexp_extract_all(lower(e.sentence), '[a-z]+|[0-9]+'), f.words)
"""


def _sharing(con, pairs: list[tuple[int, int]], reports: list[Report]) -> list[tuple[int, int]]:
    """The pairs (rowid, window) whose stored event shares a word with the window's report,
    as ``Report.words`` reads the event: its sentence and, when salient, its headline.
    DuckDB narrows the pairs to those that may; their words are then compared here."""
    if not pairs:
        return []
    said = [sorted(report.words) for report in reports]
    pairing = pa.table({"rid": [r for r, _ in pairs], "w": [w for _, w in pairs]})
    wording = pa.table(
        {
            "w": pa.array(range(len(said)), pa.int64()),
            "words": pa.array(said, pa.list_(pa.string())),
            "wide": pa.array([not all(w.isascii() for w in ws) for ws in said], pa.bool_()),
        }
    )
    with registered(con, fusion_pairs=pairing, fusion_words=wording):
        rows = con.execute(
            _MAYBE, {"lead": LEAD, "odd": folding(), "rids": sorted({r for r, _ in pairs})}
        ).fetchall()
    heads = sorted({article for _, _, salient, article, _ in rows if salient})
    found = con.execute("SELECT id, title FROM articles WHERE list_contains(?, id)", [heads])
    titles = dict(found.fetchall()) if heads else {}
    table = rules()
    kept = []
    for rid, w, salient, article, sentence in rows:
        if words(told(titles.get(article), sentence, salient), table) & reports[w].words:
            kept.append((rid, w))
    return kept
