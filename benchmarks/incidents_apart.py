"""Why articles of one registry incident stay apart, and how often lead events hold its day.

Used by ``incidents.py --apart`` on the development part only (held-out errors are not
looked at). Each pair of articles of one registry incident that fusion leaves in two
incidents is counted once, by the first reason its two lead events give: no lead event,
families differ, dates too far apart, places too far apart, a score below the link, or
a join refused (the pair could link but the clusters across did not agree). A lead that
is the aftermath of a happening its article reports (an arrest ``about`` a shooting) joins
that happening's incident, so the pair is judged by the happening's report.
"""

from __future__ import annotations

from collections import Counter
from datetime import date
from itertools import combinations

from lead_scoring import registry_day

from dateline.incidents import compare
from dateline.incidents.config import rules
from dateline.incidents.reports import Report, from_event, interval
from dateline.models import Result

REASONS = (
    "no lead event",
    "families differ",
    "dates too far apart",
    "places too far apart",
    "score below the link",
    "join refused",
)
VETOES = {"article": "same article", "family": REASONS[1], "time": REASONS[2], "place": REASONS[3]}


def apart(
    leads: dict[str, tuple[Result, int] | None], partition: dict[str, int], gold: dict[str, int]
) -> Counter:
    """The reasons pairs of one gold incident are in two found incidents (``leads``: each
    article's result and its lead event's index, None without one)."""
    reports = {
        doc: _happening(found[0], found[1]) for doc, found in leads.items() if found is not None
    }
    members: dict[int, list[str]] = {}
    for doc, incident in gold.items():
        members.setdefault(incident, []).append(doc)
    out: Counter = Counter()
    for docs in members.values():
        for a, b in combinations(sorted(docs), 2):
            if partition[a] != partition[b]:
                out[_reason(reports.get(a), reports.get(b))] += 1
    return out


def _happening(result: Result, lead: int) -> Report:
    """The report of the lead's happening: the lead, or the event it is the aftermath of."""
    about = result.events[lead].about
    index = lead if about is None or not 0 <= about < len(result.events) else about
    return from_event(result.article, index, result.events[index], 0.5)


def _reason(a: Report | None, b: Report | None) -> str:
    if a is None or b is None:
        return REASONS[0]
    vetoed = compare.veto(a, b)
    if vetoed is not None:
        return VETOES[vetoed]
    score = compare.score(a, b)
    return REASONS[4] if score is None or score < rules().link else REASONS[5]


def days_held(leads: dict[str, tuple[Result, int] | None], days: dict[str, str]) -> Counter:
    """How many lead events are dated to the registry's day, whose date's interval holds
    it, misses it by at most two days or by more (or is missing)."""
    out: Counter = Counter()
    for doc, found in leads.items():
        if found is None:
            out["no lead event"] += 1
            continue
        event = found[0].events[found[1]]
        day = date.fromisoformat(registry_day(days[doc]))
        span = interval(event.date, event.date_precision)
        if span is None:
            out["undated"] += 1
            continue
        gap = max(0, (span[0] - day).days, (day - span[1]).days)
        out["holds the day" if gap == 0 else "within 2 days" if gap <= 2 else "farther"] += 1
        if event.date_precision == "day" and gap == 0:
            out["dated to the day"] += 1
    return out
