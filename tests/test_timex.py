"""Temporal normalisation: a table of expressions against one publication date, and the stage."""

from __future__ import annotations

import pytest

from dateline.models import Article
from dateline.timex import normalise

# Published on Saturday 7 October 2017 (ISO week 40).
ANCHOR = "2017-10-07"

TABLE = [
    ("on Saturday", "2017-10-07", "day"),
    ("Saturday", "2017-10-07", "day"),
    ("Friday", "2017-10-06", "day"),
    ("on Monday", "2017-10-02", "day"),
    ("Sunday", "2017-10-01", "day"),
    ("last Saturday", "2017-09-30", "day"),
    ("last Tuesday", "2017-10-03", "day"),
    ("next Monday", "2017-10-09", "day"),
    ("this coming Wednesday", "2017-10-11", "day"),
    ("Thursday night", "2017-10-05", "day"),
    ("Wednesday's", "2017-10-04", "day"),
    ("Christmas Eve", "2016-12-24", "day"),
    ("Labor Day", "2017-09-04", "day"),
    ("the Fourth of July", None, None),
    ("Fourth of July", "2017-07-04", "day"),
    ("Thanksgiving", "2016-11-24", "day"),
    ("Memorial Day", "2017-05-29", "day"),
    ("New Year’s Eve", "2016-12-31", "day"),
    ("today", "2017-10-07", "day"),
    ("tonight", "2017-10-07", "day"),
    ("yesterday", "2017-10-06", "day"),
    ("tomorrow", "2017-10-08", "day"),
    ("the day before yesterday", "2017-10-05", "day"),
    ("last night", "2017-10-06", "day"),
    ("this morning", "2017-10-07", "day"),
    ("07 October, 2017", "2017-10-07", "day"),
    ("October 7, 2017", "2017-10-07", "day"),
    ("Oct. 7, 2017", "2017-10-07", "day"),
    ("7th of October 2017", "2017-10-07", "day"),
    ("2016-02-29", "2016-02-29", "day"),
    ("September 30", "2017-09-30", "day"),
    ("3 October", "2017-10-03", "day"),
    ("December 25", "2016-12-25", "day"),
    ("January 2", "2017-01-02", "day"),
    ("in July", "2017-07", "month"),
    ("July", "2017-07", "month"),
    ("September", "2017-09", "month"),
    ("in December", "2016-12", "month"),
    ("mid-March", "2017-03", "month"),
    ("early August", "2017-08", "month"),
    ("March 2015", "2015-03", "month"),
    ("late June 2016", "2016-06", "month"),
    ("this month", "2017-10", "month"),
    ("last month", "2017-09", "month"),
    ("earlier this month", "2017-10", "month"),
    ("next month", "2017-11", "month"),
    ("two months ago", "2017-08", "month"),
    ("this week", "2017-W40", "week"),
    ("last week", "2017-W39", "week"),
    ("next week", "2017-W41", "week"),
    ("three weeks ago", "2017-W37", "week"),
    ("last weekend", "2017-W39", "week"),
    ("this year", "2017", "year"),
    ("last year", "2016", "year"),
    ("late last year", "2016", "year"),
    ("next year", "2018", "year"),
    ("in 2014", "2014", "year"),
    ("since 2011", "2011", "year"),
    ("mid-2015", "2015", "year"),
    ("a year ago", "2016", "year"),
    ("five days ago", "2017-10-02", "day"),
    ("last summer", "2017", "year"),
    ("this past summer", "2017", "year"),
    ("last fall", "2016", "year"),
    ("last winter", "2017", "year"),
    ("the summer of 2015", "2015", "year"),
    ("spring 2014", "2014", "year"),
    ("the years ahead", None, None),
    ("the 1990s", None, None),
    ("recent decades", None, None),
]


@pytest.mark.parametrize(("expression", "value", "precision"), TABLE)
def test_normalise(expression: str, value: str | None, precision: str | None) -> None:
    got = normalise(expression, ANCHOR)
    assert (got.value, got.precision) == (value, precision)


def test_table_is_large_enough() -> None:
    assert len(TABLE) >= 40


def test_future_clause_moves_bare_weekday_forward() -> None:
    assert normalise("Saturday", "2017-10-04", future=True).value == "2017-10-07"
    assert normalise("Saturday", "2017-10-04").value == "2017-09-30"


def test_future_clause_moves_month_and_day_forward() -> None:
    assert normalise("in December", ANCHOR, future=True).value == "2017-12"
    assert normalise("January 2", ANCHOR, future=True).value == "2018-01-02"
    assert normalise("in July", ANCHOR, future=True).value == "2018-07"


