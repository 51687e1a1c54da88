"""Event records on whole articles written for these tests: one record per happening,
what is no event, dates, pronoun actors and salience."""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path

import pytest

from dateline.config import Settings
from dateline.models import Article, Event, Result
from dateline.pipeline import Pipeline

FIXTURES = Path(__file__).resolve().parent / "fixtures" / "events"
PUBLISHED = "2024-06-12"
NO_EVENT_TYPES = ("REQUEST", "CONSULT", "AGREE", "RETREAT", "ACCUSE", "COERCE")


@pytest.fixture(scope="module")
def pipeline() -> Pipeline:
    """Every record the coder makes: these tests are of its rules, not of the learned gate."""
    return Pipeline(Settings(keep_unlikely=True))


@pytest.fixture(scope="module")
def bombing(pipeline: Pipeline) -> Result:
    raw = (FIXTURES / "market-bombing.txt").read_text(encoding="utf-8")
    title, body = raw.split("\n\n", 1)
    return pipeline.extract(Article(text=body, title=title, published=PUBLISHED))


def event_of(pipeline: Pipeline, text: str, kind: str) -> Event:
    """The first event of a type that a text written for a test gives."""
    events = pipeline.extract(Article(text=text, published=PUBLISHED)).events
    return next(e for e in events if e.type == kind)


def types_of(pipeline: Pipeline, text: str) -> list[str]:
    """The types of the events a text written for a test gives."""
    return [e.type for e in pipeline.extract(Article(text=text, published=PUBLISHED)).events]


def place_of(pipeline: Pipeline, text: str, kind: str) -> str | None:
    """The place name of the first event of a type that a text written for a test gives."""
    place = event_of(pipeline, text, kind).place
    return place.name if place is not None else None


def words(result: Result, event: Event) -> list[str]:
    return [result.article.text[m.start : m.end] for m in event.mentions]


def test_one_happening_told_four_times_is_one_record(bombing: Result) -> None:
    attack = [e for e in bombing.events if "killed" in words(bombing, e)]
    assert len(attack) == 1
    said = words(bombing, attack[0])
    assert {"killed", "detonated", "blast", "explosion"} <= set(said), said
    assert attack[0].quantities["killed"] == 14
    assert attack[0].quantities["wounded"] == 30
    assert attack[0].place is not None and attack[0].place.name == "Mopti"


def test_a_happening_named_alike_in_the_lead_and_a_quote_is_one_record(
    pipeline: Pipeline,
) -> None:
    text = (
        'The "last big battle" against the al-Shabab group in Somalia will take place on the '
        "border with Kenya, a general in the African Union force said on Saturday.\n\n"
        "Successive defeats this year in Kismayo have dealt a heavy blow to the group.\n\n"
        '"The next battle and the last big battle will be in the Lamu region," he said.'
    )
    events = pipeline.extract(Article(text=text, published=PUBLISHED)).events
    future = [e for e in events if e.type == "ASSAULT" and e.status == "future"]
    assert len(future) == 1
    assert len(future[0].mentions) == 3
    assert [e.type for e in events if e.status == "asserted"] == ["ASSAULT"]


def test_victims_of_different_ages_are_two_shootings(pipeline: Pipeline) -> None:
    text = (
        "A 16-year-old boy was shot in the leg on Tuesday afternoon in East Baltimore, police "
        "said.\n\nThe boy was taken to a hospital and is expected to survive.\n\n"
        "A 52-year-old man was shot in the chest late Tuesday night, police said."
    )
    events = pipeline.extract(Article(text=text, published=PUBLISHED)).events
    shootings = [e for e in events if e.type == "ASSAULT"]
    victims = [e.recipient.text if e.recipient else None for e in shootings]
    assert victims == ["16-year-old boy", "52-year-old man"]


def test_the_date_of_an_embedded_post_does_not_date_the_happening(pipeline: Pipeline) -> None:
    text = (
        "A man was shot and killed outside a gas station in Riverside, police said.\n\n"
        "Police say the gunman also shot a clerk at the gas station — Maria Lopez "
        "(@MariaLopezNews) March 5, 2024\n\nAnyone with information is asked to call detectives."
    )
    shooting = event_of(pipeline, text, "ASSAULT")
    assert "date" not in shooting.evidence
    assert shooting.date_precision == "week"


def test_every_field_keeps_the_span_it_came_from(bombing: Result) -> None:
    attack = max(bombing.events, key=lambda e: e.salience)
    text = bombing.article.text
    start, end = attack.evidence["quantities.killed"]
    assert text[start:end] == "14"
    start, end = attack.evidence["date"]
    assert text[start:end] == "Tuesday"
    assert attack.date == "2024-06-11" and attack.date_precision == "day"


def test_two_happenings_stay_two(bombing: Result) -> None:
    attacks = [e for e in bombing.events if e.type == "ASSAULT" and e.status == "asserted"]
    places = {e.place.name for e in attacks if e.place is not None}
    assert {"Mopti", "Ménaka"} <= places
    strike = next(e for e in attacks if e.place is not None and e.place.name == "Ménaka")
    assert strike.quantities.get("killed") == 6 and strike.date == "2024-06-10"


def test_two_happenings_in_one_sentence_stay_two(pipeline: Pipeline) -> None:
    text = (
        "Rebels shelled the town of Menaka on Monday, and government aircraft bombed a rebel "
        "camp outside Ansongo on Tuesday."
    )
    events = pipeline.extract(Article(text=text, published=PUBLISHED)).events
    found = {(e.place.name, e.date, e.actor.text) for e in events if e.type == "ASSAULT"}
    assert found == {
        ("Ménaka", "2024-06-10", "Rebels"),
        ("Ansongo", "2024-06-11", "government aircraft"),
    }


def test_another_attack_is_another_record(pipeline: Pipeline) -> None:
    text = (
        "Gunmen killed two guards at a checkpoint near Mopti on Monday.\n\n"
        "In another attack, gunmen killed a farmer and his son."
    )
    events = pipeline.extract(Article(text=text, published=PUBLISHED)).events
    killings = [e for e in events if e.type == "ASSAULT"]
    assert sorted(e.quantities.get("killed") for e in killings) == [2, 2]
    assert len(killings) == 2


def test_new_clashes_are_another_record(pipeline: Pipeline) -> None:
    text = (
        "Rebels shelled the airport near Mopti on Sunday.\n\n"
        "Witnesses said new clashes broke out near the airport."
    )
    events = pipeline.extract(Article(text=text, published=PUBLISHED)).events
    assert len([e for e in events if e.type == "ASSAULT"]) == 2


