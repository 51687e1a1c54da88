"""Which stored events may be told as another family (``told_as`` in fusion.yaml), as an
SQL test that keeps a superset: fusion reads an event of a ``told_as`` type as the
family only when its words (its sentence, and the headline when it is salient) hold one
of the family's words, and most events of those types (a protest, a request) hold none.
A rebuild shares the families out among its workers by what each event's words tell:
it reads the words of only the events this test keeps, and sends every other event of
those types with its own type's family.

An event may be told when it is salient (its headline, not read here, may hold a word),
when its lower-cased sentence holds one of the words anywhere, or when the sentence
holds a letter outside ASCII that folds to an ASCII one (``ſ``, ligatures: ``words``
case-folds, which lower-casing alone does not show).

The same test fills ``fusion_family`` when a store written before that column is opened:
an event no ``told_as`` family may claim compares in its type's family, which SQL alone
can give; the rest stay empty (the candidate search then takes every type the family may
hold) until a rebuild reads their words.
"""

from __future__ import annotations

import re
from functools import lru_cache

from dateline.events.salience import LEAD
from dateline.incidents.config import rules
from dateline.store.schema import literals


@lru_cache(maxsize=1)
def folding() -> str:
    """A character class of the letters outside ASCII that fold to ASCII (``ß``, ``ſ``,
    the Kelvin sign, ligatures): a text holding one may hold an ASCII word that
    lower-casing alone does not show. All lie in the Basic Multilingual Plane (a test
    checks the whole range), which is read alone to keep each process's start short."""
    found = (chr(c) for c in range(128, 0x10000) if chr(c).casefold().isascii())
    return "[" + "".join(found) + "]"


def _told_as(cues: frozenset[str]) -> str:
    """An SQL test on the stored event ``e`` that holds for every event whose words may
    hold one of ``cues``."""
    sentence = "coalesce(e.sentence, '')"
    pattern = "|".join(re.escape(cue.lower()) for cue in sorted(cues))
    return (
        f"(coalesce(e.salience, 0) >= {LEAD!r} "
        f"OR regexp_matches(lower({sentence}), {literals([pattern])}) "
        f"OR regexp_matches({sentence}, {literals([folding()])}))"
    )


def own_family() -> str:
    """An SQL expression of an event's type's family (``Rules.family_of``)."""
    table = rules()
    cases = " ".join(
        f"WHEN {literals([kind])} THEN {literals([family])}"
        for kind, family in sorted(table.family.items())
    )
    return f"CASE type {cases} ELSE type END" if cases else "type"


def fill_untold(con) -> None:
    """Give every stored event without a ``fusion_family`` that no ``told_as`` family
    may claim its type's family."""
    con.execute(
        f"UPDATE events AS e SET fusion_family = {own_family()} "
        f"WHERE e.fusion_family IS NULL AND NOT {may_be_told_any()}"
    )


def may_be_told_any() -> str:
    """An SQL test on the stored event ``e`` that holds for every event fusion may read
    as another family than its type's."""
    kinds: dict[frozenset[str], list[str]] = {}
    for cues in rules().told.values():
        for kind, words in cues.items():
            kinds.setdefault(words, []).append(kind)
    tests = [
        f"(e.type IN ({literals(sorted(told))}) AND {_told_as(words)})"
        for words, told in sorted(kinds.items(), key=lambda item: sorted(item[1]))
    ]
    return "(" + " OR ".join(tests) + ")" if tests else "FALSE"
