"""Which happening an aftermath event is about: the arrest, charge or vigil an article
reports beside the shooting it follows gets the shooting's index in ``Event.about``.

The rules and word lists are in ``data/about.yaml``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

import yaml

from dateline.events.anchors import holds
from dateline.models import Event

_WORD = re.compile(r"[^\W\d_]+")


@dataclass(frozen=True, slots=True)
class Table:
    """The happening types, the aftermath types (with their modes; empty: every mode)
    and the words that name a happening."""

    happenings: frozenset[str]
    aftermath: dict[str, frozenset[str]]
    cues: frozenset[str]
    suspects: dict[str, frozenset[str]]

    def follows(self, event: Event) -> bool:
        """Whether the event is of an aftermath kind."""
        modes = self.aftermath.get(event.type)
        return modes is not None and (not modes or event.mode in modes)


@lru_cache(maxsize=1)
def table() -> Table:
    """The packaged rules."""
    with resources.files("dateline.events").joinpath("data/about.yaml").open("rb") as fh:
        data = yaml.safe_load(fh)
    return Table(
        happenings=frozenset(data["happenings"]),
        aftermath={k: frozenset(v or ()) for k, v in data["aftermath"].items()},
        cues=frozenset(data["cues"]),
        suspects={k: frozenset(v) for k, v in data["suspects"].items()},
    )


def _sentences(event: Event) -> set[int]:
    return {m.sentence for m in event.mentions}


def _most_salient(events: list[Event], indexes: list[int]) -> int:
    return min(indexes, key=lambda i: (-events[i].salience, i))


def about(events: list[Event], index: int) -> int | None:
    """The index of the happening the ``index``-th event is about, None if it is none's
    aftermath (or a happening itself)."""
    rules = table()
    event = events[index]
    if event.type in rules.happenings or not rules.follows(event):
        return None
    happenings = [
        i
        for i, e in enumerate(events)
        if i != index and e.type in rules.happenings and e.status == "asserted"
    ]
    if not happenings:
        return None
    mine = _sentences(event)
    beside = [i for i in happenings if _sentences(events[i]) & mine]
    if beside:
        return _most_salient(events, beside)
    words = {w.casefold() for w in _WORD.findall(event.sentence)}
    if words & rules.cues:
        return _most_salient(events, happenings)
    return None


def dated_happening(events: list[Event]) -> None:
    """The story's lead, when it is a step against the suspected doer (``suspects``: an
    arrest, a charge) of a happening the text dates to a day, trades its salience with that
    happening's, in place: the story an analyst counts is the shooting, whose day the text
    tells ("A man was charged Thursday ... after his nephew shot himself on Monday"), not
    the step after it. Not when the two are placed apart or the step counts harms the
    happening does not: the lead would lose them."""
    lead = max(range(len(events)), key=lambda i: events[i].salience, default=None)
    if lead is None:
        return
    step, target = events[lead], about(events, lead)
    if target is None or step.mode not in table().suspects.get(step.type, frozenset()):
        return
    happening = events[target]
    if happening.date_precision != "day" or "date" not in happening.evidence:
        return
    if _placed_apart(step, happening) or not set(step.quantities) <= set(happening.quantities):
        return
    step.salience, happening.salience = happening.salience, step.salience


def _placed_apart(step: Event, happening: Event) -> bool:
    """Whether the two are placed in two places, neither an area holding the other."""
    one, other = step.place, happening.place
    if (
        one is None
        or other is None
        or (one.geonameid or one.name) == (other.geonameid or other.name)
    ):
        return False
    return not (holds(one, other) or holds(other, one))


def link(events: list[Event]) -> None:
    """Set ``about`` on every aftermath event of one article's events, in place."""
    for index, event in enumerate(events):
        event.about = about(events, index)


def kept(events: list[Event], chosen: list[Event]) -> list[Event]:
    """``chosen`` (some of ``events``, in order) with each ``about`` re-pointed into it: the
    happening's index among the chosen, None when the happening was left out."""
    position = {id(event): n for n, event in enumerate(chosen)}
    targets = [None if e.about is None else position.get(id(events[e.about])) for e in chosen]
    for event, target in zip(chosen, targets, strict=True):
        event.about = target
    return chosen


def suspects(events: list[Event]) -> None:
    """A happening told with no doer takes, in place, whom the first arrest or charge about
    it holds ("a 30-year-old man has been arrested over the attack": the attacker)."""
    rules = table()
    for event in events:
        target = events[event.about] if event.about is not None else None
        if target is None or target.actor is not None or event.recipient is None:
            continue
        if event.mode not in rules.suspects.get(event.type, frozenset()):
            continue
        target.actor = event.recipient
        target.evidence["actor"] = [event.recipient.start, event.recipient.end]
        target.why += f"; actor: the suspect the {event.type}/{event.mode} about it holds"
