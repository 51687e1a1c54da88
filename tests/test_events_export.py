"""ACLED rows and PLOVER records built from events."""

from __future__ import annotations

import csv
import json

from typer.testing import CliRunner

from dateline.cli import app
from dateline.events import acled, files, plover
from dateline.models import Actor, Article, Event, Place, Result
from dateline.store.database import Store

ACLED_HEADER = (
    "event_id_cnty", "event_date", "year", "time_precision", "disorder_type", "event_type",
    "sub_event_type", "actor1", "assoc_actor_1", "inter1", "actor2", "assoc_actor_2", "inter2",
    "interaction", "civilian_targeting", "iso", "region", "country", "admin1", "admin2",
    "admin3", "location", "latitude", "longitude", "geo_precision", "source", "source_scale",
    "notes", "fatalities", "tags", "timestamp",
)  # fmt: skip

SENTENCE = "Jets from the air force struck a market in Sarmada, killing 9 civilians."


def _result(*events: Event) -> Result:
    article = Article(text=SENTENCE, published="2021-03-10", source="Example Wire")
    return Result(article=article, events=list(events))


def _strike(**changes: object) -> Event:
    air_force = Actor("air force", 14, 23, actor_id="SYR-MIL", name="Military Forces of Syria",
                      country="SYR", sector="MIL")  # fmt: skip
    civilians = Actor("civilians", 62, 71, sector="CVL")
    town = Place("Sarmada", 44, 51, geonameid=1, name="Sarmada", country_code="SY",
                 admin1="Idlib", lat=36.18, lon=36.72, feature_code="PPL")  # fmt: skip
    fields = dict(
        type="ASSAULT", sentence=SENTENCE, start=0, end=len(SENTENCE), mode="aerial",
        actor=air_force, recipient=civilians, place=town, date="2021-03-08",
        date_precision="day", quantities={"killed": 9}, confidence=0.8, why="trigger 'struck'",
    )  # fmt: skip
    fields.update(changes)
    return Event(**fields)


def test_acled_header_is_exact() -> None:
    assert acled.COLUMNS == ACLED_HEADER
    (row,) = acled.rows(_result(_strike()), now=0)
    assert tuple(row) == ACLED_HEADER


def test_acled_row_maps_types_inter_codes_and_place() -> None:
    (row,) = acled.rows(_result(_strike()), now=1700000000)
    assert row["event_type"] == "Explosions/Remote violence"
    assert row["sub_event_type"] == "Air/drone strike"
    assert row["disorder_type"] == "Political violence"
    assert (row["inter1"], row["inter2"], row["interaction"]) == (1, 7, 17)
    assert row["civilian_targeting"] == "Civilian targeting"
    assert (row["country"], row["iso"], row["region"]) == ("Syria", 760, "Middle East")
    assert (row["location"], row["admin1"], row["geo_precision"]) == ("Sarmada", "Idlib", 1)
    assert (row["event_date"], row["year"], row["time_precision"]) == ("2021-03-08", 2021, 1)
    assert row["fatalities"] == 9
    assert row["event_id_cnty"].startswith("SYR")
    assert row["actor1"] == "Military Forces of Syria"
    assert row["timestamp"] == 1700000000


def test_acled_sub_events_follow_modes_and_participants() -> None:
    ground = "Rebels and soldiers fought for the town."
    clash = _strike(mode="clash", sentence=ground, recipient=Actor("rebels", 0, 6, sector="REB"))
    assert acled.classify(clash) == ("Battles", "Armed clash")
    rebels = Actor("rebels", 0, 6, sector="REB")
    town = _strike(mode="territory", sentence=ground, actor=rebels)
    assert acled.classify(town) == ("Battles", "Non-state actor overtakes territory")
    riot = _strike(type="PROTEST", mode="riot", actor=Actor("youths", 0, 6, sector="CVL"))
    assert acled.classify(riot) == ("Riots", "Violent demonstration")
    assert acled.inter(riot.actor, riot) == 5
    arrest = _strike(type="COERCE", mode="arrest")
    assert acled.classify(arrest) == ("Strategic developments", "Arrests")
    assert acled.classify(_strike(type="CONSULT", mode=None)) is None


