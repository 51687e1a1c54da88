"""Run-time settings shared by the pipeline's stages."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path


@dataclass(frozen=True, slots=True)
class Settings:
    """User choices that stages read when they are built (None means the packaged default)."""

    gazetteer: Path | None = None
    actors: Path | None = None
    ontology: Path | None = None
    keep_unlikely: bool = False
    """Keep event records the learned model finds unlikely to report a real happening."""
    min_likelihood: float | None = None
    """The likelihood an event record needs to be kept (None: the threshold learned with
    the model); higher keeps fewer records, more of them real (docs/benchmarks.md)."""
