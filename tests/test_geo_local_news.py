"""Places in US local news: the outlet behind a headline, possessives, the town a street
is in, a small town in the story's state and a person's home town. Articles written for
these tests."""

from __future__ import annotations

import pytest

from dateline.models import Article, Result
from dateline.pipeline import Pipeline

SIGN_IN = "Already a subscriber?\n\nLog in to keep reading."


@pytest.fixture(scope="module")
def pipeline() -> Pipeline:
    return Pipeline()


def _assault(result: Result):
    return next(e for e in result.events if e.type == "ASSAULT")


def _places(result: Result) -> dict[str, tuple]:
    return {p.text: (p.name, p.admin1, p.feature_code) for p in result.places}


def test_a_headline_alone_is_read_with_its_outlets_home(pipeline: Pipeline) -> None:
    article = Article(
        text=SIGN_IN,
        title="Man wounded in DeKalb drive-by shooting",
        url="https://www.ajc.com/news/crime/man-wounded/abc123/",
        published="2016-03-02",
    )
    lead = _assault(pipeline.extract(article))
    assert lead.place is not None
    assert lead.place.admin1 == "Georgia"


def test_a_possessive_left_on_a_county_is_the_county(pipeline: Pipeline) -> None:
    text = (
        "Two men were wounded at a party near Bakersfield on Saturday, according to Kern "
        "County\u2019s sheriff."
    )
    places = _places(pipeline.extract(Article(text=text, published="2016-07-17")))
    assert places["Kern County\u2019s"] == ("Kern County", "California", "ADM2")


def test_the_outlets_home_is_not_named_close_to_a_street(pipeline: Pipeline) -> None:
    text = (
        "A boy riding in the back seat of a car died Monday after he was caught in a gun "
        "battle between two other cars in Kansas City, police said. Witnesses said the "
        "cars raced along Prospect Avenue."
    )
    article = Article(
        text=text, url="http://ktla.com/2016/06/20/boy-killed/", published="2016-06-21"
    )
    places = _places(pipeline.extract(article))
    assert places["Prospect Avenue"][0] == "Kansas City"


def test_a_street_the_tagger_cuts_before_its_street_word_is_still_a_street(
    pipeline: Pipeline,
) -> None:
    text = (
        "A 4-year-old boy died Monday after he was hit by gunfire from a passing car in "
        "Kansas City, police said.\n\nThe boy's mother told officers she had been driving "
        "home from a cookout with her three children when another car pulled alongside and "
        "someone inside it opened fire. She said they were in the area of East 8th Street "
        "and The Paseo when the shooting began."
    )
    article = Article(text=text, url="http://ktla.com/2016/06/20/boy-shot/", published="2016-06-21")
    places = {p.text: p for p in pipeline.extract(article).places}
    (street,) = [p for name, p in places.items() if name.startswith("East 8th")]
    assert (street.name, street.admin1) == ("Kansas City", "Missouri")


def test_a_street_far_from_any_town_lies_in_the_town_the_story_names(
    pipeline: Pipeline,
) -> None:
    text = (
        "A Meriden father faces charges after his 10-year-old son was shot in the cheek "
        "with a handgun the father had left loaded in a bedroom, police said.\n\nThe boy "
        "was taken to a hospital and is expected to recover. Officers said the father told "
        "them he had taken the gun out to clean it the night before. Neighbors on "
        "Partridge Drive said they heard a single shot shortly before 7 p.m. and saw "
        "ambulances arrive minutes later. One of them said the family had lived on the "
        "street for years and the boy often played outside with his younger sister and "
        "their dog.\n\nMeriden police said the father was released on a promise to appear "
        "in court next week."
    )
    article = Article(
        text=text,
        title="Meriden dad charged after son, 10, shot in accident",
        url="http://www.nbcconnecticut.com/news/local/meriden-shooting.html",
        published="2015-03-09",
    )
    places = {p.text: p for p in pipeline.extract(article).places}
    assert (places["Partridge Drive"].name, places["Partridge Drive"].admin1) == (
        "Meriden",
        "Connecticut",
    )


