"""The event coder on sentences written for these tests: types, triggers, roles and status."""

from __future__ import annotations

from pathlib import Path

import pytest
from spacy.tokens import Doc

from dateline import nlp
from dateline.actors import ActorStage
from dateline.config import Settings
from dateline.events import EventStage
from dateline.events.ontology import OntologyError
from dateline.events.stage import _first_of_pair
from dateline.models import Actor, Article, Event, Place, Quote, Result, Speaker
from dateline.pipeline import Pipeline
from dateline.timex import TimeStage

PUBLISHED = "2021-03-10"
FIXTURES = Path(__file__).resolve().parent / "fixtures" / "events"


def mention(text: str, phrase: str, **fields: str) -> Actor:
    start = text.index(phrase)
    return Actor(text=phrase, start=start, end=start + len(phrase), **fields)


def code(
    text: str,
    actors: list[Actor] | None = None,
    quotes: list[Quote] | None = None,
    places: list[Place] | None = None,
    settings: Settings | None = None,
) -> list[Event]:
    doc = nlp.load()(text)
    result = Result(article=Article(text=text, published=PUBLISHED))
    result.times = TimeStage(Settings())(result, doc)
    result.actors = ActorStage(Settings())(result, doc) if actors is None else actors
    result.quotes = quotes or []
    result.places = places or []
    return EventStage(settings or Settings(keep_unlikely=True))(result, doc)


def top(events: list[Event]) -> Event:
    assert events, "no event coded"
    return max(events, key=lambda e: e.confidence)


@pytest.mark.parametrize(
    ("sentence", "expected", "mode"),
    [
        ("The rebels agreed to release the hostages next week.", "AGREE", "yield"),
        ("The Kenyan foreign minister met his Ugandan counterpart in Kampala.", "CONSULT", None),
        (
            "The African Union praised Ghana for the peaceful handover of power.",
            "SUPPORT",
            "praise",
        ),
        ("The interior ministry lifted the curfew in the northern provinces.", "CONCEDE", "policy"),
        ("Police in both countries shared intelligence on the smuggling ring.", "COOPERATE", None),
        ("Norway donated 5 million dollars to flood victims in Pakistan.", "AID", "economic"),
        ("The militia freed twelve aid workers on Friday.", "RETREAT", "release"),
        ("Opposition leaders demanded the resignation of the prime minister.", "REQUEST", "yield"),
        ("The foreign ministry condemned the arrest of the journalists.", "ACCUSE", "disapprove"),
        ("The government rejected the rebels' proposal for talks.", "REJECT", "meet"),
        ("The army threatened to shell the town.", "THREATEN", "violence"),
        (
            "Thousands of teachers protested outside parliament over unpaid wages.",
            "PROTEST",
            "demo",
        ),
        ("The European Union suspended aid to the junta.", "SANCTION", "discontinue"),
        ("The army mobilised reservists along the border.", "MOBILIZE", "troops"),
        ("Police arrested 40 protesters in the capital.", "COERCE", "arrest"),
        ("Gunmen killed 7 villagers in an attack on a market.", "ASSAULT", None),
    ],
)
def test_each_plover_type(sentence: str, expected: str, mode: str | None) -> None:
    event = top(code(sentence))
    assert event.type == expected
    if mode is not None:
        assert event.mode == mode
    assert event.why.startswith("trigger ")


def test_sixteen_types_in_the_packaged_ontology() -> None:
    onto = EventStage(Settings()).ontology
    plover = {name: spec for name, spec in onto.types.items() if onto.in_plover(name)}
    assert len(plover) == 16
    assert all(onto.quad(name) for name in plover)
    assert set(onto.types) - set(plover) == {"DISASTER", "CRIME", "CLAIM"}
    assert all(
        spec.get("verbs") and spec.get("nouns") and spec.get("modes")
        for spec in onto.types.values()
    )


def test_nominal_triggers_with_their_participants() -> None:
    text = "Offensives by the Free Highland Front have pushed the army out of three districts."
    front = mention(text, "Free Highland Front", actor_id="fhf", name="Free Highland Front")
    event = top(code(text, [front]))
    assert (event.type, event.actor) == ("ASSAULT", front)

    text = "Officials praised the cooperation between Lakeland police and Northmark police."
    lake, north = mention(text, "Lakeland police"), mention(text, "Northmark police")
    cooperation = next(e for e in code(text, [lake, north]) if e.type == "COOPERATE")
    assert (cooperation.actor, cooperation.recipient) == (lake, north)

    assert top(code("Defeats in the north have weakened the group.")).type == "ASSAULT"
    battle = top(code("The fight against the insurgents will be long."))
    assert battle.type == "ASSAULT" and battle.recipient.text.endswith("insurgents")


def test_actor_and_recipient_by_syntax_in_active_and_passive() -> None:
    text = "Government troops attacked rebel positions near the river."
    troops, rebels = mention(text, "Government troops"), mention(text, "rebel")
    event = top(code(text, [troops, rebels]))
    assert (event.actor, event.recipient) == (troops, rebels)

    text = "A convoy of the Red Cross was ambushed by bandits."
    convoy, bandits = mention(text, "Red Cross"), mention(text, "bandits")
    event = top(code(text, [convoy, bandits]))
    assert (event.type, event.actor, event.recipient) == ("ASSAULT", bandits, convoy)


