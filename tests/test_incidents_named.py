"""People an article names with an age (``incidents.named``): its victims and suspects,
not its officials; none in a roundup that names more than two. A report of a shooting and
a story months later that both name the victim with an age, though neither has the
victim as its recipient, are one incident, in memory, in the store in either order and in
a rebuild; a roundup naming the victim among others ties nothing. Reports written for these
tests."""

from __future__ import annotations

from pathlib import Path

from fusion_checks import assert_orders_and_rebuild, groups

from dateline import fuse
from dateline.incidents.named import named_with_age
from dateline.models import Actor, Article, Event, Place, Result

DAYTON = Place("Dayton", 0, 6, 1, "Dayton", "US", "OH", 39.76, -84.19, "PPLA2")


def _result(title: str, published: str, text: str, names: list[str]) -> Result:
    """A report whose lead shooting names no one; ``names`` are its people as the actors
    stage finds them."""
    actors = [
        Actor(
            name,
            text.index(name),
            text.index(name) + len(name),
            kind="person",
            name=name,
            actor_id="person:" + name.lower().replace(" ", "-"),
        )  # fmt: skip
        for name in names
    ]
    event = Event(
        "ASSAULT", text, 0, 5, place=DAYTON, date=published, date_precision="day",
        salience=0.9, confidence=0.8, evidence={"date": [0, 5]},
    )  # fmt: skip
    article = Article(text=text, title=title, source=title, published=published)
    return Result(article, actors=actors, events=[event])


def _stories() -> dict[str, Result]:
    return {
        "shooting": _result(
            "Man shot on Salem Avenue", "2016-05-07",
            "A man was shot several times on Salem Avenue on Saturday. Police identified "
            "him as Marcus Hill, 24, of Dayton. Chief Karen Pope said no one is in custody.",
            ["Marcus Hill", "Karen Pope"],
        ),
        "vigil": _result(
            "Neighbors remember Salem Avenue shooting", "2016-09-10",
            "Neighbors gathered on Salem Avenue on Saturday where a 24-year-old Marcus Hill "
            "was shot in May.",
            ["Marcus Hill"],
        ),
        "other": _result(
            "Teen wounded on Salem Avenue", "2016-05-14",
            "A teenager was shot in the leg on Salem Avenue on Saturday night. Chief Karen "
            "Pope said Devon Price, 17, is expected to recover.",
            ["Karen Pope", "Devon Price"],
        ),
    }  # fmt: skip


TIED = {frozenset({"shooting", "vigil"}), frozenset({"other"})}


def test_the_people_named_with_an_age_are_the_victims_not_the_officials() -> None:
    stories = _stories()
    assert named_with_age(stories["shooting"]) == ["person:marcus-hill"]
    assert named_with_age(stories["vigil"]) == ["person:marcus-hill"]
    assert named_with_age(stories["other"]) == ["person:devon-price"]


def test_two_reports_naming_the_victim_with_an_age_are_one_incident() -> None:
    stories = _stories()
    assert groups(stories, fuse(stories.values())) == TIED


def test_the_store_in_either_order_and_a_rebuild_give_the_same(tmp_path: Path) -> None:
    assert_orders_and_rebuild(tmp_path, _stories(), TIED)


def test_a_roundup_naming_more_than_two_people_ties_nothing() -> None:
    stories = _stories()
    stories["vigil"] = _result(
        "Three shot in Dayton over the weekend", "2016-09-10",
        "Marcus Hill, 24, Devon Price, 17, and Tasha Bell, 30, were shot in separate "
        "shootings across Dayton over the weekend, police said.",
        ["Marcus Hill", "Devon Price", "Tasha Bell"],
    )  # fmt: skip
    assert named_with_age(stories["vigil"]) == []
    assert len(fuse(stories.values())) == 3
