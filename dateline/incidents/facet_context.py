"""What the words around a facet word tell of it (``incidents.facets``), from the
article's text alone (no parse):

- *the doer's own death*: "killed himself", "a suicide note" tell the death of the one who
  did the harm, apart from the deaths he caused ("murder-suicide" names them all).
"""

from __future__ import annotations

import re
from functools import lru_cache
from importlib import resources

import yaml


@lru_cache(maxsize=1)
def _words() -> dict[str, frozenset[str]]:
    path = resources.files("dateline.incidents").joinpath("data/facet_context.yaml")
    with path.open("rb") as handle:
        data = yaml.safe_load(handle)
    return {key: frozenset(w.casefold() for w in words) for key, words in data.items()}


def _alternatives(key: str) -> str:
    return "|".join(map(re.escape, sorted(_words()[key])))


@lru_cache(maxsize=1)
def _reflexive() -> re.Pattern[str]:
    return re.compile(rf"\s+(?:{_alternatives('reflexives')})\b", re.IGNORECASE)


@lru_cache(maxsize=1)
def _joined() -> re.Pattern[str]:
    """A word of every death joined to the word before or after it ("murder-suicide")."""
    every = _alternatives("every_death")
    return re.compile(rf"(?:\b(?:{every})\W{{1,3}}$)|(?:^\W{{1,3}}(?:{every})\b)", re.IGNORECASE)


def own_death(text: str, start: int, end: int) -> bool:
    """Whether the death word at ``text[start:end]`` tells the doer's own death: a
    reflexive follows it ("killed himself", "killing herself") or it is one of
    ``own_deaths`` ("suicide") not joined to a word of every death ("murder-suicide")."""
    if _reflexive().match(text, end):
        return True
    if text[start:end].casefold() not in _words()["own_deaths"]:
        return False
    near = _joined()
    return not near.search(text[max(0, start - 12) : start]) and not near.search(
        text[end : end + 12]
    )
