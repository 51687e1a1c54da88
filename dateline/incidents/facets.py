"""The facets of a happening an article's words tell, each with the event it belongs to.

A report of a shooting tells its happening in many words: someone died ("killed",
"death"), shots were fired ("gunfire", "the shooter"), someone was hit ("was shot"),
someone was hurt ("wounded"), or the whole happening is named ("the incident").
``data/facets.yaml`` lists the words of each facet, and phrases a single word cannot
tell ("the gun went off", "pulled the trigger"). Every such word or phrase of an article
(a phrase before the words inside it) is a facet mention of the event one of whose
mentions covers it, else of the article's lead happening (its most salient event, or the
happening that one is the aftermath of): the events stage keeps one record per
happening, and an article's stray words of harm tell of the happening it leads with.

What the words around one tell (``facet_context``) refines this: in an article telling
of two or more killed, the doer's own death ("killed himself", "suicide") is told apart
as the ``DOER``'s, and "the killings" tell the lead's deaths; the deaths of several
people told at once ("two people were killed", "the bodies") and the hits or injuries of
two a word takes or a plural possessive tells ("shot his wife and son", "their
injuries") are the ``GROUP``'s, and, in an article telling of two or more killed, a
named person's death ("Washington's death") that person's; a gerund of firing followed
by the person it hit ("shooting his friend") tells the hit, and "shot" as a noun ("took
a shot") the shots fired; and every word of a sentence that counts several happenings (a
city's tally), a word qualifying a plural naming several ("shooting incidents"), a word
naming an office ("the suicide prevention hotline") and a word of the whole happening
that says what kind it was ("the shooting was an accident") are, like a plural naming
several, facets of no event; "it" as the subject of a copula ("it was accidental") tells
the whole happening. Two facet mentions corefer when their events are in one incident
and they tell the same facet of the same person.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

import yaml

from dateline.incidents.facet_context import (
    a_shot_fired,
    classes_it,
    counts,
    happening_pronouns,
    hits_a_person,
    names_a_count,
    names_office,
    of_several,
    own_death,
    possessor,
    sentence_of,
    tells_a_group,
    the_deaths,
)
from dateline.models import Event, Result

_WORD = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)?")
_SPACE = re.compile(r"[^\S\n]+")
SEVERAL = "several"
DOER = "doer"
GROUP = "group"


@dataclass(frozen=True, slots=True)
class FacetMention:
    """A facet word's span in the article's text, its facet, its event's index (None for a
    word that names several happenings or is told in a tally of them) and the person
    whose harm it tells when the text sets that apart (``DOER``, ``GROUP`` for several
    people's harm told at once, or a named person's last name), else None."""

    start: int
    end: int
    facet: str
    event: int | None
    person: str | None = None


@lru_cache(maxsize=1)
def table() -> dict[str, str]:
    """Word form or phrase (lower case, single spaces) -> facet."""
    path = resources.files("dateline.incidents").joinpath("data/facets.yaml")
    with path.open("rb") as handle:
        data = yaml.safe_load(handle)
    return {
        " ".join(word.casefold().split()): facet for facet, words in data.items() for word in words
    }


@lru_cache(maxsize=1)
def _phrases() -> re.Pattern[str] | None:
    """The table's phrases of several words, longest first, any spacing between words."""
    phrases = sorted((p for p in table() if " " in p), key=len, reverse=True)
    if not phrases:
        return None
    alternatives = "|".join(r"\s+".join(map(re.escape, p.split())) for p in phrases)
    return re.compile(rf"(?<![\w'’])(?:{alternatives})(?![\w'’])", re.IGNORECASE)


def _matches(text: str) -> list[tuple[int, int, str]]:
    """Every facet phrase and word of the text as (start, end, facet), in text order; a
    word inside a phrase is not told again."""
    words = table()
    pattern = _phrases()
    found = [
        (m.start(), m.end(), words[" ".join(m.group().casefold().split())])
        for m in (pattern.finditer(text) if pattern else ())
    ]
    taken = [(start, end) for start, end, _ in found]
    for match in _WORD.finditer(text):
        facet = words.get(match.group().casefold())
        start, end = match.span()
        if facet is not None and not any(s < end and start < e for s, e in taken):
            found.append((start, end, facet))
    return sorted(found)


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


def _tallies(text: str, matches: list[tuple[int, int, str]]) -> list[tuple[int, int]]:
    """The sentences of facet words that count several happenings: one that names several
    and states a count ("more than 600 homicides this year, including the fatal shootings
    of ..."), or one that speaks of the number of them ("the number of children killed")."""
    several = {sentence_of(text, start, end) for start, end, facet in matches if facet == SEVERAL}
    spans = {sentence_of(text, start, end) for start, end, _ in matches}
    return [
        (begin, end)
        for begin, end in spans
        if ((begin, end) in several and counts(text[begin:end])) or names_a_count(text[begin:end])
    ]


def _qualifiers(text: str, matches: list[tuple[int, int, str]]) -> set[tuple[int, int]]:
    """The facet words right before a plural naming several, on its line, that qualify it
    ("reckless shooting incidents", "fatal shootings"): like their head, they name several
    happenings."""
    heads = {start for start, _, facet in matches if facet == SEVERAL}
    return {
        (start, end)
        for start, end, facet in matches
        if facet != SEVERAL and (space := _SPACE.match(text, end)) and space.end() in heads
    }


def _of_none(
    text: str,
    match: tuple[int, int, str],
    tallies: list[tuple[int, int]],
    qualifiers: set[tuple[int, int]],
) -> bool:
    """Whether the word tells of no one happening: a plural naming several or a word that
    qualifies one, a word of a tally, a word naming an office, or a word of the whole
    happening saying what kind of happening it was."""
    start, end, facet = match
    return (
        facet == SEVERAL
        or (start, end) in qualifiers
        or any(b <= start and end <= e for b, e in tallies)
        or names_office(text, end)
        or (facet == "whole" and classes_it(text, start))
    )


def _killed_several(events: list[Event]) -> bool:
    return any(e.told_in == "text" and e.quantities.get("killed", 0) >= 2 for e in events)


def facet_mentions(result: Result) -> list[FacetMention]:
    """Every facet word and phrase of the article with its event (none when it has no
    event) and the person it tells of where the text sets one apart."""
    lead = _lead(result.events)
    if lead is None:
        return []
    text = result.article.text
    matches = sorted(_matches(text) + [(s, e, "whole") for s, e in happening_pronouns(text)])
    tallies = _tallies(text, matches)
    qualifiers = _qualifiers(text, matches)
    killed_several = _killed_several(result.events)
    lead_killed_several = result.events[lead].quantities.get("killed", 0) >= 2
    out = []
    for start, end, facet in matches:
        if facet == SEVERAL and lead_killed_several and the_deaths(text, start, end):
            facet = "death"
        if _of_none(text, (start, end, facet), tallies, qualifiers):
            out.append(FacetMention(start, end, facet, None))
            continue
        if facet == "firing" and hits_a_person(result, start, end):
            facet = "hit"
        elif facet == "hit" and a_shot_fired(text, start, end):
            facet = "firing"
        event = _covering(result.events, start, end)
        doer = facet == "death" and killed_several and own_death(text, start, end)
        group = not doer and (
            (facet == "death" and tells_a_group(text, start, end))
            or (facet in ("hit", "injury") and of_several(text, start, end))
        )
        person = DOER if doer else GROUP if group else None
        if person is None and facet == "death" and killed_several:
            person = possessor(result, start)
        out.append(FacetMention(start, end, facet, lead if event is None else event, person))
    return out
