"""Two reports placed beyond ``far_km`` of each other are one happening when one report's
headline names the other's place ("Suspect in Rochester shooting arrested", placed at the
arrest in Buffalo): in memory, in the store whatever the order (and a store written
before its word tables), and after a re-fusion."""

from __future__ import annotations

from pathlib import Path

from fusion_checks import assert_orders_and_rebuild, groups

from dateline.incidents import compare
from dateline.incidents.fuse import fuse_reports, reports_of
from dateline.incidents.reports import from_event
from dateline.models import Article, Event, Place, Result
from dateline.store.database import Store
from dateline.store.nearby import nearby

ROCHESTER = Place("Rochester", 0, 9, 1, "Rochester", "US", "NY", 43.155, -77.616, "PPLA2")
BUFFALO = Place("Buffalo", 0, 7, 2, "Buffalo", "US", "NY", 42.886, -78.878, "PPLA2")
ERIE = Place("Erie", 0, 4, 3, "Erie", "US", "PA", 42.129, -80.085, "PPLA2")


def _result(title: str, sentence: str, place: Place, day: str, killed: int | None = 2) -> Result:
    event = Event(
        "ASSAULT", sentence, 0, 7, place=place, date=day, date_precision="day",
        quantities={"killed": killed} if killed else {}, salience=0.9, confidence=0.8,
    )  # fmt: skip
    article = Article(f"{title}\n\n{sentence}", title, source="Lake Wire", published=day)
    return Result(article, events=[event])


PARTY = _result(
    "Two killed at Rochester house party",
    "Two people were killed when a gunman opened fire at a crowded house party early Sunday.",
    ROCHESTER,
    "2016-07-03",
)
ARREST = _result(
    "Suspect in Rochester house party shooting arrested",
    "Detectives arrested the gunman at the Buffalo airport as he tried to board a flight.",
    BUFFALO,
    "2016-07-03",
)
DRIVE_BY = _result(
    "Teen wounded in drive-by",
    "A 15-year-old boy was wounded in a drive-by shooting on Main Street.",
    BUFFALO,
    "2016-07-07",
    killed=None,
)


def _report(result: Result):
    return from_event(result.article, 0, result.events[0], 0.5)


def test_a_far_place_the_other_report_names_is_no_veto() -> None:
    party, arrest = _report(PARTY), _report(ARREST)
    assert compare.km(party, arrest) > 60
    assert compare.named_far(party, arrest)
    assert compare.veto(party, arrest) is None
    assert compare.score(party, arrest) >= 0.6


def test_a_far_place_no_report_names_stays_a_veto() -> None:
    party = _report(PARTY)
    elsewhere = _report(
        _result(
            "Two killed at house party",
            "Two people were killed when a gunman opened fire at a crowded house party.",
            ERIE,
            "2016-07-03",
        )
    )
    assert not compare.named_far(party, elsewhere)
    assert compare.veto(party, elsewhere) == "place"


def test_a_named_place_in_another_state_scores_unknown() -> None:
    party = _report(PARTY)
    across = _report(
        _result(
            "Suspect in Rochester house party shooting arrested",
            "Detectives arrested the gunman at a motel in Erie.",
            ERIE,
            "2016-07-03",
        )
    )
    same_state = _report(ARREST)
    assert compare.named_far(party, across)
    assert compare.score(party, across) < compare.score(party, same_state)


def test_the_store_searches_both_ways_by_the_names(tmp_path: Path) -> None:
    unnamed = _result(
        "Man shot outside bar", "A man was shot outside a bar on State Street.", ERIE, "2016-07-03"
    )
    with Store(tmp_path / "party.duckdb") as store:
        store.write([PARTY])
        assert len(nearby(store.con, [_report(ARREST)])) == 1
        assert nearby(store.con, [_report(unnamed)]) == {}
    with Store(tmp_path / "arrest.duckdb") as store:
        store.write([ARREST])
        assert len(nearby(store.con, [_report(PARTY)])) == 1
        assert nearby(store.con, [_report(unnamed)]) == {}


def test_memory_store_orders_and_rebuild_agree(tmp_path: Path) -> None:
    results = {"party": PARTY, "arrest": ARREST, "drive-by": DRIVE_BY}
    fused = fuse_reports(reports_of(results.values()))
    expected = {frozenset({"party", "arrest"}), frozenset({"drive-by"})}
    assert groups(results, fused) == expected
    assert_orders_and_rebuild(tmp_path, results, expected)


def test_a_store_written_before_the_word_tables_fills_them(tmp_path: Path) -> None:
    path = tmp_path / "old.duckdb"
    with Store(path) as store:
        store.write([PARTY])
        store.con.execute("DROP INDEX place_words_key")
        store.con.execute("DROP TABLE salient_words")
        store.con.execute("DROP TABLE place_words")
    with Store(path) as store:
        assert len(nearby(store.con, [_report(ARREST)])) == 1
        store.write([ARREST])
        rowids = sorted(nearby(store.con, [_report(PARTY)]))
        found = store.con.execute(
            "SELECT article_id FROM events WHERE rowid = ANY(?)", [rowids]
        ).fetchall()
        assert {a for (a,) in found} == {PARTY.article.id, ARREST.article.id}
