"""The scoring helpers of benchmarks/wikievents.py and benchmarks/gun_violence.py."""

from __future__ import annotations

import sys
from pathlib import Path
from types import SimpleNamespace

import pytest

from dateline.models import Actor, Event, Mention, Place

BENCHMARKS = Path(__file__).resolve().parents[1] / "benchmarks"
sys.path.insert(0, str(BENCHMARKS))

from event_scoring import (  # noqa: E402
    CONSEQUENCE,
    MAPPED,
    UNMAPPED,
    GoldMention,
    KairosMap,
    anchors,
    locate,
    same_name,
    score_document,
    trigger_words,
)
from lead_scoring import Gold, Tally, count, lead_event, near, registry_day, same_day  # noqa: E402

TEXT = (
    "Gunmen attacked a checkpoint in Kandahar on Monday. "
    "Two soldiers were killed in the attack. "
    "Police later arrested a suspect."
)


def span(word: str, nth: int = 0) -> tuple[int, int]:
    start = -1
    for _ in range(nth + 1):
        start = TEXT.index(word, start + 1)
    return start, start + len(word)


def sentence_spans() -> list[tuple[int, int]]:
    first = TEXT.index("Two")
    second = TEXT.index("Police")
    return [(0, first - 1), (first, second - 1), (second, len(TEXT))]


def event(kind: str, trigger: str, evidence: str, **fields) -> Event:
    start, end = span(evidence)
    return Event(kind, TEXT, start, end, why=f"trigger '{trigger}' (verb -> {kind})", **fields)


def gold() -> list[GoldMention]:
    gunmen, checkpoint, kandahar = span("Gunmen"), span("checkpoint"), span("Kandahar")
    return [
        GoldMention(
            "Conflict.Attack.Unspecified",
            span("attacked"),
            0,
            [
                ("Attacker", gunmen, [gunmen]),
                ("Target", checkpoint, [checkpoint]),
                ("Place", kandahar, [kandahar]),
            ],
        ),
        GoldMention("Life.Die.Unspecified", span("killed"), 1, [("Victim", span("soldiers"), [])]),
        GoldMention("Conflict.Attack.Unspecified", span("attack", 1), 1, []),
        GoldMention("Justice.ArrestJailDetain.Unspecified", span("arrested"), 2, []),
    ]


MAPPING = KairosMap.load(BENCHMARKS / "data" / "kairos_plover.yaml")


def test_trigger_words_and_locate_find_the_trigger_inside_the_evidence():
    assert trigger_words("trigger 'blew up' (verb 'blow' -> ASSAULT); trigger 'bomb'") == [
        "blew",
        "bomb",
    ]
    assert trigger_words("nearest place in the sentence") == []
    whole = (0, TEXT.index("."))
    assert locate(TEXT, ["ATTACKED"], whole) == span("attacked")
    # a whole word only: "attack" is not found inside "attacked"
    assert locate(TEXT, ["attack"], whole) is None


def test_anchors_use_mentions_and_their_triggers_when_the_record_has_them():
    single = event("ASSAULT", "attacked", "Gunmen attacked a checkpoint")
    assert anchors(single, TEXT) == [span("attacked")]
    unnamed = event("ASSAULT", "stormed", "Gunmen attacked a checkpoint")
    assert anchors(unnamed, TEXT) == [span("Gunmen attacked a checkpoint")]
    merged = SimpleNamespace(
        type="ASSAULT",
        why="trigger 'attacked'",
        start=0,
        end=10,
        mentions=[
            {"start": 0, "end": span("checkpoint")[1], "sentence": 0},
            {"start": span("killed")[0], "end": len(TEXT), "trigger": {"start": 90, "end": 96}},
            {"start": span("the attack")[0], "end": span("the attack")[1], "trigger": "attack"},
        ],
    )
    assert anchors(merged, TEXT) == [span("attacked"), (90, 96), span("attack", 1)]


