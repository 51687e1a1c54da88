"""Places inside the names of local bodies and before a following cue."""

from __future__ import annotations

import pytest

from dateline.geo.recognise import recognise
from dateline.geo.stage import open_gazetteer
from dateline.nlp import load


def _names(text: str) -> list[str]:
    return [m.text for m in recognise(load()(text), open_gazetteer(None))]


@pytest.mark.parametrize(
    ("text", "place"),
    [
        (
            "The Pottawatomie County Commission on Monday approved the budget for road repairs.",
            "Pottawatomie County",
        ),
        (
            "Patrols will continue through the weekend, the Grand Ledge Police Department said.",
            "Grand Ledge",
        ),
        (
            "A Lancaster woman was charged on Friday after a crash on the bypass, police said.",
            "Lancaster",
        ),
        (
            "She is due to appear before the Merrimack County Superior Court next month.",
            "Merrimack County",
        ),
        (
            "Members of the Springfield City Council voted 5-2 to renew the downtown plan.",
            "Springfield",
        ),
    ],
)
def test_place_opening_a_public_body_or_before_a_cue(text, place):
    assert place in _names(text)


def test_a_surname_before_a_school_stays_a_name():
    text = "Students at the Webster Middle School raised money for the food bank this week."
    assert "Webster" not in _names(text)


@pytest.mark.parametrize(
    ("text", "place"),
    [
        (
            "Her daughter, a senior at the University of Kentucky College of Law, spoke first.",
            "Kentucky",
        ),
        (
            "He finished his residency at the University of New Mexico School of Medicine.",
            "New Mexico",
        ),
    ],
)
def test_the_place_after_of_ends_where_the_bodys_own_words_resume(text, place):
    names = _names(text)
    assert place in names
    assert not any(place in name and name != place for name in names)


@pytest.mark.parametrize(
    ("text", "place"),
    [
        (
            "The prizes were handed out on Sunday at the Sheldon Peck Homestead in Lombard.",
            "Lombard",
        ),
        (
            "Her sons attend St. Paul Lutheran School in Wheaton, where she teaches music.",
            "Wheaton",
        ),
    ],
)
def test_a_place_the_tagger_took_into_a_buildings_name_after_in(text, place):
    assert place in _names(text)


def test_a_compass_adjective_opens_a_town_inside_a_body_the_headline_names() -> None:
    text = (
        "The Southern Pines Police Department is looking for the driver of a gray sedan "
        "after three people were shot outside a pool hall in Southern Pines late Saturday."
    )
    names = [
        m.text
        for m in recognise(
            load()(text), open_gazetteer(None), headline="Three shot at Southern Pines pool hall"
        )
    ]
    assert "Southern Pines" in names
