"""Who acts and who is acted on: the syntactic source and target of a trigger.

Verbs take their subject (or the "by" agent of a passive) as the actor and their
object (or passive subject, or the object of "on", "against", "to" ...) as the
recipient. Nouns take "by X" (their own or a participle's: "a truce brokered by X"), a
possessive or a modifier as the actor and "against X", "on X", "of X" (or, as the
subject of a verb of inflicting, whom it is dealt to: "defeats dealt a blow to the
group") as the recipient; "between A and B" gives both; a noun with no actor of its own
borrows the subject of the verb that governs it.
"""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Token

from dateline.parses import sentence_of

SUBJECTS = ("nsubj", "csubj")
PASSIVE_SUBJECTS = ("nsubjpass", "csubjpass")
OBJECTS = ("dobj", "dative", "iobj", "obj")
CONTROL = ("xcomp", "conj", "advcl", "pcomp")
VERB_TARGET_PREPS = ("against", "on", "upon", "to", "with", "at", "into", "toward", "towards")
VERB_TARGET_PREPS += ("from", "for", "of", "over", "across", "inside")
NOUN_TARGET_PREPS = ("against", "on", "upon", "with", "to", "toward", "towards", "of", "into")
NOUN_TARGET_PREPS += ("at", "for", "from", "over")
NOUN_ACTOR_DEPS = ("poss", "compound", "amod", "nmod")
NOMINAL = ("dobj", "nsubj", "nsubjpass", "pobj", "attr")
RELATIVE_TAGS = ("WP", "WDT")
NAMING = ("identify", "name", "describe", "know", "list")
CONDITIONS = ("unless", "if", "until")
INFLICTING = ("deal", "inflict", "cause", "deliver")
HARMED = ("to", "on", "upon", "against")
SERIES = ("series", "wave", "string", "spate", "round", "flurry", "barrage", "volley", "rash")
TIME_PREPS = ("after", "before", "since", "following", "until")
MEASURES = ("DATE", "TIME", "MONEY", "QUANTITY", "CARDINAL", "PERCENT")
CLIPPED = ("shoot", "kill", "stab", "wound", "injure", "hurt", "beat", "murder", "slay", "arrest")


@dataclass(slots=True)
class Roles:
    """The head tokens of the actor and recipient phrases, and the rules that chose them."""

    actor: Token | None = None
    recipient: Token | None = None
    rules: tuple[str, ...] = ()


def _pobj(prep: Token) -> Token | None:
    return next((c for c in prep.children if c.dep_ in ("pobj", "pcomp")), None)


def _linked(token: Token) -> list[Token]:
    """The token's prepositions (and the agent "by" of a passive)."""
    return [c for c in token.children if c.dep_ in ("prep", "agent")]


def _prep_object(token: Token, preps: tuple[str, ...]) -> Token | None:
    linked = _linked(token)
    for name in preps:
        for child in linked:
            if child.lower_ == name:
                found = _pobj(child)
                if found is not None:
                    return found
    return None


def _infinitive(verb: Token) -> bool:
    return any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)


def subject(verb: Token) -> tuple[Token | None, str]:
    """The agent of a verb, climbing through control and coordination when it has none, and
    from a gerund after a preposition to the verb it hangs from ("said after meeting"; after
    "for", whom that verb is for does it: "arrested Reyes for shooting"); an
    agentless passive has none ("Hussain was a hacker before he was killed": not Hussain),
    nor has a headline's clipped one ("teen killed in shooting")."""
    current = verb
    for _ in range(4):
        if clipped_passive(current) is not None:
            break
        for child in current.children:
            if child.dep_ in SUBJECTS:
                return child, f"subject of '{current.text}'"
            if child.dep_ == "agent":
                found = _pobj(child)
                if found is not None:
                    return found, f"'by' agent of '{current.text}'"
        if any(c.dep_ in PASSIVE_SUBJECTS + ("auxpass",) for c in current.children):
            break
        if current.dep_ == "acl" and _infinitive(current) and current.head.dep_ in OBJECTS:
            current = current.head.head
            continue
        if current.dep_ == "pcomp" and current.head.dep_ == "prep" and current.tag_ == "VBG":
            blamed = _blamed(current)
            if blamed is not None:
                return blamed, f"object of '{current.head.head.text}' for '{current.text}'"
            if _bare_gerund(current):
                break
            current = current.head.head
            continue
        if current.dep_ in PASSIVE_SUBJECTS + ("acl",) or current.dep_ not in CONTROL:
            break
        controller = _controller(current)
        if controller is not None:
            return controller, f"object of '{current.head.text}' that does '{current.text}'"
        current = current.head
    return None, ""


