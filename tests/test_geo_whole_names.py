"""Places cut, misread or missed by the tagger read whole: "Three Rivers" after a number,
"Chula Vista" in two, a street named like a town, a city read as its county, a town
tagged a person before its state, a headline's town before "toddler". Articles
written for these tests."""

from __future__ import annotations

from dateline.models import Article
from dateline.pipeline import Pipeline


def _extract(pipeline: Pipeline, text: str, title: str, url: str):
    return pipeline.extract(Article(text=text, title=title, url=url, published="2016-06-01"))


def _places(pipeline: Pipeline, text: str, title: str, url: str) -> dict:
    """Each place mention's text and the place it was read as, for one written article."""
    return {p.text: p for p in _extract(pipeline, text, title, url).places}


def test_a_town_opening_with_a_number_word_is_read_whole(pipeline: Pipeline) -> None:
    places = _places(
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
    places = _places(
        pipeline,
        (
            "A teenager was shot and wounded Tuesday night in Chula Vista, police said."
            "\n\nThe shooting happened near a park."
        ),
        "Teen wounded in shooting",
        "https://www.cbs8.com/story/1/",
    )
    assert places["Chula Vista"].name == "Chula Vista"
    township = _places(
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


def test_an_organisation_named_for_a_street_gives_no_town(pipeline: Pipeline) -> None:
    places = _places(
        pipeline,
        (
            "Baltimore police said six people were shot Saturday evening in the 700 block of "
            "Preston St.\n\nOfficers taped off Preston between Oak and Maple avenues while "
            "they searched for shell casings."
        ),
        "Six shot on east side",
        "https://www.baltimoresun.com/news/story-1.html",
    )
    assert "Preston St." in places and "Preston St" not in places


def test_a_city_is_not_read_as_the_county_named_after_it(pipeline: Pipeline) -> None:
    places = _places(
        pipeline,
        (
            "Three people were shot early Sunday at a house party in New Haven, police said."
            "\n\nThe party was held in an apartment on Chapel Street."
        ),
        "Three shot at house party",
        "https://www.nbcconnecticut.com/news/local/three-shot/1/",
    )
    assert places["New Haven"].feature_code.startswith("PPL")
    assert places["Chapel Street"].name == "New Haven"


def test_a_town_tagged_a_person_before_its_state_is_a_place(pipeline: Pipeline) -> None:
    places = _places(
        pipeline,
        "Eufaula, Ala., police said an officer shot a gunman who had wounded three people.",
        "Officer shoots gunman",
        "https://www.ledger-enquirer.com/news/local/crime/article1.html",
    )
    assert places["Eufaula"].name == "Eufaula" and places["Eufaula"].admin1 == "Alabama"


def test_a_headline_town_before_toddler_places_the_story(pipeline: Pipeline) -> None:
    result = _extract(
        pipeline,
        "1:02 Video: Spring break at the zoo\n\n0:45 Video: Rangers win in extra innings",
        "Killeen toddler dies after shooting at home",
        "https://www.star-telegram.com/news/state/texas/article1.html",
    )
    assert result.events
    assert all(e.place is not None and e.place.name == "Killeen" for e in result.events)
