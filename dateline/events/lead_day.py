"""The story lead's day from what the story's opening tells."""

from __future__ import annotations

import re
from collections.abc import Iterator
from datetime import date

from spacy.tokens import Doc, Token

from dateline.events.anchors import (
    DAY_REACH,
    OPENING_CHARS,
    clause_verb,
    named_noun,
    table,
    this_week,
    words,
)
from dateline.events.salience import most_salient
from dateline.models import Event, Time
from dateline.timex import anchor_date


def occurrence_day(events: list[Event], published: str | None, doc: Doc, times: list[Time]) -> None:
    """The story's lead takes the day of the opening's first sentence that tells when the
    happening took place (``occurrence``: "The shooting happened about 8:45 p.m. Sunday")
    where no time of the lead's own clauses dates it: "A boy was in critical condition
    Tuesday after he was shot ... The shooting happened about 6 p.m. Monday" dates the
    shooting Monday. A time hanging from the lead's word of dying (``dying_verbs``) gives
    way to an earlier day the opening says it happened on: those shot die later ("The
    shooting happened ... on Sunday night ... they died early Monday" is Sunday's).
    ``times`` are the times that may tell a happening (no telling, no page stamp, no later
    step's)."""
    found = _story_lead(events, published)
    if found is None:
        return
    lead, day = found
    own = _own_trigger(lead, doc)
    dying = own is not None and own.lemma_.lower() in words()["dying_verbs"]
    if own is not None and not (dying and lead.date_precision == "day" and lead.date):
        return
    for time in _opening_week(times, day):
        span = doc.char_span(time.start, time.end, alignment_mode="expand")
        if span is None or not occurrence(clause_verb(span.root)):
            continue
        if dying and not (time.value and time.value < lead.date):
            continue
        if time.value == lead.date and lead.date_precision == "day":
            return
        lead.date, lead.date_precision = time.value, "day"
        lead.evidence["date"] = [time.start, time.end]
        lead.why += f"; date: '{time.text}', the day the opening says it happened"
        return


def present_day(
    events: list[Event],
    published: str | None,
    text: str,
    times: list[Time],
    scenes: set[tuple[int, int]],
) -> None:
    """A lead told in the present ("a girl has died after a shooting"), which the text
    dates to no time and so has the publication day, takes the first other day of the week
    up to publication that the opening names with a time of day (``clock`` in dates.yaml,
    within ``DAY_REACH`` characters) among ``times`` (the happenings' and scenes' times:
    "Police responded to the home about 5 p.m. Saturday"), or names with no hour as the time
    police came to the scene (``scenes``, by their spans: "deputies responding to a 911
    call Sunday found the girl"): news tells in the present the outcome of a happening days
    old, and tells the happening's hour or the scene's day."""
    found = _story_lead(events, published)
    if found is None:
        return
    lead, day = found
    if lead.date_precision != "day" or "date" in lead.evidence or lead.date != day.isoformat():
        return
    for time in _opening_week(times, day):
        near = text[max(0, time.start - DAY_REACH) : time.end + DAY_REACH]
        clock = re.search(table()["clock"], near, re.IGNORECASE) is not None
        if not clock and (time.start, time.end) not in scenes:
            continue
        if time.value == lead.date:
            return
        lead.date = time.value
        lead.evidence["date"] = [time.start, time.end]
        lead.why += f"; date: '{time.text}', the first day the opening names"
        return


def month_day(
    events: list[Event],
    published: str | None,
    doc: Doc,
    times: list[Time],
    scenes: set[tuple[int, int]],
) -> None:
    """A lead the text dates to a month ("shot last month", "killed earlier this month": a
    span of the text) takes the first day of that month, up to publication, that the
    opening tells as the happening's own (``_told_day``) or as when police came to the scene
    (``scenes``, by their spans), among ``times`` (the text's times but a page's stamp):
    the month told first, its day told after ("shot last month ... On March 28, deputies
    responded to a motel", "last month ... the March 18 incident")."""
    found = _story_lead(events, published)
    if found is None:
        return
    lead, day = found
    if lead.date_precision != "month" or "date" not in lead.evidence or not lead.date:
        return
    for time in times:
        if time.start >= OPENING_CHARS or time.precision != "day" or not time.value:
            continue
        if time.value[:7] != lead.date or time.value[:10] > day.isoformat():
            continue
        if (time.start, time.end) not in scenes and not _told_day(doc, time):
            continue
        lead.date, lead.date_precision = time.value, "day"
        lead.evidence["date"] = [time.start, time.end]
        lead.why += f"; date: '{time.text}', the day inside the month it is told in"
        return


def _told_day(doc: Doc, time: Time) -> bool:
    """Whether a time is told as the happening's own: in a sentence that says when it took
    place (``occurrence``: "The incident happened Feb. 26") or naming a noun of
    ``occurrence_subjects`` ("the March 18 incident")."""
    span = doc.char_span(time.start, time.end, alignment_mode="expand")
    if span is None:
        return False
    if occurrence(clause_verb(span.root)):
        return True
    noun = named_noun(span)
    return noun is not None and noun.lemma_.lower() in words()["occurrence_subjects"]


def _story_lead(events: list[Event], published: str | None) -> tuple[Event, date] | None:
    """The story's lead, asserted and told in the text, and the publication day; None
    without either."""
    day = anchor_date(published)
    lead = most_salient(events)
    if day is None or lead is None or lead.status != "asserted" or lead.told_in != "text":
        return None
    return lead, day


def _opening_week(times: list[Time], day: date) -> Iterator[Time]:
    """The times of the opening dated to a day of the week up to publication (``day``)."""
    return (t for t in times if t.start < OPENING_CHARS and this_week(t, day))


def occurrence(verb: Token) -> bool:
    """Whether a verb tells that a happening took place: an ``occurrence_verbs`` verb (with
    its particle, ``occurrence_particles``) whose subject is one of ``occurrence_subjects``."""
    lemma = verb.lemma_.lower()
    if lemma not in words()["occurrence_verbs"]:
        return False
    particle = table()["occurrence_particles"].get(lemma)
    children = list(verb.children)
    if particle and not any(c.dep_ == "prt" and c.lower_ == particle for c in children):
        return False
    subjects = [c for c in children if c.dep_ == "nsubj"]
    return any(s.lemma_.lower() in words()["occurrence_subjects"] for s in subjects)


def _own_trigger(lead: Event, doc: Doc) -> Token | None:
    """The trigger of the lead whose clause holds the lead's date, if one does: the time
    hangs from it (or lies inside its noun phrase, "Saturday's shooting")."""
    span = lead.evidence.get("date")
    if span is None:
        return None
    time = doc.char_span(span[0], span[1], alignment_mode="expand")
    if time is None:
        return None
    triggers = {doc.char_span(m.start, m.end, alignment_mode="expand") for m in lead.mentions}
    roots = {t.root.i for t in triggers if t is not None}
    return next((a for a in [time.root, *time.root.ancestors] if a.i in roots), None)
