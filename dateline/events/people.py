"""People harmed, counted from how news names them: one for each single person ("a
22-year-old man was shot", "killing him"), two for a couple, a group's members added ("he
and three others"), an ordinal for a death toll ("a third person has died"), a killer's own
death."""

from __future__ import annotations

from typing import Any

from spacy.tokens import Token

from dateline.events.harms import (
    HARMS,
    PREDICATES,
    SUBJECTS,
    harm,
    has,
    participle,
    told_of,
    undergone,
)
from dateline.events.numbers import Count, number
from dateline.events.segments import line_break

SINGLE = ("a", "an", "one", "the", "his", "her", "their", "its", "another", "this", "that")
PERSONAL = ("he", "she", "him", "her", "himself", "herself")
ALONE = ("another",)
"""Words that stand for one person with no noun ("a man was killed and another wounded")."""
AGES = ("year", "month", "week", "day")
CLAUSE_PREPOSITIONS = ("after", "before", "since", "until")
"""Words the parser may take for a preposition before a clause's subject."""
RELATIVES = ("who", "that")
NOT_NAMING = ("VERB", "AUX", "ADP", "PUNCT", "CCONJ", "SCONJ", "PART", "SPACE", "ADV", "SYM")
"""Parts of speech that never name the people a harm befell (skipped before any parse walk)."""


def people(token: Token, table: dict[str, Any], alike: bool = True) -> tuple[str, Count] | None:
    """People harmed, counted from how they are named: one for each single person ("a
    22-year-old man was shot", "his victim died", "killing him", "a boy shot and killed
    Monday"), a group's numbers added ("he and three others were shot"), an ordinal for
    a death toll ("a third person has died"), and with ``alike`` the people of later
    conjoined clauses the same harm befell; none for an uncounted plural."""
    if token.pos_ in NOT_NAMING:
        return None
    key = told(token, table) or _told_of_list(token, table)
    if key is None or denied(token):
        return None
    group = _group(token)
    if any(c.lower_ == "or" for p in group for c in p.children if c.dep_ == "cc"):
        return None
    alone = len(group) == 1
    values = [_members(p, table, alone, first=i == 0) for i, p in enumerate(group)]
    if _shared_number(group, values) or _restated(group, values):
        values = values[:1]
    if any(v is None for v in values) or (alone and numbered(token)):
        return None
    total = sum(v for v in values if v is not None)
    if key == "killed" and alone:
        total = max(total, _ordinal(token, table))
    start = min(p.left_edge.idx for p in group)
    last = max(group, key=lambda p: p.i)
    if alike and token.dep_ in SUBJECTS:
        for other in _alike(token, key, table):
            total += other[1].value
            last = other[0]
    return key, Count(float(total), start, last.idx + len(last))


