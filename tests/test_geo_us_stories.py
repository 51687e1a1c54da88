"""Places in US local news: a station's call sign names the story's country, and a
reading abroad gives way in a US station's story whose other names are all American.
Articles written for these tests."""

from __future__ import annotations

import pytest

from dateline.geo.outlet import outlet
from dateline.geo.stage import open_gazetteer
from dateline.models import Article, Result
from dateline.pipeline import Pipeline


@pytest.fixture(scope="module")
def pipeline() -> Pipeline:
    return Pipeline()


def _places(result: Result) -> dict[str, tuple]:
    return {p.text: (p.name, p.admin1, p.country_code) for p in result.places}


@pytest.mark.parametrize(
    "url", ["https://www.kvue.com/story/news/1/", "http://wbbjtv.com/2017/03/08/x/", "kens5.com"]
)
def test_a_call_sign_host_is_a_us_station(url: str) -> None:
    assert outlet(url, None, open_gazetteer(None)).station == "US"


@pytest.mark.parametrize("url", ["https://www.wikipedia.org/x", "https://www.kwch.co.uk/x"])
def test_other_hosts_name_no_country_by_their_letters(url: str) -> None:
    assert outlet(url, None, open_gazetteer(None)).station != "US"


def test_a_stations_towns_are_read_in_its_country(pipeline: Pipeline) -> None:
    text = (
        "Police said a 4-year-old girl in Suffolk was hurt when a handgun went off Tuesday "
        "night. She was taken to a hospital in Norfolk."
    )
    article = Article(text=text, url="https://www.kqzt.com/news/girl-hurt/123/")
    places = _places(pipeline.extract(article))
    assert places["Suffolk"][2] == places["Norfolk"][2] == "US"


def test_a_town_read_abroad_gives_way_in_an_american_story(pipeline: Pipeline) -> None:
    text = (
        "Deputies in Beaufort County, North Carolina, said a 6-year-old girl was shot at a "
        "home in Pinetown on Tuesday."
    )
    article = Article(text=text, url="https://www.kqzt.com/news/girl-shot/", published="2017-01-04")
    assert _places(pipeline.extract(article))["Pinetown"][2] == "US"


def test_a_town_abroad_stays_where_its_country_is_named(pipeline: Pipeline) -> None:
    text = (
        "A soldier from Fort Hood, Texas, was killed by a roadside bomb near Kandahar, "
        "Afghanistan, the Army said."
    )
    places = _places(pipeline.extract(Article(text=text, published="2010-05-02")))
    assert places["Kandahar"][2] == "AF"
