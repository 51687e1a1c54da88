"""From a participant's head token to an ``Actor``: the actors layer first, plain text second."""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Callable
from functools import lru_cache

from spacy.tokens import Token

from dateline.actors.metonymy import words as metonymy_words
from dateline.models import Actor, Quote, Speaker

Lookup = Callable[[str, int, int], Actor | None]

PHRASE_DEPS = ("compound", "amod", "poss", "det", "nmod", "nummod", "quantmod", "case", "prep")
PHRASE_DEPS += ("pobj", "punct", "cc", "conj", "appos", "npadvmod")
ENTITY_LABELS = ("ORG", "GPE", "NORP", "PERSON")
PLACES = ("FAC", "LOC")
DOERS = ("er", "or", "ist", "man")
NOT_ACTORS = ("DATE", "TIME", "CARDINAL", "ORDINAL", "QUANTITY", "MONEY", "PERCENT")
DASHES = ("-", "–", "—", "--")
PRONOUNS = ("it", "they", "we", "he", "she", "i", "its", "their", "our", "his", "her", "them")
PRONOUNS += ("him",)
AMOUNTS = ("hundred", "thousand", "million", "dozen", "score", "ten", "number", "majority")
AMOUNTS += ("half", "third", "quarter", "handful", "group")
AGE_UNITS = ("year", "month", "week")
ONE_PERSON = ("he", "she", "him", "his", "her")
NO_PERSON = ("it", "its", "they", "them", "their")


def _one_of(word: str, nouns: frozenset[str]) -> bool:
    """Whether a noun is one of the words, or a compound ending in one that names a doer
    ("dockworker", "ringleader", "militiaman")."""
    return word in nouns or word.endswith(_doers(nouns))


@lru_cache(maxsize=8)
def _doers(nouns: frozenset[str]) -> tuple[str, ...]:
    """The words that name a doer and may end a compound, read once for each word list."""
    return tuple(n for n in nouns if n.endswith(DOERS))


def aged(token: Token) -> bool:
    """A person told by age alone: "a 17-year-old" (the parser's head is "old", which the
    tagger often reads as a date)."""
    return token.lower_ == "old" and any(c.lower_ in AGE_UNITS for c in token.children)


def counted(token: Token) -> Token:
    """The noun an amount is of: "hundreds of thousands of people" -> "people"."""
    while token.like_num or token.lemma_.lower() in AMOUNTS:
        of = next((c for c in token.children if c.dep_ == "prep" and c.lower_ == "of"), None)
        pobj = next((c for c in of.children if c.dep_ == "pobj"), None) if of else None
        if pobj is None:
            break
        token = pobj
    return token


def phrase(token: Token) -> tuple[int, int]:
    """The token offsets of the noun phrase a head token stands for ("forces of Iraq"),
    never across a line break (a parse that runs a heading into the next line) nor back
    across a dash set off by spaces (a dateline's: "DOVER, Del. - A woman")."""
    left = right = token.i
    stack = [token]
    while stack:
        current = stack.pop()
        for child in current.children:
            if child.dep_ not in PHRASE_DEPS:
                continue
            if child.dep_ == "prep" and child.lower_ != "of":
                continue
            left, right = min(left, child.i), max(right, child.i)
            stack.append(child)
    doc = token.doc
    for i in range(token.i - 1, left - 1, -1):
        if "\n" in doc[i].text_with_ws or _spaced_dash(doc[i]):
            left = i + 1
            break
    for i in range(token.i, right + 1):
        if "\n" in doc[i].text_with_ws:
            right = i if doc[i].text.strip() else i - 1
            break
    while left < right and (doc[left].is_punct or doc[left].dep_ in ("det", "cc")):
        left += 1
    while right > left and (doc[right].is_punct or doc[right].dep_ == "cc"):
        right -= 1
    return left, right + 1


def _spaced_dash(token: Token) -> bool:
    """A dash standing alone between words, as after a dateline."""
    before = token.nbor(-1).whitespace_ if token.i > 0 else ""
    return token.text in DASHES and bool(before) and bool(token.whitespace_)


