"""A known name the headline gives is a place in the text, as the outlet's home towns
are; a common word a headline capitalises is not. Articles written for these tests."""

from __future__ import annotations

from places_support import places_of

from dateline.geo.recognise import headline_names
from dateline.models import Article
from dateline.nlp import load
from dateline.pipeline import Pipeline


def test_a_town_of_the_headline_is_a_place_in_the_text(pipeline: Pipeline) -> None:
    places = places_of(
        pipeline,
        (
            "Deputies say two men were hurt late Friday in a fight that ended with gunfire "
            "outside a Zanesville tavern.\n\nThe tavern on Maple Avenue was closed Saturday."
        ),
        "2 men hurt in Zanesville tavern shooting - 10TV",
        "https://www.10tv.com/article/news/local/two-men-hurt/530-abc",
        "2016-05-14",
    )
    assert places["Zanesville"].name == "Zanesville"
    assert places["Maple Avenue"].name == "Zanesville"


def test_a_common_word_the_headline_capitalises_is_no_name() -> None:
    doc = load()("The police said the party on Elm Street ended at midnight in Brookville.")
    names = headline_names("Police Say Brookville Party Ended In Gunfire - WXYZ", doc)
    assert "brookville" in names
    assert "police" not in names and "party" not in names
    assert "wxyz" not in names
    street = headline_names("Brookville Man Shot On Elm Street", doc)
    assert "brookville" in street and "elm" not in street and "elm street" in street


def test_a_town_of_the_headline_opens_a_school_district(pipeline: Pipeline) -> None:
    places = places_of(
        pipeline,
        (
            "A student was hurt Monday when a gun went off in a backpack at a campus on "
            "Redbud Lane. Lufkin ISD said in a statement that classes would go on."
        ),
        "Student hurt in shooting at Lufkin school",
        "https://www.ktre.com/story/student-hurt/",
        "2016-05-16",
    )
    assert places["Lufkin"].name == "Lufkin"


def test_the_longest_opening_the_headline_gives_is_the_place(pipeline: Pipeline) -> None:
    places = places_of(
        pipeline,
        (
            "Deputies released new details about a Hope Mills house party where two people "
            "were shot on Saturday night."
        ),
        "2 hurt at Hope Mills house party",
        "https://abc11.com/hope-mills-cookout-shooting/123/",
        "2016-05-15",
    )
    assert places["Hope Mills"].name == "Hope Mills"
    assert "Hope" not in places


def test_a_headline_name_before_a_street_word_is_the_streets(pipeline: Pipeline) -> None:
    places = places_of(
        pipeline,
        (
            "Two men were hurt Sunday in a shooting outside a recreation center on "
            "Hollywood Boulevard in Las Vegas, police said."
        ),
        "Two hurt in shooting outside Hollywood recreation center",
        "https://www.reviewjournal.com/crime/two-hurt/",
        "2016-05-16",
    )
    assert "Hollywood" not in places
    assert places["Hollywood Boulevard"].admin1 == "Nevada"


def test_the_texts_own_copy_of_the_headline_names_nothing() -> None:
    """A text that opens with its headline: the copy's capitalised words ("Shot", "Cars")
    are not names the text writes; a town the body writes still is."""
    text = (
        "4 Shot at Party Between Two Cars in Marlow County\n\nDeputies said four people "
        "were wounded when gunfire broke out at a party near Marlow early Sunday."
    )
    doc = load()(text)
    names = headline_names("4 Shot at Party Between Two Cars in Marlow County", doc)
    assert "shot" not in names and "cars" not in names
    assert "marlow" in names


def test_a_name_only_in_the_texts_copy_of_the_headline_needs_a_cue_there() -> None:
    text = "Lorne Co. Sheriff Says Boy Shot Himself\n\nThe boy was taken to a hospital."
    doc = load()(text)
    names = headline_names("Lorne Co. Sheriff Says Boy Shot Himself", doc)
    assert "lorne" in names and "lorne co" in names
    assert "sheriff" not in names and "boy" not in names


def test_a_page_that_is_only_its_headline_reads_the_headlines_places(pipeline: Pipeline) -> None:
    """A page whose text is a sign-in form is read from its headline alone (the pipeline's
    headline story), where the town only says who the victim is."""
    title = "Conway toddler hurt after finding pistol in closet"
    result = pipeline.headline_events(
        Article(text="Sign in to keep reading.", title=title, url="https://www.thv11.com/x/1")
    )
    assert result and result[0].place is not None and result[0].place.name == "Conway"
