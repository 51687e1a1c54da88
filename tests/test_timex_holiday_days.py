"""A day told from a holiday ("the day after Thanksgiving") is that day, not the holiday;
"on Christmas" is the holiday's day."""

from __future__ import annotations

import pytest

from dateline.models import Article
from dateline.timex import normalise

# Published on Friday 2 December 2016; Thanksgiving was Thursday 24 November.
PUBLISHED = "2016-12-02"


@pytest.mark.parametrize(
    ("expression", "value", "precision"),
    [
        ("the day after Thanksgiving", "2016-11-25", "day"),
        ("day-after-Thanksgiving", "2016-11-25", "day"),
        ("two days after Christmas", "2015-12-27", "day"),
        ("the night before the Fourth of July", "2016-07-03", "day"),
        ("the two days after Thanksgiving", None, None),
        ("Thanksgiving", "2016-11-24", "day"),
    ],
)
def test_days_told_from_a_holiday(expression: str, value, precision) -> None:
    found = normalise(expression, PUBLISHED)
    assert (found.value, found.precision) == (value, precision)


@pytest.mark.parametrize(
    ("text", "value", "precision"),
    [
        (
            "A 16-year-old girl was shot and killed in Harlan the day after Thanksgiving, "
            "police said.",
            "2016-11-25",
            "day",
        ),
        (
            "Two men were wounded when gunfire broke out at a Harlan bar two days before "
            "Christmas, police said.",
            "2015-12-23",
            "day",
        ),
    ],
)
def test_a_shooting_told_from_a_holiday(pipeline, text: str, value: str, precision: str) -> None:
    result = pipeline.extract(Article(text=text, published=PUBLISHED))
    shot = next(e for e in result.events if e.type == "ASSAULT")
    assert (shot.date, shot.date_precision) == (value, precision)


def test_on_christmas_dates_a_shooting(pipeline) -> None:
    text = "A 16-year-old boy was shot on Christmas in Harlan, police said."
    result = pipeline.extract(Article(text=text, published="2016-12-28"))
    shot = next(e for e in result.events if e.type == "ASSAULT")
    assert (shot.date, shot.date_precision) == ("2016-12-25", "day")
