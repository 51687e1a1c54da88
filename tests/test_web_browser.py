"""The page in headless Chromium against a real server: markers, event detail, brushing, safety."""

from __future__ import annotations

import base64
import socket
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest
import uvicorn
from fixtures.web.stores import build_store

from dateline.store.database import Store
from dateline.web import create_app

CHROMIUM = Path("/usr/bin/chromium")
if not CHROMIUM.exists():
    pytest.skip(
        "Debian chromium is not installed at /usr/bin/chromium (bash scripts/install-browser.sh)",
        allow_module_level=True,
    )
sync_api = pytest.importorskip("playwright.sync_api")
sync_api.expect.set_options(timeout=15_000)

ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]
PNG = base64.b64decode(
    "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg=="
)


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


@contextmanager
def serving(app: object) -> Iterator[str]:
    """Run ``app`` with uvicorn on a free port of 127.0.0.1; yields its base URL."""
    port = free_port()
    server = uvicorn.Server(uvicorn.Config(app, host="127.0.0.1", port=port, log_level="warning"))
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 20
    while not server.started:
        assert time.monotonic() < deadline, "the server did not start"
        time.sleep(0.05)
    yield f"http://127.0.0.1:{port}"
    server.should_exit = True
    thread.join(10)


@pytest.fixture(scope="module")
def store(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return build_store(tmp_path_factory.mktemp("browser") / "web.duckdb")


@pytest.fixture(scope="module")
def server(store: Path) -> Iterator[str]:
    with serving(create_app(store)) as url:
        yield url


@pytest.fixture(scope="module")
def browser() -> Iterator[object]:
    with sync_api.sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=str(CHROMIUM), args=ARGS)
        yield browser
        browser.close()


@contextmanager
def opened(browser, server: str, raw: bool) -> Iterator[object]:
    """The page at ``server``, ready; with ``raw`` switched to raw events (incidents are the
    default view)."""
    page = browser.new_page(viewport={"width": 1400, "height": 1000})
    problems: list[str] = []
    requested: list[str] = []
    page.on("console", lambda m: m.type == "error" and problems.append(m.text))
    page.on("pageerror", lambda e: problems.append(str(e)))
    page.on("request", lambda r: requested.append(r.url))
    page.goto(server)
    page.wait_for_selector("body[data-ready=true]", state="attached", timeout=20_000)
    if raw:
        page.locator("input[name=raw]").check()
        page.wait_for_selector("#map[data-kind=events]", state="attached")
        page.wait_for_function(  # the table is redrawn after the map: wait for event rows
            "() => { const row = document.querySelector('#table tbody tr');"
            " return row !== null && !row.dataset.id.startsWith('inc-'); }"
        )
    yield page
    page.close()
    assert problems == [], f"errors in the page (CSP violations included): {problems}"
    elsewhere = [u for u in requested if not u.startswith((server, "data:"))]
    assert elsewhere == [], f"the page reached beyond its server: {elsewhere}"


@pytest.fixture
def page(browser, server: str) -> Iterator[object]:
    with opened(browser, server, raw=True) as page:
        yield page


def api(page, path: str) -> dict:
    return page.evaluate("p => fetch(p).then(r => r.json())", path)


def place_event(page, place: str) -> dict:
    return api(page, f"/api/events?place={place}")["events"][0]


def table_places(page) -> list[str]:
    cells = page.locator("#table tbody tr td:nth-child(5)")
    return cells.all_inner_texts()


def test_map_shows_a_marker_for_each_placed_event(page) -> None:
    dots = page.locator(".event-dot")
    expected = {place_event(page, p)["id"] for p in ("Mosul", "Gao", "Mandalay", "Nairobi")}
    assert {dots.nth(i).get_attribute("data-id") for i in range(dots.count())} == expected
    assert page.locator("#map").get_attribute("data-total") == "4"
    assert page.locator("#table tbody tr").count() == 5
    assert page.locator(".leaflet-overlay-pane path").count() > 100


