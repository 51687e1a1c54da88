"""A toll tie (``incidents.ties``): the trial of a mass shooting, months after it and
dated to the court's day, that gives the same toll of five or more killed and shares the
shooting's words, joins its incident; a report of another shooting in the town with
another toll stays apart. In memory, in the store in either order, and in a rebuild."""

from __future__ import annotations

from pathlib import Path

from fusion_checks import assert_orders_and_rebuild, groups

from dateline import fuse
from dateline.models import Article, Event, Place, Result

TULSA = Place("Tulsa", 0, 5, 1, "Tulsa", "US", "OK", 36.15, -95.99, "PPLA2")


def _result(title: str, published: str, sentence: str, killed: float) -> Result:
    event = Event(
        "ASSAULT", sentence, 0, 5, place=TULSA, date=published, date_precision="day",
        quantities={"killed": killed}, salience=0.9, confidence=0.8, evidence={"date": [0, 5]},
    )  # fmt: skip
    article = Article(text=f"{title}. {sentence}", title=title, source=title, published=published)
    return Result(article, events=[event])


def _stories(toll: float) -> dict[str, Result]:
    return {
        "shooting": _result(
            "Five killed in shooting at Tulsa nightclub", "2016-03-06",
            "Five people were killed when a gunman opened fire inside a nightclub on Sunday.",
            5,
        ),
        "trial": _result(
            "Trial opens in Tulsa nightclub shooting", "2016-11-14",
            f"Jurors heard Monday how {toll:g} people were killed at the nightclub in March.",
            toll,
        ),
        "other": _result(
            "Man killed outside Tulsa gas station", "2016-11-12",
            "A man was shot and killed outside a gas station on Saturday night.",
            1,
        ),
    }  # fmt: skip


TIED = {frozenset({"shooting", "trial"}), frozenset({"other"})}


def test_a_trial_giving_the_same_toll_joins_the_shooting_months_before() -> None:
    stories = _stories(5)
    assert groups(stories, fuse(stories.values())) == TIED


def test_a_trial_giving_another_toll_stays_apart() -> None:
    stories = _stories(6)
    assert len(fuse(stories.values())) == 3


def test_the_store_in_either_order_and_a_rebuild_give_the_same(tmp_path: Path) -> None:
    assert_orders_and_rebuild(tmp_path, _stories(5), TIED)
