"""Scoring an article's lead event against an incident registry (place, day, counts).

The lead event is the one with the highest ``salience`` when events carry that field
(ties by confidence, then the earliest), else the most confident ASSAULT or CRIME record
(the types a shooting is coded as); an article with neither has no lead event, which
counts as wrong on every measure.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from dateline.geo.coherence import haversine

LEAD_TYPES = ("ASSAULT", "CRIME")
NEAR_KM = 40.0
KILLED = ("killed",)
INJURED = ("wounded", "injured")
MEASURES = (
    "articles with a lead event",
    "lead place within 40 km",
    "some event within 40 km",
    "lead on the incident's day",
    "killed exact (registry > 0)",
    "injured exact (registry > 0)",
)


def lead_event(events: Sequence[Any]) -> Any | None:
    """The article's lead event (see the module doc)."""
    if any(getattr(e, "salience", None) is not None for e in events):
        return max(
            events,
            key=lambda e: (getattr(e, "salience", None) or 0.0, e.confidence, -e.start),
        )
    candidates = [e for e in events if e.type in LEAD_TYPES]
    return max(candidates, key=lambda e: (e.confidence, -e.start)) if candidates else None


def count(event: Any | None, keys: Sequence[str]) -> float | None:
    """The event's first quantity under one of ``keys``, or None."""
    if event is None:
        return None
    return next((event.quantities[k] for k in keys if k in event.quantities), None)


def near(event: Any | None, lat: float, lon: float, km: float = NEAR_KM) -> bool:
    """Whether the event's place lies within ``km`` of the point."""
    place = None if event is None else event.place
    if place is None or place.lat is None or place.lon is None:
        return False
    return float(haversine(place.lat, place.lon, lat, lon)) <= km


def same_day(event: Any | None, iso_day: str) -> bool:
    """Whether the event is dated to exactly that day."""
    if event is None or not event.date or event.date_precision != "day":
        return False
    return event.date[:10] == iso_day


def registry_day(text: str) -> str:
    """A GVA incident date ("April 10, 2017") as an ISO day."""
    return datetime.strptime(text.strip(), "%B %d, %Y").date().isoformat()


@dataclass(slots=True)
class Share:
    """A count out of a total."""

    hit: int = 0
    total: int = 0

    @property
    def value(self) -> float:
        return self.hit / self.total if self.total else 0.0


@dataclass(slots=True)
class Gold:
    """An incident as the registry has it; None where it gives nothing."""

    lat: float | None
    lon: float | None
    day: str | None
    killed: int
    injured: int


@dataclass(slots=True)
class Tally:
    """The measures over a set of articles."""

    shares: dict[str, Share] = field(default_factory=dict)

    def mark(self, name: str, hit: bool) -> None:
        share = self.shares.setdefault(name, Share())
        share.total += 1
        share.hit += bool(hit)

    def score(self, gold: Gold, events: Sequence[Any]) -> list[str]:
        """Count one article; the names of the measures its lead event got wrong."""
        lead = lead_event(events)
        wrong = []
        self.mark(MEASURES[0], lead is not None)
        checks = []
        if gold.lat is not None and gold.lon is not None:
            checks.append((MEASURES[1], near(lead, gold.lat, gold.lon)))
            checks.append((MEASURES[2], any(near(e, gold.lat, gold.lon) for e in events)))
        if gold.day:
            checks.append((MEASURES[3], same_day(lead, gold.day)))
        if gold.killed:
            checks.append((MEASURES[4], count(lead, KILLED) == gold.killed))
        if gold.injured:
            checks.append((MEASURES[5], count(lead, INJURED) == gold.injured))
        for name, hit in checks:
            self.mark(name, hit)
            if not hit:
                wrong.append(name)
        return wrong