def test_quantities_with_their_units() -> None:
    captured = top(code("Some 3,000 militants were captured near the dam."))
    assert captured.quantities == {"captured": 3000}
    clash = next(e for e in code("The clashes left 15 soldiers dead and 30 wounded.") if e.mode)
    assert clash.quantities == {"killed": 15, "wounded": 30}
    attack = top(code("Gunmen killed 7 villagers in an attack on a market."))
    assert attack.quantities["killed"] == 7
    arrests = top(code("Police detained two hundred students."))
    assert arrests.quantities == {"arrested": 200}


@pytest.mark.parametrize(
    ("sentence", "status"),
    [
        ("The final battle for the city will take place in the spring.", "future"),
        ("Protesters denied that they had attacked the police station.", "negated"),
        ("Rebels attacked the capital.", "asserted"),
        ("Northern border set for final battle against the insurgents", "future"),
        ("Villagers brace for more fighting as the army nears the valley.", "future"),
        ("The militia is on the brink of defeat in the eastern hills.", "future"),
        ("Rebels fled after the battle for the eastern hills.", "asserted"),
        ("Vigil set for victims of Sunday's attack on the market", "asserted"),
        ("Bandits attack the market road every few weeks, traders said.", "generic"),
        ("A deputy is expected to recover after accidentally shooting himself.", "asserted"),
        ("Charges will be filed in Friday's shooting on Elm Street, police said.", "asserted"),
        ("A farmer will appear in court on Monday for shooting his neighbor.", "asserted"),
        ("Police want to learn more about what led up to the shooting at the mall.", "asserted"),
        ("The rebels are expected to take part in the assault on the city.", "future"),
    ],
)
def test_status(sentence: str, status: str) -> None:
    event = next(e for e in code(sentence) if e.type == "ASSAULT")
    assert event.status == status


@pytest.mark.parametrize(
    "sentence",
    [
        "The army did not shell the village.",
        "If talks collapse, the rebels could attack the capital.",
        "Commanders said they were considering an assault on the port.",
        "Shelling the bridge could be the only way to stop the convoy, a commander said.",
        "The army needs to retake the valley before winter, the general said.",
        "We need to attack their supply lines now, a rebel commander told reporters.",
    ],
)
def test_what_did_not_or_may_happen_gives_no_record(sentence: str) -> None:
    assert not [e for e in code(sentence) if e.type == "ASSAULT"]


def test_promises_and_refusals_count_as_agree_and_reject() -> None:
    stage = EventStage(Settings())
    promise = top(code("The donors said they would send food to the camps."))
    assert (promise.type, promise.status, promise.actor.text) == ("AID", "future", "donors")
    assert stage.ontology.coded_type(promise.type, promise.status) == "AGREE"
    refusal = top(code("The junta refused to release the detained ministers."))
    assert refusal.type == "REJECT" and refusal.mode == "yield"


def test_reported_speech_names_the_speaker() -> None:
    text = "Colonel Mara Quist said government troops captured the airport."
    quist = mention(text, "Colonel Mara Quist", name="Mara Quist", sector="MIL")
    event = top(code(text, [quist]))
    assert (event.type, event.reported_by) == ("ASSAULT", "Mara Quist")


def test_event_inside_a_quote_names_the_quoted_speaker() -> None:
    text = 'The envoy was blunt. "Our forces seized the bridge at dawn," Tomas Ferre said.'
    start = text.index('"')
    quote = Quote(
        text=text[start : text.index(",", start) + 2],
        start=start,
        end=text.index(",", start) + 2,
        kind="direct",
        speaker=Speaker(name="Tomas Ferre"),
    )
    event = top(code(text, quotes=[quote]))
    assert event.reported_by == "Tomas Ferre"
    assert "quote" in event.why


def test_date_and_place_tied_to_the_event() -> None:
    text = "Militants attacked a checkpoint in Varnia on 3 March 2021."
    varnia = Place("Varnia", text.index("Varnia"), text.index("Varnia") + 6, geonameid=1)
    event = top(code(text, places=[varnia]))
    assert (event.date, event.date_precision) == ("2021-03-03", "day")
    assert event.place == varnia
    undated = top(code("Militants attacked a checkpoint."))
    assert (undated.date, undated.date_precision) == ("2021-W10", "week")


def test_evidence_span_and_sentence() -> None:
    text = "It was quiet. Then the rebels shelled the market."
    event = top(code(text))
    assert event.sentence == "Then the rebels shelled the market."
    assert "shelled" in text[event.start : event.end]
    assert 0 < event.confidence <= 1


def test_user_ontology_extends_the_default(tmp_path) -> None:
    path = tmp_path / "extra.yaml"
    path.write_text("types:\n  ASSAULT:\n    verbs:\n      pillage: destroy\n")
    event = top(code("Soldiers pillaged the village.", settings=Settings(ontology=path)))
    assert (event.type, event.mode) == ("ASSAULT", "destroy")
    assert top(code("Rebels attacked the capital.", settings=Settings(ontology=path))).type


