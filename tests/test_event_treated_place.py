"""A town named only as where a victim was taken or treated ("airlifted to a Wichita
hospital", "in stable condition at Memorial Medical Center in Springfield") does not place
the happening; a happening at a hospital still does. Reports written for these tests."""

from __future__ import annotations

from dateline.events.treated import treated
from dateline.models import Article, Event
from dateline.pipeline import Pipeline


def _lead(pipeline: Pipeline, text: str, title: str | None = None) -> Event:
    result = pipeline.extract(Article(text=text, title=title, published="2023-05-08"))
    return max(result.events, key=lambda e: (e.salience, e.confidence))


def _treated_names(pipeline: Pipeline, text: str) -> set[str]:
    doc = pipeline.nlp(text)
    result = pipeline.analyse(Article(text=text, published="2023-05-08"), doc)
    return {p.text for p in result.places if treated(p, doc)}


def test_a_hospital_town_is_a_treatment_place(pipeline: Pipeline) -> None:
    text = (
        "A 12-year-old boy was shot in the leg Saturday while hunting with his uncle near "
        "Hays, Kansas. The boy was airlifted to a Wichita hospital, where he was listed in "
        "stable condition, and later moved to Wesley Medical Center in Topeka."
    )
    assert _treated_names(pipeline, text) == {"Wichita", "Topeka"}


def test_the_lead_is_placed_where_it_happened_not_where_the_victim_was_flown(
    pipeline: Pipeline,
) -> None:
    text = (
        "A 12-year-old boy was accidentally shot in the leg Saturday while hunting with his "
        "uncle, the Ellis County sheriff said. The boy was flown to St. Francis Hospital in "
        "Wichita for treatment. He is expected to recover."
    )
    lead = _lead(pipeline, text)
    assert lead.type == "ASSAULT"
    assert lead.place is not None and lead.place.name == "Ellis County"


def test_a_place_before_the_sentence_is_not_the_hospital_it_names(pipeline: Pipeline) -> None:
    text = (
        "Deputies were called to a rural home outside Carlinville on Friday night. A "
        "27-year-old man had been taken to Memorial Medical Center in Springfield. He had "
        "been shot twice in the chest by a relative, investigators said."
    )
    lead = _lead(pipeline, text)
    assert lead.type == "ASSAULT"
    assert lead.place is not None and lead.place.name == "Carlinville"


def test_a_shooting_at_a_hospital_is_placed_there(pipeline: Pipeline) -> None:
    text = (
        "A security guard was shot at a Denver hospital early Tuesday by a patient who took "
        "his gun, police said. The guard was treated for a wound to his arm."
    )
    lead = _lead(pipeline, text)
    assert lead.type == "ASSAULT"
    assert lead.place is not None and lead.place.name == "Denver"
