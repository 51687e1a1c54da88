"""Numbers near a harm that count no people of the lead, on short reports written for these
tests: a number of shootings, an age range, a clock time."""

from __future__ import annotations

from counts_support import lead_counts

from dateline.pipeline import Pipeline


def test_a_number_of_shootings_counts_no_people(pipeline: Pipeline) -> None:
    text = (
        "Three people were wounded in a shooting on Elm Street in Dunmore. The shooting marks "
        "the worst in the city as the number of violent shootings in the area rises to at "
        "least 50."
    )
    assert lead_counts(pipeline, text) == {"wounded": 3}


def test_an_age_range_counts_no_people(pipeline: Pipeline) -> None:
    text = (
        "A fight broke out in a parking lot on Elm Street in Dunmore early Sunday and four "
        "men, ages 20-27, were shot, police said."
    )
    assert lead_counts(pipeline, text).get("shot") != 20


def test_a_clock_time_counts_no_people(pipeline: Pipeline) -> None:
    text = (
        "A teenager was injured Saturday night around six o'clock in an accidental shooting "
        "in Dunmore."
    )
    assert lead_counts(pipeline, text).get("wounded") == 1
