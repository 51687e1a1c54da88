"""Clusters of reports: links taken strongest first, two clusters joined only when no
pair across them is impossible and their pairs agree on average; user decisions first.
Two events of one article never link, but when they could be one happening told twice
(``compare.twins``) they do not keep their clusters apart either; nor do two reports
whose dates alone rule them out (``compare.dated_apart``) when a pair across the two
clusters is possible only by a toll both of its reports tell (``compare.tolled``: a
report is misdated). A cluster so joined holds a misdated report, so such pairs across
it keep a newcomer out only when they are at least ``misdated`` of its pairs across.
An aftermath report (an arrest in a shooting the same article reports: ``Report.about``)
takes part in no link and joins its happening's cluster at the end, unless the user split
the two; so does a report tied to another by a person both name (``ties``: a charge
naming the victim a shooting's report names).

The result depends on the reports alone, never on the order they came in: links are
sorted by score and then by key, and every tie is broken by keys.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field

from dateline.incidents.compare import dated_apart, score, tolled, twins
from dateline.incidents.config import rules
from dateline.incidents.reports import Key, Report
from dateline.incidents.ties import ties


@dataclass(frozen=True, slots=True)
class Decision:
    """A user's decision: ``merge`` joins the two groups, ``split`` keeps them apart."""

    kind: str
    first: tuple[Key, ...]
    second: tuple[Key, ...]


@dataclass(slots=True)
class Cluster:
    """A group of reports and, for each member, its strongest link inside the group."""

    reports: list[Report]
    links: dict[Key, float] = field(default_factory=dict)


def aftermath(reports: Iterable[Report]) -> dict[Key, Key]:
    """The happening's key of each aftermath report whose happening is among ``reports``
    (and is no aftermath itself)."""
    present = {r.key: r for r in reports}
    return {
        r.key: r.about
        for r in present.values()
        if r.about in present and r.about != r.key and present[r.about].about is None
    }


class _Groups:
    def __init__(self, reports: list[Report]) -> None:
        self.of: dict[Key, list[Report]] = {r.key: [r] for r in reports}
        self.after = aftermath(reports)
        self.links: dict[Key, float] = {}
        self.scores: dict[tuple[Key, Key], float | None] = {}
        self.apart: set[tuple[Key, Key]] = set()
        self.misdated: set[int] = set()

    def pair(self, a: Report, b: Report) -> float | None:
        key = (a.key, b.key) if a.key < b.key else (b.key, a.key)
        if key in self.apart:
            return None
        if key not in self.scores:
            self.scores[key] = score(a, b)
        return self.scores[key]

    def kept_apart(self, a: Key, b: Key) -> bool:
        """Whether a user's split keeps any member of ``a``'s group from ``b``'s."""
        return any(
            (min(x.key, y.key), max(x.key, y.key)) in self.apart
            for x in self.of[a]
            for y in self.of[b]
        )

    def _across(
        self, pairs: list[tuple[Report, Report]], first: list[Report], second: list[Report]
    ) -> tuple[list[float | None], bool]:
        """The scores of the pairs across two clusters that decide their join, and whether
        the joined cluster holds a misdated report: pairs only their dates rule out are
        left out when a toll bridges the two (``compare.tolled``: the cluster then holds
        a misdated report), or when a cluster holds a misdated report and they are fewer
        than ``misdated`` of the pairs."""
        cross = [self.pair(x, y) for x, y in pairs]
        misdated = id(first) in self.misdated or id(second) in self.misdated
        if None not in cross:
            return cross, misdated
        if any(tolled(x, y) for x, y in pairs):
            return [self.pair(x, y) for x, y in pairs if not dated_apart(x, y)], True
        if misdated:
            kept = [self.pair(x, y) for x, y in pairs if not dated_apart(x, y)]
            if len(cross) - len(kept) < rules().misdated * len(cross):
                return kept, True
        return cross, misdated

    def join(self, a: Key, b: Key, strength: float | None, forced: bool = False) -> None:
        first, second = self.of[a], self.of[b]
        if first is second:
            return
        if not forced:
            pairs = [
                (x, y)
                for x in first
                if x.key not in self.after
                for y in second
                if y.key not in self.after and not twins(x, y)
            ]
            cross, misdated = self._across(pairs, first, second)
            if not cross or None in cross or sum(cross) / len(cross) < rules().join:
                return
            if misdated:
                self.misdated.discard(id(second))
                self.misdated.add(id(first))
        if strength is not None:
            for key in (a, b):
                self.links[key] = max(self.links.get(key, 0.0), strength)
        first.extend(second)
        for report in second:
            self.of[report.key] = first


def cluster(
    reports: list[Report], pairs: Iterable[tuple[Report, Report]], decisions: list[Decision] = ()
) -> list[Cluster]:
    """The clusters of ``reports`` given candidate ``pairs`` and the user's decisions."""
    groups = _Groups(reports)
    known = groups.of.keys()
    for decision in decisions:
        first = [k for k in decision.first if k in known]
        second = [k for k in decision.second if k in known]
        if decision.kind == "split":
            groups.apart.update((min(x, y), max(x, y)) for x in first for y in second)
    for decision in decisions:
        if decision.kind == "merge":
            keys = [k for k in (*decision.first, *decision.second) if k in known]
            for key in keys[1:]:
                groups.join(keys[0], key, None, forced=True)
    links = []
    for a, b in pairs:
        if a.key in groups.after or b.key in groups.after:
            continue
        strength = groups.pair(a, b)
        if strength is not None and strength >= rules().link:
            links.append((-strength, min(a.key, b.key), max(a.key, b.key)))
    for strength, a, b in sorted(links):
        groups.join(a, b, -strength)
    for follower, happening in sorted(groups.after.items()):
        if not groups.kept_apart(follower, happening):
            groups.join(happening, follower, None, forced=True)
    for earlier, later in ties(reports):
        if not groups.kept_apart(earlier, later):
            groups.join(earlier, later, None, forced=True)
    seen: set[int] = set()
    out = []
    for members in groups.of.values():
        if id(members) in seen:
            continue
        seen.add(id(members))
        members.sort(key=lambda r: r.key)
        out.append(
            Cluster(members, {r.key: groups.links[r.key] for r in members if r.key in groups.links})
        )
    return sorted(out, key=lambda c: c.reports[0].key)