def test_the_first_of_two_crossing_streets_is_a_street(pipeline: Pipeline) -> None:
    text = (
        "MEMPHIS, Tenn. - Police said a 19-year-old man was shot and killed Saturday night "
        "near Houston and South Parkway. Officers found him on a sidewalk; he died at the "
        "scene."
    )
    places = _places(pipeline.extract(Article(text=text, published="2016-05-01")))
    assert places["Houston"][:2] == ("Memphis", "Tennessee")
    assert places["South Parkway"][:2] == ("Memphis", "Tennessee")


def test_a_town_before_a_noun_of_one_person_is_no_place_of_the_event(pipeline: Pipeline) -> None:
    text = "A Shawnee teenager was shot to death in Oklahoma City on Monday night, police said."
    lead = _assault(pipeline.extract(Article(text=text, published="2017-03-14")))
    assert lead.place is not None
    assert lead.place.name == "Oklahoma City"


def test_a_small_town_is_read_in_the_state_the_rest_of_the_story_is_in(
    pipeline: Pipeline,
) -> None:
    text = (
        "An argument turned into a shooting at a family party at a Harbor City home on "
        "Saturday, leaving four people wounded, Los Angeles police said."
    )
    places = _places(pipeline.extract(Article(text=text, published="2014-02-23")))
    assert places["Harbor City"][1] == "California"


def test_a_datelines_abbreviated_saint_is_part_of_the_town(pipeline: Pipeline) -> None:
    text = (
        "ST. LOUIS, Mo. (KMOV) \u2013 Two brothers were charged Sunday in a shooting that "
        "left a 3-year-old boy in critical condition."
    )
    places = _places(pipeline.extract(Article(text=text, published="2016-06-20")))
    assert places["ST. LOUIS"][:2] == ("St. Louis", "Missouri")


def test_a_name_across_a_line_break_does_not_hide_the_dateline(pipeline: Pipeline) -> None:
    text = (
        "Follow us: Facebook | Twitter\n\nKAUFMAN COUNTY (KXAS) \u2014 A 5-year-old boy "
        "remained in critical condition Sunday after an accidental shooting at his home."
    )
    lead = _assault(pipeline.extract(Article(text=text, published="2016-02-08")))
    assert lead.place is not None and lead.place.name == "Kaufman County"


def test_a_surname_after_said_is_the_person_even_where_a_city_has_it(
    pipeline: Pipeline,
) -> None:
    text = (
        "A deputy shot and killed a robbery suspect inside a restaurant on Research Forest "
        "Drive in The Woodlands on Tuesday night, the Montgomery County Sheriff's Office "
        "said.\n\nEmployee Bralin Henderson told us the armed man went for the register, "
        'grabbed a manager, then met the deputy.\n\n"I\'m serious, drop your weapon!" '
        'Henderson said.\n\nHe said the suspect refused to comply.\n\n"Everybody was '
        'crying, scared," said Henderson.'
    )
    article = Article(text=text, url="http://www.khou.com/news/crime/x/1", published="2016-11-23")
    assert "Henderson" not in [p.text for p in pipeline.extract(article).places]


def test_a_stations_home_state_places_a_town_many_states_have(pipeline: Pipeline) -> None:
    text = (
        "A father was impaired when his young son found a gun in a tackle box and shot "
        "his own hand, police in Jacksonville said."
    )
    article = Article(text=text, url="http://www.witn.com/home/headlines/x.html")
    places = _places(pipeline.extract(article))
    assert places["Jacksonville"][1] == "North Carolina"


def _placed(pipeline: Pipeline, text: str) -> dict[str, str | None]:
    result = pipeline.extract(Article(text=text, published="2016-05-09"))
    return {e.type: e.place.name if e.place else None for e in result.events}


def test_a_home_told_before_does_not_place_the_charge(pipeline: Pipeline) -> None:
    text = (
        "SPRINGFIELD, Ill. — Police arrested Dale Turner, 35, of Chatham, after a fight on "
        "Saturday. He was charged with assault."
    )
    assert _placed(pipeline, text)["ACCUSE"] == "Springfield"


