"""The outlet's home town and state: the table of outlets, a page title's site name, and
the states an article writes after its towns."""

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


def _resolve(text: str, **article) -> dict[str, tuple]:
    places = PlaceStage(Settings())(Result(Article(text, **article)), load()(text))
    return {p.text: (p.country_code, p.admin1, p.feature_code) for p in places}


@pytest.mark.parametrize(
    ("url", "towns", "area"),
    [
        ("https://www.star-telegram.com/news/local/article1.html", ("Fort Worth",), ("US", "TX")),
        ("http://chronicle.augusta.com/news/2009-03-02/x", ("Augusta",), ("US", "GA")),
        ("https://www.example.com/news/1", (), None),
        ("https://www.dnainfo.com/new-york/20161001/x", ("New York City",), ("US", "NY")),
        ("https://www.dnainfo.com/about", (), None),
        ("http://www.readingeagle.com/news/article/x", ("Reading",), ("US", "PA")),
        ("http://thepolicenews.net/default.aspx?id=1", (), None),
    ],
)
def test_the_table_gives_an_outlets_home(gazetteer, url, towns, area):
    found = outlet(url, None, gazetteer)
    assert (found.towns, found.area) == (towns, area)


@pytest.mark.parametrize(
    ("title", "towns", "area"),
    [
        ("Teen hurt by pellet gun - WFSB 3 Connecticut", (), ("US", "CT")),
        ("Two arrested in shooting | MSNewsNow.com | Jackson, MS", ("Jackson",), ("US", "MS")),
        (
            "Store robbed at gunpoint - KXLT | Fox 47 Rochester MN News",
            ("Rochester",),
            ("US", "MN"),
        ),
        ("Shots fired downtown | Chattanooga News, Weather & Sports", ("Chattanooga",), None),
        ("News and weather for Southern New England - x", (), None),
        ("Pittsburgh man to stand trial for Allentown homicide", (), None),
    ],
)
def test_a_page_titles_site_name_gives_town_and_state(gazetteer, title, towns, area):
    found = outlet(None, None, gazetteer, title)
    assert (found.towns, found.area) == (towns, area)


AUGUSTA = (
    "Commissioners in Augusta voted on Tuesday to raise water rates by 8 percent, and the "
    "mayor said bond buyers in New York had been told the city would keep its rating."
)


def test_the_outlets_home_town_decides_its_name():
    assert _resolve(AUGUSTA)["Augusta"][:2] != ("US", "Georgia")
    url = "http://chronicle.augusta.com/news/metro/2009-03-02/rates"
    assert _resolve(AUGUSTA, url=url)["Augusta"][:2] == ("US", "Georgia")


JACKSONVILLE = (
    "Jacksonville police arrested a father on Sunday after his 3-year-old son found a "
    "loaded pistol in a tackle box and shot himself in the hand."
)


def test_the_state_in_a_page_title_decides_a_town():
    assert _resolve(JACKSONVILLE)["Jacksonville"][:2] == ("US", "Florida")
    title = "Father jailed after boy shoots himself - WNCT | Greenville, NC | News"
    assert _resolve(JACKSONVILLE, title=title)["Jacksonville"][:2] == ("US", "North Carolina")


def test_a_state_written_after_a_town_places_it():
    found = _resolve(
        "TROY, W.Va. -- A man was shot outside a bar on Saturday night, and Troy police "
        "said on Sunday that they had charged his neighbour."
    )
    assert found["TROY"][:2] == ("US", "West Virginia")
    assert found["Troy"][:2] == ("US", "West Virginia")
    postal = _resolve("A man was shot in Roxbury, CT, on Friday night, state police said.")
    assert postal["Roxbury"][:2] == ("US", "Connecticut")


ROXBURY = (
    "A 19-year-old man was shot and killed in Roxbury late on Friday, Boston police said, "
    "the third shooting in the neighbourhood this month."
)


