"""The learned model of whether a record reports a real happening (events/likely.py)."""

from __future__ import annotations

import math

import pytest

from dateline.config import Settings
from dateline.events.likely import features, keep, rule_shape
from dateline.events.logistic import Model
from dateline.models import Article, Event, Mention
from dateline.pipeline import Pipeline

STORY = Article(
    title="Gunmen kill six in Kano market attack",
    published="2026-03-02",
    text=(
        "Gunmen opened fire on a market in the northern town of Kano on Sunday, killing six "
        "people, police said. Volunteers in orange vests walked the streets. Their job is to "
        'defuse tension and comfort families. "We turned this town upside down looking for '
        'them," the police chief said.'
    ),
)


def _event(
    kind: str, salience: float, why: str = "trigger 'x' (verb 'x' -> T)", sentence: int = 3
) -> Event:
    mention = Mention(start=0, end=1, sentence=sentence)
    return Event(
        type=kind, sentence=sentence, start=0, end=1, why=why, salience=salience, mentions=[mention]
    )


def test_rules_are_read_without_what_they_quote_or_count() -> None:
    assert rule_shape("subject of 'fired'") == rule_shape("subject of 'shot'")
    shape = rule_shape("one happening with 3 mentions (also 'shot', 'shooting')")
    assert shape == "one happening with N mentions"


def test_features_name_the_trigger_word_and_rules() -> None:
    event = _event("ASSAULT", 0.4, "trigger 'fired' (verb 'fire' -> ASSAULT); object")
    found = features(event)
    assert found["lemma=fire"] == 1.0
    assert found["pos=verb"] == 1.0
    assert found["rule=object"] == 1.0
    assert found["type=ASSAULT"] == 1.0


def test_keep_drops_the_unlikely_but_never_the_most_salient() -> None:
    model = Model({"type=ASSAULT": 4.0, "type=AID": -4.0}, 0.0, 0.5)
    attack = _event("ASSAULT", 0.2, sentence=1)
    aid, lead_aid = _event("AID", 0.3), _event("AID", 0.9, sentence=4)
    kept = keep([attack, aid, lead_aid], 1, model)
    assert kept == [attack, lead_aid]
    assert "likely a real happening: 0.98" in attack.why


def test_keep_points_an_arrest_at_its_shooting_among_the_kept_records() -> None:
    model = Model({"type=ASSAULT": 4.0, "type=COERCE": 4.0, "type=AID": -4.0}, 0.0, 0.5)
    shooting, aid = _event("ASSAULT", 0.9, sentence=1), _event("AID", 0.2)
    other, arrest = _event("ASSAULT", 0.3), _event("COERCE", 0.5)
    arrest.about = 2  # the second shooting, before the aid record is dropped
    kept = keep([shooting, aid, other, arrest], 1, model)
    assert kept == [shooting, other, arrest] and arrest.about == 1
    shooting.about = None
    lone = _event("COERCE", 0.4)
    lone.about = 1  # its happening (the aid record here) is dropped
    assert keep([shooting, aid, lone], 1, model) == [shooting, lone] and lone.about is None


def test_keep_never_drops_what_the_first_telling_sentence_tells() -> None:
    model = Model({"type=AID": -4.0}, 0.0, 0.5)
    lead, later, top = _event("AID", 0.1, sentence=1), _event("AID", 0.2), _event("AID", 0.3)
    assert keep([lead, later, top], 1, model) == [lead, top]


def test_a_long_story_keeps_its_first_and_top_records_only_when_not_unlikely() -> None:
    model = Model({"type=AID": -4.0, "type=PROTEST": -1.0}, 0.0, 0.5)
    lead, top = _event("AID", 0.1, sentence=1), _event("PROTEST", 0.9)
    assert keep([lead, top], 12, model) == [top]
    assert keep([lead, top], 2, model) == [lead, top]


def test_idioms_in_a_shooting_story_give_no_record(pipeline: Pipeline) -> None:
    events = pipeline.extract(STORY).events
    assert [e.type for e in events] == ["ASSAULT"]
    assert "likely a real happening" in events[0].why


def test_settings_keep_every_record() -> None:
    every = Pipeline(Settings(keep_unlikely=True)).extract(STORY).events
    said = [STORY.text[e.start : e.end] for e in every]
    assert len(every) > 1
    assert any("defuse" in s for s in said)
    assert all("likely a real happening" not in e.why for e in every)


def test_a_stricter_threshold_keeps_fewer_records() -> None:
    model = Model({"type=PROTEST": 0.0, "type=ASSAULT": 2.0}, 0.0, 0.4)
    first, shooting = _event("ASSAULT", 0.1, sentence=1), _event("ASSAULT", 0.2)
    march, top = _event("PROTEST", 0.3), _event("ASSAULT", 0.9)
    events = [first, shooting, march, top]
    assert keep(list(events), 12, model) == events
    assert keep(list(events), 12, model, threshold=0.6) == [first, shooting, top]
    assert keep(list(events), 12, model, threshold=0.95) == [first, top]


@pytest.mark.parametrize("chance", [0.2, 0.8])
def test_probability_follows_the_weights(chance: float) -> None:
    logit = math.log(chance / (1 - chance))
    model = Model({"type=PROTEST": logit}, 0.0, 0.5)
    assert model.probability(features(_event("PROTEST", 0.0))) == pytest.approx(chance)
