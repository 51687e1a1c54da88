"""Counted things near a trigger: "some 1,000 IS fighters were captured" -> captured = 1000,
"three people were shot, one fatally" -> shot 3, killed 1, wounded 2; people named without a
number are counted in ``people``, what befell them read in ``harms``."""

from __future__ import annotations

import calendar
import re
from typing import Any

from spacy.tokens import Doc, Token

from dateline.events.anchors import clause_verb
from dateline.events.harms import (
    HARMS,
    PREDICATES,
    SUBJECTS,
    fatal_word,
    harm,
    participle,
    told_of,
    undergone,
)
from dateline.events.numbers import SCALES, Count, number
from dateline.events.people import (
    aged_before,
    denied,
    governing,
    numbered,
    own_death,
    people,
    subject_after,
)
from dateline.parses import sentence_of

ARGUMENTS = ("dobj", "nsubjpass", "nsubj", "pobj", "appos")
CLAUSES = ("relcl", "acl", "advcl", "ccomp", "xcomp")
MONTHS = frozenset(calendar.month_name[1:])
DATELINE_WORDS = 4


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
    adjectives, nouns = (table.get(k, {}) for k in ("adjectives", "nouns"))
    after = [c for c in counted.head.children if 0 < c.i - counted.i <= 2 and c.dep_ in PREDICATES]
    if any(fatal_word(c, table) and c.dep_ == "advmod" for c in num.children):
        return "killed"
    for child in list(counted.children) + list(num.children) + after:
        if any(c.dep_ == "neg" for c in child.children):
            continue  # "the two people who were not hurt"
        if child.lemma_.lower() in adjectives or child.lower_ in adjectives:
            return adjectives.get(child.lemma_.lower()) or adjectives[child.lower_]
    base = counted
    while base.dep_ == "conj" and base.head.i != base.i:
        base = base.head  # "left one dead and two injured": "two" joined to "one"
    if base.head.lemma_ == "leave" and base.dep_ == "dobj" and counted.i + 1 < len(num.doc):
        left = counted.nbor(1).lower_  # "left three others wounded", however it is parsed
        if adjectives.get(left) in HARMS:
            return adjectives[left]
    if counted is num and num.dep_ in ("npadvmod", "nsubj") and num.head.lower_ in adjectives:
        return adjectives[num.head.lower_]  # "one person dead and three more injured"
    if counted.pos_ == "ADJ" and counted.lower_ in adjectives:
        return adjectives[counted.lower_]  # "left two men dead and three more hurt"
    alone = counted is num and counted.dep_ != "pobj"
    thing = counted.pos_ == "PROPN" or counted.lemma_.lower() in table.get("not_people", ())
    if not thing:
        told = participle(counted, table) or told_of(counted, table)
        if told is not None:
            return told
    role, verb = _through_dateline(counted)
    if (alone or (counted is not num and not thing)) and role in ARGUMENTS:
        if role == "pobj" and verb.dep_ == "prep":
            verb = verb.head
        key = harm(verb, role, table)
        if key is not None and (role != "nsubj" or undergone(verb, table)):
            return key
        if verb.lower_ in adjectives and role == "nsubj":
            return adjectives[verb.lower_]
    return nouns.get(counted.lemma_.lower()) or nouns.get(counted.lower_)


def _denied(counted: Token, table: dict[str, Any]) -> bool:
    """Whether the verb a counted subject undergoes denies the harm it tells ("two others
    were not hurt"; not "four people wounded were not related")."""
    if not denied(counted):
        return False
    verb, adjectives = counted.head, table.get("adjectives", {})
    said = [c for c in verb.children if c.dep_ in PREDICATES]
    return harm(verb, counted.dep_, table) in HARMS or any(
        adjectives.get(c.lower_) in HARMS for c in said
    )


def _additional(counted: Token, table: dict[str, Any]) -> bool:
    """Whether people are counted in addition to those counted before them: "three
    others", "two more", "five other people" (not "the other two victims", a group
    told of before)."""
    additional = table.get("additional", ())
    if counted.lemma_.lower() in additional:
        return True
    other = [c for c in counted.children if c.dep_ == "amod" and c.lower_ in additional]
    known = any(c.dep_ == "det" and c.lower_ == "the" for c in counted.children)
    return bool(other) and not known


def _add(out: dict[str, Count], more: dict[str, Count]) -> None:
    """People counted as others ("leaving one person hospitalized and three others
    winged") add to those the same harm befell before them, or stand alone; others shot
    are told apart from the killed, so all of them count hurt ("a man was killed and six
    others were shot": six wounded)."""
    for key, extra in more.items():
        before = out.get(key)
        if before is None:
            out[key] = extra
        elif before.end <= extra.start:
            out[key] = Count(before.value + extra.value, before.start, extra.end)


