"""A story dated only by its publication week (the text tells no time of the happening)
is compared as of the week before publication: a Monday's story of Saturday's shooting
meets Saturday's report, in memory, in the store (either order) and in a rebuild. Also:
a headline's words leave out the site's name pages append to it."""

from __future__ import annotations

from pathlib import Path

from fusion_checks import assert_orders_and_rebuild

from dateline import fuse
from dateline.incidents.reports import headline
from dateline.models import Article, Event, Place, Result

DAYTON = Place("Dayton", 0, 6, 1, "Dayton", "US", "OH", 39.76, -84.19, "PPLA2")


def _result(title: str, published: str, sentence: str, day: str, told: bool) -> Result:
    precision = "day" if len(day) == 10 else "week"
    event = Event(
        "ASSAULT", sentence, 0, 5, place=DAYTON, date=day, date_precision=precision,
        salience=0.9, confidence=0.8, evidence={"date": [0, 5]} if told else {},
    )  # fmt: skip
    article = Article(text=f"{title}. {sentence}", title=title, source=title, published=published)
    return Result(article, events=[event])


def _stories(told: bool) -> list[Result]:
    return [
        _result(
            "Man shot outside Third Street bar", "2016-05-07",
            "A man was shot outside a bar on Third Street in Dayton early Saturday.",
            "2016-05-07", True,
        ),
        _result(
            "Victim of Third Street bar shooting dies", "2016-05-09",
            "The man who was shot outside the Third Street bar has died, the coroner said.",
            "2016-W19", told,
        ),
    ]  # fmt: skip


def test_a_monday_story_with_no_time_told_meets_saturdays_shooting() -> None:
    assert len(fuse(_stories(told=False))) == 1


def test_a_week_the_text_tells_is_taken_at_its_word() -> None:
    assert len(fuse(_stories(told=True))) == 2


def test_the_store_in_either_order_and_a_rebuild_give_the_same(tmp_path: Path) -> None:
    shooting, death = _stories(told=False)
    stories = {"shooting": shooting, "death": death}
    assert_orders_and_rebuild(tmp_path, stories, [frozenset(stories)])


def test_a_headline_without_the_sites_name() -> None:
    title = "Teen shot on Elm Street - WDTN Channel 2 Dayton News, Weather & Sports"
    assert headline(title) == "Teen shot on Elm Street"
    assert headline("Bond set | Miami Valley News | Ohio") == "Bond set"
    assert headline("Two hurt in Dayton shooting") == "Two hurt in Dayton shooting"
