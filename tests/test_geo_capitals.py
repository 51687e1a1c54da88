"""A capital's standing grows with its size: a territory's tiny seat does not beat a
city of the same name, while a real capital still beats its small namesakes; a country's
former name is the country."""

import re

from dateline import geo
from dateline.geo.rank import _capital_standing


def _resolve(text: str, name: str):
    (place,) = geo.resolve(text, [re.search(re.escape(name), text).span()])
    return place


def test_a_tiny_capital_gives_way_to_a_city_of_its_name():
    text = (
        "Police in Hamilton arrested two men after a break-in at a jewellery shop on "
        "Tuesday night, a spokeswoman for the force said."
    )
    hamilton = _resolve(text, "Hamilton")
    assert (hamilton.country_code, hamilton.admin1) == ("CA", "Ontario")


def test_a_large_capital_keeps_its_standing():
    text = "The foreign minister flew to Kingston on Friday for talks on the drug trade."
    kingston = _resolve(text, "Kingston")
    assert (kingston.country_code, kingston.feature_code) == ("JM", "PPLC")


def test_the_standing_fades_between_a_thousand_and_a_hundred_thousand_people():
    assert _capital_standing(2_000_000) == 1.0
    assert _capital_standing(100_000) == 1.0
    assert 0.4 < _capital_standing(10_000) < 0.6
    assert _capital_standing(900) == 0.0


def test_a_countrys_former_name_is_the_country_not_a_province_of_that_name():
    text = "The first outbreak, in 1976, killed 280 people in northern Zaire near Yambuku."
    zaire = _resolve(text, "Zaire")
    assert (zaire.country_code, zaire.feature_code) == ("CD", "PCLI")


def test_a_name_written_with_its_type_word_is_a_place_of_that_type():
    text = (
        "Acapulco lies 300 miles southwest of Mexico City. Guerrero is a main route for "
        "smugglers between South America and the United States."
    )
    mexico_city = _resolve(text, "Mexico City")
    assert (mexico_city.name, mexico_city.feature_code) == ("Mexico City", "PPLC")
