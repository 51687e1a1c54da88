"""The hurt who died, on short reports written for these tests: a person counted among
the hurt whom an "including" tells died, or a later sentence tells died as "one of" them,
is counted killed, not hurt; not where the hurt are counted apart from the dead ("three
others"); one of a group told dead before the hurt are counted, where the group is their
count; a death told right after a count of the shot all counted wounded, or of one named
as hurt, is one of them."""

from __future__ import annotations

import pytest

from dateline.events import lead_toll
from dateline.models import Article, Event
from dateline.pipeline import Pipeline

PUBLISHED = "2024-03-11"


def counts(pipeline: Pipeline, text: str) -> tuple[float | None, float | None]:
    """The killed and wounded counts of the report's most salient event."""
    events = pipeline.extract(Article(text=text, published=PUBLISHED)).events
    assert events
    best = max(events, key=lambda e: (e.salience or 0.0, e.confidence, -e.start))
    return best.quantities.get("killed"), best.quantities.get("wounded")


@pytest.mark.parametrize(
    ("text", "killed", "wounded"),
    [
        (
            "MILLVILLE - Three people were injured, including a 17-year-old girl who later "
            "died at the hospital, in a shooting on Pine Street on Saturday, police said.",
            1,
            2,
        ),
        (
            "MILLVILLE - Four people were wounded, including a man who succumbed to his "
            "injuries on Sunday, after gunfire erupted outside a bar on Pine Street.",
            1,
            3,
        ),
    ],
)
def test_the_hurt_who_died_are_killed(
    pipeline: Pipeline, text: str, killed: float, wounded: float
) -> None:
    assert counts(pipeline, text) == (killed, wounded)


@pytest.mark.parametrize(
    ("text", "killed", "wounded"),
    [
        (
            "MILLVILLE - Police said four people were wounded in a shooting outside a bar on "
            "Pine Street on Saturday night. One of the victims died at the hospital on Sunday, "
            "police said.",
            1,
            3,
        ),
        (
            "MILLVILLE - Three people were hurt when gunfire erupted at a party on Pine Street "
            "early Saturday. One of them later died at a hospital.",
            1,
            2,
        ),
    ],
)
def test_one_of_the_hurt_who_died_leaves_them(
    pipeline: Pipeline, text: str, killed: float, wounded: float
) -> None:
    assert counts(pipeline, text) == (killed, wounded)


def test_the_hurt_told_apart_from_the_dead_stay(pipeline: Pipeline) -> None:
    text = (
        "MILLVILLE - A man who died after a shooting on Pine Street late Saturday has been "
        "identified. Police said the shooting, which also injured three others, began after "
        "a dice game. Officers found four men with gunshot wounds. One of them, a "
        "30-year-old, died of his injuries at a hospital."
    )
    assert counts(pipeline, text) == (1, 3)


ONE_OF_FOUR = (
    "Marcus Hale, 38, was one of four people shot Saturday night near the corner of Pine "
    "and Oak streets. He died Tuesday at Cooper University Hospital in Camden."
)
TOLD_APART = (
    "Four deputies were shot Saturday night while serving a warrant on Pine Street. "
    "Neighbors said they heard dozens of shots. It was unclear whether the gunman escaped "
    "or whether he was killed in the fire that followed."
)


@pytest.mark.parametrize(
    ("text", "counted", "wounded"),
    [
        (ONE_OF_FOUR, {"shot": 4.0, "wounded": 4.0}, 3.0),
        (ONE_OF_FOUR, {"wounded": 4.0}, 4.0),
        (TOLD_APART, {"shot": 4.0, "wounded": 4.0}, 4.0),
    ],
)
def test_a_death_told_right_after_is_one_of_the_shot(
    pipeline: Pipeline, text: str, counted: dict[str, float], wounded: float
) -> None:
    """A lead that counts four shot (all wounded) and, in the next sentence, "He died":
    three wounded; four counted wounded alone, or a death told sentences apart, keep them."""
    doc = pipeline.nlp(text)
    lead = Event("ASSAULT", text, 0, 10, quantities=dict(counted), salience=1.0)
    four = next(t for t in doc if t.lower_ == "four")
    lead.evidence["quantities.shot"] = [four.idx, four.idx + len(four)]
    stage = next(s for s in pipeline.stages if s.layer == "events")
    lead_toll.died([lead], doc, stage.ontology.quantities)
    assert (lead.quantities["killed"], lead.quantities["wounded"]) == (1.0, wounded)


