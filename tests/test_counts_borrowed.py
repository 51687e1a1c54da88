"""Counts a story's lead only borrows from another happening of its article: the lead that
is the arrest takes the shooting's toll, marked borrowed in its evidence, and fusion
compares only the counts each report tells (short reports written for these tests)."""

from __future__ import annotations

import json

from dateline.incidents.compare import score
from dateline.incidents.reports import Report, build
from dateline.models import Article, Event, Place
from dateline.pipeline import Pipeline

PUBLISHED = "2024-03-11"
DUNMORE = Place("Dunmore", 0, 7, 1, "Dunmore", "US", "PA", 41.42, -75.63, "PPL")


def _lead(pipeline: Pipeline, text: str) -> Event:
    events = pipeline.extract(Article(text=text, published=PUBLISHED)).events
    return max(events, key=lambda e: (e.salience, e.confidence, -e.start))


def test_a_lead_that_is_the_arrest_takes_the_shootings_toll(pipeline: Pipeline) -> None:
    text = (
        "Hollis police have arrested a 17-year-old boy in connection with the case. "
        "A 16-year-old boy was shot and killed Friday afternoon at a house on Spain Street."
    )
    lead = _lead(pipeline, text)
    assert lead.quantities.get("killed") == 1
    assert "borrowed.killed" in lead.evidence


def test_a_lead_that_tells_its_toll_borrows_none(pipeline: Pipeline) -> None:
    text = "A 16-year-old boy was shot and killed Friday afternoon on Spain Street in Dunmore."
    lead = _lead(pipeline, text)
    assert lead.quantities.get("killed") == 1
    assert not any(key.startswith("borrowed.") for key in lead.evidence)


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


def test_a_charge_in_a_death_takes_the_shootings_wounded(pipeline: Pipeline) -> None:
    text = (
        "Two men are charged in the death of a 15-year-old boy at a party. Terrence Hill, "
        "15, and a 16-year-old boy were shot at a house party on Elm Street in Dunmore. "
        "Witnesses said a car drove past the house and the people inside started firing. Hill "
        "died from his injuries. The 16-year-old was injured, but is recovering."
    )
    events = pipeline.extract(Article(text=text, published=PUBLISHED)).events
    charge = next(e for e in events if e.type == "ACCUSE")
    assert charge.quantities.get("killed") == 1
    assert charge.quantities.get("wounded") == 1
    assert "borrowed.wounded" in charge.evidence
