"""How central each happening is to the story: the headline and lead's event first.

A record gains from being told in the lead (the first paragraph), from sharing words
with the headline (its trigger, place or actor), from being told early and often, from
the coder's confidence and from counting its dead, hurt or held; a happening that is only
announced, supposed or denied counts for less, a habitual one for least.
"""

from __future__ import annotations

import re

from dateline.models import Event

LEAD = 0.5
WEIGHTS = {"lead": 0.35, "headline": 0.15, "early": 0.2, "often": 0.2, "sure": 0.1, "toll": 0.1}
FULL_MENTIONS = 4
STATUS_FACTOR = {"asserted": 1.0, "generic": 0.3}
OTHER_STATUS = 0.7
STEM = 4
_WORD = re.compile(r"[^\W\d_]+")


def _stems(text: str) -> set[str]:
    return {w[:STEM] for w in _WORD.findall(text.casefold()) if len(w) >= 3}


def lead_end(text: str) -> int:
    """Where the lead ends: the first paragraph break after some text."""
    start = len(text) - len(text.lstrip())
    brk = text.find("\n\n", start)
    return len(text) if brk < 0 else brk


def score(events: list[Event], text: str, title: str | None, sentences: int) -> None:
    """Set each event's ``salience`` in place (0 to 1)."""
    end = lead_end(text)
    headline = _stems(title or "")
    for event in events:
        spans = event.mentions or []
        first = min((m.sentence for m in spans), default=0)
        words = _stems(" ".join(text[m.start : m.end] for m in spans))
        for part in (event.place, event.actor):
            if part is not None:
                words |= _stems(part.text)
        parts = {
            "lead": float(any(m.start < end for m in spans)),
            "headline": float(bool(words & headline)),
            "early": 1.0 - min(first / max(sentences, 1), 1.0),
            "often": min(len(spans), FULL_MENTIONS) / FULL_MENTIONS,
            "sure": event.confidence,
            "toll": float(bool(event.quantities)),
        }
        value = sum(WEIGHTS[k] * v for k, v in parts.items())
        value *= STATUS_FACTOR.get(event.status, OTHER_STATUS)
        event.salience = round(min(1.0, value), 3)


def salient(events: list[Event], threshold: float = LEAD) -> list[Event]:
    """The events a lead-only view keeps: those at or above the threshold."""
    return [e for e in events if e.salience >= threshold]
