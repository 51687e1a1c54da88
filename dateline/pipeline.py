"""Composes the stages: one spaCy parse per article, then each stage adds its layer.

A stage is built from the run's ``Settings`` and called with the ``Result`` so far
(the article and every earlier layer) and the article's one parsed ``Doc``; it
returns its own layer, a list of records from ``dateline.models``.
"""

from __future__ import annotations

import logging
import multiprocessing
from bisect import bisect_right
from collections.abc import Callable, Iterable, Iterator
from itertools import islice
from typing import Any, Protocol

from spacy.tokens import Doc

from dateline import nlp
from dateline.actors import ActorStage
from dateline.config import Settings
from dateline.events import EventStage, headline, headline_story, ontology
from dateline.geo.stage import PlaceStage
from dateline.ingest.base import Skipped
from dateline.models import Article, Entity, Event, Result
from dateline.parses import named_entities, sentences
from dateline.quotes import QuoteStage
from dateline.timex import TimeStage

log = logging.getLogger("dateline.pipeline")


class Stage(Protocol):
    """One pipeline stage: ``layer`` names the ``Result`` field it fills."""

    layer: str

    def __call__(self, result: Result, doc: Doc) -> list[Any]: ...


StageFactory = Callable[[Settings], Stage]

DEFAULT_STAGES: tuple[StageFactory, ...] = (
    TimeStage,
    PlaceStage,
    ActorStage,
    QuoteStage,
    EventStage,
)


def entities(doc: Doc) -> list[Entity]:
    """The named entities of the parse, with the index of the sentence each starts in."""
    starts = [sent.start for sent in sentences(doc)]
    out = []
    for ent in named_entities(doc):
        out.append(
            Entity(
                text=ent.text,
                start=ent.start_char,
                end=ent.end_char,
                label=ent.label_,
                sentence=bisect_right(starts, ent.start) - 1,
            )
        )
    return out


def as_article(item: Article | str) -> Article:
    """Accept a plain string of article text wherever an ``Article`` is expected."""
    return item if isinstance(item, Article) else Article(text=item)


class Pipeline:
    """The spaCy model and the stages, loaded once and reused for every article."""

    def __init__(
        self, settings: Settings | None = None, stages: Iterable[StageFactory] | None = None
    ) -> None:
        self.settings = settings or Settings()
        self.nlp = nlp.load()
        factories = DEFAULT_STAGES if stages is None else tuple(stages)
        self.stages: list[Stage] = [factory(self.settings) for factory in factories]

    def analyse(self, article: Article, doc: Doc) -> Result:
        """Run every stage over an already parsed article; where the text reports no event,
        or only weak ones, the headline's happenings join them (``headline_story``); a lead
        that is no shooting and counts nobody harmed takes the headline's counts
        (``headline.uncounted``)."""
        result = self._layers(article, doc)
        reads = article.title and any(s.layer == "events" for s in self.stages)
        if reads and headline_story.needed(result.events):
            result.events = headline_story.combine(result.events, self.headline_events(article))
        if reads:
            table = ontology.load(self.settings.ontology).quantities
            headline.uncounted(result.events, article.title, table)
        return result

    def _layers(self, article: Article, doc: Doc) -> Result:
        result = Result(article=article, entities=entities(doc))
        for stage in self.stages:
            setattr(result, stage.layer, stage(result, doc))
        return result

    def headline_events(self, article: Article) -> list[Event]:
        """The events of the article's headline, read as a one-sentence story published with
        the article (its title is parsed, as the text was; a page whose text is only a
        sign-in form or a paywall still has its story in the headline), with the article's
        URL and outlet, which say where a local outlet's headline is. Their offsets point
        into ``article.title`` (``told_in`` is ``title``)."""
        title = article.title or ""
        story = Article(
            text=title,
            title=title,
            url=article.url,
            source=article.source,
            published=article.published,
            id=article.id,
        )
        events = self._layers(story, self.nlp(title)).events
        for event in events:
            event.told_in = "title"
            event.why += "; told only in the headline"
        return events

    def extract(self, item: Article | str) -> Result:
        """Extract every layer from one article."""
        article = as_article(item)
        return self.analyse(article, self.nlp(article.text))

    def process_stream(
        self, items: Iterable[Article | str], batch_size: int = 16
    ) -> Iterator[Result | Skipped]:
        """Like ``extract_stream``, but an article a stage fails on becomes a ``Skipped``."""
        pairs = ((article.text, article) for article in map(as_article, items))
        for doc, article in self.nlp.pipe(pairs, as_tuples=True, batch_size=batch_size):
            try:
                yield self.analyse(article, doc)
            except Exception as error:
                log.exception("extraction failed on %s", article.location or article.id)
                reason = f"extraction failed ({type(error).__name__}: {error})"
                yield Skipped(article.location or article.id, reason)


class ExtractionError(Exception):
    """An article that a stage could not process; the message says which and why."""


_worker: Pipeline | None = None


def _start_worker(settings: Settings) -> None:
    global _worker
    _worker = Pipeline(settings)


def _work(chunk: list[Article]) -> list[Result | Skipped]:
    assert _worker is not None, "worker pipeline was not started"
    return list(_worker.process_stream(chunk))


def chunked(items: Iterable[Any], size: int) -> Iterator[list[Any]]:
    """Consecutive lists of at most ``size`` items."""
    iterator = iter(items)
    while chunk := list(islice(iterator, size)):
        yield chunk


class Extractor:
    """Extraction in this process or a pool of ``workers`` processes, each loading the model once.

    Use as a context manager; ``process`` may be called many times on the same pool.
    """

    def __init__(self, settings: Settings | None = None, workers: int = 1, chunk_size: int = 8):
        self.settings = settings or Settings()
        self.workers = workers
        self.chunk_size = chunk_size
        self._pool = None
        self._local: Pipeline | None = None

    def __enter__(self) -> Extractor:
        if self.workers > 1:
            context = multiprocessing.get_context("forkserver")
            self._pool = context.Pool(
                self.workers, initializer=_start_worker, initargs=(self.settings,)
            )
        else:
            self._local = Pipeline(self.settings)
        return self

    def __exit__(self, *exc: object) -> None:
        if self._pool is not None:
            self._pool.terminate()
            self._pool.join()

    def process(self, items: Iterable[Article | str]) -> Iterator[Result | Skipped]:
        """A ``Result`` per article, or a ``Skipped`` saying why a stage failed on it."""
        articles = map(as_article, items)
        if self._pool is None:
            assert self._local is not None, "use Extractor as a context manager"
            yield from self._local.process_stream(articles)
            return
        for results in self._pool.imap(_work, chunked(articles, self.chunk_size)):
            yield from results


def extract_many(
    items: Iterable[Article | str], workers: int = 1, settings: Settings | None = None
) -> Iterator[Result]:
    """Extract many articles, in ``workers`` processes, yielding results in input order."""
    with Extractor(settings, workers) as extractor:
        for result in extractor.process(items):
            if isinstance(result, Skipped):
                raise ExtractionError(f"{result.location}: {result.reason}")
            yield result
