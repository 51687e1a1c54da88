"""The word lists the quotes stage reads from its data files."""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from importlib.resources import files


def _lines(name: str) -> list[str]:
    text = files("dateline.quotes").joinpath("data", name).read_text(encoding="utf-8")
    lines = (line.strip() for line in text.splitlines())
    return [line for line in lines if line and not line.startswith("#")]


def _read(name: str) -> frozenset[str]:
    return frozenset(_lines(name))


def _headed(name: str) -> dict[str, frozenset[str]]:
    """Lemmas, each with the prepositions that introduce its content."""
    rows = (line.split() for line in _lines(name))
    return {row[0]: frozenset(row[1:]) for row in rows}


@dataclass(frozen=True, slots=True)
class Lexicon:
    """Speech verbs (speech acts, noun cues, stance adjectives and verbs of appearance
    with their content prepositions), titles, role nouns, outlets."""

    verbs: frozenset[str]
    acts: dict[str, frozenset[str]]
    nouns: dict[str, frozenset[str]]
    stances: dict[str, frozenset[str]]
    appearances: dict[str, frozenset[str]]
    titles: frozenset[str]
    people: frozenset[str]
    outlets: frozenset[str]

    def verb(self, lemma: str) -> str | None:
        """The speech verb a lemma stands for, if any.

        spaCy's lemmatizer drops or adds a final 'e' on some forms ('hoping' -> 'hop',
        'retweeted' -> 'retweete'), so the lemma with or without one also counts.
        """
        lemma = lemma.lower()
        for candidate in (lemma, lemma + "e", lemma.removesuffix("e")):
            if candidate in self.verbs:
                return candidate
        return None


@lru_cache(maxsize=1)
def load() -> Lexicon:
    """The packaged word lists, read once per process."""
    acts = _headed("acts.txt")
    return Lexicon(
        verbs=_read("verbs.txt") | acts.keys(),
        acts=acts,
        nouns=_headed("nouns.txt"),
        stances=_headed("stances.txt"),
        appearances=_headed("appearances.txt"),
        titles=_read("titles.txt"),
        people=_read("people.txt"),
        outlets=_read("outlets.txt"),
    )
