"""dateline: news articles to structured, geolocated, dated event data."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from functools import lru_cache

from dateline.config import Settings
from dateline.models import Article, Incident, Result

__version__ = "0.1.0"
__all__ = ["Article", "Incident", "Result", "Settings", "extract", "extract_many", "fuse", "read"]


@lru_cache(maxsize=1)
def _default_pipeline():
    from dateline.pipeline import Pipeline

    return Pipeline()


def read(*paths: str, **options) -> Iterator[Article]:
    """Every article in the given files, folders, globs, JSONL, HTML or WARC files.

    Items that cannot be read are logged with their reason and skipped.
    """
    from dateline.ingest import read_articles

    return read_articles(paths, **options)


def extract(article: Article | str) -> Result:
    """Extract every layer from one article (or a plain string of article text)."""
    return _default_pipeline().extract(article)


def extract_many(
    articles: Iterable[Article | str], workers: int = 1, settings: Settings | None = None
) -> Iterator[Result]:
    """Extract many articles, batched and in ``workers`` processes, in input order."""
    from dateline.pipeline import extract_many as run

    return run(articles, workers=workers, settings=settings)


def fuse(results: Iterable[Result], lead_only: bool = False) -> list[Incident]:
    """Merge the events of many results into incidents, one per real-world happening; each
    incident's ``members`` name the (article id, event index) pairs that report it.
    ``lead_only`` fuses only the salient events (those the headline and lead report)."""
    from dateline.incidents import fuse as run

    return run(results, lead_only)