def test_a_threat_is_one_record_and_its_content_no_asserted_event(bombing: Result) -> None:
    threat = next(e for e in bombing.events if e.type == "THREATEN")
    assert threat.mode == "violence"
    content = [e for e in bombing.events if "attack" in words(bombing, e)]
    assert all(e.status != "asserted" for e in content)


def test_a_dated_past_event_keeps_its_date(bombing: Result) -> None:
    lost = next(e for e in bombing.events if "lost" in words(bombing, e))
    assert lost.date == "2024-03" and lost.date_precision == "month"


def test_a_pronoun_actor_is_the_group_named_before(pipeline: Pipeline) -> None:
    text = (
        "Fighters of the Free Highland Front stormed a police post near Mopti on Friday.\n\n"
        "On Sunday they abducted two teachers in Timbuktu, the army said."
    )
    result = pipeline.extract(Article(text=text, published=PUBLISHED))
    abduction = next(e for e in result.events if "abducted" in words(result, e))
    assert abduction.actor is not None and "Free Highland Front" in abduction.actor.text
    assert abduction.date == "2024-06-09"


@pytest.mark.parametrize(
    "text",
    [
        "Click here to write to us about this story.",
        "0:43 Police investigate the scene of a shooting in Mopti Pause",
        "Aid agencies say a striking example of the problem is the fight for the nomination.",
        "Who will win the battle for the city?",
        "Executions were common in the years before the war.",
        "Those with information about the crash are asked to contact Sgt. Ray Dunn.",
        "The figures come from a news release the county issued.",
        "The girl remains on life support at Mercy Hospital.",
        "Deputies were called on Thursday night and found the door open.",
        "Officers answered calls of a man waving a gun near the library.",
        "Her uncle stood outside the house and said the family wants answers.",
        "The county's own auditor agreed with the assessment in the report.",
        "Polls taken over the past two weeks show the mayor trailing.",
        "Photo: Jane Doe Image 2 of 5 A 17-year-old was shot in the leg in Gao on Tuesday.",
    ],
)
def test_reader_instructions_idioms_and_generic_statements_give_no_record(
    pipeline: Pipeline, text: str
) -> None:
    events = pipeline.extract(Article(text=text, published=PUBLISHED)).events
    assert not [e for e in events if e.status == "asserted"], [e.why for e in events]


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("The plan to close the clinic met with fierce opposition from parents.", "CONSULT"),
        ("The new terminal will not meet the requirements of the county.", "CONSULT"),
        ("Montreal was the only city to receive an overall grade of D in the survey.", "CONSULT"),
        ("Spending on the campaign hit the $2 million mark by the end of August.", "ASSAULT"),
        ("Drivers should check conditions before they hit the road this morning.", "ASSAULT"),
        ("Crews spent the night fighting a fire at a warehouse in Mopti.", "ASSAULT"),
        ("The city joined the court fight over the voting law in July.", "ASSAULT"),
        ("She spent her life fighting against racism and poverty.", "ASSAULT"),
        ("A young swimmer from Gao captured the imagination of the nation.", "ASSAULT"),
        ("Farming is a career full of trial and error.", "ACCUSE"),
        ("Gao received a ranking of B in the survey of cities.", "CONSULT"),
        ("When the poll asked about the two candidates, the mayor led.", "REQUEST"),
        ("Athletes from Gao have demonstrated incredible prowess this year.", "PROTEST"),
        ("They are driven more by pride in their work than by market demands.", "REQUEST"),
        ("The professor made huge contributions to the field of cosmology.", "AID"),
    ],
)
def test_set_phrases_of_meeting_receiving_hitting_and_fighting_give_no_record(
    pipeline: Pipeline, text: str, kind: str
) -> None:
    events = pipeline.extract(Article(text=text, published=PUBLISHED)).events
    assert kind not in [e.type for e in events], [e.why for e in events]


def test_salience_puts_the_headline_event_first(bombing: Result) -> None:
    ranked = sorted(bombing.events, key=lambda e: e.salience, reverse=True)
    assert "killed" in words(bombing, ranked[0])
    assert all(0.0 <= e.salience <= 1.0 for e in bombing.events)
    strike = next(e for e in bombing.events if e.place and e.place.name == "Ménaka")
    assert strike.salience < ranked[0].salience


def test_who_investigates_or_flees_a_shooting_did_not_do_it(pipeline: Pipeline) -> None:
    text = "Police are investigating a shooting near a bus station in Mopti on Sunday."
    shooting = event_of(pipeline, text, "ASSAULT")
    assert shooting.actor is None or "olice" not in shooting.actor.text


def test_the_time_of_telling_is_not_the_time_of_the_event(pipeline: Pipeline) -> None:
    text = "Three villagers were killed near Mopti, hospital staff said on Thursday."
    events = pipeline.extract(Article(text=text, published="2024-06-14")).events
    killing = next(e for e in events if e.type == "ASSAULT")
    assert killing.date != "2024-06-13"


def test_a_toll_that_rises_is_the_record_s_count_and_a_participle_takes_its_day(
    pipeline: Pipeline,
) -> None:
    text = (
        "Gunmen raided a village near Mopti on Tuesday, killing three people.\n\n"
        "The number killed in the raid has risen to seven, officials said."
    )
    events = pipeline.extract(Article(text=text, published="2024-06-14")).events
    killing = next(e for e in events if e.type == "ASSAULT")
    assert killing.quantities["killed"] == 7
    assert killing.date == "2024-06-11"


def test_deaths_from_cold_are_no_assault(pipeline: Pipeline) -> None:
    text = "Two elderly men died of hypothermia in a camp near Mopti on Monday."
    events = pipeline.extract(Article(text=text, published=PUBLISHED)).events
    assert not [e for e in events if e.type == "ASSAULT"]


@pytest.mark.parametrize("published", [date(2024, 6, 12), datetime(2024, 6, 12, 8, 30), PUBLISHED])
def test_published_may_be_a_date_a_datetime_or_text(pipeline: Pipeline, published) -> None:
    article = Article(text="Police arrested two men in Gao on Monday.", published=published)
    assert article.published == PUBLISHED
    arrest = pipeline.extract(article).events[0]
    assert arrest.date == "2024-06-10"


def test_undated_happenings_take_the_day_of_the_story_s_lead(pipeline: Pipeline) -> None:
    text = (
        "Gunmen attacked a police station in Gao on Tuesday, killing four officers.\n\n"
        "Soldiers arrested two men near the airport, a local official said."
    )
    events = pipeline.extract(Article(text=text, published="2024-06-12")).events
    arrest = next(e for e in events if e.type == "COERCE")
    assert (arrest.date, arrest.date_precision) == ("2024-06-11", "day")


