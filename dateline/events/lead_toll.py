"""A death the text tells apart from the story's lead: a lead that counts people hurt and
none dead has one dead when the text tells elsewhere that a person it knows died ("... The
victim was pronounced dead at the hospital")."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from spacy.tokens import Doc, Token

from dateline.events.harms import SUBJECTS
from dateline.events.people import PERSONAL, people
from dateline.models import Event

DEFINITE = ("the", "this", "that", "his", "her", "their")


def died(events: list[Event], doc: Doc, table: dict[str, Any]) -> None:
    """Give, in place, each lead (the events of the top salience) that counts people hurt and
    none dead one dead when the text tells elsewhere that one person it names as known died
    ("A man was shot on Elm Street ... He died at the hospital", "the victim succumbed to
    her injuries"): the one it counts hurt, or one more beside several."""
    top = max((e.salience for e in events), default=None)
    leads = [e for e in events if e.salience == top and _hurt(e.quantities) is not None]
    death = _death(doc, table) if leads else None
    if death is None:
        return
    for lead in leads:
        counts = lead.quantities
        hurt = _hurt(counts)
        counts["killed"] = 1.0
        lead.evidence["quantities.killed"] = [death.idx, death.idx + len(death)]
        if hurt == 1:
            counts.pop("wounded", None)
            lead.evidence.pop("quantities.wounded", None)
        lead.why += f"; killed: the text tells '{death.text}' died ('{death.sent.text[:40]}')"


def _hurt(counts: dict[str, float]) -> float | None:
    """The people counts hold hurt (wounded, or else shot) when they hold none killed."""
    return None if "killed" in counts else counts.get("wounded", counts.get("shot"))


def _death(doc: Doc, table: dict[str, Any]) -> Token | None:
    """The first subject that names one known person the text says died ("he died", "the
    victim was pronounced dead"): not the one who did it, nor another ("the other victim"),
    nor a death denied or supposed ("so he wouldn't die")."""
    apart = table.get("apart", ())
    for token in doc:
        if token.dep_ not in SUBJECTS or not _known(token, apart):
            continue
        if token.lemma_.lower() in table.get("doers", ()) or _unreal(token.head):
            continue
        found = people(token, table)
        if found is not None and found[0] == "killed" and found[1].value == 1:
            return token
    return None


def _known(token: Token, apart: Iterable[str]) -> bool:
    """Whether a word names one person told of before ("he", "the victim"), not another."""
    if token.lower_ in PERSONAL:
        return True
    if any(c.lower_ in apart for c in token.children):
        return False
    det = next((c.lower_ for c in token.children if c.dep_ in ("det", "poss")), None)
    return token.pos_ == "NOUN" and det in DEFINITE


def _unreal(verb: Token) -> bool:
    """Whether a verb is denied or only supposed: "wouldn't die", "could have died"."""
    return any(c.dep_ == "neg" or (c.dep_ == "aux" and c.tag_ == "MD") for c in verb.children)
