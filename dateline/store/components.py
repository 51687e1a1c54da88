"""Closed groups of stored events, so that an ingest need not search the store again for
the links of events it has fused before.

A refresh fuses a closed neighbourhood: no event outside it links to one inside. Its
events fall into parts joined by links (a score at the link threshold), by the stored
incidents they came from, by the user's merges and by aftermath ties; each part is closed
too, and each incident written lies inside one part, whose name (its first key) the
incident records in ``component`` (a full re-fusion names its sweep's groups the same
way: ``incidents.sweep``). A later ingest whose new event links to a member of
such an incident takes in every incident of that component at once, without searching
for their links; an incident written before components were recorded (``component``
null) has its events searched as before.
"""

from __future__ import annotations

import json
from collections.abc import Iterable

from dateline.incidents.reports import Key
from dateline.incidents.sweep import Parts

__all__ = ["Parts", "members", "recorded"]


def recorded(con, incidents: Iterable[str]) -> dict[str, str]:
    """The recorded component of each of these stored incidents that has one."""
    rows = con.execute(
        "SELECT id, component FROM incidents WHERE list_contains(?, id) AND component IS NOT NULL",
        [sorted(set(incidents))],
    ).fetchall()
    return dict(rows)


def members(con, components: Iterable[str]) -> dict[str, list[Key]]:
    """Every event of the stored incidents of each of these components."""
    rows = con.execute(
        "SELECT component, members FROM incidents WHERE list_contains(?, component)",
        [sorted(set(components))],
    ).fetchall()
    out: dict[str, list[Key]] = {}
    for component, data in rows:
        out.setdefault(component, []).extend(
            (m["article_id"], int(m["event"])) for m in json.loads(data)
        )
    return out
