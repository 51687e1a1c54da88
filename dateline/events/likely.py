"""How likely a record reports a real happening of its type: a logistic model over what the
coder did and found (the type and mode, the rules its ``why`` names, the trigger's word and
part of speech, its participants, mentions, confidence and salience).

The weights (``data/likely.json``) are learned by ``benchmarks/train_likely.py`` from the
records dateline gives on the development part of the running-text gold set, each labelled
by whether a careful coder recorded that happening with that type. Records below the
model's threshold are dropped, except those told in the first sentence that tells any and
the story's most salient one, when their likelihood reaches ``PROTECTED_FLOOR`` or the text
is a sentence or two (a lone sentence is never left empty); every kept record's
``why`` gives its likelihood, and an aftermath record's ``about`` points at its
happening among the kept records (None when the happening was dropped).
"""

from __future__ import annotations

import math
import re

from dateline.events import about
from dateline.events.logistic import Model, load
from dateline.events.salience import most_salient
from dateline.models import Event

_TRIGGER = re.compile(r"trigger '[^']*' \((\w+) '([^']*)'")
_QUOTED = re.compile(r"(?<!\w)'.*?'(?!\w)")
_ALSO = re.compile(r"\s*\(also .*")
_NUMBER = re.compile(r"\d+")
PROTECTED_FLOOR = 0.2
SHORT_TEXT = 2


def model() -> Model:
    """The packaged model."""
    return load("likely")


def rule_shape(rule: str) -> str:
    """A rule of ``why`` without what it quotes, counts or lists ("subject of 'fired'" and
    "subject of 'shot'" are one rule)."""
    return _NUMBER.sub("N", _QUOTED.sub("Q", _ALSO.sub("", rule))).strip()


def features(event: Event) -> dict[str, float]:
    """The record's features, by name."""
    found = {
        f"type={event.type}": 1.0,
        f"mode={event.mode}": 1.0,
        f"status={event.status}": 1.0,
        f"date={event.date_precision}": 1.0,
        "confidence": event.confidence,
        "salience": event.salience,
        "actor": float(event.actor is not None),
        "recipient": float(event.recipient is not None),
        "place": float(event.place is not None),
        "reported": float(event.reported_by is not None),
        "mentions": math.log1p(len(event.mentions or [])),
    }
    first, *rules = event.why.split("; ")
    trigger = _TRIGGER.match(first)
    if trigger is not None:
        found[f"pos={trigger.group(1)}"] = 1.0
        found[f"lemma={trigger.group(2)}"] = 1.0
    for rule in rules:
        found[f"rule={rule_shape(rule)}"] = 1.0
    return found


def keep(
    events: list[Event],
    sentences: int,
    chosen: Model | None = None,
    threshold: float | None = None,
) -> list[Event]:
    """The records likely to report a real happening (at least ``threshold``, else the
    model's own), and those told in the first sentence that tells any and the most
    salient record unless ``PROTECTED_FLOOR`` finds them unlikely in a text of more than
    ``SHORT_TEXT`` sentences, each with its likelihood in ``why``."""
    chosen = chosen or model()
    needed = chosen.threshold if threshold is None else threshold
    floor = 0.0 if sentences <= SHORT_TEXT else PROTECTED_FLOOR
    top = most_salient(events)
    told = [{m.sentence for m in event.mentions or []} for event in events]
    first = min((min(s) for s in told if s), default=None)
    kept = []
    for event, told_in in zip(events, told, strict=True):
        chance = chosen.probability(features(event))
        protected = first in told_in or event is top
        if chance >= needed or (protected and chance >= floor):
            event.why += f"; likely a real happening: {chance:.2f}"
            kept.append(event)
    return about.kept(events, kept)
