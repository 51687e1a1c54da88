"""Ties: two reports of one family that are one happening however far apart their dates
lie, joined by clustering after the links, like an aftermath report and its happening.

- A follow-up tie: a report that tells a follow-up (an arrest, a charge, a sentence:
  ``follow_up.words`` in ``data/fusion.yaml``) and names a person an earlier or same-day
  report of its family names (the follow-up's date is often the court's day, not the
  shooting's).
- A toll tie: two reports that give the same number of people killed, at least
  ``toll.killed``, and share ``toll.words`` of their words (a mass shooting's later
  reports: a trial, an anniversary).

Either holds only within ``follow_up.km`` of each other and at most ``follow_up.days``
apart, whatever their score."""

from __future__ import annotations

from collections.abc import Iterable

from dateline.incidents.compare import km
from dateline.incidents.config import rules
from dateline.incidents.reports import Key, Report

PERSON = "person:"
KILLED = "killed"


def persons(report: Report) -> frozenset[str]:
    """The ids of the people (of two names or more) the report's actor and recipient are."""
    return frozenset(
        actor.actor_id
        for actor in (report.actor, report.recipient)
        if actor is not None and is_person(actor.actor_id)
    )


def is_person(actor_id: str | None) -> bool:
    """Whether an actor id is a person's of two names or more (``person:jane-doe``)."""
    return bool(actor_id) and actor_id.startswith(PERSON) and "-" in actor_id


def toll(report: Report) -> float | None:
    """The report's number of people killed when it is at least ``toll.killed``."""
    killed = report.quantities.get(KILLED)
    return killed if killed is not None and killed >= rules().toll_killed else None


def marks(report: Report) -> frozenset[str]:
    """What a tie may share: the report's persons and its toll (``toll:N``)."""
    killed = toll(report)
    return persons(report) | ({f"toll:{killed:g}"} if killed is not None else frozenset())


def tied(a: Report, b: Report) -> bool:
    """Whether the two reports are tied (see the module; a follow-up tie when the later of
    the two by first day, either on the same first day, tells a follow-up)."""
    table = rules()
    if a.key[0] == b.key[0] or a.family != b.family or not (a.fusable and b.fusable):
        return False
    if a.first is None or b.first is None or a.coarse or b.coarse:
        return False
    early, late = sorted((a, b), key=lambda r: (r.first, r.key))
    if (late.first - early.last).days > table.follow_days:
        return False
    distance = km(a, b)
    if distance is None or distance > table.follow_km:
        return False
    if toll(a) is not None and toll(a) == toll(b) and len(a.words & b.words) >= table.toll_words:
        return True
    told = late.words if late.first > early.first else late.words | early.words
    return not told.isdisjoint(table.follow_words) and not persons(a).isdisjoint(persons(b))


def ties(reports: Iterable[Report]) -> list[tuple[Key, Key]]:
    """Every tied pair of ``reports`` (smaller key first), sorted."""
    by_mark: dict[str, list[Report]] = {}
    for report in reports:
        for mark in marks(report):
            by_mark.setdefault(mark, []).append(report)
    found = set()
    for group in by_mark.values():
        for i, a in enumerate(group):
            for b in group[i + 1 :]:
                if tied(a, b):
                    found.add((min(a.key, b.key), max(a.key, b.key)))
    return sorted(found)