def also(person: Token, table: dict[str, Any]) -> bool:
    """Whether a person named, not by a pronoun, is the subject of a harm a word of
    ``adding`` tells befell them besides the people told of before: "Her son was also shot"
    (apart from the killed, so wounded; not "He was also shot in the leg", the one told of)."""
    if person.dep_ not in SUBJECTS or person.pos_ == "PRON":
        return False
    adding = table.get("adding", ())
    return any(c.dep_ == "advmod" and c.lower_ in adding for c in person.head.children)


def with_subjects(tokens: list[Token]) -> list[Token]:
    """The tokens with the words of each clause subject the parser hung on the word before
    it, where the clause's verb is among them ("Police are investigating after four
    people were shot": the shooting's clause holds "four people")."""
    if not tokens:
        return tokens
    held = {t.i for t in tokens}
    more: dict[int, Token] = {}
    for token in sentence_of(tokens[0]):
        moved = subject_after(token)
        if token.i not in held and moved is not None and moved[1].i in held:
            more.update({w.i: w for w in token.subtree if w.i not in held})
    return sorted([*tokens, *more.values()], key=lambda t: t.i)


def _through_dateline(counted: Token) -> tuple[str, Token]:
    """A counted noun's role and the word it hangs from; where the parser hung the noun on
    the dateline as its apposition ("MARLOW, Okla. - Three people were wounded", the town
    taken for the subject), the dateline's role and head; where it hung the subject of a
    clause on the word before it ("after four people were shot"), the clause's."""
    head = counted.head
    moved = subject_after(counted)
    if moved is not None:
        return moved
    if counted.dep_ == "appos" and head.is_upper and head.i < DATELINE_WORDS:
        return head.dep_, head.head
    return counted.dep_, head


def _tally(token: Token, table: dict[str, Any]) -> bool:
    """Whether a count is a period's or a place's tally rather than one happening's:
    "150 people have been murdered so far in 2017", "eight were killed in shootings
    across the city", "down from last year, when 344 were killed"; not one ranked among
    others ("in one of the worst mass shootings")."""
    verb = clause_verb(token)
    tallies = table.get("tallies", {})
    for then in (c for c in verb.children if c.lower_ in tallies.get("then", ())):
        before = " ".join(
            t.lower_ for t in then.doc[max(sentence_of(then).start, then.i - 4) : then.i]
        )
        if any(period in before for period in tallies.get("periods", ())):
            return True
    for child in (c for v in (verb, *verb.conjuncts) for c in v.children):
        if child.dep_ not in ("prep", "npadvmod", "advmod") or _ranked(child):
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


def _ranked(prep: Token) -> bool:
    """Whether a phrase ranks the happening among others, not tallies them: "in one of
    the worst mass shootings in the state's history"."""
    return any(c.dep_ == "pobj" and c.lower_ == "one" for c in prep.children)


def _label(num: Token, table: dict[str, Any]) -> bool:
    """Whether a number labels rather than counts: "Homicide No. 74"."""
    words = [t.lower_ for t in num.doc[max(sentence_of(num).start, num.i - 2) : num.i]]
    marks = table.get("numbering", ())
    return bool(words) and (words[-1] in marks or "".join(words[-2:]) in marks)


def _age(num: Token, table: dict[str, Any]) -> bool:
    """Whether a number is a person's age, not a count: "a 17 y.o. killed", "a 3 yr old",
    "a boy younger than 12"."""
    ages = table.get("ages", {})
    doc = num.doc
    after = doc[num.i + 1].lower_ if num.i + 1 < len(doc) else ""
    before = [t.lower_ for t in doc[max(sentence_of(num).start, num.i - 2) : num.i]]
    compared = len(before) == 2 and before[1] == "than" and before[0] in ages.get("compared", ())
    return after in ages.get("units", ()) or compared


def _period(token: Token) -> bool:
    """Whether a word names a month or a year, not a day ("in July", "in 2017")."""
    return token.text in MONTHS or re.fullmatch(r"\d{4}", token.text) is not None


def _phrase(head: Token) -> list[Token]:
    """A phrase's words without the clauses inside it ("on a block that was the scene of a
    shooting a year earlier" is "on a block") nor a rank ("in one of the worst shootings")."""
    out = [head]
    for child in head.children:
        if child.dep_ not in CLAUSES and not _ranked(child):
            out += _phrase(child)
    return sorted(out, key=lambda t: t.i)


