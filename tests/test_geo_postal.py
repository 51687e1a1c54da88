"""US post-office towns too small for GeoNames' 500-people list join the embedded
gazetteer, and a story that names their county and state reads them there. Reports
written for these tests."""

from __future__ import annotations

from pathlib import Path

from dateline.geo.gazetteer import Gazetteer, GazetteerWriter
from dateline.geo.names import key
from dateline.geo.postal import add_postal_towns
from dateline.geo.stage import open_gazetteer
from dateline.models import Article
from dateline.pipeline import Pipeline

STATES = {("US", "WY"): "Wyoming", ("US", "MN"): "Minnesota"}


def _written(tmp_path: Path, cities: list[dict]) -> Gazetteer:
    writer = GazetteerWriter(tmp_path / "g.sqlite")
    add_postal_towns(writer, cities, STATES)
    writer.finish("test")
    return Gazetteer(tmp_path / "g.sqlite")


def test_a_post_office_town_of_a_listed_state_is_added_once(tmp_path: Path) -> None:
    found = _written(tmp_path, []).by_key({"lingle", "felton"})
    assert [(c.admin1, c.population, c.feature_code) for c in found["lingle"]] == [
        ("Wyoming", 0, "PPL")
    ]
    assert [c.admin1 for c in found["felton"]] == ["Minnesota"]


def test_a_town_the_cities_have_nearby_is_not_added_again(tmp_path: Path) -> None:
    lingle = {
        "countrycode": "US",
        "name": "Lingle",
        "alternatenames": [],
        "admin1code": "WY",
        "latitude": 42.14,
        "longitude": -104.35,
    }
    assert key("Lingle") not in _written(tmp_path, [lingle]).by_key({"lingle"})


def test_a_story_of_the_county_reads_its_small_town() -> None:
    assert any(c.admin1 == "Minnesota" for c in open_gazetteer(None).by_key({"felton"})["felton"])
    text = (
        "FELTON, Minn. - A toddler was wounded Friday morning when a gun went off inside a "
        "home in Felton, the Clay County Sheriff's Office said. The girl was flown to a "
        "hospital in Fargo."
    )
    result = Pipeline().extract(Article(text=text, title="Toddler shot at Felton home"))
    felton = [p for p in result.places if p.text.lower() == "felton"]
    assert felton and all(p.admin1 == "Minnesota" for p in felton)
