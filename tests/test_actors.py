"""The actors stage on articles and sentences written for these tests."""

from __future__ import annotations

from pathlib import Path

import pytest

from dateline import nlp
from dateline.actors import ActorStage
from dateline.config import Settings
from dateline.models import Actor, Article, Place, Result

FIXTURES = Path(__file__).parent / "fixtures" / "actors"


@pytest.fixture(scope="module")
def stage() -> ActorStage:
    return ActorStage(Settings())


def actors(stage: ActorStage, text: str, places: list[Place] | None = None) -> list[Actor]:
    result = Result(article=Article(text=text), places=places or [])
    return stage(result, nlp.load()(text))


def by_text(found: list[Actor]) -> dict[str, Actor]:
    return {actor.text: actor for actor in found}


@pytest.fixture(scope="module")
def report(stage: ActorStage) -> dict[str, list[Actor]]:
    text = (FIXTURES / "border-report.txt").read_text()
    found: dict[str, list[Actor]] = {}
    for actor in actors(stage, text):
        found.setdefault(actor.text, []).append(actor)
    return found


def test_offsets_point_into_the_text(stage: ActorStage) -> None:
    text = (FIXTURES / "border-report.txt").read_text()
    for actor in actors(stage, text):
        assert text[actor.start : actor.end] == actor.text


def test_aliases_of_one_group_collapse_to_one_actor(report: dict[str, list[Actor]]) -> None:
    names = ["IS", "Islamic State group", "Daesh", "ISIL", "ISIS fighters"]
    assert {report[name][0].actor_id for name in names} == {"ISIS"}
    assert report["Daesh"][0].sector == "REB"


def test_person_resolved_through_title_and_later_surname(
    report: dict[str, list[Actor]],
) -> None:
    person = report["Major General Jane Holloway"][0]
    assert person.kind == "person"
    assert person.sector == "MIL"
    assert person.role == "Major General"
    assert person.affiliation == "USCOALITION"
    later = report["Holloway"][0]
    assert later.actor_id == person.actor_id
    assert later.start > person.start


def test_generic_references_resolve_to_the_actor_they_refer_back_to(
    report: dict[str, list[Actor]],
) -> None:
    assert report["The extremists"][0].actor_id == "ISIS"
    assert report["The militants"][0].actor_id == "ISIS"
    assert report["the coalition"][0].actor_id == "USCOALITION"


def test_country_forces_patterns(report: dict[str, list[Actor]]) -> None:
    assert report["Iraqi security forces"][0].actor_id == "IRQ-MIL"
    assert report["Turkish army"][0].actor_id == "TUR-MIL"
    backed = report["Russian-backed Syrian regime forces"][0]
    assert (backed.actor_id, backed.associate) == ("SYR-MIL", "RUS")
    government = report["Iraq's government"][0]
    assert (government.actor_id, government.sector, government.country) == ("IRQ-GOV", "GOV", "IRQ")


def test_capital_named_for_its_government(report: dict[str, list[Actor]]) -> None:
    assert report["Baghdad"][0].actor_id == "IRQ-GOV"
    assert len(report["Baghdad"]) == 1, "'told reporters in Baghdad' is a place, not an actor"
    assert report["the central government"][0].actor_id == "IRQ-GOV"


def test_countries_act_only_when_the_syntax_says_so(report: dict[str, list[Actor]]) -> None:
    assert report["Russia"][0].actor_id == "RUS"
    assert report["Turkey"][0].kind == "state"
    assert "Iraq" not in report, "'a third of Iraq' is a place"


def test_places_stage_decides_capital_as_government(stage: ActorStage) -> None:
    text = "Officials in Baghdad rejected the plan."
    start = text.index("Baghdad")
    place = Place(text="Baghdad", start=start, end=start + 7, country_code="IQ", government=True)
    assert by_text(actors(stage, text, [place]))["Baghdad"].actor_id == "IRQ-GOV"
    text = "The convoy drove between Baghdad and Basra."
    start = text.index("Baghdad")
    plain = Place(text="Baghdad", start=start, end=start + 7, country_code="IQ")
    assert "Baghdad" not in by_text(actors(stage, text, [plain]))
    text = "Washington imposed new sanctions."
    place = Place(text="Washington", start=0, end=10, country_code="US")
    assert by_text(actors(stage, text, [place]))["Washington"].actor_id == "USA-GOV"


