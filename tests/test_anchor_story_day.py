"""The story's day for a lead the text leaves at the publication week, on sentences written
for these tests."""

from __future__ import annotations

from dateline.models import Article, Event


def lead_of(pipeline, text: str, published: str) -> Event:
    return max(
        pipeline.extract(Article(text=text, published=published)).events, key=lambda e: e.salience
    )


def test_police_who_responded_with_no_place_named_give_the_scenes_day(pipeline) -> None:
    text = (
        "A 23-year-old man was shot and killed at a home on County Road 40. Deputies "
        "responded early Saturday morning after a neighbor called 911."
    )
    lead = lead_of(pipeline, text, "2016-11-13")
    assert (lead.date, lead.date_precision) == ("2016-11-12", "day")


def test_a_mayor_who_responded_with_no_place_named_gives_no_day(pipeline) -> None:
    text = (
        "A 23-year-old man was shot and killed at a home on County Road 40. The mayor "
        "responded Saturday, saying the city would add patrols."
    )
    lead = lead_of(pipeline, text, "2016-11-13")
    assert (lead.date, lead.date_precision) == ("2016-W45", "week")
