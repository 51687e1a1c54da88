"""Reading the packaged data files: countries, roles, titles and generic references."""

from __future__ import annotations

import csv
from dataclasses import dataclass
from functools import cache
from importlib import resources
from pathlib import Path
from typing import Any

import yaml

from dateline.actors.records import Community, Country, Reference, Role

DATA = resources.files("dateline.actors") / "data"


@dataclass(frozen=True, slots=True)
class Lexicon:
    """The grammar of actor mentions: everything but the actors themselves."""

    countries: tuple[Country, ...]
    roles: tuple[Role, ...]
    modifiers: tuple[str, ...]
    titles: dict[str, str]
    title_words: frozenset[str]
    references: tuple[Reference, ...]
    window: int
    communities: tuple[Community, ...]
    located_in: frozenset[str]
    located_by: frozenset[str]
    ethnic: frozenset[str]
    belonging: frozenset[str]


def read_yaml(path: Path | Any) -> dict[str, Any]:
    """A YAML mapping from a path or a package resource."""
    with path.open(encoding="utf-8") as handle:
        data = yaml.safe_load(handle) or {}
    if not isinstance(data, dict):
        raise ValueError(f"{path}: expected a mapping at the top level")
    return data


def _split(value: str) -> tuple[str, ...]:
    return tuple(part.strip() for part in value.split("|") if part.strip())


def read_countries(path: Path | Any) -> tuple[Country, ...]:
    """Countries from a CSV: iso3, iso2, name, aliases, demonyms, people, capitals, wikidata."""
    with path.open(encoding="utf-8", newline="") as handle:
        rows = list(csv.DictReader(handle))
    return tuple(
        Country(
            iso3=row["iso3"],
            iso2=row["iso2"],
            name=row["name"],
            aliases=_split(row.get("aliases") or ""),
            demonyms=_split(row.get("demonyms") or ""),
            people=_split(row.get("people") or ""),
            capitals=_split(row.get("capitals") or ""),
            wikidata=row.get("wikidata") or None,
        )
        for row in rows
    )


def read_roles(data: dict[str, Any]) -> tuple[Role, ...]:
    """Roles keyed by code; a role's sector is its code unless it says otherwise."""
    return tuple(
        Role(
            code=code,
            name=spec["name"],
            generic=spec.get("generic", code),
            sector=spec.get("sector", code),
            sectors=tuple(spec.get("sectors", ())),
            kind=spec["kind"],
            nouns=tuple(spec["nouns"]),
            bare=tuple(spec.get("bare", ())),
        )
        for code, spec in data["roles"].items()
    )


def read_titles(data: dict[str, Any]) -> dict[str, str]:
    """Title phrase (lower case) -> sector."""
    return {title.lower(): sector for sector, names in data["titles"].items() for title in names}


def read_references(data: dict[str, Any]) -> tuple[Reference, ...]:
    return tuple(
        Reference(
            nouns=tuple(spec["nouns"]),
            sectors=frozenset(spec.get("sectors", ())),
            kinds=frozenset(spec.get("kinds", ())),
        )
        for spec in data["references"]
    )


def read_communities(data: dict[str, Any]) -> tuple[Community, ...]:
    return tuple(
        Community(adjectives=tuple(spec["adjectives"]), roles=dict(spec["roles"]))
        for spec in data["communities"]
    )


@cache
def lexicon() -> Lexicon:
    """The packaged lexicon, read once per process."""
    roles = read_yaml(DATA / "roles.yaml")
    titles = read_yaml(DATA / "titles.yaml")
    generic = read_yaml(DATA / "generic.yaml")
    return Lexicon(
        countries=read_countries(DATA / "countries.csv"),
        roles=read_roles(roles),
        modifiers=tuple(roles.get("modifiers", ())),
        titles=read_titles(titles),
        title_words=frozenset(word.lower() for word in titles.get("words", ())),
        references=read_references(generic),
        window=int(generic.get("window", 6)),
        communities=read_communities(read_yaml(DATA / "communities.yaml")),
        located_in=frozenset(roles.get("located", {}).get("prepositions", ())),
        located_by=frozenset(roles.get("located", {}).get("participles", ())),
        ethnic=frozenset(roles.get("ethnic", ())),
        belonging=frozenset(roles.get("belonging", ())),
    )
