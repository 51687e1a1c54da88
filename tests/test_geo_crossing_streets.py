"""Two crossing streets named as police reports name them ("61st and Peoria", "Yosemite
Avenue and Cleveland", "the intersection of Memphis and Carter") are streets of the town
around them, not towns of their own. Reports written for these tests."""

from __future__ import annotations

from dateline.models import Article, Result
from dateline.pipeline import Pipeline


def _extract(pipeline: Pipeline, text: str) -> Result:
    return pipeline.extract(Article(text=text, published="2016-03-10"))


def _lead_place(result: Result) -> tuple[str | None, str | None]:
    lead = max(result.events, key=lambda e: (e.salience, e.confidence))
    assert lead.place is not None
    return lead.place.name, lead.place.admin1


def test_a_name_after_a_numbered_street_is_a_street(pipeline: Pipeline) -> None:
    result = _extract(
        pipeline,
        "A woman was shot Tuesday night outside an apartment at 61st and Peoria in Tulsa, "
        "police said.",
    )
    assert {p.admin1 for p in result.places} == {"Oklahoma"}
    assert _lead_place(result) == ("Tulsa", "Oklahoma")


def test_both_names_after_a_cue_of_crossing_streets_are_streets(pipeline: Pipeline) -> None:
    result = _extract(
        pipeline,
        "A teenager was shot Sunday at the intersection of Memphis and Carter in Fort Worth, "
        "police said.",
    )
    assert {p.admin1 for p in result.places} == {"Texas"}
    assert _lead_place(result) == ("Fort Worth", "Texas")


def test_a_town_after_and_is_still_a_town_without_a_street_before_it(
    pipeline: Pipeline,
) -> None:
    result = _extract(
        pipeline,
        "Police in Tulsa and Memphis arrested two men on Friday in a string of robberies.",
    )
    assert {p.name: p.admin1 for p in result.places}["Memphis"] == "Tennessee"
