"""Readings that a country's standing decides: a capital's grows with its size (a
territory's tiny seat does not beat a city of the same name, a real capital still beats
its small namesakes), a country's former name is the country, and a city named with its
type word is no country."""

import re

import pytest

from dateline import geo
from dateline.geo.rank import _capital_standing


@pytest.mark.parametrize(
    ("text", "name", "expected"),
    [
        (
            "Police in Hamilton arrested two men after a break-in at a jewellery shop on "
            "Tuesday night, a spokeswoman for the force said.",
            "Hamilton",
            ("CA", "PPL", "Ontario"),
        ),
        (
            "The foreign minister flew to Kingston on Friday for talks on the drug trade.",
            "Kingston",
            ("JM", "PPLC", "Kingston"),
        ),
        (
            "The first outbreak, in 1976, killed 280 people in northern Zaire near Yambuku.",
            "Zaire",
            ("CD", "PCLI", None),
        ),
        (
            "Acapulco lies 300 miles southwest of Mexico City. Guerrero is a main route for "
            "smugglers between South America and the United States.",
            "Mexico City",
            ("MX", "PPLC", "Mexico City"),
        ),
    ],
)
def test_the_reading_a_countrys_standing_decides(text, name, expected):
    (place,) = geo.resolve(text, [re.search(re.escape(name), text).span()])
    assert (place.country_code, place.feature_code, place.admin1) == expected


def test_the_standing_fades_between_a_thousand_and_a_hundred_thousand_people():
    assert _capital_standing(2_000_000) == 1.0
    assert _capital_standing(100_000) == 1.0
    assert 0.4 < _capital_standing(10_000) < 0.6
    assert _capital_standing(900) == 0.0
