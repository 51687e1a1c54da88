"""The day of a follow-up's happening: a story told days or weeks after a shooting (an
arrest, a charge, a plea) names the shooting without a time in its lead, and gives its day
further on ("charged in the killing of a teen ... The incident happened on Sept. 1"), or
names only its week or year in the lead ("shot over the weekend", "the ninth such shooting
in 2016") and the day further on ("around 4 p.m. Saturday")."""

from __future__ import annotations

from datetime import date

from dateline.events import about
from dateline.events.anchors import STORY_DAYS
from dateline.events.salience import most_salient
from dateline.models import Event, Time
from dateline.timex import anchor_date

REACH_CHARS = 150
COARSE = ("week", "year")
"""The precisions ``finer_day`` refines. Not a month: a follow-up's "last month" made a day
changes which incidents fusion joins, and lowered held-out killed per incident (session
24, docs/benchmarks.md)."""


def happening_day(events: list[Event], published: str | None, times: list[Time]) -> None:
    """Date the story's happening (its lead, or the happening an aftermath lead is about)
    when it has only the publication week or day: to the first day, before the story's
    week, that the text gives within ``REACH_CHARS`` of a mention of a happening (types in
    ``data/about.yaml``). ``times`` leaves out times of telling ("police said Sunday")."""
    day = anchor_date(published)
    target = _happening(events)
    if day is None or target is None or "date" in target.evidence or target.date is None:
        return
    kinds = about.table().happenings
    told = [m.start for e in events if e.type in kinds for m in e.mentions]
    for time in times:
        if time.precision != "day" or not time.value or not _before_story(time.value, day):
            continue
        if any(abs(time.start - start) <= REACH_CHARS for start in told):
            target.date, target.date_precision = time.value, "day"
            target.evidence["date"] = [time.start, time.end]
            target.why += f"; date: '{time.text}', the first earlier day told near a happening"
            return


def finer_day(events: list[Event], published: str | None, times: list[Time]) -> None:
    """Date the story's happening (as ``happening_day`` finds it) that the text dates only
    to a week or a year (``COARSE``: "shot over the weekend") to the first day inside that
    stretch, before the publication day, that the text gives within ``REACH_CHARS`` of a
    mention of a happening. ``times`` leaves out times of telling."""
    day = anchor_date(published)
    target = _happening(events)
    if day is None or target is None or "date" not in target.evidence:
        return
    if target.date is None or target.date_precision not in COARSE:
        return
    kinds = about.table().happenings
    told = [m.start for e in events if e.type in kinds for m in e.mentions]
    for time in times:
        if time.precision != "day" or not time.value or time.value[:10] > day.isoformat():
            continue
        if not _inside(time.value, target.date, target.date_precision):
            continue
        if any(abs(time.start - start) <= REACH_CHARS for start in told):
            coarse = target.date
            target.date, target.date_precision = time.value, "day"
            target.evidence["date"] = [time.start, time.end]
            target.why += f"; date: '{time.text}', a day of its {coarse} told near a happening"
            return


def _inside(value: str, stretch: str, precision: str) -> bool:
    """Whether a day lies in a month ("2016-11"), an ISO week ("2016-W45") or a year."""
    if precision != "week":
        return value.startswith(stretch)
    year, week, _ = date.fromisoformat(value[:10]).isocalendar()
    return f"{year}-W{week:02d}" == stretch


def _happening(events: list[Event]) -> Event | None:
    """The lead when it is an asserted happening, else the happening it is about."""
    lead = most_salient(events)
    if lead is not None and lead.about is not None:
        lead = events[lead.about]
    if lead is None or lead.status != "asserted" or lead.type not in about.table().happenings:
        return None
    return lead


def _before_story(value: str, day: date) -> bool:
    """A day before the week up to publication."""
    return (day - date.fromisoformat(value[:10])).days > STORY_DAYS
