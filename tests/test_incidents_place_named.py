"""A report whose words name the other's place is at that place within reach and, when
salient, in one first-level area beyond it too (``test_incidents_named_far`` has the
store's side)."""

from __future__ import annotations

from dateline.incidents import compare
from dateline.incidents.config import rules
from dateline.incidents.reports import from_event
from dateline.models import Article, Event, Place

MILLBROOK = Place("Millbrook", 0, 9, 1, "Millbrook", "US", "CT", 41.31, -72.92, "PPL")
# A street the gazetteer put in a town about 30 km north of Millbrook.
STREET = Place("Chapel Street", 0, 13, 2, "Chapel Street", "US", "CT", 41.57, -72.90, "PPL")
# A town about 110 km away.
FARTOWN = Place("Fartown", 0, 7, 3, "Fartown", "US", "CT", 42.30, -72.90, "PPL")


def _report(name: str, sentence: str, place: Place):
    event = Event(
        "ASSAULT", sentence, 0, 5, place=place, date="2015-05-31", date_precision="day",
        salience=0.9, confidence=0.8,
    )  # fmt: skip
    article = Article(text=f"{name}: {sentence}", published="2015-05-31")
    return from_event(article, 0, event, 0.5)


def test_a_report_naming_the_others_town_is_at_it() -> None:
    town = _report("first", "Five people were shot at a party in Millbrook.", MILLBROOK)
    told = "Five were shot above a tattoo parlor in Millbrook early Sunday."
    street = _report("second", told, STREET)
    untold = _report("third", "Five were shot above a tattoo parlor early Sunday.", STREET)
    assert compare._place(town, street, rules()) == 1.0
    assert compare._place(street, town, rules()) == 1.0
    assert 0.0 < compare._place(town, untold, rules()) < 1.0
    assert compare.score(town, street) > compare.score(town, untold)


def test_a_town_out_of_reach_a_salient_report_names_is_at_it_in_one_state() -> None:
    far = _report("first", "Five people were shot at a party.", FARTOWN)
    told = _report("second", "Five were shot at a party in Fartown on Sunday.", MILLBROOK)
    untold = _report("third", "Five were shot at a party on Sunday.", MILLBROOK)
    assert compare._place(far, told, rules()) == 1.0
    assert compare.veto(far, told) is None
    assert compare.veto(far, untold) == "place"
