"""The places stage: recognise every toponym of a parsed article and resolve it."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from spacy.tokens import Doc

from dateline.config import Settings
from dateline.geo.context import INFERRED
from dateline.geo.gazetteer import Candidate, Gazetteer
from dateline.geo.government import is_government
from dateline.geo.names import key
from dateline.geo.outlet import Outlet, outlet
from dateline.geo.rank import OUTLET, Choice, rank
from dateline.geo.recognise import (
    Mention,
    common_words,
    demonym_countries,
    firm_names,
    premises,
    recognise,
)
from dateline.models import Article, Place, Result
from dateline.parses import named_entities


@lru_cache(maxsize=4)
def open_gazetteer(path: Path | None = None) -> Gazetteer:
    """The gazetteer at ``path``, or the embedded default (built and cached on first use)."""
    if path is None:
        from dateline.geo.embedded import default_path

        path = default_path()
    return Gazetteer(path)


def to_place(choice: Choice, government: bool = False) -> Place:
    """The public record of a resolved (or unresolved) mention."""
    m = choice.mention
    place = Place(m.text, m.start, m.end, score=choice.score, government=government)
    return _record(place, choice.candidate)


def _record(place: Place, c: Candidate | None) -> Place:
    """The place with the gazetteer entry's fields, where it has one."""
    if c is not None:
        place.geonameid = c.geonameid
        place.name = c.name
        place.country_code = c.country_code
        place.admin1 = c.admin1
        place.lat = round(c.lat, 5)
        place.lon = round(c.lon, 5)
        place.feature_code = c.feature_code
    return place


def home_place(article: Article, gazetteer: Gazetteer) -> Place | None:
    """The outlet's home town as a place no characters of the text name (an empty span at
    the start, ``text`` empty, half the usual confidence): the most populous town of the
    outlet's first home-town name inside its first-level area. None where the outlet's
    area is unknown (a town spelled by a host name alone may lie in any state)."""
    found = outlet(article.url, article.source, gazetteer, article.title)
    if not found.towns or found.area is None:
        return None
    name = key(found.towns[0])
    towns = [
        c
        for c in gazetteer.by_key({name}).get(name, [])
        if c.feature_class == "P" and (c.country_code, c.admin1_code) == found.area
    ]
    if not towns:
        return None
    town = max(towns, key=lambda c: c.population)
    return _record(Place("", 0, 0, score=INFERRED), town)


def resolve_mentions(
    text: str, mentions: list[Mention], gazetteer: Gazetteer, outlet: Outlet | None = None
) -> list[Choice]:
    """Resolve mentions jointly, with the article's demonyms and its outlet as context.

    The outlet's home towns join the ranking as names the article does not show, and
    the article's own mentions of them (with no type word) ask for a town.
    """
    towns = [
        Mention(len(text), len(text), name, OUTLET, "populated", [key(name)])
        for name in (outlet.towns if outlet else ())
    ]
    home = {town.keys[0] for town in towns}
    for m in mentions:
        if m.hint is None and m.keys and m.keys[0] in home:
            m.hint = "populated"
    context = demonym_countries(text, gazetteer)
    country = outlet.country if outlet else None
    area = outlet.area if outlet else None
    return rank(mentions + towns, gazetteer, text, context, country, area)[: len(mentions)]


@dataclass(frozen=True, slots=True)
class Focus:
    """An article's main country and first-level administrative area (None when unknown)."""

    country_code: str | None
    admin1: str | None


def focus(places: list[Place]) -> Focus:
    """The country and admin1 that an article's resolved places point to most."""
    countries = Counter(p.country_code for p in places if p.country_code)
    if not countries:
        return Focus(None, None)
    country = countries.most_common(1)[0][0]
    admins = Counter(p.admin1 for p in places if p.country_code == country and p.admin1)
    return Focus(country, admins.most_common(1)[0][0] if admins else None)


class PlaceStage:
    """Finds and resolves every place an article names.

    A place no gazetteer entry fits stays in the layer with its fields None.
    """

    layer = "places"

    def __init__(self, settings: Settings) -> None:
        self.gazetteer = open_gazetteer(settings.gazetteer)

    def __call__(self, result: Result, doc: Doc) -> list[Place]:
        article = result.article
        text = article.text  # the parsed text; spaCy rebuilds ``doc.text`` on each access
        entities = named_entities(doc)
        source = outlet(article.url, article.source, self.gazetteer, article.title)
        mentions = recognise(doc, self.gazetteer, text, source.towns, entities, article.title)
        choices = resolve_mentions(text, mentions, self.gazetteer, source)
        firms = firm_names(doc, entities) | common_words(doc, mentions)
        buildings = premises(entities)
        countries = (_countries(choices) | {source.country}) - {None}
        return [
            to_place(c, is_government(doc, c))
            for c in choices
            if not _stray(c)
            and not _firm(c, firms)
            and not _acronym_abroad(c, countries)
            and not _inside(c, buildings)
        ]


def _inside(choice: Choice, spans: list[tuple[int, int]]) -> bool:
    """Whether the choice's name lies inside one of ``spans`` (a building's name)."""
    m = choice.mention
    return any(start <= m.start and m.end <= end for start, end in spans)


def _stray(choice: Choice) -> bool:
    """A lone word no gazetteer entry has, with no type word beside it: a person, a firm
    or a disease the tagger took for a place ("Saakashvili", "Petrojet", "H1N1"), far
    more often than a place the gazetteer lacks."""
    m = choice.mention
    return choice.unknown and m.hint is None and len(m.text.split()) == 1


def _firm(choice: Choice, firms: set[str]) -> bool:
    """A one-word name that opens a firm's name in the article ("The Belk Foundation"),
    or that the tagger reads as a common word ("Arab", "Fly"), and whose own readings
    all gave way to the context: the firm or the word, not a place."""
    m = choice.mention
    return (
        choice.inferred
        and not choice.unknown
        and len(m.text.split()) == 1
        and bool(m.keys)
        and m.keys[0] in firms
    )


def _countries(choices: list[Choice]) -> set[str | None]:
    """The countries of the article's places read by their own names, acronyms aside."""
    return {
        c.candidate.country_code
        for c in choices
        if c.candidate is not None and not c.inferred and not _letters(c.mention.text)
    }


def _letters(text: str) -> bool:
    """Two or three capital letters with no dots ("PA", "VA"; not "U.S." or "Pa.")."""
    return 2 <= len(text) <= 3 and text.isalpha() and text.isupper()


def _acronym_abroad(choice: Choice, countries: set[str | None]) -> bool:
    """Two or three capitals read as a first-level area of a country that neither the
    article's other places nor its outlet are in, where it names or has any: an
    organisation's initials ("PA officials" in a story from Ramallah is the Palestinian
    Authority, not Pennsylvania)."""
    c = choice.candidate
    return (
        c is not None
        and not choice.inferred
        and c.feature_code == "ADM1"
        and _letters(choice.mention.text)
        and bool(countries)
        and c.country_code not in countries
    )
