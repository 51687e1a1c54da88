"""The places of a written article, shared by the place tests."""

from __future__ import annotations

from dateline.models import Article, Place
from dateline.pipeline import Pipeline


def places_of(
    pipeline: Pipeline, text: str, title: str, url: str, published: str = "2016-06-01"
) -> dict[str, Place]:
    """Each place mention's text and the place it was read as, for one written article."""
    article = Article(text=text, title=title, url=url, published=published)
    return {p.text: p for p in pipeline.extract(article).places}