def test_coordinated_demonyms_share_a_role(stage: ActorStage) -> None:
    found = by_text(actors(stage, "Senior Hungarian and Romanian officials met on Wednesday."))
    assert found["Hungarian"].actor_id == "HUN-GOV"
    assert found["Romanian officials"].actor_id == "ROU-GOV"


def test_backed_by_names_an_associate(stage: ActorStage) -> None:
    text = "The Syrian Democratic Forces, backed by the US-led coalition, took the town."
    found = by_text(actors(stage, text))
    assert found["Syrian Democratic Forces"].associate == "USCOALITION"


def test_nationals_are_their_countrys_civilians(stage: ActorStage) -> None:
    found = by_text(actors(stage, "Gunmen shot three Iraqis while Palestinians protested."))
    assert found["Iraqis"].actor_id == "IRQ-CVL"
    assert found["Palestinians"].sector == "CVL"


def test_acronyms_match_only_in_capitals(stage: ActorStage) -> None:
    found = by_text(actors(stage, "The car is parked where it is, said the UN."))
    assert set(found) == {"UN"}


@pytest.mark.parametrize(
    ("text", "name", "actor_id"),
    [
        ("Japan halted economic aid to Serbia on Tuesday.", "Serbia", "SRB"),
        ("The council renewed sanctions on Iran.", "Iran", "IRN"),
        ("The minister cancelled a visit to Washington.", "Washington", "USA-GOV"),
        ("Ukraine accuses Russia of sending tanks.", "Russia", "RUS"),
        ("Fighting continued in Syria on Sunday.", "Syria", None),
        ("Troops massed on the border with Syria.", "Syria", None),
        ("Thousands fled to Lebanon last year.", "Lebanon", None),
    ],
)
def test_country_names_as_actors_or_places(
    stage: ActorStage, text: str, name: str, actor_id: str | None
) -> None:
    found = by_text(actors(stage, text))
    assert (found[name].actor_id if name in found else None) == actor_id


def test_country_before_a_title_gives_a_person_their_country(stage: ActorStage) -> None:
    text = "British Defence Secretary Alan Brookfield promised more aid. Brookfield said so."
    found = by_text(actors(stage, text))
    person = found["British Defence Secretary Alan Brookfield"]
    assert (person.country, person.sector, person.affiliation) == ("GBR", "GOV", "GBR-GOV")
    assert found["Brookfield"].actor_id == person.actor_id


def test_unnamed_members_and_spokesmen_stay_with_their_group(stage: ActorStage) -> None:
    text = "A Pentagon spokesman said a commander in the Syrian Democratic Forces was wounded."
    found = by_text(actors(stage, text))
    assert found["Pentagon spokesman"].actor_id == "USA-MIL"
    member = found["a commander"]
    assert (member.actor_id, member.role) == ("SDF", "commander")


def test_bare_roles_take_the_articles_country(stage: ActorStage) -> None:
    text = (
        "Kenyan police said the attack near Mandera was the third this month. "
        "Unidentified gunmen opened fire on a bus, and the army later sealed the road "
        "while villagers fled."
    )
    found = by_text(actors(stage, text))
    assert found["Kenyan police"].actor_id == "KEN-COP"
    assert found["Unidentified gunmen"].actor_id == "KEN-UAF"
    assert found["the army"].actor_id == "KEN-MIL"
    assert found["villagers"].sector == "CVL"


def test_countries_the_ner_takes_for_people_stay_countries(stage: ActorStage) -> None:
    text = "Jordanian King Abdullah met envoys as Mali protested."
    found = by_text(actors(stage, text))
    assert found["Jordanian King Abdullah"].country == "JOR"
    assert all(not a.actor_id.startswith("person:mali") for a in found.values())


def test_roles_behind_a_possessive_pronoun(stage: ActorStage) -> None:
    text = "The Iraqi government said its forces would respond. Hamas said its fighters withdrew."
    found = by_text(actors(stage, text))
    assert found["its forces"].actor_id == "IRQ-MIL"
    assert found["its fighters"].actor_id == "HAMAS"


