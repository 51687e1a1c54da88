"""A cluster that a toll joined across a pair its dates alone rule out holds a misdated
report: an early report of the shooting's day, which that report's date alone keeps
apart, still joins the rest, and a report most of the cluster is dated apart from does
not; in memory, in the store (either order) and in a rebuild."""

from __future__ import annotations

from pathlib import Path

from fusion_checks import assert_orders_and_rebuild, groups

from dateline import fuse
from dateline.incidents import compare
from dateline.incidents.fuse import reports_of
from dateline.models import Article, Event, Place, Result

AKRON = Place("Akron", 0, 5, 1, "Akron", "US", "OH", 41.08, -81.52, "PPLA2")


def _result(name: str, published: str, day: str, sentence: str, killed: float, hurt: float):
    event = Event(
        "ASSAULT", sentence, 0, 5, place=AKRON, date=day, date_precision="day",
        quantities={"killed": killed, "wounded": hurt}, salience=0.9, confidence=0.8,
    )  # fmt: skip
    article = Article(text=f"{name}. {sentence}", title=name, source=name, published=published)
    return Result(article, events=[event])


def _reports() -> dict[str, Result]:
    return {
        "wire": _result(
            "Ohio Wire", "2016-08-14", "2016-08-13",
            "A gunman killed five people and wounded two at a birthday party on Maple Avenue "
            "in Akron on Saturday.", 5, 2,
        ),
        "partial": _result(
            "Canton Evening", "2016-08-13", "2016-08-13",
            "Four people were killed and two hurt at a birthday party on Maple Avenue in Akron.",
            4, 2,
        ),
        "hearing": _result(
            "Court Watch", "2016-08-21", "2016-08-20",
            "The man charged in the Akron party shooting that left five dead and two wounded "
            "waived a hearing Saturday.", 5, 2,
        ),
        "early": _result(
            "Akron Radio", "2016-08-13", "2016-08-13",
            "Three people died and one was hurt in a shooting overnight in Akron.", 3, 1,
        ),
    }  # fmt: skip


EXPECTED = {frozenset({"wire", "partial", "hearing", "early"})}


def test_an_early_count_of_the_day_joins_a_cluster_holding_a_misdated_report() -> None:
    found = _reports()
    reports = {name: reports_of([result])[0] for name, result in found.items()}
    assert compare.tolled(reports["wire"], reports["hearing"])
    assert compare.veto(reports["partial"], reports["hearing"]) == "time"
    assert compare.veto(reports["early"], reports["hearing"]) == "time"
    assert compare.score(reports["hearing"], reports["wire"]) > compare.score(
        reports["early"], reports["partial"]
    )
    assert groups(found, fuse(found.values())) == EXPECTED


def test_a_report_most_of_the_cluster_is_dated_apart_from_stays_out() -> None:
    found = _reports()
    found["later"] = _result(
        "Akron Radio", "2016-08-20", "2016-08-20",
        "Two people died and one was hurt in a shooting overnight in Akron.", 2, 1,
    )  # fmt: skip
    assert frozenset({"later"}) in groups(found, fuse(found.values()))


def test_the_store_in_either_order_and_a_rebuild_give_the_same(tmp_path: Path) -> None:
    assert_orders_and_rebuild(tmp_path, _reports(), EXPECTED)
