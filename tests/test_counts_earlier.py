"""Counts of a happening the story's own one is told to come after or follow, on short
reports written for these tests: "The shooting comes a week after a fatal shooting" tells
of another, earlier happening, whose dead are not the story's."""

from __future__ import annotations

import pytest
from counts_support import lead_counts

from dateline.pipeline import Pipeline


@pytest.mark.parametrize(
    ("text", "counts"),
    [
        (
            "DUNMORE - Four people were wounded in a shooting at a bar on Elm Street early "
            "Sunday, police said. The shooting comes a week after a fatal shooting at a party "
            "on the same street.",
            {"wounded": 4},
        ),
        (
            "DUNMORE - A boy was shot and wounded outside a store on Elm Street on Sunday "
            "night. The shooting comes after the shooting deaths of two children in the city "
            "this month.",
            {"wounded": 1},
        ),
        (
            "DUNMORE - A 10-year-old boy was shot outside a store on Elm Street on Sunday "
            "night. These shootings come after the shooting deaths of two children recently.",
            {"shot": 1, "wounded": 1},
        ),
        (
            "DUNMORE - A woman was wounded in a shooting at a bar on Elm Street early Sunday. "
            "The shooting comes two weeks after a man was killed at a party on the same block.",
            {"wounded": 1},
        ),
    ],
)
def test_the_dead_of_a_happening_told_before_are_not_counted(
    pipeline: Pipeline, text: str, counts: dict[str, float]
) -> None:
    assert lead_counts(pipeline, text) == counts
