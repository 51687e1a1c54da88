"""US post-office towns too small for GeoNames' 500-people list join the embedded
gazetteer as populated localities, read where the text marks their name as a place, and a
story that names their county and state reads them there. Reports written for these
tests."""

from __future__ import annotations

from pathlib import Path

from dateline.geo.gazetteer import Candidate, Gazetteer, GazetteerWriter
from dateline.geo.localities import read_localities
from dateline.geo.names import key
from dateline.geo.postal import add_postal_towns
from dateline.geo.recognise import Mention
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
        ("Wyoming", 0, "PPLL")
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


def _town(name: str, code: str) -> Candidate:
    return Candidate(1, None, name, "US", "Ohio", "OH", 40.0, -82.0, "P", code, 0)


def _read(text: str, name: str, dateline: int | None = None) -> list[str]:
    start = text.index(name)
    mention = Mention(start, start + len(name), name, "GPE", keys=[key(name)])
    options = [[(_town(name, "PPLL"), "main"), (_town(name, "PPL"), "main")]]
    return [c.feature_code for c, _ in read_localities([mention], options, text, dateline)[0]]


def test_a_locality_is_read_where_the_text_marks_its_name_as_a_place() -> None:
    assert _read("A man was shot in Howard late Friday.", "Howard") == ["PPLL", "PPL"]
    assert _read("Jo Roe, 14, of Howard, died Friday.", "Howard") == ["PPLL", "PPL"]
    assert _read("A Howard man was charged Friday.", "Howard") == ["PPLL", "PPL"]
    assert _read("HOWARD, Ohio - A man was shot.", "HOWARD", dateline=0) == ["PPLL", "PPL"]


def test_a_locality_is_not_read_from_a_person_a_street_or_a_building() -> None:
    assert _read("The murder of 3-year-old Major Howard shook the city.", "Howard") == ["PPL"]
    assert _read("Two men were found near 3rd and Howard.", "Howard") == ["PPL"]
    assert _read("He was taken to Howard Hospital, police said.", "Howard") == ["PPL"]
    assert _read("The shots were fired in Howard's Grove on Sunday.", "Howard") == ["PPL"]
    assert _read("Officers went to the Howard elementary school.", "Howard") == ["PPL"]


def test_a_town_named_like_a_county_of_its_state_is_not_added(tmp_path: Path) -> None:
    writer = GazetteerWriter(tmp_path / "g.sqlite")
    add_postal_towns(writer, [], STATES, {("MN", "Felton County")})
    writer.finish("test")
    found = Gazetteer(tmp_path / "g.sqlite").by_key({"felton", "lingle"})
    assert "felton" not in found and "lingle" in found