def test_a_lead_dated_long_ago_lends_no_day(pipeline: Pipeline) -> None:
    text = (
        "Gunmen attacked a police station in Gao in March 2021, killing four officers.\n\n"
        "Soldiers arrested two men near the airport, a local official said."
    )
    events = pipeline.extract(Article(text=text, published="2024-06-12")).events
    arrest = next(e for e in events if e.type == "COERCE")
    assert arrest.date_precision == "week"


def test_the_offences_of_a_charge_are_no_happenings(pipeline: Pipeline) -> None:
    text = (
        "A Mopti man was charged with armed robbery, aggravated assault and conspiracy to "
        "commit burglary on Friday. He had prior convictions for theft and assault."
    )
    events = pipeline.extract(Article(text=text, published=PUBLISHED)).events
    assert {e.type for e in events} == {"ACCUSE"}


def test_the_charge_names_its_happening_when_it_points_at_one(pipeline: Pipeline) -> None:
    text = (
        "A Mopti man was charged on Friday with the murder of a shopkeeper who was shot "
        "dead outside his shop last week."
    )
    murder = event_of(pipeline, text, "ASSAULT")
    assert murder.recipient is not None and murder.recipient.text == "shopkeeper"


@pytest.mark.parametrize(
    "text",
    [
        "A neighbour called 911 after a boy knocked on his door.",
        "The driver received minor injuries, police said.",
        "The gang committed several crimes in the region, the minister said.",
        "The victim's identity was not released.",
        "The woman was released from the hospital on Sunday.",
        "The patient remains in critical condition.",
        "Authorities are still searching for the gunman.",
        "As police sought the gunman, his mother woke at her home in Gao.",
        "A woman visiting from Canada was among the dead, officials said.",
        "We talked with the victim's family about his death.",
    ],
)
def test_words_in_a_sense_that_reports_no_event(pipeline: Pipeline, text: str) -> None:
    events = pipeline.extract(Article(text=text, published=PUBLISHED)).events
    assert not [e for e in events if e.type in NO_EVENT_TYPES]


def test_a_place_or_a_thing_is_no_victim_when_people_are_named(pipeline: Pipeline) -> None:
    text = "The shooting on a busy street of a shopkeeper in Gao shocked residents."
    events = pipeline.extract(Article(text=text, published=PUBLISHED)).events
    shooting = next(e for e in events if e.type == "ASSAULT")
    assert shooting.recipient is not None and shooting.recipient.text == "shopkeeper"
    text = "Police found a .45-caliber gun near the market in Gao on Monday."
    for event in pipeline.extract(Article(text=text, published=PUBLISHED)).events:
        assert event.actor is None or "gun" not in event.actor.text


def test_what_was_stolen_is_the_recipient_of_a_theft(pipeline: Pipeline) -> None:
    text = "The suspect stole a police vehicle outside the station in Gao on Monday."
    theft = event_of(pipeline, text, "CRIME")
    assert theft.recipient is not None and "vehicle" in theft.recipient.text


def test_gangs_are_people_though_a_drug_gang_is_a_trigger(pipeline: Pipeline) -> None:
    text = "Two men died in a shooting between two rival gangs outside a Gao nightclub."
    shooting = event_of(pipeline, text, "ASSAULT")
    assert shooting.actor is not None and "rival gangs" in shooting.actor.text


def test_who_is_held_responsible_did_the_shooting(pipeline: Pipeline) -> None:
    text = (
        "Two people were killed in a shooting at a Gao grocery store on Friday. "
        "Police believe a man in a grey hoodie is responsible for the shooting."
    )
    shooting = event_of(pipeline, text, "ASSAULT")
    assert shooting.actor is not None
    assert shooting.actor.start == text.index("man in a grey hoodie")


def test_who_pulled_the_trigger_did_the_shooting(pipeline: Pipeline) -> None:
    text = (
        "A 4-year-old girl was shot in the face on Sunday night in Gao. "
        "Her grandmother says the girl's older brother pulled the trigger."
    )
    shooting = event_of(pipeline, text, "ASSAULT")
    assert shooting.actor is not None and "older brother" in shooting.actor.text
    text = "The board pulled the trigger on the merger with its Gao rival on Monday."
    assert "ASSAULT" not in types_of(pipeline, text)


def test_a_compound_word_for_a_worker_is_a_plain_actor(pipeline: Pipeline) -> None:
    text = "Striking steelworkers blocked the main road into Gao on Monday."
    protest = event_of(pipeline, text, "PROTEST")
    assert protest.actor is not None and "steelworkers" in protest.actor.text


@pytest.mark.parametrize(
    ("text", "who"),
    [
        ("A Gao man faces charges of attempted murder after the raid.", "Gao man"),
        ("Traoré has two prior convictions for theft in Mopti.", "Traoré"),
        ("A convoy of traders suffered an attack near Gao on Monday.", "traders"),
    ],
)
def test_who_faces_or_suffers_an_event_is_its_recipient(
    pipeline: Pipeline, text: str, who: str
) -> None:
    events = pipeline.extract(Article(text=text, published=PUBLISHED)).events
    event = next(e for e in events if e.type in ("ACCUSE", "ASSAULT"))
    assert event.recipient is not None and who in event.recipient.text
    assert event.actor is None or who not in event.actor.text


def test_where_a_victim_came_from_is_not_where_it_happened(pipeline: Pipeline) -> None:
    text = "A tourist from Canada was shot dead in Timbuktu on Sunday, police said."
    killing = event_of(pipeline, text, "ASSAULT")
    assert killing.place is not None and killing.place.name == "Timbuktu"


def test_the_country_a_suspect_is_a_native_of_is_not_where_he_was_held(
    pipeline: Pipeline,
) -> None:
    text = (
        "Jose Ruiz, a native of Mexico, was arrested by Torrington police on Monday night "
        "and brought to Litchfield authorities."
    )
    arrest = event_of(pipeline, text, "COERCE")
    assert arrest.place is not None and arrest.place.name == "Torrington"


def test_a_place_name_before_an_event_noun_is_no_actor(pipeline: Pipeline) -> None:
    text = "Detectives believe the same rifle was used in three other Timbuktu shootings."
    for event in pipeline.extract(Article(text=text, published=PUBLISHED)).events:
        assert event.actor is None or "Timbuktu" not in event.actor.text


def test_the_accused_did_the_act_and_the_victim_is_not_accused(pipeline: Pipeline) -> None:
    text = (
        "Prosecutors charged a 25-year-old man on Friday in the shooting of a shopkeeper "
        "near the Gao market. The shopkeeper was shot twice outside his shop."
    )
    events = pipeline.extract(Article(text=text, published=PUBLISHED)).events
    charge = next(e for e in events if e.type == "ACCUSE")
    shooting = next(e for e in events if e.type == "ASSAULT")
    assert charge.recipient is not None and "25-year-old man" in charge.recipient.text
    assert shooting.actor is None or "Prosecutors" not in shooting.actor.text
    text = "Three men have been arrested and charged in the murder of a Gao shopkeeper."
    charge = event_of(pipeline, text, "ACCUSE")
    assert charge.recipient is not None and charge.recipient.text == "Three men"


