"""People a later sentence says were also killed, on short reports written for these tests:
added to a lead's dead named one by one, not to a number (the whole toll), nor for someone
told of before or a pronoun."""

from __future__ import annotations

import pytest
from counts_support import lead_counts

from dateline.pipeline import Pipeline


@pytest.mark.parametrize(
    "text",
    [
        "DUNMORE - A professor was killed during a shooting on Elm Street on Sunday, police "
        "said. Officers arrived minutes later. A 15-year-old boy was also killed in the "
        "shooting.",
        "DUNMORE - A police officer was shot and killed while answering a call on Elm Street "
        "on Saturday. A woman was also killed and two other officers were injured in the "
        "shooting.",
    ],
)
def test_people_also_killed_later_are_added(pipeline: Pipeline, text: str) -> None:
    assert lead_counts(pipeline, text)["killed"] == 2


@pytest.mark.parametrize(
    ("text", "count"),
    [
        (
            "DUNMORE - Five people were killed in a shooting on Elm Street on Sunday. A "
            "15-year-old boy was also killed in the shooting.",
            5,
        ),
        (
            "DUNMORE - A man and his wife were shot and killed in their home on Elm Street on "
            "Sunday. Police said the gunman fled. His wife was also killed in the attack.",
            2,
        ),
        (
            "DUNMORE - A man was shot and killed on Elm Street on Sunday. He was also shot in "
            "the leg.",
            1,
        ),
    ],
)
def test_a_toll_or_someone_told_before_takes_none(
    pipeline: Pipeline, text: str, count: int
) -> None:
    assert lead_counts(pipeline, text)["killed"] == count
