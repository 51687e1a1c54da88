"""A mention dated only to the publication's own year ("the 13th shooting of a child in
2017") gives its happening no date: the story's day still dates it."""

from __future__ import annotations

from dateline.models import Article

TEXT = (
    "A 3-year-old boy has died after he accidentally shot himself in Harlan. It happened "
    "shortly before 5:30 p.m. Friday in the 800 block of Elm Lane. The shooting is the 13th "
    "accidental shooting of a child in Harlan in 2017."
)


def test_the_publication_year_of_a_tally_leaves_the_story_day(pipeline) -> None:
    result = pipeline.extract(Article(text=TEXT, published="2017-10-09"))
    shot = next(e for e in result.events if e.type == "ASSAULT")
    assert (shot.date, shot.date_precision) == ("2017-10-06", "day")