def test_acronyms_in_a_headline_written_in_capitals_are_words(stage: ActorStage) -> None:
    assert actors(stage, "WHAT IS NEXT FOR THE BORDER TOWNS") == []
    assert by_text(actors(stage, "IS seized the town."))["IS"].actor_id == "ISIS"


def test_bare_roles_without_a_country_keep_their_sector(stage: ActorStage) -> None:
    found = by_text(actors(stage, "Police arrested three protesters after gunmen fired shots."))
    assert (found["Police"].actor_id, found["Police"].sector) == ("COP", "COP")
    assert found["protesters"].actor_id == "PRO"
    assert found["gunmen"].sector == "UAF"
    assert found["Police"].country is None


def test_sheriffs_deputies_and_state_troopers_are_police(stage: ActorStage) -> None:
    text = (
        "Deputies arrested the driver after the crash, the Kern County Sheriff's Office said. "
        "Troopers with the Highway Patrol closed the road for two hours."
    )
    found = by_text(actors(stage, text))
    for name in ("Deputies", "Sheriff's Office", "Troopers", "the Highway Patrol"):
        assert found[name].sector == "COP", name


def test_led_forces_and_made_in_adjectives(stage: ActorStage) -> None:
    found = by_text(actors(stage, "Militias fired Chinese-made rockets at US-led forces."))
    assert found["US-led forces"].actor_id == "USA-MIL"
    assert "Chinese" not in found


def test_led_by_names_a_leader_not_a_backer(stage: ActorStage) -> None:
    text = "The Rapid Support Forces, led by Mohamed Hamdan Dagalo, took the town."
    found = by_text(actors(stage, text))
    assert found["Rapid Support Forces"].associate is None
    assert found["Mohamed Hamdan Dagalo"].affiliation == "RSF"


def test_datelines_and_longer_names_are_not_actors(stage: ActorStage) -> None:
    found = actors(stage, "KYIV, March 12 - Settlers raided the West Bank, the U.S. said.")
    assert "KYIV" not in by_text(found)
    assert "WEST" not in {actor.actor_id for actor in found}
    assert by_text(found)["U.S."].actor_id == "USA"


def test_protest_report_by_the_articles_country(stage: ActorStage) -> None:
    text = (FIXTURES / "protest-report.txt").read_text()
    found = by_text(actors(stage, text))
    assert found["Police"].actor_id == "KEN-COP", "after a dateline's dash"
    assert found["parliament"].actor_id == "KEN-LEG"
    assert "Kenya" not in found, "part of 'Amnesty International Kenya'"
    official = found["President Grace Wanjiru"]
    assert (official.country, official.sector, official.affiliation) == ("KEN", "GOV", "KEN-GOV")
    assert found["Opposition leader Amos Kiprono"].sector == "OPP"


def test_person_entities_made_of_dictionary_words_are_not_people(stage: ActorStage) -> None:
    found = by_text(actors(stage, "Bosnian Serbs demanded a truce on Tuesday."))
    assert found["Bosnian Serbs"].actor_id == "BIH-CVL"
    text = "Iran's religious leader Ayatollah Reza Tabrizi rejected the proposal."
    assert by_text(actors(stage, text))[text[:46]].country == "IRN"


def test_the_group_refers_to_the_nearest_group_of_any_fitting_kind(stage: ActorStage) -> None:
    text = (
        "Boko Haram attacked a village on Monday. "
        "Human Rights Watch condemned the raid, and the group called for an inquiry."
    )
    assert by_text(actors(stage, text))["the group"].actor_id == "HRW"


def test_capitals_on_a_journey_are_places(stage: ActorStage) -> None:
    assert actors(stage, "The convoy drove between Baghdad and Basra.") == []


def test_forces_named_after_a_people_depend_on_the_country(stage: ActorStage) -> None:
    syria = "Syrian troops clashed with Kurdish forces near Raqqa, a city in Syria."
    iraq = "Iraqi troops entered Kirkuk as Kurdish fighters withdrew from Iraq's north."
    assert by_text(actors(stage, syria))["Kurdish forces"].actor_id == "SDF"
    assert by_text(actors(stage, iraq))["Kurdish fighters"].actor_id == "PESHMERGA"


