"""An aftermath lead (a charge, an arrest) gives the lead to the happening it is about when
the text dates that happening to a day, on reports written for these tests."""

from __future__ import annotations

from dateline.events.about import dated_happening
from dateline.models import Article, Event, Mention, Place
from dateline.pipeline import Pipeline

TITLE = "Man charged with gun possession"
CHARGED = "A 40-year-old Millbrook man was charged Thursday with illegal possession of a firearm"


def _lead(pipeline: Pipeline, text: str) -> Event:
    article = Article(title=TITLE, text=text, published="2015-03-13")
    return max(pipeline.extract(article).events, key=lambda e: e.salience)


def _event(kind: str, salience: float, date: str, precision: str, mode: str | None = None) -> Event:
    event = Event(kind, "A man was charged in the shooting.", 0, 5, salience=salience, mode=mode)
    event.date, event.date_precision = date, precision
    if precision == "day":
        event.evidence["date"] = [0, 5]
    event.mentions = [Mention(0, 5, 0)]
    return event


def test_a_charge_gives_the_lead_to_the_shooting_told_on_its_day(pipeline: Pipeline) -> None:
    text = (
        f"{CHARGED} after his nephew found the pistol and shot himself in the hand on "
        "Monday.\n\nThe boy is recovering, police said."
    )
    lead = _lead(pipeline, text)
    assert (lead.type, lead.date, lead.date_precision) == ("ASSAULT", "2015-03-09", "day")


def test_the_saliences_are_traded_only_for_a_happening_dated_to_a_day() -> None:
    events = [
        _event("ACCUSE", 0.7, "2015-03-12", "day", "allege"),
        _event("ASSAULT", 0.6, "2015-03-09", "day"),
    ]
    dated_happening(events)
    assert [e.salience for e in events] == [0.6, 0.7]
    events = [
        _event("ACCUSE", 0.7, "2015-03-12", "day", "allege"),
        _event("ASSAULT", 0.6, "2015-W11", "week"),
    ]
    dated_happening(events)
    assert [e.salience for e in events] == [0.7, 0.6]


def test_no_trade_for_a_protest_a_happening_placed_apart_or_a_harm_it_does_not_count() -> None:
    protest = [
        _event("PROTEST", 0.7, "2015-03-12", "day", "demonstrate"),
        _event("ASSAULT", 0.6, "2015-03-09", "day"),
    ]
    apart = [
        _event("ACCUSE", 0.7, "2015-03-12", "day", "allege"),
        _event("ASSAULT", 0.6, "2015-03-09", "day"),
    ]
    apart[0].place = Place("Millbrook", 0, 9, 1, "Millbrook", "US", "AL", 32.5, -86.4, "PPL")
    apart[1].place = Place("Dayton", 0, 6, 2, "Dayton", "US", "OH", 39.8, -84.2, "PPL")
    counted = [
        _event("ACCUSE", 0.7, "2015-03-12", "day", "allege"),
        _event("ASSAULT", 0.6, "2015-03-09", "day"),
    ]
    counted[0].quantities["killed"] = 1
    for events in (protest, apart, counted):
        dated_happening(events)
        assert [e.salience for e in events] == [0.7, 0.6]
