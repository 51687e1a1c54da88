"""Fusion of a stream too large to hold: reports arrive sorted by their first day, and
each group of linked reports is clustered as soon as no later report can link to it.

A report is compared only with the reports still open (whose last day plus the window
reaches its first day) of its family, and among those only with the ones near enough to
be placed with it: a grid of cells ``far_km`` wide for placed reports, and every report
for one whose place is coarse or missing. Reports whose links connect form a component;
when every member has left the window, nothing can join it any more and it is clustered
alone. Clustering each component gives what clustering everything at once gives (links
never cross components), so the result is the same as ``fuse_reports``. Components that
hold an event of a user's decision wait for the end, where they are clustered together.
"""

from __future__ import annotations

import heapq
import math
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from datetime import date, timedelta

from dateline.incidents.blocking import candidates
from dateline.incidents.cluster import Cluster, Decision, cluster
from dateline.incidents.compare import score
from dateline.incidents.config import rules
from dateline.incidents.reports import Key, Report

KM_PER_DEGREE = 111.0


@dataclass(slots=True)
class _Component:
    reports: list[Report]
    open: int = 1


@dataclass(slots=True)
class _Open:
    """The open reports of one family: placed ones in grid cells and by country, the rest
    (coarse, unplaced, of no country) in one list; each entry is (expiry day, report)."""

    cells: dict[tuple[int, int], list[tuple[date, Report]]] = field(default_factory=dict)
    countries: dict[str, list[tuple[date, Report]]] = field(default_factory=dict)
    loose: list[tuple[date, Report]] = field(default_factory=list)


def _gridded(report: Report) -> bool:
    return report.lat is not None and not report.coarse and report.country is not None


def _live(entries: list[tuple[date, Report]], today: date) -> list[tuple[date, Report]]:
    """The entries still open on ``today``, dropping the others from the list in place."""
    if entries and min(e for e, _ in entries) < today:
        entries[:] = [entry for entry in entries if entry[0] >= today]
    return entries


class Sweep:
    """Feed reports in order of first day with ``add``; clusters come out as they close."""

    def __init__(self, decisions: list[Decision] = ()) -> None:
        table = rules()
        self.window = timedelta(days=table.window_days)
        self.link = table.link
        self.reach = table.far_km / KM_PER_DEGREE
        self.decisions = list(decisions)
        self.held = {k for d in self.decisions for k in (*d.first, *d.second)}
        self.open: dict[str, _Open] = {}
        self.expiry: list[tuple[date, Key]] = []
        self.component: dict[Key, _Component] = {}
        self.waiting: list[Report] = []
        self.today: date | None = None
        self.pruned = date.min

    def _cell(self, report: Report) -> tuple[int, int]:
        return math.floor(report.lat / self.reach), math.floor(report.lon / self.reach)

    def _near(self, report: Report, family: _Open) -> Iterator[Report]:
        today = report.first
        for _, other in _live(family.loose, today):
            yield other
        if not _gridded(report):
            countries = (
                [family.countries.get(report.country, [])]
                if report.country
                else list(family.countries.values())
            )
            for entries in countries:
                for _, other in _live(entries, today):
                    yield other
            return
        row = math.floor(report.lat / self.reach)
        slant = math.cos(math.radians(min(89.9, abs(report.lat) + self.reach)))
        wide = self.reach / max(0.05, slant)
        for turn in (-360, 0, 360):
            west, east = report.lon - wide + turn, report.lon + wide + turn
            if east < -180 or west > 180:
                continue
            for y in (row - 1, row, row + 1):
                for x in range(math.floor(west / self.reach), math.floor(east / self.reach) + 1):
                    for _, other in _live(family.cells.get((y, x), []), today):
                        yield other

    def add(self, report: Report) -> Iterator[Cluster]:
        """Take the next report (first days must not decrease); yields closed clusters."""
        if not report.fusable or report.first is None:
            yield from self._close(_Component([report], 0))
            return
        if self.today is not None and report.first < self.today:
            raise ValueError(f"reports out of order: {report.key} starts before {self.today}")
        self.today = report.first
        yield from self._expire(report.first)
        if report.first - self.pruned > self.window:
            self._prune(report.first)
        family = self.open.setdefault(report.family, _Open())
        mine = _Component([report])
        self.component[report.key] = mine
        for other in self._near(report, family):
            strength = score(other, report)
            if strength is not None and strength >= self.link:
                mine = self._union(mine, self.component[other.key])
        expires = report.last + self.window
        entry = (expires, report)
        if _gridded(report):
            family.cells.setdefault(self._cell(report), []).append(entry)
            family.countries.setdefault(report.country, []).append(entry)
        else:
            family.loose.append(entry)
        heapq.heappush(self.expiry, (expires, report.key))

    def _prune(self, today: date) -> None:
        """Drop closed entries from every list (lists are otherwise pruned only when read)."""
        self.pruned = today
        for family in self.open.values():
            for index in (family.cells, family.countries):
                for name in [n for n, entries in index.items() if not _live(entries, today)]:
                    del index[name]
            _live(family.loose, today)

    def _union(self, a: _Component, b: _Component) -> _Component:
        if a is b:
            return a
        if len(a.reports) < len(b.reports):
            a, b = b, a
        a.reports.extend(b.reports)
        a.open += b.open
        for report in b.reports:
            self.component[report.key] = a
        return a

    def _expire(self, today: date) -> Iterator[Cluster]:
        while self.expiry and self.expiry[0][0] < today:
            _, key = heapq.heappop(self.expiry)
            group = self.component.pop(key)
            group.open -= 1
            if group.open == 0:
                yield from self._close(group)

    def _close(self, group: _Component) -> Iterator[Cluster]:
        if self.held.intersection(r.key for r in group.reports):
            self.waiting.extend(group.reports)
            return
        yield from _clusters(group.reports, [])

    def finish(self) -> Iterator[Cluster]:
        """The clusters still open, and those of the reports the user's decisions hold."""
        yield from self._expire(date.max)
        yield from _clusters(self.waiting, self.decisions)
        self.waiting = []


def _clusters(reports: list[Report], decisions: list[Decision]) -> list[Cluster]:
    if len(reports) == 1 and not decisions:
        return [Cluster(reports)]
    reports = sorted(reports, key=lambda r: r.key)
    return cluster(reports, candidates(reports), decisions)


def sweep(reports: Iterable[Report], decisions: list[Decision] = ()) -> Iterator[Cluster]:
    """The clusters of ``reports`` (sorted by first day, undated ones anywhere)."""
    state = Sweep(decisions)
    for report in reports:
        yield from state.add(report)
    yield from state.finish()
