"""An incident holds a happening and its reported aftermath: a later report of an arrest
in a shooting joins the shooting's incident, in memory, in the store and after a full
re-fusion alike; an arrest in a different shooting does not, and a user's split of an
arrest from its shooting holds."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from dateline import fuse
from dateline.models import Article, Incident, Result
from dateline.pipeline import Pipeline
from dateline.store.database import Store
from dateline.store.incidents import decide, members
from dateline.store.rebuild import rebuild

AFTERMATH = Path(__file__).resolve().parent / "fixtures" / "aftermath"
NAMES = ("shooting", "arrest", "other")


@pytest.fixture(scope="module")
def told(pipeline: Pipeline) -> dict[str, Result]:
    return {
        n: pipeline.extract(Article(**json.loads((AFTERMATH / f"{n}.json").read_text())))
        for n in NAMES
    }


def _key(result: Result, kind: str) -> tuple[str, int]:
    index = next(i for i, e in enumerate(result.events) if e.type == kind)
    return result.article.id, index


def _incident(incidents: list[Incident], key: tuple[str, int]) -> Incident:
    return next(i for i in incidents if key in {(m.article_id, m.event) for m in i.members})


def test_a_later_arrest_joins_the_incident_of_its_shooting(told) -> None:
    incidents = fuse(told.values())
    shooting = _incident(incidents, _key(told["shooting"], "ASSAULT"))
    assert _incident(incidents, _key(told["arrest"], "COERCE")) is shooting
    assert _incident(incidents, _key(told["arrest"], "ASSAULT")) is shooting
    assert shooting.type == "ASSAULT" and shooting.date == "2026-05-03"
    assert shooting.sources == ["Dayton Ledger", "Miami Valley News"]
    assert shooting.articles == 2 and shooting.place.name == "Dayton"


def test_an_arrest_in_another_shooting_stays_apart(told) -> None:
    incidents = fuse(told.values())
    shooting = _incident(incidents, _key(told["shooting"], "ASSAULT"))
    other = _incident(incidents, _key(told["other"], "COERCE"))
    assert other is not shooting
    assert other is _incident(incidents, _key(told["other"], "ASSAULT"))
    assert other.place.name == "Springfield" and other.sources == ["Miami Valley News"]


def _assigned(con) -> list[tuple]:
    return con.execute("SELECT article_id, idx, incident_id FROM events ORDER BY 1, 2").fetchall()


def test_the_store_and_a_rebuild_keep_the_arrest_with_its_shooting(told, tmp_path: Path) -> None:
    with Store(tmp_path / "s.duckdb") as store:
        for name in ("arrest", "shooting"):
            store.write([told[name]])
        con = store.con
        ingested = _assigned(con)
        shooting = dict(((a, i), n) for a, i, n in ingested)[_key(told["shooting"], "ASSAULT")]
        held = set(members(con, shooting))
        assert _key(told["arrest"], "COERCE") in held
        assert rebuild(con) > 0 and _assigned(con) == ingested
        arrest = _key(told["arrest"], "COERCE")
        decide(con, "split", [arrest], sorted(held - {arrest}))
        store.write([told["other"]])
        assert _key(told["other"], "COERCE") not in members(con, shooting)
        assert arrest not in members(con, shooting)
        rebuild(con)
        assert arrest not in members(con, shooting)
