"""Finding trigger words in a parsed sentence: verbs, nouns and adjectives from the ontology."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from spacy.tokens import Span, Token

from dateline.events.ontology import Entry, Ontology
from dateline.events.roles import NOMINAL

POS_OF = {"VERB": "VERB", "AUX": "VERB", "NOUN": "NOUN", "PROPN": "NOUN", "ADJ": "ADJ"}
WINDOW = 3
CLAUSES_GOVERNED = ("xcomp", "ccomp")
QUOTE_TAIL = 2  # tokens before a sentence that may close the question it tells ('?"')
CLAUSES = ("advcl", "ccomp", "xcomp", "conj", "relcl", "parataxis", "acl", "csubj")
AUXILIARY = ("aux", "auxpass")
WEAK = 0.5
STRONG = 0.75
TITLE_WORD = 4  # letters of a word counted in telling a title-case headline
TITLE_WORDS = 3
TITLE_SHARE = 0.8
HEADLINE_PEOPLE = ("nummod", "compound", "amod", "nsubj")


@dataclass(slots=True)
class Match:
    """A trigger token, the entry it matched and the tokens its phrase consumed."""

    token: Token
    entry: Entry
    parts: tuple[Token, ...] = ()


def lemma(token: Token) -> str:
    """The lower-cased lemma: the key trigger entries are looked up by."""
    return token.lemma_.lower()


def _near(token: Token, quantifiers: frozenset[str]) -> Iterable[Token]:
    """Dependents up to two levels down, not into a clause of their own (through a
    quantifier's "of": "a number of barracks"), then neighbours: phrase words hang off
    the head."""
    for child in token.children:
        yield child
        if child.dep_ in CLAUSES:
            continue
        for grandchild in child.children:
            yield grandchild
            if grandchild.lower_ == "of" and lemma(child) in quantifiers:
                yield from grandchild.children
    doc = token.doc
    for i in range(max(token.i - WINDOW, 0), min(token.i + WINDOW + 1, len(doc))):
        if i != token.i:
            yield doc[i]


def _dependents(token: Token) -> Iterable[Token]:
    """The token's dependents but its auxiliaries (an infinitive's "to"), the objects of its
    prepositions ("fight for the nomination") and of its passive's "by" ("struck by a
    car") and, for an adjective or a participle, the noun it describes ("critical
    condition", "the poll released Friday")."""
    if token.dep_ in ("amod", "acl"):
        yield token.head
    for child in token.children:
        if child.dep_ in ("aux", "auxpass"):
            continue
        yield child
        if child.dep_ in ("prep", "agent"):
            yield from (g for g in child.children if g.dep_ == "pobj")


def _fits(token: Token, entry: Entry, near: list[Token]) -> tuple[Token, ...] | None:
    """The phrase words an entry requires among the ``near`` tokens, if the token fits it."""
    if entry.excludes and any(lemma(t) in entry.excludes for t in _dependents(token)):
        return None
    if not entry.governs_clause and any(c.dep_ in CLAUSES_GOVERNED for c in token.children):
        return None
    parts: list[Token] = []
    for options in entry.requires:
        found = next(
            (t for t in near if t not in parts and (lemma(t) in options or t.lower_ in options)),
            None,
        )
        if found is None:
            return None
        parts.append(found)
    return tuple(parts)


def _best(token: Token, entries: list[Entry], quantifiers: frozenset[str]) -> Match | None:
    best: Match | None = None
    near = list(_near(token, quantifiers)) if any(e.requires for e in entries) else []
    for entry in entries:
        parts = _fits(token, entry, near)
        if parts is None:
            continue
        rank = (len(entry.requires), entry.weight)
        if best is None or rank > (len(best.entry.requires), best.entry.weight):
            best = Match(token, entry, parts)
    return best


def _names_an_act(token: Token, ontology: Ontology) -> bool:
    """A trigger noun modifying a noun that names an undertaking ("mediation effort")."""
    return token.head.lemma_.lower() in ontology.event_heads


def _headline_participle(token: Token, ontology: Ontology) -> bool:
    """A headline's participle the tagger took for a noun: one of ``headline_participles``
    heading its sentence, with a number, an age or a person's noun on it ("Six shot
    overnight at Ridgeway house party", "Kenwood 10-year-old shot in backyard")."""
    if token.lower_ not in ontology.headline_participles or token.dep_ != "ROOT":
        return False
    return any(c.dep_ in HEADLINE_PEOPLE and c.i < token.i for c in token.children)


