"""When events happened: the dates the coder gives events, on sentences written for these tests."""

from __future__ import annotations

import pytest
from dates_support import lead_of

from dateline.models import Article, Event


def events(pipeline, text: str, published: str) -> list[Event]:
    return pipeline.extract(Article(text=text, published=published)).events


def by_trigger(found: list[Event], text: str, word: str) -> Event:
    start = text.index(word)
    return next(e for e in found if any(m.start == start for m in e.mentions))


def test_a_told_happening_takes_no_day_after_publication(pipeline) -> None:
    text = "Gunmen killed three people at a crowded market on December 12, witnesses said."
    killed = by_trigger(events(pipeline, text, "2017-12-05"), text, "killed")
    assert killed.date != "2017-12-12"
    assert (killed.date, killed.date_precision) == ("2017-W49", "week")


def test_a_time_of_a_participle_clause_dates_its_own_verb(pipeline) -> None:
    text = "Two men opened fire on a vigil for a teenager slain in 2014, wounding three mourners."
    opened = by_trigger(events(pipeline, text, "2016-07-15"), text, "opened")
    assert opened.date != "2014"
    assert (opened.date, opened.date_precision) == ("2016-W28", "week")


def test_a_participle_clause_of_the_happening_itself_dates_it(pipeline) -> None:
    text = "A shooting reported early Sunday left a man dead in the parking lot of a diner."
    shooting = by_trigger(events(pipeline, text, "2016-07-19"), text, "shooting")
    assert (shooting.date, shooting.date_precision) == ("2016-07-17", "day")


def test_an_untimed_lead_takes_no_year_long_past_from_a_later_mention(pipeline) -> None:
    text = (
        "A 19-year-old was fatally shot outside a corner store on Elm Street. Neighbors said "
        "a customer was shot in the same parking lot in 2013."
    )
    lead = by_trigger(events(pipeline, text, "2016-09-16"), text, "shot")
    assert (lead.date, lead.date_precision) == ("2016-W37", "week")


def test_an_untimed_lead_takes_a_month_from_a_later_mention(pipeline) -> None:
    text = (
        "A 19-year-old was fatally shot outside a corner store on Elm Street. Police said "
        "he was shot in the parking lot in March."
    )
    lead = by_trigger(events(pipeline, text, "2016-09-16"), text, "shot")
    assert (lead.date, lead.date_precision) == ("2016-03", "month")


def test_a_follow_ups_untimed_happening_takes_the_earlier_day_told_near_it(pipeline) -> None:
    text = (
        "Two Millbrook men were charged with murder in the fatal shooting of a 17-year-old "
        "outside a gas station. The incident happened on Aug. 28 near the corner of Elm and "
        "Fifth."
    )
    shooting = by_trigger(events(pipeline, text, "2016-09-20"), text, "shooting")
    assert (shooting.date, shooting.date_precision) == ("2016-08-28", "day")


def test_an_earlier_day_of_another_happening_after_the_storys_day_is_not_the_leads(
    pipeline,
) -> None:
    text = (
        "A 15-year-old girl was critically injured when a handgun went off inside a home on "
        "Maple Street. It happened around 2 a.m. Wednesday, according to police. It is the "
        "second such case in the neighborhood this summer: on June 29, a 13-year-old boy "
        "was killed while playing with his uncle's pistol."
    )
    lead = by_trigger(events(pipeline, text, "2016-07-06"), text, "injured")
    assert (lead.date, lead.date_precision) == ("2016-07-06", "day")


def test_a_happening_timed_in_its_own_clause_keeps_its_day(pipeline) -> None:
    text = (
        "A 19-year-old was fatally shot Saturday outside a corner store on Elm Street. "
        "Neighbors said the store was robbed on Aug. 28."
    )
    lead = by_trigger(events(pipeline, text, "2016-09-20"), text, "shot")
    assert (lead.date, lead.date_precision) == ("2016-09-17", "day")


