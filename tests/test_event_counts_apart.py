"""People killed and hurt that a report tells apart from its lead, or in words the count
rules did not read, on short reports written for these tests: a death told later makes
the one shot dead, lives a shooting claimed are killed, a measure is no count, others
shot after the killed are all wounded, and so is one named "also shot" (not "he"); one
shot who "passed away" is killed."""

from __future__ import annotations

import pytest
from counts_support import lead_counts

from dateline.pipeline import Pipeline


def test_a_person_hurt_who_has_died_is_killed(pipeline: Pipeline) -> None:
    text = (
        "A teenager wounded in a shooting on Elm Street in Dunmore on Monday morning has died "
        "of his injuries, state police said."
    )
    assert lead_counts(pipeline, text).get("killed") == 1


@pytest.mark.parametrize(
    ("text", "killed"),
    [
        (
            "Investigators are looking for a gunman after a shooting on Elm Street in Dunmore "
            "that claimed the life of a baby boy and injured a 16-year-old on Sunday.",
            1,
        ),
        ("An accidental shooting claimed a life Thursday in Dunmore, police said.", 1),
        (
            "A mass shooting on Saturday cost the lives of three young people at a house party "
            "in Dunmore.",
            3,
        ),
    ],
)
def test_lives_a_shooting_took_are_killed(pipeline: Pipeline, text: str, killed: int) -> None:
    assert lead_counts(pipeline, text).get("killed") == killed


def test_a_death_told_late_makes_the_one_shot_dead(pipeline: Pipeline) -> None:
    text = (
        "DUNMORE - A 19-year-old man is behind bars after police said he accidentally shot "
        "his friend on Elm Street on New Year's Eve. According to an arrest report, the two "
        "had been drinking at a party. Neighbors said the house had been quiet for months. "
        "The owner of the house declined to comment. A neighbor said she heard sirens around "
        "midnight. The victim was pronounced dead at Regional Medical Center."
    )
    assert lead_counts(pipeline, text) == {"shot": 1, "killed": 1}


def test_a_death_denied_or_of_another_is_no_death_of_the_one_shot(pipeline: Pipeline) -> None:
    text = (
        "DUNMORE - A 14-year-old boy is in serious condition after an accidental shooting "
        "on Elm Street on Sunday. Investigators said the boy shot himself in the head with a "
        "stolen gun. A neighbor said he ran outside when he heard the shot. His mother "
        "called 911 from the porch. Officers arrived within minutes, the neighbor said. "
        '"I was trying to help him so he wouldn\'t die," the neighbor said. The other boy '
        "was pronounced dead at the scene."
    )
    assert "killed" not in lead_counts(pipeline, text)


def test_a_measure_with_a_fraction_counts_no_people(pipeline: Pipeline) -> None:
    text = (
        "Police shot and killed a woman who fired at officers in her Dunmore apartment on "
        "Monday. In total, there were 26.7 grams of the drug recovered, police said."
    )
    assert lead_counts(pipeline, text) == {"killed": 1}


@pytest.mark.parametrize(
    ("text", "title", "wounded"),
    [
        (
            "A man was killed and six others were shot early Sunday outside a bar in Hollis, "
            "police said.",
            None,
            6,
        ),
        (
            "One man was killed in a shooting at a bar in Marlow on Sunday. Police said five "
            "other people were shot.",
            None,
            5,
        ),
        (
            "Two women were killed in a shooting at a bar in Carver on Sunday. Three others "
            "were also shot and left in critical condition.",
            None,
            3,
        ),
        (
            "Police are investigating a shooting that left one man dead and at least six "
            "others with gunshot wounds at a bar in Lorne.",
            "One killed, six others shot in Lorne",
            6,
        ),
    ],
)
def test_others_shot_after_the_killed_are_all_wounded(
    pipeline: Pipeline, text: str, title: str | None, wounded: int
) -> None:
    assert lead_counts(pipeline, text, title).get("wounded") == wounded


def test_others_hurt_who_died_are_not_wounded(pipeline: Pipeline) -> None:
    text = (
        "A man was killed and three others were shot in Marlow on Sunday, including a woman "
        "who later died at the hospital."
    )
    assert lead_counts(pipeline, text).get("wounded") == 2


@pytest.mark.parametrize(
    ("text", "counts"),
    [
        (
            "A 15-year-old boy was killed in a shooting on Elm Street in Carver on Sunday. "
            "His mother was also shot, but survived.",
            {"killed": 1, "shot": 1, "wounded": 1},
        ),
        (
            "A 15-year-old boy was killed in a shooting on Elm Street in Carver on Sunday. "
            "He was also shot in the leg.",
            {"killed": 1, "shot": 1},
        ),
    ],
)
def test_one_also_shot_after_the_killed_is_wounded(
    pipeline: Pipeline, text: str, counts: dict[str, float]
) -> None:
    assert lead_counts(pipeline, text) == counts


def test_one_shot_who_passed_away_is_killed(pipeline: Pipeline) -> None:
    text = (
        "A woman was shot on Elm Street in Carver on Friday. She passed away at the hospital "
        "on Sunday."
    )
    assert lead_counts(pipeline, text) == {"shot": 1, "killed": 1}
