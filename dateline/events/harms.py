"""What befell the people a verb or a noun tells of: killed, wounded or shot, read from the
verb ("was shot"), a verb conjoined with it ("shot and killed"), a word that makes it fatal
("fatally shot", "shot dead"), care ("was rushed to a hospital"), a wound suffered, a bullet
that struck; the words are data under ``quantities`` in ``plover.yaml``."""

from __future__ import annotations

from typing import Any

from spacy.tokens import Token

from dateline.events.segments import across_lines
from dateline.parses import sentence_of

PREDICATES = ("oprd", "acomp", "xcomp", "amod", "dep", "ccomp", "advcl")
SUBJECTS = ("nsubj", "nsubjpass")
HARMS = ("killed", "wounded", "shot")


def harm(verb: Token, role: str, table: dict[str, Any]) -> str | None:
    """What a verb says befell its ``role`` argument, the gravest harm told of it: its own
    word, a conjoined verb that shares the argument (a subject's or a participle's later
    verb, "was shot and killed"; an object's earlier one, "shot and killed two men"), or
    a word that makes the harm fatal ("fatally shot", "shot dead", "shot to death")."""
    verbs = table.get("verbs", {})
    own = verbs.get(verb.lemma_.lower())
    if own is not None and own not in HARMS and _treated(verb, table) is None:
        return own
    found = set()
    later = role in SUBJECTS or role == "acl"
    shared = [
        c for c in verb.conjuncts if (c.i > verb.i) == later and not has(c, role) and not _or(c)
    ]
    for each in (verb, *shared):
        key = verbs.get(each.lemma_.lower())
        key = key if key in HARMS else _treated(each, table) or _suffered(each, table) or key
        key = key or _struck(each, table) or _phrasal(each, table)
        key = _stated(each, table) or _found(each, table) or key
        if key == "shot" and _survived(each, verbs):
            key = "wounded"
        if key in HARMS:
            found.add("killed" if _fatal(each, table) else key)
    return next((h for h in HARMS if h in found), None)


def _phrasal(verb: Token, table: dict[str, Any]) -> str | None:
    """The harm a verb tells with its particle ("passed away": killed)."""
    particles = table.get("phrasal", {}).get(verb.lemma_.lower(), {})
    return next(
        (particles[c.lower_] for c in verb.children if c.dep_ == "prt" and c.lower_ in particles),
        None,
    )


def _struck(verb: Token, table: dict[str, Any]) -> str | None:
    """Shot, for people a bullet hit or struck ("was hit by a stray bullet", "bullets
    started flying, striking five teenage boys"): a projectile named in the sentence, or
    where on the body ("an 18-year-old was hit in his side")."""
    struck = table.get("struck", {})
    if verb.lemma_.lower() not in struck.get("verbs", ()):
        return None
    projectiles = struck.get("by", ())
    if any(t.lemma_.lower() in projectiles for t in sentence_of(verb)):
        return "shot"
    where = [g for c in verb.children if c.lower_ == "in" for g in c.children]
    return "shot" if any(g.lemma_.lower() in struck.get("where", ()) for g in where) else None


def _stated(verb: Token, table: dict[str, Any]) -> str | None:
    """A harm a verb's predicate states: "were found dead", "was pronounced dead"."""
    adjectives = table.get("adjectives", {})
    said = [c.lower_ for c in verb.children if c.dep_ in ("oprd", "acomp")]
    return next((adjectives[w] for w in said if adjectives.get(w) in HARMS), None)


def _found(verb: Token, table: dict[str, Any]) -> str | None:
    """The harm people were found in, told by a participle: "were found shot to death"."""
    if verb.lemma_.lower() not in table.get("found_in", ()):
        return None
    verbs = table.get("verbs", {})
    for told in (c for c in verb.children if c.dep_ == "xcomp" and c.tag_ == "VBN"):
        key = verbs.get(told.lemma_.lower())
        if key in HARMS:
            return "killed" if _fatal(told, table) else key
    return None


def _suffered(verb: Token, table: dict[str, Any]) -> str | None:
    """Wounded for a wound suffered, killed for a fatal one ("suffered a gunshot wound")."""
    suffered = table.get("suffered", {})
    if verb.lemma_.lower() not in suffered.get("verbs", ()):
        return None
    for wound in verb.children:
        if wound.dep_ == "dobj" and wound.lemma_.lower() in suffered.get("nouns", ()):
            fatal = any(fatal_word(c, table) for c in wound.children)
            return "killed" if fatal else "wounded"
    return None


def _treated(verb: Token, table: dict[str, Any]) -> str | None:
    """Wounded, for people taken to or kept in hospital ("was rushed to a hospital",
    "three others are in the hospital", "sent four people to the hospital", "is in
    critical condition", "was listed in critical condition", "were treated for gunshot
    wounds", "are recovering", "is expected to recover")."""
    care = table.get("hospital", {})
    recovering = care.get("recovering", ())
    if verb.lemma_.lower() in recovering and not has(verb, "dobj"):
        return "wounded"
    if any(c.dep_ == "xcomp" and c.lemma_.lower() in recovering for c in verb.children):
        return "wounded"  # "is expected to recover"
    if verb.lemma_.lower() not in care.get("verbs", ()):
        return None
    if _died_there(verb, table):
        return None  # "rushed to a hospital, where he died"
    objects = [c for c in verb.children if c.dep_ == "dobj"]
    for prep in [*verb.children, *(p for o in objects for p in o.children)]:
        nouns = {w for c in prep.children for w in _care_words(c)}
        if prep.lower_ in care.get("preps", ()) and nouns & set(care.get("nouns", ())):
            return "wounded"  # "sent four people to the hospital", "lands two men in hospital"
    return None


