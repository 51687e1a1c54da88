"""The killer's own death told apart from the lead's victims, on short reports written for
these tests: it adds one to a count of the people a doer's verb befell, his suicide or his
death at others' hands (told by a noun for the doer, his surname, or "before being killed"),
not to a count of the dead, nor to a count that is the doer himself, nor for a death only
attempted."""

from __future__ import annotations

import pytest

from dateline.events import ontology
from dateline.events.headline import counts
from dateline.models import Article
from dateline.pipeline import Pipeline

PUBLISHED = "2024-03-11"


def killed(pipeline: Pipeline, text: str) -> float | None:
    """The killed count of the report's most salient event."""
    events = pipeline.extract(Article(text=text, published=PUBLISHED)).events
    assert events
    best = max(events, key=lambda e: (e.salience or 0.0, e.confidence, -e.start))
    return best.quantities.get("killed")


@pytest.mark.parametrize(
    ("text", "count"),
    [
        (
            "DUNMORE - A man shot and killed his wife and two sons at their home on Elm Street "
            "on Sunday, police said. Officers found the man in the garage. He had turned the "
            "gun on himself, investigators said.",
            4,
        ),
        (
            "DUNMORE - Police say a 41-year-old man fatally shot three people at a car wash on "
            "Monday. The gunman later killed himself as deputies closed in.",
            4,
        ),
        (
            "DUNMORE - A man shot and killed his estranged wife and her sister on Elm Street on "
            "Sunday. Police said he then committed suicide in his car.",
            3,
        ),
        (
            "DUNMORE - A woman fatally shot her two children at their home on Sunday. She later "
            "took her own life, police said.",
            3,
        ),
    ],
)
def test_the_killers_own_death_told_apart_is_counted(
    pipeline: Pipeline, text: str, count: int
) -> None:
    assert killed(pipeline, text) == count


@pytest.mark.parametrize(
    ("text", "count"),
    [
        (
            "DUNMORE - A gunman shot and killed three people at a warehouse on Elm Street on "
            "Sunday. The gunman was shot and killed by a deputy minutes later.",
            4,
        ),
        (
            "DUNMORE - Police say a man fatally shot two clerks at a gas station on Monday. "
            "Officers killed the suspect after a chase on Route 6.",
            3,
        ),
        (
            "DUNMORE - Authorities say Dale Harmon shot and killed his neighbor and her son on "
            "Sunday. Harmon was killed in a shootout with state troopers hours later.",
            3,
        ),
        (
            "DUNMORE - A man shot and killed a customer inside a pharmacy on Elm Street on "
            "Sunday before being fatally shot by police.",
            2,
        ),
    ],
)
def test_the_doers_death_at_others_hands_is_counted(
    pipeline: Pipeline, text: str, count: int
) -> None:
    assert killed(pipeline, text) == count


def test_a_victim_who_shares_the_doers_surname_is_not_the_doer(pipeline: Pipeline) -> None:
    text = (
        "DUNMORE - Police say Dana Reyes shot and killed her father and her daughter at their "
        "home on Elm Street on Sunday. The bodies of Maya Reyes, 6, and Tom Weeks, 50, were "
        "found in a shed."
    )
    assert killed(pipeline, text) == 2


def test_suicide_in_the_same_sentence_is_counted_once(pipeline: Pipeline) -> None:
    text = (
        "DUNMORE - A man shot and killed his estranged wife and her sister on Elm Street on "
        "Sunday before committing suicide."
    )
    assert killed(pipeline, text) == 3


@pytest.mark.parametrize(
    ("text", "count"),
    [
        (
            "DUNMORE - A man killed his wife and daughter before shooting himself at their home "
            "on Elm Street on Sunday, police said.",
            3,
        ),
        (
            "DUNMORE - Police say a man shot and killed his girlfriend before he shot himself "
            "in a parking lot on Monday.",
            2,
        ),
    ],
)
def test_the_killer_shooting_himself_last_is_one_of_the_dead(
    pipeline: Pipeline, text: str, count: int
) -> None:
    assert killed(pipeline, text) == count


def test_a_headline_killer_who_shoots_himself_after_his_dead_is_one_of_them() -> None:
    table = ontology.load(None).quantities
    title = "Dunmore man kills two children, then fatally shoots self"
    assert counts(title, table) == {"killed": 3}


@pytest.mark.parametrize(
    ("text", "count"),
    [
        (
            "DUNMORE - Three people were found dead in a home on Elm Street in what police "
            "called a murder-suicide. Investigators said the man had killed himself after "
            "shooting the two women.",
            3,
        ),
        (
            "DUNMORE - A woman fatally shot her husband and her son at their home on Sunday. "
            "She then tried to take her own life, police said.",
            2,
        ),
        (
            "DUNMORE - Police shot and killed a gunman who opened fire at a bar on Sunday. "
            "Witnesses said he had threatened to kill himself.",
            1,
        ),
    ],
)
def test_a_count_of_the_dead_or_of_the_doer_takes_no_more(
    pipeline: Pipeline, text: str, count: int
) -> None:
    assert killed(pipeline, text) == count


@pytest.mark.parametrize(
    ("text", "count"),
    [
        ("DUNMORE - Police say a retired teacher killed his nephew, niece, himself.", 3),
        (
            "DUNMORE - Police said a man killed his wife and two daughters and then himself at "
            "their home on Elm Street on Sunday.",
            4,
        ),
    ],
)
def test_the_killer_ending_the_list_of_his_dead_is_one_of_them(
    pipeline: Pipeline, text: str, count: int
) -> None:
    assert killed(pipeline, text) == count


def killed_titled(pipeline: Pipeline, title: str, text: str) -> float | None:
    """The killed count of the most salient event of a titled report."""
    events = pipeline.extract(Article(text=text, title=title, published=PUBLISHED)).events
    assert events
    best = max(events, key=lambda e: (e.salience or 0.0, e.confidence, -e.start))
    return best.quantities.get("killed")


@pytest.mark.parametrize(
    ("title", "text", "count"),
    [
        (
            "Boy, 6, dies in Dunmore murder-suicide",
            "DUNMORE - A 6-year-old boy was shot and killed at a home on Elm Street on Sunday "
            "night, police said.",
            2,
        ),
        (
            "Shooting on Elm Street",
            "DUNMORE - A 6-year-old boy was killed in an apparent murder/suicide on Elm Street "
            "on Sunday night, police said.",
            2,
        ),
        (
            "Boy, 6, dies in Dunmore shooting",
            "DUNMORE - A 6-year-old boy was shot and killed at a home on Elm Street on Sunday "
            "night. Police said it was not a murder-suicide.",
            1,
        ),
    ],
)
def test_one_dead_of_a_murder_suicide_is_two(
    pipeline: Pipeline, title: str, text: str, count: float
) -> None:
    """One victim counted in a story whose title or opening calls it a murder-suicide: two
    dead, the victim and the killer; not where the opening denies it."""
    assert killed_titled(pipeline, title, text) == count
