"""The actor dictionary: its data files, a user's file, and lookup by id and free text."""

from __future__ import annotations

from pathlib import Path

import pytest

from dateline import nlp
from dateline.actors import ActorStage, load
from dateline.actors.lexicon import lexicon
from dateline.config import Settings
from dateline.models import Article, Result

FIXTURES = Path(__file__).parent / "fixtures" / "actors"
SECTORS = {"GOV", "MIL", "REB", "COP", "JUD", "LEG", "OPP", "PTY", "CVL", "BUS", "MED", "JRN",
           "NGO", "IGO", "UAF", "SPY", "REL", "EDU", "LAB", "CRM", "AGR", "REF", "HLH"}  # fmt: skip


def texts(settings: Settings, text: str) -> dict[str, str | None]:
    found = ActorStage(settings)(Result(article=Article(text=text)), nlp.load()(text))
    return {actor.text: actor.actor_id for actor in found}


def test_every_country_has_a_state_and_its_forces() -> None:
    actors = load()
    for country in lexicon().countries:
        assert actors.get(country.iso3).kind == "state"
        for role in ("GOV", "MIL", "COP"):
            assert actors.role(country.iso3, role).country == country.iso3
    assert actors.get("IRQ-MIL").name == "Military Forces of Iraq"
    assert actors.get("IRQ").wikidata == "Q796"


def test_every_actor_has_known_codes() -> None:
    actors = load()
    countries = {country.iso3 for country in lexicon().countries}
    for entry in actors:
        assert entry.country is None or entry.country in countries, entry.id
        assert entry.sector is None or entry.sector in SECTORS, entry.id
        assert set(entry.sectors) <= SECTORS, entry.id
        assert entry.affiliation is None or entry.affiliation in actors, entry.id


def test_named_actors_do_not_share_an_alias() -> None:
    actors = load()
    for alias, ids in actors.by_alias.items():
        named = [i for i in ids if not actors.is_part(i) and actors.get(i).kind != "state"]
        assert len(named) <= 1, (alias, named)


@pytest.mark.parametrize(
    ("text", "actor_id"),
    [
        ("Daesh", "ISIS"),
        ("the Islamic State group", "ISIS"),
        ("Iraqi security forces", "IRQ-MIL"),
        ("The Afghan government", "AFG-GOV"),
        ("US President Donald Trump", "P-TRUMP"),
        ("South African troops", "ZAF-MIL"),
        ("100 Taliban prisoners", "TALIBAN"),
        ("the Chinese ambassador", "CHN-GOV"),
        ("Washington", "USA-GOV"),
        ("The United Nations", "UN"),
        ("Hungarian", "HUN"),
        ("the prime minister", None),
        ("a car bomb", None),
        ("Palestinians", "PSE"),
    ],
)
def test_lookup_by_free_text(text: str, actor_id: str | None) -> None:
    entry = load().lookup(text)
    assert (entry.id if entry else None) == actor_id


def test_all_capital_names_match_only_in_capitals() -> None:
    actors = load()
    assert actors.named("WHO").id == "WHO" and actors.named("the UN").id == "UN"
    assert actors.named("who") is None and actors.lookup("who") is None
    assert actors.named("us") is None and actors.named("U.S.").id == "USA"


def test_get_by_id() -> None:
    isis = load().get("ISIS")
    assert {"ISIL", "Daesh", "Islamic State group"} <= set(isis.aliases)
    assert isis.wikidata == "Q2429253"
    assert load().get("NO-SUCH-ACTOR") is None


def test_user_file_extends_the_dictionary() -> None:
    settings = Settings(actors=FIXTURES / "extend.yaml")
    found = texts(
        settings, "The Northern Hawks attacked Iraqi army posts near the caliphate's army."
    )
    assert found["Northern Hawks"] == "HAWKS"
    assert found["Iraqi army"] == "IRQ-MIL"
    assert found["the caliphate's army"] == "ISIS"
    assert load(FIXTURES / "extend.yaml").get("ISIS").name == "Islamic State"


def test_user_file_replaces_the_dictionary() -> None:
    settings = Settings(actors=FIXTURES / "replace.yaml")
    found = texts(settings, "The Northern Hawks attacked Iraqi army posts held by Daesh.")
    assert found == {"Northern Hawks": "HAWKS"}
    assert len(load(FIXTURES / "replace.yaml")) == 1


def test_user_file_with_unknown_fields_is_rejected(tmp_path: Path) -> None:
    path = tmp_path / "bad.yaml"
    path.write_text("actors:\n  - id: X\n    colour: red\n")
    with pytest.raises(ValueError, match="colour"):
        load(path)


def test_data_files_hold_no_yaml_booleans() -> None:
    """Unquoted on/off/yes/no read as booleans in YAML, not as words."""
    import yaml

    def leaves(value: object) -> list[object]:
        if isinstance(value, dict):
            return [leaf for item in value.values() for leaf in leaves(item)]
        if isinstance(value, list):
            return [leaf for item in value for leaf in leaves(item)]
        return [value]

    for path in (Path(__file__).parents[1] / "dateline" / "actors" / "data").glob("*.yaml"):
        assert not any(isinstance(leaf, bool) for leaf in leaves(yaml.safe_load(path.read_text())))


def test_replacing_dictionary_can_define_country_parts(tmp_path: Path) -> None:
    path = tmp_path / "mine.yaml"
    path.write_text(
        "replace: true\nactors:\n"
        "  - {id: IRQ-MIL, name: Iraqi Army, country: IRQ, sector: MIL, kind: armed forces}\n"
    )
    found = texts(Settings(actors=path), "Iraqi army units clashed with Daesh near Mosul.")
    assert found == {"Iraqi army units": "IRQ-MIL"}


def test_communities_name_known_actors_and_roles() -> None:
    actors = load()
    for community in lexicon().communities:
        assert set(community.roles) <= actors.role_codes
        for mapping in community.roles.values():
            assert all(actor_id in actors for actor_id in mapping.values()), mapping


def test_user_file_with_a_bad_country_code_is_rejected(tmp_path: Path) -> None:
    path = tmp_path / "bad.yaml"
    path.write_text("actors:\n  - {id: X, name: X, country: Iraq}\n")
    with pytest.raises(ValueError, match="3 capitals"):
        load(path)


def test_a_demonym_after_ethnic_names_no_country() -> None:
    assert load().lookup("ethnic Albanian guerrillas") is None
    assert load().lookup("Albanian guerrillas").id == "ALB-REB"
    assert load().lookup("Bosnian Serbs").country == "BIH"
