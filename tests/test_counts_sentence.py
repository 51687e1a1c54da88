"""People harmed that a sentence counts beside a happening's own clause, on short reports
written for these tests: others a shooting's clause says it harmed too add to the hurt the
sentence names before them, one number before a list of plurals counts the whole list,
the hurt joined to the dead a happening left are counted, and people a harm is denied of
are not."""

from __future__ import annotations

import pytest
from counts_support import lead_counts

from dateline.pipeline import Pipeline


@pytest.mark.parametrize(
    ("text", "wounded"),
    [
        (
            "A 15-year-old boy remained in serious condition Tuesday after a shooting in "
            "Dunmore that also injured two other people.",
            3,
        ),
        (
            "A bus driver stayed in critical condition on Monday after gunfire in Dunmore "
            "that also wounded three other people.",
            4,
        ),
    ],
)
def test_others_add_to_the_hurt_told_before_them(
    pipeline: Pipeline, text: str, wounded: int
) -> None:
    assert lead_counts(pipeline, text).get("wounded") == wounded


def test_others_not_told_as_harmed_too_keep_their_count(pipeline: Pipeline) -> None:
    text = (
        "Mark Lee, 30, is arraigned on charges in Dunmore on Friday for the May shooting "
        "that killed Ann Ray, 41, of Riverton, and wounded six others outside a bar."
    )
    assert lead_counts(pipeline, text) == {"killed": 1, "wounded": 6}


def test_others_alone_keep_their_count(pipeline: Pipeline) -> None:
    text = (
        "Dunmore police are looking for a gunman after a shooting that injured two other "
        "people on Monday."
    )
    assert lead_counts(pipeline, text).get("wounded") == 2


@pytest.mark.parametrize(
    ("text", "wounded"),
    [
        (
            "Six men and women were hurt when someone fired into a crowd outside a club in "
            "Dunmore on Sunday.",
            6,
        ),
        (
            "Two men and a woman were injured in a drive-by shooting outside a bar in Dunmore "
            "early Sunday, police said.",
            3,
        ),
    ],
)
def test_one_number_before_a_list_of_plurals_counts_the_list(
    pipeline: Pipeline, text: str, wounded: int
) -> None:
    assert lead_counts(pipeline, text).get("wounded") == wounded


@pytest.mark.parametrize(
    ("text", "counts"),
    [
        (
            "A shooting outside a bar in Dunmore early Sunday left one dead and two injured, "
            "police said.",
            {"killed": 1, "wounded": 2},
        ),
        (
            "A shooting outside a gas station in Dunmore left two men dead and three more hurt "
            "late Friday.",
            {"killed": 2, "wounded": 3},
        ),
    ],
)
def test_the_hurt_joined_to_the_dead_a_happening_left_are_counted(
    pipeline: Pipeline, text: str, counts: dict[str, float]
) -> None:
    assert lead_counts(pipeline, text) == counts


def test_people_a_harm_is_denied_of_are_not_counted(pipeline: Pipeline) -> None:
    text = (
        "Police said a man was shot in the arm outside a store on Elm Street in Dunmore on "
        "Monday. Two other men who were with him were not hurt."
    )
    assert lead_counts(pipeline, text).get("wounded") == 1
