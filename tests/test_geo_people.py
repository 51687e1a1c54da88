"""People's names that are also places' names: an age, a noun of a person or an age set off
by commas makes the name a person's wherever the article uses it without a locative word.
Articles written for these tests; where the rule is about a name the tagger takes for a
place, the test gives the name the tagger's label itself, as the small model does in some
articles ("neighbor Brad Partin" tagged a GPE)."""

from __future__ import annotations

import re

import pytest

from dateline.geo.recognise import recognise
from dateline.geo.stage import open_gazetteer
from dateline.models import Article
from dateline.nlp import load
from dateline.pipeline import Pipeline


@pytest.fixture(scope="module")
def pipeline() -> Pipeline:
    return Pipeline()


def _texts(text: str, pipeline: Pipeline) -> list[str]:
    return [p.text for p in pipeline.extract(Article(text=text, published="2016-12-28")).places]


def _tagged(text: str, name: str, label: str = "GPE", which: tuple[int, ...] = (0,)) -> list[str]:
    """The mentions found where the tagger labels the occurrences ``which`` of ``name``
    (counted from 0) with ``label``."""
    doc = load()(text)
    starts = [m.start() for m in re.finditer(re.escape(name), text)]
    spans = [doc.char_span(starts[n], starts[n] + len(name), label=label) for n in which]
    kept = [e for e in doc.ents if all(e.end <= s.start or e.start >= s.end for s in spans)]
    doc.ents = kept + spans
    return [m.text for m in recognise(doc, open_gazetteer(None))]


def test_a_first_name_after_an_age_is_no_place_later() -> None:
    text = (
        "Charges were dropped against two men arrested in the killing of 4-year-old Kermit "
        "Hale on East 93rd Street in Cleveland. Kermit was shot in the chest in a drive-by "
        "shooting in September, police said."
    )
    found = _tagged(text, "Kermit", which=(1,))
    assert "Kermit" not in found
    assert "Cleveland" in found


def test_a_name_after_a_noun_of_a_person_is_no_place() -> None:
    text = (
        "Deputies found the girl in the yard of a home off Highway 11 in Barrow County. "
        "\u201cWe heard four shots and then the car was gone,\u201d said neighbor Troy Chester."
    )
    found = _tagged(text, "Troy Chester")
    assert "Troy Chester" not in found
    assert "Barrow County" in found


def test_a_name_before_an_age_is_no_place() -> None:
    text = (
        "A man was stabbed on the levee of the river during an argument. Dale Hampton, 34, "
        "and Rita Gomez, 29, were arrested on Friday in Santa Cruz."
    )
    found = _tagged(text, "Dale Hampton")
    assert "Dale Hampton" not in found
    assert "Santa Cruz" in found


def test_a_well_known_place_as_a_first_name_stays_a_place(pipeline: Pipeline) -> None:
    text = (
        "Orlando Torres, 38, was leaving the club when the shooting began. Orlando police "
        "said the gunman fired at least twenty rounds."
    )
    assert "Orlando" in _texts(text, pipeline)


def test_a_town_before_a_noun_after_an_age_stays_a_place(pipeline: Pipeline) -> None:
    text = "A 15-year-old Vernon boy was shot in the head on Saturday night, police said."
    assert "Vernon" in _texts(text, pipeline)


def test_a_town_before_a_comma_after_an_age_stays_a_place(pipeline: Pipeline) -> None:
    text = "A 16-year-old Burlington, Wash., boy is dead after a shooting on Thursday."
    assert "Burlington" in _texts(text, pipeline)
