"""Counted things near a trigger: "some 1,000 IS fighters were captured" -> captured = 1000,
and people counted by how news names them: "a man was killed" -> killed = 1, "the gunman and
his victim died" -> killed = 2, "a 14-year-old was shot and killed" -> killed = 1."""

from __future__ import annotations

import calendar
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
ARGUMENTS = ("dobj", "nsubjpass", "nsubj", "pobj", "appos")
SUBJECTS = ("nsubj", "nsubjpass")
CLAUSES = ("relcl", "acl", "advcl", "ccomp", "xcomp")
_DIGITS = re.compile(r"^\d{1,3}(?:,\d{3})+$|^\d+(?:\.\d+)?$")
SINGLE = ("a", "an", "one", "the", "his", "her", "their", "its", "another", "this", "that")
HARMS = ("killed", "wounded", "shot")
PERSONAL = ("he", "she", "him", "her", "himself", "herself")
AGES = ("year", "month", "week", "day")
MONTHS = frozenset(calendar.month_name[1:])


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
        c for c in verb.conjuncts if (c.i > verb.i) == later and not _has(c, role) and not _or(c)
    ]
    for each in (verb, *shared):
        key = verbs.get(each.lemma_.lower()) or _treated(each, table) or _suffered(each, table)
        key = key or _struck(each, table)
        key = _stated(each, table) or key
        if key == "shot" and _survived(each, verbs):
            key = "wounded"
        if key in HARMS:
            found.add("killed" if _fatal(each, table) else key)
    return next((h for h in HARMS if h in found), None)


def _struck(verb: Token, table: dict[str, Any]) -> str | None:
    """Shot, for people a bullet hit or struck ("was hit by a stray bullet", "bullets
    started flying, striking five teenage boys"): a projectile named in the sentence."""
    struck = table.get("struck", {})
    if verb.lemma_.lower() not in struck.get("verbs", ()):
        return None
    projectiles = struck.get("by", ())
    return "shot" if any(t.lemma_.lower() in projectiles for t in verb.sent) else None


def _stated(verb: Token, table: dict[str, Any]) -> str | None:
    """A harm a verb's predicate states: "were found dead", "was pronounced dead"."""
    adjectives = table.get("adjectives", {})
    said = [c.lower_ for c in verb.children if c.dep_ in ("oprd", "acomp")]
    return next((adjectives[w] for w in said if adjectives.get(w) in HARMS), None)


def _suffered(verb: Token, table: dict[str, Any]) -> str | None:
    """Wounded for a wound suffered, killed for a fatal one ("suffered a gunshot wound")."""
    suffered = table.get("suffered", {})
    if verb.lemma_.lower() not in suffered.get("verbs", ()):
        return None
    for wound in verb.children:
        if wound.dep_ == "dobj" and wound.lemma_.lower() in suffered.get("nouns", ()):
            fatal = any(c.lower_ in table.get("fatal", ()) for c in wound.children)
            return "killed" if fatal else "wounded"
    return None


def _treated(verb: Token, table: dict[str, Any]) -> str | None:
    """Wounded, for people taken to or kept in hospital ("was rushed to a hospital",
    "three others are in the hospital", "sent four people to the hospital", "is in
    critical condition", "are recovering")."""
    care = table.get("hospital", {})
    if verb.lemma_.lower() in care.get("recovering", ()) and not _has(verb, "dobj"):
        return "wounded"
    if verb.lemma_.lower() not in care.get("verbs", ()):
        return None
    died = table.get("fatal", ())
    if any(t.lemma_.lower() in ("die", "death") or t.lower_ in died for t in verb.subtree):
        return None  # "rushed to a hospital, where he died"
    for prep in verb.children:
        nouns = [c.lemma_.lower() for c in prep.children]
        if prep.lower_ in ("to", "in") and set(nouns) & set(care.get("nouns", ())):
            return "wounded"
    return None


def _survived(verb: Token, verbs: dict[str, str]) -> bool:
    """Whether people shot are told apart from the killed before them: "a father was
    killed and his son was shot" (the son was wounded)."""
    return _has(verb, "nsubj") and any(
        c.i < verb.i and _has(c, "nsubj") and verbs.get(c.lemma_.lower()) == "killed"
        for c in verb.conjuncts
    )


