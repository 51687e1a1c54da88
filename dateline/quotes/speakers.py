"""Who a cue's source is: names, titles, affiliations, surnames and pronouns resolved."""

from __future__ import annotations

from dataclasses import dataclass, replace

from spacy.tokens import Doc, Token

from dateline.models import Actor, Speaker
from dateline.parses import named_entities, sentence_of
from dateline.quotes.lexicon import Lexicon
from dateline.quotes.marks import Paragraphs

PERSON_PRONOUNS = frozenset({"he", "she", "him", "her", "his"})
GROUP_PRONOUNS = frozenset({"they", "them", "it", "its", "their"})
RELATIVES = frozenset({"who", "which", "that"})
FIRST_PERSON = frozenset({"i", "me", "my", "we", "us", "our"})
WRITER = "the author"
INDEFINITES = frozenset(
    {"all", "both", "each", "everyone", "few", "many", "others", "some", "someone", "those"}
)
GROUP_LABELS = frozenset({"ORG", "NORP", "GPE"})
_PRONOUN_GENDER = {"he": "m", "him": "m", "his": "m", "she": "f", "her": "f"}
_TITLE_GENDER = {
    "mr.": "m",
    "mr": "m",
    "sir": "m",
    "lord": "m",
    "mrs.": "f",
    "mrs": "f",
    "ms.": "f",
    "ms": "f",
    "miss": "f",
    "lady": "f",
    "madam": "f",
}
_LOOKBACK = 6
_CLAUSES = frozenset({"relcl", "acl", "appos", "advcl"})
_PERSON_ENDINGS = ("man", "woman", "person", "er", "or", "ist", "ian", "ant")
_AFFILIATION_PREPS = frozenset({"of", "in", "at", "for", "with", "from"})


@dataclass(slots=True)
class Found:
    """A resolved speaker, the local mention that named them, and whether it is a person."""

    speaker: Speaker
    mention: tuple[int, int]
    person: bool


def _text(text: str, tokens: list[Token]) -> str:
    tokens = [t for t in tokens if not t.is_space]
    if not tokens:
        return ""
    return " ".join(text[tokens[0].idx : tokens[-1].idx + len(tokens[-1])].split())


def _bare(tokens: list[Token]) -> list[Token]:
    """Tokens without leading determiners and possessive markers."""
    tokens = [t for t in tokens if t.dep_ != "case" and t.text not in ("'s", "’s", "'")]
    while tokens and tokens[0].dep_ in ("det", "predet"):
        tokens = tokens[1:]
    return tokens


def _attachments(head: Token, layout: Paragraphs) -> list[Token]:
    """The prepositional phrases after a role noun, up to a comma or a clause."""
    out: list[Token] = []
    for prep in (c for c in head.rights if c.dep_ == "prep"):
        clauses = {t.i for c in prep.subtree if c.dep_ in _CLAUSES for t in c.subtree}
        for token in prep.subtree:
            if token.i in clauses or token.text == "," or layout.splits(token.text, token.idx):
                return out
            out.append(token)
    return out


def _span(tokens: list[Token]) -> tuple[int, int]:
    return tokens[0].idx, tokens[-1].idx + len(tokens[-1])


