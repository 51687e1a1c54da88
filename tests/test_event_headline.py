"""Counts and deaths a headline states of the story's lead shooting, on headlines and short
reports written for these tests."""

from __future__ import annotations

import pytest

from dateline.events import headline
from dateline.events.ontology import load
from dateline.models import Article
from dateline.pipeline import Pipeline

TABLE = load().quantities


@pytest.mark.parametrize(
    ("title", "counts"),
    [
        ("1 dead, 3 hurt in shooting outside Marlow bar", {"killed": 1, "wounded": 3}),
        ("Four shot, one killed at Carver club", {"shot": 4, "killed": 1}),
        ("Two men shot to death outside Hollis gas station", {"killed": 2}),
        ("Six people wounded in drive-by shooting in Dunmore", {"wounded": 6}),
        ("Boy, 7, shot while playing in Bryce home", {}),
        ("Mother of 3 killed in Lorne shooting", {}),
        ("2 men, 3 women shot in Marlow", {"shot": 5}),
        ("9 injured in two Carver shootings", {}),
        ("Police: man arrested after Marlow standoff", {}),
        ("1 person hurt, 2 dead in Hollis shooting", {"wounded": 1, "killed": 2}),
        ("15-year-old shot in Dunmore", {}),
        ("Three Dunmore teens shot at house party", {"shot": 3}),
        ("Five slain on Marlow farm by neighbor who then killed himself", {"killed": 6}),
        ("Three shot to death in Carver, then gunman kills himself", {"killed": 4}),
        ("Two dead after Hollis man shoots himself at range", {"killed": 2}),
        ("Gunfire at Marlow party kills 1, wounds 6", {"killed": 1, "wounded": 6}),
        ("3 hit in Carver shooting; suspects sought", {"shot": 3}),
        ("4 struck by gunfire at Dunmore block party", {"shot": 4}),
        ("Shots at Lorne cookout hurt 5", {"wounded": 5}),
        ("1 dead, 3 hospitalized after Carver shooting", {"killed": 1, "wounded": 3}),
        ("Carver man shoots 4 relatives, killing 2, then himself", {"shot": 4, "killed": 3}),
        ("Police: Lorne gunman killed 2 adults, 2 children", {}),
        ("Dunmore man accidentally shoots 15-year-old neighbor", {}),
        ("Marlow man shoots 3 times at fleeing deputies", {}),
        ("Carver man, 30, killed; three others injured", {"wounded": 3}),
        ("1 killed, 6 others shot at Lorne party", {"killed": 1, "shot": 6, "wounded": 6}),
        ("Hollis mother killed 2 children, herself", {"killed": 3}),
        ("Lorne shooting: 2 suspects sought", {}),
        ("Marlow gunman kills 3 coworkers, self", {"killed": 4}),
        ("Carver man fatally shoots 2 neighbors, then himself", {"killed": 3}),
        ("Lorne woman kills 6-year-old daughter, then herself", {"killed": 2}),
        ("Hollis man killed 7-year-old boy, wife, himself", {}),
    ],
)
def test_headline_counts(title: str, counts: dict[str, float]) -> None:
    assert headline.counts(title, TABLE) == counts


@pytest.mark.parametrize(
    ("title", "counts"),
    [
        ("15-year-old shot, killed outside Lorne home", {"killed": 1}),
        ("Police: 9-year-old shot in Bryce driveway", {"shot": 1}),
        ("Teen and 12-year-old boy injured in Carver shooting", {"wounded": 2}),
        ("Carver man fatally shot while hunting near Bryce", {"killed": 1}),
        ("Girl, 9, dies after Lorne shooting", {"killed": 1}),
        ("Hollis teen accidentally shot in leg", {"shot": 1}),
        ("Police: woman shot officer during Marlow traffic stop", {}),
        ("Toddler, teen hurt in Dunmore shooting", {"wounded": 2}),
        ("8-year-old hit by stray bullet in Hollis", {"shot": 1}),
        ("Teen struck by gunfire outside Marlow store", {"shot": 1}),
        ("Hollis boy, 6, hospitalized after accidental shooting", {"wounded": 1}),
        ("Boy stable after accidental shooting in Marlow", {"wounded": 1}),
        ("Carver officer serious but stable after Sunday shooting", {"wounded": 1}),
        ("Lorne woman critical after being shot in face", {"wounded": 1}),
    ],
)
def test_a_person_of_an_age_or_a_noun_is_one(title: str, counts: dict[str, float]) -> None:
    assert headline.counts(title, TABLE, single=True) == counts


@pytest.mark.parametrize(
    ("title", "counts"),
    [
        ("Lorne officer accidentally shoots self at range", {"shot": 1}),
        ("Bryce man shoots own foot while cleaning rifle", {"shot": 1}),
        ("Carver girl, 4, fatally shoots herself with father's gun", {"killed": 1}),
        ("Hollis man shot himself, deputies say", {"shot": 1}),
        ("Child grazed by bullet outside Dunmore home", {"wounded": 1}),
        ("12-year-old found dead in Hollis field", {"killed": 1}),
        ("Marlow teen found fatally shot in parked car", {"killed": 1}),
        ("9-year-old critically injured in Carver shooting", {"wounded": 1}),
        ("Man who shot police K-9 found dead in Bryce", {}),
        ("Lorne man shoots his wife, then himself", {}),
    ],
)
def test_a_harm_past_manner_words_or_done_to_oneself(title: str, counts: dict[str, float]) -> None:
    assert headline.counts(title, TABLE, single=True) == counts


