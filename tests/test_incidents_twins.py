"""Two records one article left for one shooting (told twice, not merged) do not keep the
reports that link to each of them apart; two shootings of one article four days apart
still do, though a report dated only to the month links to both."""

from __future__ import annotations

from dateline import fuse
from dateline.models import Article, Event, Place, Result

DAYTON = Place("Dayton", 0, 6, 1, "Dayton", "US", "OH", 39.76, -84.19, "PPL")


def _shooting(sentence: str, day: str, precision: str = "day") -> Event:
    return Event(
        "ASSAULT", sentence, 0, 5, mode="firearms", place=DAYTON, date=day,
        date_precision=precision, salience=0.9, confidence=0.8,
    )  # fmt: skip


def _article(source: str, published: str, *events: Event) -> Result:
    text = f"{source} {published} " + " ".join(e.sentence for e in events)
    return Result(Article(text=text, source=source, published=published), events=list(events))


def _together(results: list[Result]) -> set[frozenset[str]]:
    return {frozenset(m.article_id for m in i.members) for i in fuse(results) if i.articles > 1}


def _stories(second_day: str) -> list[Result]:
    told_twice = _article(
        "Dayton Ledger",
        "2026-05-04",
        _shooting("A man was shot outside the Elm Street bar early Sunday", "2026-05-03"),
        _shooting("Marcus Hale died of gunshot wounds at Miami Valley hospital", second_day),
    )
    bar = _article(
        "Ohio Wire",
        "2026-05-04",
        _shooting(
            "Gunfire outside the Elm Street bar early Sunday left a man dead", "2026-05", "month"
        ),
    )
    hospital = _article(
        "Miami Valley News",
        "2026-05-12",
        _shooting(
            "Marcus Hale, shot outside the Elm Street bar, died at Miami Valley hospital",
            "2026-05",
            "month",
        ),
    )
    return [told_twice, bar, hospital]


def test_a_shooting_told_twice_in_one_article_keeps_nothing_apart() -> None:
    stories = _stories("2026-05-03")
    ids = [r.article.id for r in stories]
    assert _together(stories) == {frozenset(ids)}


def test_two_shootings_of_one_article_on_other_days_stay_apart() -> None:
    stories = _stories("2026-05-07")
    ledger, bar, hospital = (r.article.id for r in stories)
    assert _together(stories) == {frozenset({ledger, bar}), frozenset({ledger, hospital})}
