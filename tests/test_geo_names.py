"""Name keys: transliteration variants news uses must meet GeoNames' spellings."""

import pytest

from dateline.geo.gazetteer import usable_name
from dateline.geo.names import key, skeleton


@pytest.mark.parametrize(
    ("news", "geonames"),
    [
        ("Deir az-Zour", "Deir ez-Zor"),
        ("Hawija", "Al Ḩawījah"),
        ("Tal Afar", "Tall ‘Afar"),
        ("Rawa", "Rāwah"),
    ],
)
def test_skeletons_meet_across_transliterations(news, geonames):
    assert skeleton(news) == skeleton(geonames) != ""


def test_keys_fold_case_accents_and_apostrophes():
    assert key("Al-Qaim") == key("Al Qā’im") == "al qaim"
    assert key("  Ta'mim ") == "tamim"


def test_skeleton_keeps_distinct_places_apart():
    assert skeleton("Mosul") != skeleton("Basra")
    assert skeleton("Kirkuk") != skeleton("Karbala")


def test_unusable_alternate_names_are_dropped():
    assert not usable_name("BGW")
    assert not usable_name("بغداد")
    assert not usable_name("bghdad")
    assert usable_name("Bagdad")
