"""Explicit mentions: named actors, a country's parts ("Iraqi security forces",
"Syria's government", "forces of Iraq"), and countries and capitals acting as actors."""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Doc

from dateline.actors.dictionary import Dictionary
from dateline.actors.located import Locator
from dateline.actors.matcher import Hit
from dateline.actors.mentions import Mention, by_start, first
from dateline.actors.metonymy import acts
from dateline.actors.records import ETHNIC_KIND, STATE_KIND, Entry
from dateline.models import Place
from dateline.parses import named_entities

POSSESSIVE = {"'s", "’s", "'", "’"}
COORDINATION = {",", "and", "&"}
FORCES = {"MIL", "COP"}
VERBS = {"VERB", "AUX"}
NAMES = {"ORG", "FAC", "WORK_OF_ART", "EVENT", "LAW", "PRODUCT"}
# Actors named like places, whose names also open longer names ("the West Bank").
PLACE_LIKE = {STATE_KIND, "bloc"}


class Explicit:
    """Builds the explicit mentions of one doc from its hits."""

    def __init__(self, dictionary: Dictionary, doc: Doc, hits: list[Hit], locator: Locator) -> None:
        """``people``: tokens of PERSON entities, but not of those the dictionary's words
        cover entirely ("Bosnian Serbs", "Mali")."""
        self.dictionary = dictionary
        self.locator = locator
        self.doc = doc
        self.hits = hits
        self.index = by_start(hits)
        entities = named_entities(doc)
        self.entity_of = {i: ent for ent in entities for i in range(ent.start, ent.end)}
        self.named_ends = {
            hit.end for hit in hits if hit.kind == "actor" and self.country(hit) is None
        }
        covered = {i for hit in hits if hit.kind != "title" for i in range(hit.start, hit.end)}
        self.people = {
            i
            for ent in entities
            if ent.label_ == "PERSON"
            and dictionary.named(ent.text) is None
            and not covered.issuperset(range(ent.start, ent.end))
            for i in range(ent.start, ent.end)
        }

    def country(self, hit: Hit) -> str | None:
        """The ISO3 code a demonym or a country's name stands for."""
        if hit.kind == "demonym":
            return hit.value
        if hit.kind == "actor":
            entry = self.dictionary.get(hit.value)
            if entry is not None and entry.kind == STATE_KIND:
                return entry.country
        return None

    def role_after(self, at: int) -> tuple[Hit, str] | None:
        """The role noun or title that heads the words from token ``at`` on, past modifiers
        and title words ("pro-government forces", "Vice Foreign Minister"), and its code."""
        words = self.dictionary.lexicon.title_words
        best: Hit | None = None
        while at < len(self.doc):
            for hit in self.index.get(at, ()):
                if hit.kind not in ("role", "title") or self.doc[hit.end - 1].pos_ in VERBS:
                    continue
                if best is None or hit.end > best.end:
                    best = hit
            modifier = first(self.index, at, "modifier")
            if modifier is not None:
                at = modifier.end
            elif self.doc[at].lower_ in words or (best is not None and best.start == at):
                at += 1
            else:
                break
        if best is None or (
            best.kind == "title"
            and (best.value not in self.dictionary.role_codes or best.end in self.people)
        ):
            return None
        return best, best.value

    def _chain_end(self, hit: Hit) -> int:
        """The end of a coordination of countries ("Hungarian and Romanian") from ``hit``."""
        end = hit.end
        while end < len(self.doc) and self.doc[end].lower_ in COORDINATION:
            after = end + 1
            if after < len(self.doc) and self.doc[after].lower_ == "and":
                after += 1
            nxt = first(self.index, after, "demonym", "actor")
            if nxt is None or self.country(nxt) is None:
                break
            end = nxt.end
        return end

    def part(self, hit: Hit, iso3: str) -> Mention | None:
        """A country's part named by a role after the country's name or demonym."""
        at = hit.end
        if at < len(self.doc) and self.doc[at].text in POSSESSIVE and hit.kind == "actor":
            at += 1
        elif [t.lower_ for t in self.doc[at : at + 2]] == ["-", "led"]:
            at += 2
        own = self.role_after(at)
        chained = own or self.role_after(self._chain_end(hit))
        if chained is None:
            return None
        role, code = chained
        end = role.end if own else hit.end
        if self.ethnic(hit):
            return self.located(hit, end, code)
        entry = self.dictionary.role(iso3, code)
        if entry is None:
            return None
        return Mention(hit.start, end, entry, f"pattern: country + {code} role")

    def ethnic(self, hit: Hit) -> bool:
        """Whether a demonym names a people ("ethnic Albanian") rather than a country."""
        return hit.start > 0 and self.doc[hit.start - 1].lower_ in self.dictionary.lexicon.ethnic

    def located(self, hit: Hit, end: int, code: str) -> Mention | None:
        """A people's part (from the word "ethnic" to ``end``) in the country it is located
        in ("ethnic Albanians in Serbia"), else the role's countryless actor."""
        iso3 = self.locator.country(end)
        entry = self.dictionary.role(iso3, code) or self.dictionary.get(code)
        why = "people named by ethnicity, " + ("located in a country" if iso3 else "no country")
        return Mention(hit.start - 1, end, entry, why) if entry is not None else None

    def part_of(self, role: Hit) -> Mention | None:
        """ "forces of Iraq", "the government of Syria", "mediators from Qatar"."""
        at = role.end
        if at >= len(self.doc) or self.doc[at].lower_ not in ("of", "from"):
            return None
        country = first(self.index, at + 1, "actor")
        iso3 = self.country(country) if country else None
        entry = self.dictionary.role(iso3, role.value)
        if country is None or entry is None:
            return None
        return Mention(role.start, country.end, entry, f"pattern: {role.value} role of country")

    def named(self, hit: Hit, entry: Entry) -> Mention:
        """A named actor, stretched over a following role noun ("IS fighters", "Pentagon
        spokesman"); a named government followed by forces is those forces ("Syrian regime
        forces")."""
        after = self.role_after(hit.end)
        if after is None or after[0].kind == "title":
            return Mention(hit.start, hit.end, entry, "dictionary")
        role, code = after
        if self.dictionary.is_part(entry.id) and entry.sector == "GOV" and code in FORCES:
            part = self.dictionary.role(entry.country, code)
            if part is not None:
                return Mention(hit.start, role.end, part, f"pattern: named part + {code} role")
        return Mention(hit.start, role.end, entry, "dictionary")

    def candidates(self, places: list[Place]) -> list[Mention]:
        """Every explicit mention candidate, overlapping ones included."""
        found: list[Mention | None] = []
        for hit in self.hits:
            if hit.kind == "role":
                found.append(self.part_of(hit))
            elif hit.kind == "capital":
                found.append(self.capital(hit, places))
            elif hit.kind in ("actor", "demonym"):
                found.append(self.explicit(hit))
            elif hit.kind == "people":
                found.append(self.nationals(hit))
        found.extend(self.governments(places))
        return [mention for mention in found if mention is not None]

    def nationals(self, hit: Hit) -> Mention | None:
        """ "Palestinians", "three Iraqis": a country's civilians (not "Chinese-made"); "the
        Albanians of Serbia" are Serbia's."""
        last = self.doc[hit.end - 1]
        if self.people & set(range(hit.start, hit.end)) or last.dep_ in ("amod", "compound"):
            return None
        if hit.end < len(self.doc) and self.doc[hit.end].text == "-":
            return None
        if self.ethnic(hit):
            return self.located(hit, hit.end, "CVL")
        of = self.locator.country(hit.end, self.dictionary.lexicon.belonging)
        entry = self.dictionary.role(of or hit.value, "CVL")
        why = "people of a place" if of else "nationals of a country"
        return Mention(hit.start, hit.end, entry, why) if entry else None

    def _inside_name(self, hit: Hit) -> bool:
        """Whether the NER sees the hit as part of a longer name ("Amnesty International
        Kenya", "the West Bank")."""
        doc = self.doc
        if hit.end < len(doc) and doc[hit.end].ent_iob_ == "I":
            return True
        ent = self.entity_of.get(hit.start)
        if ent is None or ent.label_ not in NAMES:
            return False
        return any(token.dep_ != "det" for token in doc[ent.start : hit.start])

    def explicit(self, hit: Hit) -> Mention | None:
        """A named actor, a country's part, or a country acting as an actor; none when the
        name is the start of a longer one ("the West" in "the West Bank")."""
        entry = self.dictionary.get(hit.value) if hit.kind == "actor" else None
        if entry is not None and entry.kind in PLACE_LIKE and self._inside_name(hit):
            return None
        iso3 = self.country(hit)
        if iso3 is None:
            entry = self.dictionary.get(hit.value)
            return self.named(hit, entry) if entry is not None else None
        if self.people & set(range(hit.start, hit.end)):
            return None
        part = self.part(hit, iso3) or self.people_in(hit, iso3)
        if part is not None:
            return part
        if hit.start in self.named_ends or self.ethnic(hit):
            return None  # "Amnesty International Kenya", "ethnic Albanian"
        if hit.kind == "actor" and acts(self.doc[hit.start : hit.end]):
            state = self.dictionary.get(hit.value)
            return Mention(hit.start, hit.end, state, "country acting as actor")
        return None

    def people_in(self, hit: Hit, iso3: str) -> Mention | None:
        """A people named with a country ("Iraqi Kurds"): that people, in that country."""
        after = first(self.index, hit.end, "actor")
        entry = self.dictionary.get(after.value) if after is not None else None
        if entry is None or entry.kind != ETHNIC_KIND or entry.country not in (None, iso3):
            return None
        located = replace(entry, country=iso3)
        return Mention(hit.start, after.end, located, "pattern: country + people")

    def capital(self, hit: Hit, places: list[Place]) -> Mention | None:
        """A capital standing for its government ("a dispute between Baghdad and ..."), or a
        part of its state named after it ("the Khartoum government"). Where the places
        stage resolved the name, its ``government`` flag decides, unless the name is the
        subject of a verb."""
        part = self.part(hit, hit.value)
        if part is not None:
            return part
        span = self.doc[hit.start : hit.end]
        covering = [p for p in places if p.start < span.end_char and span.start_char < p.end]
        government = any(p.government for p in covering) or acts(span, subject_only=bool(covering))
        entry = self.dictionary.role(hit.value, "GOV")
        if not government or entry is None:
            return None
        return Mention(hit.start, hit.end, entry, "capital standing for its government")

    def governments(self, places: list[Place]) -> list[Mention]:
        """Places the places stage marked as standing for a government."""
        found = []
        for place in places:
            iso3 = self.dictionary.iso3_of.get(place.country_code or "")
            entry = self.dictionary.role(iso3, "GOV")
            span = self.doc.char_span(place.start, place.end, alignment_mode="expand")
            if place.government and entry is not None and span is not None:
                found.append(
                    Mention(span.start, span.end, entry, "place standing for its government")
                )
        return found
