"""Whether an event is asserted, future, hypothetical or negated, and who reports it."""

from __future__ import annotations

from spacy.tokens import Token

from dateline.events.ontology import Ontology
from dateline.events.segments import across_lines
from dateline.models import Quote

CLIMB = ("xcomp", "conj", "pcomp", "prep", "pobj", "dobj", "nsubj", "nsubjpass", "csubj")
CLIMB += ("attr", "acomp")
STOP = ("ccomp", "advcl", "relcl", "ROOT")
SUBJECTS = ("nsubj", "nsubjpass", "csubj")


def _clause_heads(trigger: Token, bounds: frozenset[str], grounded: frozenset[str]) -> list[Token]:
    """The trigger and the words its clause hangs from, up to the clause boundary: a
    preposition of ``bounds``, of time such as "after" ("will advance after seizing the
    town", "is expected to recover after shooting himself") or of topic ("want to learn
    more about the shooting"), or a preposition on one of ``grounded``, verbs whose
    prepositions name what their act is for ("charges will be filed in Friday's shooting",
    "will appear in court for shooting a neighbor")."""
    heads = [trigger]
    current = trigger
    for _ in range(4):
        if current.dep_ in STOP or current.dep_ not in CLIMB or current.head.i == current.i:
            break
        if current.dep_ == "conj" and any(c.dep_ in SUBJECTS for c in current.children):
            break
        if across_lines(current, current.head):
            break
        following = current.head
        if following.dep_ == "prep" and (
            following.lower_ in bounds or following.head.lemma_.lower() in grounded
        ):
            break
        current = following
        heads.append(current)
    return heads


def _names_none(head: Token, trigger: Token, subject: Token, negations: frozenset[str]) -> bool:
    """A subject naming no one, of the trigger's own verb or copula ("no one was injured",
    "no suspects are in custody"); a happening it is only hurt in still happened ("nobody
    was hurt in the blast")."""
    if head.i != trigger.i and head.pos_ != "AUX":
        return False
    none = any(c.dep_ == "det" and c.lower_ in negations for c in subject.children)
    return none or subject.lower_ in ("nobody", "none")


def _words_before(token: Token) -> str:
    """The four words before the token, lower case, each with a space either side."""
    words = token.doc[max(0, token.i - 4) : token.i]
    return " " + " ".join(t.lower_ for t in words) + " "


def _phrase_hit(before: str, phrases: tuple[str, ...]) -> str | None:
    """A several-word status phrase ending the words ``before`` a token ("going to",
    "failed to")."""
    return next((p for p in phrases if f" {p} " in before), None)


def reporting_verb(trigger: Token, ontology: Ontology) -> Token | None:
    """The verb of saying whose clause holds the trigger ("X said the town was captured")."""
    current = trigger
    for _ in range(8):
        if current.head.i == current.i or across_lines(current, current.head):
            return None
        entered = current.dep_
        current = current.head
        if current.lemma_.lower() in ontology.reporting_verbs and entered in ("ccomp", "parataxis"):
            return current
    return None


def status(trigger: Token, ontology: Ontology, reported: bool) -> tuple[str, str]:
    """The status and the word that set it ("asserted", "" when nothing did)."""
    words = ontology.status
    found: dict[str, str] = {}
    for head in _clause_heads(trigger, words.bounds, words.grounded):
        for child in head.children:
            text = child.lower_
            if child.dep_ == "neg" or (child.dep_ == "det" and text in words.negated):
                found.setdefault("negated", text)
            elif child.dep_ in SUBJECTS and _names_none(head, trigger, child, words.negated):
                found.setdefault("negated", "no")
            elif child.dep_ in ("aux", "auxpass") and text in words.future:
                found.setdefault("future", text)
            elif child.dep_ in ("aux", "auxpass") and text in words.hypothetical:
                kind = ontology.reported_would if text == "would" and reported else "hypothetical"
                found.setdefault(kind, text)
            elif child.dep_ == "mark" and text in words.hypothetical:
                found.setdefault("hypothetical", text)
            elif child.dep_ == "amod" and head.i == trigger.i and text in words.modifiers:
                found.setdefault(words.modifiers[text], text)
        before = _words_before(head)
        for kind in ("future", "hypothetical", "negated"):
            hit = _phrase_hit(before, words.phrases.get(kind, ()))
            if hit:
                found.setdefault(kind, hit)
        if head.dep_ == "advcl":
            mark = next((c for c in head.children if c.dep_ == "mark"), None)
            if mark is not None and mark.lower_ in words.hypothetical:
                found.setdefault("hypothetical", mark.lower_)
    parent = trigger.head
    if trigger.dep_ == "pobj" and parent.head.lemma_.lower() in words.ahead.get(parent.lower_, ()):
        found.setdefault("future", f"{parent.head.lower_} {parent.lower_}")
    if trigger.dep_ in ("dobj", "xcomp") and parent.lemma_.lower() in words.pondered:
        found.setdefault("hypothetical", parent.text)
    denial = reporting_or_denial(trigger, words.denial_verbs)
    if denial:
        found.setdefault("negated", denial)
    habit = _habitual(trigger, words.generic, words.generic_predicates) or _every(
        trigger, words.frequency_determiners
    )
    if habit:
        found.setdefault("generic", habit)
    for kind in ("negated", "hypothetical", "future", "generic"):
        if kind in found:
            return kind, found[kind]
    return "asserted", ""


def _habitual(trigger: Token, adverbs: frozenset[str], predicates: frozenset[str]) -> str | None:
    """A word that makes the trigger a habit or a kind of thing, not one happening: an
    adverb of frequency on its verb ("often shelled"), or a predicate of kind on the verb
    it is the subject of ("executions were common")."""
    verb = trigger if trigger.pos_ in ("VERB", "AUX") else trigger.head
    for child in verb.children:
        if child.dep_ == "advmod" and child.lower_ in adverbs:
            return child.text
        if (
            trigger.dep_ in SUBJECTS
            and child.dep_ in ("acomp", "attr")
            and child.lower_ in predicates
        ):
            return child.text
    return None


def _every(trigger: Token, determiners: frozenset[str]) -> str | None:
    """A period told with "every" or "each" on the event's verb: a rate, not one happening
    ("someone dies every three days")."""
    verb = trigger if trigger.pos_ in ("VERB", "AUX") else trigger.head
    periods = (c for c in verb.children if c.dep_ == "npadvmod")
    words = (d for period in periods for d in period.children if d.dep_ == "det")
    return next((d.text for d in words if d.lower_ in determiners), None)


def reporting_or_denial(trigger: Token, verbs: frozenset[str]) -> str | None:
    """A denial verb the trigger's clause depends on ("denied that its forces shelled ...")."""
    current = trigger
    for _ in range(4):
        if current.head.i == current.i or across_lines(current, current.head):
            return None
        entered, current = current.dep_, current.head
        if entered == "ccomp" and current.lemma_.lower() in verbs:
            return current.text
    return None


def quoted_by(start: int, quotes: list[Quote]) -> Quote | None:
    """The quote whose span holds the character offset, if any."""
    return next((q for q in quotes if q.start <= start < q.end), None)