def test_a_town_someone_was_from_is_not_where_he_was_shot(pipeline: Pipeline) -> None:
    text = (
        "Police said the man who was shot was from Lexington. The shooting happened Sunday "
        "in Danville, Ky."
    )
    assert _placed(pipeline, text)["ASSAULT"] == "Danville"


def test_metro_police_are_no_place(pipeline: Pipeline) -> None:
    text = (
        "NASHVILLE, Tenn. — A man was shot Friday near a store. Metro police said the gunman fled."
    )
    result = pipeline.extract(Article(text=text, published="2016-05-09"))
    assert "Metro" not in _places(result)
    assert _assault(result).place.name == "Nashville"


@pytest.mark.parametrize(
    ("text", "street", "town"),
    [
        (
            "Detectives are investigating a fatal shooting that happened Thursday in the 900 "
            "block of Pennsylvania Avenue in Savannah. A man was found dead in a car.",
            "Pennsylvania Avenue",
            "Savannah",
        ),
        (
            "A man was shot and killed late Sunday in the 3000 block of Miami in south St. "
            "Louis, police said.",
            "Miami",
            "St. Louis",
        ),
        (
            "Abilene police said a 3-year-old girl was killed Saturday in the 500 block of "
            "Washington Street when a shotgun went off.",
            "Washington Street",
            "Abilene",
        ),
    ],
)
def test_a_name_after_a_block_number_is_a_street(
    pipeline: Pipeline, text: str, street: str, town: str
) -> None:
    places = _places(pipeline.extract(Article(text=text, published="2016-05-30")))
    assert places[street][0] == town


def test_a_street_after_a_block_number_lies_in_the_town_before_the_state(
    pipeline: Pipeline,
) -> None:
    text = (
        "SAVANNAH, Ga. (WTOC) - Metro police are investigating a fatal shooting in the 900 "
        "block of Pennsylvania Avenue. A man was found dead in a car around noon."
    )
    places = _places(pipeline.extract(Article(text=text, published="2017-02-16")))
    assert places["Pennsylvania Avenue"][0] == "Savannah"


def test_a_street_named_after_a_town_of_the_region_keeps_the_town(pipeline: Pipeline) -> None:
    text = (
        "Charleston County deputies said a man was shot Sunday night in the 5000 block of "
        "Savannah Highway. He died at a hospital in Charleston."
    )
    places = _places(pipeline.extract(Article(text=text, published="2016-04-03")))
    assert places["Savannah Highway"][:2] == ("Savannah", "Georgia")


def test_a_street_nothing_else_answers_for_keeps_its_names_reading(pipeline: Pipeline) -> None:
    text = (
        "A man was shot and wounded Tuesday night in the 1500 block of Maryland Drive, police said."
    )
    places = _places(pipeline.extract(Article(text=text, published="2016-04-03")))
    assert places["Maryland Drive"][0] is not None


def test_the_outlets_home_is_read_in_its_own_state(pipeline: Pipeline) -> None:
    text = (
        "SAN ANTONIO - A family on the Northeast Side is asking why their daughter was "
        "killed at a sleepover.\n\nNina Cerros was shot in a bedroom at a home on Pecan "
        "Hollow Lane early Sunday. A friend had picked up a pistol, police said.\n\nThe "
        "Cerros family said they want answers."
    )
    article = Article(
        text=text, url="https://www.ksat.com/news/2016/06/25/teen-killed/", published="2016-06-26"
    )
    lead = _assault(pipeline.extract(article))
    assert lead.place is not None
    assert (lead.place.country_code, lead.place.admin1) == ("US", "Texas")


def test_a_name_set_off_before_its_state_is_a_town_though_tagged_a_person(
    pipeline: Pipeline,
) -> None:
    article = Article(
        text=(
            "Eufaula, Ala., police kill gunman after shooting rampage injures three\n\n"
            "Officers shot and killed a man who had wounded three people at two homes on "
            "Sunday night, the police chief said."
        ),
        published="2016-05-30",
    )
    places = _places(pipeline.extract(article))
    assert places["Eufaula"] == ("Eufaula", "Alabama", "PPL")
