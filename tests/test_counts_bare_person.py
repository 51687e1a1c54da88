"""A headline names one person with no article ("Bystander shot ..."): that person is
one harmed, for the nouns of ``one_person`` in plover.yaml; short reports written for
these tests."""

from __future__ import annotations

import pytest
from counts_support import lead_counts

from dateline.pipeline import Pipeline

BODY = (
    "Police are investigating the shooting and have not named a suspect. Anyone with "
    "information is asked to call the department."
)


@pytest.mark.parametrize(
    ("title", "counts"),
    [
        ("Bystander shot outside Millbrook bar after argument", {"shot": 1, "wounded": 1}),
        ("Passenger wounded in Route 9 road rage shooting", {"wounded": 1}),
        ("Store customer killed in Dunmore robbery", {"killed": 1}),
        ("Intruder shot dead by Kessler homeowner", {"killed": 1}),
    ],
)
def test_a_bare_person_in_a_headline_is_one(
    pipeline: Pipeline, title: str, counts: dict[str, float]
) -> None:
    assert lead_counts(pipeline, BODY, title) == counts
