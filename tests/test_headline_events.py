"""A happening only the headline tells: a page whose text is a sign-in form or a paywall
notice still has its story in the title. Headlines and pages written for these tests."""

from __future__ import annotations

from pathlib import Path

import pytest

from dateline.models import Article, Result
from dateline.pipeline import Pipeline
from dateline.store.database import Store
from dateline.web.data import Data

SIGN_IN = (
    "Already a subscriber?\n\nClick on the button below to set up your account or log in "
    "if you already have one."
)
TITLE = "Two killed, three wounded in shooting outside Dayton bar"


@pytest.fixture(scope="module")
def pipeline() -> Pipeline:
    return Pipeline()


@pytest.fixture(scope="module")
def paywalled(pipeline: Pipeline) -> Result:
    return pipeline.extract(Article(text=SIGN_IN, title=TITLE, published="2024-06-02"))


def test_the_headline_gives_the_event_the_text_does_not(paywalled: Result) -> None:
    [event] = [e for e in paywalled.events if e.type == "ASSAULT"]
    assert event.told_in == "title"
    assert event.quantities.get("killed") == 2
    assert event.quantities.get("wounded") == 3
    assert event.place is not None and event.place.name == "Dayton"
    assert TITLE[event.place.start : event.place.end] == "Dayton"
    assert TITLE[event.start : event.end] == "killed"
    assert all(TITLE[m.start : m.end] for m in event.mentions)
    assert "told only in the headline" in event.why


def test_an_undated_headline_is_dated_no_closer_than_the_text_allows(paywalled: Result) -> None:
    event = next(e for e in paywalled.events if e.type == "ASSAULT")
    assert event.date is not None and event.date.startswith("2024")
    assert event.date_precision in ("day", "week")


def test_a_text_that_reports_the_happening_keeps_its_own_events(pipeline: Pipeline) -> None:
    text = (
        "A gunman killed two men and wounded three other people outside a bar in Dayton "
        "early Sunday, police said."
    )
    result = pipeline.extract(Article(text=text, title=TITLE, published="2024-06-02"))
    assert result.events
    assert {e.told_in for e in result.events} == {"text"}


SHOT = "Teen Fatally Shot Outside Dayton Corner Store"
ONGOING = "The investigation is ongoing, police said. Anyone with information should call."


def _read(pipeline: Pipeline, text: str, title: str) -> Result:
    return pipeline.extract(Article(text=text, title=title, published="2024-06-04"))


def test_a_text_of_other_news_still_gets_the_headlines_happening(pipeline: Pipeline) -> None:
    result = _read(pipeline, ONGOING, SHOT)
    told = [e for e in result.events if e.told_in == "title"]
    assert [e.type for e in told] == ["ASSAULT"]
    assert SHOT[told[0].start : told[0].end] == "Shot"
    assert max(result.events, key=lambda e: e.salience) is told[0]
    assert any(e.told_in == "text" for e in result.events)


def test_the_headlines_happening_takes_the_time_the_text_tells(pipeline: Pipeline) -> None:
    text = "The investigation began Sunday night, police said. Anyone with information should call."
    shooting = next(e for e in _read(pipeline, text, SHOT).events if e.told_in == "title")
    assert (shooting.date, shooting.date_precision) == ("2024-06-02", "day")
    assert "dated as the text's" in shooting.why


def test_a_text_with_a_strong_lead_is_not_joined_by_the_headline(pipeline: Pipeline) -> None:
    text = (
        "A gunman killed a teenager outside a Dayton corner store late Sunday, police said. "
        "The city council met Monday to approve the budget."
    )
    result = _read(pipeline, text, "Council Approves Budget After Teen Fatally Shot")
    assert {e.told_in for e in result.events} == {"text"}


def test_a_headlines_aftermath_points_at_its_happening_among_the_texts(
    pipeline: Pipeline,
) -> None:
    result = _read(pipeline, ONGOING, "Man arrested in fatal shooting of Dayton teen")
    arrest = next(e for e in result.events if e.type == "COERCE")
    assert arrest.told_in == "title" and arrest.about is not None
    assert result.events[arrest.about].type == "ASSAULT"
    assert result.events[arrest.about].told_in == "title"


def test_no_headline_no_events(pipeline: Pipeline) -> None:
    assert pipeline.extract(Article(text=SIGN_IN, published="2024-06-02")).events == []
    page = Article(text=SIGN_IN, title="Weekend weather", published="2024-06-02")
    assert pipeline.extract(page).events == []


def test_the_store_and_page_read_the_evidence_from_the_headline(
    paywalled: Result, tmp_path: Path
) -> None:
    path = tmp_path / "title.duckdb"
    with Store(path) as store:
        store.write([paywalled])
    index = next(i for i, e in enumerate(paywalled.events) if e.type == "ASSAULT")
    row = Data(path).event(paywalled.article.id, index)
    assert row is not None
    assert row["told_in"] == "title"
    assert row["evidence"] == "killed"
    assert Result.from_dict(paywalled.to_dict()).events[index].told_in == "title"
