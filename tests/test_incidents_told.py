"""A report of another type whose words tell a shooting (``told_as`` in fusion.yaml) is
compared with the shooting's reports: an accident told with a gun, a charge in a shooting
its own article does not report; in memory, in the store (either order) and in a rebuild."""

from __future__ import annotations

from pathlib import Path

from fusion_checks import assert_orders_and_rebuild, groups, stored

from dateline import fuse
from dateline.incidents.fuse import reports_of
from dateline.models import Article, Event, Place, Result
from dateline.store.database import Store
from dateline.store.rebuild import rebuild

DAYTON = Place("Dayton", 0, 6, 1, "Dayton", "US", "OH", 39.76, -84.19, "PPLA2")


def _result(name: str, published: str, kind: str, sentence: str, day: str) -> Result:
    event = Event(
        kind, sentence, 0, 5, place=DAYTON, date=day, date_precision="day",
        salience=0.9, confidence=0.8,
    )  # fmt: skip
    article = Article(text=f"{name}. {sentence}", title=name, source=name, published=published)
    return Result(article, events=[event])


def _told() -> dict[str, Result]:
    return {
        "wire": _result(
            "Dayton Wire", "2016-05-02", "ASSAULT",
            "A 12-year-old boy was shot at a home on Elm Street in Dayton on Monday.",
            "2016-05-02",
        ),
        "accident": _result(
            "Miami Valley News", "2016-05-03", "DISASTER",
            "The Elm Street boy was accidentally shot with his father's handgun, police said.",
            "2016-05-02",
        ),
        "charge": _result(
            "Ohio Courts", "2016-05-04", "ACCUSE",
            "The father of the boy shot at home on Elm Street was charged with child endangering.",
            "2016-05-03",
        ),
        "crash": _result(
            "Dayton Traffic", "2016-05-02", "DISASTER",
            "A truck overturned on Elm Street in Dayton, blocking traffic for hours.",
            "2016-05-02",
        ),
    }  # fmt: skip


EXPECTED = {frozenset({"wire", "accident", "charge"}), frozenset({"crash"})}


def test_an_accident_told_with_a_gun_and_a_charge_join_the_shooting() -> None:
    told = _told()
    assert groups(told, fuse(told.values())) == EXPECTED


def test_without_the_told_words_the_accident_stays_apart() -> None:
    told = _told()
    told["accident"] = _result(
        "Miami Valley News", "2016-05-03", "DISASTER",
        "The Elm Street boy was hurt in an accident at home, police said.", "2016-05-02",
    )  # fmt: skip
    found = groups(told, fuse(told.values()))
    assert frozenset({"wire", "charge"}) in found
    assert not any({"accident", "wire"} <= group for group in found)


def test_the_store_in_either_order_and_a_rebuild_give_the_same(tmp_path: Path) -> None:
    assert_orders_and_rebuild(tmp_path, _told(), EXPECTED)


def test_a_sentence_naming_the_shooter_is_told_as_a_shooting() -> None:
    sentenced = _result(
        "Ohio Courts", "2016-09-12", "COERCE",
        "The Elm Street shooter was sentenced to 20 years in prison.", "2016-09-12",
    )  # fmt: skip
    assert reports_of([sentenced])[0].family == "violence"


def test_a_rebuild_sharing_the_families_out_gives_the_same(tmp_path: Path) -> None:
    told = _told()
    told["tow"] = _result(
        "Elm Street Gazette", "2016-05-03", "DISASTER",
        "The truck that overturned on Elm Street in Dayton was towed after hours.",
        "2016-05-02",
    )  # fmt: skip
    expected = {frozenset({"wire", "accident", "charge"}), frozenset({"crash", "tow"})}
    assert groups(told, fuse(told.values())) == expected
    with Store(tmp_path / "s.duckdb") as store:
        store.write(list(told.values()))
        assert stored(store.con) == {
            frozenset(told[n].article.title for n in group) for group in expected
        }
        before = stored(store.con)
        rebuild(store.con, workers=2)
        assert stored(store.con) == before


def _families(con) -> dict[str, str | None]:
    rows = con.execute(
        "SELECT a.title, e.fusion_family FROM events e JOIN articles a ON a.id = e.article_id"
    ).fetchall()
    return dict(rows)


def test_each_event_is_stored_with_the_family_its_words_tell(tmp_path: Path) -> None:
    told = _told()
    with Store(tmp_path / "s.duckdb") as store:
        store.write(list(told.values()))
        expected = {
            "Dayton Wire": "violence",
            "Miami Valley News": "violence",
            "Ohio Courts": "violence",
            "Dayton Traffic": "DISASTER",
        }
        assert _families(store.con) == expected
        store.con.execute("UPDATE events SET fusion_family = 'stale'")
        rebuild(store.con, workers=2)
        assert _families(store.con) == expected


def test_events_stored_before_the_family_column_are_still_found(tmp_path: Path) -> None:
    told = _told()
    with Store(tmp_path / "s.duckdb") as store:
        store.write([told["wire"], told["crash"]])
        store.con.execute("UPDATE events SET fusion_family = NULL")
        store.write([told["charge"], told["accident"]])
        assert stored(store.con) == {
            frozenset(told[n].article.title for n in group) for group in EXPECTED
        }


def test_opening_a_store_written_before_the_family_column_fills_what_sql_can(
    tmp_path: Path,
) -> None:
    told = _told()
    quiet = _result(
        "Dayton Roads", "2016-04-20", "DISASTER",
        "A water main broke under Route 4 north of Dayton, flooding a dozen basements.",
        "2016-04-20",
    )  # fmt: skip
    quiet.events[0].salience = 0.1
    path = tmp_path / "s.duckdb"
    with Store(path) as store:
        store.write([told["wire"], told["crash"], quiet])
        for (index,) in store.con.execute(
            "SELECT index_name FROM duckdb_indexes() WHERE table_name = 'events'"
        ).fetchall():
            store.con.execute(f"DROP INDEX {index}")
        store.con.execute("ALTER TABLE events DROP COLUMN fusion_family")
    with Store(path) as store:
        assert _families(store.con) == {
            "Dayton Wire": "violence",
            "Dayton Traffic": None,
            "Dayton Roads": "DISASTER",
        }
        store.write([told["charge"], told["accident"]])
        assert stored(store.con) == {
            frozenset(told[n].article.title for n in group) for group in EXPECTED
        } | {frozenset({"Dayton Roads"})}


def test_a_charge_in_a_death_joins_the_shooting_and_a_fatal_crash_does_not(
    tmp_path: Path,
) -> None:
    told = _told()
    told["charge"] = _result(
        "Ohio Courts", "2016-05-04", "ACCUSE",
        "The father was indicted in the death of the Elm Street boy.", "2016-05-03",
    )  # fmt: skip
    told["crash"] = _result(
        "Dayton Traffic", "2016-05-02", "DISASTER",
        "A driver died when his truck overturned on Elm Street in Dayton.", "2016-05-02",
    )  # fmt: skip
    assert [r.family for r in reports_of([told["charge"], told["crash"]])] == [
        "violence",
        "DISASTER",
    ]
    assert groups(told, fuse(told.values())) == EXPECTED
    assert_orders_and_rebuild(tmp_path, told, EXPECTED)
