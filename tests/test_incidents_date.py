"""An incident's date is the one most of its articles give at the finest precision, not
the earliest: a story that dates the shooting a day early (late Friday against early
Saturday) is outvoted by two that give Saturday; with one article each, the earliest."""

from __future__ import annotations

from pathlib import Path

from dateline import fuse
from dateline.models import Article, Event, Place, Result
from dateline.store.database import Store

DAYTON = Place("Dayton", 0, 6, 1, "Dayton", "US", "OH", 39.76, -84.19, "PPLA2")


def _story(source: str, published: str, day: str, sentence: str) -> Result:
    event = Event(
        "ASSAULT", sentence, 0, 5, mode="firearms", place=DAYTON, date=day,
        date_precision="day", quantities={"wounded": 2}, salience=0.9, confidence=0.8,
    )  # fmt: skip
    article = Article(text=sentence, title=sentence, source=source, published=published)
    return Result(article, events=[event])


WIRE = _story(
    "Wire", "2016-05-07", "2016-05-07",
    "Two men were wounded in a shooting outside a Wayne Avenue bar early Saturday.",
)  # fmt: skip
PAPER = _story(
    "Paper", "2016-05-08", "2016-05-07",
    "Police are looking for the gunman who wounded two men outside a Wayne Avenue bar.",
)  # fmt: skip
RADIO = _story(
    "Radio", "2016-05-09", "2016-05-06",
    "The two men wounded outside the Wayne Avenue bar late Friday are expected to recover.",
)  # fmt: skip


def test_the_date_most_articles_give_wins() -> None:
    (incident,) = fuse([WIRE, PAPER, RADIO])
    assert incident.articles == 3
    assert (incident.date, incident.date_precision) == ("2016-05-07", "day")


def test_one_article_each_gives_the_earliest() -> None:
    (incident,) = fuse([WIRE, RADIO])
    assert incident.date == "2016-05-06"


def test_the_order_of_the_articles_does_not_matter() -> None:
    dates = {fuse(order)[0].date for order in ([WIRE, PAPER, RADIO], [RADIO, PAPER, WIRE])}
    assert dates == {"2016-05-07"}


def test_the_store_in_either_order_gives_the_same_date(tmp_path: Path) -> None:
    for n, order in enumerate(([WIRE, PAPER, RADIO], [RADIO, PAPER, WIRE])):
        with Store(tmp_path / f"s{n}.duckdb") as store:
            for result in order:
                store.write([result])
            rows = store.con.execute("SELECT date FROM incidents").fetchall()
            assert rows == [("2016-05-07",)]
