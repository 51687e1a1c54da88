"""The dictionary's records: canonical actors, countries, roles and reference classes."""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from typing import Any

from dateline.models import Actor

STATE_KIND = "state"
ETHNIC_KIND = "ethnic group"


@dataclass(frozen=True, slots=True)
class Entry:
    """One canonical actor: what every mention of it is normalised to."""

    id: str
    name: str
    aliases: tuple[str, ...] = ()
    country: str | None = None
    sector: str | None = None
    sectors: tuple[str, ...] = ()
    kind: str | None = None
    wikidata: str | None = None
    affiliation: str | None = None

    def merged(self, other: dict[str, Any]) -> Entry:
        """This entry with ``other``'s aliases added and its other given fields taken."""
        aliases = tuple(dict.fromkeys((*self.aliases, *other.get("aliases", ()))))
        given = {k: v for k, v in other.items() if v not in (None, (), []) and k != "aliases"}
        if "sectors" in given:
            given["sectors"] = tuple(given["sectors"])
        return replace(self, aliases=aliases, **given)

    def actor(self, text: str, start: int, end: int, **extra: Any) -> Actor:
        """A mention of this actor at ``text[start:end]`` of the article."""
        fields = {
            "actor_id": self.id,
            "name": self.name,
            "country": self.country,
            "sector": self.sector,
            "kind": self.kind,
        }
        fields.update(extra)
        return Actor(text=text, start=start, end=end, **fields)


@dataclass(frozen=True, slots=True)
class Country:
    """A country: its ISO-3166 alpha-3 and alpha-2 codes and the words that name it
    (``people`` are nouns for its nationals: "Iraqis", "Serbs")."""

    iso3: str
    iso2: str
    name: str
    aliases: tuple[str, ...] = ()
    demonyms: tuple[str, ...] = ()
    people: tuple[str, ...] = ()
    capitals: tuple[str, ...] = ()
    wikidata: str | None = None


@dataclass(frozen=True, slots=True)
class Role:
    """A part of a state or society named after a country ("Iraqi army" -> IRQ-MIL)."""

    code: str
    name: str
    generic: str
    sector: str
    kind: str
    nouns: tuple[str, ...]
    sectors: tuple[str, ...] = ()
    bare: tuple[str, ...] = ()

    def entry(self, country: Country) -> Entry:
        """This role's canonical actor for one country."""
        return Entry(
            id=f"{country.iso3}-{self.code}",
            name=self.name.format(country=country.name),
            country=country.iso3,
            sector=self.sector,
            sectors=self.sectors,
            kind=self.kind,
        )

    def anywhere(self) -> Entry:
        """This role's countryless actor, for articles that name no country (id ``MIL``)."""
        return Entry(
            id=self.code,
            name=self.generic,
            sector=self.sector,
            sectors=self.sectors,
            kind=self.kind,
        )


@dataclass(frozen=True, slots=True)
class Reference:
    """Generic nouns ("the extremists") and the sectors or kinds they may refer back to."""

    nouns: tuple[str, ...]
    sectors: frozenset[str] = field(default_factory=frozenset)
    kinds: frozenset[str] = field(default_factory=frozenset)

    def fits(self, entry: Entry) -> bool:
        """Whether ``entry`` is something this reference can point back to."""
        return entry.sector in self.sectors or entry.kind in self.kinds


@dataclass(frozen=True, slots=True)
class Community:
    """A people's adjective ("Kurdish") and, per role code, the actor id it names in each
    country ("Kurdish forces" in Syria -> SDF)."""

    adjectives: tuple[str, ...]
    roles: dict[str, dict[str, str]]
