"""Fusion of a stream too large to hold: reports arrive sorted by their earliest day (the
first day of their date, or of the look-back of a placed report whose date the text does
not tell: ``Report.since``), and each group of linked reports is clustered as soon as no
later report can link to it.

A report is compared only with the reports still open (whose last day plus the window
reaches its earliest day) of its family, and among those only with the ones near enough to
be placed with it: a grid of cells ``far_km`` wide for placed reports, those of its
country beyond ``far_km`` whose place it names or that name its place, when salient
(``compare.named_far``: an index of the open reports by a word of their place's name, and
one of the salient ones by each word they tell), and every report for one whose place is
coarse or missing. Reports whose links connect form a component;
when every member has left the window, nothing can join it any more and it is clustered
alone. Clustering each component gives what clustering everything at once gives (links
never cross components), so the result is the same as ``fuse_reports``. Components that
hold an event of a user's decision wait for the end, where they are clustered together.

Each cluster comes out with the name of its component (``store.components``): a group of
linked reports is closed (nothing outside links to it), so its smallest key names every
cluster of it; the clusters that waited are named by the parts their links, the user's
merges and aftermath ties join them into.
"""

from __future__ import annotations

import heapq
import math
import operator
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from datetime import date, timedelta

from dateline.incidents.blocking import candidates
from dateline.incidents.cluster import Cluster, Decision, cluster
from dateline.incidents.compare import km, place_words, score
from dateline.incidents.config import rules
from dateline.incidents.reports import Key, Report

KM_PER_DEGREE = 111.0
_EXPIRY = operator.itemgetter(0)


class Parts:
    """Union-find over event keys."""

    def __init__(self) -> None:
        self.parent: dict[Key, Key] = {}

    def find(self, key: Key) -> Key:
        root = self.parent.setdefault(key, key)
        while root != self.parent[root]:
            root = self.parent[root]
        while key != root:
            self.parent[key], key = root, self.parent[key]
        return root

    def join(self, keys: Iterable[Key]) -> None:
        """Put all of ``keys`` in one part."""
        roots = [self.find(k) for k in keys]
        if not roots:
            return
        first = min(roots)
        for root in roots:
            self.parent[root] = first

    def name(self, key: Key) -> str:
        """The part's name: its smallest key (every root is its part's smallest key),
        written ``article_id/index``."""
        article, index = self.find(key)
        return f"{article}/{index}"


Named = tuple[str, Cluster]


@dataclass(slots=True)
class _Component:
    reports: list[Report]
    open: int = 1


@dataclass(slots=True)
class _Open:
    """The open reports of one family: placed ones in grid cells, by country, by their
    country and the smallest word of their place's name (``named``) and, the salient
    ones, by their country and each word they tell (``headed``); the rest (coarse,
    unplaced, of no country) in one list; each entry is (expiry day, report)."""

    cells: dict[tuple[int, int], list[tuple[date, Report]]] = field(default_factory=dict)
    countries: dict[str, list[tuple[date, Report]]] = field(default_factory=dict)
    named: dict[tuple[str, str], list[tuple[date, Report]]] = field(default_factory=dict)
    headed: dict[tuple[str, str], list[tuple[date, Report]]] = field(default_factory=dict)
    loose: list[tuple[date, Report]] = field(default_factory=list)


def _gridded(report: Report) -> bool:
    return report.point and report.country is not None


def _live(entries: list[tuple[date, Report]], today: date) -> list[tuple[date, Report]]:
    """The entries still open on ``today``, dropping the others from the list in place."""
    if entries and min(entries, key=_EXPIRY)[0] < today:
        entries[:] = [entry for entry in entries if entry[0] >= today]
    return entries


