"""An article that tells only that a girl was shot (its shot figure read as wounded, no
killed one) adds no wounded to an incident whose other articles tell her dead; a figure
of more people shot than the incident's dead, or an incident with no dead, keeps it."""

from __future__ import annotations

from dateline import fuse
from dateline.models import Article, Event, Place, Result

SALINA = Place("Salina", 0, 6, 1, "Salina", "US", "KS", 38.84, -97.61, "PPL")


def _story(source: str, sentence: str, quantities: dict[str, float]) -> Result:
    event = Event(
        "ASSAULT", sentence, 0, 5, mode="firearms", place=SALINA, date="2016-12-17",
        date_precision="day", quantities=quantities, salience=0.9, confidence=0.8,
        evidence={"date": [0, 5]},
    )  # fmt: skip
    article = Article(text=sentence, title=sentence, source=source, published="2016-12-17")
    return Result(article, events=[event])


DEAD = _story(
    "Wire", "A 16-year-old girl died early Saturday after a shooting on Elm Street in Salina.",
    {"killed": 1},
)  # fmt: skip


def _shot(count: int) -> Result:
    return _story(
        "Paper", "Police say a shooting on Elm Street in Salina early Saturday was an accident.",
        {"shot": count, "wounded": count},
    )  # fmt: skip


def test_a_girl_told_shot_whom_another_story_tells_dead_is_not_wounded() -> None:
    (incident,) = fuse([DEAD, _shot(1)])
    assert incident.articles == 2
    assert incident.quantities == {"killed": 1, "shot": 1}


def test_more_people_shot_than_dead_keep_their_wounded() -> None:
    (incident,) = fuse([DEAD, _shot(2)])
    assert incident.quantities["wounded"] == 2


def test_with_no_dead_the_shot_are_wounded() -> None:
    (incident,) = fuse([_shot(1)])
    assert incident.quantities["wounded"] == 1