def test_user_ontology_replaces_the_default(tmp_path) -> None:
    path = tmp_path / "harvest.yaml"
    path.write_text(
        "replace: true\nname: farming\ntypes:\n  HARVEST:\n    quad: 2\n"
        "    modes: {grain: Cereal crops.}\n"
        "    verbs: {harvest: grain}\n    nouns: {harvest: grain}\n"
    )
    settings = Settings(ontology=path)
    assert top(code("Farmers harvested the wheat.", settings=settings)).type == "HARVEST"
    assert code("Rebels attacked the capital.", settings=settings) == []


def test_sentences_without_events() -> None:
    assert code("The weather in the valley was mild on Sunday.") == []


def test_undoing_an_act_is_a_concession() -> None:
    stage = EventStage(Settings())
    lifted = top(code("The governor lifted the state of emergency in the port city."))
    assert (lifted.type, lifted.mode) == ("CONCEDE", "policy")
    strike = top(code("The dockers' union said it will not end the strike."))
    assert (strike.type, strike.status) == ("CONCEDE", "negated")
    assert stage.ontology.coded_type(strike.type, strike.status) == "REJECT"


def test_obligation_in_reported_speech_is_a_request() -> None:
    text = "The Vellorian foreign minister said that Drasnia must release the fishermen."
    minister, drasnia = mention(text, "Vellorian foreign minister"), mention(text, "Drasnia")
    event = top(code(text, [minister, drasnia]))
    assert (event.type, event.actor, event.recipient) == ("REQUEST", minister, drasnia)


def test_article_through_the_whole_pipeline() -> None:
    text = (FIXTURES / "river-crossing.txt").read_text(encoding="utf-8")
    every = Pipeline(Settings(keep_unlikely=True))
    events = every.extract(Article(text=text, published="2024-03-12")).events

    def one(word: str, kind: str) -> Event:
        return next(e for e in events if e.type == kind and word in text[e.start : e.end])

    assert one("vows", "THREATEN").mode == "violence"
    capture = one("captured", "ASSAULT")
    assert "Islamic State" in (capture.actor.name or capture.actor.text)
    assert (capture.date, capture.date_precision) == ("2024-03-11", "day")
    assert capture.quantities["killed"] == 11 and capture.reported_by
    assert capture.place.name == "Ansongo"
    counter = one("offensive", "ASSAULT")
    assert counter.status == "future" and "Keita" in counter.reported_by
    withdrawal = one("withdrawn", "RETREAT")
    assert (withdrawal.mode, withdrawal.status) == ("withdraw", "negated")
    protest = one("marched", "PROTEST")
    assert (protest.date, protest.status) == ("2024-03-12", "asserted")


def test_receiving_reverses_the_roles_and_wanting_is_intent() -> None:
    text = "The militia received rifles and mortars from the Ostrian army."
    militia, army = mention(text, "militia"), mention(text, "Ostrian army")
    event = top(code(text, [militia, army]))
    assert (event.type, event.actor, event.recipient) == ("AID", army, militia)
    wish = top(code("The president wants to attack the neighbouring state."))
    assert (wish.type, wish.status) == ("ASSAULT", "future")
    assert EventStage(Settings()).ontology.coded_type(wish.type, wish.status) == "THREATEN"


def test_any_reported_obligation_is_a_request_and_undertakings_count() -> None:
    text = "The Vellorian envoy insisted that Drasnia must respect the old border."
    envoy, drasnia = mention(text, "Vellorian envoy"), mention(text, "Drasnia")
    event = top(code(text, [envoy, drasnia]))
    assert (event.type, event.actor, event.recipient) == ("REQUEST", envoy, drasnia)
    assert code("Prices should rise next year, the minister said.") == []
    effort = top(code("The emir launched a mediation effort between the two neighbours."))
    assert (effort.type, effort.mode) == ("CONSULT", "third-party")


def test_unusable_ontology_file_is_reported(tmp_path) -> None:
    path = tmp_path / "bad.yaml"
    path.write_text("replace: true\nname: empty\n")
    with pytest.raises(OntologyError, match="no 'types'"):
        EventStage(Settings(ontology=path))


def test_plain_phrases_are_read_through_the_actor_dictionary(tmp_path) -> None:
    aircraft = top(code("Russian aircraft bombed a crowded market on Sunday."))
    assert (aircraft.actor.text, aircraft.actor.country) == ("Russian aircraft", "RUS")
    assert "actor by dictionary lookup" in aircraft.why
    unnamed = top(code("Aircraft bombed a crowded market on Sunday."))
    assert aircraft.confidence == unnamed.confidence
    farmers = top(code("Angry Kenyan farmers blocked the main highway."))
    assert (farmers.type, farmers.actor.country, farmers.actor.sector) == ("PROTEST", "KEN", "CVL")

    path = tmp_path / "actors.yaml"
    path.write_text("actors:\n  - {id: VGUARD, name: Vellorian Guard, country: VLR, sector: MIL}\n")
    text = "The Vellorian Guard shelled the border post."
    assert top(code(text)).actor.actor_id is None
    guard = top(code(text, settings=Settings(actors=path))).actor
    assert (guard.actor_id, guard.country, guard.sector) == ("VGUARD", "VLR", "MIL")


