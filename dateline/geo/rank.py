"""Resolution: each mention's gazetteer candidates ranked with a careful reader's evidence.

Evidence: how well the name matches, population and feature class, the type word
beside the name ("Kirkuk province", "the Euphrates river"), the article's focus
countries (countries named, demonyms, the other names' current readings), the country
of the article's outlet, the spatial coherence of the places named together (with
every plausible reading of the others, ``dateline.geo.coherence``), and explicit
containment ("Hawija, in Kirkuk province", "Springfield, Illinois"). A mention with
no candidate stays unresolved without touching the others.
"""

from __future__ import annotations

import math
import re
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass

import numpy as np

from dateline.geo import context, curated
from dateline.geo.coherence import NEAR_KM, Coherence, contained, haversine
from dateline.geo.gazetteer import Candidate, Gazetteer
from dateline.geo.localities import read_localities
from dateline.geo.names import gentilic_stems, key
from dateline.geo.recognise import (
    AREA_HINTS,
    STREET,
    TYPE_WORDS,
    Mention,
    is_street,
    is_town_part,
)

MAX_CANDIDATES = 40
_CONTINENTS = {
    key(adjective): key(name)
    for adjective, name in curated.words("words.yaml")["continent_adjectives"].items()
}
_PEOPLES = {
    key(row["people"]): [key(place) for place in curated.alternates(row, "places")]
    for row in curated.rows("peoples.tsv")
}
"""A people's or region's adjective and the places it names ("Basque": the Basque Country)."""
AREAS_AND_TOWNS = ("A", "P")
OPEN_WATER = ("OCN", "SEA")
OUTLET = "OUTLET"
"""The label of a home town the outlet spells, a name the article's text does not show."""
_DATELINE = re.compile(r"^(?:,[^\n(]{0,40})?\s*(?:\(|\u2014|\u2013|-{1,2}\s)")
_BARE_DATELINE = re.compile(r"^[ \t]+[A-Z][a-z]")
"""What follows an upper-case dateline place with no mark after it ("WASHINGTON Barack ...")."""

FEATURE_PRIOR = {"PCLI": 1.2, "CONT": 0.9, "ADM1": 0.75, "PPLC": 0.9, "ADM2": 0.25}
CLASS_PRIOR = {"H": 0.4, "L": 0.4, "T": 0.4, "A": 0.2, "P": 0.0}
HINTS = {
    "admin1": {"ADM1"},
    "admin2": {"ADM2", "ADM1"},
    "water": {"STM", "LK", "SEA", "OCN", "GULF", "BAY", "LKS", "SD"},
    "valley": {"VAL", "STM"},
    "terrain": {"DSRT", "MTS", "MT", "PLAT", "PLN"},
    "populated": {"PPL", "PPLC", "PPLA", "PPLA2", "PPLX", "PPLL"},
}
# Weights of the evidence, set by hand and by small grid searches on the development
# corpora (LGL, TR-News, GeoVirus; see benchmarks/geo.py and docs/benchmarks.md).
# "shadowed": an administrative area named like a town inside it, with no type word
# asking for the area ("Baghdad", "Deir ez-Zor" mean the cities).
W_NAME = {"main": 0.5, "alternate": 0.2, "skeleton": 0.0, "shadowed": -1.5}
W_POP = 0.8
W_HINT = 1.5
W_FOCUS = 1.5
W_NEAR = 2.5
W_CONTAIN = 2.0
W_ADMIN = 0.8
W_RELATIVE = 0.5
W_HOME_COUNTRY = 1.5
W_DEMONYM = 1.5
W_HOME_AREA = 0.5
SMALL = 20_000
LOCAL_TOWN = 100_000
"""In a local outlet's story, a town smaller than this needs the state of another name."""
LOCAL_COUNTY = 1_000_000
"""In a local outlet's story, a county of its country smaller than this needs the state of
another name ("Marion County" in a Tyler, Texas, story is the Texas county, not Oregon's)."""
ABROAD = 1_000_000
"""In a local outlet's story, a town abroad smaller than this needs another name in its
country."""
REACH_KM = 60.0
"""A town this near the outlet's home town is of its story's area across a state line."""
COUNTY_REACH_KM = 100.0
"""A county whose point lies this near the outlet's home town is of its story's area."""
CAPITAL_FULL = 100_000
"""A capital's standing counts in full from this many people and fades to nothing at a
hundredth of it: Bermuda's Hamilton (900 people) is no reason to leave Ontario's."""
ISOLATED_KM = 400.0
CLUSTER = 3
MIN_LIST = 3
_JOINED = re.compile(r",(?:\s+the)?|,?\s*(?:and|or)(?:\s+the)?", re.IGNORECASE)
"""What joins the names of a list: a comma, a closing "and" or "or" (and a "the")."""
_WORD = re.compile(r"\s+(\w+)")
_POSTAL = re.compile(r",\s*([A-Z]{2})\b(?![.\w-])")
"""A US postal code written after a town's name ("Felton, MN")."""
_CLOSING = re.compile(r"\b(?:and|or)\b", re.IGNORECASE)
STATES_NAMED = frozenset({"US"})
"""Countries whose towns and counties share their names across states so often that a
story with no outlet or dateline is read in the one state its other names are in (a
Swedish story's Oskarshamn stays, though its other towns lie in Uppsala county)."""
LOCAL_CODES = frozenset({"PPL", "PPLA", "PPLA2", "PPLC", "PPLX", "PPLL", "ADM2"})
"""Towns smaller than this need the article to be about their country (``_anchored``)."""
# How far behind its name's favourite a reading may trail and still lend support.
TEMPERATURE = 1.0


@dataclass(slots=True)
class Choice:
    """The chosen candidate of a mention (None when nothing fits) and its confidence;
    ``inferred`` when the candidate is a place around it the context gives
    (``dateline.geo.context``), not a reading of its name; ``unknown`` when no entry
    has the name, not even by a close spelling."""

    mention: Mention
    candidate: Candidate | None
    score: float
    inferred: bool = False
    unknown: bool = False


