"""The people an article names with an age ("Jane Roe, 22,", "a 22-year-old Jane Roe"): in
local news, its victims and suspects, never its officials or reporters. Two reports that
name one of them are tied (``ties``) however far apart their dates and words lie; an
article naming more of them than ``person_ties.most_named`` (a weekend's roundup) names
none, so that its victims do not chain their shootings into one incident."""

from __future__ import annotations

import re

from dateline.events.salience import leading
from dateline.incidents.config import rules
from dateline.incidents.ties import is_person
from dateline.models import Result

_AGE_AFTER = re.compile(r"\s*,\s*\d{1,2}\s*(?:,|\.|$|and\b|of\b|who\b)")
_AGE_BEFORE = re.compile(r"\d{1,2}-year-old\s+(?:[a-z]+\s+){0,2}$")
_REACH = 40


def named_with_age(result: Result) -> list[str]:
    """The person ids (``ties.is_person``) of the people the article names with an age,
    sorted; none when it names more than ``person_ties.most_named``."""
    text = result.article.text
    found = {
        actor.actor_id
        for actor in result.actors
        if is_person(actor.actor_id)
        and (
            _AGE_AFTER.match(text, actor.end) is not None
            or _AGE_BEFORE.search(text[max(0, actor.start - _REACH) : actor.start]) is not None
        )
    }
    return sorted(found) if len(found) <= rules().most_named else []


def by_event(result: Result) -> dict[int, list[str]]:
    """``named_with_age`` for each salient event of the article and each happening one is
    the aftermath of (``salience.leading``), by event index: the reports fusion ties by
    these people (a stray event of the article is no report of its happening)."""
    chosen = leading(result.events)
    people = named_with_age(result) if chosen else []
    return {i: people for i in chosen} if people else {}
