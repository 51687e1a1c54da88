"""Issue 11's failure kinds in stories of one country: an ocean's name read as a town
named after it, a building's name read as a small town."""

from __future__ import annotations

import re

from dateline import geo
from dateline.config import Settings
from dateline.geo.stage import PlaceStage
from dateline.models import Article, Result
from dateline.nlp import load


def _resolve(text: str, name: str):
    (place,) = geo.resolve(text, [re.search(re.escape(name), text).span()])
    return place


def test_the_pacific_in_an_oregon_story_is_the_ocean():
    text = (
        "The Coast Guard said the fishing boat sank in the Pacific about 20 miles off "
        "Newport, Oregon, late Tuesday."
    )
    assert _resolve(text, "Pacific").feature_code == "OCN"


def test_a_town_named_after_an_ocean_with_its_state_stays_the_town():
    text = "Police in Pacific, Mo., arrested the driver after a short chase on Friday."
    place = _resolve(text, "Pacific")
    assert (place.feature_code, place.admin1) == ("PPL", "Missouri")


def test_a_bar_and_grill_is_no_town_called_grill():
    text = (
        "Two men were hurt in a fight at the Silver Spur Bar and Grill on Main Street in "
        "Lebanon, Tennessee, police said."
    )
    doc = load()(text)
    places = PlaceStage(Settings())(Result(Article(text)), doc)
    assert "Grill" not in {p.text for p in places}
    assert all(p.admin1 in (None, "Tennessee") for p in places)


def test_antioch_in_a_nashville_story_is_the_neighbourhood():
    text = (
        "Police said the shooting happened outside a bar in Nashville late Saturday. A "
        "second man was shot in Antioch an hour later."
    )
    place = _resolve(text, "Antioch")
    assert (place.country_code, place.admin1, place.feature_code) == ("US", "Tennessee", "PPLX")
    assert abs(place.lat - 36.06) < 0.2 and abs(place.lon + 86.67) < 0.2


def test_antioch_with_its_state_stays_the_californian_city():
    text = "Two people were hurt in a crash in Antioch, California, on Sunday."
    assert _resolve(text, "Antioch").admin1 == "California"


def test_a_curated_neighbourhood_and_airport_carry_their_state():
    text = (
        "Four people were wounded in a drive-by shooting in South Los Angeles on Friday, "
        "hours before a man was arrested at John F. Kennedy International Airport."
    )
    assert _resolve(text, "South Los Angeles").admin1 == "California"
    assert _resolve(text, "John F. Kennedy International Airport").admin1 == "New York"
