"""Name keys: transliteration-insensitive forms of a place name for gazetteer lookup.

``key`` folds case, diacritics, apostrophes and punctuation ("Al Qā’im" -> "al qaim");
``skeleton`` goes further for Arabic-style transliterations: it drops a leading
article, a final "h", doubled letters and the vowels after the first letter, so
"Deir az-Zour" and "Deir ez-Zor", "Hawija" and "Al Ḩawījah", "Tal Afar" and
"Tall ‘Afar" share one skeleton. A skeleton is only a look-up: two spellings that
share one count as the same name when they are also ``close`` ("Bosnia" and "Busan"
share a skeleton, not a name).
"""

from __future__ import annotations

import re
from functools import lru_cache

from rapidfuzz import fuzz
from unidecode import unidecode

ARTICLES = frozenset({"al", "el", "ad", "ar", "as", "at", "az", "an", "ash", "adh", "ath", "the"})

_APOSTROPHES = re.compile(r"['`\u2018\u2019\u02bb\u02bc\u02be\u02bf\u00b4]")
_NON_WORD = re.compile(r"[^a-z0-9]+")
_DOUBLE = re.compile(r"(.)\1+")
_VOWELS = re.compile(r"[aeiouy]")
# The least similarity (0-100, rapidfuzz's ratio of the spellings without article and
# spaces) at which two spellings with one skeleton are the same name.
CLOSE = 80.0
_LATIN = re.compile(r"^[\u0000-\u024f\u1e00-\u1eff\u2018\u2019\u02b0-\u02ff\s]+$")


@lru_cache(maxsize=1 << 16)
def key(name: str) -> str:
    """The case-, accent- and punctuation-folded form of a name (kept for the words met
    again: the stages ask for the same few hundred words' keys many times an article)."""
    folded = _APOSTROPHES.sub("", unidecode(_APOSTROPHES.sub("", name))).lower()
    return _NON_WORD.sub(" ", folded).strip()


def skeleton(name: str) -> str:
    """A looser form for transliteration variants; empty when too short to be safe."""
    words = key(name).split()
    if len(words) > 1 and words[0] in ARTICLES:
        words = words[1:]
    joined = "".join(words).replace("q", "k").replace("ou", "u").replace("ee", "i")
    if len(joined) > 3 and joined.endswith("h") and joined[-2] in "aeiou":
        joined = joined[:-1]
    joined = _DOUBLE.sub(r"\1", joined)
    if not joined:
        return ""
    bones = joined[0] + _VOWELS.sub("", joined[1:])
    return bones if len(bones) >= 2 else ""


_GENTILIC = (
    ("ians", ("ia", "io", "a", "y", "")),
    ("ian", ("ia", "io", "a", "y", "")),
    ("ans", ("a", "o", "as", "s", "")),
    ("an", ("a", "o", "as", "s", "")),
    ("ers", ("",)),
    ("er", ("",)),
    ("ites", ("",)),
    ("ite", ("",)),
)
"""Endings of the names of a place's people and what may stand in their place."""


def gentilic_stems(name_key: str) -> list[str]:
    """The place names a people's name may come from ("ontarians" -> "ontario",
    "gazans" -> "gaza", "texan" -> "texas", "new londoners" -> "new london")."""
    for ending, replacements in _GENTILIC:
        if name_key.endswith(ending) and len(name_key) - len(ending) >= 3:
            stem = name_key[: -len(ending)]
            return [stem + r for r in replacements]
    return []


def close(name: str, other: str) -> bool:
    """Whether two spellings of one skeleton are near enough to be one name
    ("Deir az-Zour" and "Deir ez-Zor", not "Bosnia" and "Busan")."""
    return fuzz.ratio(_bare(name), _bare(other)) >= CLOSE


def _bare(name: str) -> str:
    words = key(name).split()
    if len(words) > 1 and words[0] in ARTICLES:
        words = words[1:]
    return "".join(words)


def is_latin(name: str) -> bool:
    """Whether a name is written in Latin script (the only names news in English uses)."""
    return bool(_LATIN.match(name))
