"""The ranker's focus countries."""

from __future__ import annotations

from dateline.geo.gazetteer import Candidate
from dateline.geo.rank import _focus, _votes, candidates_for
from dateline.geo.recognise import Mention
from dateline.geo.stage import open_gazetteer


def _place(country: str) -> Candidate:
    return Candidate(0, None, "X", country, None, None, 0.0, 0.0, "P", "PPL", 1_000)


def test_a_repeated_name_votes_once_for_the_focus():
    names = ["dublin"] * 5 + ["columbus", "worthington"]
    options = [[(_place("IE"), "main")]] * 5 + [[(_place("US"), "main")]] * 2
    votes = _votes(options, [0] * 7, [], None, names)
    focus = _focus(votes, "elsewhere")
    assert focus["US"] > focus["IE"]


def test_a_reading_does_not_vouch_for_its_own_country():
    names = ["gaza", "jerusalem"]
    options = [[(_place("MZ"), "main")], [(_place("IL"), "main")]]
    votes = _votes(options, [0, 0], ["PS"], None, names)
    assert "MZ" not in _focus(votes, "gaza")
    assert _focus(votes, "jerusalem")["MZ"] == 0.5


def test_a_name_matches_by_its_best_key():
    gaza_city = Mention(0, 9, "Gaza City", "GPE", "populated", ["gaza city", "gaza"])
    found = candidates_for([gaza_city], open_gazetteer(None))[0]
    assert ("PS", "PPL", "main") in {(c.country_code, c.feature_code, how) for c, how in found}
