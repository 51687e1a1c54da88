"""Administrative areas in the embedded gazetteer: their names and reference points."""

from __future__ import annotations

import pytest

from dateline.geo.coherence import haversine
from dateline.geo.embedded import _admin_variants, _area_point


@pytest.mark.parametrize(
    ("name", "bare"),
    [
        ("Zhejiang Sheng", "Zhejiang"),
        ("Guangxi Zhuangzu Zizhiqu", "Guangxi"),
        ("Tibet Autonomous Region", "Tibet"),
        ("Changwat Chiang Mai", "Chiang Mai"),
        ("Baghdad Governorate", "Baghdad"),
    ],
)
def test_an_areas_type_words_are_dropped(name, bare):
    assert _admin_variants(name) == [name, bare]


def test_a_lone_town_filed_under_an_area_does_not_move_its_point():
    grid = [(30.0 + i / 2, 118.0 + j / 2) for i in range(5) for j in range(5)]
    centre = _area_point(grid)
    moved = _area_point([*grid, (29.0, 100.3)])  # 1,700 km west of the others
    assert haversine(*centre, *moved) < 1.0
    assert haversine(*centre, 31.0, 119.0) < 1.0


def test_towns_all_far_apart_all_count():
    islands = [(0.0, 0.0), (0.0, 10.0), (10.0, 0.0), (10.0, 10.0)]
    lat, lon = _area_point(islands)
    assert (round(lat), round(lon)) == (5, 5)