def test_a_small_town_of_another_state_gives_way_in_a_local_story():
    # with no outlet, the one state the story's other names are in (Boston's) decides
    assert _resolve(ROXBURY)["Roxbury"][:2] == ("US", "Massachusetts")
    local = _resolve(ROXBURY, url="https://www.whdh.com/news/shooting-roxbury")
    assert local["Roxbury"][:2] == ("US", "Massachusetts")


@pytest.mark.parametrize(
    ("town", "title", "state"),
    [
        ("Manchester", "Man shot at gas station - WFSB 3 Connecticut", "Connecticut"),
        ("Portland", "Man shot at gas station - WCSH 6 - Maine", "Maine"),
    ],
)
def test_readings_in_the_outlets_state_are_preferred(town, title, state):
    text = f"{town} police said a man was shot outside a gas station early on Saturday."
    assert _resolve(text)[town][1] != state
    assert _resolve(text, title=title)[town][1] == state


HOMEWOOD = (
    "Two men were shot and killed in Homewood early on Sunday, and a third man was "
    "taken to a hospital in Wilkinsburg, police said."
)


def test_a_town_of_another_state_needs_the_state_of_another_name_in_a_local_story():
    # Wilkinsburg alone now reads Pittsburgh's neighbourhood (``neighbourhoods.tsv``)
    assert _resolve(HOMEWOOD)["Homewood"] == ("US", "Pennsylvania", "PPLX")
    assert _resolve(HOMEWOOD.replace("Wilkinsburg", "town"))["Homewood"][1] == "Alabama"
    local = _resolve(HOMEWOOD, url="https://pittsburgh.cbslocal.com/2013/10/20/homewood/")
    assert local["Homewood"][:2] == ("US", "Pennsylvania")


def test_a_datelines_town_gives_the_storys_state():
    filed = _resolve(f"PITTSBURGH (AP) - {HOMEWOOD}")
    assert filed["Homewood"][:2] == ("US", "Pennsylvania")


def test_a_part_of_a_town_named_by_where_it_lies_is_that_town():
    found = _resolve(
        "A 16-year-old boy was wounded in the East Side neighborhood on the Far South "
        "Side, Chicago police said on Friday."
    )
    assert found["Far South Side"][:2] == ("US", "Illinois")
    assert found["East Side"][:2] == ("US", "Illinois")


@pytest.mark.parametrize(
    ("text", "state"),
    [
        (
            "Seven people were shot early Sunday in the Old Town neighborhood on the North "
            "Side, Chicago police said.",
            "Illinois",
        ),
        (
            "Police in Wichita said seven people were shot in Old Town after the bars closed "
            "on Sunday.",
            "Kansas",
        ),
    ],
)
def test_a_towns_old_town_is_that_town(text: str, state: str):
    assert _resolve(text)["Old Town"][:2] == ("US", state)


DOVER = (
    "Dover police said one man was killed and three were arrested after a car chase on "
    "Friday afternoon."
)


def test_a_town_abroad_needs_another_name_in_its_country_in_a_local_story():
    assert _resolve(DOVER)["Dover"][0] == "GB"
    assert _resolve(DOVER, url="https://www.wsmv.com/story/1/suspect-dead")["Dover"][0] == "US"


@pytest.mark.parametrize(
    ("text", "url", "name", "state"),
    [
        (
            "One man died and three were hurt when someone opened fire outside a bar in "
            "Charleston early Sunday, police said.",
            "http://www.wvgazettemail.com/news/20160514/bar-shooting/",
            "Charleston",
            "West Virginia",
        ),
        (
            "A teen accused of shooting a man during the fireworks in Pittsburgh will stand "
            "trial, a judge ruled Friday. He lives in Garfield.",
            "http://triblive.com/news/allegheny/1234-74/teen-trial",
            "Pittsburgh",
            "Pennsylvania",
        ),
    ],
)
def test_a_papers_home_state_reads_its_city(text, url, name, state):
    places = _resolve(text, url=url)
    assert places[name][1] == state


