"""People a list names, on short reports written for these tests: a participle after the
list's last member tells of every member ("left two men and one woman injured"), not where
the first member has a clause of its own; an age joined before a counted noun, which the
parse takes as the noun's modifier ("a 15-year-old and three adults"), is one more; the
subject of a clause the parse hangs on "after" ("investigating after a 12-year-old was
shot") is counted; a couple is two people, not "a couple of blocks"."""

from __future__ import annotations

import pytest
from counts_support import lead_counts
from spacy.tokens import Doc

from dateline.events import anchors, ontology
from dateline.events.harms import participle
from dateline.events.people import people
from dateline.events.quantities import quantities, with_subjects
from dateline.pipeline import Pipeline


@pytest.mark.parametrize(
    ("text", "wounded"),
    [
        (
            "A shooting outside a bar in Marlow left two men and one woman injured early "
            "Sunday morning, police said.",
            3,
        ),
        (
            "A 7-year-old boy and a 30-year-old woman wounded by gunfire on Tuesday night have "
            "been released from the hospital, Dunmore police said.",
            2,
        ),
    ],
)
def test_a_participle_after_a_list_tells_of_every_member(
    pipeline: Pipeline, text: str, wounded: float
) -> None:
    assert lead_counts(pipeline, text).get("wounded") == wounded


def test_a_first_member_with_its_own_clause_is_left_alone(pipeline: Pipeline) -> None:
    # "the wave that left 14 people shot and 6 people killed", as the parser may read it:
    # the second "people" joined to "wave", whose clause tells its own harm
    words = ["the", "wave", "that", "left", "14", "people", "shot", "and", "6", "people", "killed"]
    doc = Doc(
        pipeline.nlp.vocab,
        words=words,
        heads=[1, 1, 3, 1, 5, 3, 3, 1, 9, 1, 9],
        deps=["det", "ROOT", "nsubj", "relcl", "nummod", "dobj", "xcomp", "cc", "nummod"]
        + ["conj", "acl"],
        tags=["DT", "NN", "WDT", "VBD", "CD", "NNS", "VBN", "CC", "CD", "NNS", "VBN"],
        pos=["DET", "NOUN", "PRON", "VERB", "NUM", "NOUN", "VERB", "CCONJ", "NUM", "NOUN"]
        + ["VERB"],
        lemmas=["the", "wave", "that", "leave", "14", "people", "shoot", "and", "6", "people"]
        + ["kill"],
    )
    table = ontology.load(None).quantities
    assert participle(doc[9], table) == "killed"
    assert people(doc[1], table) is None


@pytest.mark.parametrize(
    ("text", "shot"),
    [
        ("Police say a 15-year-old and three adults were shot late Sunday in Marlow.", 4),
        ("Officials say a 17-year-old and two children were shot on Friday in Dunmore.", 3),
    ],
)
def test_an_age_joined_before_a_counted_noun_is_one_more(
    pipeline: Pipeline, text: str, shot: float
) -> None:
    assert lead_counts(pipeline, text).get("shot") == shot


@pytest.mark.parametrize(
    ("text", "shot"),
    [
        (
            "Marlow police are investigating after a 12-year-old was shot in the arm while "
            "riding a bike on the city's north side.",
            1,
        ),
        (
            "The Dunmore Police Department is investigating after a 9-year-old was shot in the "
            "foot at a motel on Elm Street.",
            1,
        ),
    ],
)
def test_a_subject_taken_for_the_object_of_after_is_counted(
    pipeline: Pipeline, text: str, shot: float
) -> None:
    assert lead_counts(pipeline, text).get("shot") == shot


def test_the_clause_of_a_verb_holds_the_subject_hung_on_after(pipeline: Pipeline) -> None:
    doc = pipeline.nlp("Marlow police are investigating after a 12-year-old was shot in the arm.")
    verb = next(t for t in doc if t.lower_ == "shot")
    own = anchors.clause([verb])
    table = ontology.load(None).quantities
    assert "shot" not in quantities(own, table)
    assert quantities(with_subjects(own), table)["shot"].value == 1


@pytest.mark.parametrize(
    ("text", "killed"),
    [
        (
            "An elderly couple was found shot to death in their home in Marlow on Monday.",
            2,
        ),
        (
            "A couple and their two small children were found shot to death on Tuesday "
            "morning at a home in Dunmore.",
            4,
        ),
        (
            "A 22-year-old man was shot and killed a couple of blocks from his home in Carver "
            "on Sunday.",
            1,
        ),
    ],
)
def test_a_couple_is_two_people(pipeline: Pipeline, text: str, killed: float) -> None:
    assert lead_counts(pipeline, text).get("killed") == killed


def test_people_of_conjoined_clauses_are_counted_once(pipeline: Pipeline) -> None:
    doc = pipeline.nlp(
        "A 19-year-old man was shot in the hip, a 20-year-old man was shot in the shoulder "
        "and a 52-year-old woman was shot in the foot."
    )
    table = ontology.load(None).quantities
    assert quantities(list(doc), table)["shot"].value == 3


@pytest.mark.parametrize(
    ("text", "wounded"),
    [
        (
            "A drive-by shooting on Elm Street in Marlow left a 20-year-old man dead on "
            "Saturday. Officers say the two other victims, one female and one male, were "
            "listed in stable condition at Regional Medical Center.",
            2,
        ),
        (
            "Deputies say the three other victims, two women and one man, were being treated "
            "for gunshot wounds at Marlow General Hospital after the shooting.",
            3,
        ),
    ],
)
def test_members_set_apart_between_commas_tell_again_who_the_count_is(
    pipeline: Pipeline, text: str, wounded: float
) -> None:
    assert lead_counts(pipeline, text).get("wounded") == wounded