class Sweep:
    """Feed reports in order of earliest day with ``add``; clusters come out as they close."""

    def __init__(self, decisions: list[Decision] = ()) -> None:
        table = rules()
        self.window = timedelta(days=table.window_days)
        self.link = table.link
        self.far = table.far_km
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
        today = report.earliest
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
        yield from self._named(report, family)

    def _named(self, report: Report, family: _Open) -> Iterator[Report]:
        """The open reports of the placed report's country beyond ``far_km`` (nearer ones
        are in the cells) whose place it names, or that name its place (when salient)."""
        today = report.earliest
        found: dict[Key, Report] = {}
        for word in report.heading:
            for _, other in _live(family.named.get((report.country, word), []), today):
                if place_words(other) <= report.heading:
                    found[other.key] = other
        mine = place_words(report)
        if mine:
            lists = [family.headed.get((report.country, word), []) for word in mine]
            for _, other in _live(min(lists, key=len), today):
                if mine <= other.heading:
                    found[other.key] = other
        for other in found.values():
            if km(report, other) > self.far:
                yield other

    def add(self, report: Report) -> Iterator[Named]:
        """Take the next report (earliest days must not decrease); yields closed clusters,
        each with its component's name."""
        if not report.fusable or report.first is None:
            yield from self._close(_Component([report], 0))
            return
        today = report.earliest
        if self.today is not None and today < self.today:
            raise ValueError(f"reports out of order: {report.key} starts before {self.today}")
        self.today = today
        yield from self._expire(today)
        if today - self.pruned > self.window:
            self._prune(today)
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
            name = place_words(report)
            if name:
                family.named.setdefault((report.country, min(name)), []).append(entry)
            for word in report.heading:
                family.headed.setdefault((report.country, word), []).append(entry)
        else:
            family.loose.append(entry)
        heapq.heappush(self.expiry, (expires, report.key))

    def _prune(self, today: date) -> None:
        """Drop closed entries from every list (lists are otherwise pruned only when read)."""
        self.pruned = today
        for family in self.open.values():
            for index in (family.cells, family.countries, family.named, family.headed):
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

    def _expire(self, today: date) -> Iterator[Named]:
        while self.expiry and self.expiry[0][0] < today:
            _, key = heapq.heappop(self.expiry)
            group = self.component.pop(key)
            group.open -= 1
            if group.open == 0:
                yield from self._close(group)

    def _close(self, group: _Component) -> Iterator[Named]:
        if self.held.intersection(r.key for r in group.reports):
            self.waiting.extend(group.reports)
            return
        article, index = min(r.key for r in group.reports)
        for found in _clusters(group.reports, []):
            yield f"{article}/{index}", found

    def finish(self) -> Iterator[Named]:
        """The clusters still open, and those of the reports the user's decisions hold."""
        yield from self._expire(date.max)
        found = _clusters(self.waiting, self.decisions)
        parts = _parts(self.waiting, found, self.decisions)
        for group in found:
            yield parts.name(group.reports[0].key), group
        self.waiting = []


def _clusters(reports: list[Report], decisions: list[Decision]) -> list[Cluster]:
    if len(reports) == 1 and not decisions:
        return [Cluster(reports)]
    reports = sorted(reports, key=lambda r: r.key)
    return cluster(reports, candidates(reports), decisions)


def _parts(reports: list[Report], clusters: list[Cluster], decisions: list[Decision]) -> Parts:
    """The parts that links, the user's merges, aftermath ties and clusters join
    ``reports`` into."""
    link = rules().link
    parts = Parts()
    present = {r.key: r for r in reports}
    for a, b in candidates(sorted(reports, key=lambda r: r.key)):
        strength = score(a, b)
        if strength is not None and strength >= link:
            parts.join((a.key, b.key))
    for decision in decisions:
        if decision.kind != "split":
            parts.join(k for k in (*decision.first, *decision.second) if k in present)
    for r in reports:
        if r.about in present:
            parts.join((r.key, r.about))
    for group in clusters:
        parts.join(r.key for r in group.reports)
    return parts


def sweep(reports: Iterable[Report], decisions: list[Decision] = ()) -> Iterator[Cluster]:
    """The clusters of ``reports`` (sorted by earliest day, undated ones anywhere)."""
    state = Sweep(decisions)
    for report in reports:
        for _, found in state.add(report):
            yield found
    for _, found in state.finish():
        yield found
