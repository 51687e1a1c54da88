"""The terminal table: every PLOVER type name whole in an 80-column terminal."""

from __future__ import annotations

from rich.console import Console

from dateline.cli import EVENT_VIEW, INCIDENT_VIEW
from dateline.views import print_rows


def test_the_longest_type_name_is_not_cut_at_80_columns() -> None:
    row = {
        "date": "2017-10-07",
        "type": "COOPERATE",
        "place_name": "Mosul",
        "sentence": "Officials praised the cooperation between the two forces.",
    }
    for view in (EVENT_VIEW, INCIDENT_VIEW):
        console = Console(width=80, record=True)
        print_rows(console, [row], "table", view, "sentence")
        shown = console.export_text()
        assert "COOPERATE" in shown
        assert max(len(line) for line in shown.splitlines()) <= 80
