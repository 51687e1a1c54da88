"""The harm counts of a short report's lead, shared by the count tests."""

from __future__ import annotations

from dateline.models import Article
from dateline.pipeline import Pipeline

PUBLISHED = "2024-03-11"
HARMS = ("killed", "wounded", "shot")


def lead_counts(pipeline: Pipeline, text: str, title: str | None = None) -> dict[str, float]:
    """The harm counts of the report's most salient event (ties: the more confident, then
    the earlier), published on ``PUBLISHED``."""
    events = pipeline.extract(Article(text=text, title=title, published=PUBLISHED)).events
    assert events
    best = max(events, key=lambda e: (e.salience or 0.0, e.confidence, -e.start))
    return {k: v for k, v in best.quantities.items() if k in HARMS}