@pytest.mark.parametrize(
    "text",
    [
        "MILLVILLE - One of two brothers shot on Friday has died, police said.\n\nPolice said "
        "both brothers were critically wounded by gunfire from a passing car outside a "
        "corner store on Pine Street. The two teens were taken to Regional Medical Center.",
        "MILLVILLE - One of two girls shot in separate shootings late Friday has died, police "
        "said.\n\nPolice say two young girls were critically wounded by gunfire in Millville "
        "on Friday night. The girls were taken to Regional Medical Center.",
    ],
)
def test_one_of_a_group_told_dead_before_the_hurt_leaves_them(
    pipeline: Pipeline, text: str
) -> None:
    assert counts(pipeline, text) == (1, 1)


@pytest.mark.parametrize(
    ("text", "wounded"),
    [
        (
            "Police said the victim who suffered the gunshot wound in the robbery on Pine "
            "Street has died.",
            2.0,
        ),
        ("The man who was shot in the chest outside the bar has died, police said.", 2.0),
        ("Police said the victim has died.", 3.0),
    ],
)
def test_a_death_of_one_named_hurt_is_one_of_the_hurt(
    pipeline: Pipeline, text: str, wounded: float
) -> None:
    """A lead that counts three wounded and a death of one the text names as hurt: two
    wounded; a death of one not so named may be one more."""
    doc = pipeline.nlp(text)
    lead = Event("ASSAULT", text, 0, 10, quantities={"wounded": 3.0}, salience=1.0)
    stage = next(s for s in pipeline.stages if s.layer == "events")
    lead_toll.died([lead], doc, stage.ontology.quantities)
    assert (lead.quantities["killed"], lead.quantities["wounded"]) == (1.0, wounded)


@pytest.mark.parametrize(
    ("text", "killed", "wounded"),
    [
        (
            "The name of a 19-year-old man who was killed in a shooting that also left two "
            "other people wounded at a party in Lynwood was released Monday.",
            1,
            2,
        ),
        ("Police identified a 19-year-old man who was killed in a shooting in Lynwood.", 1, None),
    ],
)
def test_a_person_a_relative_clause_tells_killed_is_counted(
    pipeline: Pipeline, text: str, killed: float, wounded: float | None
) -> None:
    assert counts(pipeline, text) == (killed, wounded)


@pytest.mark.parametrize(
    "text",
    [
        "MILLVILLE - A man was shot in the chest on Pine Street on Saturday night, police "
        "said. Marcus Hale was taken to Regional Medical Center. Hale died at the hospital "
        "on Sunday.",
        "MILLVILLE - A man was shot in the chest on Pine Street on Saturday night, police "
        "said. Marcus Hale was taken to Regional Medical Center. Hale succumbed to his "
        "injuries on Sunday.",
        "MILLVILLE - A man was shot in the chest on Pine Street on Saturday night, police "
        "said. The man was pronounced deceased at Regional Medical Center.",
    ],
)
def test_a_death_of_one_named_before_is_the_hurt_one(pipeline: Pipeline, text: str) -> None:
    """A lead that counts one hurt and a later death of one the text named before (by his
    name, or "the man" pronounced deceased): one killed, none hurt."""
    assert counts(pipeline, text) == (1, None)


def test_a_place_named_for_a_person_is_no_death(pipeline: Pipeline) -> None:
    text = (
        "MILLVILLE - A man was shot in the chest on Pine Street on Saturday night, police "
        "said. The town is named for Ezra Millville. Millville died in 1880."
    )
    assert counts(pipeline, text) == (None, 1)


def test_a_death_told_apart_gives_a_lead_that_counts_nobody_one_dead(
    pipeline: Pipeline,
) -> None:
    """A lead that counts nobody harmed and a later death of one the text named before:
    one killed."""
    text = (
        "DUNMORE - Police are investigating a shooting on Elm Street on Wednesday morning. "
        "Officers were called to the 400 block at about 9 a.m. They found Tara Council in "
        "the driveway of a home. Neighbors said they heard several shots. A car was seen "
        "leaving the area. Detectives asked anyone with information to call them. Council "
        "succumbed to her injuries."
    )
    assert counts(pipeline, text) == (1, None)


def test_a_death_told_apart_gives_no_dead_to_a_lead_that_harms_nobody(
    pipeline: Pipeline,
) -> None:
    """A lead of a type that carries no harm (praise, a meeting) is not given the dead of a
    death the text tells apart."""
    text = (
        "Mayor Ana Ortiz praised the volunteers who rebuilt the Elm Street playground, her "
        "office said Monday. The project was started by Tom Hale, a retired teacher. Hale "
        "died in March."
    )
    events = pipeline.extract(Article(text=text, published=PUBLISHED)).events
    lead = max(events, key=lambda e: (e.salience or 0.0, e.confidence, -e.start))
    assert lead.type not in ("ASSAULT", "CRIME", "DISASTER")
    assert "killed" not in lead.quantities
