"""People hurt told by their wounds and their care, on short reports written for these
tests: a wound told as not fatal ("non-fatal gunshot wounds") is no death; people who
remain hospitalized or were treated at a hospital are wounded."""

from __future__ import annotations

import pytest
from counts_support import lead_counts

from dateline.pipeline import Pipeline


@pytest.mark.parametrize(
    ("text", "wounded"),
    [
        (
            "Three men sustained non-fatal gunshot wounds in a shooting on Elm Street in "
            "Dunmore on Saturday, police said.",
            3,
        ),
        (
            "Two teenagers suffered non-fatal wounds when someone fired shots at a basketball "
            "court in Marlow on Friday night.",
            2,
        ),
    ],
)
def test_a_wound_told_as_not_fatal_is_no_death(
    pipeline: Pipeline, text: str, wounded: float
) -> None:
    assert lead_counts(pipeline, text) == {"wounded": wounded}


@pytest.mark.parametrize(
    ("text", "wounded"),
    [
        (
            "Five people remain hospitalized after a shooting outside a bar in Dunmore on "
            "Sunday, police said.",
            5,
        ),
        (
            "Four people were treated at area hospitals after someone fired into a crowd "
            "outside a club in Dunmore on Saturday.",
            4,
        ),
    ],
)
def test_people_in_hospital_care_are_wounded(pipeline: Pipeline, text: str, wounded: float) -> None:
    assert lead_counts(pipeline, text).get("wounded") == wounded
