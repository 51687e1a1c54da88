"""Inputs and comparisons shared by the scale-out tests: a corpus with bad items, stores as rows."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

from dateline.store.database import Store
from dateline.store.schema import quote, tables
from dateline.store.writer import Summary

# When a row was written differs between any two ingests; everything else must not.
WRITE_TIMES = {"ingested_at", "added_at"}

STORY = (
    "Flood waters rose again on {day} in the river town of Beledweyne, where {n} families "
    "were moved to higher ground overnight, a district official said. Aid workers said roads "
    "to the south were cut and that food stocks at the main camp would last about a week. "
    "The regional governor asked the federal government for boats and medical supplies."
)
DAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
ENGLISH = (
    "Police in the port city detained 14 dock workers on Thursday after a strike over unpaid "
    "wages turned violent, a union leader said. Two officers were hurt when stones were thrown "
    "at the gates of the container terminal, according to a police statement."
)


def write_stories(folder: Path, count: int, per_file: int = 1) -> int:
    """``count`` short flood reports, ``per_file`` to a JSONL file; returns the number of files."""
    folder.mkdir(parents=True, exist_ok=True)
    files = 0
    for start in range(0, count, per_file):
        lines = [
            json.dumps(
                {
                    "title": f"Beledweyne floods, report {i}",
                    "text": STORY.format(day=DAYS[i % 7], n=40 + i),
                    "published": f"2024-05-{1 + i % 28:02d}",
                    "url": f"https://wire.example/floods/{i}",
                }
            )
            for i in range(start, min(count, start + per_file))
        ]
        (folder / f"floods-{files:03d}.jsonl").write_text("\n".join(lines) + "\n")
        files += 1
    return files


def write_mixed_corpus(folder: Path, examples: Path) -> Path:
    """The example articles, a repeat of one, and bad items of every kind a crawl carries."""
    shutil.copytree(examples, folder)
    shutil.copy(examples / "kherson-shelling.txt", folder / "kherson-again.txt")
    stray = "Dock strike turns violent\n\n" + ENGLISH + " The caf\xe9 by the gate was shut."
    (folder / "stray-bytes.txt").write_bytes(stray.encode("latin-1"))
    (folder / "empty.txt").write_text(" \n")
    (folder / "photo.txt").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" * 8)
    records = [
        {
            "text": ENGLISH.replace("14", "nine"),
            "published": "not a date",
            "url": "https://x.example/a",
        },
        {"text": "far too short"},
        {"title": "no text at all"},
    ]
    lines = [json.dumps(record) for record in records] + ["{not json"]
    (folder / "feed.jsonl").write_text("\n".join(lines) + "\n")
    return folder


def mixed_inputs(folder: Path) -> list[str]:
    """The mixed corpus's folder, and its JSONL file named a second time."""
    return [str(folder), str(folder / "wire.jsonl")]


def store_rows(db: Path) -> dict[str, list[tuple]]:
    """Every table's rows, write times left out, in a fixed order."""
    out = {}
    with Store(db, read_only=True) as store:
        for table, columns in tables().items():
            names = [quote(name) for name, _ in columns if name not in WRITE_TIMES]
            listed = ", ".join(names)
            sql = f"SELECT {listed} FROM {table} ORDER BY {listed}"
            out[table] = store.con.execute(sql).fetchall()
    return out


def report(summary: Summary) -> dict[str, object]:
    """A summary's counts and its skipped and warned items, in a fixed order."""
    return {
        "counts": (
            summary.stored,
            summary.duplicates,
            summary.new_sources,
            summary.events,
            summary.places,
            summary.quotes,
        ),  # fmt: skip
        "skipped": sorted((s.location, s.reason) for s in summary.skipped),
        "warned": sorted((w.location, w.reason) for w in summary.warned),
    }


def layers_whole(db: Path) -> dict[str, int]:
    """Rows per table, after checking every article holds each layer exactly once."""
    with Store(db, read_only=True) as store:
        results = {r.article.id: r for r in store.results()}
        for layer in ("entities", "times", "places", "actors", "quotes", "events"):
            rows = dict(
                store.con.execute(
                    f"SELECT article_id, count(*) FROM {layer} GROUP BY article_id"
                ).fetchall()
            )
            for article_id, result in results.items():
                assert rows.get(article_id, 0) == len(getattr(result, layer)), (layer, article_id)
        return {t: store.con.execute(f"SELECT count(*) FROM {t}").fetchone()[0] for t in tables()}