@pytest.mark.parametrize(
    ("text", "url", "name", "state"),
    [
        (
            "Danville police said a man was shot twice outside a convenience store on "
            "Riverside Drive late on Saturday.",
            "https://wsls.com/2017/04/09/store-shooting/",
            "Danville",
            "Virginia",
        ),
        (
            "A woman was wounded by a stray bullet while she sat on her porch in Pasadena, "
            "police said on Sunday.",
            "https://www.nbclosangeles.com/news/local/porch-shooting/",
            "Pasadena",
            "California",
        ),
        (
            "A 17-year-old boy was shot in the Austin neighborhood on the West Side late "
            "Friday, Chicago police said.",
            None,
            "Austin",
            "Illinois",
        ),
        (
            "Police said a man was shot on a street corner in Portland just after midnight "
            "and taken to University Hospital.",
            "http://www.wave3.com/story/1/man-shot-in-portland/",
            "Portland",
            "Kentucky",
        ),
        (
            "Two men were shot outside a holiday party in Chatham early Sunday, police said.",
            "https://www.dnainfo.com/chicago/20161225/chatham/party-shooting",
            "Chatham",
            "Illinois",
        ),
        (
            "Columbus police said a man was shot outside an apartment complex on Friday night.",
            "https://www.wcbi.com/man-shot-outside-apartments/",
            "Columbus",
            "Mississippi",
        ),
        (
            "Police in Trenton said four people were wounded when gunfire broke out outside "
            "a public housing complex early Friday.",
            "https://www.fox29.com/news/local-news/trenton-shooting",
            "Trenton",
            "New Jersey",
        ),
        (
            "A Gary man was shot and killed while he sat in his car on Sunday, police said.",
            "https://www.chicagotribune.com/news/local/breaking/gary-shooting",
            "Gary",
            "Indiana",
        ),
    ],
)
def test_outlets_neighbourhoods_and_towns_near_the_outlet_read_their_states(text, url, name, state):
    """A big city's neighbourhood, an outlet's home town and a town just across the state
    line from the outlet (kept when its name has no reading in the story's states)."""
    assert _resolve(text, url=url)[name][1] == state


RICHLAND = (
    "Richland County deputies said a 30-year-old man was cleaning a rifle in his kitchen "
    "when it went off on Wednesday evening. His wife called 911 and told the dispatcher "
    "that he was bleeding badly, and he was taken to a hospital in critical condition. "
    "The shooting happened in the 400 block of Hampton Square, deputies said."
)


def test_a_street_lies_in_the_area_the_story_names_not_in_a_far_outlets_home():
    url = "https://www.live5news.com/story/1234/man-hurt-cleaning-rifle/"
    found = _resolve(RICHLAND, url=url)
    assert found["Hampton Square"][:2] == found["Richland County"][:2] == ("US", "South Carolina")
    places = PlaceStage(Settings())(Result(Article(RICHLAND, url=url)), load()(RICHLAND))
    square = next(p for p in places if p.text == "Hampton Square")
    assert square.name == "Richland County"


HEIGHTS = (
    "A 2-year-old boy was shot in the leg at his family's home in Highland Heights on "
    "Sunday night, and his father told officers the gun had been left on a dresser. The "
    "boy was taken to a children's hospital, where he was listed in serious condition on "
    "Monday morning. Officers were called to a house on Bon Jan Lane, police said."
)


def test_a_street_keeps_the_outlets_home_where_a_town_the_story_names_may_be_near_it():
    """Highland Heights has readings in Ohio, near Cleveland, and in Kentucky, beside
    Cincinnati: whichever the ranking chose, the story may be the Cincinnati outlet's own."""
    url = "https://www.fox19.com/story/1234/toddler-shot/"
    places = PlaceStage(Settings())(Result(Article(HEIGHTS, url=url)), load()(HEIGHTS))
    lane = next(p for p in places if p.text == "Bon Jan Lane")
    assert (lane.name, lane.admin1) == ("Cincinnati", "Ohio")