@pytest.mark.parametrize(
    ("value", "names", "same"),
    [
        ("Kandahar province", {"Kandahar"}, True),
        ("IS", {"the IS group", "IS"}, True),
        ("Paris", {"Rue Victor Hugo"}, False),
        ("Russian airstrikes", {"IS"}, False),
        ("they", {"they", "them"}, False),
    ],
)
def test_an_argument_named_by_text(value, names, same):
    assert same_name(value, names) is same


@pytest.mark.parametrize(
    ("kairos", "kind", "types"),
    [
        ("Conflict.Attack.DetonateExplode", MAPPED, ("ASSAULT",)),
        ("Justice.Convict.Unspecified", MAPPED, ("ACCUSE", "SANCTION")),
        ("Movement.Transportation.IllegalTransportation", MAPPED, ("CRIME",)),
        ("Movement.Transportation.Unspecified", UNMAPPED, ()),
        ("Life.Injure.Unspecified", CONSEQUENCE, ()),
        ("Contact.Contact.Broadcast", UNMAPPED, ()),
        ("Contact.Contact.Meet", MAPPED, ("CONSULT",)),
        ("Nothing.Known.Here", UNMAPPED, ()),
    ],
)
def test_the_kairos_mapping_takes_the_longest_prefix(kairos, kind, types):
    assert MAPPING.category(kairos) == (kind, types)


def test_one_record_per_gold_mention_scores_right_types_and_arguments():
    records = [
        event(
            "ASSAULT",
            "attacked",
            "Gunmen attacked a checkpoint in Kandahar",
            actor=Actor("Gunmen", *span("Gunmen")),
            place=Place("Kandahar", *span("Kandahar")),
        ),
        event("ASSAULT", "killed", "Two soldiers were killed"),
        event("AID", "arrested", "Police later arrested a suspect"),
    ]
    score = score_document(TEXT, sentence_spans(), gold(), records, MAPPING)
    # The record on "killed" sits on a consequence: left out of mapped precision.
    assert (score.trigger.pred_hit, score.trigger.pred) == (2, 2)
    assert (score.trigger.gold_hit, score.trigger.gold) == (2, 3)
    assert (score.typed.pred_hit, score.typed.gold_hit) == (1, 1)
    assert (score.records.hit, score.records.total) == (1, 2)
    assert (score.trigger_all.pred_hit, score.trigger_all.gold_hit) == (3, 3)
    assert score.arguments["attacker"].hit == score.arguments["attacker, by text"].hit == 1
    assert (score.arguments["victim"].hit, score.arguments["victim"].total) == (0, 2)
    assert score.arguments["place"].hit == 1
    assert (score.gold_repeated.hit, score.pred_repeats.hit) == (0, 0)
    assert any("missed Justice.ArrestJailDetain" in line for line in score.errors)


def test_a_record_of_a_type_the_gold_ontology_lacks_is_judged_only_on_gold_words():
    records = [
        event("ASSAULT", "attacked", "Gunmen attacked a checkpoint"),
        event("REJECT", "later", "Police later"),  # KAIROS has no type for it
        event("COERCE", "Police", "Police later"),  # a type KAIROS has, on no gold word
    ]
    score = score_document(TEXT, sentence_spans(), gold(), records, MAPPING)
    assert "REJECT" not in MAPPING.targets and "COERCE" in MAPPING.targets
    assert (score.trigger_all.pred_hit, score.trigger_all.pred) == (1, 3)
    assert (score.typed.pred_hit, score.typed.pred) == (1, 2)
    assert (score.records.hit, score.records.total) == (1, 2)


def test_records_repeating_one_gold_mention_count_as_duplicates():
    records = [
        event("ASSAULT", "attacked", "Gunmen attacked a checkpoint"),
        event("ASSAULT", "attacked", "attacked a checkpoint in Kandahar"),
        event("ASSAULT", "killed", "Two soldiers were killed in the attack"),
        event("ASSAULT", "attack", "the attack"),
    ]
    score = score_document(TEXT, sentence_spans(), gold(), records, MAPPING)
    assert (score.gold_repeated.hit, score.gold_repeated.total) == (1, 2)
    # By whole spans, "the attack" also lies inside the evidence of the record on "killed".
    assert (score.gold_in_spans.hit, score.gold_in_spans.total) == (2, 2)
    assert (score.pred_repeats.hit, score.pred_repeats.total) == (1, 4)
    # Each of the first two sentences holds one gold attack and two ASSAULT records.
    assert (score.pred_surplus.hit, score.pred_surplus.total) == (2, 4)