def candidates_for(
    mentions: list[Mention], gazetteer: Gazetteer
) -> list[list[tuple[Candidate, str]]]:
    """Each mention's candidates with how its name matched (main, alternate, skeleton).

    A demonym names its country, a continent's adjective ("European") the continent. A
    name with no entry of its own takes those of close spellings with its skeleton
    (``Gazetteer.loose``); an abbreviation ("PRC") takes none: its letters are no
    spelling of a name, nor a street ("Willis Street" is no Wall Street).
    """
    keys = {k for m in mentions for k in m.keys}
    peoples = {k: _PEOPLES[k] for k in keys if k in _PEOPLES}
    extra = {_CONTINENTS[k] for k in keys if k in _CONTINENTS} | {
        p for places in peoples.values() for p in places
    }
    by_key = gazetteer.by_key(keys | extra)
    missing = [m for m in mentions if not any(k in by_key or k in _CONTINENTS for k in m.keys)]
    stems = {k: gentilic_stems(k) for m in missing for k in m.keys if not gazetteer.demonym(k)}
    by_stem = gazetteer.by_key({s for found in stems.values() for s in found})
    missing = [
        m for m in missing if not any(s in by_stem for k in m.keys for s in stems.get(k, []))
    ]
    spelled = [m for m in missing if not _is_acronym(m.text) and not is_street(m.text)]
    loose = gazetteer.loose({k for m in spelled for k in m.keys})
    by_loose = gazetteer.by_key({k for near in loose.values() for k in near})
    out = []
    for m in mentions:
        found: dict[int, tuple[Candidate, str]] = {}
        for k in m.keys:
            for c in by_key.get(k, []):
                if c.id not in found or c.main:
                    found[c.id] = (c, "main" if c.main else "alternate")
            for place in peoples.get(k, []):
                for c in by_key.get(place, []):
                    if c.feature_class in AREAS_AND_TOWNS or c.feature_code == "RGN":
                        found.setdefault(c.id, (c, "main" if c.main else "alternate"))
            for stem in stems.get(k, []):
                for c in by_stem.get(stem, []):
                    if c.main and c.feature_class in AREAS_AND_TOWNS:
                        found.setdefault(c.id, (c, "alternate"))
        demonym = gazetteer.country(gazetteer.demonym(m.keys[0])) if m.keys else None
        if demonym is not None:
            found[demonym.id] = (demonym, "main")
        continent = _CONTINENTS.get(m.keys[0], "") if m.keys else ""
        for c in by_key.get(continent, []):
            if c.feature_code == "CONT":
                found[c.id] = (c, "main")
        if is_town_part(m.text):
            found = {}
        if not found and not is_town_part(m.text):
            for near in (k for name in m.keys for k in sorted(loose.get(name, ()))):
                for c in by_loose.get(near, []):
                    found.setdefault(c.id, (c, "skeleton"))
        if _is_acronym(m.text):
            found = {i: cm for i, cm in found.items() if cm[0].feature_class in "AL"} or found
        found = _typed(found, m, {c.id for c in by_key.get(m.keys[0], [])} if m.keys else set())
        if m.hint not in AREA_HINTS:
            _shadow(found)
            _bare_counties(found)
            _capital_first(found)
        if m.hint is None:
            _open_water_first(found)
        _former_names(found)
        ranked = sorted(found.values(), key=lambda cm: -_prior(cm[0], cm[1], m.hint))
        out.append(ranked[:MAX_CANDIDATES])
    return out


def _typed(
    found: dict[int, tuple[Candidate, str]], m: Mention, whole: set[int]
) -> dict[int, tuple[Candidate, str]]:
    """A name written with its type word ("Mexico City", "Kuwait City") is no country: a
    country found only by the name without the word must be of the type the word asks
    for, where any reading is. (A state so found stays a reading: ruling out New York
    State for "New York City" made the events stage prefer the city over the borough a
    story names beside it, on the running-text benchmark's development part.) An area
    named with an area's type word ("Washington County", "Santa Cruz County") that has a
    reading of that type by its whole name is no area found only by the bare name
    (Washington State, Bolivia's Santa Cruz department)."""
    if m.hint is None or len(m.keys) < 2:
        return found
    kept = {
        i: cm
        for i, cm in found.items()
        if i in whole or _fits(cm[0], m.hint) or not cm[0].feature_code.startswith("PCL")
    }
    typed = TYPE_WORDS.get(m.text.split()[-1].lower()) in AREA_HINTS
    if typed and any(i in whole and _fits(c, m.hint) for i, (c, _) in kept.items()):
        kept = {i: cm for i, cm in kept.items() if i in whole or cm[0].feature_class != "A"}
    return kept or found


def _fits(c: Candidate, hint: str) -> bool:
    """Whether a reading is of the kind a type word asks for."""
    return c.feature_code in HINTS.get(hint, ()) or (hint == "populated" and c.feature_class == "P")


def _is_acronym(text: str) -> bool:
    """Short capitals such as "EU", "U.S." or "UAE": areas, not towns that share the letters."""
    letters = text.replace(".", "")
    return letters.isalpha() and letters.isupper() and len(letters) <= 3


def _relative(opts: list[tuple[Candidate, str]]) -> np.ndarray:
    """A penalty for entries far smaller than the biggest one of the same name (0 to -1)."""
    if not opts:
        return np.zeros(0)
    sizes = np.log10(np.array([c.population for c, _ in opts], dtype=float) + 1)
    return W_RELATIVE * np.clip(sizes - sizes.max(), -3.0, 0.0) / 3.0


def _shadow(found: dict[int, tuple[Candidate, str]]) -> None:
    """Mark areas named after a town inside them (by its main name, or one a tenth its
    size), and areas whose towns together are fewer than the people of one town
    anywhere whose main name it is (Mozambique's Gaza province beside Gaza)."""
    towns = [(c, how) for c, how in found.values() if c.feature_class == "P"]
    for cid, (c, _) in list(found.items()):
        if c.feature_code in ("ADM1", "ADM2") and any(
            (
                t.country_code == c.country_code
                and t.admin1_code == c.admin1_code
                and (how == "main" or t.population * 10 >= c.population)
            )
            or (how == "main" and t.population >= c.population)
            for t, how in towns
        ):
            found[cid] = (c, "shadowed")


