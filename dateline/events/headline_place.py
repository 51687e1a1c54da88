"""The town a headline ties to the story's lead happening ("Teen shot in Pine Bluff",
"Quadruple homicide in Waynesville", "1 dead at Detroit block party"): where the
text names that town too and the lead's own place lies far from it (a suspect's home
town, the airport of an arrest, where the story was filed), the lead takes the town.
The headline is not parsed: its words are read, and only a name the text gives as a
place counts, so the place keeps its span in the text."""

from __future__ import annotations

from typing import Any

from dateline.events.anchors import AREAS
from dateline.geo.coherence import km
from dateline.geo.names import key
from dateline.geo.recognise import headline_words
from dateline.models import Event, Place

_LONGEST = 3


def _capitalised(word: str) -> bool:
    return word[:1].isupper()


def _name_key(words: list[str]) -> str:
    """A name's key, "Co." read as "County" ("Choctaw Co." is "Choctaw County")."""
    parts = [w.rstrip(".") for w in words]
    if len(parts) > 1 and parts[-1].lower() == "co":
        parts[-1] = "County"
    return key(" ".join(parts))


def tied_names(title: str | None, rules: dict[str, Any]) -> list[str]:
    """Keys of the headline's names after a locative word that a happening's or harm's
    word precedes ("shooting in Pine Bluff", "4 shot dead in Clarksburg", not "arrested
    in Detroit"), longest first at each word; a name before a happening's word ("Albany
    mass shooting") is not read."""
    words = headline_words(title)
    lowered = [w.lower() for w in words]
    locatives, harmed = set(rules["locatives"]), set(rules["harms"])
    out = []
    for i in range(2, len(words)):
        if lowered[i - 1] not in locatives or lowered[i - 2] not in harmed:
            continue
        for n in range(_LONGEST, 0, -1):
            part = words[i : i + n]
            if len(part) == n and all(map(_capitalised, part)):
                out.append(_name_key(part))
    return out


def _town(found: Place) -> bool:
    """A place finer than a county, state or country, with a point and a span."""
    code = found.feature_code or ""
    return found.lat is not None and found.end > found.start and not code.startswith(AREAS)


def headline_town(title: str | None, places: list[Place], rules: dict[str, Any]) -> Place | None:
    """The first text mention, in text order, of the first name the headline ties to a
    happening that the text gives as a town (see ``_town``)."""
    towns = [p for p in sorted(places, key=lambda p: p.start) if _town(p)]
    for name in tied_names(title, rules):
        for found in towns:
            if _name_key(found.text.split()) == name:
                return found
    return None


def settle(lead: Event, title: str | None, places: list[Place], table: dict[str, Any]) -> None:
    """Give the lead, of a type that carries harms (``carriers`` of the quantities
    ``table``), the town its headline ties to it when it has no place or one farther
    than the headline rules' ``km`` from it (an ontology without those rules moves none)."""
    rules = table.get("headline", {}).get("places")
    if not rules or lead.type not in table.get("carriers", ()):
        return
    town = headline_town(title, places, rules)
    if town is None:
        return
    own = lead.place
    near = own is not None and own.lat is not None
    if near and km(own.lat, own.lon, town.lat, town.lon) <= float(rules["km"]):
        return
    lead.place = town
    lead.evidence["place"] = [town.start, town.end]
    lead.why += f"; place: the headline's '{town.text}', where the lead happened"