def test_clicking_a_marker_shows_the_event_and_its_sentence(page) -> None:
    gao = place_event(page, "Gao")
    page.locator(f'.event-dot[data-id="{gao["id"]}"]').click()
    detail = page.locator("#detail")
    sync_api.expect(detail.locator("blockquote")).to_have_text(gao["sentence"])
    assert detail.locator("mark.evidence").inner_text() == "ambushed a supply convoy"
    text = detail.inner_text()
    assert "ASSAULT" in text and "Gao" in text and "12 killed" in text
    assert "matched ASSAULT lexicon entry 'ambush'" in text
    assert page.locator(f'#table tr.selected[data-id="{gao["id"]}"]').count() == 1


def test_a_table_row_selects_its_event_by_keyboard(page) -> None:
    row = page.locator("#table tbody tr").first
    row.focus()
    page.keyboard.press("Enter")
    sync_api.expect(page.locator("#detail")).to_have_attribute(
        "data-id", row.get_attribute("data-id")
    )
    sync_api.expect(row).to_have_class("selected")


def test_brushing_the_timeline_filters_the_table_and_the_map(page) -> None:
    bars = page.locator("#timeline .bars rect")
    first = bars.first.bounding_box()
    may = page.locator('#timeline .bars rect[data-start="2024-05-06"]').bounding_box()
    y = first["y"] + first["height"] / 2
    page.mouse.move(first["x"] + 1, y)
    page.mouse.down()
    page.mouse.move(may["x"] + may["width"] / 2, y, steps=8)
    page.mouse.move(may["x"] + may["width"] - 1, y, steps=2)
    page.mouse.up()
    sync_api.expect(page.locator("#table tbody tr")).to_have_count(3)
    assert sorted(table_places(page)) == ["", "Gao", "Mosul"]
    assert page.locator("#filters input[name=since]").input_value() <= "2024-03-02"
    assert "2024-05-10" <= page.locator("#filters input[name=until]").input_value() < "2024-08-20"
    sync_api.expect(page.locator(".event-dot")).to_have_count(2)


def test_filters_and_sorting_drive_the_table(page) -> None:
    page.select_option("#filters select[name=type]", "ASSAULT")
    sync_api.expect(page.locator("#table tbody tr")).to_have_count(2)
    page.locator('#table th button[data-sort="place"]').click()
    sync_api.expect(page.locator("#table tbody tr").first).to_contain_text("Gao")
    page.click("#filters button[type=reset]")
    sync_api.expect(page.locator("#table tbody tr")).to_have_count(5)


def test_article_view_highlights_layers_and_goes_to_the_sentence(page, server: str) -> None:
    mosul = place_event(page, "Mosul")
    page.goto(f"{server}/#article={mosul['article_id']}&event={mosul['idx']}")
    view = page.locator("#article")
    sync_api.expect(view.locator(".hl-evidence.focus").first).to_have_text(
        "attacked an army checkpoint"
    )
    text = view.locator(".article-text")
    assert "Mosul" in text.locator(".hl-place").all_inner_texts()
    assert "Gunmen" in text.locator(".hl-actor").all_inner_texts()
    assert text.locator(".hl-quote").first.inner_text().startswith("They came at night")
    assert "MOSUL, IQ" in text.locator(".label-place").all_inner_texts()
    assert "MOBILIZE lexicon entry" in view.locator(".article-events").inner_text()
    view.locator("a.close").click()
    sync_api.expect(view).to_be_hidden()


def test_script_in_article_text_renders_as_text(page, server: str) -> None:
    nairobi = place_event(page, "Nairobi")
    row = page.locator(f'#table tr[data-id="{nairobi["id"]}"]')
    assert "<script>window.__pwned = true</script>" in row.inner_text()
    page.goto(f"{server}/#article={nairobi['article_id']}")
    text = page.locator("#article .article-text")
    sync_api.expect(text).to_contain_text("<script>window.__pwned = true</script>")
    assert '<img src=x onerror="window.__pwned = true">' in text.inner_text()
    assert page.locator("#article h2").inner_text() == "Police deny <script> claims in Nairobi"
    assert page.locator("#article script, #article img").count() == 0
    assert page.locator("#article b").count() == 0
    assert page.evaluate("window.__pwned") is None


