"""Words that hold a trigger yet report no event (set phrases, a child finding a gun), on
sentences written for these tests."""

from __future__ import annotations

import pytest

from dateline.models import Article


@pytest.mark.parametrize(
    "text",
    [
        "The new chief is in charge of a department of 900 officers.",
        "A dry winter is partly to blame for the early fires, forecasters said.",
        "Her calm under pressure was critical to the team's success.",
        "The swimmer set a national record at the Olympic trials in Omaha.",
        "Three governors are seeking the White House this year.",
        "Whoever will occupy the White House next year faces a divided Congress.",
        "Police said in a release that some residents had shared the rumor online.",
        "The nurse returned to work in April after a long illness.",
        "Her grandmother died last spring from a blood disorder.",
        "The retired judge died of heart failure at his home in March.",
        "Forecasters issued snowfall warnings for the northern valleys on Friday.",
        "The airline warned passengers of long delays at the terminal.",
        "Ponds and lakes around the town froze over during the night.",
        "The former mayor defeated a two-term incumbent in the 1998 primary.",
        "A fire destroyed the roof of a Main Street home on Tuesday.",
        "A cyclist was struck by a pickup truck on Route 9 on Friday.",
        "Senate leaders killed the transit bill on Tuesday.",
        "An average of polls taken over the past two weeks shows a tight race.",
        "A city official who asked not to be named said the budget would shrink next year.",
        "A clerk, who requested anonymity, said the office had moved to Elm Street.",
        "Doctors said one of the boys is critical and the other is stable.",
        "Anyone who saw the robbery is encouraged to contact detectives.",
    ],
)
def test_a_set_phrase_reports_no_event(pipeline, text: str) -> None:
    events = pipeline.extract(Article(text=text, published="2016-06-20")).events
    assert events == [], [(e.type, e.why) for e in events]


@pytest.mark.parametrize(
    "text",
    [
        "Prosecutors charged the former chief with fraud on Monday.",
        "The mayor blamed the council for the budget gap.",
    ],
)
def test_the_same_words_outside_the_phrase_still_report_events(pipeline, text: str) -> None:
    events = pipeline.extract(Article(text=text, published="2016-06-20")).events
    assert [e.type for e in events] == ["ACCUSE"]


def test_a_child_finding_a_gun_is_no_seizure(pipeline) -> None:
    for text in (
        "Her grandsons found the gun in her bed, she said.",
        "A curious boy found a loaded pistol under his grandmother's bed.",
    ):
        events = pipeline.extract(Article(text=text, published="2016-06-20")).events
        assert events == [], [(e.type, e.why) for e in events]


def test_officers_finding_a_gun_is_a_seizure(pipeline) -> None:
    text = "Officers found a handgun and ammunition in the car after the chase."
    events = pipeline.extract(Article(text=text, published="2016-06-20")).events
    assert [(e.type, e.mode) for e in events] == [("COERCE", "seize")]


def test_critical_of_someone_is_criticism(pipeline) -> None:
    text = "The mayor was sharply critical of the police chief on Monday."
    events = pipeline.extract(Article(text=text, published="2016-06-20")).events
    assert [e.type for e in events] == ["ACCUSE"]
