"""The counts a headline states given to a lead that is no shooting (an arrest, an
investigation) and counts nobody harmed, on short reports written for these tests."""

from __future__ import annotations

import pytest
from counts_support import lead_counts

from dateline.pipeline import Pipeline


@pytest.mark.parametrize(
    ("title", "text", "counts"),
    [
        (
            "Four injured in Marlow drive-by shooting, 2 arrested",
            "MARLOW - Police arrested two men on Tuesday in connection with a drive-by "
            "shooting on Elm Street last week. The men face charges of aggravated assault, "
            "police said.",
            {"wounded": 4},
        ),
        (
            "Man, baby found dead inside Hollis home",
            "HOLLIS - Detectives are investigating after officers were called to a home on "
            "Pine Street on Sunday morning. Autopsies are scheduled for Monday, the sheriff "
            "said.",
            {"killed": 2},
        ),
    ],
)
def test_a_lead_that_counts_nobody_takes_its_headline_counts(
    pipeline: Pipeline, title: str, text: str, counts: dict[str, float]
) -> None:
    assert lead_counts(pipeline, text, title) == counts