def test_a_road_crash_and_a_house_fire_are_no_assaults(pipeline: Pipeline) -> None:
    text = "A car struck a pedestrian on the Gao road on Monday, police said."
    events = pipeline.extract(Article(text=text, published=PUBLISHED)).events
    assert not [e for e in events if e.type in ("ASSAULT", "PROTEST")]
    text = "Basement fire kills man, 84, in Gao."
    events = pipeline.extract(Article(text=text, published=PUBLISHED)).events
    assert [e.type for e in events] == ["DISASTER"]


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("The suspect tried to carjack a driver outside a Gao pharmacy on Monday.", "CRIME"),
        ("The two foreign ministers spoke by telephone on Monday.", "CONSULT"),
        ("Traoré pleaded guilty on Monday to the attempted murder of a guard.", "ACCUSE"),
        ("Traoré pleaded no contest on Monday to a reckless driving count.", "ACCUSE"),
        ("In 2009 Traoré pleaded nolo contendere in a Gao burglary case.", "ACCUSE"),
        ("Traoré took a plea deal minutes before his trial in Gao was to begin.", "ACCUSE"),
        ("The man was incarcerated at a Gao prison for two years.", "COERCE"),
        ("Police said the killing stemmed from a drug deal near the Gao market.", "CRIME"),
        ("The assembly voted on Monday to hold the Gao mayor in contempt.", "ACCUSE"),
        ("The senator attacked the governor's proposal to close the Gao border.", "ACCUSE"),
        ("Algeria helped the refugees near Gao with food and tents.", "AID"),
        ("Keita is being held at the Gao jail on a 10,000 dollar bond.", "COERCE"),
        ("Keita and Toure were taken to police headquarters in Gao on Friday.", "COERCE"),
        ("Detectives served a search warrant at a Gao home on Friday.", "COERCE"),
    ],
)
def test_everyday_words_for_crimes_talks_and_courts(
    pipeline: Pipeline, text: str, kind: str
) -> None:
    events = pipeline.extract(Article(text=text, published=PUBLISHED)).events
    assert kind in {e.type for e in events}
    assert "REQUEST" not in {e.type for e in events}


def test_recipients_of_talks_pleas_releases_and_set_phrases(pipeline: Pipeline) -> None:
    def first(text: str, kind: str) -> Event:
        events = pipeline.extract(Article(text=text, published=PUBLISHED)).events
        return next(e for e in events if e.type == kind)

    talks = first(
        "Mali's foreign minister and his Niger counterpart spoke by telephone.", "CONSULT"
    )
    assert talks.recipient is not None and "Niger counterpart" in talks.recipient.text
    plea = first("Amadou Traoré pleaded guilty on Monday to the murder of a guard.", "ACCUSE")
    assert plea.actor is None and plea.recipient.text == "Amadou Traoré"
    release = first("Amadou Traoré is expected to be released from a Gao jail.", "RETREAT")
    assert release.recipient is not None and release.recipient.text == "Amadou Traoré"
    scorn = first("The mayor poured scorn on the governor's plan for Gao.", "ACCUSE")
    assert scorn.recipient is None or "scorn" not in scorn.recipient.text


def test_an_arrest_that_names_no_doer_is_the_story_s_police(pipeline: Pipeline) -> None:
    text = (
        "Gao police said a gunman killed two traders at the market on Monday.\n\n"
        "A 19-year-old man was arrested on Tuesday near the Niger river."
    )
    arrest = event_of(pipeline, text, "COERCE")
    assert arrest.actor is not None and "police" in arrest.actor.text


def test_a_holiday_dates_the_happening(pipeline: Pipeline) -> None:
    text = "A Christmas Eve shooting at a home near Gao left four people dead, police said."
    events = pipeline.extract(Article(text=text, published="2016-12-27")).events
    shooting = next(e for e in events if e.type == "ASSAULT")
    assert (shooting.date, shooting.date_precision) == ("2016-12-24", "day")


def test_a_christmas_market_is_no_date(pipeline: Pipeline) -> None:
    text = "A truck ploughed into a Christmas market in Gao on Monday, killing 12 people."
    events = pipeline.extract(Article(text=text, published="2016-12-21")).events
    attack = next(e for e in events if e.type in ("ASSAULT", "DISASTER"))
    assert attack.date == "2016-12-19"


def test_what_a_dated_event_followed_takes_its_day(pipeline: Pipeline) -> None:
    text = "A man was arrested Sunday after a shooting outside a Gao restaurant."
    events = pipeline.extract(Article(text=text, published="2024-06-12")).events
    shooting = next(e for e in events if e.type == "ASSAULT")
    assert (shooting.date, shooting.date_precision) == ("2024-06-09", "day")


def test_a_video_playlist_item_is_furniture(pipeline: Pipeline) -> None:
    text = (
        "2:01 New details about gunfire outside a Gao stadium\n\n"
        "Police arrested two men near the Gao stadium at 2:05 a.m. on Sunday."
    )
    events = pipeline.extract(Article(text=text, published=PUBLISHED)).events
    assert [e.type for e in events] == ["COERCE"]


def test_sign_up_pages_and_weather_headings_are_furniture(pipeline: Pipeline) -> None:
    text = (
        "Welcome back.\n\nThank you for registering! Your account has been created.\n\n"
        "Please sign in\n\nFreeze Warning\n\n"
        "You'll receive free e-mail news updates each time we meet a deadline."
    )
    assert pipeline.extract(Article(text=text, published=PUBLISHED)).events == []
    text = "Residents gathered to welcome back the soldiers freed by the rebels near Gao."
    assert pipeline.extract(Article(text=text, published=PUBLISHED)).events


def test_a_happening_that_counts_its_victims_outranks_one_told_alike() -> None:
    from dateline.events import salience
    from dateline.models import Mention

    text = "Gunmen attacked a convoy and police raided a house near Gao on Sunday."
    told = {"sentence": text, "status": "asserted", "confidence": 0.7}
    attack = Event(type="ASSAULT", start=7, end=15, mentions=[Mention(7, 15, 0)], **told)
    raid = Event(type="COERCE", start=36, end=42, mentions=[Mention(36, 42, 0)], **told)
    attack.quantities = {"killed": 3.0}
    salience.score([attack, raid], text, None, 1)
    assert attack.salience > raid.salience