@pytest.mark.parametrize(
    ("title", "counts"),
    [
        ("Four people found shot to death in Marlow home", {"killed": 4}),
        ("Two teens seriously injured in Lorne shooting", {"wounded": 2}),
        ("Five shot, two critically injured at Lorne party", {"shot": 5}),
        ("1 dead, 3 critically hurt in Bryce shooting", {"killed": 1, "wounded": 3}),
        ("Man who shot police K-9 found dead in Bryce", {}),
    ],
)
def test_a_count_past_manner_words(title: str, counts: dict[str, float]) -> None:
    assert headline.counts(title, TABLE) == counts


@pytest.mark.parametrize(
    ("title", "counts"),
    [
        ("Toddler, teen hurt in Dunmore shooting", {"wounded": 2}),
        ("Police: 8-Year-Old Boy, Teen Shot Outside Lorne Store", {"shot": 2}),
        ("Hollis woman, 2 children found dead in home", {"killed": 3}),
        ("Grandfather and 6-year-old boy shot to death in Carver", {"killed": 2}),
        ("Two teen boys, three women shot at Marlow cookout", {"shot": 5}),
        ("Mother, 4-year-old son fatally shot in Bryce driveway", {"killed": 2}),
        ("1 child, 3 adults injured in Lorne shooting", {"wounded": 4}),
        ("2 dead, man and woman hurt in Hollis shooting", {"wounded": 2, "killed": 2}),
        ("Carver man kills wife, son wounded", {}),
        ("Parents, 3 children hurt in Dunmore crash", {"wounded": 3}),
        ("Man arrested, woman shot in Marlow", {}),
        ("Mother and son, 3, killed in Lorne fire", {}),
        ("Dunmore man shoots wife, daughter, then himself", {}),
    ],
)
def test_a_list_of_people_counts_each(title: str, counts: dict[str, float]) -> None:
    assert headline.counts(title, TABLE) == counts


def test_a_headline_list_counts_over_the_one_the_story_names(pipeline: Pipeline) -> None:
    text = "A 7-year-old boy was wounded by gunfire outside a home in Bryce on Friday night."
    counts = lead(pipeline, "Boy, woman injured in Bryce shooting", text)
    assert counts == {"wounded": 2}


def test_an_age_counts_where_the_page_tells_nothing(pipeline: Pipeline) -> None:
    text = "Sign in to your account to keep reading. Already a subscriber? Log in here."
    assert lead(pipeline, "15-year-old shot, killed outside Lorne home", text) == {"killed": 1}


def test_a_person_named_counts_where_the_page_tells_nothing(pipeline: Pipeline) -> None:
    text = "Sign in to your account to keep reading. Already a subscriber? Log in here."
    assert lead(pipeline, "Hollis man dead after Sunday shooting", text) == {"killed": 1}


def test_a_person_named_leaves_the_storys_own_counts(pipeline: Pipeline) -> None:
    text = "Two teenagers were killed in a drive-by shooting in Marlow on Sunday, police said."
    assert lead(pipeline, "Marlow teen killed in drive-by shooting", text) == {"killed": 2}


def test_an_age_leaves_the_storys_own_counts(pipeline: Pipeline) -> None:
    text = "Two children were wounded by gunfire outside a home in Lorne on Sunday, police said."
    assert lead(pipeline, "9-year-old shot in Lorne", text) == {"wounded": 2}


@pytest.fixture(scope="module")
def pipeline() -> Pipeline:
    return Pipeline()


def lead(pipeline: Pipeline, title: str, text: str) -> dict[str, float]:
    """The harm counts of the most salient event of a report with a headline."""
    events = pipeline.extract(Article(text=text, title=title, published="2024-03-11")).events
    best = max(events, key=lambda e: (e.salience, e.confidence))
    return {k: v for k, v in best.quantities.items() if k in ("killed", "wounded", "shot")}


REPORT = (
    "A 16-year-old boy was shot Saturday night outside a home on Elm Street in Carver, "
    "police said. He was taken to a hospital."
)


def test_a_headline_death_makes_the_one_shot_the_dead(pipeline: Pipeline) -> None:
    counts = lead(pipeline, "Teen dies after being shot in Carver", REPORT)
    assert counts == {"shot": 1, "killed": 1}


def test_a_headline_without_a_death_leaves_the_wounded(pipeline: Pipeline) -> None:
    assert lead(pipeline, "Teen hurt in Carver shooting", REPORT) == {"shot": 1, "wounded": 1}


def test_the_headline_counts_the_victims_the_text_tells_one_by_one(pipeline: Pipeline) -> None:
    text = (
        "A man was killed in a shooting outside a bar in Marlow early Sunday, police said. "
        "A woman was taken to a hospital with a wound to her arm. Two other men were treated "
        "at the scene."
    )
    counts = lead(pipeline, "1 dead, 3 hurt in shooting outside Marlow bar", text)
    assert counts == {"killed": 1, "wounded": 3}


def test_a_headline_death_beside_the_hurt_leaves_the_wounded(pipeline: Pipeline) -> None:
    text = "A woman was shot in the arm outside a bar on Elm Street in Carver on Saturday."
    counts = lead(pipeline, "Man killed, woman hurt in Carver shooting", text)
    assert counts == {"shot": 1, "wounded": 1}
