"""Mentions under construction: token spans tied to dictionary entries, and choosing
among overlapping candidates."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from spacy.tokens import Doc

from dateline.actors.matcher import Hit
from dateline.actors.records import Entry
from dateline.models import Actor


@dataclass(slots=True)
class Mention:
    """An actor mention at tokens ``start:end``; ``why`` says which rule found it."""

    start: int
    end: int
    entry: Entry
    why: str
    role: str | None = None
    affiliation: str | None = None
    associate: str | None = None

    def overlaps(self, start: int, end: int) -> bool:
        return self.start < end and start < self.end

    def actor(self, doc: Doc) -> Actor:
        span = doc[self.start : self.end]
        return self.entry.actor(
            span.text,
            span.start_char,
            span.end_char,
            role=self.role,
            affiliation=self.affiliation or self.entry.affiliation,
            associate=self.associate,
            why=self.why,
        )


def choose(candidates: Iterable[Mention]) -> list[Mention]:
    """Non-overlapping mentions, longer ones first, in document order."""
    chosen: list[Mention] = []
    taken: set[int] = set()
    for mention in sorted(candidates, key=lambda m: (m.start - m.end, m.start)):
        tokens = range(mention.start, mention.end)
        if taken.isdisjoint(tokens):
            chosen.append(mention)
            taken.update(tokens)
    return sorted(chosen, key=lambda m: m.start)


def by_start(hits: Iterable[Hit]) -> dict[int, list[Hit]]:
    """Hits keyed by their first token, longest first."""
    index: dict[int, list[Hit]] = {}
    for hit in sorted(hits, key=lambda h: (h.start, -h.end)):
        index.setdefault(hit.start, []).append(hit)
    return index


def first(index: dict[int, list[Hit]], at: int, *kinds: str) -> Hit | None:
    """The longest hit of one of ``kinds`` starting at token ``at``."""
    return next((hit for hit in index.get(at, ()) if hit.kind in kinds), None)


def claimed(mentions: Iterable[Mention], start: int, end: int) -> bool:
    """Whether any mention covers part of tokens ``start:end``."""
    return any(m.overlaps(start, end) for m in mentions)