def test_a_country_that_acts_is_not_where_it_happened(pipeline: Pipeline) -> None:
    text = "A truce brokered by Algeria for the town of Kidal collapsed on Tuesday."
    events = pipeline.extract(Article(text=text, published=PUBLISHED)).events
    for event in events:
        assert event.place is None or event.place.name != "Algeria"
    text = "Gao residents protested outside the governor's office on Monday."
    protest = event_of(pipeline, text, "PROTEST")
    assert protest.place is not None and protest.place.name == "Gao"


def test_defeats_that_deal_a_blow_to_a_group_have_it_as_recipient(pipeline: Pipeline) -> None:
    text = "Defeats in Gao and Kidal this year have dealt a heavy blow to the separatist front."
    defeats = event_of(pipeline, text, "ASSAULT")
    assert defeats.recipient is not None and "separatist front" in defeats.recipient.text


def test_a_nationality_is_not_where_and_a_gerund_takes_the_main_subject(
    pipeline: Pipeline,
) -> None:
    text = "Keita said after meeting with Nigerien President Bazoum that the talks were useful."
    meeting = event_of(pipeline, text, "CONSULT")
    assert meeting.actor is not None and meeting.actor.text == "Keita"
    assert meeting.place is None or meeting.place.name != "Niger"


def test_who_turns_himself_in_is_the_one_held(pipeline: Pipeline) -> None:
    text = "The suspect turned himself in at the Gao police station on Wednesday."
    surrender = event_of(pipeline, text, "COERCE")
    assert surrender.recipient is not None and surrender.recipient.text == "suspect"


def test_a_victim_is_never_the_actor_of_a_passive_and_a_nation_modifier_is_no_place(
    pipeline: Pipeline,
) -> None:
    text = "Traoré was a smuggler before he was killed in a French drone strike near Kidal."
    events = pipeline.extract(Article(text=text, published=PUBLISHED)).events
    killing = [e for e in events if e.type == "ASSAULT"]
    assert len(killing) == 1
    assert killing[0].actor is None or "Traoré" not in killing[0].actor.text
    assert killing[0].place is not None and killing[0].place.name == "Kidal"


def test_an_undated_lead_takes_the_first_day_the_opening_names(pipeline: Pipeline) -> None:
    text = (
        "A 19-year-old man was shot and killed outside a Gao bakery.\n\n"
        "Officers were called to the bakery about 11 p.m. Sunday, police said."
    )
    events = pipeline.extract(Article(text=text, published="2024-06-11")).events
    lead = max(events, key=lambda e: e.salience)
    assert lead.type == "ASSAULT"
    assert (lead.date, lead.date_precision) == ("2024-06-09", "day")


def test_a_place_that_says_who_someone_is_yields_to_where_it_happened(
    pipeline: Pipeline,
) -> None:
    text = "The minister met Kidal Mayor Ahmed Ag Ali in Bamako on Monday."
    meeting = event_of(pipeline, text, "CONSULT")
    assert meeting.place is not None and meeting.place.name == "Bamako"
    text = "Police said Moussa Diarra, 24, of Segou, shot a guard at a depot in Mopti on Sunday."
    shooting = event_of(pipeline, text, "ASSAULT")
    assert shooting.place is not None and shooting.place.name == "Mopti"
    text = "Gao police officer Ibrahim Touré was shot on Sunday."
    shooting = event_of(pipeline, text, "ASSAULT")
    assert shooting.place is not None and shooting.place.name == "Gao"


def test_the_accused_of_a_murder_charge_did_the_shooting_it_names(pipeline: Pipeline) -> None:
    text = (
        "Prosecutors charged a 31-year-old Mopti man with murder for the May 2 shooting "
        "that killed a street vendor."
    )
    shooting = event_of(pipeline, text, "ASSAULT")
    assert shooting.actor is not None and "man" in shooting.actor.text
    assert shooting.recipient is not None and "vendor" in shooting.recipient.text


def test_a_time_outside_a_relative_clause_does_not_date_the_event_inside(
    pipeline: Pipeline,
) -> None:
    text = (
        "Police in Gao arrested a trader on Tuesday.\n\n"
        "On Monday, officers found the body of a woman who was stabbed behind a Gao market."
    )
    stabbing = event_of(pipeline, text, "ASSAULT")
    assert stabbing.date != "2024-06-10"


def test_a_headline_clipped_passive_has_its_subject_as_victim(pipeline: Pipeline) -> None:
    text = "Dunmore teen killed in shooting outside gas station"
    killing = event_of(pipeline, text, "ASSAULT")
    assert killing.recipient is not None and "teen" in killing.recipient.text
    assert killing.actor is None
    text = "Two traders shot by soldiers near Gao market"
    shooting = event_of(pipeline, text, "ASSAULT")
    assert shooting.actor is not None and shooting.actor.text == "soldiers"
    assert shooting.recipient is not None and "traders" in shooting.recipient.text


def test_a_death_after_a_shooting_is_the_shootings_toll(pipeline: Pipeline) -> None:
    text = "Moussa Keita died Wednesday after being shot in the chest in Mopti on Monday."
    events = pipeline.extract(Article(text=text, published=PUBLISHED)).events
    attacks = [e for e in events if e.type == "ASSAULT"]
    assert len(attacks) == 1
    assert (attacks[0].date, attacks[0].quantities.get("killed")) == ("2024-06-10", 1.0)
    assert attacks[0].recipient is not None and attacks[0].recipient.text == "Moussa Keita"


def test_people_sent_to_hospital_receive_no_aid(pipeline: Pipeline) -> None:
    text = "A shooting outside a Gao bar sent four people to the hospital on Sunday."
    types = types_of(pipeline, text)
    assert types == ["ASSAULT"]
    text = "Algeria sent food and tents to the refugees near Gao on Sunday."
    types = types_of(pipeline, text)
    assert "AID" in types


def test_what_no_one_underwent_is_no_event(pipeline: Pipeline) -> None:
    for text in ("No suspects are in custody, police said.", "No one else was injured."):
        assert pipeline.extract(Article(text=text, published=PUBLISHED)).events == []
    text = "Nobody was hurt in the blast near the Gao market on Sunday."
    assert pipeline.extract(Article(text=text, published=PUBLISHED)).events


def test_release_notices_and_promised_updates_are_no_events(pipeline: Pipeline) -> None:
    text = (
        "FOR IMMEDIATE RELEASE\n\nThis is a breaking news alert.\n\n"
        "We will provide more information as it becomes available."
    )
    assert pipeline.extract(Article(text=text, published=PUBLISHED)).events == []


