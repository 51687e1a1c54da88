"""Tallies of several happenings, on short reports written for these tests: a headline's
count the story opens with as a tally is no count of the lead's; a happening ranked among
others ("one of the worst shootings") is no tally; people shot over a span of hours are."""

from __future__ import annotations

import pytest
from counts_support import lead_counts

from dateline.pipeline import Pipeline


def test_a_headline_count_told_as_a_tally_is_not_the_leads(pipeline: Pipeline) -> None:
    text = (
        "Seven people, including a teenage girl, were wounded in shootings across Dunmore "
        "on Sunday. In the first attack, a 24-year-old man was shot in the leg on Elm Street "
        "about 1 a.m., police said. He was taken to Regional Medical Center in good condition."
    )
    counts = lead_counts(pipeline, text, "7 shot Sunday in Dunmore")
    assert counts.get("shot") != 7 and counts.get("wounded") != 7


def test_a_headline_count_of_one_shooting_stays(pipeline: Pipeline) -> None:
    text = (
        "Seven people were wounded when a gunman opened fire at a party on Elm Street in "
        "Dunmore on Sunday, police said. All were taken to Regional Medical Center."
    )
    assert lead_counts(pipeline, text, "7 shot at Dunmore party").get("wounded") == 7


@pytest.mark.parametrize(
    "text",
    [
        "Nine people were shot to death during a prayer meeting inside a church in Dunmore "
        "on Wednesday night in one of the worst mass shootings in the state's history.",
        "Nine people were shot to death during a prayer meeting inside one of Dunmore's "
        "oldest churches Wednesday night in one of the worst mass shootings in state history.",
    ],
)
def test_a_happening_ranked_among_others_is_no_tally(pipeline: Pipeline, text: str) -> None:
    assert lead_counts(pipeline, text, "").get("killed") == 9


def test_a_count_told_before_is_no_toll(pipeline: Pipeline) -> None:
    text = (
        "Police first said six people were shot outside a club in Dunmore on Saturday, but "
        "later lowered that number to three."
    )
    assert "killed" not in lead_counts(pipeline, text, "")


@pytest.mark.parametrize(
    "text",
    [
        "A man was killed on Elm Street in Dunmore on Friday night, police said. The killing "
        "came during a violent weekend in Dunmore that saw 14 people shot over a span of 60 "
        "hours.",
        "A man was killed on Elm Street in Dunmore on Friday night, police said. It was a "
        "violent night in Dunmore as nine people were shot in a six-hour span.",
    ],
)
def test_people_shot_over_a_span_of_hours_are_a_tally(pipeline: Pipeline, text: str) -> None:
    assert lead_counts(pipeline, text) == {"killed": 1}
