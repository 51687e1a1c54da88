"""The story's day for a lead the text leaves at the publication week, on sentences written
for these tests."""

from __future__ import annotations

from dates_support import lead_of


def test_police_who_responded_with_no_place_named_give_the_scenes_day(pipeline) -> None:
    text = (
        "A 23-year-old man was shot and killed at a home on County Road 40. Deputies "
        "responded early Saturday morning after a neighbor called 911."
    )
    lead = lead_of(pipeline, text, "2016-11-13")
    assert (lead.date, lead.date_precision) == ("2016-11-12", "day")


def test_a_mayor_who_responded_with_no_place_named_gives_no_day(pipeline) -> None:
    text = (
        "A 23-year-old man was shot and killed at a home on County Road 40. The mayor "
        "responded Saturday, saying the city would add patrols."
    )
    lead = lead_of(pipeline, text, "2016-11-13")
    assert (lead.date, lead.date_precision) == ("2016-W45", "week")


def test_an_embedded_post_of_the_story_week_dates_an_untimed_lead(pipeline) -> None:
    text = (
        "Two men were wounded in a shooting outside a bar on Fourth Avenue, police said.\n\n"
        "Shots fired near Fourth and Main, two hurt, please avoid the area. — Metro Police "
        "(@MetroPD) May 6, 2016\n\n"
        "Both men were taken to a hospital."
    )
    lead = lead_of(pipeline, text, "2016-05-07")
    assert (lead.date, lead.date_precision) == ("2016-05-06", "day")


def test_an_embedded_post_of_an_older_week_gives_no_day(pipeline) -> None:
    text = (
        "Two men were wounded in a shooting outside a bar on Fourth Avenue, police said.\n\n"
        "We are adding patrols on Fourth Avenue this summer. — Metro Police (@MetroPD) "
        "April 2, 2016\n\n"
        "Both men were taken to a hospital."
    )
    lead = lead_of(pipeline, text, "2016-05-07")
    assert (lead.date, lead.date_precision) == ("2016-W18", "week")


def test_a_time_opening_what_police_say_gives_the_scenes_day(pipeline) -> None:
    text = (
        "A man was wounded in a shooting at a gas station on Elm Street. Police say around "
        "10 p.m. on Friday, two men argued near the pumps before one of them fired."
    )
    lead = lead_of(pipeline, text, "2016-11-13")
    assert (lead.date, lead.date_precision) == ("2016-11-11", "day")


def test_police_who_say_they_responded_give_the_scenes_day(pipeline) -> None:
    text = (
        "A teenager was shot and killed at a home in Ridgeview. Police say they responded "
        "late Friday and found the boy in the yard."
    )
    lead = lead_of(pipeline, text, "2016-11-13")
    assert (lead.date, lead.date_precision) == ("2016-11-11", "day")


def test_police_who_responded_to_two_streets_give_the_scenes_day(pipeline) -> None:
    text = (
        "A woman was wounded in a shooting in the north end of the city. Officers responded "
        "around 9 p.m. Friday to 21st and North Maple Avenue."
    )
    lead = lead_of(pipeline, text, "2016-11-13")
    assert (lead.date, lead.date_precision) == ("2016-11-11", "day")


def test_police_who_responded_to_shots_fired_give_the_scenes_day(pipeline) -> None:
    text = (
        "A man was wounded in a shooting outside a tavern on Bay Road. Deputies responded to "
        "shots near the tavern around 1:40 a.m. Friday."
    )
    lead = lead_of(pipeline, text, "2016-11-13")
    assert (lead.date, lead.date_precision) == ("2016-11-11", "day")


def test_deputies_who_responded_to_a_named_place_give_the_scenes_day(pipeline) -> None:
    text = (
        "A hunter was shot and killed near Millbrook, the sheriff said. Deputies responded "
        "to the Riverside Medical Center on Friday night after his brother drove him there."
    )
    lead = lead_of(pipeline, text, "2016-11-13")
    assert (lead.date, lead.date_precision) == ("2016-11-11", "day")


def test_a_sheriffs_office_that_responded_gives_the_scenes_day(pipeline) -> None:
    text = (
        "A hunter was shot and killed near Millbrook, the sheriff said. The Clay County "
        "Sheriff's Office responded early Friday after a neighbor called 911."
    )
    lead = lead_of(pipeline, text, "2016-11-13")
    assert (lead.date, lead.date_precision) == ("2016-11-11", "day")


def test_police_who_responded_to_questions_give_no_day(pipeline) -> None:
    text = (
        "A hunter was shot and killed near Millbrook, the sheriff said. Deputies responded "
        "to questions from reporters on Friday, saying the hunt had been legal."
    )
    lead = lead_of(pipeline, text, "2016-11-13")
    assert (lead.date, lead.date_precision) == ("2016-W45", "week")
