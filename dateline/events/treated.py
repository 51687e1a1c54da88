"""Places where the hurt were taken or treated (``data/treated.yaml``): "airlifted to a
Macon hospital", "in stable condition at Sanford Medical Center in Fargo", "Flown to
Fargo". They say where a victim went after the happening, not where it happened, so no
event takes its place from them."""

from __future__ import annotations

from functools import cache
from importlib import resources

import yaml
from spacy.tokens import Doc, Token

from dateline.models import Place

NAME_DEPS = ("compound", "nmod", "amod", "poss")


@cache
def words() -> dict[str, frozenset[str]]:
    """The word lists of ``events/data/treated.yaml``, by name."""
    text = resources.files("dateline.events").joinpath("data/treated.yaml").read_text("utf-8")
    return {name: frozenset(items) for name, items in yaml.safe_load(text).items()}


def treated(found: Place, doc: Doc) -> bool:
    """Whether the place is one someone was carried to or treated in: it names a facility
    or the town a facility is in, the facility hanging from "to" ("taken to a Wichita
    hospital") or from "in" or "at" after a state or care ("in serious condition in a Fargo
    hospital"); or it is itself where a carrying verb took someone ("flown to Fargo")."""
    span = doc.char_span(found.start, found.end, alignment_mode="expand")
    if span is None:
        return False
    table = words()
    root = span.root
    facility = _facility(root, table["facilities"]) or _beside(root, table["facilities"])
    if facility is None:
        return _carried(root, table["carrying"])
    return _reached(facility, table["states"])


def _facility(root: Token, facilities: frozenset[str]) -> Token | None:
    """The head of the facility the place modifies ("Wichita" of "a Wichita hospital") or
    lies in ("Little Rock" of "Children's Hospital in Little Rock"), or None. A place in a
    facility's own name ("Bristol Regional Medical Center") is the town's own hospital,
    named for it, and says nothing of where the victim went."""
    if root.dep_ in NAME_DEPS and root.head.pos_ == "NOUN" and root.head.is_lower:
        return root.head if _names_facility(root.head, facilities) else None
    if root.dep_ != "pobj" or root.head.lower_ != "in":
        return None
    head = root.head.head
    if head.pos_ not in ("NOUN", "PROPN"):
        return None
    return head if _names_facility(head, facilities) else None


def _names_facility(head: Token, facilities: frozenset[str]) -> bool:
    """Whether a noun or a word of its name is one of ``facilities`` ("Sanford Medical
    Center", "a hospital")."""
    named = [head, *(c for c in head.children if c.dep_ in NAME_DEPS)]
    return any(t.lower_ in facilities for t in named)


def _beside(root: Token, facilities: frozenset[str]) -> Token | None:
    """The facility a verb took someone to where the parse hung the facility's town on the
    verb ("taken to the Children's Hospital in Aurora", "in Aurora" a phrase of "taken"),
    or None."""
    if root.dep_ != "pobj" or root.head.lower_ != "in":
        return None
    verb = root.head.head
    for prep in verb.children:
        if prep.dep_ == "prep" and prep.lower_ == "to":
            found = [t for t in prep.children if t.dep_ == "pobj"]
            facility = next((t for t in found if _names_facility(t, facilities)), None)
            if facility is not None:
                return facility
    return None


def _reached(facility: Token, states: frozenset[str]) -> bool:
    """Whether the facility is where someone was taken ("to") or is kept, cared for or
    died ("in" or "at" after one of ``states``)."""
    if facility.dep_ != "pobj":
        return False
    prep = facility.head
    if prep.lower_ == "to":
        return True
    return prep.lower_ in ("in", "at") and prep.head.lemma_.lower() in states


def _carried(root: Token, carrying: frozenset[str]) -> bool:
    """Whether the place is where a carrying verb took someone: "flown to Fargo"."""
    if root.dep_ != "pobj" or root.head.lower_ != "to":
        return False
    verb = root.head.head
    return verb.lemma_.lower() in carrying or verb.lower_ in carrying
