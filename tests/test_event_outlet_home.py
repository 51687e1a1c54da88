"""A local report that names no place at all happened, most likely, where its outlet is:
such an event takes the outlet's home town (from its URL), marked as inferred and with no
span in the text; a report that names a place keeps its own. Reports written for these
tests; ajc.com is in the table of outlets' home towns (Atlanta, Georgia)."""

from __future__ import annotations

import pytest

from dateline.models import Article, Event
from dateline.pipeline import Pipeline

URL = "https://www.ajc.com/news/crime/man-wounded-in-late-night-shooting/"


@pytest.fixture(scope="module")
def pipeline() -> Pipeline:
    return Pipeline()


def _shooting(pipeline: Pipeline, text: str, title: str | None = None) -> Event:
    article = Article(text=text, title=title, url=URL, published="2024-06-04")
    return next(e for e in pipeline.extract(article).events if e.type == "ASSAULT")


def test_a_report_naming_no_place_takes_the_outlet_town(pipeline: Pipeline) -> None:
    event = _shooting(
        pipeline,
        "A 24-year-old man was shot and wounded outside a convenience store late Monday, "
        "police said. He was taken to a hospital in stable condition.",
    )
    assert event.place is not None and event.place.name == "Atlanta"
    assert event.place.country_code == "US" and event.place.admin1 == "Georgia"
    assert (event.place.start, event.place.end, event.place.text) == (0, 0, "")
    assert event.place.score < 1
    assert "place" not in event.evidence
    assert "outlet's home town" in event.why


def test_a_headline_told_on_a_sign_in_page_takes_it_too(pipeline: Pipeline) -> None:
    event = _shooting(
        pipeline,
        "Already a subscriber? Sign in to keep reading.",
        title="Teen wounded in late-night shooting, police say",
    )
    assert event.told_in == "title"
    assert event.place is not None and event.place.name == "Atlanta"


def test_a_report_naming_its_town_keeps_it(pipeline: Pipeline) -> None:
    event = _shooting(
        pipeline,
        "A 24-year-old man was shot and wounded outside a convenience store in Macon late "
        "Monday, police said.",
    )
    assert event.place is not None and event.place.name == "Macon"


def test_a_report_naming_a_place_elsewhere_takes_no_outlet_town(pipeline: Pipeline) -> None:
    event = _shooting(
        pipeline,
        "Gunmen opened fire on a crowded market, wounding at least a dozen people, the "
        "Syrian Observatory said. Syria has seen such attacks for years.",
    )
    assert event.place is None or event.place.name != "Atlanta"
