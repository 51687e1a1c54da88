"""A logistic model stored as data: weights by feature name, an intercept and a threshold,
fitted by a script under benchmarks/ and read from ``events/data/<name>.json``."""

from __future__ import annotations

import json
import math
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources


@dataclass(frozen=True, slots=True)
class Model:
    """A logistic model: its weights by feature name, intercept and threshold."""

    weights: dict[str, float]
    intercept: float
    threshold: float

    def probability(self, features: dict[str, float]) -> float:
        """The model's chance for one item's features (names it does not know weigh 0)."""
        score = self.intercept + sum(
            self.weights.get(name, 0.0) * value for name, value in features.items()
        )
        return 1.0 / (1.0 + math.exp(-score))


@lru_cache(maxsize=4)
def load(name: str) -> Model:
    """The packaged model ``events/data/<name>.json``."""
    path = resources.files("dateline.events").joinpath(f"data/{name}.json")
    data = json.loads(path.read_text("utf-8"))
    return Model(data["weights"], data["intercept"], data["threshold"])
