"""Events under construction in one sentence, how they relate, and how sure each is."""

from __future__ import annotations

from dataclasses import dataclass, field

from spacy.tokens import Token

from dateline.events import roles, triggers
from dateline.events.ontology import Ontology
from dateline.events.segments import across_lines
from dateline.models import Actor

EMBED_PATH = ("xcomp", "ccomp", "pcomp", "prep", "pobj", "dobj", "acomp", "advcl", "conj")
EMBED_DEPTH = 3
AFTER = ("after", "following")
OFFENCE_STEPS = 2  # an offence noun and its preposition
EMBEDDED_FACTOR = 0.6
SUBORDINATE_FACTOR = 0.85
MODIFIER_FACTOR = 0.7
MODIFIER_CLAUSES = ("acl", "relcl")
MAIN = ("ROOT", "conj", "ccomp", "parataxis")
VERBAL_QUADS = (1, 3)
CHARGE_PREPS = ("with", "of", "for")
BARE_NOT = ("det", "poss", "nummod")
RECORDED = "ACCUSE"


@dataclass(slots=True)
class Draft:
    """An event under construction: the match and what has been tied to it so far."""

    match: triggers.Match
    actor: Actor | None = None
    recipient: Actor | None = None
    actor_token: Token | None = None
    recipient_token: Token | None = None
    notes: list[str] = field(default_factory=list)
    outer: Draft | None = None
    mode: str | None = None
    type: str = ""
    absorbed: bool = False
    guessed: bool = False
    nearest: bool = False  # the actor is the nearest mention: a guess at the role itself
    loose_recipient: bool = False
    candidates: list[Token] = field(default_factory=list)
    joined: list[Token] = field(default_factory=list)
    undone_by: Token | None = None  # the verb that undoes a noun event ("dropped" charges)


def embedding(match: triggers.Match, drafts: dict[int, Draft], onto: Ontology) -> Draft | None:
    """The event whose type embeds this one (a promise, demand, threat, refusal or
    accusation it depends on), within a few syntactic steps; a clause of time or cause
    ("vowed an inquiry after seven were killed") is not what was promised. An offence a
    charge names is passed over, not counted as a step ("charged him with murder for the
    shooting": the shooting is what the charge alleges)."""
    current = match.token
    steps = EMBED_DEPTH
    while steps > 0:
        steps -= 1
        if current.dep_ not in EMBED_PATH or current.head.i == current.i:
            return None
        if across_lines(current, current.head):
            return None
        if current.dep_ == "advcl" and any(
            c.dep_ == "mark" and c.lower_ in onto.circumstances for c in current.children
        ):
            return None
        current = current.head
        outer = drafts.get(current.i)
        if outer is not None and outer.absorbed:
            steps += OFFENCE_STEPS
            continue
        if outer is not None and onto.embeds(outer.match.entry.type) is not None:
            return outer
    return None


def charged_offences(drafts: dict[int, Draft]) -> list[Draft]:
    """Trigger nouns that name the offence of a charge or conviction rather than a
    happening: bare nouns under its "with", "of" or "for" ("charged with armed robbery and
    conspiracy to commit robbery", "convictions for grand theft, assault"); "charged in
    the shooting" or "convicted of the murder of ..." name the happening itself."""
    out = []
    for charge in drafts.values():
        if charge.mode != "allege":
            continue
        for prep in charge.match.token.children:
            if prep.dep_ != "prep" or prep.lower_ not in CHARGE_PREPS:
                continue
            for token in prep.subtree:
                found = drafts.get(token.i)
                if (
                    found is not None
                    and found.match.entry.pos == "NOUN"
                    and not any(c.dep_ in BARE_NOT for c in token.children)
                ):
                    out.append(found)
    return out


def recorded_offences(drafts: dict[int, Draft], onto: Ontology) -> list[Draft]:
    """Trigger nouns inside a phrase or clause about someone's criminal past ("Bennett's
    record, which includes assault and gun convictions, along with armed robbery", "his
    record includes burglary"): the offences of a record, not happenings; the record's
    convictions and charges (ACCUSE) stay."""
    out = []
    for draft in drafts.values():
        token = draft.match.token
        if draft.match.entry.pos != "NOUN" or draft.type == RECORDED:
            continue
        if any(_of_record(a, onto.records) for a in token.ancestors):
            out.append(draft)
    return out


def _of_record(token: Token, records: frozenset[str]) -> bool:
    """A record noun, or a verb whose subject is one ("his record includes ...")."""
    if token.pos_ == "NOUN":
        return token.lemma_.lower() in records
    subjects = (c for c in token.children if c.dep_ in ("nsubj", "nsubjpass"))
    return any(c.lemma_.lower() in records for c in subjects)


def without_participants(drafts: dict[int, Draft], onto: Ontology) -> dict[int, Draft]:
    """Trigger nouns that name a material act's participant are not events ("arrested
    protesters", "offensives by the alliance"); incidents outside PLOVER stay ("arrested
    drug smugglers" is an arrest and a crime), a hazard has no participants to take
    ("an air strike caused an explosion" keeps the strike), and what is said or done about
    an event leaves it one ("investigating a shooting", "condemned the attack"), and so does
    a charge's offence ("charged with murder for the shooting" keeps the shooting), as does
    an act of the noun's own type ("the shooting that killed a vendor" is one happening)."""
    taken = {
        token.i
        for d in drafts.values()
        if not d.absorbed and not onto.harms(d.type) and onto.quad(d.type) not in VERBAL_QUADS
        for token in (d.actor_token, d.recipient_token)
        if token is not None and not _kin(drafts.get(token.i), d)
    }
    return {
        i: d
        for i, d in drafts.items()
        if not (i in taken and d.match.entry.pos == "NOUN" and onto.in_plover(d.type))
    }


