"""A later step taken over the story's happening (an arrest or a charge "in the shooting")
does not take the happening's day when the text gives it none. Reports written for these
tests."""

from __future__ import annotations

from dateline.models import Article
from dateline.pipeline import Pipeline

PUBLISHED = "2021-10-13"  # a Wednesday


def test_an_undated_arrest_in_the_shooting_keeps_the_publication_week(
    pipeline: Pipeline,
) -> None:
    text = (
        "A 31-year-old man was shot and wounded Saturday night outside a laundromat on "
        "Willow Creek Road in Marlow, police said. Officers found the man on the sidewalk "
        "with a gunshot wound to the thigh. A 22-year-old Marlow man has been arrested and "
        "charged with aggravated assault in the shooting, police said. He is being held at "
        "the Stephens County jail on a $50,000 bond."
    )
    events = pipeline.extract(Article(text=text, published=PUBLISHED)).events
    shooting = next(e for e in events if e.type == "ASSAULT")
    assert (shooting.date, shooting.date_precision) == ("2021-10-09", "day")
    steps = [e for e in events if e.about is not None]
    assert steps
    assert all(e.date != "2021-10-09" for e in steps)
