"""The word lists the quotes stage reads from its data files."""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from importlib.resources import files


def _read(name: str) -> frozenset[str]:
    text = files("dateline.quotes").joinpath("data", name).read_text(encoding="utf-8")
    lines = (line.strip() for line in text.splitlines())
    return frozenset(line for line in lines if line and not line.startswith("#"))


@dataclass(frozen=True, slots=True)
class Lexicon:
    """Speech-verb lemmas, title words (lower case) and outlet names."""

    verbs: frozenset[str]
    titles: frozenset[str]
    outlets: frozenset[str]


@lru_cache(maxsize=1)
def load() -> Lexicon:
    """The packaged word lists, read once per process."""
    return Lexicon(
        verbs=_read("verbs.txt"),
        titles=_read("titles.txt"),
        outlets=_read("outlets.txt"),
    )
