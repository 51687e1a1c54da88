"""A lead no sentence places, in a story that names no town but a county or a state,
takes the county or state the story names most (``anchors.main_area``), with the span of
that mention; a story that names a town is placed by the town as before. Reports written
for these tests."""

from __future__ import annotations

import pytest

from dateline.models import Article, Event
from dateline.pipeline import Pipeline


@pytest.fixture(scope="module")
def pipeline() -> Pipeline:
    return Pipeline()


def _lead(pipeline: Pipeline, text: str) -> Event:
    events = pipeline.extract(Article(text=text, published="2024-03-11")).events
    return max(events, key=lambda e: e.salience)


def test_a_lead_in_a_story_naming_only_a_county_is_in_the_county(pipeline: Pipeline) -> None:
    text = (
        "A 4-year-old boy found a handgun in a bedroom closet and shot himself Sunday "
        "morning, the sheriff's office said. The boy died at a hospital. Investigators "
        "with the Harris County Sheriff's Office are trying to learn how the child got the "
        "weapon, and Harris County prosecutors will review the case."
    )
    lead = _lead(pipeline, text)
    assert lead.type == "ASSAULT"
    assert lead.place is not None
    assert (lead.place.name, lead.place.feature_code, lead.place.admin1) == (
        "Harris County", "ADM2", "Texas",
    )  # fmt: skip
    start, end = lead.evidence["place"]
    assert text[start:end] == "Harris County"
    assert "main area" in lead.why


def test_a_story_naming_a_town_places_its_lead_by_the_town(pipeline: Pipeline) -> None:
    text = (
        "A 4-year-old boy found a handgun in a bedroom closet and shot himself Sunday "
        "morning, the sheriff's office said. The family had moved to Pasadena in June. "
        "Harris County prosecutors will review the case."
    )
    lead = _lead(pipeline, text)
    assert lead.place is not None and lead.place.name == "Pasadena"


def test_a_county_the_sentence_names_is_finer_than_its_state(pipeline: Pipeline) -> None:
    text = (
        "DODGE COUNTY, Wis. (WKOW) – The Dodge County Sheriff's Office is looking into the "
        "death of a hunter who was shot on Saturday morning in a field near his cabin. "
        "Deputies said his nephew had fired at what he thought was a deer."
    )
    lead = _lead(pipeline, text)
    assert lead.type == "ASSAULT"
    assert lead.place is not None
    assert (lead.place.name, lead.place.feature_code, lead.place.admin1) == (
        "Dodge County", "ADM2", "Wisconsin",
    )  # fmt: skip


def test_a_county_far_from_the_story_town_keeps_the_lead(pipeline: Pipeline) -> None:
    text = (
        "A 16-year-old was killed Saturday afternoon when a rifle discharged in Itasca "
        "County, the sheriff's office said.\n\n"
        "Deputies said the boy and a friend were hunting near a cabin when a rifle went "
        "off. The friend, 17, called 911.\n\n"
        "The boy was a junior at a high school in Ramsey, where classmates gathered Sunday "
        "night. Counselors will be at the Ramsey school on Monday."
    )
    lead = _lead(pipeline, text)
    assert lead.place is not None
    assert (lead.place.name, lead.place.feature_code) == ("Itasca County", "ADM2")


def test_the_story_town_inside_the_county_is_finer(pipeline: Pipeline) -> None:
    text = (
        "A 16-year-old boy was wounded in a shooting in Brown County on Saturday "
        "afternoon, the sheriff's office said.\n\n"
        "Deputies said the boy was standing outside a home when shots were fired from a "
        "passing car.\n\n"
        "The boy was a junior at a high school in Green Bay, where classmates gathered "
        "Sunday night. Counselors will be at the Green Bay school on Monday."
    )
    lead = _lead(pipeline, text)
    assert lead.place is not None
    assert (lead.place.name, lead.place.admin1) == ("Green Bay", "Wisconsin")