def test_a_phrase_headed_by_a_place_word_is_no_actor() -> None:
    text = (
        "Syria-Turkey border set for 'final large fight' against IS\n\nThe \"final large "
        'fight" against the Islamic State group in Syria will take place on the border with '
        "Turkey, a general said on Saturday."
    )
    fight = top(code(text))
    assert (fight.status, fight.actor) == ("future", None)
    raid = top(code("Kenyan villagers raided a cattle market on Sunday."))
    assert raid.actor.country == "KEN"


def test_participant_without_a_country_takes_the_only_one_in_the_sentence() -> None:
    text = "President Halvor Brenn rejected the demands of Zambian miners."
    brenn = mention(text, "President Halvor Brenn", actor_id="person:brenn", sector="GOV")
    miners = mention(text, "Zambian miners", actor_id="ZMB-CVL", country="ZMB", sector="CVL")
    event = top(code(text, [brenn, miners]))
    assert (event.actor.actor_id, event.actor.country) == ("person:brenn", "ZMB")
    assert "actor's country: the only one in the sentence" in event.why

    text = "President Halvor Brenn rejected the demands of Zambian and Malawian miners."
    brenn = mention(text, "President Halvor Brenn", actor_id="person:brenn", sector="GOV")
    zambians = mention(text, "Zambian", actor_id="ZMB-CVL", country="ZMB")
    malawians = mention(text, "Malawian miners", actor_id="MWI-CVL", country="MWI")
    assert top(code(text, [brenn, zambians, malawians])).actor.country is None


def test_mediator_of_a_mediation_between_two_parties_is_the_actor() -> None:
    text = "The Ruritanian envoy launched a mediation effort between Kenya and Somalia."
    envoy, kenya = mention(text, "Ruritanian envoy"), mention(text, "Kenya")
    somalia = mention(text, "Somalia")
    event = top(code(text, [envoy, kenya, somalia]))
    assert (event.type, event.actor.text, event.recipient.text) == ("CONSULT", envoy.text, "Kenya")
    talks = top(code("Talks between Kenya and Somalia resumed.", [kenya, somalia]))
    assert talks.type == "CONSULT"


def test_unnamed_subject_is_kept_as_plain_text() -> None:
    text = "Village elders demanded the resignation of the Zambian president."
    president = mention(text, "Zambian president", actor_id="ZMB-GOV", country="ZMB")
    event = top(code(text, [president]))
    assert (event.type, event.actor.text, event.actor.country) == (
        "REQUEST",
        "Village elders",
        "ZMB",
    )
    text = "They demanded the resignation of the Zambian president."
    president = mention(text, "Zambian president", actor_id="ZMB-GOV", country="ZMB")
    assert event.confidence == top(code(text, [president])).confidence
    bombing = top(code("A roadside bombing killed two Zambian soldiers."))
    assert bombing.actor is None


def test_relative_pronoun_is_not_an_acronym(pipeline) -> None:
    text = (
        "Army commanders said militants who are not killed or captured in the valley are "
        "trying to slip across the border into the mountains."
    )
    events = pipeline.extract(Article(text=text, published=PUBLISHED)).events
    participants = [a for e in events for a in (e.actor, e.recipient) if a is not None]
    assert all(a.actor_id != "WHO" for a in participants)
    assert not any("killed" in text[e.start : e.end] for e in events), "not killed: no event"


def test_named_actor_of_no_country_keeps_none() -> None:
    text = "Islamic State militants ambushed a convoy of American troops near the border."
    militants = mention(text, "Islamic State militants", actor_id="ISIS", sector="REB")
    troops = mention(text, "American troops", actor_id="USA-MIL", country="USA", sector="MIL")
    event = top(code(text, [militants, troops]))
    assert (event.actor.actor_id, event.actor.country) == ("ISIS", None)
    assert event.recipient.country == "USA"


def test_person_without_a_country_takes_the_sentences_only_place() -> None:
    text = "President Halvor Brenn threatened to impose a curfew in Varnia after the riots."
    brenn = mention(text, "President Halvor Brenn", actor_id="person:brenn", sector="GOV")
    start = text.index("Varnia")
    varnia = Place("Varnia", start, start + 6, geonameid=1, country_code="DZ")
    event = top(code(text, [brenn], places=[varnia]))
    assert (event.type, event.actor.country) == ("THREATEN", "DZA")
    assert "the sentence's only place" in event.why
    text = "President Halvor Brenn threatened Malawian miners with a curfew in Varnia."
    brenn = mention(text, "President Halvor Brenn", actor_id="person:brenn", sector="GOV")
    miners = mention(text, "Malawian miners", actor_id="MWI-CVL", country="MWI")
    start = text.index("Varnia")
    varnia = Place("Varnia", start, start + 6, geonameid=1, country_code="DZ")
    assert top(code(text, [brenn, miners], places=[varnia])).actor.country == "MWI"