class Resolver:
    """Resolves cue sources in document order, remembering earlier speakers for pronouns."""

    def __init__(
        self,
        doc: Doc,
        text: str,
        layout: Paragraphs,
        lexicon: Lexicon,
        actors: list[Actor],
        quoted: list[range],
        author: str | None = None,
    ) -> None:
        self.doc = doc
        self.author = author
        self.text = text
        self.layout = layout
        self.titles = lexicon.titles
        self.people = lexicon.people
        self.actors = actors
        self.persons = [
            ent.root
            for ent in named_entities(doc)
            if ent.label_ == "PERSON" and not any(ent.start_char in r for r in quoted)
        ]
        self.history: list[tuple[int, Found]] = []
        self.genders: dict[str, str] = {}

    def resolve(self, source: Token | None) -> Found | None:
        """The speaker a source token stands for, or None when the article does not say."""
        if source is None:
            return None
        lower = source.lower_
        if lower in FIRST_PERSON:
            return self._writer(source)
        if lower in PERSON_PRONOUNS or lower in GROUP_PRONOUNS:
            found = self._antecedent(source)
        elif lower in RELATIVES and source.head.dep_ == "relcl":
            found = self.describe(source.head.head)
        elif source.pos_ == "PRON" and lower not in INDEFINITES:
            return None
        else:
            found = self.describe(source)
            if found is not None and " " not in found.speaker.name:
                found = self._surname(found, source.i)
        if found is None:
            return None
        if source.pos_ == "PRON" or lower in RELATIVES:
            found = replace(found, mention=_span([source]))
        found.speaker.actor_id = self._actor(found)
        self.history.append((source.i, found))
        return found

    def _writer(self, pronoun: Token) -> Found:
        """A first-person source outside quotation marks: the article's author ('I think')."""
        speaker = Speaker(name=self.author or WRITER)
        return Found(speaker, _span([pronoun]), pronoun.lower_ in ("i", "me", "my"))

    def describe(self, head: Token) -> Found | None:
        """Name, title and affiliation from a noun phrase and its appositive."""
        doc = self.doc
        left = [t for t in doc[head.left_edge.i : head.i + 1] if not t.is_space]
        sent = sentence_of(head)
        paragraph = self.layout.index(head.idx)
        left = [
            t
            for t in left
            if sent.start <= t.i < sent.end and self.layout.index(t.idx) == paragraph
        ]
        if not left:
            return None
        named = head.pos_ == "PROPN" and not head.is_lower
        right = [] if named else _attachments(head, self.layout)
        mention = _bare(left + right) or [head]
        appos = next((c for c in head.children if c.dep_ == "appos"), None)
        found = self._named(left, head) if named else self._described(head, mention)
        if appos is not None:
            found = self._with_appositive(found, appos)
        found.mention = _span(mention)
        return found

    def _named(self, left: list[Token], head: Token) -> Found:
        """A proper-noun phrase: leading affiliation and title words, then the name."""
        tokens = _bare(left)
        cut = max((i + 1 for i, t in enumerate(tokens[:-1]) if self._titled(t)), default=0)
        title, name = tokens[:cut], tokens[cut:]
        lead = 0
        while lead < len(title) and title[lead].ent_type_ in ("NORP", "GPE"):
            lead += 1
        affiliation, title = title[:lead], title[lead:]
        name = [t for t in name if t.dep_ != "poss"] or [head]
        group = head.ent_type_ in GROUP_LABELS
        person = not group and (bool(title) or head.ent_type_ in ("PERSON", ""))
        speaker = Speaker(
            name=_text(self.text, name),
            title=_text(self.text, title) or None,
            affiliation=_text(self.text, affiliation) or None,
        )
        speaker.start, speaker.end = _span(tokens or [head])
        return Found(speaker, _span(tokens or [head]), person)

    def _titled(self, token: Token) -> bool:
        """Whether a word before a name belongs to a title ('Gen.', 'farmer', 'former')."""
        return token.lower_ in self.titles or (token.is_lower and token.pos_ in ("NOUN", "ADJ"))

    def _described(self, head: Token, mention: list[Token]) -> Found:
        """A common-noun phrase ('a general in the coalition'): the phrase names the speaker."""
        title, affiliation = self._role(head)
        person = self._person(head)
        speaker = Speaker(
            name=_text(self.text, mention),
            title=title if person else None,
            affiliation=affiliation,
        )
        speaker.start, speaker.end = _span(mention)
        plural = head.tag_ in ("NNS", "NNPS")
        return Found(speaker, _span(mention), person and not plural)

    def _person(self, noun: Token) -> bool:
        """Whether a common noun names a person by role ('spokesman', 'general', 'official')."""
        lemma = noun.lemma_.lower()
        if noun.ent_type_ in GROUP_LABELS:
            return False
        return lemma in self.titles or lemma in self.people or lemma.endswith(_PERSON_ENDINGS)

    def _role(self, head: Token) -> tuple[str | None, str | None]:
        """Title and affiliation of a role noun: 'the coalition's deputy commander'."""
        owner = next((c for c in head.children if c.dep_ == "poss"), None)
        skip = {t.i for t in owner.subtree} if owner is not None else set()
        title = _bare([t for t in head.lefts if t.i not in skip for t in t.subtree] + [head])
        title = [t for t in title if t.i not in skip]
        affiliation = _bare(list(owner.subtree)) if owner is not None else []
        if not affiliation:
            for prep in head.children:
                if prep.dep_ == "prep" and prep.lower_ in _AFFILIATION_PREPS:
                    obj = next((c for c in prep.children if c.dep_ == "pobj"), None)
                    if obj is not None:
                        affiliation = _bare(list(self.doc[obj.left_edge.i : obj.i + 1]))
                        break
        plural = head.tag_ in ("NNS", "NNPS")
        title_text = None if plural else _text(self.text, title) or None
        return title_text, _text(self.text, affiliation) or None

    def _with_appositive(self, found: Found, appos: Token) -> Found:
        """Take title and affiliation from an appositive role, or the name from a named one."""
        speaker = found.speaker
        if appos.pos_ == "PROPN" and appos.ent_type_ == "PERSON" and not found.person:
            named = self._named(list(self.doc[appos.left_edge.i : appos.i + 1]), appos)
            named.speaker.title = speaker.title
            named.speaker.affiliation = speaker.affiliation
            return named
        title, affiliation = self._role(appos)
        if appos.ent_type_ == "PERSON" or not (title or affiliation):
            return found
        speaker.title = title or speaker.title
        speaker.affiliation = affiliation or speaker.affiliation
        found.person = True
        return found

    def _surname(self, found: Found, at: int) -> Found:
        """A lone surname takes the full name, title and affiliation of its fullest mention."""
        surname = found.speaker.name.lower()
        best: Found | None = None
        for position, earlier in self.history:
            words = earlier.speaker.name.lower().split()
            if position < at and len(words) > 1 and words[-1] == surname:
                best = earlier
        if best is None:
            heads = [p for p in self.persons if p.lower_ == surname and p.i != at]
            heads = sorted(heads, key=lambda p: (p.i > at, abs(p.i - at)))
            for head in heads:
                full = self.describe(head)
                if full is not None and " " in full.speaker.name:
                    best = full
                    break
        if best is None:
            return found
        return Found(replace(best.speaker), found.mention, True)

    def _antecedent(self, pronoun: Token) -> Found | None:
        """The last speaker or person before a pronoun whose known gender does not clash."""
        person = pronoun.lower_ in PERSON_PRONOUNS
        gender = _PRONOUN_GENDER.get(pronoun.lower_)
        candidates: list[tuple[int, Token | Found]] = [
            (p, f) for p, f in self.history if p < pronoun.i and f.person == person
        ]
        if person:
            candidates += [(p.i, p) for p in self.persons if p.i < pronoun.i]
        for _, candidate in sorted(candidates, key=lambda c: c[0], reverse=True)[:_LOOKBACK]:
            found = self._candidate(candidate, person)
            if found is None or (gender and self._gender(found) not in (None, gender)):
                continue
            if gender:
                self.genders[found.speaker.name] = gender
            return found
        return None

    def _candidate(self, candidate: Token | Found, person: bool) -> Found | None:
        if isinstance(candidate, Found):
            return Found(replace(candidate.speaker), candidate.mention, person)
        found = self.describe(candidate)
        if found is not None and " " not in found.speaker.name:
            found = self._surname(found, candidate.i)
        return found

    def _gender(self, found: Found) -> str | None:
        """'m' or 'f' when a title or an earlier pronoun tells, else None."""
        known = self.genders.get(found.speaker.name)
        if known is not None:
            return known
        for word in (found.speaker.title or "").lower().split():
            if word in _TITLE_GENDER:
                return _TITLE_GENDER[word]
            if word.endswith(("woman", "wife", "mother")):
                return "f"
            if word.endswith(("man", "husband", "father")):
                return "m"
        return None

    def _actor(self, found: Found) -> str | None:
        """The id of an actor whose mention overlaps the speaker's, or who shares the surname."""
        speaker = found.speaker
        spans = [found.mention]
        if speaker.start is not None and speaker.end is not None:
            spans.append((speaker.start, speaker.end))
        for actor in self.actors:
            if actor.actor_id and any(actor.start < e and s < actor.end for s, e in spans):
                return actor.actor_id
        surname = speaker.name.split()[-1].lower() if speaker.name else ""
        for actor in self.actors:
            names = f"{actor.name or ''} {actor.text}".lower().split()
            if actor.actor_id and found.person and surname in names:
                return actor.actor_id
        return None
