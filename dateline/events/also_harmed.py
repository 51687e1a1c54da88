"""People a later sentence says were also killed: "A professor was killed in the crossfire
... A 15-year-old was also killed in the shooting" counts two dead. Only a lead whose dead
are named one by one ("a man", "the officer", "Kenneth Mills") takes them: a number ("five
people were killed") is the whole toll, and those told later are among it. Someone the text
named before ("his wife ... His wife was also killed") is told again, not added."""

from __future__ import annotations

from typing import Any

from spacy.tokens import Doc, Token

from dateline.events.people import PERSONAL, people
from dateline.events.quantities import also
from dateline.models import BORROWED, Event
from dateline.parses import sentence_of, sentences


def add(events: list[Event], doc: Doc, table: dict[str, Any]) -> None:
    """Add, in place, to each lead's (the events of the top salience) dead the people a
    later sentence says were killed too ("... was also killed"), where the lead's dead are
    named one by one; a sentence that only other happenings are told in adds none."""
    top = max((e.salience for e in events), default=None)
    sents = list(sentences(doc))
    for lead in (e for e in events if e.salience == top):
        span = lead.evidence.get("quantities.killed")
        if "killed" not in lead.quantities or span is None or BORROWED + "killed" in lead.evidence:
            continue
        counted = doc.char_span(*span, alignment_mode="expand")
        if counted is None or any(t.like_num for t in counted):
            continue
        told = {m.sentence for m in lead.mentions}
        others = {m.sentence for e in events if e is not lead for m in e.mentions} - told
        after = sentence_of(counted[-1]).end
        for i, sent in enumerate(sents):
            if i in others or sent.start < after:
                continue
            for token in sent:
                more = _also_killed(token, table)
                if more:
                    lead.quantities["killed"] += more
                    lead.why += f"; killed: also '{token.text}' ('{sent.text[:40]}')"


def _also_killed(token: Token, table: dict[str, Any]) -> float:
    """How many people a subject counts who were killed too, as a word of ``adding`` on its
    verb tells ("A woman was also killed": one), where it names them anew (no pronoun, no
    noun told before); none for another subject."""
    if token.lower_ in PERSONAL or not also(token, table):
        return 0.0
    found = people(token, table)
    if found is None or found[0] != "killed" or _told_before(token):
        return 0.0
    return found[1].value


def _told_before(subject: Token) -> bool:
    """Whether a subject's word was told before its sentence ("his wife" ... "His wife was
    also killed"; a name's last word)."""
    word = subject.lemma_.lower()
    return any(t.lemma_.lower() == word for t in subject.doc[: sentence_of(subject).start])