def _bare_gerund(gerund: Token) -> bool:
    """A gerund of harm with no object after a preposition of time, which names a happening
    rather than an act of the verb's subject ("Springfield struggles to recover after
    shooting")."""
    if gerund.head.lower_ not in TIME_PREPS or gerund.lemma_.lower() not in CLIPPED:
        return False
    return not any(c.dep_ in OBJECTS for c in gerund.children)


def _blamed(gerund: Token) -> Token | None:
    """Who does what a gerund after "for" says: the object, or passive subject, of the verb
    it hangs from ("criticized the officer for shooting", "was arrested for shooting"),
    unless that is a term or sum ("got 15 years for killing": the subject)."""
    prep = gerund.head
    verb = prep.head
    if prep.lower_ != "for" or verb.pos_ not in ("VERB", "AUX"):
        return None
    deps = ("dobj",) if not _passive(verb) else PASSIVE_SUBJECTS
    found = next((c for c in verb.children if c.dep_ in deps), None)
    return None if found is None or found.ent_type_ in MEASURES else found


def _controller(verb: Token) -> Token | None:
    """The object of the verb an infinitive clause hangs from, who does what the clause
    says ("ordered the troops to fire": the troops; "a man who they say shot ...": who);
    None for a subject's own plan ("tried to flee")."""
    if verb.dep_ != "xcomp":
        return None
    return next((c for c in verb.head.children if c.dep_ == "dobj"), None)


def antecedent(token: Token | None) -> Token | None:
    """The noun a relative pronoun stands for ("militants who ..." -> "militants"), and
    who a noun names when it is what someone was identified as ("a 17-year-old identified
    by police as the person who shot ..." -> "17-year-old") or is said to be ("Reddick is
    one of three teenagers charged" -> "Reddick")."""
    if token is None:
        return None
    if token.tag_ in RELATIVE_TAGS:
        clause = next((t for t in token.ancestors if t.dep_ == "relcl"), None)
        token = clause.head if clause is not None else token
    return _predicated(_named_as(token))


def _predicated(noun: Token) -> Token:
    """The subject a noun is said of by "to be" ("Reddick is the man who ...", "Reddick is
    one of the teenagers ..."), else the noun itself."""
    attr = noun
    if noun.dep_ == "pobj" and noun.head.lower_ == "of" and noun.head.head.lower_ == "one":
        attr = noun.head.head
    if attr.dep_ != "attr" or attr.head.lemma_ != "be":
        return noun
    return next((c for c in attr.head.children if c.dep_ == "nsubj"), noun)


def _named_as(noun: Token) -> Token:
    """The one a noun after "as" is said to be, under a verb of naming: the noun the
    participle hangs from, else the verb's passive subject or object ("police identified
    Reddick as the shooter")."""
    prep = noun.head
    if noun.dep_ != "pobj" or prep.lower_ != "as" or prep.head.lemma_.lower() not in NAMING:
        return noun
    verb = prep.head
    if verb.dep_ == "acl":
        return verb.head
    named = (c for c in verb.children if c.dep_ in PASSIVE_SUBJECTS + ("dobj",))
    return next(named, noun)


def _passive(verb: Token) -> bool:
    """A verb told in the passive ("got gunned down", "was shot")."""
    return any(c.dep_ == "auxpass" for c in verb.children)


def _shares_subject(verb: Token) -> bool:
    """A passive participle that takes its subject from the verb it hangs from: joined to a
    passive ("arrested and charged") or under one ("is expected to be released")."""
    if verb.dep_ == "conj":
        return True
    return verb.dep_ == "xcomp" and _passive(verb)


def clipped_passive(verb: Token) -> Token | None:
    """The subject of a headline's passive told without its auxiliary ("Dunmore teen
    killed in shooting"): a main-clause participle with a subject and no auxiliary or
    object, nor a time or place phrase of its own between them (a headline does not say
    "Axelrod on Wednesday called on Dean"); that subject is whom it befell."""
    reduced = _reduced_passive(verb)
    if reduced is not None:
        return reduced
    if verb.dep_ != "ROOT" or not (verb.tag_ == "VBN" or _headline_harm(verb)):
        return None
    deps = {c.dep_ for c in verb.children}
    if deps & {"aux", "auxpass", "dobj"}:
        return None
    found = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if found is not None and any(
        c.dep_ in ("prep", "npadvmod") and found.i < c.i < verb.i for c in verb.children
    ):
        return None
    return found


def _reduced_passive(verb: Token) -> Token | None:
    """The subject of a verb of harm or arrest the parser read as active though it is a
    passive without its auxiliary: a participle with a subject ("Juvenile arrested in
    Oxford bar had ..."), or a past tense with a doer after "by" ("Teen shot in the face by
    unknown suspect", "The man shot and killed by police Sunday ...")."""
    if verb.lemma_.lower() not in CLIPPED or verb.tag_ not in ("VBN", "VBD"):
        return None
    if any(c.dep_ in ("aux", "auxpass", "dobj") for c in verb.children):
        return None
    found = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if found is None or (verb.tag_ == "VBD" and by_doer(verb) is None):
        return None
    return found


