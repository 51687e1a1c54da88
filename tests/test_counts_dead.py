"""The hurt who died, on short reports written for these tests: a person counted among
the hurt whom an "including" tells died is counted killed, not hurt."""

from __future__ import annotations

import pytest

from dateline.models import Article
from dateline.pipeline import Pipeline

PUBLISHED = "2024-03-11"


def counts(pipeline: Pipeline, text: str) -> tuple[float | None, float | None]:
    """The killed and wounded counts of the report's most salient event."""
    events = pipeline.extract(Article(text=text, published=PUBLISHED)).events
    assert events
    best = max(events, key=lambda e: (e.salience or 0.0, e.confidence, -e.start))
    return best.quantities.get("killed"), best.quantities.get("wounded")


@pytest.mark.parametrize(
    ("text", "killed", "wounded"),
    [
        (
            "MILLVILLE - Three people were injured, including a 17-year-old girl who later "
            "died at the hospital, in a shooting on Pine Street on Saturday, police said.",
            1,
            2,
        ),
        (
            "MILLVILLE - Four people were wounded, including a man who succumbed to his "
            "injuries on Sunday, after gunfire erupted outside a bar on Pine Street.",
            1,
            3,
        ),
    ],
)
def test_the_hurt_who_died_are_killed(
    pipeline: Pipeline, text: str, killed: float, wounded: float
) -> None:
    assert counts(pipeline, text) == (killed, wounded)
