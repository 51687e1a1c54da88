"""Who acts, read across a sentence's telling: a pronoun stands only for an actor it can
name, never for the speaker of the quote it is in; an authority's act told without its doer
was done by the authority that reports it."""

from __future__ import annotations

from dateline.events.mentions import agrees
from dateline.events.merge import Coded, merge
from dateline.models import Actor, Article, Event, Mention
from dateline.pipeline import Pipeline


def _of(events: list[Event], kind: str) -> Event:
    return next(e for e in events if e.type == kind)


def _told(pipeline: Pipeline, kind: str, text: str) -> Event:
    """The first record of a type in a story published on 2 March 2026."""
    return _of(pipeline.extract(Article(published="2026-03-02", text=text)).events, kind)


def test_he_stands_for_a_person_and_they_for_a_group() -> None:
    person = Actor("Tom Harris", 0, 10, kind="person")
    ministry = Actor("the Justice Department", 20, 42, kind="government", sector="GOV")
    phrase = Actor("the gunman", 50, 60)
    assert agrees("he", person) and not agrees("he", ministry)
    assert agrees("they", ministry) and not agrees("they", person)
    assert agrees("she", phrase) and agrees("they", phrase)


def test_a_pronoun_in_a_quote_is_not_its_speaker(pipeline: Pipeline) -> None:
    shooting = _told(
        pipeline,
        "ASSAULT",
        "Maria Lopez was asleep when the noise started on Sunday night.\n\n"
        '"I heard the glass break. Then he shot my brother twice," Lopez said.',
    )
    assert shooting.actor is None or "Lopez" not in shooting.actor.text


def test_the_authority_that_reports_a_charge_made_it(pipeline: Pipeline) -> None:
    charge = _told(
        pipeline,
        "ACCUSE",
        "Authorities said in a statement Monday that Daniel Reyes, 31, is charged with "
        "murder in the death of his neighbor.",
    )
    assert charge.actor is not None and charge.actor.text == "Authorities"
    assert "the authority that reports it" in charge.why


def test_a_witness_who_reports_a_charge_did_not_make_it(pipeline: Pipeline) -> None:
    charge = _told(
        pipeline,
        "ACCUSE",
        "His cousin said in an interview Monday that Daniel Reyes, 31, is charged with "
        "murder in the death of his neighbor.",
    )
    assert charge.actor is None or "cousin" not in charge.actor.text


def test_who_will_face_charges_is_charged_not_charging(pipeline: Pipeline) -> None:
    charge = _told(
        pipeline,
        "ACCUSE",
        "Daniel Reyes is now in a hospital in Toledo but will face the same charges, police said.",
    )
    assert charge.recipient is not None and charge.recipient.text == "Daniel Reyes"
    assert charge.actor is None or charge.actor.text != "Daniel Reyes"


def test_who_is_under_investigation_is_investigated(pipeline: Pipeline) -> None:
    inquiry = _told(
        pipeline,
        "ACCUSE",
        "The city's environmental adviser resigned on Monday after the revelation that "
        "she was under investigation.",
    )
    assert inquiry.actor is None
    assert inquiry.recipient is not None and "adviser" in inquiry.recipient.text


def test_his_arrest_is_done_to_him(pipeline: Pipeline) -> None:
    arrest = _told(
        pipeline,
        "COERCE",
        "Jason Farmer fled the scene on Monday. Deputies said his arrest came after a "
        "two-day search.",
    )
    assert arrest.recipient is not None and arrest.recipient.text == "Jason Farmer"
    assert arrest.actor is not None and arrest.actor.text == "Deputies"
    assert "possessor undergoes the noun" in arrest.why


