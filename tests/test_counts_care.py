"""People hurt told by their wounds and their care, on short reports written for these
tests: a wound told as not fatal ("non-fatal gunshot wounds") is no death; people who
remain hospitalized, were treated at a hospital, were taken to a medical center or were left
in critical condition are wounded, not where the care ended in a death."""

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


@pytest.mark.parametrize(
    ("text", "counts"),
    [
        (
            "A man was fatally shot on Birch Lane in Dunmore on Saturday. Two other people "
            "were taken to Harlow County Medical Center.",
            {"killed": 1, "wounded": 2},
        ),
        (
            "A teenager was shot dead outside a store in Marlow on Friday. Three other people "
            "were rushed to Mercy Trauma Center.",
            {"killed": 1, "wounded": 3},
        ),
    ],
)
def test_people_taken_to_a_medical_center_are_wounded(
    pipeline: Pipeline, text: str, counts: dict[str, float]
) -> None:
    assert lead_counts(pipeline, text) == counts


def test_people_a_shooting_left_in_critical_condition_are_wounded(pipeline: Pipeline) -> None:
    text = (
        "Gunmen killed a teenager on Birch Lane in Dunmore on Sunday, leaving his cousin in "
        "critical condition."
    )
    assert lead_counts(pipeline, text) == {"killed": 1, "wounded": 1}


@pytest.mark.parametrize(
    "text",
    [
        "A man was shot on Birch Lane in Dunmore on Friday. He was pronounced dead after he "
        "was rushed to Harlow County Medical Center.",
        "A man was shot on Birch Lane in Dunmore on Friday. He was taken to Harlow County "
        "Medical Center, where he was pronounced deceased.",
    ],
)
def test_care_that_ended_in_a_death_is_no_wound(pipeline: Pipeline, text: str) -> None:
    assert lead_counts(pipeline, text) == {"shot": 1, "killed": 1}
