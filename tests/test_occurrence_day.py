"""The lead's day from the opening's sentence that says when the happening took place, on
sentences written for these tests."""

from __future__ import annotations

from dates_support import lead_of


def test_the_day_the_shooting_happened_dates_a_lead_told_by_a_later_search(pipeline) -> None:
    text = (
        "Detectives searched Tuesday for two men after a shooting that wounded a teenager "
        "near Oak Park.\n\nThe shooting happened about 9 p.m. Monday outside a corner store "
        "on Vine Street, police said."
    )
    lead = lead_of(pipeline, text, "2015-03-11")
    assert (lead.date, lead.date_precision) == ("2015-03-09", "day")


def test_gunfire_that_erupted_on_a_day_dates_a_lead_told_by_a_later_state(pipeline) -> None:
    text = (
        "A woman was in critical condition Sunday after she was shot at an apartment "
        "complex in Millbrook.\n\n"
        "Gunfire erupted around 11:30 p.m. Saturday in the parking lot, a sheriff's "
        "spokesman said."
    )
    lead = lead_of(pipeline, text, "2015-03-09")
    assert (lead.date, lead.date_precision) == ("2015-03-07", "day")


def test_the_leads_own_day_stays(pipeline) -> None:
    text = (
        "Two men were shot early Sunday outside a bowling alley in Millbrook.\n\n"
        "A fight happened there Saturday, a manager said."
    )
    lead = lead_of(pipeline, text, "2015-03-09")
    assert (lead.date, lead.date_precision) == ("2015-03-08", "day")


def test_the_day_the_shooting_happened_dates_a_lead_told_by_a_later_death(pipeline) -> None:
    text = (
        "Kentucky deputies: man kills daughter, 9, and himself\n\nA man shot his "
        "9-year-old daughter and then himself, deputies in western Kentucky said.\n\n"
        "Sheriff Dale Ortiz said the shooting happened at a cabin near Millbrook on Sunday "
        "night.\n\nBoth were airlifted to a hospital in Nashville, where they died early "
        "Monday."
    )
    lead = lead_of(pipeline, text, "2015-03-11")
    assert (lead.date, lead.date_precision) == ("2015-03-08", "day")


def test_something_else_that_started_on_a_day_gives_no_day(pipeline) -> None:
    text = (
        "Detectives searched Tuesday for two men after a shooting that wounded a teenager "
        "near Oak Park.\n\nA fundraiser for the family started Monday, a cousin said."
    )
    lead = lead_of(pipeline, text, "2015-03-11")
    assert lead.date != "2015-03-09"


def test_a_lead_told_in_the_present_takes_the_day_the_scene_is_told(pipeline) -> None:
    text = (
        "A 9-year-old boy has died following an accidental shooting at a home in Millbrook."
        "\n\nDeputies were called to the house on Cedar Lane at about 4 p.m. Saturday."
    )
    lead = lead_of(pipeline, text, "2015-03-09")
    assert (lead.date, lead.date_precision) == ("2015-03-07", "day")


def test_a_lead_told_in_the_present_with_no_day_named_keeps_the_publication_day(
    pipeline,
) -> None:
    text = (
        "A 9-year-old boy has died following an accidental shooting at a home in Millbrook."
        "\n\nDeputies were called to the house on Cedar Lane, a sheriff's spokesman said."
    )
    lead = lead_of(pipeline, text, "2015-03-09")
    assert (lead.date, lead.date_precision) == ("2015-03-09", "day")


def test_a_lead_told_in_the_present_keeps_the_publication_day_for_a_day_with_no_hour(
    pipeline,
) -> None:
    text = (
        "A 9-year-old boy has died following an accidental shooting at a home in Millbrook."
        "\n\nDeputies were called to the house on Cedar Lane on Saturday."
    )
    lead = lead_of(pipeline, text, "2015-03-09")
    assert (lead.date, lead.date_precision) == ("2015-03-09", "day")


def test_a_lead_told_in_the_present_takes_the_scenes_day_with_no_hour(pipeline) -> None:
    text = (
        "A 9-year-old boy has died following an accidental shooting at a home in Millbrook."
        "\n\nDeputies responded to the house on Cedar Lane on Saturday after his mother "
        "called 911."
    )
    lead = lead_of(pipeline, text, "2015-03-09")
    assert (lead.date, lead.date_precision) == ("2015-03-07", "day")


def test_a_lead_told_in_a_month_takes_the_day_the_scene_is_told(pipeline) -> None:
    text = (
        "A man who fired at a parked car last month broke his leg running from officers, "
        "police said.\n\nOn March 28, deputies responded to a motel on Sandy Road after a "
        "caller reported shots."
    )
    lead = lead_of(pipeline, text, "2015-04-10")
    assert (lead.date, lead.date_precision) == ("2015-03-28", "day")


def test_a_lead_told_in_a_month_takes_the_day_that_names_the_incident(pipeline) -> None:
    text = (
        "The family of a Millbrook teen who was shot in the chest last month says the gun "
        "did not go off by accident.\n\nRelatives believe the March 18 incident at a home on "
        "Oak Street was no accident."
    )
    lead = lead_of(pipeline, text, "2015-04-06")
    assert (lead.date, lead.date_precision) == ("2015-03-18", "day")


def test_a_lead_told_in_a_month_keeps_it_for_the_day_of_a_hearing(pipeline) -> None:
    text = (
        "The family of a Millbrook teen who was shot in the chest last month says the gun "
        "did not go off by accident.\n\nRelatives spoke at the March 30 hearing in the case."
    )
    lead = lead_of(pipeline, text, "2015-04-06")
    assert (lead.date, lead.date_precision) == ("2015-03", "month")