def _bare_counties(found: dict[int, tuple[Candidate, str]]) -> None:
    """A second-level area that the name fits only without its type word ("Saratoga" for
    Saratoga County) is shadowed by a town that bears the name as its own: with no
    "County" after it, the name means a town."""
    if any(c.feature_class == "P" and how == "main" for c, how in found.values()):
        for cid, (c, how) in list(found.items()):
            if c.feature_code == "ADM2" and how == "alternate":
                found[cid] = (c, "shadowed")


def _former_names(found: dict[int, tuple[Candidate, str]]) -> None:
    """Drop a town the name fits only as an alternate (a former or variant name) where a
    town ten times its size in the same first-level area bears the name as its own: Ohio's
    Oxford, not Ashley, once called Oxford, however near Ashley lies to the story's towns."""
    owners = [c for c, how in found.values() if c.feature_class == "P" and how == "main"]
    for cid, (c, how) in list(found.items()):
        if (
            c.feature_class == "P"
            and how == "alternate"
            and any(
                o.country_code == c.country_code
                and o.admin1_code == c.admin1_code
                and o.population >= 10 * max(c.population, 1)
                for o in owners
            )
        ):
            del found[cid]


def _open_water_first(found: dict[int, tuple[Candidate, str]]) -> None:
    """An ocean's or a sea's own name with no type word ("the Pacific", "the Atlantic")
    means the water: the towns and areas named after it are shadowed (Pacific,
    Missouri, is no reading of "the Pacific" in an Oregon story), though a state written
    after the name still finds one ("Pacific, Mo.", ``_stated_areas``)."""
    if not any(c.feature_code in OPEN_WATER and how == "main" for c, how in found.values()):
        return
    for cid, (c, _) in list(found.items()):
        if c.feature_class in AREAS_AND_TOWNS:
            found[cid] = (c, "shadowed")


def _capital_first(found: dict[int, tuple[Candidate, str]]) -> None:
    """A country's capital goes before a first-level area of that country named like it
    but not holding it ("Washington" is the capital before the state): the capital's
    name counts as its main one, the area's as an alternate."""
    capitals = [c for c, _ in found.values() if c.feature_code == "PPLC"]
    for cid, (c, how) in list(found.items()):
        if c.feature_code == "ADM1" and how == "main":
            for capital in capitals:
                if capital.country_code == c.country_code and capital.admin1_code != c.admin1_code:
                    found[cid] = (c, "alternate")
                    found[capital.id] = (capital, "main")


def _prior(c: Candidate, match: str, hint: str | None) -> float:
    pop = min(math.log10(c.population + 1) / 7.0, 1.2)
    prior = FEATURE_PRIOR.get(c.feature_code, CLASS_PRIOR.get(c.feature_class, 0.0))
    if c.feature_code == "PPLC":
        prior *= _capital_standing(c.population)
    fit = W_HINT if hint and c.feature_code in HINTS.get(hint, ()) else 0.0
    return W_NAME[match] + W_POP * pop + prior + fit


def _capital_standing(population: int) -> float:
    """How much of a capital's prior its size earns: all of it from ``CAPITAL_FULL``
    people, none at a hundredth of that, log-linear between."""
    fade = math.log10(population + 1) - math.log10(CAPITAL_FULL)
    return min(1.0, max(0.0, 1.0 + fade / 2.0))


def _containers(mentions: list[Mention], text: str) -> list[int | None]:
    """For each mention, the index of a mention that contains it ("X, Y" or "X, in Y")."""
    out: list[int | None] = [None] * len(mentions)
    for i in range(len(mentions) - 1):
        gap = text[mentions[i].end : mentions[i + 1].start].strip().lower()
        if gap in (",", ", in", "in", ", near", "near", "(", ", a town in", ", a city in"):
            out[i] = i + 1
    return out


def rank(
    mentions: list[Mention],
    gazetteer: Gazetteer,
    text: str,
    context_countries: list[str] = (),
    outlet_country: str | None = None,
    outlet_area: tuple[str, str] | None = None,
) -> list[Choice]:
    """Choose one candidate per mention, jointly for the whole article.

    ``context_countries`` (the demonyms' countries) count towards the article's focus;
    readings in ``outlet_country`` and ``outlet_area`` (the country and the first-level
    area of the article's outlet) are preferred, and so are the readings of the outlet's
    home towns in its area. A dateline's place is where the report was filed, a town.
    """
    dateline = _dateline(mentions, text)
    if dateline is not None and mentions[dateline].hint is None:
        mentions[dateline].hint = "populated"
    _share_list_hints(mentions, text)
    options = read_localities(mentions, candidates_for(mentions, gazetteer), text, dateline)
    priors = [
        np.array([_prior(c, how, m.hint) for c, how in opts])
        + _relative(opts)
        + W_HOME_COUNTRY * np.array([c.country_code == outlet_country for c, _ in opts])
        + W_DEMONYM * np.array([_named_by_demonym(c, m, context_countries) for c, _ in opts])
        + W_HOME_AREA * np.array([_in_area(c, outlet_area) for c, _ in opts])
        for m, opts in zip(mentions, options, strict=True)
    ]
    home = _home_readings(mentions, options, outlet_area)
    for opts, prior in zip(options, priors, strict=True):
        prior += W_HOME_COUNTRY * np.array([c.id in home for c, _ in opts])
    containers = _containers(mentions, text)
    groups: dict[tuple, list[int]] = {}
    for i, m in enumerate(mentions):
        group = (tuple(m.keys), m.hint, containers[i], _is_acronym(m.text), m.label == OUTLET)
        groups.setdefault(group, []).append(i)
    members = list(groups.values())
    coherence = Coherence(
        [[c for c, _ in options[g[0]]] for g in members], [len(g) for g in members], TEMPERATURE
    )
    names = [key_of(mentions[g[0]]) for g in members]
    mute = {n for n, g in enumerate(members) if _only_loose(options[g[0]])}
    best = [int(np.argmax(p)) if len(p) else None for p in priors]
    scores = list(priors)
    for _ in range(2):
        votes = _votes(options, best, context_countries, dateline, [key_of(m) for m in mentions])
        chosen = [
            opts[b][0] if b is not None else None for opts, b in zip(options, best, strict=True)
        ]
        weights = coherence.weights([scores[g[0]] for g in members])
        for n, group in enumerate(members):
            i = group[0]
            same = {k for k, name in enumerate(names) if name == names[n]}
            near = coherence.of(n, weights, same | mute)
            focus = _focus(votes, names[n])
            found = _score(i, mentions, options, priors[i], chosen, focus, containers[i], near)
            for k in group:
                scores[k] = found
        best = [int(np.argmax(s)) if len(s) else None for s in scores]
    _like_siblings(mentions, options, scores, best, text)
    _one_sense(mentions, options, scores, containers, best, dateline)
    choices = [_choice(m, opts, s) for m, opts, s in zip(mentions, options, scores, strict=True)]
    _homes_in_area(choices, options, scores, outlet_area)
    _drop_far_loose(choices, options, context_countries, outlet_country)
    _drop_lonely_loose(choices, options)
    _anchored(choices, options, scores, context_countries, outlet_country)
    _drop_isolated(choices)
    stated = _stated_areas(choices, options, scores, containers, text, gazetteer)
    _in_named_states(choices, options, scores, outlet_area, _filed_in(choices, dateline))
    _far_streets(choices)
    _from_context(choices, options, containers, dateline, gazetteer, stated)
    return choices


