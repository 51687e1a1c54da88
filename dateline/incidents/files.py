"""Incident and event files: ACLED rows (one per incident, every source in ``source``,
the reconciled fatalities) and GeoJSON feature collections of events or incidents."""

from __future__ import annotations

import csv
import json
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from dateline.events import acled
from dateline.models import Article, Event, Incident, Result


def acled_row(incident: Incident, now: int | None = None) -> dict[str, Any] | None:
    """The ACLED row of an incident, or None when ACLED would not code its type."""
    first = incident.members[0] if incident.members else None
    event = Event(
        type=incident.type,
        sentence=first.sentence if first else "",
        start=0,
        end=0,
        mode=incident.mode,
        actor=incident.actor,
        recipient=incident.recipient,
        place=incident.place,
        date=incident.date,
        date_precision=incident.date_precision,
        quantities=incident.quantities,
        confidence=incident.confidence,
    )
    article = Article(text=incident.id, id=incident.id, published=incident.first_seen)
    row = acled.row(Result(article=article), event, 0, now)
    if row is None:
        return None
    row["event_id_cnty"] = row["event_id_cnty"][:3] + incident.id.removeprefix("inc-")
    row["source"] = "; ".join(incident.sources)
    row["tags"] += f"; articles={incident.articles}"
    return row


def write_acled(incidents: Iterable[Incident], out: Path) -> int:
    """ACLED's columns, one row per incident ACLED codes; returns the row count."""
    count = 0
    with open(out, "w", newline="", encoding="utf-8") as handle:
        writer = csv.DictWriter(handle, fieldnames=acled.COLUMNS)
        writer.writeheader()
        for incident in incidents:
            row = acled_row(incident)
            if row is not None:
                writer.writerow(row)
                count += 1
    return count


def write_geojson(rows: Iterable[dict[str, Any]], out: Path) -> int:
    """A FeatureCollection of the rows that have a place (``place_lat``/``place_lon``),
    every other column a property; returns the feature count."""
    count = 0
    with open(out, "w", encoding="utf-8") as handle:
        handle.write('{"type": "FeatureCollection", "features": [')
        for row in rows:
            lat, lon = row.get("place_lat"), row.get("place_lon")
            if lat is None or lon is None:
                continue
            feature = {
                "type": "Feature",
                "geometry": {"type": "Point", "coordinates": [lon, lat]},
                "properties": {k: v for k, v in row.items() if k not in ("place_lat", "place_lon")},
            }
            handle.write(",\n" if count else "\n")
            handle.write(json.dumps(feature, ensure_ascii=False, default=str))
            count += 1
        handle.write("\n]}\n")
    return count
