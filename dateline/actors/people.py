"""People as actors: a name with its title ("Brigadier General Robert Sofge"), the
country or group before it ("Iranian Foreign Minister ...", "the coalition's ...")
or in an appositive after it (", the coalition's Deputy Commanding General,"), and
later mentions of the same person by surname."""

from __future__ import annotations

import re
from dataclasses import dataclass

from spacy.attrs import ORTH
from spacy.tokens import Doc, Span

from dateline.actors.dictionary import Dictionary
from dateline.actors.matcher import Hit
from dateline.actors.mentions import Mention, claimed
from dateline.actors.records import STATE_KIND, Entry
from dateline.geo.curated import words
from dateline.models import Place
from dateline.parses import named_entities, sentence_of

PERSON_KIND = "person"
APPOSITIVE_STOPS = {",", ".", ";", ":", ")", "(", '"', "“", "”", "'", "‘", "’", "--", "—"}
APPOSITIVE_LENGTH = 16
CONNECTORS = {"'s", "’s", "new", "former", "then", "acting", "top", "senior", "the"}
# Sectors in which a person acts for their group, whatever their title says.
GROUP_SECTORS = {"REB", "CRM", "PTY", "OPP", "NGO", "IGO", "MED", "REL"}
NAMELESS_DETERMINERS = {"a", "an", "the", "one", "another"}
# Sectors of titles that make an unaffiliated person an official of the article's country.
HOME_SECTORS = {"GOV", "MIL", "COP", "JUD", "LEG", "OPP"}
MEMBERSHIP = {"in", "of", "from", "with", "at", "for"}
# Arabic articles that open place names the NER may take for people ("Al-Qaim").
ARTICLES = {"al", "el", "ad", "an", "ar", "as", "az", "ash", "at"}
# Last words of street names the NER may take for people ("Reith Road"): geo's list, and
# "Dr", which geo leaves out (there it would take a doctor's title for a street) but which
# at the end of a name can only be a drive.
STREET_WORDS = frozenset(w.rstrip(".") for w in words("words.yaml")["street_words"]) | {"dr"}


@dataclass(slots=True)
class Person:
    """What is known of one person in the article."""

    entry: Entry
    role: str | None
    surname: str


