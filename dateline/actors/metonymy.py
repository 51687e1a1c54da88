"""Whether a country or capital named in the text acts (an actor) or is a place.

"Russia warned", "talks with Iran", "aid to Serbia", "a dispute between Baghdad and ..."
are actors; "in Syria", "the border with Syria", "Syria's Deir az-Zour" are places. The
test reads the dependency parse around the name, with the words of ``metonymy.yaml``.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from spacy.tokens import Span, Token

from dateline.actors.lexicon import DATA, read_yaml

SUBJECTS = {"nsubj", "nsubjpass", "appos", "agent"}
OBJECTS = {"dobj", "dative", "iobj"}


@dataclass(frozen=True, slots=True)
class Words:
    agent_prepositions: frozenset[str]
    recipient_prepositions: frozenset[str]
    verb_prepositions: frozenset[str]
    movement_verbs: frozenset[str]
    recipient_nouns: frozenset[str]
    place_nouns: frozenset[str]


@cache
def words() -> Words:
    """The word lists of ``metonymy.yaml``, read once."""
    data = read_yaml(DATA / "metonymy.yaml")
    return Words(**{name: frozenset(data[name]) for name in Words.__slots__})


def _governor(token: Token) -> Token:
    while token.dep_ == "conj" and token.head.i != token.i:
        token = token.head
    return token


def _after_preposition(preposition: Token, lists: Words) -> bool:
    head = preposition.head
    lemma = head.lemma_.lower()
    if preposition.dep_ in ("dative", "agent"):
        return True
    if lemma in lists.movement_verbs:
        return False
    if preposition.lower_ in lists.agent_prepositions:
        return lemma not in lists.place_nouns
    if head.pos_ in ("VERB", "AUX"):
        return preposition.lower_ in lists.verb_prepositions and lemma not in lists.movement_verbs
    if preposition.lower_ in lists.recipient_prepositions:
        return lemma in lists.recipient_nouns
    return False


def acts(span: Span, subject_only: bool = False) -> bool:
    """Whether the place name ``span`` is used as an actor in its sentence (with
    ``subject_only``, only as the subject of a verb: "Washington imposed sanctions")."""
    if span.text.isupper() and sum(c.isalpha() for c in span.text) > 3:
        return False  # a dateline ("KYIV, March 12 -")
    lists = words()
    token = _governor(span.root)
    dep = token.dep_
    if dep in SUBJECTS:
        return True
    if subject_only:
        return False
    if dep in OBJECTS:
        return token.head.lemma_.lower() not in lists.movement_verbs
    if dep == "pobj":
        return _after_preposition(token.head, lists)
    if dep == "poss":
        head = token.head
        return head.pos_ == "NOUN" and head.lemma_.lower() not in lists.place_nouns
    return False