def test_acled_leaves_out_unasserted_events_and_dates_by_precision() -> None:
    assert acled.rows(_result(_strike(status="future"))) == []
    (row,) = acled.rows(_result(_strike(date="2021-W10", date_precision="week")))
    assert (row["event_date"], row["time_precision"]) == ("2021-03-10", 2)
    (row,) = acled.rows(_result(_strike(date="2020-11", date_precision="month")))
    assert (row["event_date"], row["time_precision"]) == ("2020-11-01", 3)


def test_plover_record() -> None:
    promise = _strike(type="AID", mode="humanitarian", status="future", quantities={})
    strike, pledge = plover.records(_result(_strike(), promise))
    assert strike["event"] == ["ASSAULT"] and strike["mode"] == ["aerial"]
    assert strike["actor"][0]["code"] == "SYR" and strike["actor"][0]["sector"] == "MIL"
    assert strike["dead"] == 9 and strike["quad_code"] == 4
    assert strike["event_loc"]["name"] == "Sarmada"
    assert strike["date"] == "2021-03-08"
    assert pledge["event"] == ["AGREE"] and pledge["event_type"] == "AID"
    assert pledge["status"] == "future"


def test_event_files(tmp_path) -> None:
    flood = _strike(type="DISASTER", mode="natural", actor=None, recipient=None)
    results = [_result(_strike(), _strike(type="CONSULT", mode=None), flood)]
    count = files.write(results, "acled", tmp_path / "events.csv")
    with open(tmp_path / "events.csv", newline="", encoding="utf-8") as handle:
        rows = list(csv.reader(handle))
    assert count == 1 and tuple(rows[0]) == ACLED_HEADER and len(rows) == 2
    count = files.write(results, "plover", tmp_path / "events.json")
    records = json.loads((tmp_path / "events.json").read_text())
    assert count == 2 and [r["event"] for r in records] == [["ASSAULT"], ["CONSULT"]]


def test_cli_exports_acled_and_plover_from_a_store(tmp_path) -> None:
    db = tmp_path / "events.duckdb"
    with Store(db) as store:
        store.write([_result(_strike(), _strike(type="CONSULT", mode=None))])
    runner = CliRunner()
    out = tmp_path / "acled.csv"
    done = runner.invoke(app, ["export", "--db", str(db), "--format", "acled", "-o", str(out)])
    assert done.exit_code == 0, done.output
    header, row = list(csv.reader(out.open(encoding="utf-8")))
    assert tuple(header) == ACLED_HEADER and row[6] == "Air/drone strike"
    out = tmp_path / "plover.json"
    done = runner.invoke(app, ["export", "--db", str(db), "--format", "plover", "-o", str(out)])
    assert done.exit_code == 0, done.output
    assert [r["event"] for r in json.loads(out.read_text())] == [["ASSAULT"], ["CONSULT"]]


def test_acled_weapons_destroyed_gas_and_arrests_at_protests() -> None:
    cache = "Commandos destroyed a cache of rockets and landmines near the river."
    destroyed = _strike(mode="destroy", sentence=cache)
    assert acled.classify(destroyed) == ("Strategic developments", "Disrupted weapons use")
    gas = _strike(mode=None, sentence="Shells filled with poisonous gas hit the camp.")
    assert acled.classify(gas) == ("Explosions/Remote violence", "Chemical weapon")
    rally = "Police detained forty students at a rally outside the ministry."
    arrest = _strike(type="COERCE", mode="arrest", sentence=rally)
    assert acled.classify(arrest) == ("Protests", "Protest with intervention")


def test_acled_weapons_destroyed_from_the_air_are_air_strikes() -> None:
    raid = "Warplanes destroyed an arms depot and a cache of explosives near the border."
    assert acled.classify(_strike(mode="destroy", sentence=raid)) == (
        "Explosions/Remote violence",
        "Air/drone strike",
    )


