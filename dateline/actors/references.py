"""Mentions that name no one by themselves: generic references ("the extremists",
"the coalition") resolved back to an earlier actor, roles behind a possessive pronoun
("its forces"), forces named after a people ("Kurdish forces"), and bare state roles
("the army", "the central government") given the country the article is talking about."""

from __future__ import annotations

from bisect import insort
from collections import Counter

from spacy.tokens import Doc

from dateline.actors.dictionary import Dictionary
from dateline.actors.located import Locator
from dateline.actors.matcher import Hit
from dateline.actors.mentions import Mention, by_start, first
from dateline.actors.records import STATE_KIND, Entry
from dateline.models import Place
from dateline.parses import sentences

DETERMINERS = {"the", "these", "those", "this", "that"}
POSSESSIVE_PRONOUNS = {"its", "their"}
PERSON_KIND = "person"


class References:
    """Resolves the generic and bare mentions of one doc against its explicit ones."""

    def __init__(self, dictionary: Dictionary, doc: Doc, hits: list[Hit], locator: Locator) -> None:
        self.dictionary = dictionary
        self.locator = locator
        self.doc = doc
        self.hits = hits
        self.modifier_ends = {hit.end: hit.start for hit in hits if hit.kind == "modifier"}
        self.modifier_starts = {hit.start: hit.end for hit in hits if hit.kind == "modifier"}
        self.index = by_start(hits)
        self.references: dict[tuple[int, int], list[Hit]] = {}
        for hit in hits:
            if hit.kind == "reference":
                self.references.setdefault((hit.start, hit.end), []).append(hit)
        self.named_countries = {
            doc[hit.start].idx: iso3 for hit in hits if (iso3 := self._country_of(hit))
        }
        self.sentence = {}
        for number, sent in enumerate(sentences(doc)):
            for i in range(sent.start, sent.end):
                self.sentence[i] = number

    def _opening(self, start: int) -> int | None:
        """The determiner's token before a noun and its modifiers, or None."""
        at = start
        while True:
            if at in self.modifier_ends:
                at = self.modifier_ends[at]
            elif at > 0 and self.doc[at - 1].pos_ == "ADJ":
                at -= 1
            else:
                break
        if at > 0 and self.doc[at - 1].lower_ in DETERMINERS:
            return at - 1
        return None

    def generic(self, hit: Hit, known: list[Mention]) -> Mention | None:
        """ "the extremists" -> the nearest earlier actor it can refer to (a noun in several
        reference classes, like "group", may refer to an actor of any of them)."""
        opening = self._opening(hit.start)
        if opening is None:
            return None
        classes = self.dictionary.lexicon.references
        fitting = [classes[int(h.value)] for h in self.references[hit.start, hit.end]]
        window = self.dictionary.lexicon.window
        here = self.sentence[hit.start]
        for mention in reversed(known):
            if mention.end > opening or here - self.sentence[mention.start] > window:
                continue
            if mention.entry.kind == PERSON_KIND:
                continue
            if any(reference.fits(mention.entry) for reference in fitting):
                return Mention(opening, hit.end, mention.entry, "refers back to an earlier actor")
        return None

    def community(self, hit: Hit, known: list[Mention], places: list[Place]) -> Mention | None:
        """ "Kurdish forces" -> the SDF in an article on Syria, the peshmerga in Iraq."""
        at = hit.end
        while at in self.modifier_starts:
            at = self.modifier_starts[at]
        role = first(self.index, at, "role", "bare")
        if role is None:
            return None
        community = self.dictionary.lexicon.communities[int(hit.value)]
        country = self.focus(known, places, hit.start)
        entry = self.dictionary.get(community.roles.get(role.value, {}).get(country or ""))
        if entry is None:
            return None
        return Mention(hit.start, role.end, entry, "named after a people, in the article's country")

    def possessed(self, hit: Hit, known: list[Mention]) -> Mention | None:
        """ "its forces", "their fighters": the role of the actor just talked about."""
        start = hit.start
        while start in self.modifier_ends:
            start = self.modifier_ends[start]
        if start == 0 or self.doc[start - 1].lower_ not in POSSESSIVE_PRONOUNS:
            return None
        here = self.sentence[start]
        antecedent = next(
            (
                m
                for m in reversed(known)
                if m.end < start
                and m.entry.kind != PERSON_KIND
                and here - self.sentence[m.start] <= 1
            ),
            None,
        )
        if antecedent is None:
            return None
        entry = antecedent.entry
        if self._is_state(entry):
            entry = self.dictionary.role(entry.country, hit.value) or entry
        return Mention(start - 1, hit.end, entry, "role of the actor just mentioned")

    def _is_state(self, entry: Entry) -> bool:
        return entry.kind == STATE_KIND or self.dictionary.is_part(entry.id)

    def focus(self, known: list[Mention], places: list[Place], before: int) -> str | None:
        """The country of an earlier state mention in the same sentence, else the country
        the article names most often (by name, demonym, capital, mention or place)."""
        here = self.sentence[before]
        for mention in reversed(known):
            if mention.start >= before or self.sentence[mention.start] != here:
                continue
            if self._is_state(mention.entry):
                return mention.entry.country
        counts = self.evidence(known, places)
        return counts.most_common(1)[0][0] if counts else None

    def evidence(self, known: list[Mention], places: list[Place]) -> Counter[str]:
        """How often the article names each country (by name, demonym, capital, state
        mention or place), each place in the text counted once."""
        named = dict(self.named_countries)
        for m in known:
            if self._is_state(m.entry) and m.entry.country:
                named.setdefault(self.doc[m.start].idx, m.entry.country)
        for place in places:
            iso3 = self.dictionary.iso3_of.get(place.country_code or "")
            if iso3 is not None:
                named.setdefault(place.start, iso3)
        return Counter(named.values())

    def home(self, known: list[Mention], places: list[Place]) -> str | None:
        """The country the article is clearly about: named at least three times and in at
        least 60% of its mentions of countries."""
        counts = self.evidence(known, places)
        if not counts:
            return None
        iso3, count = counts.most_common(1)[0]
        return iso3 if count >= 3 and count >= 0.6 * sum(counts.values()) else None

    def _country_of(self, hit: Hit) -> str | None:
        if hit.kind in ("demonym", "capital"):
            return hit.value
        entry = self.dictionary.get(hit.value) if hit.kind == "actor" else None
        return entry.country if entry is not None and entry.kind == STATE_KIND else None

    def bare(self, hit: Hit, known: list[Mention], places: list[Place]) -> Mention | None:
        """ "the army", "security forces" -> that part of the country they are located in
        ("security forces in Guinea"), else of the article's country (or of no country when
        the article names none)."""
        start = hit.start
        while start in self.modifier_ends:
            start = self.modifier_ends[start]
        if start > 0 and self.doc[start - 1].text == "-" and not self.doc[start - 1].whitespace_:
            return None  # "anti-government"
        if self.doc[hit.end - 1].dep_ in ("compound", "amod"):
            return None
        entry = self.dictionary.role(self.locator.country(hit.end), hit.value)
        why = "role located in a country"
        if entry is None:
            entry = self.dictionary.role(self.focus(known, places, start), hit.value)
            why = "role in the article's country"
        if entry is None:
            entry, why = self.dictionary.get(hit.value), "role, no country named"
        if entry is None:
            return None
        opening = self._opening(hit.start)
        return Mention(opening if opening is not None else start, hit.end, entry, why)

    def resolve(self, known: list[Mention], places: list[Place]) -> list[Mention]:
        """Generic and bare mentions on tokens no explicit mention has taken."""
        found: list[Mention] = []
        so_far = sorted(known, key=lambda m: m.start)
        taken = {i for m in known for i in range(m.start, m.end)}
        order = {"community": 0, "role": 1, "reference": 2, "bare": 3}
        for hit in sorted(self.hits, key=lambda h: (h.start, -h.end, order.get(h.kind, 4))):
            if hit.kind not in order:
                continue
            if not taken.isdisjoint(range(hit.start, hit.end)):
                continue
            if hit.kind == "community":
                mention = self.community(hit, so_far, places)
            elif hit.kind != "reference":
                mention = self.possessed(hit, so_far)
            else:
                mention = None
            if mention is None and hit.kind == "reference":
                mention = self.generic(hit, so_far)
            elif mention is None and hit.kind == "bare":
                mention = self.bare(hit, so_far, places)
            if mention is not None and taken.isdisjoint(range(mention.start, mention.end)):
                found.append(mention)
                insort(so_far, mention, key=lambda m: m.start)
                taken.update(range(mention.start, mention.end))
        return found
