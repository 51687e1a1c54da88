"""The event ontology: types, modes and trigger words, read from a data file.

The packaged files are PLOVER (``data/plover.yaml``) and the incidents news reports
beside it (``data/incidents.yaml``: disasters, crime, claims of responsibility); a user
file (``--ontology``) extends them, or replaces them when it says ``replace: true``.
Nothing about PLOVER lives in code: the coder only reads what is loaded here.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import Any

import yaml

POS_GROUPS = {"verbs": "VERB", "nouns": "NOUN", "adjectives": "ADJ"}
DEFAULT_WEIGHT = {"VERB": 0.9, "NOUN": 0.8, "ADJ": 0.8}
PACKAGED = ("plover.yaml", "incidents.yaml")
_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


@dataclass(frozen=True, slots=True)
class Entry:
    """One trigger: a head lemma, the dependents it needs or must lack, and what it signals."""

    key: str
    head: str
    pos: str
    type: str
    mode: str | None
    weight: float
    requires: tuple[frozenset[str], ...] = ()
    excludes: frozenset[str] = frozenset()
    reverse: bool = False
    keeps: bool = False
    governs_clause: bool = True  # False: no trigger when it governs a verb ("helped raise")


@dataclass(frozen=True, slots=True)
class StatusWords:
    """The words that set an event's status, read once from the ontology's ``status``.

    ``future``, ``hypothetical`` and ``negated`` are single words of an auxiliary, mark or
    determiner; ``phrases`` holds the several-word ones of each kind, in file order.
    ``bounds`` are the prepositions a status does not climb past (the ontology's
    ``circumstances`` and the status's ``topics``)."""

    future: frozenset[str] = frozenset()
    hypothetical: frozenset[str] = frozenset()
    negated: frozenset[str] = frozenset()
    phrases: dict[str, tuple[str, ...]] = field(default_factory=dict)
    modifiers: dict[str, str] = field(default_factory=dict)
    ahead: dict[str, frozenset[str]] = field(default_factory=dict)
    pondered: frozenset[str] = frozenset()
    grounded: frozenset[str] = frozenset()
    bounds: frozenset[str] = frozenset()
    denial_verbs: frozenset[str] = frozenset()
    generic: frozenset[str] = frozenset()
    generic_predicates: frozenset[str] = frozenset()
    frequency_determiners: frozenset[str] = frozenset()


def _status_words(words: dict[str, Any], circumstances: frozenset[str]) -> StatusWords:
    kinds = ("future", "hypothetical", "negated")
    sets = ("pondered", "grounded", "denial_verbs", "generic", "generic_predicates")
    sets += ("frequency_determiners",)
    return StatusWords(
        **{kind: frozenset(words.get(kind, ())) for kind in kinds + sets},
        phrases={k: tuple(p for p in words.get(k, ()) if " " in p) for k in kinds},
        modifiers=dict(words.get("modifiers", {})),
        ahead={k: frozenset(v) for k, v in words.get("ahead", {}).items()},
        bounds=circumstances | frozenset(words.get("topics", ())),
    )


@dataclass(slots=True)
class Ontology:
    """The loaded ontology: an index of trigger entries by part of speech and head lemma."""

    name: str
    types: dict[str, dict[str, Any]]
    triggers: dict[str, dict[str, list[Entry]]]
    light_verbs: frozenset[str]
    reporting_verbs: frozenset[str]
    status: StatusWords
    reported_would: str
    modality: dict[str, dict[int, str]]
    quantities: dict[str, Any]
    embedded_modes: dict[str, dict[str, str]] = field(default_factory=dict)
    actor_nouns: frozenset[str] = frozenset()
    persons: frozenset[str] = frozenset()
    settings: frozenset[str] = frozenset()
    not_recipients: dict[str, Any] = field(default_factory=dict)
    undergoing: frozenset[str] = frozenset()
    undergoing_in: frozenset[str] = frozenset()
    deaths: frozenset[str] = frozenset()
    records: frozenset[str] = frozenset()
    asking: frozenset[str] = frozenset()
    remention: dict[str, Any] = field(default_factory=dict)
    mutual: frozenset[str] = frozenset()
    usual_actors: dict[str, list[str]] = field(default_factory=dict)
    reported_by_doer: dict[str, list[str]] = field(default_factory=dict)
    undergone_with_have: frozenset[str] = frozenset()
    undergone_by_possessor: frozenset[str] = frozenset()
    absorb: dict[str, dict[str, str]] = field(default_factory=dict)
    obligation: dict[str, Any] = field(default_factory=dict)
    reversal: dict[str, Any] = field(default_factory=dict)
    event_heads: frozenset[str] = frozenset()
    headline_participles: frozenset[str] = frozenset()
    quantifiers: frozenset[str] = frozenset()
    circumstances: frozenset[str] = frozenset()
    lemmas: dict[str, str] = field(default_factory=dict)
    idioms: tuple[tuple[str, ...], ...] = ()
    means: frozenset[str] = frozenset()
    thin: frozenset[str] = frozenset()
    facets: dict[str, frozenset[str]] = field(default_factory=dict)
    other_happening: frozenset[str] = frozenset()
    earlier_happening: dict[str, frozenset[str]] = field(default_factory=dict)
    onlookers: frozenset[str] = frozenset()
    happening_verbs: frozenset[str] = frozenset()

    def quad(self, event_type: str) -> int | None:
        """The quad class (1-4) of a type, if the ontology gives one."""
        return self.types.get(event_type, {}).get("quad")

    def in_plover(self, event_type: str) -> bool:
        """Whether a type is one of PLOVER's (incident types say ``plover: false``)."""
        return bool(self.types.get(event_type, {}).get("plover", True))

    def facets_of(self, event_type: str, a: str | None, b: str | None) -> bool:
        """Whether two modes of a type can describe one happening (or either is unknown)."""
        if a is None or b is None or a == b:
            return True
        same = self.facets.get(event_type, frozenset())
        return a in same and b in same

    def harms(self, event_type: str) -> tuple[str, ...]:
        """The types whose events a hazard of this type takes in as its consequences."""
        return tuple(self.types.get(event_type, {}).get("harms", ()))

    def yields_to(self, event_type: str) -> tuple[str, ...]:
        """The types whose presence in a sentence leaves a hazard's harm to them."""
        return tuple(self.types.get(event_type, {}).get("yields_to", ()))

    def embeds(self, event_type: str) -> str | None:
        """The status an event embedded under this type takes (None: the type embeds nothing)."""
        return self.types.get(event_type, {}).get("embeds")

    def coded_type(self, event_type: str, status: str) -> str:
        """The single category an event counts as once its status is applied (modality table)."""
        quad = self.quad(event_type)
        return self.modality.get(status, {}).get(quad, event_type) if quad else event_type


def _entry(key: str, value: Any, pos: str, event_type: str) -> Entry:
    options = value if isinstance(value, dict) else {"mode": value}
    words = key.split()
    if pos == "NOUN" and len(words) > 1 and "of" not in words:
        head, rest = words[-1], words[:-1]
    else:
        head, rest = words[0], [w for w in words[1:] if w != "of"]
    return Entry(
        key=key,
        head=head,
        pos=pos,
        type=event_type,
        mode=options.get("mode"),
        weight=float(options.get("weight", DEFAULT_WEIGHT[pos])),
        requires=tuple(frozenset(w.split("|")) for w in rest),
        excludes=frozenset(options.get("not", ())),
        reverse=bool(options.get("reverse", False)),
        keeps=bool(options.get("keep", False)),
        governs_clause=bool(options.get("clause", True)),
    )


def _merge(base: dict[str, Any], extra: dict[str, Any]) -> dict[str, Any]:
    out = dict(base)
    for key, value in extra.items():
        if isinstance(value, dict) and isinstance(out.get(key), dict):
            out[key] = _merge(out[key], value)
        elif isinstance(value, list) and isinstance(out.get(key), list):
            out[key] = out[key] + [v for v in value if v not in out[key]]
        else:
            out[key] = value
    return out


class OntologyError(ValueError):
    """An ontology file that cannot be used; the message says which and why."""


def _check(data: Any, source: str) -> None:
    types = data.get("types") if isinstance(data, dict) else None
    if not isinstance(types, dict) or not types:
        raise OntologyError(f"{source}: no 'types' mapping of event types")
    for name, spec in types.items():
        if not isinstance(spec, dict):
            raise OntologyError(f"{source}: type {name!r} is not a mapping")
        for group in POS_GROUPS:
            if spec.get(group) is not None and not isinstance(spec[group], dict):
                raise OntologyError(f"{source}: {name}.{group} is not a mapping of triggers")


def build(data: dict[str, Any], source: str = "ontology") -> Ontology:
    """An ontology from its parsed data-file shape."""
    _check(data, source)
    triggers: dict[str, dict[str, list[Entry]]] = {pos: {} for pos in POS_GROUPS.values()}
    for event_type, spec in data["types"].items():
        for group, pos in POS_GROUPS.items():
            for key, value in (spec.get(group) or {}).items():
                entry = _entry(str(key), value, pos, event_type)
                triggers[pos].setdefault(entry.head, []).append(entry)
    circumstances = frozenset(data.get("circumstances", ()))
    modality = {
        status: {int(q): t for q, t in table.items()}
        for status, table in (data.get("modality") or {}).items()
    }
    return Ontology(
        name=data.get("name", "custom"),
        types=data["types"],
        triggers=triggers,
        light_verbs=frozenset(data.get("light_verbs", ())),
        reporting_verbs=frozenset(data.get("reporting_verbs", ())),
        status=_status_words(data.get("status", {}), circumstances),
        reported_would=data.get("reported_would", "future"),
        modality=modality,
        quantities=data.get("quantities", {}),
        embedded_modes=data.get("embedded_modes", {}),
        actor_nouns=frozenset(data.get("actor_nouns", ())),
        persons=frozenset(data.get("persons", ())),
        settings=frozenset(data.get("settings", ())),
        not_recipients=data.get("not_recipients", {}),
        undergoing=frozenset(data.get("undergoing", ())),
        undergoing_in=frozenset(data.get("undergoing_in", ())),
        deaths=frozenset(data.get("deaths", ())),
        records=frozenset(data.get("records", ())),
        asking=frozenset(data.get("asking", ())),
        remention=data.get("remention", {}),
        mutual=frozenset(data.get("mutual", ())),
        usual_actors=data.get("usual_actors", {}),
        reported_by_doer=data.get("reported_by_doer", {}),
        undergone_with_have=frozenset(data.get("undergone_with_have", ())),
        undergone_by_possessor=frozenset(data.get("undergone_by_possessor", ())),
        absorb=data.get("absorb", {}),
        obligation=data.get("obligation", {}),
        reversal=data.get("reversal", {}),
        event_heads=frozenset(data.get("event_heads", ())),
        headline_participles=frozenset(data.get("headline_participles", ())),
        quantifiers=frozenset(data.get("quantifiers", ())),
        circumstances=circumstances,
        lemmas=data.get("lemmas", {}),
        idioms=tuple(tuple(str(phrase).lower().split()) for phrase in data.get("idioms", ())),
        means=frozenset(data.get("means", ())),
        thin=frozenset(data.get("thin", ())),
        facets={k: frozenset(v) for k, v in data.get("facets", {}).items()},
        other_happening=frozenset(data.get("other_happening", ())),
        earlier_happening={k: frozenset(v) for k, v in data.get("earlier_happening", {}).items()},
        onlookers=frozenset(data.get("onlookers", ())),
        happening_verbs=frozenset(data.get("happening_verbs", ())),
    )


def _read(path: Path | str) -> dict[str, Any]:
    with open(path, encoding="utf-8") as handle:
        return yaml.load(handle, Loader=_LOADER) or {}


def packaged() -> dict[str, Any]:
    """The packaged PLOVER data with the incident types merged in, parsed."""
    data: dict[str, Any] = {}
    for name in PACKAGED:
        with resources.files("dateline.events").joinpath(f"data/{name}").open("rb") as handle:
            data = _merge(data, yaml.load(handle, Loader=_LOADER))
    return data


@lru_cache(maxsize=8)
def load(path: Path | None = None) -> Ontology:
    """The packaged ontology, extended (or replaced, with ``replace: true``) by a user file."""
    data = packaged()
    if path is None:
        return build(data)
    try:
        user = _read(path)
    except (OSError, yaml.YAMLError) as error:
        raise OntologyError(f"{path}: cannot read ontology ({error})") from None
    if not isinstance(user, dict):
        raise OntologyError(f"{path}: an ontology file is a mapping")
    data = user if user.pop("replace", False) else _merge(data, user)
    return build(data, str(path))
