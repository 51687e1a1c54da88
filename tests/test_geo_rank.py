"""The ranker's focus countries."""

from __future__ import annotations

from dateline.geo.gazetteer import Candidate
from dateline.geo.rank import _focus


def _place(country: str) -> Candidate:
    return Candidate(0, None, "X", country, None, None, 0.0, 0.0, "P", "PPL", 1_000)


def test_a_repeated_name_votes_once_for_the_focus():
    names = ["dublin"] * 5 + ["columbus", "worthington"]
    options = [[(_place("IE"), "main")]] * 5 + [[(_place("US"), "main")]] * 2
    focus = _focus(options, [0] * 7, [], None, names)
    assert focus["US"] > focus["IE"]