def test_a_document_released_is_no_release_but_people_released_are(pipeline: Pipeline) -> None:
    for text in (
        "The latest opinion poll released Friday shows the mayor ahead by six points.",
        "A video released by the militants on Sunday shows the two hostages.",
    ):
        assert pipeline.extract(Article(text=text, published=PUBLISHED)).events == [], text
    text = "The two hostages released by the militants on Sunday were flown to Bamako."
    events = pipeline.extract(Article(text=text, published=PUBLISHED)).events
    assert [(e.type, e.mode) for e in events] == [("RETREAT", "release")]


def test_a_participant_never_runs_across_a_line_break(pipeline: Pipeline) -> None:
    text = (
        "ORIGINAL STORY\n\nThe man charged with murder in a shooting at a Gao bar "
        "is to appear in court on Friday."
    )
    events = pipeline.extract(Article(text=text, published=PUBLISHED)).events
    people = [p for e in events for p in (e.actor, e.recipient) if p is not None]
    assert people and all("\n" not in p.text and "STORY" not in p.text for p in people)


def test_charges_of_people_named_together_are_one_record(pipeline: Pipeline) -> None:
    text = (
        "Amadou Traore, Ibrahim Sangare and Oumar Diallo have been charged after a robbery "
        "at a Bamako pharmacy. Sangare has been charged with armed robbery. Diallo has also "
        "been charged with theft."
    )
    events = pipeline.extract(Article(text=text, published=PUBLISHED)).events
    charges = [e for e in events if e.type == "ACCUSE"]
    assert len(charges) == 1 and len(charges[0].mentions) == 3
    text = "Moussa Kone has been charged with theft. Adama Coulibaly has been charged with fraud."
    events = pipeline.extract(Article(text=text, published=PUBLISHED)).events
    assert len([e for e in events if e.type == "ACCUSE"]) == 2


def test_a_happening_told_only_as_a_modifier_is_no_record(pipeline: Pipeline) -> None:
    text = "The mayor raised money for families in the besieged city of Gao on Sunday."
    events = pipeline.extract(Article(text=text, published=PUBLISHED)).events
    assert "ASSAULT" not in [e.type for e in events]
    text = "Rebels besieged the city of Gao on Sunday."
    assert event_of(pipeline, text, "ASSAULT").place is not None


def test_a_speaker_s_words_are_no_record_but_a_quoted_report_is(pipeline: Pipeline) -> None:
    text = (
        "Gunmen attacked the Gao market on Saturday. Mayor Oumar Toure spoke outside the "
        'town hall on Sunday. "We need to do everything we can to support our first '
        'responders," Toure said.'
    )
    events = pipeline.extract(Article(text=text, published=PUBLISHED)).events
    assert "SUPPORT" not in [e.type for e in events]
    text = (
        'Mayor Oumar Toure spoke outside the Gao town hall on Sunday. "Police arrested two '
        'men at the market this morning," Toure said.'
    )
    assert event_of(pipeline, text, "COERCE").quantities.get("arrested") == 2


def test_a_town_the_tagger_calls_a_nationality_still_places_the_event(
    pipeline: Pipeline,
) -> None:
    text = (
        "He said Damascus would work out further military action with Moscow and Tehran "
        "after the government takes full control of Aleppo."
    )
    assert place_of(pipeline, text, "ASSAULT") == "Aleppo"
    text = "Russian President Vladimir Putin met the envoy in Geneva on Monday."
    assert place_of(pipeline, text, "CONSULT") == "Geneva"


def test_the_dateline_yields_to_a_place_the_sentence_names(pipeline: Pipeline) -> None:
    text = (
        "BAMAKO — Gunmen attacked a convoy of traders near Gao on Sunday, officials said.\n\n"
        "The army sent reinforcements."
    )
    assert place_of(pipeline, text, "ASSAULT") == "Gao"
    text = "BAMAKO — Gunmen attacked a convoy of traders on Sunday, officials said."
    assert place_of(pipeline, text, "ASSAULT") == "Bamako"


def test_countries_named_as_who_acts_do_not_place_the_event(pipeline: Pipeline) -> None:
    text = (
        "Fighting went on in Gao on Monday.\n\nThe truce was brokered late on Monday by "
        "Algeria and Niger as the militia retreated, backed by Chad and local fighters."
    )
    events = pipeline.extract(Article(text=text, published=PUBLISHED)).events
    for kind in ("CONCEDE", "SUPPORT"):
        told = next(e for e in events if e.type == kind)
        assert told.place is not None and told.place.name == "Gao", kind


def test_a_place_in_a_hyphenated_modifier_does_not_place_the_event(pipeline: Pipeline) -> None:
    text = "The rebels, backed by the US-led coalition, retook the town of Gao on Sunday."
    assert place_of(pipeline, text, "SUPPORT") == "Gao"
    text = "Malian troops, backed by a French-led force, retook the town of Gao on Sunday."
    assert place_of(pipeline, text, "SUPPORT") == "Gao"


def test_a_wire_story_filed_elsewhere_is_placed_in_the_town_it_is_about(
    pipeline: Pipeline,
) -> None:
    text = (
        "BAMAKO — The siege of Gao entered its third week on Monday.\n\n"
        "Residents of Gao said food was running out. Aid groups said they could not reach "
        "Gao.\n\nThe rebels fired rockets overnight."
    )
    events = pipeline.extract(Article(text=text, published=PUBLISHED)).events
    rockets = next(e for e in events if "fired" in text[e.start : e.end])
    assert rockets.place is not None and rockets.place.name == "Gao"


def test_who_someone_is_identified_as_having_done_it_is_the_actor(pipeline: Pipeline) -> None:
    text = (
        "A 17-year-old identified by police as the person who fatally shot a shopkeeper in "
        "Gao last week turned himself in on Wednesday."
    )
    shooting = event_of(pipeline, text, "ASSAULT")
    assert shooting.actor is not None and shooting.actor.text.endswith("17-year-old")
    text = "Police identified Moussa Keita as the man who shot Adama Traore in Gao on Sunday."
    shooting = event_of(pipeline, text, "ASSAULT")
    assert shooting.actor is not None and shooting.actor.text == "Moussa Keita"


def test_the_people_harmed_are_the_recipient_rather_than_the_place_attacked(
    pipeline: Pipeline,
) -> None:
    text = "Gunmen attacked a bar in Gao on Sunday night. Three customers were shot in the attack."
    attack = event_of(pipeline, text, "ASSAULT")
    assert attack.recipient is not None and attack.recipient.text == "Three customers"


def test_dropped_charges_are_a_release_told_by_the_verb_too(pipeline: Pipeline) -> None:
    text = "Prosecutors dropped the charges against Moussa Keita in Gao on Tuesday."
    result = pipeline.extract(Article(text=text, published=PUBLISHED))
    release = next(e for e in result.events if e.type == "RETREAT")
    assert release.mode == "release" and "dropped" in words(result, release)
    assert release.recipient is not None and release.recipient.text == "Moussa Keita"
    assert "ACCUSE" not in [e.type for e in result.events]


