"""People killed and wounded as local news states them, read on short reports written for
these tests: the lead shooting's counts, not those of a city's tally or another event."""

from __future__ import annotations

import pytest

from dateline.models import Article
from dateline.pipeline import Pipeline

PUBLISHED = "2024-03-11"


def lead(pipeline: Pipeline, text: str) -> dict[str, float]:
    """The counts of the report's most salient shooting."""
    events = pipeline.extract(Article(text=text, published=PUBLISHED)).events
    shootings = [e for e in events if e.type in ("ASSAULT", "CRIME")]
    assert shootings, [(e.type, e.sentence) for e in events]
    best = max(shootings, key=lambda e: (e.salience or 0.0, e.confidence))
    return {k: v for k, v in best.quantities.items() if k in ("killed", "wounded", "shot")}


@pytest.mark.parametrize(
    ("text", "counts"),
    [
        (
            "A 22-year-old man was shot and killed Sunday night outside a bar in Marlow, "
            "police said.",
            {"killed": 1},
        ),
        (
            "Two men were wounded early Saturday when someone fired into a parked car on "
            "Elm Street in Dunmore.",
            {"wounded": 2},
        ),
        (
            "A gunman shot three people, one fatally, outside a grocery store in Dunmore on "
            "Friday evening.",
            {"shot": 3, "killed": 1, "wounded": 2},
        ),
        (
            "A woman fatally shot her husband and her stepson at their home near Carver on "
            "Sunday, deputies said.",
            {"killed": 2},
        ),
        (
            "One man was killed and three others wounded in a shooting at a park in Hollis "
            "early Friday.",
            {"killed": 1, "wounded": 3},
        ),
        (
            "A man was killed and another was wounded when gunfire broke out at a cookout "
            "in Bryce on Sunday.",
            {"killed": 1, "wounded": 1},
        ),
        (
            "Two women were killed and another critically injured in a shooting at a "
            "Hollis laundromat on Friday night.",
            {"killed": 2, "wounded": 1},
        ),
        (
            "A father was killed and his 8-year-old son was shot by two masked men outside "
            "their home in Bryce on Saturday afternoon.",
            {"killed": 1, "wounded": 1},
        ),
        (
            "Police are investigating a deadly shooting at a Hollis apartment complex on "
            "Monday night.",
            {"killed": 1},
        ),
        (
            "A fatal shooting outside a Dunmore bar early Sunday left two men dead.",
            {"killed": 2},
        ),
        ("Hollis teen charged in accidental shooting death of best friend", {"killed": 1}),
        (
            "A female victim is expected to recover after an early Sunday shooting in Dunmore.",
            {"wounded": 1},
        ),
        ("Shooting in central Marlow lands four men in hospital", {"wounded": 4}),
        ("Fourth victim dies after shooting at Marlow nightclub", {"killed": 4}),
        (
            "Police are investigating a triple shooting in Dunmore that left one man dead.",
            {"shot": 3, "killed": 1, "wounded": 2},
        ),
        (
            "A shooting outside a Dunmore bar sent four people to the hospital early Sunday.",
            {"wounded": 4},
        ),
        (
            "A birthday party at a Dunmore home ended in gunfire early Sunday, leaving one "
            "man dead and two others hurt.",
            {"killed": 1, "wounded": 2},
        ),
        (
            "A woman and her 9-year-old daughter were found dead in their Hollis home on "
            "Monday, and police are investigating the deaths as a murder-suicide.",
            {"killed": 2},
        ),
        (
            "Dunmore teen killed in shooting outside gas station\n\nPolice are looking for "
            "the driver of a gray sedan.",
            {"killed": 1},
        ),
    ],
)
def test_the_people_a_sentence_says_were_harmed(
    pipeline: Pipeline, text: str, counts: dict[str, float]
) -> None:
    assert lead(pipeline, text) == counts


@pytest.mark.parametrize(
    ("text", "counts"),
    [
        (
            "A 4-year-old boy shot himself in the hand with his father's pistol in Lorne on "
            "Thursday, police said.",
            {"shot": 1, "wounded": 1},
        ),
        (
            "OAKTON, Ky. - A 16-year-old was shot in the leg Saturday night near the "
            "fairgrounds, the sheriff's office said.",
            {"shot": 1, "wounded": 1},
        ),
        (
            "A 15-year-old girl was hit by a stray bullet while she slept in her home in "
            "Lorne on Tuesday night.",
            {"shot": 1, "wounded": 1},
        ),
        (
            "Police said he and two other men were shot outside a club in Hollis on Sunday.",
            {"shot": 3, "wounded": 3},
        ),
        (
            "A Carver teenager died Friday after being shot at a party on Thursday night.",
            {"killed": 1},
        ),
        (
            "Deputies found a man and his 11-year-old son shot to death in a parked truck in "
            "Bryce on Sunday.",
            {"killed": 2},
        ),
        (
            "Police say a man shot and killed his wife, son and daughter before killing "
            "himself at their home in Hollis on Sunday.",
            {"killed": 4},
        ),
        (
            "Three people were killed by a gunman at a diner in Marlow before he was shot and "
            "killed by officers on Friday night.",
            {"killed": 4},
        ),
    ],
)
def test_people_named_without_a_number_are_counted(
    pipeline: Pipeline, text: str, counts: dict[str, float]
) -> None:
    assert lead(pipeline, text) == counts


