"""The actor dictionary: canonical actors from the packaged data files and a user's file.

The packaged dictionary is every country's state (id ``IRQ``) and its parts (``IRQ-GOV``,
``IRQ-MIL``, ... one per role of ``roles.yaml``), then the named actors of
``actors.yaml``. A user's file has the shape of ``actors.yaml``: its entries are added,
an entry with an existing id adds aliases to that actor and overrides the fields it
gives; with a top-level ``replace: true`` the user's entries are the whole dictionary.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from functools import cache, cached_property
from pathlib import Path
from typing import Any

from dateline.actors.lexicon import DATA, Lexicon, lexicon, read_yaml
from dateline.actors.names import acronym, key
from dateline.actors.phrases import phrase_index, resolve
from dateline.actors.records import STATE_KIND, Entry

CODE = re.compile(r"[A-Z]{3}")
ENTRY_FIELDS = (
    "name",
    "aliases",
    "country",
    "sector",
    "sectors",
    "kind",
    "wikidata",
    "affiliation",
)


def state_entries(lex: Lexicon) -> Iterator[Entry]:
    """Each role without a country, each country as a state, and each of its roles."""
    for role in lex.roles:
        yield role.anywhere()
    for country in lex.countries:
        names = (country.name, *country.aliases)
        yield Entry(
            id=country.iso3,
            name=country.name,
            aliases=names,
            country=country.iso3,
            kind=STATE_KIND,
            wikidata=country.wikidata,
        )
        for role in lex.roles:
            yield role.entry(country)


def _fields(spec: dict[str, Any], source: str) -> dict[str, Any]:
    """An actor mapping's entry fields, checked: known fields, codes in capitals."""
    if not isinstance(spec, dict) or "id" not in spec:
        raise ValueError(f"{source}: an actor without an id: {spec!r}")
    unknown = set(spec) - {"id", *ENTRY_FIELDS}
    if unknown:
        raise ValueError(f"{source}: actor {spec['id']}: unknown fields {sorted(unknown)}")
    codes = [spec.get("country"), spec.get("sector"), *(spec.get("sectors") or ())]
    bad = [code for code in codes if code is not None and not CODE.fullmatch(str(code))]
    if bad:
        raise ValueError(f"{source}: actor {spec['id']}: codes must be 3 capitals: {bad}")
    values = {k: spec[k] for k in ENTRY_FIELDS if k in spec}
    values["aliases"] = tuple(str(alias) for alias in values.get("aliases") or ())
    return values


def merge(entries: dict[str, Entry], specs: Iterable[dict[str, Any]], source: str) -> None:
    """Add ``specs`` (actor mappings) to ``entries``, merging into existing ids."""
    for spec in specs:
        values = _fields(spec, source)
        actor_id = str(spec["id"])
        if actor_id in entries:
            entries[actor_id] = entries[actor_id].merged(values)
            continue
        values.setdefault("name", values["aliases"][0] if values["aliases"] else actor_id)
        values["sectors"] = tuple(values.get("sectors") or ())
        entries[actor_id] = Entry(id=actor_id, **values)


class Dictionary:
    """Canonical actors, looked up by id (``get``) or by a name or phrase (``lookup``)."""

    def __init__(self, entries: Iterable[Entry], lex: Lexicon | None = None) -> None:
        self.lexicon = lex or lexicon()
        self.entries: dict[str, Entry] = {entry.id: entry for entry in entries}
        self.countries = {country.iso3: country for country in self.lexicon.countries}
        self.iso3_of = {country.iso2: country.iso3 for country in self.lexicon.countries}
        self.role_codes = {role.code for role in self.lexicon.roles}
        self.by_alias: dict[str, list[str]] = {}
        for entry in self.named_entries():
            for alias in (entry.name, *entry.aliases):
                ids = self.by_alias.setdefault(key(alias, fold=not acronym(alias)), [])
                if entry.id not in ids:
                    ids.append(entry.id)

    @cached_property
    def phrase_index(self) -> dict[tuple[str, ...], list[tuple[str, str]]]:
        """Every name, demonym, capital, role noun and title as word tuples."""
        return phrase_index(self)

    def is_part(self, actor_id: str) -> bool:
        """Whether the id names a part of a state ("IRQ-MIL") rather than a named actor."""
        iso3, _, code = actor_id.partition("-")
        return iso3 in self.countries and code in self.role_codes

    def named_entries(self) -> Iterator[Entry]:
        """The actors found by their names: all but the countryless roles ("MIL"), which
        only the patterns reach."""
        return (entry for entry in self.entries.values() if entry.id not in self.role_codes)

    def __len__(self) -> int:
        return len(self.entries)

    def __iter__(self) -> Iterator[Entry]:
        return iter(self.entries.values())

    def __contains__(self, actor_id: object) -> bool:
        return actor_id in self.entries

    def get(self, actor_id: str | None) -> Entry | None:
        """The actor with this id, or None."""
        return self.entries.get(actor_id) if actor_id else None

    def role(self, iso3: str | None, code: str) -> Entry | None:
        """A country's part by role code ("IRQ", "MIL" -> IRQ-MIL), if in the dictionary."""
        return self.get(f"{iso3}-{code}") if iso3 else None

    def named(self, text: str) -> Entry | None:
        """The actor one of whose names is exactly ``text`` ("the" aside, and case too but
        for all-capital names: "WHO" is not "who")."""
        ids = self.by_alias.get(key(text)) or self.by_alias.get(key(text, fold=False))
        return self.entries[ids[0]] if ids else None

    def lookup(self, text: str) -> Entry | None:
        """The actor a free-text phrase names ("Iraqi security forces", "the Afghan
        government", "US President Donald Trump", "Daesh"), or None."""
        return resolve(self, text)


def read_user(path: Path) -> tuple[bool, list[dict[str, Any]]]:
    """A user's dictionary file: whether it replaces the packaged one, and its actors."""
    data = read_yaml(path)
    actors = data.get("actors") or []
    if not isinstance(actors, list):
        raise ValueError(f"{path}: 'actors' must be a list")
    return bool(data.get("replace", False)), actors


@cache
def load(path: Path | str | None = None) -> Dictionary:
    """The packaged dictionary, extended or replaced by the user's file at ``path``."""
    path = Path(path) if path is not None else None
    lex = lexicon()
    entries: dict[str, Entry] = {}
    replace, user = read_user(path) if path is not None else (False, [])
    if not replace:
        entries = {entry.id: entry for entry in state_entries(lex)}
        merge(entries, read_yaml(DATA / "actors.yaml").get("actors") or [], "actors.yaml")
    if path is not None:
        merge(entries, user, str(path))
    return Dictionary(entries.values(), lex)