def test_one_forced_to_resign_resigned_and_was_not_coerced(pipeline: Pipeline) -> None:
    text = "The Gao police chief was forced to resign on Monday."
    types = types_of(pipeline, text)
    assert types == ["RETREAT"]


def test_what_someone_plotted_or_proposed_is_not_told_as_done(pipeline: Pipeline) -> None:
    text = "A Gao man who plotted to kill a police officer was sentenced on Monday."
    plot = event_of(pipeline, text, "ASSAULT")
    assert plot.status == "future"
    text = "The senator criticised the governor's proposal to close the Gao border on Monday."
    closing = event_of(pipeline, text, "COERCE")
    assert closing.status == "future"


def test_who_is_in_custody_is_held_not_holding(pipeline: Pipeline) -> None:
    held = event_of(pipeline, "Two other suspects remain in police custody in Gao.", "COERCE")
    assert held.recipient is not None and "suspects" in held.recipient.text
    assert held.actor is None or "suspects" not in held.actor.text


def test_who_is_in_custody_after_a_shooting_is_an_arrest(pipeline: Pipeline) -> None:
    text = (
        "One man is dead and two others are in custody after a shooting at a gas station "
        "in Gao on Friday night, police said."
    )
    held = event_of(pipeline, text, "COERCE")
    assert held.recipient is not None and "two others" in held.recipient.text
    assert "ASSAULT" in types_of(pipeline, text)


def test_the_sheriff_named_later_made_the_arrest(pipeline: Pipeline) -> None:
    text = (
        "A Gao man was arrested on Friday after a crash on Route 9. "
        "The Kern County Sheriff's Office assisted the Highway Patrol at the scene."
    )
    events = pipeline.extract(Article(text=text, published=PUBLISHED)).events
    arrest = next(e for e in events if e.type == "COERCE")
    assert arrest.actor is not None and arrest.actor.sector == "COP"
    assert "AID" not in [e.type for e in events]


def test_the_offences_of_a_criminal_record_are_no_happenings(pipeline: Pipeline) -> None:
    text = (
        "Police arrested Moussa Keita in Gao on Monday. His record includes burglary and "
        "assault convictions, along with armed robbery."
    )
    events = pipeline.extract(Article(text=text, published=PUBLISHED)).events
    types = [e.type for e in events]
    assert "COERCE" in types and "CRIME" not in types and "ASSAULT" not in types


def test_harm_words_and_pointers_are_mentions_of_the_happening(pipeline: Pipeline) -> None:
    text = (
        "Gunmen shot two traders outside a bar in Gao on Sunday, leaving one dead.\n\n"
        "Residents were shocked by the incident."
    )
    result = pipeline.extract(Article(text=text, published=PUBLISHED))
    attacks = [e for e in result.events if e.type == "ASSAULT"]
    assert len(attacks) == 1
    said = words(result, attacks[0])
    assert {"shot", "dead", "incident"} <= set(said), said


def test_a_reporter_s_question_is_no_request(pipeline: Pipeline) -> None:
    text = (
        "Gunmen attacked a bus near Gao on Sunday. Asked about the attack, the governor said "
        "the army would find them."
    )
    types = types_of(pipeline, text)
    assert "REQUEST" not in types
    text = (
        'Gunmen attacked a bus near Gao on Sunday. "Where were the soldiers?" the mayor '
        "demanded on Monday."
    )
    types = types_of(pipeline, text)
    assert "REQUEST" not in types
    text = "Police asked residents of Gao to stay indoors on Sunday."
    assert event_of(pipeline, text, "REQUEST").actor is not None


def test_a_possible_or_planned_happening_is_not_told_as_done(pipeline: Pipeline) -> None:
    text = "Gunmen attacked a bus near Gao on Sunday. Police sent the file for possible charges."
    types = types_of(pipeline, text)
    assert "ACCUSE" not in types
    text = "Officials said the planned withdrawal of troops from Gao was delayed."
    assert event_of(pipeline, text, "RETREAT").status == "future"


def test_helping_an_action_along_is_no_aid(pipeline: Pipeline) -> None:
    text = "Gunmen attacked a bus near Gao on Sunday. Residents helped clear the road afterwards."
    types = types_of(pipeline, text)
    assert "AID" not in types


def test_a_home_invasion_is_the_killing_it_held_and_striking_as_is_no_blow(
    pipeline: Pipeline,
) -> None:
    text = "A boy was murdered during a home invasion in Gao on Sunday."
    result = pipeline.extract(Article(text=text, published=PUBLISHED))
    attacks = [e for e in result.events if e.type == "ASSAULT"]
    assert len(attacks) == 1 and {"murdered", "invasion"} <= set(words(result, attacks[0]))
    text = "Police arrested two men in Gao on Sunday. The arrests struck residents as strange."
    types = types_of(pipeline, text)
    assert "ASSAULT" not in types


@pytest.mark.parametrize(
    ("routine", "act", "kind"),
    [
        (
            "Police were called to a home on Kouyate Street in Gao on Sunday for a break-in.",
            "Activists in Gao called on the governor to free the prisoners on Sunday.",
            "REQUEST",
        ),
        (
            "Speaking to reporters in Gao on Sunday, the governor said the road would reopen.",
            "The governor spoke with the army chief in Gao on Sunday.",
            "CONSULT",
        ),
    ],
)
def test_routine_words_of_police_and_press_make_no_act(
    pipeline: Pipeline, routine: str, act: str, kind: str
) -> None:
    assert kind not in types_of(pipeline, routine)
    assert event_of(pipeline, act, kind).recipient is not None


def test_what_another_verb_is_about_lends_no_type(pipeline: Pipeline) -> None:
    text = "Amadou Keita on Sunday called on the mayor of Gao to apologize for accusing him."
    request = event_of(pipeline, text, "REQUEST")
    assert request.actor is not None and "Keita" in request.actor.text
    assert request.recipient is not None and "mayor" in request.recipient.text
    text = "The opposition in Gao called for an investigation into the killings on Sunday."
    assert event_of(pipeline, text, "ACCUSE").mode == "investigate"


def test_declining_to_comment_and_offering_advice_are_no_acts(pipeline: Pipeline) -> None:
    text = (
        "Gunmen attacked a bus near Gao on Sunday. The governor declined to comment on the "
        "attack, and the mayor offered some advice to travellers."
    )
    types = types_of(pipeline, text)
    assert "REJECT" not in types and "AGREE" not in types
    text = "The army refused to release the prisoners held in Gao on Sunday."
    assert event_of(pipeline, text, "REJECT").mode == "yield"
    text = "The rebels in Gao offered to release the hostages on Sunday."
    assert event_of(pipeline, text, "AGREE").actor is not None