def test_capturing_a_place_is_taking_territory() -> None:
    village = top(code("Government troops captured the village after two days of fighting."))
    assert (village.type, village.mode) == ("ASSAULT", "territory")
    fighters = top(code("Government troops captured three fighters after two days of fighting."))
    assert fighters.mode != "territory"


def test_verb_without_actor_takes_the_actor_of_its_means() -> None:
    text = "Six fishermen were killed in an air strike by the Vellorian army on Friday."
    army = mention(text, "Vellorian army", actor_id="VLR-MIL", country="VLR", sector="MIL")
    fishermen = mention(text, "fishermen", sector="CVL")
    killing = next(e for e in code(text, [army, fishermen]) if "killed" in e.why)
    assert (killing.actor, killing.recipient.text) == (army, "fishermen")
    assert "the means" in killing.why


def test_setting_up_bases_is_a_mobilization() -> None:
    event = top(code("Ostrian troops set up two new bases near the river crossing."))
    assert (event.type, event.mode) == ("MOBILIZE", "troops")


def test_an_amount_of_people_is_a_plain_actor() -> None:
    event = top(code("Thousands of dockworkers blocked the coastal highway on Monday."))
    assert (event.type, event.actor.text) == ("PROTEST", "Thousands of dockworkers")


def test_gaining_control_of_a_place_is_taking_territory() -> None:
    event = top(code("Militants gained control of the district headquarters after heavy fighting."))
    assert (event.type, event.mode) == ("ASSAULT", "territory")
    ground = top(code("The rebels gained ground east of the provincial capital on Friday."))
    assert (ground.type, ground.mode) == ("ASSAULT", "territory")
    ablaze = top(code("An angry mob set the police station ablaze on Sunday night."))
    assert (ablaze.type, ablaze.mode) == ("ASSAULT", "primitive")


@pytest.mark.parametrize(
    ("sentence", "mode"),
    [
        ("Two women were raped near the camp on Tuesday, police said.", "sexual"),
        ("Rioters looted dozens of shops in the market district overnight.", "destroy"),
        ("Insurgents planted landmines along the road to the airport.", "explosives"),
        ("Government troops won back the village of Kessa from the rebels.", "territory"),
        ("A roadside mine went off beside an army truck near Lodwa.", "explosives"),
        ("A helicopter dropped barrels of chlorine on the market in Tarim.", "aerial"),
        ("Riot police began the dispersal of the sit-in outside the ministry.", "crowd-control"),
    ],
)
def test_assault_triggers_and_their_modes(sentence: str, mode: str) -> None:
    event = top(code(sentence))
    assert (event.type, event.mode) == ("ASSAULT", mode)


def test_weapons_depots_found_or_seized_are_seizures() -> None:
    found = top(code("Soldiers discovered an arms depot hidden under a farmhouse on Sunday."))
    assert (found.type, found.mode) == ("COERCE", "seize")
    seized = top(code("Troops seized an arsenal of rifles from the militia."))
    assert seized.mode != "territory"


def test_dropping_bombs_is_no_concession() -> None:
    bombs = top(code("A helicopter dropped two barrel bombs on the market town."))
    assert bombs.type == "ASSAULT"
    curfew = top(code("The governor dropped the curfew on Monday."))
    assert curfew.type == "CONCEDE"


def test_prisoner_exchanges_are_releases_and_suppressing_protests_is_force() -> None:
    swap = top(code("The rebels and the army exchanged prisoners near the front line on Tuesday."))
    assert (swap.type, swap.mode) == ("RETREAT", "release")
    crushed = top(code("Soldiers violently suppressed a peaceful protest outside the town hall."))
    assert (crushed.type, crushed.mode) == ("ASSAULT", "crowd-control")


def test_hurling_a_grenade_is_an_explosive_attack() -> None:
    event = top(code("Militants hurled a grenade at a police patrol in the old city."))
    assert (event.type, event.mode) == ("ASSAULT", "explosives")


def test_demands_and_threats_are_on_the_subject_of_their_clause() -> None:
    text = "The Vellorian envoy demanded that Drasnia withdraw its gunboats from the bay."
    envoy, drasnia = mention(text, "Vellorian envoy"), mention(text, "Drasnia")
    demand = next(e for e in code(text, [envoy, drasnia]) if "demanded" in e.why)
    assert (demand.type, demand.actor, demand.recipient) == ("REQUEST", envoy, drasnia)
    text = "Dockworkers threatened to strike unless the Ostrian government raised wages."
    government = mention(text, "Ostrian government", actor_id="OST-GOV", country="OST")
    threat = next(e for e in code(text, [government]) if "threatened" in e.why)
    assert threat.recipient == government


def test_a_reported_obligation_is_a_request_in_a_sentence_with_no_trigger() -> None:
    text = "The Vellorian envoy declared on Tuesday that Drasnia must respect the old border."
    envoy, drasnia = mention(text, "Vellorian envoy"), mention(text, "Drasnia")
    event = top(code(text, [envoy, drasnia]))
    assert (event.type, event.actor, event.recipient) == ("REQUEST", envoy, drasnia)


