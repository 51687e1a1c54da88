"""A person's age is no count, on short reports written for these tests: an age written
short ("a 17 y.o.", "a 2 yr old") or after a comparison ("a boy younger than 12") is not
17, 2 or 12 people harmed."""

from __future__ import annotations

import pytest
from counts_support import lead_counts

from dateline.pipeline import Pipeline


@pytest.mark.parametrize(
    ("text", "age"),
    [
        (
            "MILLVILLE - Police said a 2 yr old was shot in a drive-by shooting on Pine Street "
            "in Millville on Friday night.",
            2,
        ),
        (
            "MILLVILLE - Around 7 p.m. on Friday, a boy younger than 12 was shot in an "
            "apartment complex on Pine Street in Millville, police said.",
            12,
        ),
    ],
)
def test_an_age_is_not_a_count_of_the_shot(pipeline: Pipeline, text: str, age: int) -> None:
    counts = lead_counts(pipeline, text)
    assert age not in (counts.get("shot"), counts.get("wounded"))


def test_an_age_written_short_is_not_a_count_of_the_dead(pipeline: Pipeline) -> None:
    text = "MILLVILLE - Family of 17 y.o killed in Pine Street shooting shared this photo."
    assert lead_counts(pipeline, text).get("killed") != 17
