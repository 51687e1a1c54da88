"""A town that only says who someone is ("a Burley man") places the happening only when
nothing else does: the dateline that opens the story before the sentence comes first.
Reports written for these tests."""

from __future__ import annotations

from dateline.models import Article, Event
from dateline.pipeline import Pipeline


def _lead(pipeline: Pipeline, text: str) -> Event:
    result = pipeline.extract(Article(text=text, published="2016-03-10"))
    return max(result.events, key=lambda e: (e.salience, e.confidence))


def test_the_dateline_places_a_happening_whose_sentence_names_only_a_home(
    pipeline: Pipeline,
) -> None:
    lead = _lead(
        pipeline,
        "TWIN FALLS, Idaho (AP) | A Burley man who accidentally shot his neighbor during a "
        "hunting trip was sentenced Tuesday to two years in prison.\n\nProsecutors said the "
        "man fired at what he thought was a deer.",
    )
    assert lead.place is not None and lead.place.name == "Twin Falls"
    assert "the dateline's place" in lead.why


def test_a_home_still_places_a_story_with_no_dateline(pipeline: Pipeline) -> None:
    lead = _lead(
        pipeline,
        "A Burley man who accidentally shot his neighbor during a hunting trip was sentenced "
        "Tuesday to two years in prison.",
    )
    assert lead.place is not None and lead.place.name == "Burley"