class Mentions:
    """The article's actor mentions, looked up by character offset (none in the dateline
    that opens the text, which ends at ``opening``)."""

    def __init__(
        self,
        actors: list[Actor],
        actor_nouns: frozenset[str],
        beings: frozenset[str],
        lookup: Lookup | None = None,
        quotes: list[Quote] | None = None,
        opening: int = 0,
    ) -> None:
        self.opening = opening
        self.actors = sorted((a for a in actors if a.start >= opening), key=lambda a: a.start)
        self.quotes = [q for q in quotes or [] if q.kind == "direct" and q.speaker is not None]
        self.starts = [a.start for a in self.actors]
        self.actor_nouns = actor_nouns
        self.beings = beings
        self.lookup = lookup
        self.doers: list[Actor] = []

    def remember(self, actor: Actor) -> None:
        """An event's actor read from its phrase ("Fighters of the Front"): a later "they"
        may refer to it though the actors layer has no mention there."""
        self.doers.append(actor)

    def covering(self, start: int, end: int) -> list[Actor]:
        """Actor mentions overlapping the character range, in text order."""
        hi = bisect_right(self.starts, end - 1)
        return [a for a in self.actors[:hi] if a.end > start]

    def before(self, offset: int, pronoun: str = "") -> Actor | None:
        """The last actor mention that ends before the offset (and that the pronoun can
        stand for, when one is given)."""
        hi = bisect_right(self.starts, offset - 1)
        fits = (a for a in reversed(self.actors[:hi]) if a.end <= offset)
        return next((a for a in fits if self._fits(pronoun, offset, a)), None)

    def _fits(self, pronoun: str, offset: int, actor: Actor) -> bool:
        """Whether a pronoun at the offset can stand for the actor: it ``agrees``, and a
        third person in someone's direct quote is not that speaker ("The guy shot him, then
        he kept firing," Lay said: not Lay)."""
        if not agrees(pronoun, actor):
            return False
        if pronoun not in ONE_PERSON + NO_PERSON:
            return True
        quote = next((q for q in self.quotes if q.start <= offset < q.end), None)
        return quote is None or quote.speaker is None or not _speaks(actor, quote.speaker)

    def resolve(
        self, token: Token, plain_text: bool = True, any_noun: bool = False, things: bool = False
    ) -> tuple[Actor | None, str]:
        """The actor a head token stands for, and how it was found: an actor mention, else
        a named phrase or one headed by an actor noun ("militants"); with ``any_noun``, as
        a last resort, also one headed by a word for people ("a 25-year-old man") and, with
        ``things``, by any noun (what was stolen or struck). A named place never is, nor
        a word of the text's dateline (before ``opening``)."""
        if token.idx < self.opening:
            return None, ""
        at = self.covering(token.idx, token.idx + len(token))
        if at:
            return at[0], "actor mention"
        left, right = phrase(token)
        doc = token.doc
        span = doc[left:right]
        inside = self.covering(span.start_char, span.end_char)
        if inside:
            return min(inside, key=lambda a: abs(a.start - token.idx)), "actor mention in phrase"
        unnamed = token.pos_ == "PRON" and not (any_noun and token.lower_ in self.beings)
        if not plain_text or token.lower_ in PRONOUNS or unnamed:
            return None, ""
        head = counted(token)
        by_age = aged(head)
        if head.ent_type_ in NOT_ACTORS + PLACES and not by_age:
            return None, ""
        named = head.pos_ == "PROPN" or head.ent_type_ in ENTITY_LABELS or by_age
        nouns = self.beings if any_noun else self.actor_nouns
        if named or things or _one_of(head.lemma_.lower(), nouns):
            return self.phrase_actor(span.text, span.start_char, span.end_char)
        return None, ""

    def loose(self, token: Token) -> Actor | None:
        """The actor the dictionary reads in a head token's phrase even when it names none by
        its head ("Russian aircraft", "a Saudi businessman"), or None; never a phrase
        headed by a word for a place ("the Iraq-Syria border", "a Kurdish town")."""
        if self.lookup is None or token.lower_ in PRONOUNS or token.ent_type_ in NOT_ACTORS:
            return None
        if token.lemma_.lower() in metonymy_words().place_nouns:
            return None
        left, right = phrase(token)
        span = token.doc[left:right]
        return self.lookup(span.text, span.start_char, span.end_char)

    def phrase_actor(self, text: str, start: int, end: int) -> tuple[Actor, str]:
        """A plain-text phrase as an actor: the dictionary's reading of it, else bare text."""
        found = self.lookup(text, start, end) if self.lookup is not None else None
        if found is not None:
            return found, "dictionary lookup of the phrase"
        return Actor(text=text, start=start, end=end), "phrase text"

    def pronoun(self, token: Token) -> tuple[Actor | None, str]:
        """A pronoun's referent: the nearest actor mentioned before it that it can stand for
        (``agrees``), or the nearer such actor of an earlier event."""
        word = token.lower_
        if word not in PRONOUNS:
            return None, ""
        found = self.before(token.idx, word)
        doer = next(
            (
                a
                for a in reversed(self.doers)
                if a.end <= token.idx and self._fits(word, token.idx, a)
            ),
            None,
        )
        if doer is not None and (found is None or doer.start > found.start):
            return doer, "pronoun: actor of the event told before"
        return (found, "pronoun: nearest earlier actor") if found else (None, "")


def agrees(pronoun: str, actor: Actor) -> bool:
    """Whether a pronoun can stand for an actor the actors layer has typed: "he" and "she"
    for a person only, "they" and "it" for no single person (a group, a force, a state);
    an untyped phrase ("the gunman") and "we" or "I" fit anyone."""
    if actor.kind is None:
        return True
    if pronoun in ONE_PERSON:
        return actor.kind == "person"
    if pronoun in NO_PERSON:
        return actor.kind != "person"
    return True


def _speaks(actor: Actor, speaker: Speaker) -> bool:
    """Whether an actor mention names a quote's speaker (by id, or by the speaker's name
    or its last words: "Lay" for "Willie Lay")."""
    if actor.actor_id and actor.actor_id == speaker.actor_id:
        return True
    said = " ".join((actor.name or actor.text).casefold().split())
    name = " ".join(speaker.name.casefold().split())
    return bool(said) and (name == said or name.endswith(" " + said))