def quantities(tokens: list[Token], table: dict[str, Any]) -> dict[str, Count]:
    """The counts among these tokens, keyed by what they count (killed, fighters, ...)."""
    out: dict[str, Count] = {}
    more: dict[str, Count] = {}
    for token in tokens:
        if not token.like_num or token.ent_type_ in (
            "DATE",
            "TIME",
            "MONEY",
            "PERCENT",
        ):
            continue
        value = number(token)
        if value is None or token.lower_ in SCALES or _label(token, table) or _age(token, table):
            continue
        counted = _counted(token)
        key = _key(token, counted, table) or _toll(token, table)
        if key in HARMS and (
            _tally(counted, table)
            or _grouped(counted, table)
            or not value.is_integer()
            or _denied(counted, table)
        ):
            continue  # a tally, a group's member, a measure ("26.7 grams"), a harm denied
        extra = key in HARMS and _additional(counted, table)
        if key in HARMS and counted is not token:
            value += aged_before(counted)
        found = more if extra else out
        if key is not None and key not in found:
            found[key] = Count(value, token.idx, token.idx + len(token))
            if key == "shot" and extra:
                more.setdefault("wounded", more[key])  # others shot: apart from the killed
            if key in ("wounded", "shot"):
                _moved(found, "wounded" if extra else key, _died_among(counted, table))
    for token in tokens:
        found = people(token, table)
        if found is not None and found[0] not in out and not _tally(token, table):
            out[found[0]] = found[1]
            if found[0] == "shot" and also(token, table):
                out.setdefault("wounded", found[1])  # "her son was also shot": apart
    _add(out, more)
    if not any(k in out for k in HARMS):
        found = governing(tokens, table)
        if found is not None:
            out[found[0]] = found[1]
    own = own_death(tokens, table)
    killed = out.get("killed")
    if own is not None and killed is not None and not killed.start <= own.idx < killed.end:
        out["killed"] = Count(killed.value + 1, killed.start, killed.end)
    return out


def _died_among(counted: Token, table: dict[str, Any]) -> float:
    """How many of the people counted hurt an "including" tells died: "three people were
    injured, including a 17-year-old who later succumbed" (one)."""
    dead = 0.0
    for prep in (*counted.children, *counted.head.children):
        if prep.dep_ != "prep" or prep.lower_ != "including":
            continue
        for member in (g for g in prep.children if g.dep_ == "pobj"):
            for each in (member, *member.conjuncts):
                said = [c for c in each.children if c.dep_ == "relcl"]
                if any(harm(c, "nsubj", table) == "killed" for c in said):
                    dead += (number(each) or 1.0) if each.like_num else 1.0
    return dead


def _moved(out: dict[str, Count], key: str, dead: float) -> None:
    """The people counted hurt who died counted among the killed: out of the wounded, and
    added to the killed (the shot keep them: the killed are taken out of them later)."""
    if not dead:
        return
    hurt = out[key]
    if key == "wounded":
        out[key] = Count(hurt.value - dead, hurt.start, hurt.end)
    killed = out.get("killed", Count(0.0, hurt.start, hurt.end))
    out["killed"] = Count(killed.value + dead, killed.start, killed.end)


def tallied(tokens: list[Token], table: dict[str, Any]) -> frozenset[float]:
    """The numbers of people harmed these words tell as a tally of several
    happenings or of a period ("Six people were wounded in shootings across the city")."""
    out = set()
    for token in tokens:
        if not token.like_num or token.ent_type_ in ("DATE", "TIME", "MONEY", "PERCENT"):
            continue
        value = number(token)
        counted = _counted(token)
        if value is not None and _key(token, counted, table) in HARMS and _tally(counted, table):
            out.add(value)
    return frozenset(out)


def named_counts(noun: Token, table: dict[str, Any]) -> dict[str, Count]:
    """The people a happening's noun counts by its own words: a multiple ("a quadruple
    shooting": four shot; "a double homicide": two killed), a word that makes one
    happening fatal ("a deadly shooting", "the fatal crash": at least one killed), and one
    death it names ("the shooting death of a teen": one killed)."""
    out = {}
    key = table.get("of_harms", {}).get(noun.lemma_.lower())
    times = table.get("multiples", {})
    word = next(
        (c for c in noun.children if c.dep_ in ("amod", "compound") and c.lower_ in times),
        None,
    )
    if key is not None and word is not None:
        out[key] = Count(float(times[word.lower_]), word.idx, noun.idx + len(noun))
    fatal = next(
        (
            c
            for c in noun.children
            if c.dep_ in ("amod", "compound") and c.i < noun.i and fatal_word(c, table)
        ),
        None,
    )
    single = noun.tag_ not in ("NNS", "NNPS")
    happenings = table.get("fatal_happenings", ())
    named = noun.lemma_.lower() in happenings or noun.lower_ in happenings
    if fatal is not None and single and named:
        out.setdefault("killed", Count(1.0, fatal.idx, noun.idx + len(noun)))
    death = noun.head
    if (
        noun.dep_ in ("amod", "compound")
        and death.i > noun.i
        and death.lemma_.lower() in table.get("deaths_named", ())
        and death.tag_ == "NN"
        and not numbered(death)
    ):
        out.setdefault("killed", Count(1.0, noun.idx, death.idx + len(death)))
    return out


