"""The people shot, whatever became of them, are no count two reports compare: "a man was
shot" in one report is one dead in another, and two shootings of one day nearby most often
each leave one person shot."""

from __future__ import annotations

from dateline.incidents import compare
from dateline.incidents.fuse import fuse_reports
from dateline.incidents.reports import from_event
from dateline.models import Article, Event, Place

DAYTON = Place("Dayton", 0, 6, 1, "Dayton", "US", "OH", 39.76, -84.19, "PPLA2")
LEBANON = Place("Lebanon", 0, 7, 2, "Lebanon", "US", "OH", 39.435, -84.203, "PPLA2")


def _report(name: str, sentence: str, place: Place, counts: dict[str, float]):
    event = Event(
        "ASSAULT", sentence, 0, 5, place=place, date="2016-05-06", date_precision="day",
        quantities=counts, salience=0.9, confidence=0.8,
    )  # fmt: skip
    return from_event(Article(text=f"{name}: {sentence}", published="2016-05-07"), 0, event, 0.5)


def test_two_shootings_of_one_day_that_each_left_one_shot_stay_apart() -> None:
    street = _report(
        "street", "A teenager was shot on Elm Street in Dayton on Friday.", DAYTON, {"shot": 1}
    )
    bar = _report("bar", "A man was shot outside a bar in Lebanon on Friday.", LEBANON, {"shot": 1})
    assert compare.score(street, bar) < 0.6
    assert len(fuse_reports([street, bar])) == 2


def test_the_dead_and_the_wounded_are_still_compared() -> None:
    one = _report("one", "A man was killed on Elm Street.", DAYTON, {"killed": 1, "shot": 1})
    same = _report("same", "A man died on Elm Street.", DAYTON, {"killed": 1})
    other = _report("other", "A man died on Elm Street.", DAYTON, {"killed": 2})
    assert compare.score(one, same) > compare.score(one, other)
