"""US counties by their bare names ("Barrow and Oconee"), in the embedded gazetteer."""

from __future__ import annotations

from dateline import geo
from dateline.config import Settings
from dateline.geo.embedded import _county_variants
from dateline.geo.stage import PlaceStage, open_gazetteer
from dateline.models import Article, Result
from dateline.nlp import load


def test_county_variants():
    assert _county_variants("Clarke County") == ["Clarke County", "Clarke", "Clarke Co."]
    assert _county_variants("Avoyelles Parish") == ["Avoyelles Parish", "Avoyelles"]
    assert _county_variants("Kirkuk") == ["Kirkuk"]


def test_a_county_named_after_a_state_keeps_only_its_full_name():
    found = open_gazetteer(None).by_key({"texas", "clarke"})
    assert not [c for c in found["texas"] if c.feature_code == "ADM2"]
    assert any(c.name == "Clarke County" and c.admin1 == "Georgia" for c in found["clarke"])


def test_bare_county_names_resolve_to_the_counties():
    text = "Schools in Barrow and Oconee closed early on Friday as snow fell across Georgia."
    places = PlaceStage(Settings())(Result(Article(text)), load()(text))
    found = {p.text: (p.feature_code, p.admin1) for p in places}
    assert found["Barrow"] == ("ADM2", "Georgia")
    assert found["Oconee"] == ("ADM2", "Georgia")


def test_a_big_city_is_not_read_as_the_county_of_the_state():
    text = "Flooding closed roads in Texas on Sunday, and officials in Houston urged caution."
    places = PlaceStage(Settings())(Result(Article(text)), load()(text))
    houston = next(p for p in places if p.text == "Houston")
    assert houston.feature_code.startswith("PPL") and houston.admin1 == "Texas"


def test_a_bare_county_name_is_the_town_that_bears_it():
    text = (
        "The Saratoga native designed games for a decade. He grew up in Saratoga, but "
        "now lives in Los Angeles, where he runs a studio."
    )
    saratoga = geo.resolve(text, [(4, 12)])[0]
    assert saratoga.feature_code.startswith("PPL")
    assert (saratoga.name, saratoga.admin1) == ("Saratoga", "California")


def test_a_county_named_with_its_type_word_stays_the_county():
    text = "Deputies in Saratoga County searched the lake near Ballston Spa on Sunday."
    county = geo.resolve(text, [(12, 27)])[0]
    assert (county.feature_code, county.admin1) == ("ADM2", "New York")


def _places(text: str) -> dict[str, tuple]:
    places = PlaceStage(Settings())(Result(Article(text)), load()(text))
    return {p.text: (p.feature_code, p.country_code, p.admin1) for p in places}


def test_a_county_named_after_a_state_is_the_county_not_the_state():
    found = _places("A hunter was shot Sunday in rural Utah County, deputies said.")
    assert found["Utah County"] == ("ADM2", "US", "Utah")


def test_a_county_named_after_an_area_abroad_is_the_county():
    found = _places("A man was shot Sunday in Santa Cruz County, deputies said.")
    assert found["Santa Cruz County"][:2] == ("ADM2", "US")


def test_a_county_that_is_a_first_level_area_keeps_that_reading():
    found = _places("Flooding displaced thousands in Kiambu County, Kenyan officials said.")
    assert found["Kiambu County"] == ("ADM1", "KE", "Kiambu")


def test_a_sheriffs_office_names_its_county_not_an_area_abroad_of_its_bare_name():
    found = _places(
        "Deputies found a man wounded by gunfire outside a trailer near Moon Lake on Sunday, "
        "the Pasco County Sheriff's Office said."
    )
    assert "Pasco" not in found
    assert found["Pasco County"] == ("ADM2", "US", "Florida")
