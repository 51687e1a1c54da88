"""Where a mention is: the country of the place its noun is in ("security forces in Guinea",
"students throughout Indonesia", "gunmen based in Benghazi")."""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Doc, Token

from dateline.actors.dictionary import Dictionary
from dateline.actors.matcher import Hit
from dateline.actors.records import STATE_KIND
from dateline.models import Place


class Locator:
    """Countries of the places after a noun's locating preposition, in one doc."""

    def __init__(
        self, dictionary: Dictionary, doc: Doc, hits: list[Hit], places: list[Place]
    ) -> None:
        lex = dictionary.lexicon
        self.prepositions, self.participles = lex.located_in, lex.located_by
        self.doc = doc
        self.countries: list[tuple[int, int, str]] = []
        for place in places:
            iso3 = dictionary.iso3_of.get(place.country_code or "")
            if iso3 is not None:
                self.countries.append((place.start, place.end, iso3))
        for hit in hits:
            entry = dictionary.get(hit.value) if hit.kind == "actor" else None
            iso3 = hit.value if hit.kind == "capital" else None
            if entry is not None and entry.kind == STATE_KIND:
                iso3 = entry.country
            if iso3 is not None:
                span = doc[hit.start : hit.end]
                self.countries.append((span.start_char, span.end_char, iso3))

    def _objects(self, head: Token, prepositions: frozenset[str]) -> Iterator[Token]:
        """The objects of the head's locating prepositions, also after a participle."""
        for child in head.children:
            if child.dep_ == "prep" and child.lower_ in prepositions:
                yield from (c for c in child.children if c.dep_ == "pobj")
            elif child.dep_ == "acl" and child.lower_ in self.participles:
                yield from self._objects(child, prepositions)

    def country(self, end: int, prepositions: frozenset[str] | None = None) -> str | None:
        """The country the noun ending at token ``end`` is located in (by one of these
        ``prepositions``, by default all the locating ones), or None."""
        for pobj in self._objects(self.doc[end - 1], prepositions or self.prepositions):
            tokens = list(pobj.subtree)
            start, stop = tokens[0].idx, tokens[-1].idx + len(tokens[-1])
            found = [c for c in self.countries if c[0] < stop and start < c[1]]
            if found:
                return min(found)[2]
        return None
