"""The toll of a story's lead when the lead tells none: a lead that is the arrest, the charge
or the investigation ("Police arrested a man after the shooting") takes the people killed
and hurt of the happening it is about (``Event.about``); a lead about no happening, or a
shooting told without its count ("Police are investigating a shooting on Elm Street"),
takes those of the story's most salient asserted happening that counts them."""

from __future__ import annotations

from collections.abc import Iterable

from dateline.events.harms import HARMS
from dateline.models import Event


def borrow(events: list[Event], happenings: Iterable[str]) -> None:
    """Give, in place, each lead (the events of the top salience) with no count of people
    harmed the counts of the happening it is about, else of the most salient asserted
    happening (of a type in ``happenings``) that has them."""
    top = max((e.salience for e in events), default=None)
    kinds = frozenset(happenings)
    for lead in (e for e in events if e.salience == top):
        if any(key in lead.quantities for key in HARMS):
            continue
        source = _source(lead, events, kinds)
        if source is None:
            continue
        for key in HARMS:
            if key in source.quantities:
                lead.quantities[key] = source.quantities[key]
                span = source.evidence.get(f"quantities.{key}")
                if span is not None:
                    lead.evidence[f"quantities.{key}"] = span
        lead.why += f"; counts of the {source.type} it tells of ('{source.sentence[:40]}')"


def _source(lead: Event, events: list[Event], kinds: frozenset[str]) -> Event | None:
    """The happening whose counts the lead takes: the one it is about, else the most salient
    asserted one with a count of people harmed."""
    if lead.about is not None:
        about = events[lead.about]
        return about if any(key in about.quantities for key in HARMS) else None
    counted = [
        e
        for e in events
        if e is not lead
        and e.type in kinds
        and e.status == "asserted"
        and any(key in e.quantities for key in HARMS)
    ]
    return max(counted, key=lambda e: e.salience, default=None)
