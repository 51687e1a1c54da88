"""A happening told "on Facebook" is still reported; the page's own "Like us on Facebook"
line is furniture (texts written for these tests)."""

from __future__ import annotations

from dateline.models import Article
from dateline.pipeline import Pipeline

PUBLISHED = "2016-12-18"


def test_a_shooting_after_an_argument_on_facebook_is_reported(pipeline: Pipeline) -> None:
    text = (
        "Three people were shot in Linwood on Saturday night after an argument on Facebook "
        "spilled into a parking lot, police said."
    )
    events = pipeline.extract(Article(text=text, published=PUBLISHED)).events
    assert "ASSAULT" in [e.type for e in events]


def test_the_pages_own_social_media_line_reports_nothing(pipeline: Pipeline) -> None:
    text = "Like us on Facebook to follow the search for the shooter in Linwood."
    events = pipeline.extract(Article(text=text, published=PUBLISHED)).events
    assert events == []
