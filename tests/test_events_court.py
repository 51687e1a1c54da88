"""Court appearances and arraignments (ACCUSE, allege) as coders give them: a record of
their own beside the charge, done to whoever appears by no one the text names, placed at
the court's town, scheduled ones in the future, and dated by their own day."""

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


def _accusations(pipeline: Pipeline, text: str) -> list[Event]:
    events = pipeline.extract(Article(text=text, published=PUBLISHED)).events
    return [e for e in events if e.type == "ACCUSE"]


def _told(event: Event, text: str) -> set[str]:
    return {text[m.start : m.end] for m in event.mentions}


def test_an_appearance_is_its_own_record_done_by_no_one(pipeline: Pipeline) -> None:
    text = (
        "Police charged James Carter, 34, with murder on Friday.\n\n"
        "Carter appeared in Dayton Municipal Court on Monday."
    )
    records = _accusations(pipeline, text)
    court = [e for e in records if "appeared" in _told(e, text)]
    assert len(records) == 2 and len(court) == 1
    assert court[0].actor is None and court[0].recipient is not None
    assert court[0].recipient.text.endswith("Carter")
    assert court[0].place is not None and court[0].place.name == "Dayton"


def test_a_scheduled_appearance_is_future_and_its_subject_appears(pipeline: Pipeline) -> None:
    text = "Carter is being held on $50,000 bond and will appear in court on March 9."
    court = next(e for e in _accusations(pipeline, text) if "appear" in _told(e, text))
    assert court.status == "future" and court.date == "2026-03-09"
    assert court.recipient is not None and court.recipient.text == "Carter"


def test_whose_first_appearance_it_was_appeared(pipeline: Pipeline) -> None:
    text = (
        "Maria Lopez, 41, was charged with attempted murder on Saturday. She made her first "
        "appearance in Dayton Municipal Court on Monday."
    )
    court = next(e for e in _accusations(pipeline, text) if "appearance" in _told(e, text))
    assert court.actor is None and court.recipient is not None
    assert court.recipient.text == "Maria Lopez"


def test_the_charges_of_an_arraignment_are_not_the_defendant_s_act(pipeline: Pipeline) -> None:
    text = "Police said James Carter, 34, was arraigned Monday on charges of murder and assault."
    records = _accusations(pipeline, text)
    assert records
    assert not any(e.actor is not None and e.actor.text.endswith("Carter") for e in records)


def test_an_undated_arraignment_does_not_take_the_shooting_s_day(pipeline: Pipeline) -> None:
    text = (
        "Two men were shot Thursday night outside a bar on Central Avenue in Albany, police "
        "said.\n\nKevin Moss, 21, was arrested Friday. He was arraigned in Albany City Court "
        "and was sent to the county jail."
    )
    court = next(e for e in _accusations(pipeline, text) if "arraigned" in _told(e, text))
    assert court.date_precision == "week"