def _homes_in_area(
    choices: list[Choice],
    options: list[list[tuple[Candidate, str]]],
    scores: list[np.ndarray],
    area: tuple[str, str] | None,
) -> None:
    """An outlet's home town with a reading in the outlet's first-level area is read
    there, its best reading there: where the outlet is, the story's names do not decide
    (a San Antonio station's home is the Texas city, though a victim's name is a
    Honduran village's and pulls the Honduran San Antonio near it)."""
    for ch, opts, score in zip(choices, options, scores, strict=True):
        inside = [k for k, (c, _) in enumerate(opts) if _in_area(c, area)]
        held = ch.candidate is not None and _in_area(ch.candidate, area)
        if ch.mention.label == OUTLET and inside and not held:
            ch.candidate = _best_of(opts, score, inside)


def _only_loose(opts: list[tuple[Candidate, str]]) -> bool:
    """Whether a name's readings all come from close spellings: such a name lends the
    others no support ("Kingsmills", read as Ohio's Kings Mills, is no reason to read
    "London" in Ohio), though it takes support from them."""
    return bool(opts) and all(how == "skeleton" for _, how in opts)


def _named_by_demonym(c: Candidate, m: Mention, demonyms: list[str]) -> bool:
    """Whether a reading is a country, named by its own name, whose people the article
    names: "Georgia" beside "Georgian" is the country, whatever the American states
    around it ("Mexico City" beside "Mexican" is still the city)."""
    own = c.feature_code.startswith("PCL") and key(c.name) == key_of(m)
    return own and c.country_code in demonyms


def _drop_far_loose(
    choices: list[Choice],
    options: list[list[tuple[Candidate, str]]],
    context: list[str],
    outlet_country: str | None,
) -> None:
    """A reading found only by a loose spelling stands only in a country the rest of the
    article is about (its other readings, its demonyms, its outlet), where the article
    says anything of one: "Toco" is no Tokyo in a Texas story, "Basque" no French
    hamlet Busque."""
    how = [{c.id: match for c, match in opts} for opts in options]
    countries = {
        ch.candidate.country_code
        for ch, matched in zip(choices, how, strict=True)
        if ch.candidate is not None and matched[ch.candidate.id] != "skeleton"
    }
    countries |= set(context) | {outlet_country}
    if not countries - {None}:
        return
    for ch, matched in zip(choices, how, strict=True):
        c = ch.candidate
        if c is not None and matched[c.id] == "skeleton" and c.country_code not in countries:
            ch.candidate, ch.score = None, 0.0


def _drop_lonely_loose(choices: list[Choice], options: list[list[tuple[Candidate, str]]]) -> None:
    """A town read only by a loose spelling stands only beside the article's other
    places: within ``NEAR_KM`` of another name's town or county, or inside a first-level
    area it names, where it names any; else the context answers ("Lanexa" in a Virginia
    story is no Lenexa, Kansas; "Neches" in an East Texas one no Natchez)."""
    how = [{c.id: match for c, match in opts} for opts in options]
    loose = [
        ch.candidate is not None
        and ch.candidate.feature_class == "P"
        and matched[ch.candidate.id] == "skeleton"
        for ch, matched in zip(choices, how, strict=True)
    ]
    others = [
        (key_of(ch.mention), ch.candidate)
        for ch, flag in zip(choices, loose, strict=True)
        if ch.candidate is not None and not flag and ch.mention.label != OUTLET
    ]
    local = [(name, c) for name, c in others if c.feature_code in LOCAL_CODES | {"ADM1"}]
    if not local:
        return
    for ch, flag in zip(choices, loose, strict=True):
        if not flag:
            continue
        c, own = ch.candidate, key_of(ch.mention)
        beside = any(
            name != own
            and (
                contained(c, o)
                if o.feature_code == "ADM1"
                else haversine(c.lat, c.lon, o.lat, o.lon) <= NEAR_KM
            )
            for name, o in local
        )
        if not beside:
            ch.candidate, ch.score = None, 0.0


def _anchored(
    choices: list[Choice],
    options: list[list[tuple[Candidate, str]]],
    scores: list[np.ndarray],
    context: list[str],
    outlet_country: str | None,
) -> None:
    """A town of fewer than ``SMALL`` people is read only in a country that the article's
    areas, larger towns, demonyms or outlet are in, where it names any, or in a country
    that more of its names are read in than in any of those: else the name takes its
    best reading in such a country, or none ("Charleston" and "Hampton Park" are no
    pair of Australian suburbs in a South Carolina story)."""
    anchors = {
        c.country_code
        for c in (ch.candidate for ch in choices)
        if c is not None and (c.feature_class != "P" or c.population >= SMALL)
    }
    anchors = (anchors | set(context) | {outlet_country}) - {None}
    if not anchors:
        return
    names = {}
    for ch in choices:
        if ch.candidate is not None:
            names.setdefault(ch.candidate.country_code, set()).add(key_of(ch.mention))
    strongest = max(len(names.get(code, ())) for code in anchors)
    for ch, opts, score in zip(choices, options, scores, strict=True):
        c = ch.candidate
        if c is None or c.feature_class != "P" or c.population >= SMALL:
            continue
        if c.country_code in anchors or len(names[c.country_code]) > strongest:
            continue
        inside = [k for k, (o, _) in enumerate(opts) if o.country_code in anchors]
        ch.candidate = _best_of(opts, score, inside) if inside else None
        ch.score = ch.score if inside else 0.0


