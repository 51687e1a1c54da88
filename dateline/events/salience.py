"""How central each happening is to the story: the headline and lead's event first.

A record's ``salience`` is the chance that a careful coder marks its happening as one the
headline and lead report: a logistic model (``data/salience.json``) over its parts —
being told in the lead (the first paragraph) or the first sentence, sharing words with the
headline (its trigger, place or actor), being told early and often, the coder's
confidence, counting its dead, hurt or held, its status (an announced, supposed or denied
happening counts for less) and its type. The weights and the ``--lead`` threshold are
learned by ``benchmarks/train_salience.py`` from the dev part of the running-text gold set.
"""

from __future__ import annotations

import re

from dateline.events.logistic import load
from dateline.models import Event

FULL_MENTIONS = 4
STEM = 4
_WORD = re.compile(r"[^\W\d_]+")


def stems(text: str) -> set[str]:
    """The first letters of each word of three or more letters (how words are compared)."""
    return {w[:STEM] for w in _WORD.findall(text.casefold()) if len(w) >= 3}


def lead_end(text: str) -> int:
    """Where the lead ends: the first paragraph break after some text."""
    start = len(text) - len(text.lstrip())
    brk = text.find("\n\n", start)
    return len(text) if brk < 0 else brk


def parts(event: Event, text: str, lead: int, headline: set[str], sentences: int) -> dict:
    """The record's parts by name (``lead``: where the lead ends; ``headline``: the stems of
    the headline's words; ``sentences``: how many the text has)."""
    spans = event.mentions or []
    first = min((m.sentence for m in spans), default=0)
    words = stems(" ".join(text[m.start : m.end] for m in spans))
    for part in (event.place, event.actor):
        if part is not None:
            words |= stems(part.text)
    return {
        "lead": float(any(m.start < lead for m in spans)),
        "first": float(first == 0),
        "headline": float(bool(words & headline)),
        "early": 1.0 - min(first / max(sentences, 1), 1.0),
        "often": min(len(spans), FULL_MENTIONS) / FULL_MENTIONS,
        "sure": event.confidence,
        "toll": float(bool(event.quantities)),
        f"status={event.status}": 1.0,
        f"type={event.type}": 1.0,
    }


def score(events: list[Event], text: str, title: str | None, sentences: int) -> None:
    """Set each event's ``salience`` in place (0 to 1)."""
    model, lead, headline = load("salience"), lead_end(text), stems(title or "")
    for event in events:
        chance = model.probability(parts(event, text, lead, headline, sentences))
        event.salience = round(chance, 3)


LEAD = load("salience").threshold


def most_salient(events: list[Event]) -> Event | None:
    """The story's lead: the record of the highest salience (the first of equals)."""
    return max(events, key=lambda e: e.salience, default=None)


def salient(events: list[Event], threshold: float = LEAD) -> list[Event]:
    """The events a lead-only view keeps: those at or above the threshold."""
    return [e for e in events if e.salience >= threshold]


def leading(events: list[Event]) -> list[int]:
    """The indices of the salient events and of the happenings they are the aftermath of
    (``Event.about``), in order: the records that report an article's story."""
    chosen = {i for i, event in enumerate(events) if event.salience >= LEAD}
    chosen |= {events[i].about for i in chosen if events[i].about is not None}
    return sorted(i for i in chosen if 0 <= i < len(events))