def test_a_noun_says_no_tense_and_keeps_a_day_to_come(pipeline) -> None:
    text = "Opposition parties announced protests on April 9 in the capital."
    protests = by_trigger(events(pipeline, text, "2009-03-23"), text, "protests")
    assert (protests.date, protests.date_precision) == ("2009-04-09", "day")


def test_the_morning_after_a_happening_dates_it_to_the_day_before(pipeline) -> None:
    text = "Both boys went to school on Friday, the morning after the shooting at the park."
    shooting = by_trigger(events(pipeline, text, "2016-10-05"), text, "shooting")
    assert (shooting.date, shooting.date_precision) == ("2016-09-29", "day")


def test_a_death_days_after_a_shooting_dates_the_shooting_that_many_days_before(
    pipeline,
) -> None:
    text = "Marcus Hale died Monday, three days after he was shot outside a store in Flint."
    shot = by_trigger(events(pipeline, text, "2016-12-28"), text, "shot")
    assert (shot.date, shot.date_precision) == ("2016-12-23", "day")


def test_an_arrest_a_day_after_a_shooting_dates_it_the_day_before(pipeline) -> None:
    text = (
        "A 19-year-old man was arrested Thursday on a manslaughter charge, a day after he "
        "shot his cousin at a home in Hialeah."
    )
    shot = by_trigger(events(pipeline, text, "2017-02-24"), text, "shot")
    assert (shot.date, shot.date_precision) == ("2017-02-22", "day")


def test_a_count_of_days_that_is_not_exact_moves_nothing(pipeline) -> None:
    text = (
        "A 19-year-old man was arrested Thursday on a manslaughter charge, less than a day "
        "after he shot his cousin at a home in Hialeah."
    )
    shot = by_trigger(events(pipeline, text, "2017-02-24"), text, "shot")
    assert shot.date != "2017-02-22"


def test_a_court_day_to_come_does_not_date_a_joined_verb(pipeline) -> None:
    text = (
        "Police arrested a Mopti man on Monday.\n\n"
        "He is being held at the county jail and will appear in court on June 20."
    )
    held = by_trigger(events(pipeline, text, "2016-06-15"), text, "held")
    assert held.date != "2016-06-20"


def test_a_time_before_the_happenings_noun_dates_it(pipeline) -> None:
    text = (
        "A gang leader pleaded guilty today for his role in the May 7, 2015, shooting of four "
        "members of a family on the east side."
    )
    shooting = by_trigger(events(pipeline, text, "2016-10-25"), text, "shooting")
    assert (shooting.date, shooting.date_precision) == ("2015-05-07", "day")


def test_last_summers_killing_is_of_last_summer(pipeline) -> None:
    text = "Police charged a Millbrook man Wednesday in last summer's killing of a store clerk."
    killing = by_trigger(events(pipeline, text, "2016-03-09"), text, "killing")
    assert (killing.date, killing.date_precision) == ("2015", "year")