def _grouped(noun: Token, table: dict[str, Any]) -> bool:
    """Whether a counted noun is one of a group of people joined by "and" ("he and three
    others"), which the group's count gives; a happening the parser joined it to is no
    member ("a shooting that left two people dead and two children injured", parsed as
    "shooting ... and two children")."""
    nominal = ("NOUN", "PROPN", "PRON")
    things = {*table.get("not_people", ()), *table.get("tallies", {}).get("happenings", ())}

    def member(token: Token) -> bool:
        return token.pos_ in nominal and token.lemma_.lower() not in things

    if noun.dep_ == "conj" and member(noun.head):
        return True
    return any(c.dep_ == "conj" and member(c) for c in noun.children)


def _toll(num: Token, table: dict[str, Any]) -> str | None:
    """What a toll a number is the new value of counts: "the death toll rose to 12",
    "the number killed has risen to seven", "bringing the number of fatalities to three";
    not a number of happenings ("the number of shootings rose to 50"), nor a count told
    before ("police amended that number to four")."""
    prep = num.head
    if num.dep_ != "pobj" or prep.dep_ != "prep" or prep.lower_ not in ("to", "at"):
        return None
    roles = ("nsubj", "nsubjpass", "dobj")
    subject = next((c for c in prep.head.children if c.dep_ in roles), None)
    tolls = table.get("tolls", {})
    if subject is None or subject.lemma_.lower() not in tolls:
        return None
    back = table.get("told_before", ())
    if any(c.dep_ == "det" and c.lower_ in back for c in subject.children) and not any(
        c.dep_ == "prep" and c.lower_ == "of" for c in subject.children
    ):
        return None  # "amended that number to four": a count told before, not a toll
    happenings = table.get("tallies", {}).get("happenings", ())
    if any(t.tag_ == "NNS" and t.lemma_.lower() in happenings for t in subject.subtree):
        return None  # "the number of shootings rose to 50" counts happenings, not people
    words = [t.lemma_.lower() for t in subject.subtree] + [t.lower_ for t in subject.subtree]
    named = {**table.get("verbs", {}), **table.get("adjectives", {}), **table.get("nouns", {})}
    found = next((named[w] for w in words if w in named and named[w] in HARMS), None)
    return found or tolls[subject.lemma_.lower()]


def died_of_hurt(counts: dict[str, float], evidence: dict[str, list[int]], doc: Doc) -> None:
    """The killed a later sentence tells as "one of" the hurt counted before are no longer
    hurt: "Police said 10 people were wounded. One of the victims was killed" (nine
    wounded, one killed); an earlier one only where its group is their count ("One of two
    girls shot Sunday has died ... The two girls were wounded": one wounded)."""
    killed, wounded = counts.get("killed"), counts.get("wounded")
    if killed is None or wounded is None or wounded <= killed:
        return
    dead, hurt = (evidence.get(f"quantities.{k}") for k in ("killed", "wounded"))
    if dead is None or hurt is None:
        return
    told, before = (doc.char_span(*e, alignment_mode="expand") for e in (dead, hurt))
    if told is None or before is None or sentence_of(told[0]).start == sentence_of(before[0]).start:
        return
    if any(t.lower_ in ("other", "others", "more") for t in sentence_of(before[0])):
        return  # "the shooting, which also injured three others": the dead told apart
    first = told[0]
    of = next((c for c in first.children if c.dep_ == "prep" and c.lower_ == "of"), None)
    if not first.like_num or of is None:
        return
    if dead[0] > hurt[1] or _group(of) == wounded:
        counts["wounded"] = wounded - killed


def _group(of: Token) -> float | None:
    """The number an "of" gives its group: "One of two girls" (two), else None."""
    for member in (c for c in of.children if c.dep_ == "pobj"):
        if member.like_num:
            return number(member)
        found = next((c for c in member.children if c.dep_ == "nummod"), None)
        if found is not None:
            return number(found)
    return None


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