def _lookup(token: Token, ontology: Ontology) -> Match | None:
    pos = POS_OF.get(token.pos_)
    if pos is None or (token.pos_ == "PROPN" and token.ent_type_) or token.dep_ in AUXILIARY:
        return None
    if pos == "ADJ" and token.dep_ in NOMINAL:
        pos = "NOUN"
    if pos == "NOUN" and _headline_participle(token, ontology):
        pos = "VERB"
    if pos == "VERB" and token.dep_ == "amod" and token.i and token.nbor(-1).text == "-":
        return None  # a hyphenated participle ("rebel-held") describes a state, not an event
    index = ontology.triggers[pos]
    entries = index.get(ontology.lemmas.get(token.lower_, lemma(token))) or index.get(token.lower_)
    if (
        entries
        and pos == "NOUN"
        and token.dep_ == "compound"
        and not _names_an_act(token, ontology)
    ):
        entries = [e for e in entries if e.requires]
    return _best(token, entries, ontology.quantifiers) if entries else None


def title_case(sent: Span) -> bool:
    """Whether a sentence opening the text is a headline in title case ("Envoy Condemns
    Attack on Police Post"), whose verbs the tagger reads as names."""
    if sent.start != 0:
        return False
    words = [t for t in sent if t.is_alpha and len(t) >= TITLE_WORD]
    capitals = sum(t.text[0].isupper() for t in words)
    return len(words) >= TITLE_WORDS and capitals >= TITLE_SHARE * len(words)


def _headline_word(token: Token, ontology: Ontology) -> Match | None:
    """A capitalised word of a title-case headline read by its lower-cased form: a verb
    ("Condemns", "Calls") or a noun ("Attack") that needs no phrase words."""
    if token.pos_ != "PROPN" or not token.is_alpha:
        return None
    word = token.lower_
    forms = [word, word[:-1], word[:-2], word[:-3], word[:-3] + "e", word[:-1] + "e"]
    for pos, tried in (("NOUN", forms[:1]), ("VERB", forms)):
        index = ontology.triggers[pos]
        for form in tried:
            plain = [e for e in index.get(ontology.lemmas.get(form, form), []) if not e.requires]
            if plain:
                return Match(token, max(plain, key=lambda e: e.weight))
    return None


def find(sent: Span, ontology: Ontology) -> list[Match]:
    """Every trigger in the sentence; phrase words (unless their entry keeps them) and
    light-verb objects are not triggers twice, a weak word gives way when the sentence
    holds a strong one, and a verb that only tells a question is none. In a title-case
    headline, words read as names are looked up by their lower-cased form."""
    matches = [m for m in (_lookup(t, ontology) for t in sent) if m is not None]
    if title_case(sent):
        found = {m.token.i for m in matches}
        extra = (_headline_word(t, ontology) for t in sent if t.i not in found)
        matches = sorted([*matches, *(m for m in extra if m)], key=lambda m: m.token.i)
    consumed = {
        part.i: len(m.entry.requires) for m in matches if not m.entry.keeps for part in m.parts
    }
    by_token = {m.token.i: m for m in matches}
    strong = any(m.entry.weight >= STRONG for m in matches)
    out = []
    for match in matches:
        if consumed.get(match.token.i, -1) >= len(match.entry.requires):
            continue
        if _question(match.token, sent, ontology) or idiom(match.token, ontology.idioms):
            continue
        if strong and match.entry.weight < WEAK:
            continue
        if _object_is_trigger(match, by_token, ontology):
            continue
        out.append(match)
    return out


def idiom(token: Token, idioms: tuple[tuple[str, ...], ...]) -> bool:
    """Whether the trigger is a word of a set phrase that reports no event ("in charge
    of", "is to blame", "Olympic trials"): the phrase's words, read as the token's text or
    lemma, stand around it in the text."""
    doc = token.doc
    forms = (token.lower_, lemma(token))
    for phrase in idioms:
        for at, word in enumerate(phrase):
            start = token.i - at
            if word not in forms or start < 0:
                continue
            if start + len(phrase) > len(doc):
                continue
            words = doc[start : start + len(phrase)]
            if all(w in (t.lower_, lemma(t)) for w, t in zip(phrase, words, strict=True)):
                return True
    return False


def _question(token: Token, sent: Span, ontology: Ontology) -> bool:
    """A verb of asking that tells a question, not a request: a reporter's question opening
    the sentence ("Asked about the attack, ..."), or a question the sentence quotes with no
    act asked for ("'Where are they?' he demanded")."""
    if lemma(token) not in ontology.asking:
        return False
    first = next((t for t in sent if not (t.is_punct or t.is_space)), None)
    if first is not None and token.i == first.i and token.tag_ == "VBN":
        return True
    asked_for = any(c.dep_ in ("xcomp", "dobj") for c in token.children)
    quoted = sent.doc[max(sent.start - QUOTE_TAIL, 0) : sent.end].text
    return "?" in quoted and not asked_for


def _object_is_trigger(match: Match, by_token: dict[int, Match], ontology: Ontology) -> bool:
    """A light verb's own weak sense yields to the trigger noun it governs ("gave a warning")."""
    token = match.token
    if match.entry.requires or lemma(token) not in ontology.light_verbs:
        return False
    return any(c.i in by_token and c.dep_ in ("dobj", "attr", "nsubjpass") for c in token.children)
