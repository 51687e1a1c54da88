"""US counties by their bare names ("Barrow and Oconee"), in the embedded gazetteer."""

from __future__ import annotations

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
