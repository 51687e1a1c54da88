"""Follow-up ties: a report that tells a follow-up (an arrest, a charge, a sentence:
``follow_up.words`` in ``data/fusion.yaml``) and names a person an earlier or same-day
report of its family names, within ``follow_up.km`` of it and at most ``follow_up.days``
after it, is one happening with it, however far apart their dates lie (the follow-up's
date is often the court's day, not the shooting's) and whatever their score. Clustering
joins tied reports after the links, like an aftermath report and its happening."""

from __future__ import annotations

from collections.abc import Iterable

from dateline.incidents.compare import km
from dateline.incidents.config import rules
from dateline.incidents.reports import Key, Report

PERSON = "person:"


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


def tied(a: Report, b: Report) -> bool:
    """Whether the later of two reports (by first day; either, on the same first day) is a
    follow-up of the other (see the module)."""
    table = rules()
    if a.key[0] == b.key[0] or a.family != b.family or not (a.fusable and b.fusable):
        return False
    if a.first is None or b.first is None or a.coarse or b.coarse:
        return False
    early, late = sorted((a, b), key=lambda r: (r.first, r.key))
    if (late.first - early.last).days > table.follow_days:
        return False
    told = late.words if late.first > early.first else late.words | early.words
    if told.isdisjoint(table.follow_words):
        return False
    distance = km(a, b)
    if distance is None or distance > table.follow_km:
        return False
    return not persons(a).isdisjoint(persons(b))


def ties(reports: Iterable[Report]) -> list[tuple[Key, Key]]:
    """Every tied pair of ``reports`` (smaller key first), sorted."""
    by_person: dict[str, list[Report]] = {}
    for report in reports:
        for person in persons(report):
            by_person.setdefault(person, []).append(report)
    found = set()
    for group in by_person.values():
        for i, a in enumerate(group):
            for b in group[i + 1 :]:
                if tied(a, b):
                    found.add((min(a.key, b.key), max(a.key, b.key)))
    return sorted(found)
