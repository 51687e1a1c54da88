"""Where an article's outlet is: the country of its web domain and the town its name spells.

A local paper's home town is evidence for its readings ("Dublin" in a Columbus paper
is the Ohio suburb): the host name ("columbuslocalnews.com"), a section of the URL's
path ("/arlington_news/") or the outlet's title ("The Paris News") is taken apart
into newspaper words and a place name the gazetteer knows, unless a country has the
name ("jordantimes.com"); a country-code domain (".ca", ".co.uk") names the country.
Outlets whose names spell no town, or an ambiguous one, are looked up in a table of
home towns (``data/outlet_homes.tsv``: "star-telegram.com" is Fort Worth, Texas), and
the site's name a web page's title ends with ("... - WMC Action News 5 - Memphis,
Tennessee") is read for a town and its first-level area.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from urllib.parse import SplitResult, urlsplit

from dateline.geo import curated
from dateline.geo.gazetteer import Candidate, Gazetteer
from dateline.geo.names import key, skeleton

MIN_NAME = 5
_LETTERS = re.compile(r"[^a-z]")


_WORDS = curated.words("outlets.yaml")
_TLD_COUNTRIES: dict[str, str] = _WORDS["tld_countries"]
_GENERIC_TLDS = frozenset(_WORDS["generic_tlds"])
_SECOND_LEVEL = frozenset(_WORDS["second_level"])
_LEADING = sorted(set(_WORDS["leading_words"]), key=len, reverse=True)
_TITLE = sorted(set(_WORDS["title_words"]), key=len, reverse=True)


_HOMES = {row["host"]: row for row in curated.rows("outlet_homes.tsv")}
_SEGMENT = re.compile(r"\s+[-|\u2013\u2014]+\s+|\s*\|\s*")
"""What separates a page title's headline from the site's name ("Story - WFSB 3")."""
_NAME = re.compile(r"[A-Z][\w.'-]*(?:\s+[A-Z][\w.'-]*)*")
TITLE_TOWN = 100_000
"""A town a title's site name gives without its area must have this many people."""


@dataclass(frozen=True, slots=True)
class Outlet:
    """The country an outlet's domain names, the home-town names it spells, and the
    first-level area (country code, admin1 code) it is in, where known."""

    country: str | None
    towns: tuple[str, ...]
    area: tuple[str, str] | None = None


def _host_parts(url: str) -> tuple[str | None, list[str]]:
    """A host's country-code label (None for generic ones) and its name labels."""
    host = _split(url).hostname or ""
    labels = [label for label in host.lower().split(".") if label and label != "www"]
    if len(labels) < 2:
        return None, []
    tld, labels = labels[-1], labels[:-1]
    country = None
    if len(tld) == 2 and tld not in _GENERIC_TLDS:
        country = _TLD_COUNTRIES.get(tld, tld.upper())
        if len(labels) > 1 and labels[-1] in _SECOND_LEVEL:
            labels = labels[:-1]
    return country, labels


def _split(url: str) -> SplitResult:
    """The parts of a URL (a bare host name allowed); empty ones for a malformed URL."""
    try:
        return urlsplit(url if "//" in url else f"//{url}")
    except ValueError:
        return urlsplit("")


def _core(compact: str) -> str | None:
    """What is left of a run of letters once newspaper words are stripped from both ends;
    None when no word was stripped or the rest is too short to be a town's name."""
    rest, stripped = compact, False
    for words, at_end in ((_TITLE, True), (_LEADING, False), (_TITLE, True)):
        changed = True
        while changed:
            changed = False
            for word in words:
                if len(rest) >= len(word) and (
                    rest.endswith(word) if at_end else rest.startswith(word)
                ):
                    rest = rest[: -len(word)] if at_end else rest[len(word) :]
                    stripped = changed = True
                    break
    return rest if stripped and len(rest) >= MIN_NAME else None


def _spelled(cores: set[str], gazetteer: Gazetteer) -> tuple[str, ...]:
    """The names of the towns or areas (as the gazetteer writes them) the runs spell.

    A run that also names a country ("jordantimes") is that country's outlet.
    """
    countries = {
        name
        for name, cands in gazetteer.by_key(cores).items()
        if any(c.feature_code.startswith("PCL") for c in cands)
    }
    found = gazetteer.by_skeleton({skeleton(c) for c in cores - countries})
    names = []
    for cands in found.values():
        for c in sorted(cands, key=lambda c: -c.population):
            compact = key(c.name).replace(" ", "")
            town = c.feature_class == "P" or c.feature_code in ("ADM1", "ADM2")
            if compact in cores - countries and town and c.name not in names:
                names.append(c.name)
                break
    return tuple(names)