@pytest.mark.parametrize(
    ("text", "published", "day"),
    [
        pytest.param(
            "A 24-year-old man was wounded in a shooting outside a convenience store on Harlan "
            "Avenue. Officers responded to the store at about 10:40 p.m. Saturday and found "
            "him with a gunshot wound to the leg.",
            "2016-06-13",
            "2016-06-11",
            id="officers responded to the scene",
        ),
        pytest.param(
            "Three people were hurt in a shooting at a block party in Eastwood. Gunfire was "
            "reported shortly before 11 p.m. Friday near the corner of Pine and Ninth, police "
            "said.",
            "2016-07-04",
            "2016-07-01",
            id="gunfire was reported",
        ),
        pytest.param(
            "A 9-year-old boy is recovering in the hospital after an accidental shooting. "
            "Around 5 p.m. Sunday, deputies say they were called to a home on County Road 12.",
            "2016-08-16",
            "2016-08-14",
            id="a time fronted before a present saying",
        ),
        pytest.param(
            "Teen wounded in shooting near Elm Street park\n\n"
            "Posted: Monday, May 9, 2016 4:10 PM EDT\n\n"
            "A 16-year-old boy was shot in the leg near a park on Elm Street. It happened at "
            "about 9 p.m. Saturday, police said.",
            "2016-05-09",
            "2016-05-07",
            id="posted",
        ),
        pytest.param(
            "Last updated at 8:15 a.m. on Tuesday, Oct. 4, 2016\n\n"
            "A 12-year-old girl was wounded by gunfire at a home on Maple Lane. Deputies say "
            "it happened around 7 p.m. Sunday.",
            "2016-10-04",
            "2016-10-02",
            id="last updated at a time on a day",
        ),
        pytest.param(
            "DATE: October 4, 2016\n\n"
            "A 12-year-old girl was wounded by gunfire at a home on Maple Lane. Deputies say "
            "it happened around 7 p.m. Sunday.",
            "2016-10-04",
            "2016-10-02",
            id="a label with a colon",
        ),
        pytest.param(
            "A 4-year-old boy was wounded when he found a loaded handgun in a bedroom. His "
            "father was charged Tuesday with child neglect. Deputies said the boy was taken "
            "to the hospital from the home on Maple Lane around 7 p.m. Sunday.",
            "2016-10-05",
            "2016-10-02",
            id="a later step's day",
        ),
        pytest.param(
            "A 15-year-old boy was killed in a drive-by shooting on Cedar Street. Police held "
            "a news conference Monday afternoon to ask for help finding the driver. Neighbors "
            "said they heard several pops around 11 p.m. Saturday.",
            "2016-10-04",
            "2016-10-01",
            id="a news conference's day",
        ),
        pytest.param(
            "FRANKLIN, Ind. (Feb. 4, 2014) – A gas station clerk was wounded in a robbery on "
            "State Road 44. Deputies say it happened around 9 p.m. Sunday.",
            "2014-02-04",
            "2014-02-02",
            id="a dateline's date",
        ),
    ],
)
def test_an_untimed_lead_takes_the_day_its_story_names_not_a_telling_or_a_stamp(
    pipeline, text: str, published: str, day: str
) -> None:
    lead = lead_of(pipeline, text, published)
    assert (lead.date, lead.date_precision) == (day, "day")


def test_a_reply_to_a_person_or_a_request_keeps_its_time_of_telling(pipeline) -> None:
    for telling in (
        "The mayor responded to the victim's mother on Tuesday in a long statement.",
        "The mayor's office did not respond to the store on Tuesday.",
        "The police chief responded Tuesday to a request for comment.",
    ):
        text = f"A 31-year-old man was shot and killed outside a bar on Grand Avenue. {telling}"
        lead = lead_of(pipeline, text, "2016-10-20")
        assert (lead.date, lead.date_precision) == ("2016-W42", "week"), telling


def test_a_pages_stamp_still_dates_a_story_that_names_no_other_day(pipeline) -> None:
    text = (
        "Posted: Monday, May 9, 2016 4:10 PM EDT\n\n"
        "A 16-year-old boy was shot in the leg near a park on Elm Street, police said."
    )
    lead = lead_of(pipeline, text, "2016-05-09")
    assert (lead.date, lead.date_precision) == ("2016-05-09", "day")


