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
    near_km: float
    far_km: float
    coarse_features: frozenset[str]
    time_next: float
    time_far: float
    weights: dict[str, float]
    unknown: float
    link: float
    join: float
    stopwords: frozenset[str]

    def family_of(self, kind: str) -> str:
        """The family an event type belongs to (itself when it is in none)."""
        return self.family.get(kind, kind)


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
        near_km=float(data["near_km"]),
        far_km=float(data["far_km"]),
        coarse_features=frozenset(data["coarse_features"]),
        time_next=float(data["time_next"]),
        time_far=float(data["time_far"]),
        weights={k: float(v) for k, v in data["weights"].items()},
        unknown=float(data["unknown"]),
        link=float(data["link"]),
        join=float(data["join"]),
        stopwords=frozenset(data["stopwords"]),
    )