def _kin(other: Draft | None, draft: Draft) -> bool:
    """Whether a participant's token is itself a trigger of the draft's type."""
    return other is not None and other.type == draft.type


def caused(drafts: dict[int, Draft], onto: Ontology) -> dict[int, Draft]:
    """Triggers that a hazard brings about, folded into it when its type lists theirs
    under ``harms``: their actor is the hazard ("the quake killed eight"), they happened in
    or by it ("hurt in the blast"), or they are tied as clause and consequence ("injured
    when a tank exploded", "struck, killing 14", "killed after crashing his car"). Nothing
    is folded when the sentence also holds an event of a type the hazard ``yields_to`` (an
    attack): the harm may be the attack's ("shelling started a fire, killing two")."""
    owner = {i: d for i, d in drafts.items() if onto.harms(d.type)}
    folded = _folds(drafts, owner, onto)
    stronger = {t for d in owner.values() for t in onto.yields_to(d.type)}
    if any(d.type in stronger and i not in folded for i, d in drafts.items() if i not in owner):
        return drafts
    for i, cause in folded.items():
        token = drafts[i].match.token
        cause.joined.append(token)
        cause.notes.append(f"includes '{token.text}', which it caused")
        if cause.recipient is None and drafts[i].recipient is not None:
            cause.recipient, cause.recipient_token = drafts[i].recipient, drafts[i].recipient_token
        if cause.recipient is None and not cause.candidates:
            cause.candidates = list(drafts[i].candidates)
    return {i: d for i, d in drafts.items() if i not in folded}


def died_after(drafts: dict[int, Draft], onto: Ontology) -> dict[int, Draft]:
    """Deaths told as following an attack of the same type in the sentence ("died Wednesday
    after being shot Monday", "died after he was shot"), folded into that attack: the dead
    are its toll, its date stays the attack's, and the dead its recipient."""
    folded = set()
    for i, death in drafts.items():
        token = death.match.token
        if token.lemma_.lower() not in onto.deaths:
            continue
        attack = next((a for a in _after(token, drafts) if a.type == death.type), None)
        if attack is None:
            continue
        attack.joined.append(token)
        attack.notes.append(f"includes '{token.text}', a death that followed it")
        if attack.recipient is None and death.recipient is not None:
            attack.recipient, attack.recipient_token = death.recipient, death.recipient_token
        folded.add(i)
    return {i: d for i, d in drafts.items() if i not in folded}


def _after(token: Token, drafts: dict[int, Draft]) -> list[Draft]:
    """The drafts in the verb's "after ..." phrase or clause."""
    found = []
    for child in token.children:
        marked = child.dep_ == "advcl" and any(
            m.dep_ == "mark" and m.lower_ in AFTER for m in child.children
        )
        if marked or (child.dep_ == "prep" and child.lower_ in AFTER):
            found += [drafts[t.i] for t in child.subtree if t.i in drafts and t.i != token.i]
    return found


def _folds(drafts: dict[int, Draft], owner: dict[int, Draft], onto: Ontology) -> dict[int, Draft]:
    """Each draft a hazard brings about, with that hazard (in token order, so a chain of
    consequences, "struck, killing", folds into the first; a death told next to it, "the
    pickup flipped and the driver died", too)."""
    owner = dict(owner)
    folded: dict[int, Draft] = {}
    for i in sorted(drafts):
        draft = drafts[i]
        token = draft.match.token
        causes = [draft.actor_token] if draft.actor_token is not None else []
        causes += [c for t in (token, *token.conjuncts) for c in t.children if c.dep_ == "advcl"]
        causes += [
            g for c in token.children if c.dep_ == "prep" for g in c.children if g.dep_ == "pcomp"
        ]
        causes += [token.head] if token.dep_ == "advcl" or _died_next(token, onto) else []
        causes += roles.means_objects(token, onto.means)
        cause = next(
            (
                owner[c.i]
                for c in causes
                if c.i in owner
                and owner[c.i] is not draft
                and draft.type in onto.harms(owner[c.i].type)
            ),
            None,
        )
        if cause is not None:
            owner[i] = folded[i] = cause
    return folded


def _died_next(token: Token, onto: Ontology) -> bool:
    """A death told in a clause joined after another ("the pickup flipped and the driver
    died"): the earlier clause's happening may have caused it."""
    return token.dep_ == "conj" and token.head.i < token.i and token.lemma_.lower() in onto.deaths


def main_clause(token: Token) -> bool:
    """A trigger heading a main clause, or a noun its main verb governs directly."""
    if token.dep_ in MAIN:
        return True
    head = token.head
    return token.pos_ != "VERB" and head.pos_ in ("VERB", "AUX") and head.dep_ in MAIN


def confidence(draft: Draft, actorless: bool = False) -> float:
    """The trigger's weight, raised by syntactic participants (an ``actorless`` event, a
    hazard such as a flood, counts as having its actor), lowered for triggers in
    modifying or subordinate clauses and for events embedded under another."""
    token, weight = draft.match.token, draft.match.entry.weight
    found_actor = 0.0 if draft.guessed else 0.3 * (draft.actor is not None)
    found_actor = 0.3 if actorless else found_actor
    found_recipient = 0.0 if draft.loose_recipient else 0.2 * (draft.recipient is not None)
    value = weight * (0.5 + found_actor + found_recipient)
    if token.dep_ in MODIFIER_CLAUSES:
        value *= MODIFIER_FACTOR
    elif not main_clause(token):
        value *= SUBORDINATE_FACTOR
    if draft.outer is not None:
        value *= EMBEDDED_FACTOR
    return round(min(value, 1.0), 3)
