"""People harmed that a sentence counts beside a happening's own clause, on short reports
written for these tests: others a shooting's clause says it harmed too add to the hurt the
sentence names before them, and one number before a list of plurals counts the whole
list."""

from __future__ import annotations

import pytest
from counts_support import lead_counts

from dateline.pipeline import Pipeline


def test_others_add_to_the_hurt_told_before_them(pipeline: Pipeline) -> None:
    text = (
        "A 9-year-old girl remained in critical condition Monday after a shooting that also "
        "injured two other people on Elm Street in Dunmore."
    )
    assert lead_counts(pipeline, text).get("wounded") == 3


def test_others_not_told_as_harmed_too_keep_their_count(pipeline: Pipeline) -> None:
    text = (
        "more Photo John Smith, 24, is arraigned on charges in Dunmore on Wednesday for the "
        "June shooting that killed Tom Brown, 37, of Shelton, and wounded eight others at a "
        "housing project."
    )
    assert lead_counts(pipeline, text) == {"killed": 1, "wounded": 8}


def test_others_alone_keep_their_count(pipeline: Pipeline) -> None:
    text = (
        "Police are looking for a gunman after a shooting on Elm Street in Dunmore that "
        "injured two other people on Monday."
    )
    assert lead_counts(pipeline, text).get("wounded") == 2


@pytest.mark.parametrize(
    ("text", "wounded"),
    [
        (
            "Five men and women were injured in a drive-by shooting outside a bar in Dunmore "
            "early Sunday, police said.",
            5,
        ),
        (
            "Two men and a woman were injured in a drive-by shooting outside a bar in Dunmore "
            "early Sunday, police said.",
            3,
        ),
    ],
)
def test_one_number_before_a_list_of_plurals_counts_the_list(
    pipeline: Pipeline, text: str, wounded: int
) -> None:
    assert lead_counts(pipeline, text).get("wounded") == wounded