def home_of(url: str | None) -> dict[str, str] | None:
    """The table's row for the URL's host or the nearest domain above it; a row for a
    host and its path's first section ("dnainfo.com/chicago") is taken before the host's."""
    parts = _split(url) if url else None
    labels = (parts.hostname or "").lower().split(".") if parts else []
    section = parts.path.lower().strip("/").split("/", 1)[0] if parts else ""
    for n in range(max(len(labels) - 1, 0)):
        domain = ".".join(labels[n:])
        row = _HOMES.get(f"{domain}/{section}") or _HOMES.get(domain)
        if row is not None:
            return row
    return None


def _site_names(title: str | None, gazetteer: Gazetteer) -> list[str]:
    """The place names in the site's name a page title ends with (the parts after the
    headline's separator: "Memphis" and "Tennessee" of "... - WMC Action News 5 -
    Memphis, Tennessee"): each run of capitalised words is read left to right, taking
    the longest run of words the gazetteer knows ("New England", not "England")."""
    parts = _SEGMENT.split(title or "")
    runs = [name.split() for part in parts[1:] for name in _NAME.findall(part)]
    spans = {
        " ".join(run[i:j])
        for run in runs
        for i in range(len(run))
        for j in range(i + 1, len(run) + 1)
    }
    known = gazetteer.existing("key", {key(span) for span in spans})
    names = []
    for run in runs:
        i = 0
        while i < len(run):
            j = next((j for j in range(len(run), i, -1) if _known(run[i:j], known)), i)
            if j > i:
                names.append(" ".join(run[i:j]))
            i = max(j, i + 1)
    return names


def _known(words: list[str], known: set[str]) -> bool:
    """Whether words name a place the gazetteer knows, or are a postal code ("MS")."""
    one = words[0]
    return key(" ".join(words)) in known or (len(words) == 1 and len(one) == 2 and one.isupper())


def _area_of(name: str, gazetteer: Gazetteer) -> Candidate | None:
    """The one first-level area a name or a US postal code ("MS") stands for."""
    found = [
        c for c in gazetteer.by_key({key(name)}).get(key(name), []) if c.feature_code == "ADM1"
    ]
    if not found and len(name) == 2 and name.isupper():
        found = gazetteer.admin1("US", name)
    return found[0] if len(found) == 1 else None


def _from_title(title: str | None, gazetteer: Gazetteer) -> tuple[list[str], Candidate | None]:
    """The towns and the first-level area a page title's site name gives: a state after
    a town ("Jackson, MS"), a state alone ("WFSB 3 Connecticut"), a town of
    ``TITLE_TOWN`` people or, with a state, any town of it ("Chattanooga News")."""
    names = _site_names(title, gazetteer)
    areas = [a for a in (_area_of(n, gazetteer) for n in names) if a is not None]
    area = areas[0] if len({(a.country_code, a.admin1_code) for a in areas}) == 1 else None
    towns = []
    for cands in gazetteer.by_key({key(n) for n in names}).values():
        for c in sorted(cands, key=lambda c: -c.population):
            inside = area is not None and (c.country_code, c.admin1_code) == (
                area.country_code,
                area.admin1_code,
            )
            big = area is None and c.population >= TITLE_TOWN
            if c.feature_class == "P" and c.main and (inside or big) and c.name not in towns:
                towns.append(c.name)
                break
    return towns, area


def outlet(
    url: str | None, source: str | None, gazetteer: Gazetteer, title: str | None = None
) -> Outlet:
    """What the article's URL, outlet name and page title say about where the outlet
    is: the host, a section of its path ("/arlington_news/") and the outlet's name are
    read alike; the table of home towns and the title's site name give a town and its
    area."""
    country, labels = _host_parts(url) if url else (None, [])
    runs = {"".join(labels)} if labels else set()
    if url:
        runs.update(_LETTERS.sub("", part.lower()) for part in _split(url).path.split("/"))
    if source:
        runs.add(key(source).replace(" ", ""))
    cores = {c for c in map(_core, runs) if c}
    if gazetteer.country(country) is None:
        country = None
    towns = list(_spelled(cores, gazetteer) if cores else ())
    home = home_of(url)
    if home is not None:
        area: tuple[str, str] | None = (home["country_code"], home["admin1_code"])
        towns = [home["town"]]
    else:
        titled, found = _from_title(title, gazetteer)
        towns += [t for t in titled if t not in towns]
        area = (found.country_code, found.admin1_code) if found is not None else None
    return Outlet(country, tuple(towns), area)
