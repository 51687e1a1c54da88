"""Person ties: two reports of one family that name one person (``persons``), within
``person_ties.km`` of each other or in one state (first-level area) of one country, and
at most ``person_ties.days`` apart (``data/fusion.yaml``), are one happening, however
far apart their dates lie (a charge, a sentence or a funeral is dated to its own day,
not the shooting's) and whatever their score. Clustering joins tied reports after the
links, like an aftermath report and its happening."""

from __future__ import annotations

from collections.abc import Iterable

from dateline.incidents.compare import km
from dateline.incidents.config import rules
from dateline.incidents.reports import Key, Report

PERSON = "person:"


def persons(report: Report) -> frozenset[str]:
    """The ids of the people (of two names or more) the report's actor and recipient are,
    and those its article names with an age (``Report.people``)."""
    return report.people | {
        actor.actor_id
        for actor in (report.actor, report.recipient)
        if actor is not None and is_person(actor.actor_id)
    }


def is_person(actor_id: str | None) -> bool:
    """Whether an actor id is a person's of two names or more (``person:jane-doe``)."""
    return bool(actor_id) and actor_id.startswith(PERSON) and "-" in actor_id


def tied(a: Report, b: Report) -> bool:
    """Whether two reports are one happening by a person both name (see the module)."""
    table = rules()
    if a.key[0] == b.key[0] or a.family != b.family or not (a.fusable and b.fusable):
        return False
    if a.first is None or b.first is None or a.coarse or b.coarse:
        return False
    early, late = sorted((a, b), key=lambda r: (r.first, r.key))
    if (late.first - early.last).days > table.tie_days:
        return False
    distance = km(a, b)
    if distance is None or (distance > table.tie_km and not _one_area(a, b)):
        return False
    return not persons(a).isdisjoint(persons(b))


def _one_area(a: Report, b: Report) -> bool:
    """Whether both reports lie in one first-level area (a state) of one country."""
    return (
        a.country is not None
        and a.admin1 is not None
        and (a.country, a.admin1) == (b.country, b.admin1)
    )


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