def test_curly_quotes_and_british_spellings_match(stage: ActorStage) -> None:
    text = "The Kurdistan Workers’ Party attacked and the Popular Mobilization Forces replied."
    found = by_text(actors(stage, text))
    assert found["Kurdistan Workers’ Party"].actor_id == "PKK"
    assert found["Popular Mobilization Forces"].actor_id == "PMF"


def test_bodies_named_after_a_group_keep_the_group(stage: ActorStage) -> None:
    found = by_text(actors(stage, "The UN Support Mission in Libya condemned the attack."))
    assert found["UN"].actor_id == "UN"
    found = by_text(actors(stage, "A former Rwandan planning minister was arrested."))
    assert found["Rwandan planning minister"].actor_id == "RWA-GOV"


def test_bare_roles_take_the_country_they_are_located_in(stage: ActorStage) -> None:
    text = "Security forces in Guinea fired tear gas at students throughout the capital, Conakry."
    found = by_text(actors(stage, text))
    assert found["Security forces"].actor_id == "GIN-MIL"
    assert "located" in found["Security forces"].why
    text = "Gunmen based in Tripoli stormed a checkpoint as Egyptian officials watched."
    assert by_text(actors(stage, text))["Gunmen"].actor_id == "LBY-UAF"


def test_ethnic_peoples_are_not_a_countrys_nationals(stage: ActorStage) -> None:
    text = "Ethnic Albanians in southern Serbia demanded a say over local police."
    found = by_text(actors(stage, text))
    assert (found["Ethnic Albanians"].actor_id, found["Ethnic Albanians"].country) == (
        "SRB-CVL",
        "SRB",
    )
    found = by_text(actors(stage, "Two ethnic Uzbek farmers were wounded on Sunday."))
    assert (found["ethnic Uzbek farmers"].actor_id, found["ethnic Uzbek farmers"].country) == (
        "CVL",
        None,
    )
    found = by_text(actors(stage, "Bosnian Serb forces shelled the town overnight."))
    assert found["Bosnian Serb forces"].actor_id == "BIH-MIL"


def test_one_naming_of_a_country_is_counted_once(stage: ActorStage) -> None:
    text = "President Halvor Brenn threatened further action against Russia on Monday."
    start = text.index("Russia")
    russia = Place("Russia", start, start + 6, geonameid=2017370, country_code="RU")
    found = by_text(actors(stage, text, [russia]))
    assert found["President Halvor Brenn"].country is None
    assert found["Russia"].actor_id == "RUS"


def test_a_people_named_with_a_country_is_in_that_country(stage: ActorStage) -> None:
    found = by_text(actors(stage, "Thousands of Syrian Kurds marched through Qamishli on Sunday."))
    kurds = found["Syrian Kurds"]
    assert (kurds.actor_id, kurds.country, kurds.sector) == ("KURDS", "SYR", "CVL")


def test_nationals_of_a_place_belong_to_it_but_not_those_in_it(stage: ActorStage) -> None:
    found = by_text(actors(stage, "The Albanians of southern Serbia demanded self-rule."))
    assert found["Albanians"].actor_id == "SRB-CVL"
    found = by_text(actors(stage, "Americans in Iraq were told to leave by Friday."))
    assert found["Americans"].actor_id == "USA-CVL"


def test_a_named_body_before_its_court_keeps_the_body(stage: ActorStage) -> None:
    text = "A former Kenyan minister was indicted by the UN war crimes tribunal on Monday."
    assert by_text(actors(stage, text))["UN war crimes tribunal"].actor_id == "UN"


def test_a_name_beside_an_office_takes_its_country(stage: ActorStage) -> None:
    text = "The Malawian finance minister, Grace Phiri, announced new taxes on Monday."
    phiri = by_text(actors(stage, text))["Grace Phiri"]
    assert (phiri.country, phiri.sector, phiri.role) == ("MWI", "GOV", "Malawian finance minister")


def test_a_street_the_ner_takes_for_a_person_is_no_actor() -> None:
    from dateline.models import Article
    from dateline.pipeline import Pipeline

    text = (
        "A car pulled up near the intersection of Lake Fenwick Road and Reith Road in Kent "
        "and two people inside opened fire."
    )
    actors = Pipeline().extract(Article(text=text, published="2024-06-12")).actors
    assert not [a for a in actors if a.kind == "person" and "Road" in a.text]
