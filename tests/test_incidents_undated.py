"""A placed report whose date the text does not tell (no date, or only the publication's
week) compares as time unknown within ``undated_days`` before publication: a follow-up
weeks later that does not date the shooting joins the wire report's incident, in memory,
in the store (either order) and in a rebuild, while another shooting in the same town
stays apart; a report the text dates, or one with no usable place, keeps its week."""

from __future__ import annotations

from pathlib import Path

from fusion_checks import assert_orders_and_rebuild

from dateline import fuse
from dateline.incidents.compare import looked_back
from dateline.incidents.fuse import reports_of
from dateline.models import Article, Event, Place, Result

ROCKFORD = Place("Rockford", 0, 8, 1, "Rockford", "US", "IL", 42.27, -89.09, "PPLA2")
ILLINOIS = Place("Illinois", 0, 8, 1, "Illinois", "US", "IL", 40.0, -89.0, "ADM1")


def _result(
    title: str, published: str, sentence: str, day: str | None, told: bool, place: Place
) -> Result:
    precision = None if day is None else "day" if len(day) == 10 else "week"
    event = Event(
        "ASSAULT", sentence, 0, 5, place=place, date=day, date_precision=precision,
        quantities={"killed": 1}, salience=0.9, confidence=0.8,
        evidence={"date": [0, 5]} if told else {},
    )  # fmt: skip
    article = Article(text=f"{title}. {sentence}", title=title, source=title, published=published)
    return Result(article, events=[event])


def _wire() -> Result:
    return _result(
        "Toddler killed in Rockford shooting", "2015-03-14",
        "A 2-year-old girl was killed Friday when gunfire struck a house on Kilburn Avenue "
        "in Rockford.",
        "2015-03-13", True, ROCKFORD,
    )  # fmt: skip


def _follow_up(told: bool = False, place: Place = ROCKFORD) -> Result:
    return _result(
        "Man pleads not guilty in Kilburn Avenue shooting of toddler", "2015-04-07",
        "A man charged with the fatal shooting of a 2-year-old girl in a house on Kilburn "
        "Avenue pleaded not guilty Monday.",
        "2015-W15", told, place,
    )  # fmt: skip


def _other() -> Result:
    return _result(
        "Man killed in shooting on Broadway", "2015-03-28",
        "A 34-year-old man was shot and killed Friday night outside a bar on Broadway in "
        "Rockford.",
        "2015-03-27", True, ROCKFORD,
    )  # fmt: skip


def _incidents(results: list[Result]) -> list[set[str]]:
    return sorted(
        ({m.article_id for m in i.members} for i in fuse(results)), key=lambda s: sorted(s)
    )


def test_a_follow_up_weeks_later_joins_the_shooting_not_another() -> None:
    wire, follow, other = _wire(), _follow_up(), _other()
    found = _incidents([wire, follow, other])
    assert {wire.article.id, follow.article.id} in found
    assert {other.article.id} in found


def test_a_date_the_text_tells_or_no_usable_place_keeps_the_week() -> None:
    assert len(fuse([_wire(), _follow_up(told=True)])) == 2
    assert len(fuse([_wire(), _follow_up(place=ILLINOIS)])) == 2


def test_the_look_back_ends_undated_days_before_publication() -> None:
    late = _follow_up()
    late.article.published = "2015-04-20"
    late.events[0].date = "2015-W17"
    wire, follow = reports_of([_wire(), late])
    assert not looked_back(wire, follow)
    assert len(fuse([_wire(), late])) == 2


def test_the_store_in_either_order_and_a_rebuild_give_the_same(tmp_path: Path) -> None:
    stories = {"wire": _wire(), "other": _other(), "follow": _follow_up()}
    assert_orders_and_rebuild(
        tmp_path, stories, [frozenset({"wire", "follow"}), frozenset({"other"})]
    )