class Tiles(BaseHTTPRequestHandler):
    """A stand-in tile server: the same small PNG for every path."""

    def do_GET(self) -> None:
        self.send_response(200)
        self.send_header("Content-Type", "image/png")
        self.end_headers()
        self.wfile.write(PNG)

    def log_message(self, *args: object) -> None:
        pass


def test_a_given_tile_url_replaces_the_shipped_basemap(browser, store: Path) -> None:
    tiles = ThreadingHTTPServer(("127.0.0.1", 0), Tiles)
    threading.Thread(target=tiles.serve_forever, daemon=True).start()
    template = f"http://127.0.0.1:{tiles.server_port}/{{z}}/{{x}}/{{y}}.png"
    try:
        with serving(create_app(store, tiles=template)) as url:
            page = browser.new_page()
            requested: list[str] = []
            problems: list[str] = []
            page.on("request", lambda r: requested.append(r.url))
            page.on("console", lambda m: m.type == "error" and problems.append(m.text))
            page.goto(url)
            page.wait_for_selector("body[data-ready=true]", state="attached")
            sync_api.expect(page.locator("img.leaflet-tile-loaded").first).to_be_attached()
            page.close()
    finally:
        tiles.shutdown()
    assert problems == []
    assert any(u.startswith(f"http://127.0.0.1:{tiles.server_port}/") for u in requested)
    assert not any("countries-50m.json" in u for u in requested)


def test_incidents_by_default_and_an_incidents_panel_lists_its_sources(
    browser, tmp_path: Path
) -> None:
    from test_incidents import _result, _shooting

    told = "Two men were shot dead outside a bar on Wayne Avenue in Dayton"
    reports = [
        _result(source, day, [_shooting("2026-05-01", "day", killed, 39.75, told)])
        for source, day, killed in (("Wire", "2026-05-02", 2), ("Paper", "2026-05-04", 3),
                                    ("Radio", "2026-05-03", 2))
    ]  # fmt: skip
    toledo = told.replace("Wayne Avenue in Dayton", "Monroe Street in Toledo")
    elsewhere = _result(
        "Far", "2026-05-02", [_shooting("2026-05-01", "day", 1, 41.5, toledo, "Toledo")]
    )
    db = tmp_path / "incidents.duckdb"
    with Store(db) as store:
        store.write([*reports, elsewhere])
    with serving(create_app(db)) as url, opened(browser, url, raw=False) as page:
        assert page.locator("#map").get_attribute("data-kind") == "incidents"
        assert page.locator(".event-dot").count() == 2
        three = next(i for i in api(page, "/api/incidents")["incidents"] if i["articles"] == 3)
        rows = page.locator("#table[data-kind=incidents] tbody tr")
        sync_api.expect(rows).to_have_count(2)
        assert "of 2 incidents" in page.locator("#table .range").inner_text()
        page.locator(f'#table tr[data-id="{three["id"]}"]').click()
        sync_api.expect(page.locator("#detail")).to_have_attribute("data-id", three["id"])
        page.locator(f'.event-dot[data-id="{three["id"]}"]').dispatch_event("click")
        sync_api.expect(page.locator("#detail")).to_have_attribute("data-id", three["id"])
        members = page.locator("#detail .incident-member")
        sync_api.expect(members).to_have_count(3)
        sources = set(page.locator("#detail .member-source").all_inner_texts())
        assert sources == {"Wire", "Paper", "Radio"}
        assert "2 killed" in page.locator("#detail").inner_text()  # the toll two of three give
        page.locator("input[name=raw]").check()
        sync_api.expect(page.locator("#map")).to_have_attribute("data-kind", "events")
        sync_api.expect(page.locator("#map")).to_have_attribute("data-total", "4")
        sync_api.expect(page.locator("#table[data-kind=events] tbody tr")).to_have_count(4)