def _or(verb: Token) -> bool:
    """Whether a conjoined verb is an alternative ("wounded or killed"), not a sequel."""
    return any(c.dep_ == "cc" and c.lower_ == "or" for c in (*verb.children, *verb.head.children))


def _has(verb: Token, role: str) -> bool:
    """Whether a verb has its own argument of a role (a subject of either voice counts)."""
    roles = SUBJECTS if role in (*SUBJECTS, "acl") else (role,)
    return any(c.dep_ in roles for c in verb.children)


def _fatal(verb: Token, table: dict[str, Any]) -> bool:
    """Whether a verb of harm is told as fatal: "fatally", "to death", "shot dead"."""
    for child in verb.children:
        word = child.lower_
        if word in table.get("fatal", ()) and child.dep_ in ("advmod", *PREDICATES):
            return True
        if word == "to" and any(c.lower_ == "death" for c in child.children):
            return True
    return False


def _counted(num: Token) -> Token:
    """The noun a number counts (the number itself when it stands alone)."""
    head = num
    while head.dep_ in ("nummod", "compound", "quantmod") and head.head.i != head.i:
        head = head.head
        if head.pos_ in ("NOUN", "PROPN", "PRON"):
            break
    return head


def _key(num: Token, counted: Token, table: dict[str, Any]) -> str | None:
    if counted.dep_ == "pobj" and counted.head.lower_ == "of":
        owner = counted.head.head
        if owner.lemma_.lower() in table.get("totals", ()):
            counted = owner  # "a total of six people were injured"
    verbs, adjectives, nouns = (table.get(k, {}) for k in ("verbs", "adjectives", "nouns"))
    after = [c for c in counted.head.children if 0 < c.i - counted.i <= 2 and c.dep_ in PREDICATES]
    if any(c.lower_ in table.get("fatal", ()) and c.dep_ == "advmod" for c in num.children):
        return "killed"
    for child in list(counted.children) + list(num.children) + after:
        if child.lemma_.lower() in adjectives or child.lower_ in adjectives:
            return adjectives.get(child.lemma_.lower()) or adjectives[child.lower_]
    if counted is num and num.dep_ in ("npadvmod", "nsubj") and num.head.lower_ in adjectives:
        return adjectives[num.head.lower_]  # "one person dead and three more injured"
    alone = counted is num and counted.dep_ != "pobj"
    thing = counted.pos_ == "PROPN" or counted.lemma_.lower() in table.get("not_people", ())
    if not thing:
        told = _participle(counted, table) or _of(counted, table)
        if told is not None:
            return told
    if (alone or (counted is not num and not thing)) and counted.dep_ in ARGUMENTS:
        verb = counted.head
        if counted.dep_ == "pobj" and verb.dep_ == "prep":
            verb = verb.head
        key = harm(verb, counted.dep_, table)
        if key is not None and (counted.dep_ != "nsubj" or _undergone(verb, table)):
            return key
        if verb.lower_ in adjectives and counted.dep_ == "nsubj":
            return adjectives[verb.lower_]
    return nouns.get(counted.lemma_.lower()) or nouns.get(counted.lower_)


def _undergone(verb: Token, table: dict[str, Any]) -> bool:
    """Whether a verb's subject is what befalls: "two died", and in a headline's clipped
    passive, a harm with no object and no target ("Four people shot in Tangelo Park")."""
    if verb.lemma_.lower() in table.get("undergone", ()):
        return True
    if _treated(verb, table) or _suffered(verb, table):
        return True
    told = table.get("verbs", {}).get(verb.lemma_.lower())
    return (
        told in HARMS
        and verb.tag_ in ("VBD", "VBN")
        and not any(
            c.dep_ in ("dobj", "aux") or c.lower_ == "at"
            for v in (verb, *verb.conjuncts)
            for c in v.children
        )
    )


def _participle(noun: Token, table: dict[str, Any]) -> str | None:
    """The harm a participle after a noun tells of it: "two women killed in a shooting",
    "a teenage boy shot and killed Monday"."""
    for child in noun.children:
        if child.dep_ == "acl" and child.i > noun.i and child.tag_ in ("VBN", "VBD"):
            key = harm(child, "acl", table)
            if key in HARMS:
                return key
    return None


