"""US post-office towns (``zipcodes``) in the embedded gazetteer: a village cities500 lacks
resolves to its own point when the text writes its state after it, and is no reading where
it does not; a known town keeps its entry and a well-known place its reading.
Sentences written for these tests."""

from __future__ import annotations

from dateline.geo import resolve
from dateline.geo.embedded import default_path
from dateline.geo.gazetteer import Gazetteer
from dateline.models import Article, Result
from dateline.pipeline import Pipeline


def _places(result: Result) -> dict[str, tuple]:
    return {p.text: (p.name, p.admin1, round(p.lat, 1), round(p.lon, 1)) for p in result.places}


def test_a_village_named_with_its_state_is_the_village(pipeline: Pipeline) -> None:
    text = (
        "A 23-year-old man was shot and killed early Sunday in Felton, Minn., the county "
        "sheriff said."
    )
    result = pipeline.extract(Article(text=text, published="2016-07-17"))
    assert _places(result)["Felton"] == ("Felton", "Minnesota", 47.1, -96.5)
    lead = next(e for e in result.events if e.type == "ASSAULT")
    assert lead.place is not None and lead.place.name == "Felton"


def test_a_town_cities500_holds_is_not_added_again() -> None:
    gazetteer = Gazetteer(default_path())
    found = gazetteer.by_key({"felton"})["felton"]
    in_delaware = [c for c in found if c.admin1 == "Delaware"]
    assert len(in_delaware) == 1 and in_delaware[0].population > 0


def test_a_well_known_city_keeps_its_reading(pipeline: Pipeline) -> None:
    text = "A man was shot dead in Springfield on Tuesday night, police said."
    result = pipeline.extract(Article(text=text, published="2016-07-17"))
    assert _places(result)["Springfield"][:2] == ("Springfield", "Missouri")
    text = "Two tourists were robbed at gunpoint in Paris on Friday, police said."
    result = pipeline.extract(Article(text=text, published="2016-07-17"))
    assert _places(result)["Paris"][:2] == ("Paris", "Ile-de-France")


def test_a_village_is_read_where_its_state_follows_it_once() -> None:
    text = "A man was shot in Felton, Minn., on Saturday. Deputies said Felton has 200 people."
    start = text.rindex("Felton")
    place = resolve(text, [(start, start + len("Felton"))])[0]
    assert place is not None and (place.name, place.admin1) == ("Felton", "Minnesota")


def test_a_village_whose_state_is_not_written_after_it_is_no_reading() -> None:
    text = "Shots were fired near Oak Hill Elementary School in Tuscaloosa on Friday."
    start = text.index("Oak Hill")
    place = resolve(text, [(start, start + len("Oak Hill"))])[0]
    assert place is not None and place.name == "Tuscaloosa"


def test_a_firm_named_like_a_village_is_no_place(pipeline: Pipeline) -> None:
    text = (
        "The bill passed in the House on Monday and the plant at Dow's site in Midland will open."
    )
    places = _places(pipeline.extract(Article(text=text, published="2016-07-17")))
    assert "Dow" not in places and "House" not in places