def test_an_infinitive_s_to_excludes_nothing(pipeline: Pipeline) -> None:
    text = "Protesters in Gao continued to call for more information about the shooting."
    assert event_of(pipeline, text, "REQUEST").actor is not None


def test_a_title_case_headline_s_verbs_are_read(pipeline: Pipeline) -> None:
    text = (
        "UN Envoy Condemns Deadly Attack on Gao Police Post. The envoy spoke in Bamako on "
        "Monday after gunmen killed two officers."
    )
    types = types_of(pipeline, text)
    assert "ACCUSE" in types
    text = "Residents of Gao Condemns remain calm. The envoy spoke in Bamako on Monday."
    types = types_of(pipeline, text)
    assert "ACCUSE" not in types


def test_a_shooting_death_and_an_exoneration_are_happenings(pipeline: Pipeline) -> None:
    text = "A Gao man was charged on Friday in the beating death of a shopkeeper."
    assert event_of(pipeline, text, "ASSAULT").mode == "beat"
    text = "Four women jailed in Gao were exonerated by the appeals court on Monday."
    assert event_of(pipeline, text, "RETREAT").mode == "release"


def test_who_is_arrested_over_an_attack_is_its_suspected_doer(pipeline: Pipeline) -> None:
    text = (
        "Two people were killed in a knife attack at a market in Gao on Sunday.\n\n"
        "A 30-year-old man has been arrested over the attack, police said."
    )
    attack = event_of(pipeline, text, "ASSAULT")
    assert attack.actor is not None and "30-year-old man" in attack.actor.text
    assert "the suspect the COERCE/arrest about it holds" in attack.why
    text = "Gunmen killed two people in Gao on Sunday. A 30-year-old man was arrested."
    attack = event_of(pipeline, text, "ASSAULT")
    assert attack.actor is not None and "Gunmen" in attack.actor.text


def test_attending_talks_is_a_meeting(pipeline: Pipeline) -> None:
    text = "Foreign ministers of six countries attended the talks in Doha on Sunday."
    events = pipeline.extract(Article(text=text, published=PUBLISHED)).events
    assert [e.type for e in events] == ["CONSULT"]


@pytest.mark.parametrize(
    "text",
    [
        "Julian Brooks, 24, was one of five people hurt when someone opened fire on a crowd "
        "outside a Fairview nightclub on Sunday night. Brooks died Wednesday at Mercy "
        "Hospital, police said.",
        "A Fairview man died Wednesday at Mercy Hospital, police said. Julian Brooks, 24, was "
        "one of five people hurt when someone opened fire on a crowd outside a nightclub on "
        "Sunday night.",
    ],
)
def test_a_victim_who_died_days_later_died_of_the_same_shooting(
    pipeline: Pipeline, text: str
) -> None:
    events = pipeline.extract(Article(text=text, published=PUBLISHED)).events
    shootings = [e for e in events if e.type == "ASSAULT"]
    assert len(shootings) == 1
    assert shootings[0].date == "2024-06-09"


def test_a_victim_s_home_town_is_no_finer_place_for_the_state(pipeline: Pipeline) -> None:
    shooting = event_of(
        pipeline,
        "A Houston man was shot and killed Saturday night on a ranch in rural Texas, the "
        "sheriff said.\n\nDeputies in Brenham said the ranch lies north of Brenham.",
        "ASSAULT",
    )
    assert shooting.place is not None and shooting.place.name != "Houston"


def test_the_seat_of_a_police_department_is_a_finer_place(pipeline: Pipeline) -> None:
    shooting = event_of(
        pipeline,
        "Little Rock Police Department responded to America's Best Value Inn on Tuesday in "
        "response to a shooting in Room 140.",
        "ASSAULT",
    )
    assert shooting.place is not None and shooting.place.name == "Little Rock"


def test_a_death_s_day_dates_a_shooting_told_by_month_only(pipeline: Pipeline) -> None:
    text = (
        "Julian Brooks, 24, of Fairview, died on Sunday of a gunshot wound to his chest, "
        "police said. Brooks was shot in May at a campground north of Fairview."
    )
    events = pipeline.extract(Article(text=text, published=PUBLISHED)).events
    shootings = [e for e in events if e.type == "ASSAULT"]
    assert len(shootings) == 1 and shootings[0].date == "2024-06-09"


def test_counts_of_an_offence_are_charges_against_whoever_faces_them(
    pipeline: Pipeline,
) -> None:
    text = (
        "Police said Kevin Moss, 21, was arrested on Friday. He faces a felony count of "
        "manslaughter and two misdemeanor charges."
    )
    charge = event_of(pipeline, text, "ACCUSE")
    assert {text[m.start : m.end] for m in charge.mentions} == {"count", "charges"}
    assert charge.actor is None
    assert charge.recipient is not None and charge.recipient.text == "Kevin Moss"
    booked = event_of(
        pipeline,
        "Wendy Lavarnia was booked into jail on four counts of child abuse on Monday.",
        "ACCUSE",
    )
    assert booked.recipient is None or "abuse" not in booked.recipient.text


def test_who_is_held_on_charges_is_held_and_charged_but_charges_no_one(
    pipeline: Pipeline,
) -> None:
    text = (
        "Ten men were arrested on Friday on charges of illegal arms purchase, police said. "
        "Davit Kobalia, a party activist, was also held on the same charges."
    )
    events = pipeline.extract(Article(text=text, published=PUBLISHED)).events
    charges = [e for e in events if e.type == "ACCUSE"]
    assert charges and any(
        text[m.start : m.end] == "charges" and m.start > 90 for e in charges for m in e.mentions
    )
    assert not any(e.actor is not None and "Kobalia" in e.actor.text for e in charges)
    charged = (
        "Ten men were charged on Friday with illegal arms purchase. Davit Kobalia, a party "
        "activist, was also held on the same charges."
    )
    events = pipeline.extract(Article(text=charged, published=PUBLISHED)).events
    assert not any(
        e.type == "ACCUSE" and e.actor is not None and "Kobalia" in e.actor.text for e in events
    )


def test_police_who_shoot_the_gunman_are_another_record_than_his_rampage(
    pipeline: Pipeline,
) -> None:
    text = (
        "By the time a SWAT team stormed the building and fatally shot him four hours later, "
        "Martin Kell had set fire to his unit and shot five neighbors. Kell then opened fire "
        "at firefighters and killed a woman who was walking her dog."
    )
    events = pipeline.extract(Article(text=text, published=PUBLISHED)).events
    shootings = [e for e in events if e.type == "ASSAULT" and e.actor is not None]
    assert {e.actor.sector or e.actor.name for e in shootings} == {"COP", "Martin Kell"}
