"""A toll of several dead or hurt that two reports tell alike outweighs their dates."""

from __future__ import annotations

from dateline.incidents import compare
from dateline.incidents.fuse import fuse_reports
from dateline.incidents.reports import from_event
from dateline.models import Article, Event, Place

FLINT = Place("Flint", 0, 5, 1, "Flint", "US", "MI", 43.01, -83.69, "PPL")
NEARBY = Place("Clio", 0, 4, 1, "Clio", "US", "MI", 43.18, -83.73, "PPL")


def _report(
    name: str,
    day: str,
    published: str,
    killed: float,
    sentence: str,
    wounded: float = 0,
    place: Place | None = FLINT,
):
    counts = {"killed": killed} | ({"wounded": wounded} if wounded else {})
    event = Event(
        "ASSAULT", sentence, 0, 5, place=place, date=day, date_precision="day",
        quantities=counts, salience=0.9, confidence=0.8,
    )  # fmt: skip
    article = Article(text=f"{name}: {sentence}", published=published)
    return from_event(article, 0, event, 0.5)


def test_one_toll_of_several_dead_at_one_place_links_a_misdated_report() -> None:
    first = _report("first", "2016-04-06", "2016-04-07", 4, "Four men were killed at a card game.")
    later = _report(
        "later", "2016-04-13", "2016-04-14", 4, "A gunman killed four men at a card game."
    )
    assert compare.veto(first, later) is None
    assert compare.score(first, later) >= 0.6
    assert len(fuse_reports([first, later])) == 1


def test_a_toll_links_reports_placed_a_few_towns_apart() -> None:
    first = _report("first", "2016-04-06", "2016-04-07", 4, "Four men were killed at a card game.")
    later = _report("later", "2016-04-13", "2016-04-14", 4, "Four men were killed.", place=NEARBY)
    assert compare.veto(first, later) is None


def test_a_toll_needs_both_places() -> None:
    first = _report("first", "2016-04-06", "2016-04-07", 4, "Four men were killed at a card game.")
    unplaced = _report(
        "unplaced", "2016-04-13", "2016-04-14", 4, "Four men were killed.", place=None
    )
    assert compare.veto(first, unplaced) == "time"


def test_a_single_death_or_another_toll_keeps_the_dates_apart() -> None:
    one = _report("one", "2016-04-06", "2016-04-07", 1, "A man was killed at a card game.")
    again = _report("again", "2016-04-13", "2016-04-14", 1, "A man was killed at a card game.")
    assert compare.veto(one, again) == "time"
    four = _report("four", "2016-04-06", "2016-04-07", 4, "Four men were killed at a card game.")
    three = _report("three", "2016-04-13", "2016-04-14", 3, "Three men were killed at a game.")
    assert compare.veto(four, three) == "time"


def test_one_toll_of_dead_and_wounded_links_too() -> None:
    first = _report("first", "2016-04-06", "2016-04-07", 1, "One man died and three were hurt.", 3)
    later = _report(
        "later", "2016-04-12", "2016-04-13", 1, "A gunman killed one and wounded three.", 3
    )
    assert compare.veto(first, later) is None
    fewer = _report("fewer", "2016-04-12", "2016-04-13", 1, "One died, two were hurt.", 2)
    assert compare.veto(first, fewer) == "time"


def test_a_toll_does_not_bridge_more_than_its_days() -> None:
    first = _report("first", "2016-04-06", "2016-04-07", 4, "Four men were killed at a card game.")
    late = _report("late", "2016-04-20", "2016-04-21", 4, "Four men were killed at a card game.")
    assert compare.veto(first, late) == "time"


def test_a_toll_joins_a_misdated_report_to_a_cluster_whose_other_counts_differ() -> None:
    first = _report(
        "first", "2016-04-06", "2016-04-07", 4, "Four men were killed at a card game on Oak Street."
    )
    partial = _report(
        "partial",
        "2016-04-06",
        "2016-04-06",
        3,
        "Three men were killed at a card game on Oak Street.",
    )
    misdated = _report("misdated", "2016-04-13", "2016-04-14", 4, "A gunman shot four men dead.")
    assert compare.score(first, partial) > compare.score(first, misdated) >= 0.6
    assert compare.veto(partial, misdated) == "time"
    assert compare.tolled(first, misdated) and not compare.tolled(first, partial)
    assert len(fuse_reports([first, partial, misdated])) == 1
