"""Finding the dictionary's words in a parsed article with spaCy's PhraseMatcher.

One pass yields every hit, labelled by what it is: an actor's name (``actor``), a
demonym (``demonym``), a noun for nationals (``people``), a capital (``capital``), a role
noun (``role``) or one that may stand alone (``bare``), a modifier of a role noun, a
title, a generic reference, or a people's adjective (``community``: "Kurdish").
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

from spacy.language import Language
from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc, Span

from dateline.actors.dictionary import Dictionary
from dateline.actors.names import acronym
from dateline.parses import sentence_of


@dataclass(frozen=True, slots=True)
class Hit:
    """A dictionary phrase at tokens ``start:end`` of the doc."""

    kind: str
    value: str
    start: int
    end: int


def shouting(sentence: Span) -> bool:
    """Whether a sentence is written in capitals, where "IS" or "US" may be plain words."""
    words = [token.text for token in sentence if token.is_alpha and len(token) > 1]
    return len(words) > 2 and sum(word.isupper() for word in words) > 0.6 * len(words)


def plural(phrase: str) -> str:
    """A regular plural of a phrase's last word."""
    if phrase.endswith("y") and phrase[-2:-1] not in "aeiou":
        return phrase[:-1] + "ies"
    if phrase.endswith(("s", "sh", "ch", "x")):
        return phrase + "es"
    return phrase + "s"


def phrases(dictionary: Dictionary) -> Iterator[tuple[str, str, str]]:
    """(kind, value, phrase) for everything the matcher looks for."""
    for entry in dictionary.named_entries():
        for alias in dict.fromkeys((entry.name, *entry.aliases)):
            yield "actor", entry.id, alias
    lex = dictionary.lexicon
    for country in lex.countries:
        for demonym in country.demonyms:
            yield "demonym", country.iso3, demonym
        for people in country.people:
            yield "people", country.iso3, people
        for capital in country.capitals:
            yield "capital", country.iso3, capital
    for role in lex.roles:
        for noun in role.nouns:
            yield "role", role.code, noun
            yield "role", role.code, plural(noun)
        for noun in role.bare:
            yield "bare", role.code, noun
    for modifier in lex.modifiers:
        yield "modifier", "", modifier
    for title, sector in lex.titles.items():
        yield "title", sector, title
    for number, reference in enumerate(lex.references):
        for noun in reference.nouns:
            yield "reference", str(number), noun
    for number, community in enumerate(lex.communities):
        for adjective in community.adjectives:
            yield "community", str(number), adjective


class Matcher:
    """The dictionary's phrase matchers, built once for a vocabulary."""

    def __init__(self, dictionary: Dictionary, nlp: Language) -> None:
        self.exact = PhraseMatcher(nlp.vocab, attr="ORTH")
        self.folded = PhraseMatcher(nlp.vocab, attr="NORM")
        self.labels: dict[int, tuple[str, str, bool]] = {}
        grouped: dict[tuple[str, str, bool, bool], list[str]] = {}
        for kind, value, phrase in phrases(dictionary):
            exact = acronym(phrase)
            capital = not exact and phrase[:1].isupper()
            grouped.setdefault((kind, value, exact, capital), []).append(phrase)
        for (kind, value, exact, capital), texts in grouped.items():
            label = f"{kind}|{value}|{int(exact)}|{int(capital)}"
            match_id = nlp.vocab.strings.add(label)
            self.labels[match_id] = (kind, value, capital)
            docs = list(nlp.tokenizer.pipe(texts))
            (self.exact if exact else self.folded).add(label, docs)

    def __call__(self, doc: Doc) -> list[Hit]:
        """Every hit in the doc, in document order."""
        hits = []
        for match_id, start, end in self.exact(doc):
            kind, value, _ = self.labels[match_id]
            if not shouting(sentence_of(doc[start])):
                hits.append(Hit(kind, value, start, end))
        for match_id, start, end in self.folded(doc):
            kind, value, capital = self.labels[match_id]
            if capital and not doc[start].text[:1].isupper():
                continue
            hits.append(Hit(kind, value, start, end))
        hits.sort(key=lambda hit: (hit.start, -hit.end))
        return hits
