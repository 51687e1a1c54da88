"""Populated localities (feature code PPLL: the US post-office towns ``geo.postal`` adds,
a full dump's localities) are read only where the text marks their name as a place: a
town of two hundred people shares its name with many a person, street, hotel and school
("Major Howard", "3rd and Walker", "The Standard hotel", "Riley Hospital"), and a story
of its state would otherwise find it coherent. A name is marked where one of its mentions
opens the dateline, follows a locative or a residence's "of" ("in Felton", "Jo Roe, 14, of
Felton") or comes before a word that makes it a place ("a Lingle man", "Felton police"),
and is itself not the opening of a longer name (a capitalised word, a possessive or a
building's word right after it: "Oak Hill elementary school")."""

from __future__ import annotations

import re

from dateline.geo import curated
from dateline.geo.gazetteer import Candidate
from dateline.geo.recognise import Mention

LOCALITY = "PPLL"
_WORDS = curated.words("words.yaml")
_BEFORE = frozenset(_WORDS["locality_cues"])
_AFTER = frozenset(_WORDS["following_cues"]) | frozenset(_WORDS["headline_cues"])
_BUILDING = frozenset(_WORDS["locality_not_before"]) | frozenset(_WORDS["facility_words"])
_LAST_WORD = re.compile(r"([A-Za-z]+)\W*$")
_NEXT = re.compile(r"\s*(,\s*)?([\w'\u2019]+)")


def _marked(m: Mention, text: str, dateline: bool) -> bool:
    """Whether this mention marks its name as a place (see the module doc)."""
    following = _NEXT.match(text, m.end)
    nxt = following.group(2) if following else ""
    joined = following is not None and not following.group(1)
    longer = nxt[:1].isupper() or nxt.startswith(("'", "\u2019")) or nxt.lower() in _BUILDING
    if joined and longer:
        return False
    if dateline or (joined and nxt.lower() in _AFTER):
        return True
    before = _LAST_WORD.search(text[max(0, m.start - 20) : m.start])
    return before is not None and before.group(1).lower() in _BEFORE


def read_localities(
    mentions: list[Mention],
    options: list[list[tuple[Candidate, str]]],
    text: str,
    dateline: int | None,
) -> list[list[tuple[Candidate, str]]]:
    """Each mention's candidates without the localities of a name the text never marks as
    a place (see the module doc)."""
    marked = {tuple(m.keys) for i, m in enumerate(mentions) if _marked(m, text, i == dateline)}
    return [
        opts
        if tuple(m.keys) in marked
        else [(c, how) for c, how in opts if c.feature_code != LOCALITY]
        for m, opts in zip(mentions, options, strict=True)
    ]
