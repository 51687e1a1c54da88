"""The outlet's place: its domain's country and the home town its name spells."""

from __future__ import annotations

import pytest

from dateline.config import Settings
from dateline.geo.outlet import outlet
from dateline.geo.stage import PlaceStage, open_gazetteer
from dateline.models import Article, Result
from dateline.nlp import load


@pytest.fixture(scope="module")
def gazetteer():
    return open_gazetteer(None)


@pytest.mark.parametrize(
    ("url", "country"),
    [
        ("https://www.londonfreepress.ca/news/1", "CA"),
        ("https://news.example.co.uk/story", "GB"),
        ("https://example.com.au/a", "AU"),
        ("https://startup.io/post", None),
        ("https://www.example.com/a", None),
        ("http://[broken/news", None),
        ("", None),
    ],
)
def test_country_of_the_domain(gazetteer, url, country):
    assert outlet(url, None, gazetteer).country == country


@pytest.mark.parametrize(
    ("url", "source", "towns"),
    [
        ("https://www.columbusherald.com/local/1", None, ("Columbus",)),
        ("https://thisisshrewsbury.co.uk/news", None, ("Shrewsbury",)),
        (None, "The Columbus Courier", ("Columbus",)),
        ("https://www.dailytribune.com/x", None, ()),
        ("https://www.heraldnews.com/x", None, ()),
        ("https://www.example.com/x", None, ()),
        ("https://www.jordantimes.com/x", None, ()),
        ("https://www.example.com/springfield_news/story/1.html", None, ("Springfield",)),
        ("https://www.example.com/news/story/2009/03/crash-closes-road.html", None, ()),
    ],
)
def test_home_town_spelled_by_the_outlet(gazetteer, url, source, towns):
    assert outlet(url, source, gazetteer).towns == towns


def _resolve(text: str, **article) -> dict[str, tuple]:
    places = PlaceStage(Settings())(Result(Article(text, **article)), load()(text))
    return {p.text: (p.country_code, p.admin1) for p in places}


LONDON = (
    "Police in London said on Tuesday that a 24-year-old man was charged after a "
    "break-in at a pharmacy on the city's east side."
)
DUBLIN = (
    "The Dublin city council approved plans for a new park on Tuesday, and residents "
    "will be asked for their views in May."
)


def test_the_outlet_country_decides_a_shared_name():
    assert _resolve(LONDON)["London"] == ("GB", "England")
    assert _resolve(LONDON, url="https://www.londonfreepress.ca/news/1")["London"][0] == "CA"


def test_the_home_town_of_a_local_paper_is_context():
    assert _resolve(DUBLIN)["Dublin"][0] == "IE"
    home = _resolve(DUBLIN, url="https://www.columbusherald.com/local/park")
    assert home["Dublin"] == ("US", "Ohio")
    assert _resolve(DUBLIN, source="The Columbus Courier")["Dublin"] == ("US", "Ohio")


def test_the_home_towns_name_means_the_town():
    text = "Washington state officials said on Monday that the budget would be cut again."
    assert _resolve(text)["Washington"] == ("US", "Washington")
    home = _resolve(text.replace(" state", ""), source="The Washington Herald")["Washington"]
    assert home == ("US", "District of Columbia")


def test_the_home_towns_of_one_outlet_lie_together():
    text = (
        "Dublin City Council members questioned the appointments to the city's boards at "
        "their Monday meeting. The council also welcomed a delegation from Tralee, "
        "Dublin's sister city, ahead of the St. Patrick's Day parade."
    )
    assert _resolve(text)["Dublin"][0] == "IE"
    url = "https://www.columbuslocalnews.com/articles/2009/03/18/dublin_news/council.html"
    assert _resolve(text, url=url)["Dublin"] == ("US", "Ohio")  # beside Columbus, Ohio
