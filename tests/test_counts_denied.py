"""A harm the sentence denies counts no one ("The baby was not hurt"), on a short report
written for this test."""

from __future__ import annotations

from dateline.models import Article
from dateline.pipeline import Pipeline


def test_a_person_not_hurt_is_not_counted_wounded(pipeline: Pipeline) -> None:
    text = (
        "A woman was shot and killed at a home on Elm Street in Dunmore early Saturday, police "
        "said. The gun went off and hit her. The baby was not hurt in the incident."
    )
    events = pipeline.extract(Article(text=text, published="2024-03-11")).events
    lead = max(events, key=lambda e: (e.salience, e.confidence, -e.start))
    assert lead.quantities.get("killed") == 1
    assert "wounded" not in lead.quantities