def test_relative_expressions_need_a_publication_date() -> None:
    assert normalise("yesterday", None).value is None
    assert normalise("in 2014", None).value == "2014"


def test_stage_on_an_article(pipeline) -> None:
    text = (
        "Rebels attacked the town on Saturday, officials said. The group had lost its last "
        "stronghold in July and had held the area since 2014. Tension was fanned by a "
        "September referendum. The challenge for the years ahead is rebuilding, the mayor said. "
        "Some 2014 families have fled, and May said the talks would continue."
    )
    result = pipeline.extract(Article(text=text, published="2017-10-07"))
    found = {t.text: (t.value, t.precision) for t in result.times}
    assert found["Saturday"] == ("2017-10-07", "day")
    assert found["July"] == ("2017-07", "month")
    assert found["2014"] == ("2014", "year")
    assert found["September"] == ("2017-09", "month")
    assert found["the years ahead"] == (None, None)
    assert "May" not in found
    assert all(text[t.start : t.end] == t.text for t in result.times)
    assert sum(1 for t in result.times if t.text == "2014") == 1


STRUCK = "A driver will appear in court on Friday for striking a cyclist on Christmas Eve."


@pytest.mark.parametrize(
    ("sentence", "expression", "value"),
    [
        # "will" sets the tense of its own clause only: a time dating a noun ("Monday's
        # robbery") or a clause of its own keeps the past reading.
        ("Prosecutors say more charges will be filed in Monday's robbery.", "Monday", "2016-05-16"),
        ("The city will heal from Sunday night's fire at the mill.", "Sunday night", "2016-05-15"),
        ("No one will be charged after a dog was hit on Saturday.", "Saturday", "2016-05-14"),
        (STRUCK, "Christmas Eve", "2015-12-24"),
        # A time in the clause that takes "will", or in one joined to it, is the coming one.
        (STRUCK, "Friday", "2016-05-20"),
        ("A vigil will be held Friday at the park.", "Friday", "2016-05-20"),
        ("Neighbors will gather and pray on Sunday.", "Sunday", "2016-05-22"),
        ("The district will try to reopen the school on Monday.", "Monday", "2016-05-23"),
        # A line with no verb climbs to its root and stops there.
        ("Vigil Friday for slain teen", "Friday", "2016-05-13"),
    ],
)  # fmt: skip
def test_will_moves_only_the_times_of_its_own_clause_forward(
    pipeline, sentence: str, expression: str, value: str
) -> None:
    result = pipeline.extract(Article(text=sentence, published="2016-05-18"))
    assert {t.text.removesuffix("'s"): t.value for t in result.times}[expression] == value


def test_a_day_soon_to_come_is_the_coming_one_and_a_month_stays_past() -> None:
    assert normalise("April 9", "2009-03-23").value == "2009-04-09"
    assert normalise("March 20", "2009-03-23").value == "2009-03-20"
    assert normalise("Dec. 28", "2009-01-05").value == "2008-12-28"
    assert normalise("in April", "2009-03-23").value == "2008-04"


def test_a_model_year_is_no_date(pipeline) -> None:
    text = "The suspect drove off in a silver 2007 Mitsubishi Eclipse, police said in 2015."
    result = pipeline.extract(Article(text=text, published="2016-10-24"))
    assert [t.value for t in result.times if t.value] == ["2015"]


def test_a_block_number_is_no_date(pipeline) -> None:
    text = "A man was shot in the 2000 block of Elm Street, and a car was stolen in 2015."
    result = pipeline.extract(Article(text=text, published="2016-10-24"))
    assert [t.value for t in result.times if t.value] == ["2015"]


def test_a_street_number_before_a_compass_point_is_no_date(pipeline) -> None:
    text = "One man died after a shooting at the Lantern Club (1816 N. Water) in Decatur in 2014."
    result = pipeline.extract(Article(text=text, published="2015-05-25"))
    assert [t.value for t in result.times if t.value] == ["2014"]


def test_a_holiday_days_away_is_this_years() -> None:
    assert normalise("Halloween", "2016-10-30").value == "2016-10-31"
    assert normalise("Labor Day", "2015-09-05").value == "2015-09-07"
    assert normalise("Halloween", "2016-10-20").value == "2015-10-31"


def test_last_summer_is_the_latest_one_over() -> None:
    assert normalise("last summer", "2016-03-11").value == "2015"
    assert normalise("last summer", "2016-08-20").value == "2015"
    assert normalise("last summer", "2016-09-02").value == "2016"
    assert normalise("last winter", "2016-01-10").value == "2015"
    assert normalise("this winter", "2016-12-10").value == "2017"
