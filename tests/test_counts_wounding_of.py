"""People a noun of hurt names after its "of" are wounded, as "the shooting death of a
teen" is one killed, on short reports written for these tests: "the wounding of a
teenager", "the shooting injury of his nephew"."""

from __future__ import annotations

import pytest
from counts_support import lead_counts

from dateline.pipeline import Pipeline


@pytest.mark.parametrize(
    ("text", "wounded"),
    [
        (
            "DUNMORE - Police are investigating the Monday morning wounding of a teenager on "
            "Elm Street.",
            1,
        ),
        (
            "DUNMORE - A city man appeared in court on Tuesday to answer charges in the "
            "shooting injury of his 7-year-old nephew.",
            1,
        ),
        (
            "DUNMORE - Two men are charged in the death of a boy and the wounding of his "
            "grandmother and her neighbor on Elm Street.",
            2,
        ),
    ],
)
def test_people_a_noun_of_hurt_names_are_wounded(
    pipeline: Pipeline, text: str, wounded: float
) -> None:
    assert lead_counts(pipeline, text).get("wounded") == wounded
