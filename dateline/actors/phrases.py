"""Resolving a free-text phrase (a gold actor string, a query) to a dictionary actor.

Works on words alone, without a parse: the longest named actor in the phrase wins,
then a country followed by a role noun ("Afghan government"), then a country with a
title ("the Chinese ambassador"), a capital (its government) or a country alone; a
demonym after "ethnic" names no country.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from dateline.actors.names import acronym, words
from dateline.actors.records import STATE_KIND, Entry

if TYPE_CHECKING:
    from dateline.actors.dictionary import Dictionary

MAX_WORDS = 10


@dataclass(frozen=True, slots=True)
class Found:
    start: int
    end: int
    kind: str
    value: str


Index = dict[tuple[str, ...], list[tuple[str, str]]]


def phrase_index(dictionary: Dictionary) -> Index:
    """Word tuples -> (kind, value): actor ids, countries, capitals, roles and titles.
    All-capital names ("CAR", "IS") are kept in their case, the rest in lower case."""
    index: Index = {}

    def add(phrase: str, kind: str, value: str) -> None:
        found = tuple(words(phrase, fold=not acronym(phrase)))
        if found and (kind, value) not in index.setdefault(found, []):
            index[found].append((kind, value))

    for entry in dictionary.named_entries():
        for alias in (entry.name, *entry.aliases):
            add(alias, "country" if entry.kind == STATE_KIND else "actor", entry.id)
    for country in dictionary.lexicon.countries:
        for demonym in (*country.demonyms, *country.people):
            add(demonym, "country", country.iso3)
        for capital in country.capitals:
            add(capital, "capital", country.iso3)
    for role in dictionary.lexicon.roles:
        for noun in role.nouns:
            add(noun, "role", role.code)
            add(noun + "s", "role", role.code)
    for title, sector in dictionary.lexicon.titles.items():
        add(title, "title", sector)
    return index


def scan(index: Index, text: str) -> list[Found]:
    """Every phrase of the index in ``text``, longest first at each position."""
    folded, cased = words(text), words(text, fold=False)
    found = []
    for start in range(len(folded)):
        for end in range(min(len(folded), start + MAX_WORDS), start, -1):
            hits = {
                *index.get(tuple(folded[start:end]), ()),
                *index.get(tuple(cased[start:end]), ()),
            }
            found.extend(Found(start, end, kind, value) for kind, value in sorted(hits))
    return found


def resolve(dictionary: Dictionary, text: str) -> Entry | None:
    """The actor ``text`` names, or None; see the module docstring for the order."""
    exact = dictionary.named(text)
    if exact is not None:
        return exact
    found = scan(dictionary.phrase_index, text)
    named = [f for f in found if f.kind == "actor" and not dictionary.is_part(f.value)]
    if named:
        best = max(named, key=lambda f: (f.end - f.start, -f.start))
        return dictionary.get(best.value)
    ethnic = dictionary.lexicon.ethnic
    folded = words(text)
    countries = [
        f for f in found if f.kind == "country" and not (f.start and folded[f.start - 1] in ethnic)
    ]
    for kind in ("role", "title"):
        for word in sorted((f for f in found if f.kind == kind), key=lambda f: -f.start):
            before = [c for c in countries if c.end <= word.start]
            if before:
                iso3 = before[-1].value
                return dictionary.role(iso3, word.value) or dictionary.get(iso3)
    parts = [f for f in found if f.kind == "actor"]
    if parts:
        return dictionary.get(max(parts, key=lambda f: f.end - f.start).value)
    capitals = [f for f in found if f.kind == "capital"]
    if capitals:
        return dictionary.role(capitals[0].value, "GOV")
    if countries:
        return dictionary.get(countries[0].value)
    return None