def test_those_who_die_are_the_recipients() -> None:
    text = "Three Zambian miners died in the shelling of the pit on Sunday."
    miners = mention(text, "Zambian miners", actor_id="ZMB-CVL", country="ZMB", sector="CVL")
    death = next(e for e in code(text, [miners]) if "died" in e.why)
    assert death.recipient == miners and death.actor != miners
    shelling = next(e for e in code(text, [miners]) if "shelling" in e.why)
    assert shelling.actor is None and "'from' object" not in death.why


def test_a_hazard_and_what_it_does_are_one_disaster() -> None:
    text = "A strong earthquake struck the coastal province of Marella on Sunday, killing 14."
    events = code(text)
    assert [(e.type, e.mode) for e in events] == [("DISASTER", "natural")]
    assert events[0].quantities == {"killed": 14}
    assert "includes 'killing', which it caused" in events[0].why


def test_an_industrial_accident_is_no_assault() -> None:
    text = "Three workers were injured when a gas tank exploded at a fertiliser plant near Dovra."
    events = code(text)
    assert [(e.type, e.mode) for e in events] == [("DISASTER", "man-made")]
    assert events[0].quantities == {"wounded": 3}


def test_killed_over_a_deal_is_still_killed() -> None:
    assert top(code("A man was killed over a drug deal on Sunday night.")).type == "ASSAULT"


def test_who_names_an_attack_something_did_not_do_it() -> None:
    attack = top(code("The district commander called the attack a tragedy on Monday."))
    assert (attack.type, attack.actor) == ("ASSAULT", None)


def test_workers_who_strike_protest() -> None:
    assert [e.type for e in code("Teachers at the district's schools will strike on Monday.")] == [
        "PROTEST"
    ]
    assert top(code("Government jets struck rebel positions on Monday.")).type == "ASSAULT"


def test_a_vigil_is_a_peaceful_gathering() -> None:
    text = "Hundreds of neighbors held a candlelight vigil on Friday for the slain teenager."
    assert [(e.type, e.mode) for e in code(text)] == [("PROTEST", "demo")]


def test_a_death_told_after_a_rollover_is_the_crash() -> None:
    events = code("The pickup flipped onto its roof on Route 9 and the driver died at the scene.")
    assert [(e.type, e.mode) for e in events] == [("DISASTER", "man-made")]


def test_an_arrest_told_after_a_fire_is_not_the_fire() -> None:
    events = code("A fire broke out at the warehouse and police arrested two men nearby.")
    assert sorted(e.type for e in events) == ["COERCE", "DISASTER"]


def test_a_death_after_crashing_a_car_is_the_crash() -> None:
    text = "Troopers said a 22-year-old driver was killed after crashing his truck near Marella."
    assert [e.type for e in code(text)] == ["DISASTER"]


@pytest.mark.parametrize(
    ("sentence", "victim"),
    [
        ("A 3-year-old boy drowned in a backyard pool in Linwood on Sunday.", "boy"),
        ("Four people overdosed at a house party in Marsh Creek over the weekend.", "people"),
        ("Two teenagers died of a fentanyl overdose in a motel in Ellery on Friday.", None),
        ("A delivery van and a school bus were involved in a wreck on Route 9.", None),
    ],
)
def test_drownings_overdoses_and_wrecks_are_disasters(sentence: str, victim: str | None) -> None:
    events = [e for e in code(sentence) if e.type == "DISASTER"]
    assert [e.mode for e in events] == ["man-made"], code(sentence)
    if victim is not None:
        assert events[0].recipient is not None and victim in events[0].recipient.text
        assert events[0].actor is None


def test_a_bomb_that_explodes_stays_an_attack() -> None:
    events = code("A roadside bomb killed four soldiers outside Kirovo on Monday.")
    assert [e.type for e in events] == ["ASSAULT"]


@pytest.mark.parametrize(
    "sentence",
    [
        "The appeals court refused to overturn the conviction of the former mayor.",
        "Fighting erupted in the old city after the talks collapsed.",
    ],
)
def test_words_of_disaster_need_their_hazard(sentence: str) -> None:
    assert all(e.type != "DISASTER" for e in code(sentence))


@pytest.mark.parametrize(
    "sentence",
    [
        "A man shoved the cashier to the floor and ran off with the till.",
        "A passenger punched the bus driver twice in the face on Monday night.",
    ],
)
def test_shoving_and_punching_are_beatings(sentence: str) -> None:
    assert ("ASSAULT", "beat") in [(e.type, e.mode) for e in code(sentence)]


def test_a_falling_tree_that_kills_is_a_disaster_not_an_attack() -> None:
    text = "A man was killed when a large oak tree fell on his car in Harlow on Saturday."
    events = code(text)
    assert [(e.type, e.mode) for e in events] == [("DISASTER", "natural")]
    assert events[0].quantities == {"killed": 1}
    brush = code("A brush fire forced the closure of Route 9 near Harlow on Sunday.")
    assert ("DISASTER", "natural") in [(e.type, e.mode) for e in brush]
    assert all(e.type != "DISASTER" for e in code("Share prices fell sharply in Harlow."))