def _drop_isolated(choices: list[Choice]) -> None:
    """A small town's reading far from every other town the article names, while at least
    ``CLUSTER`` of those lie together, gives way to the place the context gives: a
    Minnesota story's "Brandon", a village the gazetteer lacks, is no Brandon in
    Georgia."""
    local = [
        (key_of(ch.mention), ch.candidate)
        for ch in choices
        if ch.candidate is not None and ch.candidate.feature_code in LOCAL_CODES
    ]
    if len({name for name, _ in local}) <= CLUSTER:
        return
    lat = np.array([c.lat for _, c in local])
    lon = np.array([c.lon for _, c in local])
    km = haversine(lat[:, None], lon[:, None], lat[None, :], lon[None, :])
    names = np.array([name for name, _ in local])
    near = (km <= ISOLATED_KM) & (names[:, None] != names[None, :])
    grouped = int(near.any(axis=1).sum())
    lonely = {c.id for (_, c), company in zip(local, near.any(axis=1), strict=True) if not company}
    if grouped < CLUSTER:
        return
    for ch in choices:
        c = ch.candidate
        if c is not None and c.id in lonely and c.feature_class == "P" and c.population < SMALL:
            ch.candidate, ch.score = None, 0.0


def _stated_area(
    i: int, choices: list[Choice], containers: list[int | None], text: str, gazetteer: Gazetteer
) -> Candidate | None:
    """The first-level area written after mention ``i`` as an abbreviation, the way news
    gives a town's state ("Troy, W.Va.", "Felton, MN"), or by its name after a town or
    an unknown name where the area is one of ``STATES_NAMED`` ("Pinetown, North
    Carolina": no South African town); None where there is none."""
    j = containers[i]
    if j is not None:
        area, written = choices[j].candidate, choices[j].mention.text
        if area is None or area.feature_code != "ADM1":
            return None
        abbreviated = written.endswith(".") or (len(written) == 2 and written.isupper())
        own = choices[i].candidate
        town = own is None or own.feature_class == "P"
        return area if abbreviated or (town and area.country_code in STATES_NAMED) else None
    code = _POSTAL.match(text, choices[i].mention.end)
    found = gazetteer.admin1("US", code.group(1)) if code else []
    return found[0] if len(found) == 1 else None


def _stated_areas(
    choices: list[Choice],
    options: list[list[tuple[Candidate, str]]],
    scores: list[np.ndarray],
    containers: list[int | None],
    text: str,
    gazetteer: Gazetteer,
) -> dict[int, Candidate]:
    """A name whose state the article writes after it ("Troy, W.Va.") is read in that
    state wherever the article uses it: its best reading there, else, from context (the
    gazetteer lacks the town), the county of that state named nearest before or after
    it within ``context.NEAR_CHARS`` ("PINETOWN, N.C. - The Beaufort County Sheriff's
    Office"), rather than a namesake elsewhere. A name with neither is left unread and
    returned with its state (index -> state): ``_from_context`` answers for it inside
    that state, else with the state, once every other name is read, so the state alone
    lends no name near it its point ("HOWLAND, Ohio" leaves the streets of the story
    in the outlet's town of Ohio)."""
    stated: dict[str, Candidate] = {}
    pending: dict[int, Candidate] = {}
    for i, ch in enumerate(choices):
        area = _stated_area(i, choices, containers, text, gazetteer)
        if area is not None and ch.mention.label != OUTLET:
            stated.setdefault(key_of(ch.mention), area)
    for i, (ch, opts, score) in enumerate(zip(choices, options, scores, strict=True)):
        area = stated.get(key_of(ch.mention))
        c = ch.candidate
        if area is None or ch.mention.label == OUTLET or (c is not None and contained(c, area)):
            continue
        inside = [k for k, (o, _) in enumerate(opts) if contained(o, area)]
        county = None if inside else _county_near(ch, choices, area)
        if inside:
            ch.candidate = _best_of(opts, score, inside)
        elif county is not None:
            ch.candidate, ch.inferred = county, True
            ch.score = round(context.INFERRED * _confidence_of(choices, county), 3)
        else:
            ch.candidate, ch.score = None, 0.0
            pending[i] = area
    return pending


def _county_near(ch: Choice, choices: list[Choice], area: Candidate) -> Candidate | None:
    """The county inside ``area`` that a name of the article is read as, the nearest to
    ``ch`` in the text within ``context.NEAR_CHARS``; None where there is none."""
    near = [
        (abs(o.mention.start - ch.mention.start), o.candidate)
        for o in choices
        if o.candidate is not None
        and not o.inferred
        and o.mention.label != OUTLET
        and o.candidate.feature_code == "ADM2"
        and contained(o.candidate, area)
        and abs(o.mention.start - ch.mention.start) <= context.NEAR_CHARS
    ]
    return min(near, key=lambda pair: pair[0])[1] if near else None


def _far_streets(choices: list[Choice]) -> None:
    """A name a cue marks as a street's ("the 900 block of Pennsylvania Avenue", "the 3000
    block of Miami") keeps its reading only where that is a town within ``NEAR_KM`` of a
    town or county another name of the article, or the outlet's home, is read as (Perris
    Boulevard in a Moreno Valley story is named after the town next door), or where
    nothing else would answer; else the context answers for it, as for any street."""
    local = [
        (key_of(ch.mention), ch.candidate)
        for ch in choices
        if ch.candidate is not None
        and not ch.inferred
        and ch.mention.hint != STREET
        and ch.candidate.feature_code in LOCAL_CODES
    ]
    for ch in choices:
        c, own = ch.candidate, key_of(ch.mention)
        if c is None or ch.mention.hint != STREET:
            continue
        near = c.feature_class == "P" and any(
            name != own and haversine(c.lat, c.lon, o.lat, o.lon) <= NEAR_KM for name, o in local
        )
        if not near and any(name != own for name, _ in local):
            ch.candidate, ch.score = None, 0.0


