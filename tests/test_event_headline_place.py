"""The town a headline ties to the story's lead happening places the lead when the text
names that town and the lead's own place lies far from it. Reports written for these
tests."""

from __future__ import annotations

import pytest

from dateline.events.headline_place import settle, tied_names
from dateline.events.ontology import load
from dateline.models import Article, Event, Place
from dateline.pipeline import Pipeline

OPENING = (
    "Two men were killed in a shooting in May, and the gunman was arrested last week at "
    "an airport in Buffalo, Rochester police said Tuesday."
)


@pytest.fixture(scope="module")
def pipeline() -> Pipeline:
    return Pipeline()


def _rules() -> dict:
    return load().quantities["headline"]["places"]


def _event(pipeline: Pipeline, title: str, kind: str = "ASSAULT") -> Event:
    article = Article(text=OPENING, title=title, published="2024-09-10")
    return next(e for e in pipeline.extract(article).events if e.type == kind)


def test_names_after_a_locative_or_before_a_happening_are_tied() -> None:
    rules = _rules()
    assert tied_names("Teen shot in Pine Bluff - KARK 4 News", rules)[0] == "pine bluff"
    assert tied_names("Suspect in Albany mass shooting arrested", rules) == []
    assert tied_names("Man killed in Choctaw Co. shooting", rules)[0] == "choctaw county"
    assert "millbrook" in tied_names("Five Shot In Millbrook After Party", rules)
    assert tied_names("Brooklyn man arrested in Detroit", rules) == []
    assert tied_names("Clinton teen shot to death in Kingston", rules)[0] == "kingston"


def test_the_lead_takes_the_town_its_headline_ties_to_it(pipeline: Pipeline) -> None:
    event = _event(pipeline, "Two shot dead in Rochester; gunman arrested")
    assert event.place is not None and event.place.name == "Rochester"
    assert OPENING[slice(*event.evidence["place"])] == "Rochester"
    assert "the headline's 'Rochester'" in event.why


def test_a_headline_that_ties_no_town_leaves_the_lead_where_it_was(
    pipeline: Pipeline,
) -> None:
    event = _event(pipeline, "Gunman arrested at airport after double killing")
    assert event.place is not None and event.place.name == "Buffalo"


def test_only_a_lead_that_carries_harms_moves() -> None:
    rochester = Place("Rochester", 0, 9, 1, "Rochester", "US", "New York", 43.16, -77.61, "PPL")
    buffalo = Place("Buffalo", 40, 47, 2, "Buffalo", "US", "New York", 42.89, -78.88, "PPL")
    table = load().quantities
    title = "Two shot dead in Rochester; gunman arrested"
    for kind, where in (("COERCE", "Buffalo"), ("ASSAULT", "Rochester")):
        lead = Event(kind, "the sentence", 40, 47, place=buffalo)
        settle(lead, title, [rochester, buffalo], table)
        assert lead.place is not None and lead.place.name == where
