"""Aftermath events point at the happening they follow: an arrest "in connection with the
fatal shooting" at the shooting the same article reports; an event that names no
happening, or a happening that is only supposed, gets no link."""

from __future__ import annotations

import json
from pathlib import Path

from dateline.events.about import about, link
from dateline.models import Article, Event, Mention
from dateline.pipeline import Pipeline

AFTERMATH = Path(__file__).resolve().parent / "fixtures" / "aftermath"


def _event(kind: str, sentence: str, at: int, salience: float, **fields) -> Event:
    event = Event(kind, sentence, 0, 5, salience=salience, **fields)
    event.mentions = [Mention(0, 5, at)]
    return event


def test_an_arrest_in_the_shooting_points_at_the_shooting(pipeline: Pipeline) -> None:
    data = json.loads((AFTERMATH / "arrest.json").read_text())
    events = pipeline.extract(Article(**data)).events
    shooting = next(i for i, e in enumerate(events) if e.type == "ASSAULT")
    arrest = next(i for i, e in enumerate(events) if (e.type, e.mode) == ("COERCE", "arrest"))
    assert events[arrest].about == shooting
    assert events[shooting].about is None


def test_an_arrest_that_names_no_happening_points_nowhere(pipeline: Pipeline) -> None:
    article = Article(
        title="Man held on old warrant",
        published="2026-06-02",
        text="TOLEDO, Ohio - Police arrested a 45-year-old man on Monday on a warrant for "
        "unpaid traffic fines, a spokeswoman said.\n\nHe was released on bond hours later.",
    )
    events = pipeline.extract(article).events
    assert events and all(e.about is None for e in events)


def test_a_charge_told_apart_follows_the_most_salient_asserted_happening() -> None:
    events = [
        _event("ASSAULT", "A woman was stabbed at a bus stop on Friday.", 0, 0.9),
        _event("ASSAULT", "A second attack may have happened nearby.", 1, 0.95, status="future"),
        _event("ACCUSE", "Her neighbour was charged with attempted murder.", 2, 0.4),
        _event("ACCUSE", "The council criticised the bus company's timetable.", 3, 0.3),
        _event("COERCE", "Police arrested a man for the stabbing.", 4, 0.3, mode="curfew"),
    ]
    link(events)
    assert [e.about for e in events] == [None, None, 0, None, None]
    assert about(events, 0) is None


def test_a_happening_in_the_same_sentence_comes_before_the_most_salient() -> None:
    events = [
        _event("ASSAULT", "Two men were shot dead on Main Street on Saturday.", 0, 0.9),
        _event("CRIME", "Police arrested a man after a robbery at a pharmacy.", 1, 0.4),
        _event("COERCE", "Police arrested a man after a robbery at a pharmacy.", 1, 0.5,
               mode="arrest"),
    ]  # fmt: skip
    assert about(events, 2) == 1