def test_people_taken_to_hospital_are_wounded(pipeline: Pipeline) -> None:
    text = (
        "Gunfire broke out at a house party in Hollis early Sunday. Two men are dead and "
        "three others are in the hospital with gunshot wounds, police said."
    )
    counts = lead(pipeline, text)
    assert counts.get("killed") == 2 and counts.get("wounded") == 3


def test_a_shooting_that_left_others_wounded_counts_them(pipeline: Pipeline) -> None:
    text = (
        "A man killed in a shooting that left three others wounded early Saturday in Bryce "
        "has been identified by the coroner's office."
    )
    assert lead(pipeline, text) == {"killed": 1, "wounded": 3}


def test_a_rising_toll_gives_the_count(pipeline: Pipeline) -> None:
    text = "A third person has died after Saturday's shooting at a house party in Carver."
    assert lead(pipeline, text) == {"killed": 3}


def test_a_citys_tally_is_not_the_shootings_count(pipeline: Pipeline) -> None:
    text = (
        "A 19-year-old woman was shot and killed Tuesday on Birch Avenue in Marlow. "
        "So far this year, 41 people have been killed in the city, police said."
    )
    assert lead(pipeline, text) == {"killed": 1}


def test_photo_captions_and_warrants_are_no_people(pipeline: Pipeline) -> None:
    text = (
        "Image 3 of 9 A woman died after being shot at her home in Lorne on Monday. "
        "Detectives executed 12 search warrants in the case."
    )
    events = pipeline.extract(Article(text=text, published=PUBLISHED)).events
    assert {e.quantities.get("killed") for e in events} <= {None, 1}


def test_wounded_or_killed_is_no_death(pipeline: Pipeline) -> None:
    text = "Police first said four people were wounded or killed in the shooting in Bryce."
    assert "killed" not in lead(pipeline, text)


def test_the_injured_joined_to_the_happening_are_counted(pipeline: Pipeline) -> None:
    text = (
        "Police are investigating a possible murder-suicide that left two people dead and two "
        "children injured outside a day care center in Carver on Thursday morning."
    )
    assert lead(pipeline, text) == {"killed": 2, "wounded": 2}


def test_a_dateline_taken_for_the_subject_still_counts(pipeline: Pipeline) -> None:
    text = (
        "MARLOW, Okla. -\n\nThree people were wounded in what police first called a drive-by "
        "shooting in Marlow."
    )
    assert lead(pipeline, text) == {"wounded": 3}


def test_others_hurt_after_leaving_count_however_tagged(pipeline: Pipeline) -> None:
    text = (
        "A birthday party in far northeast Marlow ended in gunfire overnight, leaving one "
        "person dead and at least three others hurt.\n\nAccording to the Marlow Police "
        "Department, the trouble started around midnight."
    )
    assert lead(pipeline, text) == {"killed": 1, "wounded": 3}


def test_others_add_to_the_people_the_same_harm_befell(pipeline: Pipeline) -> None:
    text = (
        "An argument turned into a shooting at a family party at a Carver home today, leaving "
        "one person hospitalized in critical condition and three others winged."
    )
    assert lead(pipeline, text) == {"wounded": 4}


def test_an_animal_shot_is_no_person_killed(pipeline: Pipeline) -> None:
    text = (
        "A Carver deputy was grazed by a bullet on Tuesday when another deputy fired at a "
        "dog that had attacked him during a warrant check on Elm Street. The dog is dead."
    )
    assert lead(pipeline, text) == {"shot": 1, "wounded": 1}


def test_last_years_toll_is_no_count(pipeline: Pipeline) -> None:
    text = "Killings in Dunmore are down this year from last year, when 212 people were killed."
    assert lead(pipeline, text) == {}


def test_a_homicides_number_is_no_count(pipeline: Pipeline) -> None:
    text = "See also: Man Killed in Dunmore Alley, Suspect At Large (Homicide No. 41)"
    assert lead(pipeline, text).get("killed", 1) == 1


@pytest.mark.parametrize(
    ("text", "counts"),
    [
        (
            "Three people were found shot to death inside a home on Elm Street in Dunmore "
            "early Sunday, police said.",
            {"killed": 3},
        ),
        (
            "Two men were discovered shot to death in a pickup truck on a rural road near "
            "Carver on Friday, deputies said.",
            {"killed": 2},
        ),
    ],
)
def test_people_found_shot_to_death_are_killed(
    pipeline: Pipeline, text: str, counts: dict[str, float]
) -> None:
    assert lead(pipeline, text) == counts


@pytest.mark.parametrize(
    ("text", "counts"),
    [
        (
            "A shooting outside a Dunmore nightclub early Sunday left one man dead. Two "
            "other men were listed in critical condition, police said.",
            {"killed": 1, "wounded": 2},
        ),
        (
            "Gunfire broke out at a party on Elm Street in Carver late Saturday. Three guests "
            "were treated for gunshot wounds at the scene, police said.",
            {"wounded": 3},
        ),
    ],
)
def test_people_listed_or_treated_are_wounded(
    pipeline: Pipeline, text: str, counts: dict[str, float]
) -> None:
    assert lead(pipeline, text) == counts


def test_people_hit_in_the_body_were_shot(pipeline: Pipeline) -> None:
    text = (
        "Someone opened fire on a group standing outside a store on Elm Street in Dunmore "
        "on Friday night. A 17-year-old was hit in the leg, police said."
    )
    assert lead(pipeline, text) == {"shot": 1, "wounded": 1}
