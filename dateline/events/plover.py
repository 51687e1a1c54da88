"""PLOVER-style JSON records from dateline events (field names from the PLOVER manual)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from dateline.events import acled
from dateline.events.ontology import Ontology, load
from dateline.models import Actor, Event, Result

CODER = "dateline"
COUNTS = {"killed": "dead", "wounded": "injured", "arrested": "arrested", "captured": "captured"}


def _entity(actor: Actor | None) -> list[dict[str, Any]]:
    if actor is None:
        return []
    entity = {
        "code": actor.country or "",
        "sector": actor.sector or "",
        "entity_text": actor.text,
        "identifier_id": actor.actor_id or "",
        "identifier_text": actor.name or "",
    }
    return [entity]


def _location(event: Event) -> dict[str, Any] | None:
    place = event.place
    if place is None:
        return None
    return {
        "name": place.name or place.text,
        "text": place.text,
        "geonameid": place.geonameid,
        "country_code": place.country_code,
        "admin1": place.admin1,
        "lat": place.lat,
        "lon": place.lon,
        "feature_code": place.feature_code,
    }


def record(
    result: Result, event: Event, index: int, ontology: Ontology | None = None
) -> dict[str, Any]:
    """One PLOVER record; ``event`` is the category after the modality table (a promise to
    aid is AGREE), the raw type and status are kept alongside."""
    onto = ontology or load()
    coded = onto.coded_type(event.type, event.status)
    day = acled.event_day(event, result.article.published)
    out: dict[str, Any] = {
        "id": f"{result.article.id}-{index}",
        "has_event": event.status != "negated",
        "date": day.isoformat() if day else None,
        "date_value": event.date,
        "date_precision": event.date_precision,
        "actor": _entity(event.actor),
        "recipient": _entity(event.recipient),
        "event": [coded],
        "event_type": event.type,
        "status": event.status,
        "event_loc": _location(event),
        "event_text": [result.article.text[event.start : event.end]],
        "quad_code": onto.quad(coded),
        "mode": [event.mode] if event.mode else [],
        "context": [],
        "text": event.sentence,
        "text_info": {"start": event.start, "end": event.end},
        "cite_info": {
            "url": result.article.url,
            "source": result.article.source,
            "title": result.article.title,
            "published": result.article.published,
        },
        "reported_by": event.reported_by,
        "confidence": event.confidence,
        "coder": CODER,
        "comment": event.why,
    }
    for key, name in COUNTS.items():
        if key in event.quantities:
            out[name] = int(event.quantities[key])
    if "size" not in out and event.type == "PROTEST" and "protesters" in event.quantities:
        out["size"] = int(event.quantities["protesters"])
    return out


def records(result: Result, ontology_path: Path | None = None) -> list[dict[str, Any]]:
    """The PLOVER records of one article's events, in event order; incidents outside
    PLOVER (disasters, crime, claims of responsibility) are left out."""
    onto = load(ontology_path)
    return [
        record(result, event, i, onto)
        for i, event in enumerate(result.events)
        if onto.in_plover(event.type)
    ]
