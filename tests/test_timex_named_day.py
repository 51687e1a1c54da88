"""A date that opens with its day of the week ("Thursday, July 7, 2016") is one time, the
date's, when the two agree: the day of the week alone would be read as the last such day
before publication. When they disagree (a slip), the two are read apart as before."""

from __future__ import annotations

from dateline.models import Article


def test_a_day_of_the_week_before_its_date_is_one_time_the_dates(pipeline) -> None:
    text = (
        "Two officers were shot by a gunman outside a Harlan pharmacy on Thursday, "
        "July 7, 2016, police said."
    )
    result = pipeline.extract(Article(text=text, published="2017-01-24"))
    assert [(t.text, t.value) for t in result.times] == [("Thursday, July 7, 2016", "2016-07-07")]
    shot = next(e for e in result.events if e.type == "ASSAULT")
    assert (shot.date, shot.date_precision) == ("2016-07-07", "day")
    slip = "A Harlan man was shot outside his home on Monday, Nov. 15, 2016, police said."
    result = pipeline.extract(Article(text=slip, published="2016-11-16"))
    assert [t.text for t in result.times] == ["Monday", "Nov. 15, 2016"]
