"""One incident record from a cluster of reports.

Rules, each deterministic:
- type, mode, actor and recipient: the value most members give (ties: the most salient
  member's, then the smallest key's);
- place: the most precise (a town or a spot before an area, an area before a country),
  then the one most members give;
- date: of the finest precision any member has, the date most articles give (an article
  gives the date of its most salient report of that precision, so a background sentence
  dated to another day is outvoted, as a misread count is); ties go to the earliest;
- counts: for each quantity, the figure most articles that give one agree on (an article
  gives the figure of its most salient report that has one, so an article that misreads a
  count is outvoted); a tie goes to the latest article's figure (two articles: a later
  toll replaces an earlier one), ties of publication day to the largest - never the sum
  of reports that repeat one count; killed is settled first, and an article's wounded
  figure that only repeats its shot figure, where it tells no killed, is not taken for
  people the killed figure accounts for (``_shot_dead``: "a man was shot" of a man the
  other stories tell dead);
- confidence: one member's own; several: the mean of each member's strongest link.
Type, mode, actors, place, date and confidence come from the happening's reports alone
when the incident also holds aftermath reports (an arrest, a vigil: ``Report.about``);
counts, articles and sources from every member.
"""

from __future__ import annotations

import hashlib
from collections import Counter
from collections.abc import Callable
from typing import Any, TypeVar

from dateline.incidents.cluster import Cluster, aftermath
from dateline.incidents.reports import Report
from dateline.models import PRECISIONS, Incident, Member

T = TypeVar("T")


def incident_id(keys: list[tuple[str, int]]) -> str:
    """A stable id from the incident's first member (the smallest key)."""
    article, index = min(keys)
    return "inc-" + hashlib.sha256(f"{article}:{index}".encode()).hexdigest()[:16]


def _vote(reports: list[Report], value: Callable[[Report], T | None]) -> T | None:
    if len(reports) == 1:
        return value(reports[0])
    counts = Counter(v for r in reports if (v := value(r)) is not None)
    if not counts:
        return None
    top = max(counts.values())
    ranked = sorted(reports, key=lambda r: (-r.salience, r.key))
    return next(value(r) for r in ranked if value(r) is not None and counts[value(r)] == top)


def _date(reports: list[Report]) -> tuple[str | None, str | None]:
    dated = [r for r in reports if r.date and r.precision in PRECISIONS]
    if not dated:
        return None, None
    finest = min(PRECISIONS.index(r.precision) for r in dated)
    told: dict[str, Report] = {}
    for r in sorted(dated, key=lambda r: (-r.salience, r.key)):
        if PRECISIONS.index(r.precision) == finest:
            told.setdefault(r.key[0], r)
    votes = Counter(r.date for r in told.values())
    top = max(votes.values())
    best = min((r for r in told.values() if votes[r.date] == top), key=_first_day)
    return best.date, best.precision


def _first_day(report: Report) -> tuple[Any, str]:
    return (report.first, report.date or "")


def _quantities(reports: list[Report]) -> dict[str, float]:
    out: dict[str, float] = {}
    for name in sorted({k for r in reports for k in r.quantities}):
        told: dict[str, Report] = {}
        for r in sorted(reports, key=lambda r: (-r.salience, -r.quantities.get(name, 0.0))):
            if name in r.quantities:
                told.setdefault(r.key[0], r)
        if name == "wounded":
            told = {k: r for k, r in told.items() if not _shot_dead(r, out.get("killed", 0.0))}
            if not told:
                continue
        votes = Counter(r.quantities[name] for r in told.values())
        top = max(votes.values())
        giving = [r for r in told.values() if votes[r.quantities[name]] == top]
        latest = max(r.published or "" for r in giving)
        out[name] = max(r.quantities[name] for r in giving if (r.published or "") == latest)
    return out


def _shot_dead(report: Report, killed: float) -> bool:
    """Whether a report's wounded figure only repeats its shot figure, with no killed one,
    for people the incident's killed figure accounts for: a story that a man was shot,
    read as wounded, of a man the other stories tell dead."""
    shot = report.quantities.get("shot")
    return (
        "killed" not in report.quantities
        and shot == report.quantities["wounded"]
        and 0 < shot <= killed
    )


def _place_rank(report: Report) -> int:
    """0 for a town or a spot, 1 for an area, 2 for a country or region."""
    code = report.place.feature_code or "" if report.place else ""
    if report.coarse:
        return 2
    return 1 if code.startswith("ADM") else 0


def reconcile(group: Cluster) -> Incident:
    """The incident of one cluster."""
    everyone = group.reports
    after = aftermath(everyone)
    reports = [r for r in everyone if r.key not in after] or everyone
    keys = [r.key for r in reports]
    placed = [r for r in reports if r.place is not None]
    place = None
    if placed:
        best = min(_place_rank(r) for r in placed)
        finest = [r for r in placed if _place_rank(r) == best]
        chosen = _vote(finest, lambda r: (r.lat, r.lon))
        place = next(r.place for r in finest if (r.lat, r.lon) == chosen)
    day, precision = _date(reports)
    sources = sorted({r.source for r in everyone if r.source})
    published = sorted(r.published for r in everyone if r.published)
    if len(reports) == 1:
        confidence = reports[0].confidence
    else:
        confidence = sum(group.links.get(k, 0.0) for k in keys) / len(keys)
    actor = _vote(reports, lambda r: r.who[0])
    recipient = _vote(reports, lambda r: r.who[1])
    return Incident(
        id=incident_id([r.key for r in everyone]),
        type=_vote(reports, lambda r: r.type),
        mode=_vote(reports, lambda r: r.mode),
        actor=next((r.actor for r in reports if r.who[0] == actor), None),
        recipient=next((r.recipient for r in reports if r.who[1] == recipient), None),
        place=place,
        date=day,
        date_precision=precision,
        quantities=_quantities(everyone),
        articles=len({r.key[0] for r in everyone}),
        sources=sources,
        first_seen=published[0] if published else None,
        last_seen=published[-1] if published else None,
        confidence=round(confidence, 3),
        members=[
            Member(r.key[0], r.key[1], r.sentence, r.source, r.url, r.published) for r in everyone
        ],
    )