def test_a_state_named_after_a_town_it_lacks_gives_the_county_named_beside_it():
    found = _resolve(
        "A man was shot and wounded outside his home in Berlin, Vermont, on Sunday night, "
        "Washington County deputies said."
    )
    assert found["Berlin"] == ("US", "Vermont", "ADM2")
    assert found["Washington County"] == ("US", "Vermont", "ADM2")
    dateline = _resolve(
        "BERLIN, Vt. - A man was shot and wounded outside his home on Sunday night, "
        "Washington County deputies said."
    )
    assert dateline["BERLIN"] == ("US", "Vermont", "ADM2")


def test_a_town_read_as_its_stated_state_lends_no_street_its_point():
    text = (
        "WINOOSKI, Texas (KXAS) - Police have named two men wounded in a shooting at a "
        "Winooski home on Friday night. Officers arrived within minutes and found both men "
        "in the yard. Neighbors said they heard several shots and saw a dark car drive away "
        "quickly toward the highway before anyone could read its plate.\n\n"
        "Winooski police said the shooting happened on Brushy Pecan Lane."
    )
    url = "https://www.star-telegram.com/news/local/article1.html"
    places = PlaceStage(Settings())(Result(Article(text, url=url)), load()(text))
    found = {p.text: (p.name, p.feature_code) for p in places}
    assert found["WINOOSKI"] == ("Texas", "ADM1")
    assert found["Brushy Pecan Lane"] == ("Fort Worth", "PPL")


def test_a_street_named_like_a_town_abroad_lends_no_country_to_the_others():
    """ "Second Street" is also a village in British Columbia: as a street it says nothing
    of the story's country, so a San Francisco paper's Richmond stays in California."""
    text = (
        "A 1-year-old girl was hit by a stray bullet inside her family's apartment in "
        "Richmond on Tuesday night. Officers found shell casings on Second Street near "
        "Bissell Avenue, police said."
    )
    found = _resolve(text, url="https://www.sfgate.com/crime/article/baby-hurt-1234.php")
    assert found["Richmond"][:2] == ("US", "California")


def test_a_county_of_another_state_needs_the_state_of_another_name_in_a_local_story():
    text = (
        "A Marion County toddler who shot himself with a pistol he found under a couch has "
        "died at a hospital in Dallas, the sheriff's office said on Thursday."
    )
    assert _resolve(text)["Marion County"][1] != "Texas"
    local = _resolve(text, url="http://www.kltv.com/story/1234/toddler-dies/")
    assert local["Marion County"][:2] == ("US", "Texas")


JOHNSTON = (
    "Johnston County deputies said a 16-year-old boy was wounded on Saturday night when "
    "someone fired into the car he was riding in. The boy was taken to a hospital with a "
    "wound to his arm and was expected to recover, and his mother said he had been on his "
    "way home from a friend's birthday party when the shots rang out. Nobody else in the "
    "car was hurt, and the driver kept going until he reached a lit parking lot.\n\n"
    "The car had stopped at a gas station on Buffalo Creek Road when a man walked up and "
    "opened fire, according to a statement released on Sunday afternoon."
)


def test_a_street_lies_in_the_county_the_story_names_not_in_a_nearby_outlets_home():
    """Raleigh lies within an hour of Johnston County but not in it: a street of a story
    that names the county and no town is the county's, not the station's town."""
    url = "https://www.wral.com/news/local/story/1234/"
    places = PlaceStage(Settings())(Result(Article(JOHNSTON, url=url)), load()(JOHNSTON))
    road = next(p for p in places if p.text == "Buffalo Creek Road")
    assert (road.name, road.feature_code) == ("Johnston County", "ADM2")


def test_a_name_written_as_a_county_keeps_a_countys_reading_across_a_state_line():
    """A Shreveport station covers East Texas: "Marion County" is the Texas county next
    door, not the Louisiana town of Marion the outlet's state holds."""
    text = (
        "A 3-year-old boy was flown to a Dallas hospital after he found a loaded handgun "
        "under a couch and shot himself in Marion County on Tuesday evening. Deputies said "
        "the boy's grandfather had left the gun there after cleaning it."
    )
    found = _resolve(text, url="https://www.ksla.com/story/1234/boy-shot/")
    assert found["Marion County"] == ("US", "Texas", "ADM2")
