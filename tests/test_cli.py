"""The command line: output shapes and documented exit codes."""

from __future__ import annotations

import json
from pathlib import Path

from typer.testing import CliRunner

from dateline.cli import EXIT_NOTHING, EXIT_OK, EXIT_SKIPPED, EXIT_USAGE, app

runner = CliRunner()
STORY = (
    "Troops and rebels clashed on Monday near the northern town of Kidal, killing at least "
    "seven people, local officials said. The army said its units had pushed the rebels back."
)


def run(*args: str, stdin: str | None = None):
    return runner.invoke(app, list(args), input=stdin)


def test_extract_prints_the_data_model(examples: Path) -> None:
    result = run("extract", str(examples / "kherson-shelling.txt"), "-q")
    assert result.exit_code == EXIT_OK, result.output
    data = json.loads(result.stdout)
    assert set(data) >= {"article", "entities", "times", "places", "actors", "quotes", "events"}
    assert data["article"]["published"] == "2024-06-18"
    for entity in data["entities"]:
        assert data["article"]["text"][entity["start"] : entity["end"]] == entity["text"]


def test_extract_jsonl_from_stdin_with_published() -> None:
    result = run("extract", "-", "--format", "jsonl", "--published", "2024-02-05", "-q",
                 stdin="Clashes near Kidal\n\n" + STORY)  # fmt: skip
    assert result.exit_code == EXIT_OK, result.output
    [line] = result.stdout.splitlines()
    data = json.loads(line)
    assert {t["text"]: t["value"] for t in data["times"]}["Monday"] == "2024-02-05"


def test_extract_exit_codes(tmp_path: Path) -> None:
    good, bad = tmp_path / "good.txt", tmp_path / "bad.txt"
    good.write_text("Clashes near Kidal\n\n" + STORY)
    bad.write_bytes(b"\x00\x01binary")
    assert run("extract", str(good), str(bad), "-q").exit_code == EXIT_SKIPPED
    assert run("extract", str(bad), "-q").exit_code == EXIT_NOTHING
    assert run("extract", str(good), "--published", "yesterday").exit_code == EXIT_USAGE
    assert run("extract", str(good), "--actors", str(tmp_path / "no.yaml")).exit_code == EXIT_USAGE


def test_ingest_stats_events_export(examples: Path, tmp_path: Path) -> None:
    db = tmp_path / "s.duckdb"
    result = run("ingest", str(examples), "--db", str(db))
    assert result.exit_code == EXIT_OK, result.output
    assert "7 articles stored" in result.stdout
    again = run("ingest", str(examples), "--db", str(db), "--quiet")
    assert again.exit_code == EXIT_OK and again.stdout == ""
    stats = json.loads(run("stats", "--db", str(db), "--format", "json").stdout)
    assert stats["counts"]["articles"] == 7
    listed = run("events", "--db", str(db), "--format", "json", "--limit", "1000")
    assert listed.exit_code == EXIT_OK
    assert len(json.loads(listed.stdout)) == stats["counts"]["events"]
    out = tmp_path / "articles.csv"
    exported = run("export", "--db", str(db), "--table", "articles", "-o", str(out))
    assert exported.exit_code == EXIT_OK and out.read_text().count("\n") >= 8


def test_ingest_json_logs_report_skipped_items(tmp_path: Path) -> None:
    (tmp_path / "ok.txt").write_text("Clashes near Kidal\n\n" + STORY)
    (tmp_path / "empty.txt").write_text("")
    result = run("ingest", str(tmp_path), "--db", str(tmp_path / "s.duckdb"), "--json-logs")
    assert result.exit_code == EXIT_SKIPPED
    records = [json.loads(line) for line in result.stderr.splitlines() if line.startswith("{")]
    skipped = [r for r in records if r.get("event") == "skipped"]
    assert skipped[0]["reason"] == "empty file"
    summary = next(r for r in records if r.get("event") == "summary")
    assert (summary["stored"], summary["skipped"]) == (1, 1)


def test_usage_errors(tmp_path: Path) -> None:
    assert run("stats", "--db", str(tmp_path / "none.duckdb")).exit_code == EXIT_USAGE
    db = tmp_path / "s.duckdb"
    run("ingest", str(tmp_path), "--db", str(db), "-q")
    assert run("events", "--db", str(db), "--near", "north").exit_code == EXIT_USAGE
    assert run("events", "--db", str(db), "--since", "March").exit_code == EXIT_USAGE
    assert run("export", "--db", str(db), "--table", "nope", "-o", "x.csv").exit_code == EXIT_USAGE


def test_extract_keeps_unlikely_records_only_when_asked() -> None:
    story = (
        "Gunmen kill six in Kano market attack\n\nGunmen opened fire on a market in Kano on "
        "Sunday, killing six people, police said. Volunteers walked the streets. Their job "
        "is to defuse tension and comfort families."
    )
    counts = []
    for extra in ([], ["--keep-unlikely"]):
        result = run("extract", "-", "--published", "2026-03-02", "-q", *extra, stdin=story)
        assert result.exit_code == EXIT_OK, result.output
        counts.append([e["type"] for e in json.loads(result.stdout)["events"]])
    assert counts[0] == ["ASSAULT"]
    assert "COERCE" in counts[1] and "ASSAULT" in counts[1]
    loose = run("extract", "-", "--published", "2026-03-02", "-q", "--min-likelihood", "0",
                stdin=story)  # fmt: skip
    assert loose.exit_code == EXIT_OK, loose.output
    assert len(json.loads(loose.stdout)["events"]) > 1
    both = run("extract", "-", "-q", "--keep-unlikely", "--min-likelihood", "0.5", stdin=story)
    assert both.exit_code == EXIT_USAGE
    assert "--min-likelihood" in both.output
    assert run("extract", "-", "-q", "--min-likelihood", "1.5", stdin=story).exit_code != EXIT_OK
