"""A death toll a headline tells by an ordinal ("Third man dies after ..."), on headlines and
short reports written for these tests: the lead's dead rise to it and its wounded fall by
as many; a body found takes none from the wounded; an ordinal of a suspect, an arrest or a
victim a relative clause tells of gives no toll."""

from __future__ import annotations

import pytest
from counts_support import lead_counts

from dateline.events.headline_ordinal import toll
from dateline.events.ontology import load
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
    ("title", "text", "counts"),
    [
        (
            "Third man dies after shooting at Dunmore dice game",
            "DUNMORE - A man wounded in a shooting at a dice game on Elm Street last month "
            "died Monday, police said. Two men were killed at the scene and four others were "
            "wounded when a gunman opened fire on the game on Oct. 3.",
            {"killed": 3, "wounded": 3},
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
