"""The day of a follow-up's happening: a story told days or weeks after a shooting (an
arrest, a charge, a plea) names the shooting without a time in its lead, and gives its day
further on ("charged in the killing of a teen ... The incident happened on Sept. 1")."""

from __future__ import annotations

from datetime import date

from dateline.events import about
from dateline.events.anchors import STORY_DAYS, this_week
from dateline.events.salience import most_salient
from dateline.models import Event, Time
from dateline.timex import anchor_date

REACH_CHARS = 150


def happening_day(
    events: list[Event], published: str | None, times: list[Time], scene: list[Time]
) -> None:
    """Date the story's happening (its lead, or the happening an aftermath lead is about)
    when it has only the publication week or day: to the first day, before the story's
    week, that the text gives within ``REACH_CHARS`` of a mention of a happening (types in
    ``data/about.yaml``). ``times`` leaves out times of telling ("police said Sunday").
    After a day of the story's week that ``scene`` (times of a happening or a scene, no
    later step's) gives near the target's own mentions, only an earlier day told near
    them too: "It happened after 3 a.m. Wednesday ... One week ago, on June 29th, a boy
    died" leaves the lead to ``story_day`` (Wednesday), June 29th being another
    happening's day."""
    day = anchor_date(published)
    target = _happening(events)
    if day is None or target is None or "date" in target.evidence or target.date is None:
        return
    kinds = about.table().happenings
    told = [m.start for e in events if e.type in kinds for m in e.mentions]
    own = [m.start for m in target.mentions]
    story = [t.start for t in scene if this_week(t, day) and _near(t, own)]
    for time in times:
        if time.precision != "day" or not time.value or not _before_story(time.value, day):
            continue
        if story and min(story) < time.start and not _near(time, own):
            continue
        if _near(time, told):
            target.date, target.date_precision = time.value, "day"
            target.evidence["date"] = [time.start, time.end]
            target.why += f"; date: '{time.text}', the first earlier day told near a happening"
            return


def _happening(events: list[Event]) -> Event | None:
    """The lead when it is an asserted happening, else the happening it is about."""
    lead = most_salient(events)
    if lead is not None and lead.about is not None:
        lead = events[lead.about]
    if lead is None or lead.status != "asserted" or lead.type not in about.table().happenings:
        return None
    return lead


def _near(time: Time, starts: list[int]) -> bool:
    return any(abs(time.start - start) <= REACH_CHARS for start in starts)


def _before_story(value: str, day: date) -> bool:
    """A day before the week up to publication."""
    return (day - date.fromisoformat(value[:10])).days > STORY_DAYS
