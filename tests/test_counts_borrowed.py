"""Counts a story's lead only borrows from another happening of its article, marked
borrowed in its evidence: fusion compares only the counts each report tells."""

from __future__ import annotations

import json

from dateline.incidents.compare import score
from dateline.incidents.reports import Report, build
from dateline.models import Place

PUBLISHED = "2024-03-11"
DUNMORE = Place("Dunmore", 0, 7, 1, "Dunmore", "US", "PA", 41.42, -75.63, "PPL")


def _report(article: str, counts: dict[str, float], evidence: dict | str) -> Report:
    fields = {
        "type": "ASSAULT",
        "status": "asserted",
        "date": "2024-03-08",
        "date_precision": "day",
        "sentence": "A man was shot on Elm Street in Dunmore.",
        "place": DUNMORE,
        "quantities": counts,
        "evidence": evidence,
    }
    return build((article, 0), fields, "Man shot in Dunmore", PUBLISHED, True)


def test_a_borrowed_count_is_marked_in_memory_and_in_a_stored_row() -> None:
    marked = {"borrowed.killed": [40, 80]}
    for evidence in (marked, json.dumps(marked)):
        report = _report("a", {"killed": 1}, evidence)
        assert report.borrowed == {"killed"}
        assert report.own == {}
        assert report.quantities == {"killed": 1}


def test_fusion_does_not_compare_a_borrowed_count() -> None:
    told = _report("a", {"killed": 2}, {})
    other = _report("b", {"killed": 1}, {})
    borrowed = _report("b", {"killed": 1}, {"borrowed.killed": [40, 80]})
    untold = _report("b", {}, {})
    assert score(told, borrowed) == score(told, untold)
    assert score(told, borrowed) != score(told, other)