def test_acled_clashes_under_tear_gas_are_a_violent_demonstration() -> None:
    scene = "Police fired tear gas as protesters threw stones and clashed with officers."
    gas = _strike(mode="crowd-control", sentence=scene)
    assert acled.classify(gas) == ("Riots", "Violent demonstration")


def test_acled_seized_guns_are_disrupted_weapons_use() -> None:
    guns = "Police seized eight guns and hundreds of bullets in a raid on the farm."
    seized = _strike(type="COERCE", mode="seize", sentence=guns)
    assert acled.classify(seized) == ("Strategic developments", "Disrupted weapons use")


def test_acled_leaves_out_sanctions_whatever_they_target() -> None:
    text = "The council imposed new sanctions over the missile and rocket tests."
    assert acled.classify(_strike(type="COERCE", mode="restrict", sentence=text)) is None


def test_incidents_outside_plover_stay_out_of_both_exports() -> None:
    quake = _strike(type="DISASTER", mode="natural")
    result = _result(quake)
    assert plover.records(result) == []
    assert acled.rows(result, now=0) == []


def test_acled_force_against_protesters_needs_harm_and_crime_is_not_coded() -> None:
    police = Actor("police", 0, 6, sector="COP")
    dispersed = "Police fired tear gas to disperse the march near the harbour."
    gas = _strike(mode="crowd-control", sentence=dispersed, actor=police, recipient=None)
    assert acled.classify(gas) == ("Protests", "Protest with intervention")
    shot = "Police shot dead two marchers and wounded nine as they dispersed the protest."
    force = _strike(mode=None, sentence=shot, actor=police, recipient=None)
    assert acled.classify(force) == ("Protests", "Excessive force against protesters")
    haul = "Customs officers arrested three men and seized 40 kilos of cocaine at the port."
    assert acled.classify(_strike(type="COERCE", mode="arrest", sentence=haul)) is None


def test_acled_territory_taken_after_a_withdrawal_is_a_transfer() -> None:
    after = "Militants took control of Marsa after government forces withdrew from the port."
    taken = _strike(mode="territory", sentence=after, actor=Actor("Militants", 0, 9, sector="REB"))
    assert acled.classify(taken) == ("Strategic developments", "Non-violent transfer of territory")
    air = _strike(sentence="Two air strikes hit the depot.", mode=None)
    assert acled.classify(air) == ("Explosions/Remote violence", "Air/drone strike")


def test_acled_protesters_who_block_roads_riot_even_when_police_disperse_them() -> None:
    blocked = "Protesters blocked the ring road with burning tyres before police dispersed them."
    protest = _strike(type="PROTEST", mode="demo", sentence=blocked, recipient=None)
    assert acled.classify(protest) == ("Riots", "Violent demonstration")
    calm = "Police dispersed a silent march of nurses outside the health ministry."
    assert acled.classify(_strike(type="PROTEST", mode="demo", sentence=calm)) == (
        "Protests",
        "Protest with intervention",
    )


def test_acled_a_march_against_violence_is_peaceful() -> None:
    against = "Thousands marched through Lorne to condemn violence against women."
    assert acled.classify(_strike(type="PROTEST", mode="demo", sentence=against)) == (
        "Protests",
        "Peaceful protest",
    )


def test_acled_armed_forces_are_not_arms_and_intercepted_people_are_not_weapons() -> None:
    held = "The armed forces detained forty suspected militants near the border."
    assert acled.classify(_strike(type="COERCE", mode="arrest", sentence=held)) == (
        "Strategic developments",
        "Arrests",
    )
    stopped = "Coast guards intercepted a boat carrying twelve suspects off Lerro."
    assert acled.classify(_strike(type="COERCE", mode="seize", sentence=stopped)) != (
        "Strategic developments",
        "Disrupted weapons use",
    )
    raid = "Soldiers raided homes in Tivo and detained nine men."
    assert acled.classify(_strike(type="COERCE", mode="seize", sentence=raid))[1] == "Arrests"
