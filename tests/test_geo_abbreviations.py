"""Place names news writes with an abbreviated first word ("St. Clair County", "Mt. Juliet"):
the embedded gazetteer keys towns and counties both ways."""

from __future__ import annotations

from dateline.geo.embedded import _abbreviation_variants
from dateline.geo.stage import open_gazetteer


def test_abbreviation_variants() -> None:
    assert _abbreviation_variants("Saint Clair County") == [
        "Saint Clair County",
        "St. Clair County",
    ]
    assert _abbreviation_variants("Ft. Pierce") == ["Ft. Pierce", "Fort Pierce"]
    assert _abbreviation_variants("Clarke County") == ["Clarke County"]


def test_a_county_is_keyed_by_its_abbreviated_name() -> None:
    found = open_gazetteer(None).by_key({"st clair county", "st tammany parish"})
    counties = [(c.admin1, c.feature_code) for c in found["st clair county"]]
    assert ("Illinois", "ADM2") in counties
    assert [c.name for c in found["st tammany parish"]] == ["Saint Tammany Parish"]


def test_a_town_is_keyed_by_its_abbreviated_name() -> None:
    found = open_gazetteer(None).by_key({"mt juliet"})
    assert [(c.name, c.admin1) for c in found["mt juliet"]] == [("Mount Juliet", "Tennessee")]
