"""Reports tied by a person both name (``incidents.ties``): a charge months after a
shooting, dated to the court's day, naming the victim the shooting's report names, at the
same place, joins the shooting's incident, and so does a vigil that names the victim but
tells no follow-up; a follow-up naming someone else, and another shooting on the same
street, stay apart. In memory, in the store in either order, and in a rebuild."""

from __future__ import annotations

from pathlib import Path

from fusion_checks import assert_orders_and_rebuild, groups

from dateline import fuse
from dateline.models import Actor, Article, Event, Place, Result

DAYTON = Place("Dayton", 0, 6, 1, "Dayton", "US", "OH", 39.76, -84.19, "PPLA2")
HAMILTON = Place("Hamilton", 0, 8, 2, "Hamilton", "US", "OH", 39.40, -84.56, "PPLA2")


def _person(name: str) -> Actor:
    ident = "person:" + name.lower().replace(" ", "-")
    return Actor(name, 0, len(name), actor_id=ident, name=name, kind="person")


def _result(title: str, published: str, sentence: str, victim: str) -> Result:
    event = Event(
        "ASSAULT", sentence, 0, 5, place=DAYTON, date=published, date_precision="day",
        recipient=_person(victim), salience=0.9, confidence=0.8, evidence={"date": [0, 5]},
    )  # fmt: skip
    article = Article(text=f"{title}. {sentence}", title=title, source=title, published=published)
    return Result(article, events=[event])


def _stories(charged: str) -> dict[str, Result]:
    return {
        "shooting": _result(
            "Man shot on Salem Avenue", "2016-05-07",
            "Marcus Hill, 24, was shot several times on Salem Avenue in Dayton on Saturday.",
            "Marcus Hill",
        ),
        "charge": _result(
            "Man charged in Salem Avenue shooting", "2016-09-14",
            f"A 22-year-old man was charged Wednesday in the shooting of {charged} in May.",
            charged,
        ),
        "other": _result(
            "Teen wounded on Salem Avenue", "2016-05-14",
            "Devon Price, 17, was shot in the leg on Salem Avenue on Saturday night.",
            "Devon Price",
        ),
    }  # fmt: skip


TIED = {frozenset({"shooting", "charge"}), frozenset({"other"})}


def test_a_charge_naming_the_victim_joins_the_shooting_months_before() -> None:
    stories = _stories("Marcus Hill")
    assert groups(stories, fuse(stories.values())) == TIED


def test_a_charge_naming_someone_else_stays_apart() -> None:
    stories = _stories("Andre Wells")
    assert len(fuse(stories.values())) == 3


def test_the_store_in_either_order_and_a_rebuild_give_the_same(tmp_path: Path) -> None:
    assert_orders_and_rebuild(tmp_path, _stories("Marcus Hill"), TIED)


def test_an_arrest_told_the_same_day_in_the_next_county_joins() -> None:
    stories = _stories("Marcus Hill")
    arrest = _result(
        "Suspect arrested in Hamilton", "2016-05-07",
        "Hamilton police arrested a suspect in the killing of Marcus Hill.", "Marcus Hill",
    )  # fmt: skip
    arrest.events[0].place = HAMILTON
    stories["charge"] = arrest
    assert groups(stories, fuse(stories.values())) == TIED


def test_a_vigil_naming_the_victim_months_later_joins_though_it_tells_no_follow_up() -> None:
    stories = _stories("Marcus Hill")
    stories["charge"] = _result(
        "Neighbors remember Salem Avenue shooting victim", "2016-08-20",
        "Neighbors gathered on Saturday to remember Marcus Hill, who was shot on Salem "
        "Avenue in May.",
        "Marcus Hill",
    )  # fmt: skip
    assert groups(stories, fuse(stories.values())) == TIED


TOLEDO = Place("Toledo", 0, 6, 3, "Toledo", "US", "OH", 41.66, -83.56, "PPLA2")
FORT_WAYNE = Place("Fort Wayne", 0, 10, 4, "Fort Wayne", "US", "IN", 41.13, -85.13, "PPLA2")


def test_a_charge_placed_far_off_in_the_same_state_still_joins() -> None:
    """A follow-up whose place was put in the wrong town of the state (Toledo, 220 km
    from Dayton) is tied by the victim it names; the same error into the next state
    (Fort Wayne, Indiana) is not."""
    stories = _stories("Marcus Hill")
    stories["charge"].events[0].place = TOLEDO
    assert groups(stories, fuse(stories.values())) == TIED
    stories["charge"].events[0].place = FORT_WAYNE
    assert len(fuse(stories.values())) == 3


def test_the_store_ties_a_charge_placed_far_off_in_the_same_state(tmp_path: Path) -> None:
    stories = _stories("Marcus Hill")
    stories["charge"].events[0].place = TOLEDO
    assert_orders_and_rebuild(tmp_path, stories, TIED)
