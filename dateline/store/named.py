"""Stored events that may be one happening with a new report though placed beyond
``far_km`` of it (``compare.named_far``): those whose place's name the report's words
tell, found by the distinct place names the store holds, and those whose words tell the
report's place's name, found by a text test that keeps a superset (as ``store.told``'s)
and then read exactly. Both come out as pairs with the reports' positions, which
``store.nearby`` joins with its windows: the days, family and country tests stay there.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Any

import pyarrow as pa

from dateline.events.salience import LEAD
from dateline.incidents.compare import name_words, place_words
from dateline.incidents.config import rules
from dateline.incidents.reports import Report, told, words
from dateline.store.told import folding

# Stored events of the windows' families and days (a superset of ``store.nearby``'s days:
# a weekly event's look-back and an undated event's publication day are left to it)
# whose lower-cased text, the sentence and a salient event's headline, may hold one of
# the words (``$pattern``), or that hold a letter the lower-casing may not show.
_TELLERS = """
    SELECT e.rowid, e.article_id, coalesce(e.sentence, ''), coalesce(e.salience, 0) >= $lead
    FROM events e
    WHERE e.status IN ({fusable}) AND {kinds} AND e.place_lat IS NOT NULL
        AND (e.date_start IS NULL OR (e.date_start <= $later
            AND coalesce(e.date_end, e.date_start + 366) >= $first - {back}))
        AND ({test} OR (coalesce(e.salience, 0) >= $lead AND e.article_id IN (
            SELECT id FROM articles a WHERE {headline})))
"""


def _may_hold(column: str, wide: bool) -> str:
    """An SQL test that holds for every text ``column`` whose words (``words``) may hold
    one of ``$pattern``'s words: the lower-cased text holds one, or a letter outside
    ASCII that folds to ASCII, or (``wide``: a word outside ASCII is sought) any letter
    outside ASCII."""
    text = f"coalesce({column}, '')"
    tests = [f"regexp_matches(lower({text}), $pattern)", f"regexp_matches({text}, $odd)"]
    if wide:
        tests.append(f"regexp_matches({text}, '[^\\x00-\\x7f]')")
    return "(" + " OR ".join(tests) + ")"


def names(con, reports: Sequence[Report]) -> pa.Table:
    """(name, w): each stored place name whose words the ``w``-th report's words all tell,
    for the placed reports."""
    by_word: dict[str, list[int]] = {}
    for n, report in enumerate(reports):
        if report.point:
            for word in report.words:
                by_word.setdefault(word, []).append(n)
    pairs: dict[str, list[Any]] = {"name": [], "w": []}
    if by_word:
        stored = con.execute(
            "SELECT DISTINCT place_name FROM events "
            "WHERE place_name IS NOT NULL AND place_lat IS NOT NULL"
        ).fetchall()
        for (name,) in stored:
            wanted = name_words(name)
            for n in by_word.get(min(wanted), ()) if wanted else ():
                if wanted <= reports[n].words:
                    pairs["name"].append(name)
                    pairs["w"].append(n)
    return pa.table(
        {"name": pa.array(pairs["name"], pa.string()), "w": pa.array(pairs["w"], pa.int64())}
    )


def tellers(
    con, reports: Sequence[Report], lists: dict[str, str], params: dict[str, Any]
) -> pa.Table:
    """(rid, w): each stored placed event whose words (``Report.words``: the sentence and a
    salient event's headline) tell every word of the ``w``-th report's place's name, for
    the placed reports; ``lists`` and ``params`` are ``store.nearby``'s (``$first`` and
    ``$later`` bound its days)."""
    sought: dict[str, list[int]] = {}
    for n, report in enumerate(reports):
        wanted = place_words(report) if report.point else frozenset()
        if wanted:
            sought.setdefault(max(sorted(wanted), key=len), []).append(n)
    pairs: dict[str, list[int]] = {"rid": [], "w": []}
    if not sought:
        return pa.table({k: pa.array(v, pa.int64()) for k, v in pairs.items()})
    wide = not all(word.isascii() for word in sought)
    query = _TELLERS.format(
        test=_may_hold("e.sentence", wide),
        headline=_may_hold("a.title", wide),
        back=rules().undated_days,
        **lists,
    )
    pattern = "|".join(re.escape(word) for word in sorted(sought))
    values = {"lead": LEAD, "odd": folding(), "pattern": pattern}
    values |= {"first": params["first"], "later": params["later"]}
    rows = con.execute(query, values).fetchall()
    heads = sorted({article for _, article, _, salient in rows if salient})
    found = con.execute("SELECT id, title FROM articles WHERE list_contains(?, id)", [heads])
    titles = dict(found.fetchall()) if heads else {}
    table = rules()
    for rid, article, sentence, salient in rows:
        said = words(told(titles.get(article), sentence, salient), table)
        for word in said & sought.keys():
            for n in sought[word]:
                if place_words(reports[n]) <= said:
                    pairs["rid"].append(rid)
                    pairs["w"].append(n)
    return pa.table({k: pa.array(v, pa.int64()) for k, v in pairs.items()})
