"""Counted things near a trigger: "some 1,000 IS fighters were captured" -> captured = 1000,
and people counted by how news names them: "a man was killed" -> killed = 1, "the gunman and
his victim died" -> killed = 2."""

from __future__ import annotations

import re
from typing import Any, NamedTuple

from spacy.tokens import Token

WORD_NUMBERS = {
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
    "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14,
    "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19,
    "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70,
    "eighty": 80, "ninety": 90, "hundred": 100, "dozen": 12,
}  # fmt: skip
SCALES = {"hundred": 100, "thousand": 1_000, "million": 1_000_000, "billion": 1_000_000_000}
PREDICATES = ("oprd", "acomp", "xcomp", "amod", "dep", "ccomp", "advcl")
_DIGITS = re.compile(r"^\d{1,3}(?:,\d{3})+$|^\d+(?:\.\d+)?$")
SINGLE = ("a", "an", "one", "the", "his", "her", "their", "its", "another", "this", "that")
HARMS = ("killed", "wounded", "shot")
PERSONAL = ("he", "she")


class Count(NamedTuple):
    """A counted value and the span of the words that state it."""

    value: float
    start: int
    end: int


def number(token: Token) -> float | None:
    """The value of a number token, with a following "thousand"/"million" applied."""
    text = token.lower_
    if _DIGITS.match(text):
        value = float(text.replace(",", ""))
    elif text in WORD_NUMBERS:
        value = float(WORD_NUMBERS[text])
    else:
        return None
    doc = token.doc
    nxt = doc[token.i + 1] if token.i + 1 < len(doc) else None
    if nxt is not None and nxt.lower_ in SCALES:
        value *= SCALES[nxt.lower_]
    return value


def _counted(num: Token) -> Token:
    """The noun a number counts (the number itself when it stands alone)."""
    head = num
    while head.dep_ in ("nummod", "compound", "quantmod") and head.head.i != head.i:
        head = head.head
        if head.pos_ in ("NOUN", "PROPN", "PRON"):
            break
    return head


def _key(num: Token, counted: Token, table: dict[str, Any]) -> str | None:
    verbs, adjectives, nouns = (table.get(k, {}) for k in ("verbs", "adjectives", "nouns"))
    after = [c for c in counted.head.children if 0 < c.i - counted.i <= 2 and c.dep_ in PREDICATES]
    for child in list(counted.children) + list(num.children) + after:
        if child.lemma_.lower() in adjectives or child.lower_ in adjectives:
            return adjectives.get(child.lemma_.lower()) or adjectives[child.lower_]
    governor = counted.head
    alone = counted is num and counted.dep_ != "pobj"
    thing = counted.pos_ == "PROPN" or counted.lemma_.lower() in table.get("not_people", ())
    if (alone or (counted is not num and not thing)) and counted.dep_ in (
        "dobj",
        "nsubjpass",
        "nsubj",
        "pobj",
        "appos",
    ):
        verb = governor.head if counted.dep_ == "pobj" and governor.dep_ == "prep" else governor
        lemma = verb.lemma_.lower()
        if lemma in verbs and (counted.dep_ != "nsubj" or lemma in table.get("undergone", ())):
            return verbs[lemma]
        if verb.lower_ in adjectives and counted.dep_ == "nsubj":
            return adjectives[verb.lower_]
    return nouns.get(counted.lemma_.lower()) or nouns.get(counted.lower_)


def quantities(tokens: list[Token], table: dict[str, Any]) -> dict[str, Count]:
    """The counts among these tokens, keyed by what they count (killed, fighters, ...)."""
    out: dict[str, Count] = {}
    for token in tokens:
        if not token.like_num or token.ent_type_ in ("DATE", "TIME", "MONEY", "PERCENT"):
            continue
        value = number(token)
        if value is None or token.lower_ in SCALES:
            continue
        key = _key(token, _counted(token), table) or _toll(token, table)
        if key is not None and key not in out:
            out[key] = Count(value, token.idx, token.idx + len(token))
    for token in tokens:
        found = _people(token, table)
        if found is not None and found[0] not in out:
            out[found[0]] = found[1]
    return out


def _toll(num: Token, table: dict[str, Any]) -> str | None:
    """What a toll a number is the new value of counts: "the death toll rose to 12",
    "the number killed has risen to seven", "the toll of injured stands at 30"."""
    prep = num.head
    if num.dep_ != "pobj" or prep.dep_ != "prep" or prep.lower_ not in ("to", "at"):
        return None
    subject = next((c for c in prep.head.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    tolls = table.get("tolls", {})
    if subject is None or subject.lemma_.lower() not in tolls:
        return None
    words = [t.lemma_.lower() for t in subject.subtree] + [t.lower_ for t in subject.subtree]
    named = {**table.get("verbs", {}), **table.get("adjectives", {}), **table.get("nouns", {})}
    found = next((named[w] for w in words if w in named and named[w] in HARMS), None)
    return found or tolls[subject.lemma_.lower()]


def _people(token: Token, table: dict[str, Any]) -> tuple[str, Count] | None:
    """People harmed, counted from uncounted phrases: one for each single person named
    ("a 22-year-old man was shot", "his victim died", "killed a man", "left a girl dead"),
    none for a plural."""
    if token.dep_ not in ("nsubj", "nsubjpass", "dobj"):
        return None
    people = [token, *(c for c in token.conjuncts if c.i > token.i)]
    if not all(_single(p) for p in people):
        return None
    verbs, adjectives = table.get("verbs", {}), table.get("adjectives", {})
    verb = token.head
    lemmas = [verb.lemma_.lower()]
    said = [c for c in (*verb.children, *token.children) if c.dep_ in PREDICATES]
    if token.dep_ == "nsubjpass":
        lemmas += [v.lemma_.lower() for v in verb.conjuncts if v.i > verb.i]
    elif token.dep_ == "nsubj" and lemmas[0] not in table.get("undergone", ()):
        if verb.pos_ != "AUX":
            return None
        lemmas = []
    harms = {verbs.get(lemma) for lemma in lemmas} | {adjectives.get(c.lower_) for c in said}
    key = next((k for k in HARMS if k in harms), None)
    if key is None:
        return None
    start = min(p.left_edge.idx for p in people)
    last = max(people, key=lambda p: p.i)
    return key, Count(float(len(people)), start, last.idx + len(last))


def _single(token: Token) -> bool:
    """Whether a subject names one person: a singular noun with a determiner of one, a
    name, or "he"/"she"; not a number, not a thing that was counted already."""
    if token.lower_ in PERSONAL:
        return True
    if any(c.dep_ == "nummod" for c in token.children):
        return False
    if token.tag_ == "NNP":
        return token.ent_type_ == "PERSON"
    if token.tag_ != "NN":
        return False
    det = next((c for c in token.children if c.dep_ in ("det", "poss")), None)
    return det is not None and det.lower_ in SINGLE and token.ent_type_ == ""


def settle(counts: dict[str, float], evidence: dict[str, list[int]]) -> None:
    """People shot are the killed and the wounded together: with no wounded count of its
    own, an event that says how many were shot and how many died has the rest wounded
    ("three people were shot, one fatally": killed 1, wounded 2)."""
    shot = counts.get("shot")
    if shot is None or "wounded" in counts:
        return
    rest = shot - counts.get("killed", 0)
    if rest > 0:
        counts["wounded"] = rest
        evidence["quantities.wounded"] = evidence["quantities.shot"]
