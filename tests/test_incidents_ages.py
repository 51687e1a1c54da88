"""An age two reports of one day both tell ("a 16-year-old") speaks for one happening."""

from __future__ import annotations

from dateline.incidents import compare
from dateline.incidents.reports import ages, from_event
from dateline.models import Article, Event, Place

FLINT = Place("Flint", 0, 5, 1, "Flint", "US", "MI", 43.01, -83.69, "PPL")
NORTH = Place("Northfield", 0, 10, 1, "Northfield", "US", "MI", 43.415, -83.69, "PPL")


def _report(name: str, day: str, place: Place, sentence: str):
    event = Event(
        "ASSAULT", sentence, 0, 5, place=place, date=day, date_precision="day",
        salience=0.9, confidence=0.8,
    )  # fmt: skip
    article = Article(text=f"{name}: {sentence}", published=day)
    return from_event(article, 0, event, 0.5)


def test_ages_are_read_in_their_usual_forms() -> None:
    assert ages("A 16-year-old boy and Jane Roe, 22, were shot.") == {"16y", "22y"}
    assert ages("a 4-month-old girl; a man 30 years old") == {"4m", "30y"}
    assert ages("Shots were fired on Elm Street.") == frozenset()


def test_one_age_told_by_two_reports_of_a_day_links_them() -> None:
    first = _report("first", "2016-04-06", FLINT, "A 16-year-old boy was shot on Elm Street.")
    second = _report(
        "second", "2016-04-06", NORTH, "The 16-year-old died at a hospital, his family said."
    )
    assert compare.score(first, second) >= 0.6
    other = _report(
        "other", "2016-04-06", NORTH, "The 15-year-old died at a hospital, his family said."
    )
    assert compare.score(first, other) < 0.6


def test_an_age_does_not_bridge_days() -> None:
    first = _report("first", "2016-04-06", FLINT, "A 16-year-old boy was shot on Elm Street.")
    later = _report(
        "later", "2016-04-08", NORTH, "The 16-year-old died at a hospital, his family said."
    )
    assert compare.score(first, later) < 0.6
