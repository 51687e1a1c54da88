"""People a later sentence says the lead's harm befell too: "A professor was killed in
the crossfire ... A 15-year-old was also killed in the shooting" counts two dead, "A man was
wounded outside a bar ... A woman was also injured" two hurt. Only a lead whose count names
its people one by one ("a man", "the officer", "Kenneth Mills") takes them: a number ("five
people were killed") is the whole toll, and those told later are among it. Someone the
text named before ("her son ... Her son was also wounded") is told again, not added, and so
is one "also shot" (apart from the dead told before, not beside the hurt)."""

from __future__ import annotations

from typing import Any

from spacy.tokens import Doc, Token

from dateline.events.harms import SUBJECTS
from dateline.events.people import PERSONAL, people
from dateline.models import BORROWED, Event

KEYS = ("killed", "wounded")


def add(events: list[Event], doc: Doc, table: dict[str, Any]) -> None:
    """Add, in place, to each lead's (the events of the top salience) count of the dead
    or of the wounded the people a later sentence says the same harm befell too ("... was
    also killed"), where the lead's count names its people one by one; a sentence that
    only other happenings are told in adds none."""
    top = max((e.salience for e in events), default=None)
    sents = list(doc.sents)
    for lead in (e for e in events if e.salience == top):
        told = {m.sentence for m in lead.mentions}
        others = {m.sentence for e in events if e is not lead for m in e.mentions} - told
        for key in KEYS:
            span = lead.evidence.get(f"quantities.{key}")
            if key not in lead.quantities or span is None or BORROWED + key in lead.evidence:
                continue
            counted = doc.char_span(*span, alignment_mode="expand")
            if counted is None or any(t.like_num for t in counted):
                continue
            after = counted[-1].sent.end
            for i, sent in enumerate(sents):
                if i in others or sent.start < after:
                    continue
                for token in sent:
                    more = _also(token, key, table)
                    if more:
                        lead.quantities[key] += more
                        lead.why += f"; {key}: also '{token.text}' ('{sent.text[:40]}')"


def _also(token: Token, key: str, table: dict[str, Any]) -> float:
    """How many people a subject counts whom the harm ``key`` befell too, as a word of
    ``adding`` on its verb tells ("A woman was also injured": one), where it names them
    anew (no pronoun, no noun told before); none for another subject."""
    if token.dep_ not in SUBJECTS or token.pos_ == "PRON" or token.lower_ in PERSONAL:
        return 0.0
    adding = table.get("adding", ())
    if not any(c.dep_ == "advmod" and c.lower_ in adding for c in token.head.children):
        return 0.0
    found = people(token, table)
    if found is None or _told_before(token):
        return 0.0
    return found[1].value if found[0] == key else 0.0


def _told_before(subject: Token) -> bool:
    """Whether a subject's word was told before its sentence ("her son" ... "Her son Kodi
    was also wounded"; a name's last word)."""
    word = subject.lemma_.lower()
    return any(t.lemma_.lower() == word for t in subject.doc[: subject.sent.start])
