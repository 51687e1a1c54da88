"""The most salient event of a short dated report, shared by the date tests."""

from __future__ import annotations

from dateline.models import Article, Event
from dateline.pipeline import Pipeline


def lead_of(pipeline: Pipeline, text: str, published: str) -> Event:
    """The report's most salient event, the report published on ``published``."""
    events = pipeline.extract(Article(text=text, published=published)).events
    return max(events, key=lambda e: e.salience)