def by_doer(verb: Token) -> Token | None:
    """The doer of a passive after "by", its own or that of a participle joined to it
    ("shot and killed by police")."""
    found = _prep_object(verb, ("by",))
    joined = (c for c in verb.children if c.dep_ == "conj" and c.tag_ == "VBN")
    return found or next((f for c in joined if (f := _prep_object(c, ("by",)))), None)


def _headline_harm(verb: Token) -> bool:
    """A verb of harm the tagger read as a past tense in the text's opening line, with no
    object nor "at" ("Springfield man shot twice in attempted robbery"): a headline's
    passive."""
    if verb.tag_ != "VBD" or sentence_of(verb).start != 0 or verb.lemma_.lower() not in CLIPPED:
        return False
    return not any(c.dep_ in OBJECTS or c.lower_ == "at" for c in verb.children)


def _verb_roles(verb: Token) -> Roles:
    clipped = clipped_passive(verb)
    if clipped is not None:
        actor = by_doer(verb)
        rules = ("'by' phrase",) if actor is not None else ()
        return Roles(actor, clipped, (*rules, "subject of a headline's clipped passive"))
    actor, rule = subject(verb)
    actor = antecedent(actor)
    rules = [rule] if actor is not None else []
    recipient = next((c for c in verb.children if c.dep_ in OBJECTS), None)
    if recipient is not None:
        rules.append("object")
    if recipient is None:
        recipient = antecedent(next((c for c in verb.children if c.dep_ in PASSIVE_SUBJECTS), None))
        if recipient is not None:
            rules.append("passive subject")
    if recipient is None and verb.tag_ == "VBN" and _shares_subject(verb):
        deps = PASSIVE_SUBJECTS if verb.dep_ == "conj" else PASSIVE_SUBJECTS + SUBJECTS
        shared = next((c for c in verb.head.children if c.dep_ in deps), None)
        recipient = antecedent(shared)
        if recipient is not None:
            rules.append(f"passive subject shared with '{verb.head.text}'")
    if recipient is None and verb.dep_ == "conj" and _passive(verb):
        recipient, rule = subject(verb.head)
        if recipient is not None:
            rules.append(f"{rule} undergoes the joined passive")
    if recipient is None and verb.dep_ == "acl" and verb.tag_ == "VBN":
        recipient = verb.head
        rules.append("noun modified by participle")
    if recipient is None:
        recipient = _prep_object(verb, VERB_TARGET_PREPS)
        if recipient is not None:
            rules.append(f"object of '{recipient.head.text}'")
    return Roles(actor, recipient, tuple(rules))


def means_objects(verb: Token, means: frozenset[str]) -> list[Token]:
    """The nouns a verb happened in or by ("killed in an air strike", "hurt by the blast")."""
    return [
        noun
        for prep in verb.children
        if prep.dep_ in ("prep", "agent") and prep.lower_ in means
        for noun in prep.children
        if noun.dep_ == "pobj"
    ]


def clause_subject(verb: Token) -> Token | None:
    """The subject of the clause a verb of demanding, threatening or promising governs: "demanded
    that the army withdraw", "threatened to strike unless the government resigns"."""
    for child in verb.children:
        conditional = child.dep_ == "advcl" and any(
            m.dep_ == "mark" and m.lower_ in CONDITIONS for m in child.children
        )
        if child.dep_ == "ccomp" or conditional:
            found = next((c for c in child.children if c.dep_ in SUBJECTS + PASSIVE_SUBJECTS), None)
            if found is not None:
                return found
    return None


def _between(noun: Token) -> tuple[Token, Token | None] | None:
    first = _prep_object(noun, ("between", "among"))
    if first is None:
        return None
    second = next((c for c in first.children if c.dep_ == "conj"), None)
    return first, second


def _names_actor(token: Token) -> bool:
    """A modifier that can name who acts: "SDF offensive", "Turkish attack", "their victory"."""
    if token.dep_ not in NOUN_ACTOR_DEPS:
        return False
    return token.pos_ in ("PROPN", "PRON") or token.ent_type_ in ("NORP", "GPE", "ORG", "PERSON")


def _series(noun: Token) -> Token | None:
    """The noun a happening is counted in ("a series of raids by Montreal police": series),
    which takes the phrases that belong to each of them."""
    prep = noun.head
    if noun.dep_ != "pobj" or prep.lower_ != "of" or prep.head.lemma_.lower() not in SERIES:
        return None
    return prep.head


