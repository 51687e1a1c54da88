"""The SQL test of which stored events may be told as another family keeps every event
fusion reads so (its report's family), and leaves out those of the types told as a
shooting whose sentences name no shot."""

from __future__ import annotations

from pathlib import Path

from dateline.incidents.config import rules
from dateline.incidents.fuse import reports_of
from dateline.models import Article, Event, Result
from dateline.store.database import Store
from dateline.store.told import folding, may_be_told_any

TOLD = [
    ("DISASTER", "The boy was accidentally shot with his father's handgun.", 0.0),
    ("DISASTER", "A truck overturned on the interstate, blocking traffic.", 0.0),
    ("ACCUSE", "The neighbour was charged in the SHOOTING death of a teen.", 0.0),
    ("ACCUSE", "The mayor accused the council of wasting the budget.", 0.0),
    ("PROTEST", "Marchers gathered outside city hall after the gunſhot victim died.", 0.0),
    ("PROTEST", "Dozens of parents protested the school's new schedule.", 0.9),
    ("ASSAULT", "Two men were stabbed outside a bar on Main Street.", 0.0),
]


def test_the_sql_keeps_every_event_told_as_another_family(tmp_path: Path) -> None:
    results = [
        Result(
            Article(text=sentence, title="Police: teen shot", published="2021-03-02"),
            events=[Event(kind, sentence, 0, 5, status="asserted", salience=salience)],
        )
        for kind, sentence, salience in TOLD
    ]
    table = rules()
    told_so = {r.sentence for r in reports_of(results) if r.family != table.family_of(r.type)}
    with Store(tmp_path / "s.duckdb") as store:
        store.write(results)
        kept = {
            sentence
            for (sentence,) in store.con.execute(
                f"SELECT sentence FROM events e WHERE {may_be_told_any()}"
            ).fetchall()
        }
    assert told_so <= kept
    assert told_so == {TOLD[0][1], TOLD[2][1], TOLD[4][1], TOLD[5][1]}
    assert kept == told_so


def test_every_letter_folding_to_ascii_is_in_the_basic_plane() -> None:
    beyond = [c for c in range(0x10000, 0x110000) if chr(c).casefold().isascii()]
    assert beyond == []
    assert "ſ" in folding() and "ß" in folding() and "a" not in folding()
