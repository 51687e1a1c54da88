"""The events a headline adds to its article's: a page whose text reports no event, or
only weak ones, still has its story in the headline, read as a story of its own
(``Pipeline.headline_events``). Its salient happenings of a type the text does not report
join the text's events, dated by the text's most salient told date where the headline
tells none."""

from __future__ import annotations

from functools import lru_cache
from importlib import resources

import yaml

from dateline.models import Event


@lru_cache(maxsize=1)
def _read_below() -> float:
    text = resources.files("dateline.events").joinpath("data/headline_story.yaml").read_text()
    return float(yaml.safe_load(text)["read_below"])


def needed(events: list[Event]) -> bool:
    """Whether the headline is read: the text's events are none or all weak."""
    return all(e.salience < _read_below() for e in events)


def combine(events: list[Event], told: list[Event]) -> list[Event]:
    """The text's events and, after them, the headline's of a type no asserted event of
    the text has (beside a text's weak events, only the headline's own salient ones); an
    aftermath among them keeps pointing at its happening."""
    kinds = {e.type for e in events if e.status == "asserted"}
    least = _read_below() if events else 0.0
    kept = [n for n, e in enumerate(told) if e.type not in kinds and e.salience >= least]
    at = {n: len(events) + k for k, n in enumerate(kept)}
    source = _dated(events)
    for n in kept:
        event = told[n]
        event.about = None if event.about is None else at.get(event.about)
        if source is not None and "date" not in event.evidence:
            event.date, event.date_precision = source.date, source.date_precision
            event.why += f"; dated as the text's {source.type} ({source.date})"
    return [*events, *(told[n] for n in kept)]


def _dated(events: list[Event]) -> Event | None:
    """The text's most salient event whose date the text tells."""
    dated = [e for e in events if e.date and "date" in e.evidence]
    return max(dated, key=lambda e: (e.salience, -e.start), default=None)
