"""A lead dated to its publication day because the text tells no time (no "date" in its
evidence, ``anchors.timeless_day``) is compared as loosely as one dated to the publication
week: a Tuesday's story that tells no time meets Saturday's shooting, in memory, in the
store (either order) and in a rebuild, while a Tuesday the text tells stays apart; and the
incident takes a day a text tells over an untold publication day. On the very day of
another report, an untold publication day still scores as that day."""

from __future__ import annotations

from pathlib import Path

from fusion_checks import assert_orders_and_rebuild

from dateline import fuse
from dateline.incidents.compare import score
from dateline.incidents.fuse import reports_of
from dateline.incidents.reports import untold_publication
from dateline.models import Article, Event, Place, Result

ELGIN = Place("Elgin", 0, 5, 1, "Elgin", "US", "IL", 42.04, -88.28, "PPL")


def _result(title: str, published: str, sentence: str, told: bool) -> Result:
    event = Event(
        "ASSAULT", sentence, 0, 5, place=ELGIN, date=published, date_precision="day",
        salience=0.9, confidence=0.8, evidence={"date": [0, 5]} if told else {},
    )  # fmt: skip
    article = Article(text=f"{title}. {sentence}", title=title, source=title, published=published)
    return Result(article, events=[event])


def _shooting() -> Result:
    return _result(
        "Woman wounded on Chicago Street in Elgin", "2018-09-15",
        "A woman was wounded by gunfire on Chicago Street in Elgin on Saturday morning.",
        True,
    )  # fmt: skip


def _follow_up(title: str, told: bool, published: str = "2018-09-18") -> Result:
    return _result(
        title, published,
        "The woman wounded by gunfire on Chicago Street in Elgin remains in the hospital.",
        told,
    )  # fmt: skip


def test_an_untold_publication_day_is_only_the_publications() -> None:
    assert untold_publication("2018-09-18", "day", False, "2018-09-18")
    assert untold_publication("2018-W38", "week", False, "2018-09-18")
    assert not untold_publication("2018-09-18", "day", True, "2018-09-18")
    assert not untold_publication("2018-09-16", "day", False, "2018-09-18")


def test_a_story_that_tells_no_time_meets_the_shooting_days_before() -> None:
    assert len(fuse([_shooting(), _follow_up("Elgin woman still in hospital", False)])) == 1


def test_a_day_the_text_tells_is_taken_at_its_word() -> None:
    assert len(fuse([_shooting(), _follow_up("Elgin woman still in hospital", True)])) == 2


def test_the_store_in_either_order_and_a_rebuild_give_the_same(tmp_path: Path) -> None:
    stories = {"shooting": _shooting(), "later": _follow_up("Elgin woman still in hospital", False)}
    assert_orders_and_rebuild(tmp_path, stories, [frozenset(stories)])


def test_the_incident_takes_the_told_day_over_untold_publication_days() -> None:
    stories = [
        _shooting(),
        _follow_up("Elgin woman still in hospital", False),
        _follow_up("Chicago Street shooting victim recovering", False),
    ]
    (incident,) = fuse(stories)
    assert (incident.date, incident.date_precision) == ("2018-09-15", "day")


def test_an_untold_publication_day_on_the_other_reports_day_scores_as_that_day() -> None:
    title = "Elgin woman still in hospital"
    shooting, told, untold = reports_of(
        [_shooting(), _follow_up(title, True, "2018-09-15"), _follow_up(title, False, "2018-09-15")]
    )
    assert untold.untold and not told.untold
    assert score(shooting, untold) == score(shooting, told)