def _coded(actor: str, at: int, **flags: bool) -> Coded:
    event = Event("ASSAULT", "s", at, at + 4, mode="firearms", confidence=0.7)
    event.actor = Actor(actor, at + 10, at + 10 + len(actor))
    event.evidence = {"trigger": [at, at + 4], "actor": [at + 10, at + 10 + len(actor)]}
    event.mentions = [Mention(at, at + 4, at // 100)]
    return Coded(event, trigger="shot", **flags)


def test_a_record_takes_a_named_actor_before_a_pronoun_s_referent() -> None:
    told = [_coded("Willie Lay", 0, referred=True), _coded("the gunman", 200)]
    (record,) = merge(told, lambda event, items: True, lambda kind, a, b: True)
    assert record.actor is not None and record.actor.text == "the gunman"
    assert record.evidence["actor"] == [210, 220]


def test_a_headline_s_man_shot_is_the_victim(pipeline: Pipeline) -> None:
    shooting = _told(
        pipeline,
        "ASSAULT",
        "Dayton man shot twice in attempted robbery. DAYTON - A 31-year-old man was shot "
        "twice early Tuesday after a stranger approached him and demanded his wallet.",
    )
    assert shooting.recipient is not None and "man" in shooting.recipient.text
    assert shooting.actor is None or "Dayton man" not in shooting.actor.text
    assert "headline's clipped passive" in shooting.why


def test_a_shooting_told_later_in_the_text_keeps_its_shooter(pipeline: Pipeline) -> None:
    shooting = _told(
        pipeline,
        "ASSAULT",
        "The first report came in on Tuesday. Witnesses said the guard shot twice at the "
        "fleeing car.",
    )
    assert shooting.actor is not None and "guard" in shooting.actor.text


def test_who_they_say_shot_is_the_shooter_not_the_police(pipeline: Pipeline) -> None:
    killing = _told(
        pipeline,
        "ASSAULT",
        "Police are searching for a 34-year-old man who they say shot and killed his "
        "brother in their Akron home.",
    )
    assert killing.actor is not None and "34-year-old man" in killing.actor.text
    assert "that does" in killing.why


def test_whom_an_order_is_given_does_what_is_ordered(pipeline: Pipeline) -> None:
    article = Article(
        published="2026-03-02", text="The colonel ordered the soldiers to fire on the crowd."
    )
    firing = _of(pipeline.extract(article).events, "ASSAULT")
    assert firing.actor is not None and firing.actor.text == "the soldiers"


def test_who_witnessed_an_attack_did_not_make_it(pipeline: Pipeline) -> None:
    attack = _told(
        pipeline,
        "ASSAULT",
        "Dr. Anne Maggard was on the boulevard on Thursday and witnessed the attack.",
    )
    assert attack.actor is None


def test_a_series_of_raids_by_the_police_are_the_police_s_raids(pipeline: Pipeline) -> None:
    raids = _told(
        pipeline,
        "COERCE",
        "Six shops were closed on Friday after a series of raids by Quebec police.",
    )
    assert raids.actor is not None and "police" in raids.actor.text
    assert "'by' phrase of 'series'" in raids.why


def test_females_and_males_are_people_harmed(pipeline: Pipeline) -> None:
    shooting = _told(
        pipeline,
        "ASSAULT",
        "Two females and a male were wounded when gunfire erupted outside the Elm Street "
        "apartments early Sunday. A fourth person was struck in the leg.",
    )
    assert shooting.recipient is not None
    assert shooting.recipient.text == "Two females and a male"


def test_one_of_three_charged_is_the_one_charged(pipeline: Pipeline) -> None:
    charge = _told(
        pipeline,
        "ACCUSE",
        "Marcus Tillman Jr. is one of three teenagers charged as adults in the death of "
        "a Canton man.",
    )
    assert charge.recipient is not None and charge.recipient.text == "Marcus Tillman Jr."


def test_the_dateline_names_no_actor(pipeline: Pipeline) -> None:
    opened = "DUNMORE, Pa. — Lackawanna County deputies have arrested a 19-year-old man in "
    arrest = _told(pipeline, "COERCE", opened + "the stabbing of a store clerk on Friday.")
    assert arrest.actor is None or arrest.actor.start >= opened.index("Lackawanna")
    shouted = Article(
        published="2026-03-02",
        text="HALIFAX — A man was stabbed outside a bar on Gottingen Street late Saturday.",
    )
    stabbing = _of(pipeline.extract(shouted).events, "ASSAULT")
    assert stabbing.actor is None or stabbing.actor.start > len("HALIFAX —")


def test_a_home_town_before_a_person_is_not_where_it_happened(pipeline: Pipeline) -> None:
    article = Article(
        published="2026-03-02",
        text="SPRINGFIELD, Ill. — A Peoria man was charged Friday in a shooting that wounded "
        "two people outside a Springfield bar.",
    )
    events = pipeline.extract(article).events
    charge = _of(events, "ACCUSE")
    assert charge.place is not None and charge.place.name == "Springfield"


def test_him_stands_for_the_man_told_before(pipeline: Pipeline) -> None:
    arrest = _told(
        pipeline,
        "COERCE",
        "Store guards saw Martin Hale take two jackets on Saturday. Deputies arrived and "
        "arrested him outside.",
    )
    assert arrest.recipient is not None and arrest.recipient.text == "Martin Hale"


def test_a_capital_dateline_the_tagger_took_for_a_person_names_nobody(
    pipeline: Pipeline,
) -> None:
    charge = _told(
        pipeline,
        "ACCUSE",
        "\x97 ALBANY — A Brooklyn man has been charged in connection with a shooting Thursday.",
    )
    assert charge.recipient is not None and "Brooklyn man" in charge.recipient.text
    shooting = _told(
        pipeline,
        "ASSAULT",
        "\x97 ALBANY — A Brooklyn man has been charged in connection with a shooting Thursday.",
    )
    assert shooting.actor is None or "ALBANY" not in shooting.actor.text


def test_a_passive_told_without_its_auxiliary_keeps_its_doer_after_by(
    pipeline: Pipeline,
) -> None:
    shooting = _told(
        pipeline,
        "ASSAULT",
        "KPD: Teen shot in the leg near Lincoln Park by masked gunman\n\n"
        "A 16-year-old boy was taken to hospital on Friday.",
    )
    assert shooting.actor is not None and shooting.actor.text == "masked gunman"
    assert shooting.recipient is not None and shooting.recipient.text == "Teen"
    killed = _told(
        pipeline,
        "ASSAULT",
        "The man shot and killed by Denver police Sunday at his home had a long record.",
    )
    assert killed.actor is not None and "police" in killed.actor.text
    assert killed.recipient is not None and killed.recipient.text.endswith("man")


def test_a_participle_with_a_subject_is_a_passive(pipeline: Pipeline) -> None:
    arrest = _told(
        pipeline,
        "COERCE",
        "Juvenile arrested in Dayton bar had fake ID.\n\nPolice arrested a girl on Friday.",
    )
    assert arrest.actor is None or arrest.actor.text != "Juvenile"


def test_the_rounds_of_an_attack_are_not_its_victims(pipeline: Pipeline) -> None:
    shooting = _told(
        pipeline,
        "ASSAULT",
        "A witness said a man in a gray hoodie fired several shots outside the bakery on "
        "Friday night.",
    )
    assert shooting.recipient is None or "shots" not in shooting.recipient.text


def test_the_offence_of_a_charge_is_not_whom_it_charges(pipeline: Pipeline) -> None:
    charge = _told(
        pipeline,
        "ACCUSE",
        "Troopers said the driver was taken to the county jail on Friday and charged with "
        "felony DWI.",
    )
    assert charge.recipient is None or "DWI" not in charge.recipient.text


def test_who_shot_himself_is_his_own_victim(pipeline: Pipeline) -> None:
    shooting = _told(
        pipeline,
        "ASSAULT",
        "A 3-year-old boy shot himself in the hand at a home in east Tulsa on Sunday, police said.",
    )
    assert shooting.actor is not None and "boy" in shooting.actor.text
    assert shooting.recipient == shooting.actor


def test_whom_a_fire_kills_is_its_recipient(pipeline: Pipeline) -> None:
    fire = _told(
        pipeline,
        "DISASTER",
        "Kitchen fire kills man, 79, in Hazelton.\n\nThe fire broke out early on Sunday.",
    )
    assert fire.recipient is not None and fire.recipient.text.startswith("man")


def test_a_happening_is_never_its_own_actor(pipeline: Pipeline) -> None:
    shooting = _told(
        pipeline,
        "ASSAULT",
        "The Bombing That Killed Four Soldiers Was Planned in Syria.",
    )
    assert shooting.actor is None or "Bombing" not in shooting.actor.text


def test_someone_who_opened_fire_is_the_actor(pipeline: Pipeline) -> None:
    shooting = _told(
        pipeline,
        "ASSAULT",
        "Carter was standing with friends outside a market when a gray sedan drove by and "
        "someone opened fire on Saturday night.",
    )
    assert shooting.actor is not None and shooting.actor.text == "someone"


def test_a_dateline_under_a_rule_of_dots_is_nobody(pipeline: Pipeline) -> None:
    arrest = _told(
        pipeline,
        "COERCE",
        "." * 120 + "\n\nEUGENE, Ore. — Lane County authorities have arrested a 16-year-old "
        "boy in the shooting death of a classmate over the weekend.",
    )
    assert arrest.actor is not None and arrest.actor.text == "authorities"


def test_who_tried_to_flee_and_got_gunned_down_was_shot(pipeline: Pipeline) -> None:
    shooting = _told(
        pipeline,
        "ASSAULT",
        "Police said two brothers were walking home from a store on Friday night when a car "
        "pulled up. The brothers tried to run away but got gunned down on the sidewalk.",
    )
    assert shooting.actor is None or "brothers" not in shooting.actor.text
    assert shooting.recipient is not None and "brothers" in shooting.recipient.text


def test_an_age_told_with_hyphens_stays_in_the_victim(pipeline) -> None:
    text = "Two suspects in the Easter morning homicide of 3-year-old girl have been arrested."
    homicide = next(
        e
        for e in pipeline.extract(Article(text=text, published="2016-04-07")).events
        if e.type == "ASSAULT"
    )
    assert homicide.recipient.text == "3-year-old girl"


def test_a_participant_never_reaches_back_into_the_dateline(pipeline: Pipeline) -> None:
    arrest = _told(
        pipeline,
        "COERCE",
        "OCALA, Fla. - A woman suspected of robbing a pharmacy was arrested Friday night "
        "in Belleview, police said.",
    )
    assert arrest.recipient is not None and arrest.recipient.text == "woman"


def test_whom_a_verb_is_for_does_what_follows_for(pipeline: Pipeline) -> None:
    shooting = _told(
        pipeline,
        "ASSAULT",
        "The mayor on Friday criticized the officer, Dana Reed, for shooting a 37-year-old "
        "man during a traffic stop in April.",
    )
    assert shooting.actor is not None and "Reed" in shooting.actor.text
    arrested = _told(
        pipeline,
        "ASSAULT",
        "Daniel Reyes, 31, was arrested Monday for shooting his neighbor in the leg.",
    )
    assert arrested.actor is not None and "Daniel Reyes" in arrested.actor.text


def test_a_term_got_for_a_killing_did_not_kill(pipeline: Pipeline) -> None:
    killing = _told(pipeline, "ASSAULT", "Springfield man gets 15 years for killing his roommate.")
    assert killing.actor is not None and "Springfield man" in killing.actor.text


def test_a_happening_takes_its_own_doer_before_a_governing_verb_s(pipeline: Pipeline) -> None:
    killing = _told(
        pipeline,
        "ASSAULT",
        "Crowds gathered downtown on Sunday night, with many turning to looting, after "
        "Marcus Hill, 37, was killed by police.",
    )
    assert killing.actor is not None and killing.actor.text == "police"


def test_a_town_recovering_after_shooting_did_not_shoot(pipeline: Pipeline) -> None:
    shooting = _told(
        pipeline,
        "ASSAULT",
        "Springfield struggles to return to normal after shooting.\n\n"
        "Shops stayed shut on Sunday and troopers patrolled quiet streets downtown.",
    )
    assert shooting.actor is None or "Springfield" not in shooting.actor.text


def test_who_fled_after_shooting_someone_shot(pipeline: Pipeline) -> None:
    shooting = _told(
        pipeline, "ASSAULT", "The gunman fled on foot after shooting two men outside the bar."
    )
    assert shooting.actor is not None and "gunman" in shooting.actor.text


def test_whom_a_suspect_surrenders_to_did_not_surrender(pipeline: Pipeline) -> None:
    surrender = _told(
        pipeline, "COERCE", "The suspect turned himself in to police in Marlow on Tuesday night."
    )
    assert surrender.recipient is not None and surrender.recipient.text == "suspect"