@pytest.mark.parametrize(
    ("text", "day"),
    [
        pytest.param(
            "A 17-year-old was wounded in a shooting on Dale Street. Officers were called to "
            "the area at about 2:15 a.m. and found him with a gunshot wound to the hip.",
            ("2016-05-08", "day"),
            id="a time of day with no day",
        ),
        pytest.param(
            "A woman was shot in the arm outside a bar on Fourth Avenue. The shooting happened "
            "around 9:30 p.m., deputies said.",
            ("2016-05-08", "day"),
            id="an evening's time with no day",
        ),
        pytest.param(
            "A man was wounded in an early-morning shooting outside an apartment complex on "
            "Pine Street, police said.",
            ("2016-05-08", "day"),
            id="an early-morning shooting",
        ),
        pytest.param(
            "Update\n\n5:23 p.m.\n\nA 17-year-old was wounded in a shooting on Dale Street, "
            "police said.",
            ("2016-W18", "week"),
            id="a page's stamp on a line of its own",
        ),
        pytest.param(
            "Posted at 9:05 a.m.\n\nA 17-year-old was wounded in a shooting on Dale Street, "
            "police said.",
            ("2016-W18", "week"),
            id="a page's stamp after its word",
        ),
    ],
)
def test_a_time_of_day_with_no_day_dates_an_untimed_lead_to_the_publication_day(
    pipeline, text: str, day: tuple[str, str]
) -> None:
    lead = lead_of(pipeline, text, "2016-05-08")
    assert (lead.date, lead.date_precision) == day


def test_a_datelines_date_still_dates_a_page_without_a_publication_day(pipeline) -> None:
    text = (
        "FRANKLIN, Ind. (Feb. 4, 2014) – A gas station clerk was wounded in a robbery on "
        "State Road 44, deputies said."
    )
    lead = max(pipeline.extract(Article(text=text)).events, key=lambda e: e.salience)
    assert (lead.date, lead.date_precision) == ("2014-02-04", "day")


def test_a_later_steps_time_does_not_date_the_happening_it_follows(pipeline) -> None:
    text = (
        "A 9-year-old girl remained in serious condition Tuesday after a shooting near a "
        "playground on Oak Street. Relatives said she was hit by a stray bullet late Monday."
    )
    found = events(pipeline, text, "2018-05-15")
    shooting = by_trigger(found, text, "shooting")
    assert shooting.date != "2018-05-15"
    lead = max(found, key=lambda e: e.salience)
    assert (lead.date, lead.date_precision) == ("2018-05-14", "day")


def test_a_later_steps_time_still_dates_the_step_itself(pipeline) -> None:
    text = "A 31-year-old man was charged Tuesday in a shooting that wounded two neighbors."
    charged = by_trigger(events(pipeline, text, "2018-05-15"), text, "charged")
    assert (charged.date, charged.date_precision) == ("2018-05-15", "day")


# A free time of what the subject does or undergoes beside the happening dates it not:
# the lead takes the day the text gives the happening itself.
TOLD_BESIDE = {
    "a charged subject's court day": (
        "A teenager charged in the shooting of his cousin was back in court Friday. The "
        "cousin was shot on Feb. 20 outside a store.",
        "2017-03-10",
        "2017-02-20",
    ),
    "a state told before the shooting": (
        "A 12-year-old boy was in critical condition Tuesday after he and two friends were "
        "shot near a basketball court. Police said the boys were hit by gunfire from a "
        "passing car Monday evening.",
        "2018-05-15",
        "2018-05-14",
    ),
    "an investigation of the killing": (
        "An investigation was underway Wednesday into the killing of a man near a gas "
        "station. The man was shot on Monday night, police said.",
        "2019-04-10",
        "2019-04-08",
    ),
    "a charged subject's step, for the story's day": (
        "A teenager charged with manslaughter in the shooting death of his friend was back "
        "in juvenile court Friday afternoon. Deputies took the boy into custody Thursday "
        "afternoon at his home.",
        "2015-07-31",
        "2015-07-30",
    ),
}


@pytest.mark.parametrize("case", TOLD_BESIDE)
def test_a_time_told_beside_the_happening_does_not_date_it(pipeline, case: str) -> None:
    text, published, day = TOLD_BESIDE[case]
    lead = lead_of(pipeline, text, published)
    assert (lead.date, lead.date_precision) == (day, "day")


def test_a_state_at_the_time_of_a_shooting_still_dates_it(pipeline) -> None:
    text = "Four men were in a bar early Sunday when a passing car fired into the building."
    fired = by_trigger(events(pipeline, text, "2016-07-19"), text, "fired")
    assert (fired.date, fired.date_precision) == ("2016-07-17", "day")
