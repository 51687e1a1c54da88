"""The facets of a happening an article's words tell, each with the event it belongs to.

A report of a shooting tells its happening in many words: someone died ("killed",
"death"), shots were fired ("gunfire", "the shooter"), someone was hit ("was shot"),
someone was hurt ("wounded"), or the whole happening is named ("the incident").
``data/facets.yaml`` lists the words of each facet. Every such word of an article is a
facet mention of the event one of whose mentions covers it, else of the article's lead
happening (its most salient event, or the happening that one is the aftermath of): the
events stage keeps one record per happening, and an article's stray words of harm tell
of the happening it leads with. Two facet mentions corefer when their events are in one
incident and they tell the same facet.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

import yaml

from dateline.models import Event, Result

_WORD = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)?")


@dataclass(frozen=True, slots=True)
class FacetMention:
    """A facet word's span in the article's text, its facet and its event's index."""

    start: int
    end: int
    facet: str
    event: int


@lru_cache(maxsize=1)
def table() -> dict[str, str]:
    """Word form (lower case) -> facet."""
    path = resources.files("dateline.incidents").joinpath("data/facets.yaml")
    with path.open("rb") as handle:
        data = yaml.safe_load(handle)
    return {word.casefold(): facet for facet, words in data.items() for word in words}


def _lead(events: list[Event]) -> int | None:
    if not events:
        return None
    index = max(range(len(events)), key=lambda i: (events[i].salience, -events[i].start))
    about = events[index].about
    return about if about is not None and 0 <= about < len(events) else index


def _covering(events: list[Event], start: int, end: int) -> int | None:
    """The most salient event one of whose mentions in the text overlaps the span."""
    found = [
        (event.salience, -index)
        for index, event in enumerate(events)
        if event.told_in == "text" and any(m.start < end and start < m.end for m in event.mentions)
    ]
    return -max(found)[1] if found else None


def facet_mentions(result: Result) -> list[FacetMention]:
    """Every facet word of the article with its event (none when it has no event)."""
    lead = _lead(result.events)
    if lead is None:
        return []
    words = table()
    out = []
    for match in _WORD.finditer(result.article.text):
        facet = words.get(match.group().casefold())
        if facet is None:
            continue
        start, end = match.span()
        event = _covering(result.events, start, end)
        out.append(FacetMention(start, end, facet, lead if event is None else event))
    return out