def test_one_merged_record_finds_every_mention_without_repeating():
    merged = SimpleNamespace(
        type="ASSAULT",
        why="trigger 'attacked'; trigger 'attack'",
        start=0,
        end=len(TEXT),
        actor=None,
        place=None,
        recipient=Actor("Two soldiers", *span("Two soldiers")),
        mentions=[
            {"start": 0, "end": span("checkpoint")[1]},
            {"start": span("Two")[0], "end": span("attack", 1)[1]},
        ],
    )
    score = score_document(TEXT, sentence_spans(), gold(), [merged], MAPPING)
    assert (score.typed.gold_hit, score.typed.gold) == (2, 3)
    assert score.gold_repeated.hit == 0
    # The death is read from the ASSAULT record of its sentence: its victim is found.
    assert score.arguments["victim"].hit == 1


def test_mentions_holding_trigger_spans_are_their_own_anchors():
    attacked, attack = span("attacked"), span("attack", 1)
    merged = event(
        "ASSAULT",
        "attacked",
        "Gunmen attacked a checkpoint",
        mentions=[Mention(*attacked, 0), Mention(*attack, 1)],
    )
    assert anchors(merged, TEXT) == [attacked, attack]
    score = score_document(TEXT, sentence_spans(), gold(), [merged], MAPPING)
    assert (score.trigger.pred_hit, score.trigger.pred) == (2, 2)
    assert (score.gold_in_spans.hit, score.pred_repeats.hit) == (0, 0)


def incident_event(kind: str, confidence: float, **fields) -> Event:
    return Event(kind, "A man was shot.", 0, 15, confidence=confidence, **fields)


def test_the_lead_event_is_the_most_salient_else_the_most_confident_assault_or_crime():
    # Records from before the salience field (read from older output) have none.
    accuse = SimpleNamespace(type="ACCUSE", confidence=0.9, start=0)
    weak = SimpleNamespace(type="ASSAULT", confidence=0.4, start=5)
    strong = SimpleNamespace(type="CRIME", confidence=0.6, start=9)
    assert lead_event([accuse, weak, strong]) is strong
    assert lead_event([accuse]) is None
    salient = [
        incident_event("ACCUSE", 0.9, salience=0.2),
        incident_event("ASSAULT", 0.3, salience=0.8),
        incident_event("CRIME", 0.6, salience=0.8),
    ]
    assert lead_event(salient) is salient[2]


def test_place_day_and_counts_against_the_registry():
    tulsa = Place("Tulsa", 0, 5, lat=36.154, lon=-95.993)
    shot = incident_event(
        "ASSAULT",
        0.7,
        place=tulsa,
        date="2017-04-10",
        date_precision="day",
        quantities={"killed": 1.0, "wounded": 2.0},
    )
    assert registry_day("April 10, 2017") == "2017-04-10"
    assert near(shot, 36.4, -95.9) and not near(shot, 36.9, -95.9)
    assert same_day(shot, "2017-04-10") and not same_day(shot, "2017-04-11")
    weekly = incident_event("ASSAULT", 0.7, date="2017-04-10", date_precision="week")
    assert not same_day(weekly, "2017-04-10")
    assert count(shot, ("wounded", "injured")) == 2.0 and count(None, ("killed",)) is None
    tally = Tally()
    wrong = tally.score(Gold(36.15, -95.99, "2017-04-10", 1, 3), [shot])
    assert wrong == ["injured exact (registry > 0)"]
    tally.score(Gold(None, None, None, 0, 0), [])
    assert tally.shares["articles with a lead event"].value == 0.5
    assert tally.shares["lead place within 40 km"].total == 1