def _filed_in(choices: list[Choice], dateline: int | None) -> tuple[str, str] | None:
    """The first-level area of the town a dateline names, where the report was filed; none
    for a capital, where wire services file reports about a whole country from."""
    c = choices[dateline].candidate if dateline is not None else None
    if c is None or c.feature_class != "P" or c.feature_code == "PPLC":
        return None
    return (c.country_code, c.admin1_code)


def _in_named_states(
    choices: list[Choice],
    options: list[list[tuple[Candidate, str]]],
    scores: list[np.ndarray],
    outlet_area: tuple[str, str] | None,
    filed: tuple[str, str] | None = None,
) -> None:
    """In a local outlet's story (one whose first-level area is known), a town of fewer
    than ``LOCAL_TOWN`` people read outside every first-level area the rest of the
    article is about (the outlet's, the areas it names, those of its counties and
    towns of ``SMALL`` people), or a town abroad of fewer than ``ABROAD`` people, no
    capital, in a country none of the article's other names is in, takes its best
    reading in one of those areas, else the place the context gives: "Roxbury" in a
    Boston story is no Wisconsin village, "Homewood" in a Pittsburgh one no Alabama
    suburb, "Metro" police in Nashville no Indonesian town. Where the outlet's area is
    unknown, a dateline's town that is no capital gives the story's area, for towns of
    its country only (a wire report filed in one town may name towns abroad); with
    neither, the one area all the article's other such names lie in does ("Harbor City"
    in a Los Angeles story is no Oregon town). A county's reading of fewer than
    ``LOCAL_COUNTY`` people is judged alike, and keeps its reading where it has none in
    those areas. A town near the outlet's home (``_reach``) counts as inside where the
    name has no reading in those areas. A name written as a county's ("Marion County")
    takes a county's reading in those areas, else near the outlet's home, before a
    town's ("Marion County" in a Shreveport story is Texas's, no Louisiana town called
    Marion). A street's reading names none of the story's countries (GeoNames has
    "Second Street" as a British Columbia village)."""
    found: dict[str, set[tuple[str, str]]] = {}
    for ch in choices:
        c = ch.candidate
        if c is None or ch.inferred or ch.mention.label == OUTLET:
            continue
        if c.feature_code in ("ADM1", "ADM2") or (c.feature_class == "P" and c.population >= SMALL):
            found.setdefault(key_of(ch.mention), set()).add((c.country_code, c.admin1_code))
    home = outlet_area or filed
    reach = _reach(choices, outlet_area)
    countries: dict[str, set[str]] = {}
    for ch in choices:
        if (
            ch.candidate is not None
            and not ch.inferred
            and ch.mention.label != OUTLET
            and not is_street(ch.mention.text)
        ):
            countries.setdefault(key_of(ch.mention), set()).add(ch.candidate.country_code)
    for ch, opts, score in zip(choices, options, scores, strict=True):
        c = ch.candidate
        if c is None or ch.inferred or ch.mention.label == OUTLET or not _local_reading(c):
            continue
        own = key_of(ch.mention)
        others = set().union(*(a for name, a in found.items() if name != own))
        told = home or _only(others, c)
        if told is None:
            continue
        areas = {told} | others
        if (c.country_code, c.admin1_code) in areas:
            continue
        named = {told[0]}.union(*(n for name, n in countries.items() if name != own))
        abroad = (
            outlet_area is not None
            and c.country_code not in named
            and c.feature_code != "PPLC"
            and c.population < ABROAD
        )
        home_country = c.country_code in {country for country, _ in areas}
        local = c.population < (
            LOCAL_COUNTY if c.feature_code == "ADM2" else LOCAL_TOWN if home_country else SMALL
        )
        if not (abroad or local):
            continue
        inside = [k for k, (o, _) in enumerate(opts) if (o.country_code, o.admin1_code) in areas]
        if ch.mention.hint == "admin2" and c.feature_code == "ADM2":
            counties = [k for k in inside if opts[k][0].feature_code == "ADM2"]
            near = [k for k, (o, _) in enumerate(opts) if o.feature_code == "ADM2" and reach(o)]
            inside = counties or near or inside
        if not inside and reach(c):
            continue
        inside = inside or [k for k, (o, _) in enumerate(opts) if reach(o)]
        if not inside and c.feature_class != "P":
            continue
        ch.candidate = _best_of(opts, score, inside) if inside else None
        ch.score = ch.score if inside else 0.0


def _reach(
    choices: list[Choice], outlet_area: tuple[str, str] | None
) -> Callable[[Candidate], bool]:
    """Whether a reading is a town of ``SMALL`` people or more within ``REACH_KM`` of the
    outlet's home town in its area, or a county whose point lies within
    ``COUNTY_REACH_KM`` of it: a local outlet's news crosses a state line nearby (Camden
    and Trenton, New Jersey, in a Philadelphia story; Gary, Indiana, in a Chicago one;
    Marion County, Texas, in a Shreveport one)."""
    homes = [
        ch.candidate
        for ch in choices
        if ch.mention.label == OUTLET
        and ch.candidate is not None
        and _in_area(ch.candidate, outlet_area)
    ]

    def near(c: Candidate) -> bool:
        county = c.feature_code == "ADM2"
        if not county and c.population < SMALL:
            return False
        limit = COUNTY_REACH_KM if county else REACH_KM
        return any(haversine(c.lat, c.lon, h.lat, h.lon) <= limit for h in homes)

    return near


def _only(areas: set[tuple[str, str]], c: Candidate) -> tuple[str, str] | None:
    """The one first-level area the article's other areas, counties and towns of ``SMALL``
    people lie in, where it is of the reading's country and one of ``STATES_NAMED``: the
    story's state when no outlet or dateline gives one ("Lincoln County" in a story
    naming Mississippi)."""
    if len(areas) != 1:
        return None
    area = next(iter(areas))
    return area if area[0] == c.country_code and area[0] in STATES_NAMED else None


