"""The running-text event scorer on small gold and predicted records written here."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "benchmarks"))

import running_text as rt  # noqa: E402


def gold(type_: str, mentions: list, **fields) -> dict:
    record = {"type": type_, "mentions": mentions, "status": "asserted", "salient": False}
    record.update(fields)
    return record


# Offsets as in: "Gunmen attacked a checkpoint in Kirkuk on Sunday, killing two. The attack ..."
BOMBING = gold(
    "ASSAULT",
    [[7, 15], [62, 72]],
    actor=[[0, 6]],
    recipient=[[16, 28]],
    place=[[32, 38]],
    place_name="Kirkuk",
    date="2016-12-18",
    date_precision="day",
    salient=True,
)
ARREST = gold("COERCE", [[90, 98]], recipient=[[99, 110]])


def test_overlap_is_strict_on_touching_ends():
    assert rt.overlaps((5, 10), [[9, 12]])
    assert not rt.overlaps((5, 10), [[10, 12]])
    assert not rt.overlaps((5, 10), None)


def test_a_second_record_of_one_happening_is_a_duplicate():
    first = rt.Pred("ASSAULT", [(7, 15)])
    again = rt.Pred("ASSAULT", [(62, 72)])
    assert rt.match([first, again], [BOMBING, ARREST]) == [(0, False, False), (0, True, False)]


def test_a_related_type_matches_only_as_related():
    pred = rt.Pred("COERCE", [(8, 12)])
    assert rt.match([pred], [BOMBING]) == [(0, False, True)]
    assert rt.match([rt.Pred("AGREE", [(8, 12)])], [BOMBING]) == [(None, False, False)]


def test_mentions_list_lets_a_merged_record_reach_a_later_mention():
    merged = rt.Pred("COERCE", [(0, 3), (92, 96)])
    assert rt.match([merged], [BOMBING, ARREST]) == [(1, False, False)]


def test_a_record_goes_to_the_gold_record_it_shares_most_mentions_with():
    first = gold("COERCE", [[0, 4]])
    second = gold("COERCE", [[10, 14], [20, 24]])
    pred = rt.Pred("COERCE", [(0, 4), (10, 14), (20, 24)])
    assert rt.match([pred], [first, second]) == [(1, False, False)]


@pytest.mark.parametrize(
    ("gold_date", "precision", "got", "got_precision", "right"),
    [
        ("2016-07", "month", "2016-07-14", "day", True),
        ("2016-07", "month", "2016", "year", False),
        ("2016-07", "month", "2016-08-01", "day", False),
        ("2016-12-12", "week", "2016-W50", "week", True),
        ("2016-12-12", "week", "2016-12-16", "day", True),
        ("2014", "year", "2014-03", "month", True),
        ("2016-12-18", "day", "2016-12-17", "day", False),
    ],
)
def test_date_is_compared_at_the_gold_precision(gold_date, precision, got, got_precision, right):
    record = {"date": gold_date, "date_precision": precision}
    pred = rt.Pred("ASSAULT", [(0, 1)], date=got, date_precision=got_precision)
    assert rt.date_right(record, pred, "2016-12-19") is right


def test_an_undated_gold_event_accepts_the_publication_day_or_week_only():
    undated = {"date": None, "date_precision": None}
    day = rt.Pred("ASSAULT", [(0, 1)], date="2016-12-19", date_precision="day")
    week = rt.Pred("ASSAULT", [(0, 1)], date="2016-W51", date_precision="week")
    last_year = rt.Pred("ASSAULT", [(0, 1)], date="2015", date_precision="year")
    assert rt.date_right(undated, day, "2016-12-19")
    assert rt.date_right(undated, week, "2016-12-19")
    assert not rt.date_right(undated, last_year, "2016-12-19")


def test_place_by_span_or_by_name():
    assert rt.place_right(BOMBING, rt.Pred("ASSAULT", [(0, 1)], place=(32, 38)))
    assert rt.place_right(
        BOMBING, rt.Pred("ASSAULT", [(0, 1)], place=(300, 306), place_name="KIRKUK")
    )
    assert not rt.place_right(
        BOMBING, rt.Pred("ASSAULT", [(0, 1)], place=(0, 6), place_name="Iraq")
    )


def test_one_article_scored_end_to_end():
    preds = [
        rt.Pred(
            "ASSAULT",
            [(7, 15)],
            actor=(16, 28),
            place=(32, 38),
            date="2016-12-18",
            date_precision="day",
        ),
        rt.Pred("ASSAULT", [(62, 72)], actor=(0, 6)),
        rt.Pred("ACCUSE", [(40, 45)], status="hypothetical"),
    ]
    tally = rt.Tally()
    errors = rt.score_article(preds, [BOMBING, ARREST], "2016-12-19", tally)
    fig = rt.figures(tally)
    assert fig["precision"] == pytest.approx(2 / 3)
    assert fig["precision_asserted"] == 1.0
    assert fig["recall"] == 0.5
    assert fig["duplicates"] == pytest.approx(1 / 3)
    assert fig["actor"] == 0.5
    assert fig["salient"] == 1.0
    assert fig["salient_full"] == 0.0
    assert any(line.startswith("  missed gold #1 COERCE") for line in errors)


def test_the_lead_is_the_record_of_highest_salience():
    arrest = rt.Pred("COERCE", [(90, 98)], salience=0.9)
    bombing = rt.Pred("ASSAULT", [(7, 15)], salience=0.4)
    tally = rt.Tally()
    rt.score_article([bombing, arrest], [BOMBING, ARREST], None, tally)
    assert rt.figures(tally)["lead"] == 0.0
    bombing.salience = 1.0
    rt.score_article([bombing, arrest], [BOMBING, ARREST], None, tally)
    assert rt.figures(tally)["lead"] == 0.5


def test_heldout_is_a_quarter_of_sha1_space():
    assert rt.split_of("0" * 39 + "4") == "heldout"
    assert rt.split_of("0" * 39 + "5") == "dev"
    assert rt.sha1("abc") == "a9993e364706816aba3e25717850c26c9cd0d89d"


def test_a_participant_is_named_by_a_listed_span_or_by_its_words():
    text = "President Amadou Keita spoke in Gao. Later Keita said he would visit. He left."
    keita = [[0, 22]]
    assert rt.names_one((0, 9), keita, text)  # overlaps
    assert rt.names_one((43, 48), keita, text)  # "Keita": the last word of a listed span
    assert not rt.names_one((32, 35), keita, text)  # "Gao"
    assert not rt.names_one((70, 72), [[54, 56]], text)  # a pronoun matches by span only


def test_salient_causes_say_why_a_salient_record_is_not_right():
    text = "Gunmen attacked a checkpoint in Kirkuk on Sunday, killing two. The attack ..."
    right = rt.Pred("ASSAULT", [(7, 15)], actor=(0, 6), place=(32, 38), place_name="Kirkuk")
    nobody = rt.Pred("ASSAULT", [(7, 15)], place=(32, 38), place_name="Kirkuk")
    other = rt.Pred("COERCE", [(7, 15)])
    assert rt.salient_causes([right], [right], [BOMBING], text)[0][0] == "found"
    assert rt.salient_causes([nobody], [nobody], [BOMBING], text)[0][0] == "actor"
    assert rt.salient_causes([], [right], [BOMBING], text)[0][0] == "gated"
    assert rt.salient_causes([other], [other], [BOMBING], text)[0][0] == "type"
    assert rt.salient_causes([], [], [BOMBING, ARREST], text) == [("none", "#0 ASSAULT 'attacked'")]
