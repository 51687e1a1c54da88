"""A death toll a headline tells by an ordinal ("Third man dies after ..."), on headlines and
short reports written for these tests: the dead of a lead that counts one dead or none rise
to it and its wounded fall by as many; a body found takes none from the wounded; a lead
that counts several dead keeps its count; an ordinal of a suspect, an arrest or a victim a
relative clause tells of gives no toll."""

from __future__ import annotations

import pytest
from counts_support import lead_counts

from dateline.events.headline_ordinal import rise, toll
from dateline.events.ontology import load
from dateline.models import Event
from dateline.pipeline import Pipeline

TABLE = load().quantities


@pytest.mark.parametrize(
    ("title", "found"),
    [
        ("Third man dies after shooting at Dunmore dice game", (3, True)),
        ("4th victim of Elm Street shooting dies in hospital", (4, True)),
        ("Police: 2nd victim in Marlow, Ohio, club shooting dies", (2, True)),
        ("Carver shootings claim fifth victim", (5, True)),
        ("Second body found in ditch after Hollis drive-by", (2, False)),
        ("Second suspect arrested in deadly Dunmore shooting", None),
        ("Third arrest made in shooting that killed Marlow boy", None),
        ("Second victim in shooting that killed baby is 16-year-old", None),
        ("Dunmore 8th-grader dies in accidental shooting", None),
    ],
)
def test_a_headline_ordinal_tells_a_toll(title: str, found: tuple[int, bool] | None) -> None:
    assert toll(title, TABLE) == found


@pytest.mark.parametrize(
    ("title", "before", "after"),
    [
        (
            "Third man dies after Dunmore shooting",
            {"killed": 1, "wounded": 3},
            {"killed": 3, "wounded": 1},
        ),
        ("Second victim of Dunmore shooting dies", {"wounded": 1}, {"killed": 2, "wounded": 1}),
        (
            "Second body found after Hollis drive-by",
            {"killed": 1, "wounded": 2},
            {"killed": 2, "wounded": 2},
        ),
        (
            "Fourth victim of Dunmore shooting dies",
            {"killed": 3, "wounded": 1},
            {"killed": 3, "wounded": 1},
        ),
        ("Third man dies after Dunmore shooting", {"killed": 3}, {"killed": 3}),
    ],
)
def test_a_lead_of_one_dead_or_none_takes_the_toll(
    title: str, before: dict[str, float], after: dict[str, float]
) -> None:
    lead = Event(type="ASSAULT", sentence="", start=0, end=0, quantities=dict(before), salience=0.9)
    rise([lead], title, TABLE)
    assert lead.quantities == after


@pytest.mark.parametrize(
    ("title", "text", "counts"),
    [
        (
            "Second man dies after shooting at Dunmore dice game",
            "DUNMORE - A man wounded in a shooting at a dice game on Elm Street last month "
            "died Monday, police said. One man was killed at the scene and two others were "
            "wounded when a gunman opened fire on the game on Oct. 3.",
            {"killed": 2, "wounded": 1},
        ),
        (
            "Second body found after Hollis drive-by shooting",
            "HOLLIS - Police found a man's body in a ditch on Route 9 on Wednesday, a day "
            "after a drive-by shooting on Pine Street killed one man and injured three "
            "others.",
            {"killed": 2, "wounded": 3},
        ),
    ],
)
def test_the_lead_takes_the_toll_its_headline_ordinal_tells(
    pipeline: Pipeline, title: str, text: str, counts: dict[str, float]
) -> None:
    assert lead_counts(pipeline, text, title) == counts
