"""The fusion rules (``data/fusion.yaml``) as one typed record."""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

import yaml


@dataclass(frozen=True, slots=True)
class Rules:
    """Thresholds and weights of incident fusion; ``data/fusion.yaml`` documents each."""

    family: dict[str, str]
    fusable: frozenset[str]
    window_days: int
    day_gap: int
    undated_days: int
    near_km: float
    far_km: float
    coarse_features: frozenset[str]
    time_next: float
    time_far: float
    weights: dict[str, float]
    unknown: float
    link: float
    join: float
    misdated: float
    stopwords: frozenset[str]
    told: dict[str, dict[str, frozenset[str]]]
    tie_days: int
    tie_km: float
    most_named: int
    toll_killed: float
    toll_hurt: float
    toll_days: int
    toll_time: float
    shared_age: float
    uncompared: frozenset[str]

    def family_of(self, kind: str) -> str:
        """The family an event type belongs to (itself when it is in none)."""
        return self.family.get(kind, kind)

    def family_told(self, kind: str, words: frozenset[str]) -> str:
        """The family a report of this type compares in: the one its words tell
        (``told_as``: an accident told with a gun is a shooting), else its type's."""
        for name, cues in self.told.items():
            if not cues.get(kind, frozenset()).isdisjoint(words):
                return name
        return self.family_of(kind)

    def types_of(self, family: str) -> frozenset[str]:
        """Every type a report of this family can have (its own and those told as it)."""
        own = {k for k, f in self.family.items() if f == family} | {family}
        return frozenset(own | self.told.get(family, {}).keys())

    def group_of(self, kind: str) -> str:
        """The family whose reports a report of this type may meet: the one it can be told
        as, else its own."""
        told = [name for name, cues in self.told.items() if kind in cues]
        return told[0] if told else self.family_of(kind)


def _cues(entries: list[dict[str, list[str]]]) -> dict[str, frozenset[str]]:
    """The words that tell each type as the family, from ``told_as`` entries."""
    cues: dict[str, set[str]] = {}
    for entry in entries:
        for kind in entry["types"]:
            cues.setdefault(kind, set()).update(entry["words"])
    return {kind: frozenset(words) for kind, words in cues.items()}


@lru_cache(maxsize=1)
def rules() -> Rules:
    """The packaged rules."""
    with resources.files("dateline.incidents").joinpath("data/fusion.yaml").open("rb") as fh:
        data = yaml.safe_load(fh)
    family = {kind: name for name, kinds in data["families"].items() for kind in kinds}
    return Rules(
        family=family,
        fusable=frozenset(data["fusable"]),
        window_days=int(data["window_days"]),
        day_gap=int(data["day_gap"]),
        undated_days=int(data["undated_days"]),
        near_km=float(data["near_km"]),
        far_km=float(data["far_km"]),
        coarse_features=frozenset(data["coarse_features"]),
        time_next=float(data["time_next"]),
        time_far=float(data["time_far"]),
        weights={k: float(v) for k, v in data["weights"].items()},
        unknown=float(data["unknown"]),
        link=float(data["link"]),
        join=float(data["join"]),
        misdated=float(data["misdated"]),
        stopwords=frozenset(data["stopwords"]),
        told={name: _cues(entries) for name, entries in (data.get("told_as") or {}).items()},
        tie_days=int(data["person_ties"]["days"]),
        tie_km=float(data["person_ties"]["km"]),
        most_named=int(data["person_ties"]["most_named"]),
        toll_killed=float(data["toll"]["killed"]),
        toll_hurt=float(data["toll"]["hurt"]),
        toll_days=int(data["toll"]["days"]),
        toll_time=float(data["toll"]["time"]),
        shared_age=float(data["shared_age"]),
        uncompared=frozenset(data["uncompared"]),
    )