def test_vandalism_is_a_crime_done_to_property() -> None:
    text = "Six parked cars were vandalised on Harlow Street overnight, police said."
    crime = [e for e in code(text) if e.type == "CRIME"]
    assert [e.mode for e in crime] == ["vandalism"]
    assert crime[0].recipient is not None and "cars" in crime[0].recipient.text
    nouns = code("The school reported a spate of vandalism at its sports field last week.")
    assert ("CRIME", "vandalism") in [(e.type, e.mode) for e in nouns]


def test_an_arrest_for_smuggling_is_an_arrest_and_a_crime() -> None:
    text = "Border police arrested four men suspected of smuggling heroin across the river."
    kinds = {(e.type, e.mode) for e in code(text)}
    assert {("COERCE", "arrest"), ("CRIME", "trafficking")} <= kinds


def test_a_claim_of_responsibility_keeps_the_attack_it_claims() -> None:
    text = "The Eastern Front claimed responsibility for the bombing of a bus depot in Salta."
    front = mention(text, "Eastern Front", actor_id="ef", name="Eastern Front", sector="REB")
    events = code(text, [front])
    claim = next(e for e in events if e.type == "CLAIM")
    assert (claim.mode, claim.actor) == ("claim", front)
    assert any(e.type == "ASSAULT" for e in events)


def test_an_attribution_keeps_the_act_it_attributes() -> None:
    text = "The ministry said the Red Hand militia was responsible for the massacre in Oruva."
    kinds = {(e.type, e.mode) for e in code(text)}
    assert ("CLAIM", "attribute") in kinds
    assert any(kind == "ASSAULT" for kind, _ in kinds)


def test_freed_villages_are_territory_and_freed_captives_are_not() -> None:
    villages = top(code("Government troops freed four villages from the militants on Friday."))
    assert (villages.type, villages.mode) == ("ASSAULT", "territory")
    worker = top(code("A court in Dovra freed an aid worker held in the district for a year."))
    assert (worker.type, worker.mode) == ("RETREAT", "release")


def test_a_handover_of_territory_is_a_withdrawal() -> None:
    event = top(code("The rebels handed over the district to the army under the deal."))
    assert (event.type, event.mode) == ("RETREAT", "withdraw")


def test_harm_joined_by_and_is_part_of_the_hazard() -> None:
    text = "Nine people were killed and twenty injured when a fuel depot exploded near the port."
    events = code(text)
    assert [(e.type, e.mode) for e in events] == [("DISASTER", "man-made")]
    assert events[0].quantities["killed"] == 9


def test_every_packaged_trigger_has_a_one_word_head() -> None:
    onto = EventStage(Settings()).ontology
    heads = [head for index in onto.triggers.values() for head in index]
    assert heads and all(" " not in head and "|" not in head for head in heads)


@pytest.mark.parametrize(
    ("sentence", "kind"),
    [
        ("The army dispatched reinforcements to the northern front on Monday.", "MOBILIZE"),
        ("The government closed the Varnian consulate in the port city.", "SANCTION"),
        ("Fire crews battled a warehouse fire at the docks in Kelso overnight.", "DISASTER"),
        ("Police broke up a drug ring operating from a garage in Tarrow.", "CRIME"),
    ],
)
def test_more_triggers(sentence: str, kind: str) -> None:
    assert kind in {e.type for e in code(sentence)}


def test_phrase_words_are_found_through_a_quantifier() -> None:
    event = top(code("The army has established a number of barracks near the Tessa pass."))
    assert (event.type, event.mode) == ("MOBILIZE", "troops")
    found = top(code("Police found a stash of rifles and grenades in a farmhouse near Orly."))
    assert (found.type, found.mode) == ("COERCE", "seize")


def test_a_hyphenated_participle_is_a_state_not_an_event() -> None:
    text = "Troops advanced on the rebel-occupied town of Marso on Sunday."
    assert all(e.mode != "territory" for e in code(text))


def test_a_bomb_that_explodes_in_a_container_is_an_attack() -> None:
    text = "A bomb hidden in a rubbish container exploded outside the court in Vessa."
    assert "DISASTER" not in {e.type for e in code(text)}


def test_a_device_that_explodes_is_told_by_the_verb() -> None:
    text = "A parcel held a device that exploded at the tram stop in Vessa, wounding nine people."
    attack = top(code(text))
    assert (attack.type, attack.mode) == ("ASSAULT", "explosives")
    assert text[attack.mentions[0].start : attack.mentions[0].end] == "exploded"
    assert code("Sales of the new phone exploded in Vessa last month.") == []


def test_a_clause_of_time_is_not_what_was_promised() -> None:
    text = "The president vowed an inquiry after seven villagers were murdered by a mob in Tarso."
    murder = next(e for e in code(text) if e.type == "ASSAULT")
    assert murder.status == "asserted"
    assert murder.mode == "targeted"