def _of(noun: Token, table: dict[str, Any]) -> str | None:
    """The harm a noun names of the people after its "of": "the bodies of four men",
    "the shooting deaths of two brothers", "the fatal shooting of a teenager"."""
    prep = noun.head
    if noun.dep_ != "pobj" or prep.lower_ != "of":
        return None
    owner = prep.head
    lemma = owner.lemma_.lower()
    key = table.get("nouns", {}).get(lemma) or table.get("of_harms", {}).get(lemma)
    if key not in HARMS:
        return None
    return "killed" if any(c.lower_ in table.get("fatal", ()) for c in owner.children) else key


def _tally(token: Token, table: dict[str, Any]) -> bool:
    """Whether a count is a period's or a place's tally rather than one happening's:
    "150 people have been murdered so far in 2017", "eight were killed in shootings
    across the city"."""
    verb = token
    while verb.pos_ not in ("VERB", "AUX") and verb.head.i != verb.i:
        verb = verb.head
    tallies = table.get("tallies", {})
    for child in (c for v in (verb, *verb.conjuncts) for c in v.children):
        if child.dep_ not in ("prep", "npadvmod", "advmod"):
            continue
        words = _phrase(child)
        said = " ".join(t.lower_ for t in words)
        if any(period in said for period in tallies.get("periods", ())):
            return True
        if child.dep_ == "prep" and any(
            t.tag_ == "NNS" and t.lemma_.lower() in tallies.get("happenings", ()) for t in words
        ):
            return True
        if child.dep_ == "prep" and len(words) > 1 and all(_period(t) for t in words[1:]):
            return True
    return False


def _period(token: Token) -> bool:
    """Whether a word names a month or a year, not a day ("in July", "in 2017")."""
    return token.text in MONTHS or re.fullmatch(r"\d{4}", token.text) is not None


def _phrase(head: Token) -> list[Token]:
    """A phrase's words without the clauses inside it ("on a block that was the scene of a
    shooting a year earlier" is "on a block")."""
    out = [head]
    for child in head.children:
        if child.dep_ not in CLAUSES:
            out += _phrase(child)
    return sorted(out, key=lambda t: t.i)


def quantities(tokens: list[Token], table: dict[str, Any]) -> dict[str, Count]:
    """The counts among these tokens, keyed by what they count (killed, fighters, ...)."""
    out: dict[str, Count] = {}
    for token in tokens:
        if not token.like_num or token.ent_type_ in ("DATE", "TIME", "MONEY", "PERCENT"):
            continue
        value = number(token)
        if value is None or token.lower_ in SCALES:
            continue
        counted = _counted(token)
        key = _key(token, counted, table) or _toll(token, table)
        if key in HARMS and (_tally(counted, table) or _grouped(counted)):
            continue
        if key is not None and key not in out:
            out[key] = Count(value, token.idx, token.idx + len(token))
    for token in tokens:
        found = _people(token, table)
        if found is not None and found[0] not in out and not _tally(token, table):
            out[found[0]] = found[1]
    if not any(k in out for k in HARMS):
        found = _governing(tokens, table)
        if found is not None:
            out[found[0]] = found[1]
    own = _own_death(tokens, table)
    killed = out.get("killed")
    if own is not None and killed is not None and not killed.start <= own.idx < killed.end:
        out["killed"] = Count(killed.value + 1, killed.start, killed.end)
    return out


def _own_death(tokens: list[Token], table: dict[str, Any]) -> Token | None:
    """The word telling that the killer died too, which adds one to the killed: "before
    killing himself", "then turned the gun on herself", "before he was shot and killed
    by police"."""
    for token in tokens:
        head = token.head
        if token.lower_ in ("himself", "herself"):
            if token.dep_ == "dobj" and harm(head, "dobj", table) == "killed":
                return token
            if token.dep_ == "pobj" and head.lower_ == "on" and head.head.lemma_ == "turn":
                return token
        if token.lower_ in ("he", "she") and token.dep_ in SUBJECTS and head.dep_ == "advcl":
            before = any(c.lower_ == "before" for c in head.children if c.dep_ == "mark")
            if before and harm(head, token.dep_, table) == "killed":
                return token
    return None