def _local_reading(c: Candidate) -> bool:
    """A town's or a county's reading, which a local story's state may overrule."""
    return c.feature_class == "P" or c.feature_code == "ADM2"


def _from_context(
    choices: list[Choice],
    options: list[list[tuple[Candidate, str]]],
    containers: list[int | None],
    dateline: int | None,
    gazetteer,
    stated: dict[int, Candidate],
) -> None:
    """Each mention with no reading takes the place around it the context gives; a street
    (cued, or by its street word) takes the outlet's home town only where the story is of
    it (``context.of_story``) and names no town of its own it is sure of
    (``context.undoubted``); a mention ``stated`` in a state (index -> state) takes an
    answer inside it, else the state."""
    home = [i for i, ch in enumerate(choices) if ch.mention.label == OUTLET]
    keys = [key_of(ch.mention) for ch in choices]
    chosen = [ch.candidate for ch in choices]
    readings = [[c for c, _ in opts] for opts in options]
    story = context.undoubted(home, context.of_story(home, chosen, readings, keys), readings)
    starts = [ch.mention.start for ch in choices]
    for i, ch in enumerate(choices):
        if ch.candidate is None and ch.mention.label != OUTLET:
            street = ch.mention.hint == STREET or is_street(ch.mention.text)
            found = context.stand_in(
                i,
                story if street else chosen,
                starts,
                containers[i],
                dateline,
                home,
                gazetteer,
                street,
            )
            area = stated.get(i)
            if area is not None and (found is None or not contained(found, area)):
                found = area
            if found is not None:
                ch.candidate, ch.inferred = found, True
                ch.score = round(context.INFERRED * _confidence_of(choices, found), 3)


def _confidence_of(choices: list[Choice], place: Candidate) -> float:
    """The best confidence with which a mention of the article was read as ``place``."""
    scores = [ch.score for ch in choices if ch.candidate is place and not ch.inferred]
    return max(scores, default=0.5)


def _best_of(opts: list[tuple[Candidate, str]], score: np.ndarray, inside: list[int]) -> Candidate:
    """The best-scored of a mention's readings at the indexes ``inside`` (not empty)."""
    return opts[max(inside, key=lambda k: score[k])][0]


def _in_area(c: Candidate, area: tuple[str, str] | None) -> bool:
    return area is not None and (c.country_code, c.admin1_code) == area


def _home_readings(
    mentions: list[Mention],
    options: list[list[tuple[Candidate, str]]],
    area: tuple[str, str] | None = None,
) -> set[int]:
    """The readings of the outlet's home towns that lie together: of two towns one outlet
    spells ("Columbus" and "Dublin"), the pair of readings nearest each other, if within
    ``NEAR_KM`` (Dublin, Ohio, beside Columbus, Ohio); and every home town's readings in
    the outlet's area."""
    towns = {
        key_of(m): opts for m, opts in zip(mentions, options, strict=True) if m.label == OUTLET
    }
    inside = {c.id for opts in towns.values() for c, _ in opts if _in_area(c, area)}
    readings = [[c for c, _ in opts] for opts in towns.values() if opts]
    best: tuple[float, set[int]] = (NEAR_KM, set())
    for n, first in enumerate(readings):
        for second in readings[n + 1 :]:
            km = haversine(
                np.array([a.lat for a in first])[:, None],
                np.array([a.lon for a in first])[:, None],
                np.array([b.lat for b in second])[None, :],
                np.array([b.lon for b in second])[None, :],
            )
            km[np.array([a.id for a in first])[:, None] == np.array([b.id for b in second])] = (
                np.inf
            )
            a, b = np.unravel_index(int(np.argmin(km)), km.shape)
            if km[a, b] <= best[0]:
                best = (float(km[a, b]), {first[a].id, second[b].id})
    return best[1] | inside


def _level(c: Candidate) -> tuple[str, str | None] | None:
    """The kind of place a reading is, for comparing the members of a list: a country,
    a first-level area (of its country), or a town; None for anything else."""
    if c.feature_code.startswith("PCL"):
        return ("country", None)
    if c.feature_code == "ADM1":
        return ("admin1", c.country_code)
    if c.feature_class == "P":
        return ("town", None)
    return None


def _lists(mentions: list[Mention], text: str) -> list[list[int]]:
    """Runs of ``MIN_LIST`` or more names joined by commas and a closing "and" or "or"
    ("Georgia, Oklahoma, Pennsylvania and California")."""
    runs, current, closed = [], [0], False
    for i in range(1, len(mentions) + 1):
        gap = text[mentions[i - 1].end : mentions[i].start] if i < len(mentions) else ""
        joined = _JOINED.fullmatch(gap.strip())
        if i < len(mentions) and joined and not closed:
            current.append(i)
            closed = bool(_CLOSING.search(gap))
            continue
        if len(current) >= MIN_LIST and closed:
            runs.append(current)
        current, closed = [i], False
    return runs


def _share_list_hints(mentions: list[Mention], text: str) -> None:
    """A type word after the last name of a list is every member's ("Becker, Clay,
    Douglas and Wilkin counties"; "the Tigris and Euphrates rivers")."""
    for run in _lists(mentions, text) + _pairs(mentions, text):
        last = mentions[run[-1]]
        after = _WORD.match(text, last.end)
        word = after.group(1).lower() if after else ""
        if last.hint is None or not word.endswith("s"):
            continue
        one = (
            word[:-3] + "y" if word.endswith("ies") else word[: -2 if word.endswith("shes") else -1]
        )
        for i in run[:-1]:
            m = mentions[i]
            if m.hint is None and m.keys:
                m.hint = last.hint
                m.keys.append(f"{m.keys[0]} {one}")


def _pairs(mentions: list[Mention], text: str) -> list[list[int]]:
    """Two names joined by "and" or "or" ("Swift and Wilkin")."""
    return [
        [i, i + 1]
        for i in range(len(mentions) - 1)
        if re.fullmatch(r"(?:and|or)", text[mentions[i].end : mentions[i + 1].start].strip())
    ]