def _died_there(verb: Token, table: dict[str, Any]) -> bool:
    """Whether the care a verb tells ended in a death: told in its own words ("rushed to a
    hospital, where he died", "where she was pronounced deceased", "where she passed
    away") or by the clause it is subordinate to ("was pronounced dead after he was
    rushed to a hospital")."""
    deaths = table.get("hospital", {}).get("deaths", ())

    def death(token: Token) -> bool:
        return token.lemma_.lower() in deaths or token.lower_ in deaths or fatal_word(token, table)

    if any(death(t) for t in verb.subtree):
        return True
    head = verb.head
    while head.pos_ == "ADP" and head.head.i != head.i:
        head = head.head
    governed = verb.dep_ in ("advcl", "pcomp") and head.i != verb.i
    return governed and (death(head) or any(death(c) for c in head.children))


def _care_words(noun: Token) -> set[str]:
    """A noun's lemma and, with the word right before it, the name of a place of care it
    ends: "hospital", "medical center" (of "Harlow County Medical Center")."""
    lemma = noun.lemma_.lower()
    before = [c for c in noun.children if c.dep_ in ("compound", "amod") and c.i == noun.i - 1]
    return {lemma, *(f"{c.lower_} {lemma}" for c in before)}


def _survived(verb: Token, verbs: dict[str, str]) -> bool:
    """Whether people shot are told apart from the killed before them: "a father was
    killed and his son was shot" (the son was wounded)."""
    return has(verb, "nsubj") and any(
        c.i < verb.i and has(c, "nsubj") and verbs.get(c.lemma_.lower()) == "killed"
        for c in verb.conjuncts
    )


def _or(verb: Token) -> bool:
    """Whether a conjoined verb is an alternative ("wounded or killed"), not a sequel."""
    return any(c.dep_ == "cc" and c.lower_ == "or" for c in (*verb.children, *verb.head.children))


def has(verb: Token, role: str) -> bool:
    """Whether a verb has its own argument of a role (a subject of either voice counts)."""
    roles = SUBJECTS if role in (*SUBJECTS, "acl") else (role,)
    return any(c.dep_ in roles for c in verb.children)


def _fatal(verb: Token, table: dict[str, Any]) -> bool:
    """Whether a verb of harm is told as fatal: "fatally", "to death", "shot dead"."""
    for child in verb.children:
        if fatal_word(child, table) and child.dep_ in ("advmod", *PREDICATES):
            return True
        if child.lower_ == "to" and any(c.lower_ == "death" for c in child.children):
            return True
    return False


def fatal_word(token: Token, table: dict[str, Any]) -> bool:
    """Whether a word makes a harm fatal ("fatally", "dead", "fatal"), not where a prefix
    before it denies that ("non-fatal wounds")."""
    if token.lower_ not in table.get("fatal", ()):
        return False
    doc, i = token.doc, token.i
    before = doc[i - 2] if i > 1 and doc[i - 1].text == "-" else doc[i - 1] if i else None
    return before is None or before.lower_ not in table.get("not_fatal", ())


def undergone(verb: Token, table: dict[str, Any]) -> bool:
    """Whether a verb's subject is what befalls: "two died", and in a headline's clipped
    passive, a harm with no object and no target, nor a later verb it shares one with
    ("Four people shot in Tangelo Park", "leaving one dead and two others hurt", however
    "hurt" is tagged; a clause the parser joined on from the next line is not the
    headline's)."""
    if verb.lemma_.lower() in table.get("undergone", ()):
        return True
    if _treated(verb, table) or _suffered(verb, table) or _phrasal(verb, table):
        return True
    told = table.get("verbs", {}).get(verb.lemma_.lower())
    return (
        told in HARMS
        and (verb.tag_ in ("VBD", "VBN") or _left(verb))
        and not any(
            c.dep_ in ("dobj", "aux") or c.lower_ == "at"
            for v in (
                verb,
                *(j for j in verb.conjuncts if j.i > verb.i and not across_lines(verb, j)),
            )
            for c in v.children
        )
    )


def _left(verb: Token) -> bool:
    """A harm joined to "leaving", whatever tense the tagger gave it ("leaving one dead and
    three others hurt", "hurt" read as a present)."""
    return verb.dep_ == "conj" and verb.head.lemma_ == "leave"


def participle(noun: Token, table: dict[str, Any]) -> str | None:
    """The harm a participle after a noun tells of it: "two women killed in a shooting",
    "a teenage boy shot and killed Monday"."""
    for child in noun.rights:
        if child.dep_ == "acl" and child.tag_ in ("VBN", "VBD"):
            key = harm(child, "acl", table)
            if key in HARMS:
                return key
    return None


def told_of(noun: Token, table: dict[str, Any]) -> str | None:
    """The harm a noun names of the people after its "of": "the bodies of four men",
    "the shooting deaths of two brothers", "the fatal shooting of a teenager"; and the
    lives a happening took ("claimed the life of a baby boy", "claimed a life")."""
    if _taken(noun, table):
        return "killed"
    if noun.dep_ != "pobj":
        return None
    prep = noun.head
    if prep.lower_ != "of":
        return None
    owner = prep.head
    if _taken(owner, table):
        return "killed"
    lemma = owner.lemma_.lower()
    key = table.get("nouns", {}).get(lemma) or table.get("of_harms", {}).get(lemma)
    if key not in HARMS:
        return None
    return "killed" if any(fatal_word(c, table) for c in owner.children) else key


def _taken(noun: Token, table: dict[str, Any]) -> bool:
    """Whether a noun is a life a verb says was taken: "claimed a life", "cost the lives"."""
    lives = table.get("lives", {})
    return (
        noun.lemma_.lower() in lives.get("nouns", ())
        and noun.dep_ == "dobj"
        and noun.head.lemma_.lower() in lives.get("verbs", ())
    )
