"""The story's lead, told in the past perfect, is not left undated as background: it takes
the publication week, and the day the story's opening names. Reports written for these
tests."""

from __future__ import annotations

from dateline.models import Article, Event
from dateline.pipeline import Pipeline

PUBLISHED = "2021-10-11"  # a Monday


def _lead(pipeline: Pipeline, text: str) -> Event:
    events = pipeline.extract(Article(text=text, published=PUBLISHED)).events
    return max(events, key=lambda e: (e.salience, e.confidence, -e.start))


def test_a_lead_told_in_the_past_perfect_takes_the_day_its_opening_names(
    pipeline: Pipeline,
) -> None:
    text = (
        "On Saturday evening at about 6:30 p.m. deputies received a 911 call that a "
        "6-year-old boy had just shot himself in the hand at a home on Birch Lane. The boy "
        "was treated at the scene and is expected to recover, the sheriff said."
    )
    lead = _lead(pipeline, text)
    assert lead.type == "ASSAULT"
    assert (lead.date, lead.date_precision) == ("2021-10-09", "day")