def _governing(tokens: list[Token], table: dict[str, Any]) -> tuple[str, Count] | None:
    """The people a subjectless harm befell, counted in the clause it hangs from: "Damon
    Sochko died Wednesday after being shot" gives the shooting one killed."""
    verbs = table.get("verbs", {})
    for token in tokens:
        if verbs.get(token.lemma_.lower()) not in HARMS or _has(token, "nsubj"):
            continue
        if token.dep_ not in ("advcl", "pcomp", "xcomp"):
            continue
        head = token.head
        while head.pos_ == "ADP" and head.head.i != head.i:
            head = head.head
        subject = next((c for c in head.children if c.dep_ in SUBJECTS), None)
        if head.pos_ == "VERB" and subject is not None:
            return _people(subject, table)
    return None


def _grouped(noun: Token) -> bool:
    """Whether a counted noun is one of a group of people joined by "and" ("he and three
    others"), which the group's count gives."""
    return noun.dep_ == "conj" or any(c.dep_ == "conj" for c in noun.children)


def _toll(num: Token, table: dict[str, Any]) -> str | None:
    """What a toll a number is the new value of counts: "the death toll rose to 12",
    "the number killed has risen to seven", "bringing the number of fatalities to three"."""
    prep = num.head
    if num.dep_ != "pobj" or prep.dep_ != "prep" or prep.lower_ not in ("to", "at"):
        return None
    roles = ("nsubj", "nsubjpass", "dobj")
    subject = next((c for c in prep.head.children if c.dep_ in roles), None)
    tolls = table.get("tolls", {})
    if subject is None or subject.lemma_.lower() not in tolls:
        return None
    words = [t.lemma_.lower() for t in subject.subtree] + [t.lower_ for t in subject.subtree]
    named = {**table.get("verbs", {}), **table.get("adjectives", {}), **table.get("nouns", {})}
    found = next((named[w] for w in words if w in named and named[w] in HARMS), None)
    return found or tolls[subject.lemma_.lower()]


def _people(token: Token, table: dict[str, Any]) -> tuple[str, Count] | None:
    """People harmed, counted from how they are named: one for each single person ("a
    22-year-old man was shot", "his victim died", "killing him", "a boy shot and killed
    Monday"), a group's numbers added ("he and three others were shot"), an ordinal for
    a death toll ("a third person has died"); none for an uncounted plural."""
    key = _told(token, table)
    if key is None:
        return None
    people = _group(token)
    if any(c.lower_ == "or" for p in people for c in p.children if c.dep_ == "cc"):
        return None
    alone = len(people) == 1
    values = [_members(p, table, alone, first=i == 0) for i, p in enumerate(people)]
    if any(v is None for v in values) or (len(people) == 1 and _numbered(token)):
        return None
    total = sum(v for v in values if v is not None)
    if key == "killed" and len(people) == 1:
        total = max(total, _ordinal(token, table))
    start = min(p.left_edge.idx for p in people)
    last = max(people, key=lambda p: p.i)
    if token.dep_ in SUBJECTS:
        for other in _alike(token, key, table):
            total += other[1].value
            last = other[0]
    return key, Count(float(total), start, last.idx + len(last))


def _group(token: Token) -> list[Token]:
    """The people a phrase lists: its conjuncts, and a list the parser hung on it as an
    apposition ("his wife, son and daughter")."""
    people = [token, *(c for c in token.conjuncts if c.i > token.i)]
    for member in list(people):
        for child in member.children:
            bare = not any(c.dep_ in ("det", "poss") for c in child.children)
            if child.dep_ == "appos" and child.tag_ == "NN" and bare:
                people += [child, *(c for c in child.conjuncts if c.i > child.i)]
    return people