def denied(token: Token) -> bool:
    """Whether the verb a person is the subject of denies the harm ("the baby was not
    hurt")."""
    return token.dep_ in SUBJECTS and any(c.dep_ == "neg" for c in token.head.children)


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
    arm and a woman was shot in the back"), each with its own count (the verb's conjuncts
    are all the later clauses: none is counted twice)."""
    out = []
    for verb in subject.head.conjuncts:
        other = next((c for c in verb.children if c.dep_ in SUBJECTS), None)
        if verb.i < subject.head.i or other is None or told(other, table) != key:
            continue
        if line_break(subject.doc, subject.idx, other.idx):
            continue  # a headline run into the first sentence
        found = people(other, table, alike=False)
        if found is not None:
            out.append((other, found[1]))
    return out


def told(token: Token, table: dict[str, Any]) -> str | None:
    """The harm the sentence tells of the person a token names, if any: the gravest of what
    a participle or an "of" says of them and what their verb says ("a juvenile injured in
    a shooting Monday has died": killed)."""
    named = participle(token, table) or told_of(token, table)
    harms = {named, _by_verb(token, table), _by_clause(token, table)}
    return next((k for k in HARMS if k in harms), None)


def _by_clause(token: Token, table: dict[str, Any]) -> str | None:
    """A death a relative clause the person is the subject of tells ("a 19-year-old man
    who was killed in a shooting"; not "the man who shot him")."""
    for clause in (c for c in token.children if c.dep_ == "relcl"):
        relative = next(
            (c for c in clause.children if c.dep_ in SUBJECTS and c.lower_ in RELATIVES), None
        )
        if relative is None or (relative.dep_ == "nsubj" and not undergone(clause, table)):
            continue
        if harm(clause, relative.dep_, table) == "killed":
            return "killed"
    return None


def _told_of_list(token: Token, table: dict[str, Any]) -> str | None:
    """The harm a participle after a list's last member tells of the whole list: "left
    three women and one man injured", "a girl and a woman wounded by gunfire"; not where the
    first member has a clause of its own ("the outbreak of violence that left 28 people
    shot and 10 people killed"). A first member has conjuncts only where a "conj" hangs
    from it (``Token.conjuncts`` is not read for a word that lists nothing)."""
    if token.dep_ == "conj":
        return None
    deps = {c.dep_ for c in token.children}
    if "relcl" in deps or "acl" in deps or "conj" not in deps:
        return None
    last = max(token.conjuncts, key=lambda c: c.i)
    return participle(last, table) if last.i > token.i else None


def aged_before(noun: Token) -> float:
    """The people an age joined before a counted noun names ("a 16-year-old and two
    children", parsed as the children's modifier): one, else none."""
    return float(
        any(
            c.dep_ == "amod"
            and _aged(c)
            and any(g.dep_ == "cc" and g.lower_ == "and" for g in c.children)
            for c in noun.children
            if c.i < noun.i
        )
    )


def subject_after(token: Token) -> tuple[str, Token] | None:
    """The subject's role and verb of a noun the parser hung on a preposition though it is
    the subject of the clause that follows it ("investigating after a 15-year-old was shot",
    the 15-year-old taken for the object of "after"): where the words right after it are
    the auxiliary of a verb that has no subject."""
    if token.dep_ != "pobj" or token.head.lower_ not in CLAUSE_PREPOSITIONS:
        return None
    after = token.right_edge.i + 1
    if after >= len(token.doc):
        return None
    aux = token.doc[after]
    verb = aux.head
    if aux.dep_ not in ("aux", "auxpass") or verb.pos_ != "VERB":
        return None
    if any(c.dep_ in SUBJECTS for c in verb.children):
        return None
    return ("nsubjpass" if aux.dep_ == "auxpass" else "nsubj"), verb


def _by_verb(token: Token, table: dict[str, Any]) -> str | None:
    """The harm the verb a token is an argument of tells of it."""
    role, verb = subject_after(token) or (token.dep_, token.head)
    if _aged(token) and role == "amod" and verb.is_upper:
        role, verb = (
            verb.dep_,
            verb.head,
        )  # a dateline taken as the noun: "AUSTIN - A 15-year-old"
    if role not in ("nsubj", "nsubjpass", "dobj"):
        return None
    adjectives = table.get("adjectives", {})
    said = [c for c in (*verb.children, *token.children) if c.dep_ in PREDICATES]
    harms = {adjectives.get(c.lower_) for c in said}
    if role != "nsubj" or undergone(verb, table):
        harms.add(harm(verb, role, table))
    elif verb.pos_ != "AUX":
        return None
    return next((k for k in HARMS if k in harms), None)


def numbered(token: Token) -> bool:
    return any(c.dep_ == "nummod" for c in token.children)


def _members(token: Token, table: dict[str, Any], alone: bool, first: bool) -> float | None:
    """How many people one member of a group names: one for a single person, its number
    for a counted one ("three others"), two for a couple; None when that cannot be told."""
    if _pair(token, table):
        return 2.0
    if not alone and token.lemma_.lower() in table.get("not_people", ()):
        return 0.0  # "a man and his car": one
    if _single(token, table, first):
        return 1.0
    if token.tag_ == "NNS" and any(c.lower_ == "both" for c in token.children):
        return 2.0  # "both men were shot"
    if alone:
        return None
    nums = [number(c) for c in token.children if c.dep_ == "nummod"]
    thing = token.lemma_.lower() in table.get("not_people", ())
    return nums[0] if len(nums) == 1 and nums[0] is not None and not thing else None


def _shared_number(group: list[Token], values: list[float | None]) -> bool:
    """Whether the number before a list's first plural counts the whole list, the later
    members bare plurals with no count of their own: "Six men and women were hurt"
    (six), not "two men and a woman" (three)."""
    first = group[0]
    if len(group) < 2 or not numbered(first) or first.tag_ != "NNS" or values[0] is None:
        return False
    bare = ("det", "poss", "nummod", "quantmod")
    return all(
        value is None and member.tag_ == "NNS" and not any(c.dep_ in bare for c in member.children)
        for member, value in zip(group[1:], values[1:], strict=True)
    )


def _restated(group: list[Token], values: list[float | None]) -> bool:
    """Whether a list's later members set apart between commas tell again who the counted
    plural before them are: "the two other teens, one female and one male, were treated"
    (two), not "two men, one woman and one boy were shot" (four)."""
    first, last = group[0], group[-1]
    doc = first.doc
    if len(group) < 2 or not numbered(first) or first.tag_ != "NNS" or None in values:
        return False
    after = last.right_edge.i + 1
    marks = (",", "--", "—", ")")
    if first.i + 1 >= len(doc) or doc[first.i + 1].text != "," or after >= len(doc):
        return False
    return doc[after].text in marks and sum(values[1:]) == values[0]  # type: ignore[arg-type]


def _pair(token: Token, table: dict[str, Any]) -> bool:
    """Whether a word names two people: "a young couple", "the couple" (not "a couple of
    days", nor "two couples")."""
    return (
        token.lemma_.lower() in table.get("pairs", ())
        and token.tag_ == "NN"
        and not numbered(token)
        and not any(c.dep_ == "prep" and c.lower_ == "of" for c in token.children)
    )


def _ordinal(token: Token, table: dict[str, Any]) -> float:
    """The toll a death's ordinal gives: "a third person has died", a headline's "Fifth
    victim dies" -> 3, 5."""
    ordinals = table.get("ordinals", {})
    found = [
        ordinals[c.lower_]
        for c in token.children
        if c.lower_ in ordinals and c.dep_ == "amod" and c.nbor().i == token.i
    ]
    det = next((c.lower_ for c in token.children if c.dep_ == "det"), None)
    if det not in ("a", "an", None):
        return 0.0  # "the third man" may be one of three named, not a toll
    return float(found[0]) if found else 0.0


def _single(token: Token, table: dict[str, Any], first: bool = True) -> bool:
    """Whether a word names one person: a singular noun with a determiner of one (a
    further member of a group may leave it out: "his wife, son and daughter", and a
    headline a ``one_person`` noun: "Summerton man killed"), a person's
    name, "he"/"him"/"himself", "another" standing alone, an age ("a 14-year-old"); not a
    number, not a thing that was counted already."""
    if token.lower_ in PERSONAL:
        return True
    if token.lower_ in ALONE and token.tag_ in ("DT", "NN", "PRP"):
        return True
    if numbered(token):
        return False
    if token.tag_ == "NNP":
        return token.ent_type_ == "PERSON"
    if _aged(token):
        return True
    if token.tag_ != "NN" or token.lemma_.lower() in _things(table):
        return False
    det = next((c for c in token.children if c.dep_ in ("det", "poss")), None)
    if det is None:
        bare = token.lemma_.lower() in table.get("one_person", ())
        return not first or bare or any(_aged(c) for c in token.children if c.dep_ == "amod")
    return det.lower_ in SINGLE and token.ent_type_ == ""


def _things(table: dict[str, Any]) -> set[str]:
    """Nouns that name no person: measures and objects, and happenings ("a shooting")."""
    return {*table.get("not_people", ()), *table.get("tallies", {}).get("happenings", ())}


def _aged(token: Token) -> bool:
    """Whether a word is a single person's age used as a noun or before one: "a
    14-year-old", "a 22-year-old man" (the age itself, "old")."""
    return token.lower_ == "old" and any(c.lower_ in AGES for c in token.children)


def governing(tokens: list[Token], table: dict[str, Any]) -> tuple[str, Count] | None:
    """The people a subjectless harm befell, counted in the clause it hangs from: "Damon
    Sochko died Wednesday after being shot" gives the shooting one killed."""
    verbs = table.get("verbs", {})
    for token in tokens:
        if verbs.get(token.lemma_.lower()) not in HARMS or has(token, "nsubj"):
            continue
        if token.dep_ not in ("advcl", "pcomp", "xcomp"):
            continue
        head = token.head
        while head.pos_ == "ADP" and head.head.i != head.i:
            head = head.head
        subject = next((c for c in head.children if c.dep_ in SUBJECTS), None)
        if head.pos_ == "VERB" and subject is not None:
            return people(subject, table)
    return None


def own_death(tokens: list[Token], table: dict[str, Any]) -> Token | None:
    """The word telling that the killer died too, which adds one to the killed: "before
    killing himself", "before shooting himself", "then turned the gun on herself", "before
    he was shot and killed by police", "before being fatally shot by police", "before
    committing suicide", "then took his own life", "killed his wife and then himself"."""
    suicide = table.get("suicide", {})
    for token in tokens:
        if _tried(token.head, table):
            continue  # "then tried to take her own life"
        if token.dep_ == "dobj" and _phrase(token) in suicide.get(token.head.lemma_, ()):
            return token
        if _killed_last(token, table):
            return token
        if token.lower_ not in ("himself", "herself", "he", "she"):
            continue
        head = token.head
        if token.lower_ in ("himself", "herself"):
            if token.dep_ == "dobj" and harm(head, "dobj", table) == "killed":
                return token
            if token.dep_ == "dobj" and harm(head, "dobj", table) == "shot" and _before(head):
                return token
            if _listed_last(token, table):
                return token
            if token.dep_ == "pobj" and head.lower_ == "on" and head.head.lemma_ == "turn":
                return token
        if token.lower_ in ("he", "she") and token.dep_ in SUBJECTS and head.dep_ == "advcl":
            before = any(c.lower_ == "before" for c in head.children if c.dep_ == "mark")
            if before and harm(head, token.dep_, table) == "killed":
                return token
    return None


def _killed_last(verb: Token, table: dict[str, Any]) -> bool:
    """Whether a passive with no subject of its own, after "before", tells the doer of the
    verb it follows killed: "shot and killed a customer before being fatally shot by
    police" (not "was beaten before being shot dead": the verb before did nothing to
    anyone)."""
    prep = verb.head
    if verb.dep_ != "pcomp" or prep.lower_ != "before" or prep.head.pos_ != "VERB":
        return False
    if has(verb, "nsubjpass") or not any(c.dep_ == "auxpass" for c in verb.children):
        return False
    return has(prep.head, "dobj") and harm(verb, "nsubjpass", table) == "killed"


def _before(verb: Token) -> bool:
    """Whether a verb tells what came last, after a clause "before" opens: "killed his wife
    before shooting himself", "before he shot himself"."""
    if verb.dep_ == "pcomp" and verb.head.lower_ == "before":
        return True
    return any(c.dep_ == "mark" and c.lower_ == "before" for c in verb.children)


def _listed_last(reflexive: Token, table: dict[str, Any]) -> bool:
    """Whether a reflexive ends the list of people a verb killed: "killed his wife, his
    son, himself", "killed his wife and two sons and then himself"."""
    member = reflexive
    while member.dep_ in ("conj", "appos") and member.head.i != member.i:
        member = member.head
        if member.pos_ == "VERB":
            return harm(member, "dobj", table) == "killed"
    victims = member.dep_ == "dobj" and member.i != reflexive.i
    return victims and harm(member.head, "dobj", table) == "killed"


def _phrase(noun: Token) -> str:
    """A noun's lemma with its adjectives before it: "own life"."""
    words = [c.lower_ for c in noun.lefts if c.dep_ == "amod"]
    return " ".join([*words, noun.lemma_.lower()])


def _tried(verb: Token, table: dict[str, Any]) -> bool:
    """Whether a verb is only attempted: "tried to kill himself"."""
    return verb.dep_ == "xcomp" and verb.head.lemma_.lower() in table.get("tried", ())
