"""A day told after a part of its month ("early October 3") is that day, not the month."""

from __future__ import annotations

import pytest

from dateline.models import Article


@pytest.mark.parametrize(
    ("text", "told", "value"),
    [
        (
            "Four people were shot at a Harlan bar on early Oct. 3, police said.",
            "Oct. 3",
            "2017-10-03",
        ),
        (
            "A Harlan man wounded in a shooting on Elm Street in late Sept. 30 was released "
            "from the hospital.",
            "Sept. 30",
            "2017-09-30",
        ),
    ],
)
def test_a_part_of_a_month_before_a_day_leaves_the_day(
    pipeline, text: str, told: str, value: str
) -> None:
    result = pipeline.extract(Article(text=text, published="2017-10-07"))
    assert [(t.text, t.value, t.precision) for t in result.times] == [(told, value, "day")]
    shot = next(e for e in result.events if e.type == "ASSAULT")
    assert (shot.date, shot.date_precision) == (value, "day")
