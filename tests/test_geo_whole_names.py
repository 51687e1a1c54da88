"""Places the tagger cuts read whole: "Three Rivers" after a number, "Chula Vista" in
two. Articles written for these tests."""

from __future__ import annotations

from places_support import places_of

from dateline.pipeline import Pipeline


def test_a_town_opening_with_a_number_word_is_read_whole(pipeline: Pipeline) -> None:
    places = places_of(
        pipeline,
        (
            "Deputies arrested two men on Tuesday in connection with a double homicide in "
            "Three Rivers.\n\nThe two victims were found near a campground by the river."
        ),
        "Two held in Three Rivers double killing",
        "https://abc30.com/story/123/",
    )
    assert "Rivers" not in places
    assert places["Three Rivers"].name == "Three Rivers"
    assert places["Three Rivers"].admin1 == "California"


def test_a_town_the_tagger_cuts_in_two_is_read_whole(pipeline: Pipeline) -> None:
    places = places_of(
        pipeline,
        (
            "A teenager was shot and wounded Tuesday night in Chula Vista, police said."
            "\n\nThe shooting happened near a park."
        ),
        "Teen wounded in shooting",
        "https://www.cbs8.com/story/1/",
    )
    assert places["Chula Vista"].name == "Chula Vista"
    township = places_of(
        pipeline,
        (
            "Three men were hurt after a fight outside a tavern in Buena Vista Township early "
            "Sunday.\n\nOfficers from Buena Vista and the county sheriff responded."
        ),
        "Three hurt outside tavern",
        "https://www.wnem.com/story/2/",
    )
    assert township["Buena Vista Township"].name == "Buena Vista"
    assert township["Buena Vista Township"].admin1 == "Michigan"
