"""The toll of a story's lead when the lead tells none: a lead that is the arrest, the charge
or the investigation ("Police arrested a man after the shooting") takes the people killed
and hurt of the happening it is about (``Event.about``); a lead about no happening, or a
shooting told without its count ("Police are investigating a shooting on Elm Street"),
takes those of the story's most salient asserted happening that counts them. Each count
taken is marked borrowed (``models.BORROWED``): fusion compares only the counts a report
tells. A lead that counts people hurt and none dead, or nobody harmed, has one dead when the
text tells apart that a person it knows died ("... The victim was pronounced dead at the
hospital")."""

from __future__ import annotations

from collections.abc import Collection, Iterable
from typing import Any

from spacy.tokens import Doc, Token

from dateline.events.harms import HARMS, SUBJECTS, harm
from dateline.events.people import PERSONAL, people, told
from dateline.models import BORROWED, Event
from dateline.parses import sentence_of, sentences

DEFINITE = ("the", "this", "that", "his", "her", "their")


def borrow(events: list[Event], happenings: Iterable[str]) -> None:
    """Give, in place, each lead (the events of the top salience) the counts of people
    harmed it lacks from the happening it is about ("Two men are charged in the death of a
    boy": the wounded of the shooting too), and a lead with none the counts of the most
    salient asserted happening (of a type in ``happenings``) that has them; each count
    taken is marked borrowed."""
    top = max((e.salience for e in events), default=None)
    kinds = frozenset(happenings)
    for lead in (e for e in events if e.salience == top):
        if lead.about is None and any(key in lead.quantities for key in HARMS):
            continue
        source = _source(lead, events, kinds)
        if source is None:
            continue
        taken = [k for k in HARMS if k in source.quantities and k not in lead.quantities]
        for key in taken:
            lead.quantities[key] = source.quantities[key]
            span = source.evidence.get(f"quantities.{key}")
            if span is not None:
                lead.evidence[f"quantities.{key}"] = span
            lead.evidence[BORROWED + key] = [source.start, source.end]
        if taken:
            lead.why += f"; counts of the {source.type} it tells of ('{source.sentence[:40]}')"


def _source(lead: Event, events: list[Event], kinds: frozenset[str]) -> Event | None:
    """The happening whose counts the lead takes: the one it is about, else the most salient
    asserted one with a count of people harmed."""
    if lead.about is not None:
        about = events[lead.about]
        return about if any(key in about.quantities for key in HARMS) else None
    counted = [
        e
        for e in events
        if e is not lead
        and e.type in kinds
        and e.status == "asserted"
        and any(key in e.quantities for key in HARMS)
    ]
    return max(counted, key=lambda e: e.salience, default=None)


def died(events: list[Event], doc: Doc, table: dict[str, Any]) -> None:
    """Give, in place, each lead (the events of the top salience) that counts people hurt
    and none dead, or nobody harmed, one dead when the text tells elsewhere that one person
    it names as known died ("A man was shot on Elm Street ... He died at the hospital", "the
    victim succumbed to her injuries"): the one it counts hurt; one of several it counts
    hurt when named as one of them ("the victim who suffered the gunshot wound has died"),
    or told right after a count of the shot all counted wounded ("was one of five people
    shot. He died": four wounded); else one more beside several wounded; a lead of a type
    that carries harms (``carriers`` of the quantities table) that counts nobody, the one."""
    top = max((e.salience for e in events), default=None)
    carriers = table.get("carriers", ())
    leads = [e for e in events if e.salience == top and _uncounted_dead(e, carriers)]
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
            lead.evidence.pop(BORROWED + "wounded", None)
        elif "wounded" in counts and (
            _hurt_one(death, table)
            or counts["wounded"] == counts.get("shot")
            and _next(death, lead.evidence.get("quantities.shot"), doc)
        ):
            counts["wounded"] -= 1  # the dead is one of the hurt counted
        lead.why += (
            f"; killed: the text tells '{death.text}' died ('{sentence_of(death).text[:40]}')"
        )


def _hurt_one(death: Token, table: dict[str, Any]) -> bool:
    """Whether the one who died is named as one of the hurt: "the victim who suffered the
    gunshot wound", "the teen wounded in the shooting"."""
    said = [c for c in death.children if c.dep_ in ("relcl", "acl")]
    return any(harm(c, "nsubj", table) in ("wounded", "shot") for c in said)


def _next(death: Token, span: list[int] | None, doc: Doc) -> bool:
    """Whether a death is told in the sentence right after the one that counts the shot
    ("was one of five people shot Sunday. He died Thursday"), not of another told apart."""
    counted = None if span is None else doc.char_span(*span, alignment_mode="expand")
    return counted is not None and sentence_of(death).start == sentence_of(counted[0]).end


def _uncounted_dead(event: Event, carriers: Collection[str]) -> bool:
    """Whether an event counts no dead: people hurt, or, of a type that carries harms
    (``carriers``: a shooting, not a statement about one), nobody harmed at all."""
    counts = event.quantities
    if _hurt(counts) is not None:
        return True
    return event.type in carriers and not any(key in counts for key in HARMS)


def _hurt(counts: dict[str, float]) -> float | None:
    """The people counts hold hurt (wounded, or else shot) when they hold none killed."""
    return None if "killed" in counts else counts.get("wounded", counts.get("shot"))


def _death(doc: Doc, table: dict[str, Any]) -> Token | None:
    """The first subject that names one known person the text says died ("he died", "the
    victim was pronounced dead", a name told before: "Hale died"): not the one who did it,
    nor another ("the other victim"), nor a death denied or supposed ("so he wouldn't
    die")."""
    apart = table.get("apart", ())
    names: set[str] = set()
    for sent in sentences(doc):
        for token in sent:
            if token.dep_ not in SUBJECTS:
                continue
            named = _named_before(token, names)
            if not (_known(token, apart) or named):
                continue
            if token.lemma_.lower() in table.get("doers", ()) or _unreal(token.head):
                continue
            found = people(token, table)
            if found is not None and found[0] == "killed" and found[1].value == 1:
                return token
            if found is None and named and told(token, table) == "killed":
                return token
        names.update(t.text for t in sent if t.tag_ == "NNP")
    return None


def _named_before(token: Token, names: set[str]) -> bool:
    """Whether a word is a name alone, of a person, that names someone told of before
    ("Marcus Hale was taken to a hospital ... Hale died Sunday"), not of a place: one of
    ``names``, the proper nouns of the sentences before its own."""
    if token.tag_ != "NNP" or token.text not in names or token.ent_type_ not in ("", "PERSON"):
        return False
    if token.conjuncts:
        return False
    return not any(c.dep_ in ("compound", "det", "amod") for c in token.children)


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
