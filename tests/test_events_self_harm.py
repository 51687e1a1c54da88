"""A harm its doer does to himself is a happening of its own: a murder and the killer's
suicide are two records, each with its own participants, while a surrender told twice stays
one record (turning oneself in is no harm)."""

from __future__ import annotations

import pytest

from dateline.config import Settings
from dateline.models import Article, Event
from dateline.pipeline import Pipeline

PUBLISHED = "2026-03-02"


@pytest.fixture(scope="module")
def pipeline() -> Pipeline:
    """Every record the coder makes: these tests are of its rules, not of the learned gate."""
    return Pipeline(Settings(keep_unlikely=True))


def _assaults(pipeline: Pipeline, text: str) -> list[Event]:
    events = pipeline.extract(Article(text=text, published=PUBLISHED)).events
    return [e for e in events if e.type == "ASSAULT"]


def _self_harm(event: Event) -> bool:
    return (
        event.actor is not None
        and event.recipient is not None
        and (event.actor.text == event.recipient.text)
    )


def test_a_murder_and_the_killer_s_suicide_are_two_records(pipeline: Pipeline) -> None:
    text = (
        "A Hillsdale man shot and killed his wife inside their home early Sunday, police "
        "said.\n\nOfficers found Daniel Reyes, 52, in the garage. He had killed himself "
        "with the same handgun, Chief Ann Moore said."
    )
    assaults = _assaults(pipeline, text)
    murder = [e for e in assaults if not _self_harm(e)]
    suicide = [e for e in assaults if _self_harm(e)]
    assert len(murder) == 1 and len(suicide) == 1
    assert murder[0].recipient is not None and "wife" in murder[0].recipient.text
    assert not any(text[m.start : m.end] == "killed" and m.start > 150 for m in murder[0].mentions)


def test_turning_the_gun_on_himself_is_the_shooter_s_own_harm(pipeline: Pipeline) -> None:
    text = (
        "A Hillsdale man shot his wife and stepdaughter on Sunday night before turning the "
        "gun on himself, police said."
    )
    assaults = _assaults(pipeline, text)
    suicide = [e for e in assaults if _self_harm(e)]
    assert len(assaults) == 2 and len(suicide) == 1
    assert "turning" in {text[m.start : m.end] for m in suicide[0].mentions}


def test_what_struck_a_boy_who_shot_himself_is_the_same_shooting(pipeline: Pipeline) -> None:
    text = (
        "A 12-year-old boy accidentally shot himself in the leg Thursday evening, police "
        "said. The boy was playing with the pistol when it fired, striking him in the thigh."
    )
    assert len(_assaults(pipeline, text)) == 1


def test_a_surrender_told_twice_stays_one_record(pipeline: Pipeline) -> None:
    text = (
        "A 19-year-old wanted in the shooting of a Hillsdale store clerk turned himself in "
        "Wednesday afternoon.\n\nHis lawyer said the teen smiled at reporters before turning "
        "himself in at the police station."
    )
    events = pipeline.extract(Article(text=text, published=PUBLISHED)).events
    assert len([e for e in events if e.type == "COERCE"]) == 1
