"""Recognition cues: a list before a plural type word, and legislators' home places."""

from __future__ import annotations

from dateline.geo.recognise import recognise
from dateline.geo.stage import open_gazetteer
from dateline.nlp import load


def _mentions(text: str) -> dict[str, str | None]:
    return {m.text: m.hint for m in recognise(load()(text), open_gazetteer(None))}


def test_names_listed_before_a_plural_type_word_are_places():
    found = _mentions(
        "Flood warnings remain in place for Hitchcock and Hayes counties until Sunday, "
        "forecasters said."
    )
    assert "Hitchcock" in found
    assert found["Hayes"] == "admin2"


def test_a_legislators_home_place_after_the_party_letter():
    found = _mentions(
        "The bill was sponsored by Rep. Anna Price, D-Westfield, and Sen. Tom Hale, "
        "R-Ocilla, who said it would pass."
    )
    assert {"Westfield", "Ocilla"} <= set(found)


def test_d_day_is_not_a_party_letter():
    assert "Day" not in _mentions("Veterans gathered on D-Day, the mayor said, as every year.")
