"""The killer's own death told apart from the lead's victims: "A man shot and killed his
wife and two sons on Sunday ... He then turned the gun on himself" counts four dead, as
the registries do, and so does "... The gunman was shot and killed by police". Only a
count of the people a doer's verb befell ("killed three people", "killing 2") leaves the
killer out; a count of the dead ("three people were found dead in an apparent
murder-suicide") may already hold him, but one alone cannot ("A boy was killed in a
murder-suicide" is two dead)."""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import Any

from spacy.tokens import Doc, Span, Token

from dateline.events.harms import HARMS
from dateline.events.people import own_death, told
from dateline.models import BORROWED, Event
from dateline.parses import sentence_of

REFLEXIVE = ("himself", "herself", "themselves")
COUNTED = ("nummod", "quantmod", "compound", "det", "poss", "amod")


def add(events: list[Event], doc: Doc, table: dict[str, Any]) -> None:
    """Add, in place, the killer to each lead's (the events of the top salience) dead when
    the text tells his own death in a sentence other than the one its dead are counted in,
    and that count is of the people a doer's verb befell."""
    top = max((e.salience for e in events), default=None)
    leads = [e for e in events if e.salience == top and "killed" in e.quantities]
    for lead in leads:
        span = lead.evidence.get("quantities.killed")
        if span is None or BORROWED + "killed" in lead.evidence:
            continue
        victims = _victims(doc, span, table)
        if victims is None or own_death(list(sentence_of(victims)), table) is not None:
            continue
        sent = sentence_of(victims)
        own = own_death([t for t in doc if not sent.start <= t.i < sent.end], table)
        if own is None:
            own = _doer_killed(doc, victims, table)
        if own is None:
            continue
        lead.quantities["killed"] += 1
        lead.why += f"; killed: the killer's own death too ('{sentence_of(own).text[:40]}')"


def _doer_killed(doc: Doc, victims: Token, table: dict[str, Any]) -> Token | None:
    """The word naming the doer of the victims' harm as killed in another sentence: one
    doer named by a noun for the one who did it ("the gunman was shot and killed by
    police", "officers killed the suspect") or by his own surname, not a relative's full
    name ("Long was killed"; not "the body of Maya Long was found")."""
    doer = _subject(victims.head)
    if doer is None or doer.tag_ in ("NNS", "NNPS"):
        return None
    doers = table.get("doers", ())
    surname = doer.text if doer.ent_type_ == "PERSON" else None
    sent = sentence_of(victims)
    for token in doc:
        if sent.start <= token.i < sent.end or token.tag_ not in ("NN", "NNP"):
            continue
        named = (token.text == surname and _names(doer) >= _names(token)) or (
            token.lemma_.lower() in doers
            and any(c.dep_ == "det" and c.lower_ == "the" for c in token.children)
        )
        if named and told(token, table) == "killed":
            return token
    return None


def _names(token: Token) -> set[str]:
    """The first names a surname is told with ("Dana" of "Dana Reyes"): a surname with
    others than the doer's is a relative's ("the bodies of Maya Reyes")."""
    return {c.text for c in token.children if c.dep_ == "compound"}


def murder_suicide(
    events: list[Event], title: str | None, opening: Iterable[Span], table: dict[str, Any]
) -> None:
    """Give, in place, each lead (the events of the top salience) that counts one dead two
    when the title or the story's opening names the happening one whose killer died too
    ("A 4-year-old boy was killed in a murder-suicide"): the victim and the killer."""
    top = max((e.salience for e in events), default=None)
    leads = [e for e in events if e.salience == top and e.quantities.get("killed") == 1]
    if not leads:
        return
    told = [title or "", *(s.text for s in opening if not any(t.dep_ == "neg" for t in s))]
    said = [_words(text) for text in told]
    named = table.get("killer_died", ())
    found = next((n for n in named for text in said if n in text), None)
    if found is None:
        return
    for lead in leads:
        lead.quantities["killed"] = 2.0
        lead.why += f"; killed: a {found} has the killer dead too"


def _words(text: str) -> str:
    """Lower-cased words with hyphens and slashes as spaces ("Murder-Suicide": "murder
    suicide")."""
    return " ".join(re.sub(r"[-/]", " ", text.lower()).split())


def _victims(doc: Doc, span: list[int], table: dict[str, Any]) -> Token | None:
    """The noun a count names when it is the object of a verb (a doer's victims), not a
    doer himself ("police shot and killed the gunman")."""
    words = doc.char_span(span[0], span[1], alignment_mode="expand")
    if words is None:
        return None
    noun = words.root
    while noun.dep_ in COUNTED and noun.head.i != noun.i:
        noun = noun.head
    while noun.dep_ == "conj" and noun.head.i != noun.i:
        noun = noun.head
    if noun.dep_ != "dobj" or noun.lower_ in REFLEXIVE:
        return None
    if noun.lemma_.lower() in table.get("doers", ()):
        return None
    if table.get("verbs", {}).get(noun.head.lemma_.lower()) not in HARMS:
        return None  # "a shooting that left four people dead" counts the dead
    doer = _subject(noun.head)
    things = table.get("tallies", {}).get("happenings", ())
    if doer is None or doer.tag_ in ("WDT", "WP") or doer.lemma_.lower() in things:
        return None  # "a shooting that killed two": no doer told
    return noun


def _subject(verb: Token) -> Token | None:
    """The doer of a verb: its subject, a verb's it is joined or subordinate to ("shot his
    family, killing 3"), the noun a relative clause tells of ("a man who killed two")."""
    while True:
        subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
        if subject is not None:
            if subject.tag_ in ("WDT", "WP") and verb.dep_ == "relcl":
                return verb.head
            return subject
        if verb.dep_ not in ("conj", "advcl", "xcomp") or verb.head.i == verb.i:
            return None
        verb = verb.head