def test_status_does_not_cross_a_paragraph_break() -> None:
    text = "Units will move.\n\nRebels seized Varno."
    tagged = nlp.load()(text)
    doc = Doc(
        tagged.vocab,
        words=[t.text for t in tagged],
        spaces=[bool(t.whitespace_) for t in tagged],
        heads=[2, 2, 2, 2, 3, 6, 2, 6, 6],  # a wrong parse: "seized" hangs from "move"
        deps=["nsubj", "aux", "ROOT", "punct", "dep", "nsubj", "xcomp", "dobj", "punct"],
        pos=[t.pos_ for t in tagged],
        lemmas=[t.lemma_ for t in tagged],
    )
    assert doc.text == text
    result = Result(article=Article(text=text, published=PUBLISHED))
    seized = next(e for e in EventStage(Settings())(result, doc) if "seized" in e.why)
    assert seized.status == "asserted"


def test_fighters_reported_present_are_counted() -> None:
    text = "General Omar Ladi said some 3,000 rebel fighters were still in the hills above Kessa."
    ladi = mention(text, "General Omar Ladi", actor_id="ladi", name="Omar Ladi")
    event = next(e for e in code(text, [ladi]) if e.type == "MOBILIZE")
    assert (event.mode, event.quantities) == ("presence", {"fighters": 3000})
    assert event.reported_by == "Omar Ladi"
    captured = code("Some 500 militants were captured in Dorra on Monday.")
    assert [(e.type, e.quantities) for e in captured] == [("ASSAULT", {"captured": 500})]


def test_irregular_forms_the_lemmatizer_misses_still_trigger() -> None:
    event = top(code("Opposition fighters retook the town of Sarvo from government forces."))
    assert (event.type, event.mode) == ("ASSAULT", "territory")


def test_an_act_after_which_something_will_happen_is_asserted() -> None:
    text = "Rebel units will advance on Tellin after seizing the town of Marvo from the army."
    seized = next(e for e in code(text) if "seizing" in e.why)
    assert seized.status == "asserted"


@pytest.mark.parametrize(
    "sentence",
    [
        "An air strike on the depot caused an explosion that killed nine soldiers.",
        "Two workers were killed in a fire at a warehouse in Tavo after shelling hit the port.",
    ],
)
def test_harm_beside_an_attack_stays_with_the_attack(sentence: str) -> None:
    events = code(sentence)
    attack = next(e for e in events if e.type == "ASSAULT" and e.quantities.get("killed"))
    assert len(attack.mentions) >= 2, "the attack and the killing are one happening"
    assert not any(e.quantities.get("killed") for e in events if e.type == "DISASTER")


@pytest.mark.parametrize(
    "sentence",
    [
        "The collapse of the ceasefire left the capital without power for a week.",
        "A leak of cabinet documents embarrassed the interior minister.",
        "An outbreak of fighting in the north forced the talks to a halt.",
        "Thousands of students flooded the streets of the capital on Friday.",
        "The stock market crash wiped out the savings of thousands of families.",
        "The opposition alleged election fraud in three provinces.",
    ],
)
def test_political_uses_of_incident_words_are_not_incidents(sentence: str) -> None:
    assert not {e.type for e in code(sentence)} & {"DISASTER", "CRIME"}


def test_a_flood_that_drives_people_from_their_homes_counts_them() -> None:
    text = (
        "Flash floods swept through Kessa on Monday, killing 12 and forcing 4,000 from their homes."
    )
    events = code(text)
    assert [(e.type, e.mode) for e in events] == [("DISASTER", "natural")]
    assert events[0].quantities == {"killed": 12, "displaced": 4000}


def test_a_joined_clause_with_its_own_subject_keeps_its_own_counts() -> None:
    events = code("A flood killed 12 people in Kessa, and police arrested six looters.")
    assert [(e.type, e.quantities) for e in events] == [
        ("DISASTER", {"killed": 12}),
        ("COERCE", {"arrested": 6}),
    ]


def test_a_guessed_actor_is_the_first_of_a_pair() -> None:
    text = "the Varnian government and the Eastern Front, officials said, agreed"
    government = mention(text, "Varnian government")
    front = mention(text, "Eastern Front")
    officials = mention(text, "officials")
    sentence = nlp.load()(text)[:]
    assert _first_of_pair([government, front], sentence) == government
    assert _first_of_pair([front, officials], sentence) == officials


@pytest.mark.parametrize(
    "sentence",
    [
        "The senator chided the governor for the delays at the border crossing.",
        "The mayor lashed out at the council over the budget on Tuesday.",
        "The opposition leader berated ministers over the hospital closures.",
        "The union hit out at the company's decision to cut jobs.",
        "The prime minister ridiculed the opposition's tax plan in parliament.",
    ],
)
def test_words_of_verbal_attack_are_criticism(sentence: str) -> None:
    event = top(code(sentence))
    assert (event.type, event.mode) == ("ACCUSE", "disapprove")


def test_encouraging_an_act_is_a_request_for_it_not_the_act() -> None:
    events = code("An Islamic State member encouraged him to carry out an attack in Ohio.")
    assert [e.type for e in events] == ["REQUEST"]
