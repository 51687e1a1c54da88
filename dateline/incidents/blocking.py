"""Candidate pairs: only reports of one family whose dates lie within the window (or
within a report's look-back, ``Report.since``) are compared, found by a sweep over the
reports sorted by family and earliest day."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import timedelta

from dateline.incidents.config import rules
from dateline.incidents.reports import Report


def candidates(reports: list[Report]) -> Iterator[tuple[Report, Report]]:
    """Every pair that may be one happening (the same pairs whatever the input order)."""
    window = timedelta(days=rules().window_days)
    dated = sorted(
        (r for r in reports if r.fusable and r.first is not None),
        key=lambda r: (r.family, r.earliest, r.key),
    )
    for i, a in enumerate(dated):
        for b in dated[i + 1 :]:
            if b.family != a.family or b.earliest > a.last + window:
                break
            yield a, b