def _noun_roles(noun: Token, light_verbs: frozenset[str]) -> Roles:
    """A noun's roles; "between A and B" gives both, unless a light verb governs the noun,
    whose subject then acts on A ("the envoy launched a mediation between A and B")."""
    pair = _between(noun)
    governor = noun.head
    if pair is not None:
        if governor.lemma_.lower() in light_verbs and noun.dep_ in OBJECTS:
            actor, rule = subject(governor)
            if actor is not None:
                return Roles(actor, pair[0], (f"{rule} (governs the noun)", "'between A and B'"))
        return Roles(pair[0], pair[1], ("'between A and B'",))
    rules: list[str] = []
    actor = _prep_object(noun, ("by",))
    if actor is not None:
        rules.append("'by' phrase")
    series = _series(noun)
    if actor is None and series is not None:
        actor = _prep_object(series, ("by",))
        if actor is not None:
            rules.append(f"'by' phrase of '{series.text}'")
    if actor is None:
        done = next((c for c in noun.children if c.dep_ == "acl" and c.tag_ == "VBN"), None)
        actor = _prep_object(done, ("by",)) if done is not None else None
        if actor is not None:
            rules.append(f"'by' agent of '{done.text}'")
    if actor is None:
        actor = next((c for c in noun.children if _names_actor(c) and c.i < noun.i), None)
        if actor is not None:
            rules.append(f"{actor.dep_} modifier")
    recipient = _prep_object(noun, NOUN_TARGET_PREPS)
    if recipient is not None:
        rules.append(f"object of '{recipient.head.text}'")
    if governor.pos_ in ("VERB", "AUX") and noun.dep_ in OBJECTS + ("attr", "nsubjpass", "pobj"):
        if actor is None:
            actor, rule = subject(governor)
            if actor is not None:
                rules.append(f"{rule} (governs the noun)")
        if recipient is None:
            recipient = _prep_object(governor, VERB_TARGET_PREPS)
            if recipient is not None:
                rules.append(f"object of '{recipient.head.text}' on the governing verb")
    if recipient is None and noun.dep_ == "nsubj" and governor.lemma_.lower() in INFLICTING:
        dealt = next((c for c in governor.children if c.dep_ in OBJECTS), None)
        recipient = _prep_object(governor, HARMED) or (
            _prep_object(dealt, HARMED) if dealt is not None else None
        )
        if recipient is not None:
            rules.append(f"object of '{recipient.head.text}' under '{governor.text}'")
    elif governor.dep_ == "prep" and governor.head.pos_ in ("VERB", "AUX") and actor is None:
        actor, rule = subject(governor.head)
        if actor is not None:
            rules.append(f"{rule} (governs the noun)")
    return Roles(actor, recipient, tuple(rules))


def fallbacks(trigger: Token, recipient: Token) -> list[Token]:
    """Other recipient candidates when the object names no actor ("suspended aid to Gaza"),
    then the objects of the trigger's other prepositions ("shooting on a street of a man")."""
    out = [_prep_object(recipient, NOUN_TARGET_PREPS)]
    verbal = trigger.pos_ in ("VERB", "AUX")
    preps = VERB_TARGET_PREPS if verbal else NOUN_TARGET_PREPS
    linked = _linked(trigger)
    out += [_pobj(child) for name in preps for child in linked if child.lower_ == name]
    seen: list[Token] = []
    for token in out:
        if token is not None and token is not recipient and token not in seen:
            seen.append(token)
    return seen


def reversed_roles(trigger: Token) -> Roles:
    """Roles of a verb whose subject receives: "received weapons from the government"."""
    giver = _prep_object(trigger, ("from",))
    receiver, rule = subject(trigger)
    rules = (("'from' object as actor",) if giver else ()) + (
        (f"{rule} as recipient",) if receiver else ()
    )
    return Roles(giver, receiver, rules)


def roles(trigger: Token, light_verbs: frozenset[str] = frozenset()) -> Roles:
    """The actor and recipient heads of a trigger, by its part of speech (``light_verbs``:
    verbs whose object noun is the event)."""
    if trigger.pos_ in ("VERB", "AUX"):
        return _verb_roles(trigger)
    if trigger.pos_ == "ADJ" and trigger.dep_ not in NOMINAL:
        head = trigger.head if trigger.dep_ in ("acomp", "amod") else trigger
        actor, rule = subject(head)
        xcomp = next((c for c in trigger.children if c.dep_ == "xcomp"), None)
        recipient = _verb_roles(xcomp).recipient if xcomp is not None else None
        return Roles(actor, recipient, (rule,) if actor is not None else ())
    if trigger.dep_ == "compound" and trigger.head.pos_ == "NOUN":
        return _noun_roles(trigger.head, light_verbs)
    return _noun_roles(trigger, light_verbs)