def slug(name: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", name.casefold()).strip("-")


class People:
    """Finds the people of one doc, given the other mentions already found."""

    def __init__(
        self, dictionary: Dictionary, doc: Doc, hits: list[Hit], home: str | None = None
    ) -> None:
        """``home``: the country the article is clearly about, if any; titled officials
        with no other country belong to it."""
        self.dictionary = dictionary
        self.home = home
        self.doc = doc
        self.titles = {
            hit.end: hit
            for hit in sorted(hits, key=lambda h: h.end - h.start)
            if hit.kind == "title"
        }
        self.title_starts = {hit.start: hit for hit in hits if hit.kind == "title"}
        self.words = dictionary.lexicon.title_words
        self.countries = {
            hit.end: hit for hit in hits if hit.kind == "demonym" or self._state(hit) is not None
        }
        self.country_starts = {hit.start: hit for hit in self.countries.values()}
        self.known: dict[str, Person] = {}

    def _state(self, hit: Hit) -> str | None:
        """The ISO3 code of a hit naming a state ("Lebanon"), else None."""
        entry = self.dictionary.get(hit.value) if hit.kind == "actor" else None
        return entry.country if entry is not None and entry.kind == STATE_KIND else None

    def _name(self, ent: Span) -> tuple[int, int]:
        """The name's tokens in a PERSON entity, leading countries ("Jordanian"), titles
        and trailing 's aside."""
        start, end = ent.start, ent.end
        while start < end - 1:
            if start in self.title_starts:
                start = self.title_starts[start].end
            elif start in self.country_starts:
                start = self.country_starts[start].end
            elif self.doc[start].lower_ in self.words:
                start += 1
            else:
                break
        if end - start > 1 and self.doc[end - 1].text in ("'s", "’s"):
            end -= 1
        return start, end

    def _title(self, name_start: int) -> tuple[int, str | None]:
        """Where the title before a name starts, and its sector (None without a title)."""
        at, sector = name_start, None
        while at in self.titles or (
            at > 0 and self.doc[at - 1].lower_ in self.words and self.doc[at - 1].text[:1].isupper()
        ):
            if at in self.titles:
                hit = self.titles[at]
                sector = sector or hit.value
                at = hit.start
            else:
                at -= 1
        return at, sector

    def _before(self, at: int, sector: str, mentions: list[Mention]) -> Mention | None:
        """The group or country just before the title ("the coalition's", "Iranian",
        "Lebanon's new", "Iran's religious"); a country stands for its part that the
        title's sector names."""
        ends = {m.end: m for m in mentions if m.entry.kind != PERSON_KIND}
        while at not in ends and at not in self.countries and at > 0:
            previous = self.doc[at - 1]
            if previous.lower_ not in CONNECTORS and previous.pos_ != "ADJ":
                break
            at -= 1
        if at in ends:
            return ends[at]
        hit = self.countries.get(at)
        if hit is None:
            return None
        iso3 = hit.value if hit.kind == "demonym" else self._state(hit)
        entry = self.dictionary.role(iso3, sector) or self.dictionary.get(iso3)
        return Mention(hit.start, hit.end, entry, "country before a title") if entry else None

    def _appositive(self, end: int, mentions: list[Mention]) -> tuple[Mention | None, Hit | None]:
        """The group and title in ", the coalition's deputy air force commander,"."""
        doc = self.doc
        if (
            end >= len(doc)
            or doc[end].text != ","
            or sentence_of(doc[end]) != sentence_of(doc[end - 1])
        ):
            return None, None
        stop = end + 1
        limit = min(len(doc), end + 1 + APPOSITIVE_LENGTH, sentence_of(doc[end]).end)
        while stop < limit and doc[stop].text not in APPOSITIVE_STOPS and doc[stop].pos_ != "VERB":
            stop += 1
        group = next(
            (
                m
                for m in mentions
                if end < m.start and m.end <= stop and m.entry.kind != PERSON_KIND
            ),
            None,
        )
        title = next(
            (
                self.titles[i]
                for i in range(stop, end, -1)
                if i in self.titles and self.titles[i].start > end
            ),
            None,
        )
        return group, title

    def _entry(self, name: str, group: Entry | None, sector: str | None) -> Entry:
        """The person's canonical actor: the dictionary's, or one made from the context."""
        known = self.dictionary.named(name) or self.dictionary.named(name.split()[-1])
        if known is not None and known.kind == PERSON_KIND:
            return known
        if group is not None and (
            group.kind != STATE_KIND and not self.dictionary.is_part(group.id)
        ):
            sector = group.sector if group.sector in GROUP_SECTORS or sector is None else sector
        elif group is not None:
            sector = sector or group.sector
        return Entry(
            id=f"person:{slug(name)}",
            name=name,
            country=group.country if group else None,
            sector=sector,
            kind=PERSON_KIND,
            affiliation=group.id if group else None,
        )

    def _not_a_person(self, name: str) -> bool:
        """Whether the NER's "person" is a dictionary actor of another kind ("Mali")."""
        entry = self.dictionary.named(name)
        return entry is not None and entry.kind != PERSON_KIND

    def _place(self, start: int, end: int, places: list[Place]) -> bool:
        """Whether an untitled name is a place the NER took for a person ("Al-Qaim",
        "Reith Road")."""
        span = self.doc[start:end]
        if any(p.start < span.end_char and span.start_char < p.end for p in places):
            return True
        if end - start > 1 and span[-1].lower_.rstrip(".") in STREET_WORDS:
            return True
        return end - start > 2 and span[0].lower_ in ARTICLES and span[1].text == "-"

    def person(self, ent: Span, mentions: list[Mention], places: list[Place]) -> Mention | None:
        """The mention of a PERSON entity, with its title and group."""
        start, end = self._name(ent)
        name = self.doc[start:end].text
        if not any(c.isalpha() for c in name) or self._not_a_person(name):
            return None
        previous = self.known.get(slug(name))
        title_start, sector = self._title(start)
        before = self._before(title_start, sector, mentions) if sector else None
        group_after, title_after = self._appositive(ent.end, mentions)
        if sector is None and title_after is not None:
            sector = title_after.value
        apposed = None
        if before is None and group_after is None:
            apposed = self._apposed_to(title_start, start, end, mentions)
        if apposed is not None:
            sector = sector or apposed.entry.sector
        group = before or group_after or apposed or self._at_home(sector)
        if previous is not None and sector is None and group is None:
            entry, role = previous.entry, previous.role
            why = "person met earlier"
        elif (
            sector is None and group is None and end - start < 2 and not self.dictionary.named(name)
        ) or self._place(start, end, places):
            return None
        else:
            entry = self._entry(name, group.entry if group else None, sector)
            role = self._role(title_start, start, title_after)
            if apposed is not None and role is None:
                role = self.doc[apposed.start : apposed.end].text
            self.known[slug(name)] = Person(entry, role, self.doc[end - 1].text)
            self.known.setdefault(slug(self.doc[end - 1].text), self.known[slug(name)])
            why = "person with title" if role else "person"
        first = before.start if before else title_start
        return Mention(first, end, entry, why, role=role, affiliation=entry.affiliation)

    def _apposed_to(
        self, title_start: int, start: int, end: int, mentions: list[Mention]
    ) -> Mention | None:
        """The office a name stands beside after a comma ("Kenya's foreign minister, Amina
        Mohamed,"): a non-person mention the name is in apposition to."""
        if title_start < 1 or self.doc[title_start - 1].text != ",":
            return None
        comma = title_start - 1
        office = next((m for m in mentions if m.end == comma and m.entry.kind != PERSON_KIND), None)
        if office is None or office.entry.sector is None:
            return None
        name = self.doc[start:end]
        if not any(t.dep_ == "appos" and office.start <= t.head.i < office.end for t in name):
            return None
        return office

    def _at_home(self, sector: str | None) -> Mention | None:
        """The article's country's part for an official with no stated country."""
        entry = self.dictionary.role(self.home, sector) if sector in HOME_SECTORS else None
        return Mention(0, 0, entry, "the article's country") if entry else None

    def _role(self, title_start: int, name_start: int, after: Hit | None) -> str | None:
        if title_start < name_start:
            return self.doc[title_start:name_start].text
        if after is not None:
            return self.doc[after.start : after.end].text
        return None

    def find(self, mentions: list[Mention], places: list[Place]) -> list[Mention]:
        """Every person mention: named people, then later surnames of the same people."""
        found: list[Mention] = []
        for ent in named_entities(self.doc):
            if ent.label_ != "PERSON":
                continue
            mention = self.person(ent, mentions, places)
            if mention is not None and not claimed(found, mention.start, mention.end):
                found.append(mention)
        found += self.nameless([*mentions, *found])
        return found + self.surnames([*mentions, *found])

    def nameless(self, taken: list[Mention]) -> list[Mention]:
        """ "a general in the US-led coalition", "the leader of Hezbollah": an unnamed
        member of a group, coded as that group with the title as role."""
        doc, found = self.doc, []
        for title in self.title_starts.values():
            start = title.start
            while start > 0 and doc[start - 1].pos_ == "ADJ":
                start -= 1
            if start == 0 or doc[start - 1].lower_ not in NAMELESS_DETERMINERS:
                continue
            if title.end >= len(doc) or doc[title.end].lower_ not in MEMBERSHIP:
                continue
            group = next(
                (
                    m
                    for m in taken
                    if title.end < m.start <= title.end + 3 and m.entry.kind != PERSON_KIND
                ),
                None,
            )
            if group is None or claimed([*taken, *found], start - 1, title.end):
                continue
            role = doc[title.start : title.end].text
            found.append(Mention(start - 1, title.end, group.entry, "member of a group", role=role))
        return found

    def surnames(self, taken: list[Mention]) -> list[Mention]:
        """Later bare surnames ("Sofge said") of people already met."""
        strings = self.doc.vocab.strings
        by_surname = {
            strings.add(p.surname): p
            for p in self.known.values()
            if p.entry.kind == PERSON_KIND and p.surname[:1].isupper()
        }
        first_seen = {m.entry.id: m.start for m in sorted(taken, key=lambda m: -m.start)}
        busy = {i for m in taken for i in range(m.start, m.end)}
        found = []
        for i, orth in enumerate(self.doc.to_array(ORTH).tolist()):
            person = by_surname.get(orth)
            if person is None or i in busy:
                continue
            if i < first_seen.get(person.entry.id, len(self.doc)):
                continue
            busy.add(i)
            found.append(
                Mention(
                    i,
                    i + 1,
                    person.entry,
                    "surname of a person met earlier",
                    role=person.role,
                    affiliation=person.entry.affiliation,
                )
            )
        return found
