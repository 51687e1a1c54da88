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