def _like_siblings(
    mentions: list[Mention],
    options: list[list[tuple[Candidate, str]]],
    scores: list[np.ndarray],
    best: list[int | None],
    text: str,
) -> None:
    """The names of a list are places of one kind: a member read otherwise than most of
    its siblings takes its best reading of their kind where it has one ("China" among
    countries is no Japanese village, "Oklahoma" among states no town), unless a type
    word says its kind ("Mexico City") or it holds the name before it (a town's state in
    a list of towns)."""
    for run in _lists(mentions, text):
        levels = [_level(options[i][best[i]][0]) if best[i] is not None else None for i in run]
        counts = Counter(level for level in levels if level is not None)
        if not counts:
            continue
        level, n = counts.most_common(1)[0]
        if n * 2 <= len(run):
            continue
        for i, own in zip(run, levels, strict=True):
            fits = [k for k, (c, _) in enumerate(options[i]) if _level(c) == level]
            typed = mentions[i].hint is not None
            if own != level and fits and not typed and not _holds_previous(i, options, best):
                k = max(fits, key=lambda k: scores[i][k])
                scores[i] = scores[i].copy()
                scores[i][k] = scores[i].max() + 1.0
                best[i] = k


def _holds_previous(
    i: int, options: list[list[tuple[Candidate, str]]], best: list[int | None]
) -> bool:
    """Whether mention ``i`` is read as a place holding the one before it ("Richmond,
    Virginia" in a list of towns and their states)."""
    b, a = best[i], best[i - 1] if i else None
    return a is not None and b is not None and contained(options[i - 1][a][0], options[i][b][0])


def _one_sense(
    mentions: list[Mention],
    options: list[list[tuple[Candidate, str]]],
    scores: list[np.ndarray],
    containers: list[int | None],
    best: list[int | None],
    dateline: int | None,
) -> None:
    """A name pinned down once ("Paris, Texas", or a dateline's town) keeps that reading
    everywhere in the article."""
    pinned: dict[str, int] = {}
    if dateline is not None and best[dateline] is not None:
        pinned[key_of(mentions[dateline])] = options[dateline][best[dateline]][0].id
    for i, j in enumerate(containers):
        b, c = best[i], best[j] if j is not None else None
        if b is not None and c is not None and contained(options[i][b][0], options[j][c][0]):
            pinned.setdefault(key_of(mentions[i]), options[i][b][0].id)
    for i, m in enumerate(mentions):
        target = pinned.get(key_of(m))
        for k, (cand, _) in enumerate(options[i]):
            if cand.id == target:
                scores[i] = scores[i].copy()
                scores[i][k] = scores[i].max() + 1.0


def _score(
    i: int,
    mentions: list[Mention],
    options: list[list[tuple[Candidate, str]]],
    prior: np.ndarray,
    chosen: list[Candidate | None],
    focus: dict[str, float],
    container: int | None,
    near: np.ndarray,
) -> np.ndarray:
    """A mention's candidate scores given the other mentions' current choices and
    ``near``, its candidates' coherence with the other names' readings."""
    if not len(prior):
        return prior
    cands = [c for c, _ in options[i]]
    scores = prior + W_FOCUS * np.array([focus.get(c.country_code, 0.0) for c in cands])
    own = key_of(mentions[i])
    others = [c for k, c in enumerate(chosen) if c is not None and key_of(mentions[k]) != own]
    areas = {(c.country_code, c.admin1_code) for c in others if c.feature_code == "ADM1"}
    if areas:
        named = {c.id for c in others}
        inside = [(c.country_code, c.admin1_code) in areas and c.id not in named for c in cands]
        scores = scores + W_ADMIN * np.array(inside, dtype=float)
    scores = scores + W_NEAR * near
    if container is not None and chosen[container] is not None:
        inside = [contained(c, chosen[container]) for c in cands]
        scores = scores + W_CONTAIN * np.array(inside, dtype=float)
    return scores


def key_of(m: Mention) -> str:
    return m.keys[0] if m.keys else ""


def _choice(m: Mention, opts: list[tuple[Candidate, str]], scores: np.ndarray) -> Choice:
    if not opts:
        return Choice(m, None, 0.0, unknown=True)
    order = np.argsort(-scores)
    margin = scores[order[0]] - scores[order[1]] if len(opts) > 1 else 1.0
    confidence = 1.0 / (1.0 + math.exp(-3.0 * float(margin)))
    return Choice(m, opts[int(order[0])][0], round(confidence, 3))


def _dateline(mentions: list[Mention], text: str) -> int | None:
    """The index of the place that opens a dateline ("BAGHDAD, March 3 (Wire) -", or
    an upper-case name before the first sentence: "WASHINGTON Barack Obama ...")."""
    for i, m in enumerate(mentions[:3]):
        line_start = text.rfind("\n", 0, m.start) + 1
        if text[line_start : m.start].strip():
            continue
        rest = text[m.end : m.end + 60]
        bare = m.text.isupper() and len(m.text) > 3 and _BARE_DATELINE.match(rest)
        if _DATELINE.match(rest) or bare:
            return i
    return None


def _votes(
    options: list[list[tuple[Candidate, str]]],
    best: list[int | None],
    context: list[str],
    dateline: int | None,
    names: list[str],
) -> dict[str | None, Counter]:
    """Each name's votes for the article's focus countries (None: the context's): each
    distinct name votes once, however often it is repeated, and a dateline place counts
    thrice."""
    uses = Counter(names)
    votes: dict[str | None, Counter] = {None: Counter(context)}
    for i, (opts, b) in enumerate(zip(options, best, strict=True)):
        if b is None:
            continue
        c, how = opts[b]
        if c.country_code and how != "skeleton":
            weight = (2.0 if c.feature_code.startswith("PCL") else 1.0) / uses[names[i]]
            own = votes.setdefault(names[i], Counter())
            own[c.country_code] += weight * (3.0 if i == dateline else 1.0)
    return votes


def _focus(votes: dict[str | None, Counter], name: str) -> dict[str, float]:
    """Each country's share of the evidence of everything but the name itself (a reading
    does not vouch for its own country)."""
    total: Counter = Counter()
    for voter, counts in votes.items():
        if voter != name:
            total.update(counts)
    whole = sum(total.values())
    return {code: n / whole for code, n in total.items()} if whole else {}
