"""People a later sentence says the lead's harm befell too ("... was also killed"), on short
reports written for these tests: added to a count that names its people one by one, not to
a number (the whole toll), nor for someone told of before or a pronoun."""

from __future__ import annotations

import pytest
from counts_support import lead_counts

from dateline.pipeline import Pipeline


@pytest.mark.parametrize(
    ("text", "key", "count"),
    [
        (
            "DUNMORE - A professor was killed during a shooting on Elm Street on Sunday, police "
            "said. Officers arrived minutes later. A 15-year-old boy was also killed in the "
            "shooting.",
            "killed",
            2,
        ),
        (
            "DUNMORE - A police officer was shot and killed while answering a call on Elm "
            "Street on Saturday. A woman was also killed and two other officers were injured "
            "in the shooting.",
            "killed",
            2,
        ),
        (
            "DUNMORE - A man was wounded in a shooting outside a bar on Elm Street on Sunday, "
            "police said. A woman was also injured in the shooting.",
            "wounded",
            2,
        ),
    ],
)
def test_people_also_harmed_later_are_added(
    pipeline: Pipeline, text: str, key: str, count: int
) -> None:
    assert lead_counts(pipeline, text)[key] == count


@pytest.mark.parametrize(
    ("text", "key", "count"),
    [
        (
            "DUNMORE - Five people were killed in a shooting on Elm Street on Sunday. A "
            "15-year-old boy was also killed in the shooting.",
            "killed",
            5,
        ),
        (
            "DUNMORE - A woman was killed and her son was wounded in a shooting on Elm Street "
            "on Sunday. Police said the gunman fled. Her son was also wounded in the arm last "
            "year.",
            "wounded",
            1,
        ),
        (
            "DUNMORE - A man was shot and killed on Elm Street on Sunday. He was also shot in "
            "the leg.",
            "killed",
            1,
        ),
    ],
)
def test_a_toll_or_someone_told_before_takes_none(
    pipeline: Pipeline, text: str, key: str, count: int
) -> None:
    assert lead_counts(pipeline, text)[key] == count
