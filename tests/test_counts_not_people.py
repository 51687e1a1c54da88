"""Numbers near a harm that count no people of the lead, on short reports written for these
tests: a number of shootings, an age range, a clock time, a thing a bullet struck."""

from __future__ import annotations

from counts_support import lead_counts

from dateline.pipeline import Pipeline


def test_a_number_of_shootings_counts_no_people(pipeline: Pipeline) -> None:
    text = (
        "Two people were wounded in a shooting on Oak Street in Dunmore. It was the latest in "
        "a violent spring, and the number of shootings in the county climbed to at least 40."
    )
    assert lead_counts(pipeline, text) == {"wounded": 2}


def test_an_age_range_counts_no_people(pipeline: Pipeline) -> None:
    text = (
        "An argument broke out and two unknown men, ages 19-23 were shot outside a store in "
        "Dunmore."
    )
    assert lead_counts(pipeline, text).get("shot") != 19


def test_a_clock_time_counts_no_people(pipeline: Pipeline) -> None:
    text = (
        "Dunmore police said a woman was hurt Sunday evening around seven o'clock in an "
        "accidental shooting at her home."
    )
    assert lead_counts(pipeline, text).get("wounded") == 1


def test_a_thing_a_bullet_struck_is_no_person(pipeline: Pipeline) -> None:
    text = (
        "A gunman fired several shots on Oak Street in Dunmore on Friday night, striking a "
        "delivery driver and his car, police said."
    )
    assert lead_counts(pipeline, text).get("shot") == 1
