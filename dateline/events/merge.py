"""One record per happening: the mentions of one event in an article merge into one record.

Mentions are read in text order; each joins the nearest earlier record of the same type,
mode and status whose fields do not contradict its own (another named actor or victim,
a place that neither holds the other, a date the text gives otherwise), else it opens a
record of its own. The merged record takes each field from the mention that states it
best, and keeps that mention's span in ``evidence``.
"""

from __future__ import annotations

import math
import re
from collections.abc import Callable
from dataclasses import dataclass, field, replace

from dateline.geo.coherence import km as great_circle_km
from dateline.models import Actor, Event, Place

CONFIDENCE_PER_MENTION = 0.05
PRECISION_RANK = {"day": 0, "week": 1, "month": 2, "year": 3}
AREA_RANK = {"ADM2": 1, "ADM1": 2}
BROAD = ("PCL", "CONT", "RGN", "OCN", "SEA")
NEIGHBOURS_KM = 25.0
ALONE = ("generic",)
AGE = re.compile(r"\b(\d{1,3})[- ]year[- ]old\b", re.IGNORECASE)


@dataclass(slots=True)
class Coded:
    """One coded mention, with what the merge needs beyond the event record itself."""

    event: Event
    trigger: str
    guessed: bool = False  # the actor is a guess at the role (the nearest mention)
    embedded: bool = False  # content of another event: what was denied, threatened, ...
    nearby: bool = False  # the place is only the nearest one, not in the trigger's clause
    other: bool = False  # a happening not told before this sentence ("in another attack")
    fellows: frozenset[str] = frozenset()  # participants named together ("A, B and C")
    modifier: bool = False  # told only as a noun's modifier ("the besieged city")
    rhetoric: bool = False  # a speaker's words in a direct quote ("we need to support")
    people: bool = False  # the recipient is people, not a place or a thing ("the bar")
    referred: bool = False  # the actor is a pronoun's referent, not named in the mention
    borrowed: bool = False  # the actor is the subject of the verb governing the noun
    named: frozenset[str] = frozenset()  # event nouns with 2+ adjectives, "final large fight"
    death: bool = False  # a victim's death ("died Wednesday"), dated to its own day


@dataclass(slots=True)
class Record:
    """The mentions of one happening, in text order."""

    items: list[Coded] = field(default_factory=list)


def merge(
    coded: list[Coded],
    keep: Callable[[Event, list[Coded]], bool],
    facets: Callable[[str, str | None, str | None], bool],
) -> list[Event]:
    """The article's events, one per happening, in the order of their first mention, those
    ``keep`` accepts (given the record and its mentions; when it accepts none, the most
    confident record stays: a text given to the coder on its own, a snippet or a
    headline, is taken to report something). ``facets`` says whether two modes
    of a type can describe one happening ("shot" firearms, "murder" targeted). A mention
    that fits several records joins the one it shares most with (a mode, a participant, a
    date), else the one told most often, else the nearest."""
    records: list[Record] = []
    for item in coded:
        fits = [(_shared(r, item), n) for n, r in enumerate(records) if _joins(r, item, facets)]
        target = records[max(fits)[1]] if fits else None
        if target is None:
            records.append(Record([item]))
        else:
            target.items.append(item)
    events = [(_combine(r), r.items) for r in _by_name(records)]
    kept = [event for event, items in events if keep(event, items)]
    if kept or not events:
        return kept
    return [max((event for event, _ in events), key=lambda e: e.confidence)]


def _by_name(records: list[Record]) -> list[Record]:
    """Records of one type and status that name their happening alike ("the final large
    fight" in the lead and in a quote) are one, whatever else they say."""
    out: list[tuple[Record, set[str]]] = []
    for record in records:
        names = set().union(*(i.named for i in record.items))
        kind = (record.items[0].event.type, record.items[0].event.status)
        host = next(
            (
                (kept, held)
                for kept, held in out
                if names & held and (kept.items[0].event.type, kept.items[0].event.status) == kind
            ),
            None,
        )
        if host is None:
            out.append((record, names))
        else:
            host[0].items = sorted([*host[0].items, *record.items], key=lambda i: i.event.start)
            host[1].update(names)
    return [record for record, _ in out]


def _joins(
    record: Record, item: Coded, facets: Callable[[str, str | None, str | None], bool]
) -> bool:
    """Whether a mention reports the record's happening: nothing tells them apart (a
    victim's death told on its own day, "died Wednesday" of a shooting on Sunday, does not
    tell the day apart)."""
    new = item.event
    if new.status in ALONE:
        return False
    if item.other and record.items[0].event.mentions[0].sentence != new.mentions[0].sentence:
        return False
    fellows = item.fellows.union(*(old.fellows for old in record.items))
    for old in record.items:
        event = old.event
        if event.type != new.type or event.status != new.status:
            return False
        if not facets(new.type, event.mode, new.mode):
            return False
        if not old.guessed and not item.guessed and _differ(event.actor, new.actor, fellows):
            return False
        if _differ(event.recipient, new.recipient, fellows) or _other_age(
            event.recipient, new.recipient
        ):
            return False
        tied = not (old.nearby or item.nearby)
        dated = not (old.death or item.death)
        if (tied and _apart(event.place, new.place)) or (dated and _other_day(event, new)):
            return False
    return True


def _shared(record: Record, item: Coded) -> tuple[int, int]:
    """What a mention shares with a record (its mode, a known participant, a date from the
    text), and how often the record is told."""
    new = item.event
    same = 0
    for old in (i.event for i in record.items):
        same += bool(new.mode and old.mode == new.mode)
        same += bool(name_of(new.actor) and name_of(new.actor) == name_of(old.actor))
        same += bool(name_of(new.recipient) and name_of(new.recipient) == name_of(old.recipient))
        same += bool("date" in new.evidence and "date" in old.evidence and new.date == old.date)
    return same, len(record.items)


