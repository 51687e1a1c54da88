"""Where an article's outlet is: the country of its web domain and the town its name spells.

A local paper's home town is evidence for its readings ("Dublin" in a Columbus paper
is the Ohio suburb): the host name ("columbuslocalnews.com"), a section of the URL's
path ("/arlington_news/") or the outlet's title ("The Paris News") is taken apart
into newspaper words and a place name the gazetteer knows, unless a country has the
name ("jordantimes.com"); a country-code domain (".ca", ".co.uk") names the country.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from urllib.parse import SplitResult, urlsplit

from dateline.geo import curated
from dateline.geo.gazetteer import Gazetteer
from dateline.geo.names import key, skeleton

MIN_NAME = 5
_LETTERS = re.compile(r"[^a-z]")


_WORDS = curated.words("outlets.yaml")
_TLD_COUNTRIES: dict[str, str] = _WORDS["tld_countries"]
_GENERIC_TLDS = frozenset(_WORDS["generic_tlds"])
_SECOND_LEVEL = frozenset(_WORDS["second_level"])
_LEADING = sorted(set(_WORDS["leading_words"]), key=len, reverse=True)
_TITLE = sorted(set(_WORDS["title_words"]), key=len, reverse=True)


@dataclass(frozen=True, slots=True)
class Outlet:
    """The country an outlet's domain names and the home-town names it spells."""

    country: str | None
    towns: tuple[str, ...]


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


def outlet(url: str | None, source: str | None, gazetteer: Gazetteer) -> Outlet:
    """What the article's URL and outlet name say about where the outlet is: the host,
    a section of its path ("/arlington_news/") and the title are read alike."""
    country, labels = _host_parts(url) if url else (None, [])
    runs = {"".join(labels)} if labels else set()
    if url:
        runs.update(_LETTERS.sub("", part.lower()) for part in _split(url).path.split("/"))
    if source:
        runs.add(key(source).replace(" ", ""))
    cores = {c for c in map(_core, runs) if c}
    if gazetteer.country(country) is None:
        country = None
    return Outlet(country, _spelled(cores, gazetteer) if cores else ())