def _alike(subject: Token, key: str, table: dict[str, Any]) -> list[tuple[Token, Count]]:
    """The people of later conjoined clauses the same harm befell ("a boy was shot in the
    arm and a woman was shot in the back"), each with its count."""
    out = []
    for verb in subject.head.conjuncts:
        other = next((c for c in verb.children if c.dep_ in SUBJECTS), None)
        if verb.i < subject.head.i or other is None or _told(other, table) != key:
            continue
        if "\n" in subject.doc.text[subject.idx : other.idx]:
            continue  # a headline run into the first sentence
        found = _people(other, table)
        if found is not None:
            out.append((other, found[1]))
    return out


def _told(token: Token, table: dict[str, Any]) -> str | None:
    """The harm the sentence tells of the person a token names, if any."""
    told = _participle(token, table) or _of(token, table)
    if told is not None:
        return told
    role, verb = token.dep_, token.head
    if _aged(token) and role == "amod" and verb.is_upper:
        role, verb = verb.dep_, verb.head  # a dateline taken as the noun: "AUSTIN - A 15-year-old"
    if role not in ("nsubj", "nsubjpass", "dobj"):
        return None
    adjectives = table.get("adjectives", {})
    said = [c for c in (*verb.children, *token.children) if c.dep_ in PREDICATES]
    harms = {adjectives.get(c.lower_) for c in said}
    if role != "nsubj" or _undergone(verb, table):
        harms.add(harm(verb, role, table))
    elif verb.pos_ != "AUX":
        return None
    return next((k for k in HARMS if k in harms), None)


def _numbered(token: Token) -> bool:
    return any(c.dep_ == "nummod" for c in token.children)


def _members(token: Token, table: dict[str, Any], alone: bool, first: bool) -> float | None:
    """How many people one member of a group names: one for a single person, its number
    for a counted one ("three others"); None when that cannot be told."""
    if _single(token, first):
        return 1.0
    if token.tag_ == "NNS" and any(c.lower_ == "both" for c in token.children):
        return 2.0  # "both men were shot"
    if alone:
        return None
    nums = [number(c) for c in token.children if c.dep_ == "nummod"]
    thing = token.lemma_.lower() in table.get("not_people", ())
    return nums[0] if len(nums) == 1 and nums[0] is not None and not thing else None


def _ordinal(token: Token, table: dict[str, Any]) -> float:
    """The toll a death's ordinal gives: "a third person has died" -> 3."""
    ordinals = table.get("ordinals", {})
    found = [
        ordinals[c.lower_]
        for c in token.children
        if c.lower_ in ordinals and c.dep_ == "amod" and c.nbor().i == token.i
    ]
    det = next((c.lower_ for c in token.children if c.dep_ == "det"), None)
    if det not in ("a", "an"):
        return 0.0
    return float(found[0]) if found else 0.0


def _single(token: Token, first: bool = True) -> bool:
    """Whether a word names one person: a singular noun with a determiner of one (a
    further member of a group may leave it out: "his wife, son and daughter"), a person's
    name, "he"/"him"/"himself", an age ("a 14-year-old"); not a number, not a thing that
    was counted already."""
    if token.lower_ in PERSONAL:
        return True
    if _numbered(token):
        return False
    if token.tag_ == "NNP":
        return token.ent_type_ == "PERSON"
    if _aged(token):
        return True
    if token.tag_ != "NN":
        return False
    det = next((c for c in token.children if c.dep_ in ("det", "poss")), None)
    if det is None:
        return not first or any(_aged(c) for c in token.children if c.dep_ == "amod")
    return det.lower_ in SINGLE and token.ent_type_ == ""


def _aged(token: Token) -> bool:
    """Whether a word is a single person's age used as a noun or before one: "a
    14-year-old", "a 22-year-old man" (the age itself, "old")."""
    return token.lower_ == "old" and any(c.lower_ in AGES for c in token.children)


def settle(counts: dict[str, float], evidence: dict[str, list[int]]) -> None:
    """People shot are the killed and the wounded together: an event that says how many
    were shot and how many died has the rest wounded ("three people were shot, one
    fatally": killed 1, wounded 2), unless it counts more wounded itself."""
    shot = counts.get("shot")
    if shot is None:
        return
    rest = shot - counts.get("killed", 0)
    if rest > counts.get("wounded", 0):
        counts["wounded"] = rest
        evidence["quantities.wounded"] = evidence["quantities.shot"]