def name_of(actor: Actor | None) -> str | None:
    """Who a participant is, when the actors layer or the dictionary knows (a phrase taken
    as plain text, "five people", "the house party", tells nobody apart)."""
    if actor is None:
        return None
    known = actor.actor_id or actor.name
    return known.casefold() if known else None


def _differ(a: Actor | None, b: Actor | None, fellows: frozenset[str] = frozenset()) -> bool:
    """Two known participants, and not the same one nor two named together in one of the
    mentions ("Chris Ardrey, Cario Davis and Jason Farmer were charged" holds the later
    "Davis was charged")."""
    first, second = name_of(a), name_of(b)
    if first is None or second is None or first == second:
        return False
    return not (first in fellows and second in fellows)


def _other_age(a: Actor | None, b: Actor | None) -> bool:
    """Two victims told by one age each, and not the same age ("a 16-year-old" and "a
    52-year-old man" are two people, so two shootings)."""
    if a is None or b is None:
        return False
    first, second = set(AGE.findall(a.text)), set(AGE.findall(b.text))
    return len(first) == 1 and len(second) == 1 and first != second


def _rank(place: Place) -> int:
    code = place.feature_code or ""
    if code.startswith(BROAD):
        return 3
    return AREA_RANK.get(code, 0)


def _apart(a: Place | None, b: Place | None) -> bool:
    """Two places neither of which can hold the other."""
    if a is None or b is None or a.geonameid == b.geonameid or a.name == b.name:
        return False
    if a.country_code != b.country_code:
        return True
    outer, inner = sorted((a, b), key=_rank, reverse=True)
    if _rank(outer) == 3:
        return False
    if _rank(outer) > 0:
        return outer.admin1 != inner.admin1
    return _km(a, b) > NEIGHBOURS_KM


def _km(a: Place, b: Place) -> float:
    """Great-circle distance between two places (infinite when either has no point)."""
    if None in (a.lat, a.lon, b.lat, b.lon):
        return math.inf
    return great_circle_km(a.lat, a.lon, b.lat, b.lon)


def _other_day(a: Event, b: Event) -> bool:
    """Both dates come from the text and name different periods."""
    if "date" not in a.evidence or "date" not in b.evidence or not a.date or not b.date:
        return False
    size = min(len(a.date), len(b.date))
    if "-W" in a.date or "-W" in b.date:
        return a.date[:4] != b.date[:4]
    return a.date[:size] != b.date[:size]


def _stale(event: Event, first: Event) -> bool:
    """A year the text gives where the record's first mention has only the publication
    week or day: over before last year, told of the past, not of this happening ("shot
    outside the store ... a customer was shot there in 2012"); or the publication's own
    year, which tells nothing finer than the publication week and would keep the story's
    day from the happening ("the 13th shooting of a child in 2017")."""
    if event.date_precision != "year" or "date" in first.evidence or not first.date:
        return False
    gap = int(first.date[:4]) - int(event.date[:4])
    return gap == 0 or gap > 1


def _combine(record: Record) -> Event:
    """The record's event: each field from the mention that gives it best (the actor from
    one that names its own before a guess, a pronoun's referent or a governing verb's
    subject: "many turning to looting after Hill was killed by police": police)."""
    events = [item.event for item in record.items]
    first = events[0]
    if len(events) == 1:
        return first
    evidence = dict(first.evidence)
    named = sorted(
        (i for i in record.items if i.event.actor is not None),
        key=lambda i: (i.guessed, i.referred, i.borrowed),
    )
    actor_from = named[0].event if named else None
    received = [i for i in record.items if i.event.recipient is not None]
    recipient_item = next((i for i in received if i.people), received[0] if received else None)
    recipient_from = recipient_item.event if recipient_item else None
    placed = [e for e in events if e.place is not None]
    place_from = min(placed, key=lambda e: _rank(e.place)) if placed else None
    dated = [
        i
        for i in record.items
        if "date" in i.event.evidence and i.event.date and not _stale(i.event, first)
    ]
    finest = min(  # the attack's day before a death's, when both are told as finely
        dated,
        key=lambda i: (PRECISION_RANK.get(i.event.date_precision or "", 9), i.death),
        default=None,
    )
    date_from = finest.event if finest is not None else first
    for role, source in (
        ("actor", actor_from),
        ("recipient", recipient_from),
        ("place", place_from),
        ("date", date_from),
    ):
        if source is not None and role in source.evidence:
            evidence[role] = source.evidence[role]
    quantities: dict[str, float] = {}
    for event in events:
        for key, value in event.quantities.items():
            if value > quantities.get(key, 0):
                quantities[key] = value
                evidence[f"quantities.{key}"] = event.evidence[f"quantities.{key}"]
    others = ", ".join(f"'{item.trigger}'" for item in record.items[1:])
    return replace(
        first,
        mode=next((e.mode for e in events if e.mode), None),
        actor=actor_from.actor if actor_from else None,
        recipient=recipient_from.recipient if recipient_from else None,
        place=place_from.place if place_from else None,
        date=date_from.date,
        date_precision=date_from.date_precision,
        quantities=quantities,
        reported_by=next((e.reported_by for e in events if e.reported_by), None),
        confidence=min(
            1.0, max(e.confidence for e in events) + CONFIDENCE_PER_MENTION * len(events)
        ),
        mentions=[m for e in events for m in e.mentions],
        evidence=evidence,
        why=f"{first.why}; one happening with {len(events)} mentions (also {others})",
    )
