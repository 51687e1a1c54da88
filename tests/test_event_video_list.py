"""A video list's item whose time stamp and label the parser splits off ("1:15 Raw video:
Gunman kills clerk ...") is page furniture, as the whole item is."""

from __future__ import annotations

from dateline.models import Article
from dateline.pipeline import Pipeline

PUBLISHED = "2024-06-12"


def test_an_item_split_from_its_stamp_and_label_tells_no_event(pipeline: Pipeline) -> None:
    text = (
        "1:12 Harbor seals return to the Olympia marina Pause\n\n"
        "1:15 Raw video: Gunman kills clerk during robbery at Tumwater store\n\n"
        "0:58 Ferry schedule changes for the holiday weekend"
    )
    events = pipeline.extract(Article(text=text, published=PUBLISHED)).events
    assert not [e for e in events if e.status == "asserted"], [e.sentence for e in events]


def test_a_story_after_a_clock_time_keeps_its_event(pipeline: Pipeline) -> None:
    text = "At 2:40 a.m. a man was shot and killed outside a bar on Capitol Way in Olympia."
    events = pipeline.extract(Article(text=text, published=PUBLISHED)).events
    assert [e.type for e in events if e.status == "asserted"] == ["ASSAULT"]
