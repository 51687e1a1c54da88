"""The HTTP API over a store of the web fixture articles: filters, GeoJSON, articles, safety."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from fastapi.testclient import TestClient
from fixtures.web.stores import build_store
from typer.testing import CliRunner

from dateline.cli import app
from dateline.store.database import Store
from dateline.web import create_app


@pytest.fixture(scope="module")
def client(tmp_path_factory: pytest.TempPathFactory) -> Iterator[TestClient]:
    db = build_store(tmp_path_factory.mktemp("web") / "web.duckdb")
    with TestClient(create_app(db)) as client:
        yield client


def events(client: TestClient, **params: object) -> list[dict]:
    response = client.get("/api/events", params=params)
    assert response.status_code == 200, response.text
    return response.json()["events"]


def test_events_newest_first_with_article_and_decoded_quantities(client: TestClient) -> None:
    rows = events(client)
    assert [r["place_name"] for r in rows] == ["Nairobi", "Mandalay", "Gao", None, "Mosul"]
    mosul = rows[-1]
    assert mosul["quantities"] == {"killed": 4, "wounded": 7}
    assert mosul["article_title"].startswith("Gunmen kill four soldiers")
    assert mosul["id"] == f"{mosul['article_id']}:0"
    assert mosul["evidence"] == "attacked an army checkpoint"


@pytest.mark.parametrize(
    ("params", "places"),
    [
        ({"type": "ASSAULT"}, {"Mosul", "Gao"}),
        ({"type": ["PROTEST", "COERCE"]}, {"Mandalay", "Nairobi"}),
        ({"country": "ML"}, {"Gao"}),
        ({"actor": "police"}, {"Nairobi"}),
        ({"status": "future"}, {None}),
        ({"since": "2024-05-01", "until": "2024-08-31"}, {"Gao", "Mandalay"}),
        ({"q": "convoy"}, {"Gao"}),
        ({"bbox": "30,-10,50,40"}, {"Mosul", "Nairobi"}),
        ({"near": "36.3,43.1", "radius_km": 100}, {"Mosul"}),
        ({"place": "manda"}, {"Mandalay"}),
    ],
)
def test_event_filters(client: TestClient, params: dict, places: set) -> None:
    assert {r["place_name"] for r in events(client, **params)} == places


def test_sorting_and_paging(client: TestClient) -> None:
    rows = events(client, sort="place", limit=2, offset=1)
    assert [r["place_name"] for r in rows] == ["Mandalay", "Mosul"]
    body = client.get("/api/events", params={"limit": 2}).json()
    assert body["total"] == 5 and len(body["events"]) == 2


@pytest.mark.parametrize(
    ("params", "message"),
    [
        ({"bbox": "1,2,3"}, "bbox takes WEST,SOUTH,EAST,NORTH"),
        ({"bbox": "10,0,5,1"}, "WEST <= EAST"),
        ({"bbox": "0,-95,1,1"}, "latitudes"),
        ({"near": "north"}, "near takes LAT,LON"),
        ({"since": "yesterday"}, "date"),
        ({"since": "2024-05-01", "until": "2024-01-01"}, "is after"),
        ({"status": "rumoured"}, "status must be one of asserted"),
        ({"sort": "colour"}, "sort must be one of"),
        ({"limit": 0}, "greater than or equal to 1"),
        ({"type": "ASSAULT;DROP"}, "an event type such as ASSAULT"),
        ({"radius_km": -1}, "greater than 0"),
    ],
)
def test_bad_parameters_get_a_clear_422(client: TestClient, params: dict, message: str) -> None:
    response = client.get("/api/events", params=params)
    assert response.status_code == 422
    assert message in response.text


def test_geojson_has_points_for_placed_events_only(client: TestClient) -> None:
    response = client.get("/api/events.geojson", params={"type": "ASSAULT"})
    assert response.headers["content-type"].startswith("application/geo+json")
    body = response.json()
    assert body["type"] == "FeatureCollection" and body["total"] == 2
    gao = next(f for f in body["features"] if f["properties"]["place"] == "Gao")
    assert gao["geometry"] == {"type": "Point", "coordinates": [-0.0447, 16.2717]}
    assert gao["properties"]["magnitude"] == 12
    assert len(client.get("/api/events.geojson").json()["features"]) == 4
    empty = client.get("/api/events.geojson", params={"country": "FR"}).json()
    assert empty == {"type": "FeatureCollection", "total": 0, "features": []}
    assert len(client.get("/api/events.geojson", params={"limit": 1}).json()["features"]) == 1


def test_timeline_bins(client: TestClient) -> None:
    body = client.get("/api/timeline", params={"interval": "month"}).json()
    assert body["interval"] == "month"
    assert [(b["start"], b["count"]) for b in body["bins"]] == [
        ("2024-03-01", 2),
        ("2024-05-01", 1),
        ("2024-08-01", 1),
        ("2024-10-01", 1),
    ]
    assert client.get("/api/timeline").json()["interval"] == "week"
    assert client.get("/api/timeline", params={"interval": "hour"}).status_code == 422


def test_one_event_by_id(client: TestClient) -> None:
    first = events(client, place="Gao")[0]
    assert client.get(f"/api/events/{first['id']}").json()["sentence"] == first["sentence"]
    assert client.get(f"/api/events/{first['article_id']}:99").status_code == 404
    assert client.get("/api/events/nonsense").status_code == 422


def test_articles_and_article_layers(client: TestClient) -> None:
    listing = client.get("/api/articles").json()
    assert listing["total"] == 4
    mosul = next(a for a in listing["articles"] if "Mosul" in a["title"])
    assert mosul["events"] == 2
    article = client.get(f"/api/articles/{mosul['id']}").json()
    text = article["article"]["text"]
    assert {p["name"] for p in article["places"]} == {"Mosul"}
    event = article["events"][0]
    assert text[event["start"] : event["end"]] == "attacked an army checkpoint"
    assert article["quotes"][0]["speaker"]["name"] == "Ahmed Saleh"
    assert article["sources"][0]["url"] == "https://news.example/mosul-checkpoint"
    assert client.get("/api/articles/" + "0" * 20).status_code == 404
    assert client.get("/api/articles/not-an-id").status_code == 422


def test_quotes_places_and_stats(client: TestClient) -> None:
    quotes = client.get("/api/quotes", params={"speaker": "saleh"}).json()["quotes"]
    assert [q["text"] for q in quotes] == ["They came at night in two pickup trucks"]
    places = client.get("/api/places", params={"country": "ke"}).json()["places"]
    assert [(p["name"], p["mentions"]) for p in places] == [("Nairobi", 1)]
    stats = client.get("/api/stats").json()
    assert stats["counts"]["events"] == 5
    assert stats["events_by_type"]["ASSAULT"] == 2
    assert stats["events_by_status"] == {"asserted": 4, "future": 1}
    assert stats["event_dates"] == {"first": "2024-03-02", "last": "2024-10-01"}


def test_headers_keep_article_text_inert(client: TestClient) -> None:
    headers = client.get("/api/stats").headers
    policy = headers["content-security-policy"]
    assert "script-src 'self'" in policy and "default-src 'none'" in policy
    assert "unsafe-inline" not in policy.split("style-src")[0]
    assert headers["x-content-type-options"] == "nosniff"


def test_article_text_comes_back_as_json_string(client: TestClient) -> None:
    nairobi = events(client, place="Nairobi")[0]
    response = client.get(f"/api/articles/{nairobi['article_id']}")
    assert response.headers["content-type"] == "application/json"
    assert "<script>window.__pwned = true</script>" in response.json()["article"]["text"]


def test_openapi_and_offline_docs(client: TestClient) -> None:
    schema = client.get("/api/openapi.json").json()
    assert {"/api/events", "/api/events.geojson", "/api/articles/{article_id}"} <= set(
        schema["paths"]
    )
    docs = client.get("/docs")
    assert "/static/swagger/swagger-ui-bundle.js" in docs.text
    assert "cdn" not in docs.text.lower()
    assert "sha256-" in docs.headers["content-security-policy"]


def test_tile_url_is_allowed_as_image_source(tmp_path: Path) -> None:
    db = build_store(tmp_path / "t.duckdb")
    app = create_app(db, tiles="https://{s}.tile.example.org/{z}/{x}/{y}.png")
    with TestClient(app) as client:
        response = client.get("/api/config")
    assert response.json() == {"tiles": "https://{s}.tile.example.org/{z}/{x}/{y}.png"}
    assert (
        "img-src 'self' data: https://*.tile.example.org"
        in response.headers["content-security-policy"]
    )
    with pytest.raises(ValueError, match="must contain"):
        create_app(db, tiles="https://tile.example.org/tile.png")


def test_store_is_opened_read_only(tmp_path: Path) -> None:
    db = build_store(tmp_path / "r.duckdb")
    app = create_app(db)
    with pytest.raises(Exception, match="read-only"):
        app.state.data.store.con.execute("DELETE FROM events")
    app.state.data.close()


def test_serve_refuses_a_missing_store_and_a_bad_tile_url(tmp_path: Path) -> None:
    runner = CliRunner()
    missing = runner.invoke(app, ["serve", "--db", str(tmp_path / "none.duckdb")])
    assert missing.exit_code == 2
    db = build_store(tmp_path / "s.duckdb")
    bad = runner.invoke(app, ["serve", "--db", str(db), "--tiles", "ftp://x/{z}/{x}/{y}"])
    assert bad.exit_code == 2


def test_serve_binds_loopback_by_default(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    calls: list[dict] = []
    monkeypatch.setattr("uvicorn.run", lambda app, **kwargs: calls.append(kwargs))
    db = build_store(tmp_path / "s.duckdb")
    result = CliRunner().invoke(app, ["serve", "--db", str(db)])
    assert result.exit_code == 0, result.output
    assert calls[0]["host"] == "127.0.0.1" and calls[0]["port"] == 8000


def test_page_is_served_with_its_assets(client: TestClient) -> None:
    page = client.get("/")
    assert page.status_code == 200 and '<section id="map"' in page.text
    assert 'src="/static/assets/index.js"' in page.text
    assert client.head("/").status_code == 200
    assert client.get("/static/assets/index.js").status_code == 200
    assert client.get("/static/basemap/countries-50m.json").json()["type"] == "Topology"


def test_an_empty_store_answers_empty_results(tmp_path: Path) -> None:
    db = tmp_path / "empty.duckdb"
    Store(db).close()
    with TestClient(create_app(db)) as client:
        assert client.get("/api/events").json() == {"total": 0, "offset": 0, "events": []}
        assert client.get("/api/events.geojson").json()["features"] == []
        assert client.get("/api/timeline").json()["bins"] == []
        assert client.get("/api/stats").json()["event_dates"] == {"first": None, "last": None}
