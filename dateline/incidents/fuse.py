"""Fusion in memory: the incidents of a list of extracted results."""

from __future__ import annotations

from collections.abc import Iterable

from dateline.events.salience import LEAD, leading
from dateline.incidents.blocking import candidates
from dateline.incidents.cluster import Decision, cluster
from dateline.incidents.named import by_event
from dateline.incidents.reconcile import reconcile
from dateline.incidents.reports import Report, from_event
from dateline.models import Incident, Result


def reports_of(results: Iterable[Result], lead_only: bool = False) -> list[Report]:
    """The report of every event of every result (with ``lead_only``, the salient ones
    and the happenings they are the aftermath of)."""
    out = []
    for result in results:
        events = result.events
        people = by_event(result)
        for index in leading(events) if lead_only else range(len(events)):
            named = people.get(index, [])
            out.append(from_event(result.article, index, events[index], LEAD, named))
    return out


def fuse_reports(reports: list[Report], decisions: list[Decision] = ()) -> list[Incident]:
    """The incidents of these reports, in the order of their first member's key."""
    return [reconcile(group) for group in cluster(reports, candidates(reports), decisions)]


def fuse(results: Iterable[Result], lead_only: bool = False) -> list[Incident]:
    """Every event of ``results`` in one incident: the happenings several articles report
    merged into one record whose members are (article id, event index) pairs."""
    return fuse_reports(reports_of(results, lead_only))
