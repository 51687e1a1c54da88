"""Whether a country or capital named in the text acts (an actor) or is a place.

"Russia warned", "talks with Iran", "a dispute between Baghdad and ..." are actors;
"in Syria", "the border with Syria", "Syria's Deir az-Zour" are places. The test reads
the dependency parse around the name.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

SUBJECTS = {"nsubj", "nsubjpass", "appos", "agent"}
OBJECTS = {"dobj", "dative", "iobj"}
AGENT_PREPOSITIONS = {"by", "with", "against", "between", "among", "toward", "towards"}
MOVEMENT = {
    "enter",
    "leave",
    "visit",
    "reach",
    "cross",
    "return",
    "flee",
    "tour",
    "arrive",
    "invade",
}
PLACE_NOUNS = {
    "border", "frontier", "boundary", "area", "region", "part", "city", "town", "province",
    "capital", "north", "south", "east", "west", "territory", "village", "side", "coast",
}  # fmt: skip


def _governor(token: Token) -> Token:
    while token.dep_ == "conj" and token.head is not token:
        token = token.head
    return token


def acts(span: Span) -> bool:
    """Whether the place name ``span`` is used as an actor in its sentence."""
    token = _governor(span.root)
    dep = token.dep_
    if dep in SUBJECTS:
        return True
    if dep in OBJECTS:
        return token.head.lemma_ not in MOVEMENT
    if dep == "pobj":
        preposition = token.head
        return (
            preposition.lower_ in AGENT_PREPOSITIONS
            and preposition.head.lemma_.lower() not in PLACE_NOUNS
        )
    if dep == "poss":
        head = token.head
        return head.pos_ == "NOUN" and head.lemma_.lower() not in PLACE_NOUNS
    return False
