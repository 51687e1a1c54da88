"""Event files: ACLED CSV and PLOVER JSON written from a stream of results."""

from __future__ import annotations

import csv
import json
from collections.abc import Iterable
from pathlib import Path

from dateline.events import acled, plover
from dateline.models import Result

FORMATS = ("acled", "plover")
BATCH = 256


def write_acled(results: Iterable[Result], out: Path, now: int | None = None) -> int:
    """ACLED's columns, one row per asserted event ACLED codes; returns the row count."""
    count = 0
    with open(out, "w", newline="", encoding="utf-8") as handle:
        writer = csv.DictWriter(handle, fieldnames=acled.COLUMNS)
        writer.writeheader()
        for result in results:
            for row in acled.rows(result, now):
                writer.writerow(row)
                count += 1
    return count


def write_plover(results: Iterable[Result], out: Path, ontology: Path | None = None) -> int:
    """A JSON list of PLOVER records (``plover.records``), written as it streams; returns
    the record count."""
    count = 0
    with open(out, "w", encoding="utf-8") as handle:
        handle.write("[")
        for result in results:
            for record in plover.records(result, ontology):
                handle.write(",\n" if count else "\n")
                handle.write(json.dumps(record, ensure_ascii=False, default=str))
                count += 1
        handle.write("\n]\n")
    return count


def write(results: Iterable[Result], fmt: str, out: Path) -> int:
    """Write ``results``' events as ``fmt`` ("acled" or "plover") to ``out``."""
    if fmt == "acled":
        return write_acled(results, out)
    if fmt == "plover":
        return write_plover(results, out)
    raise ValueError(f"unknown event format {fmt!r}; choose from {', '.join(FORMATS)}")
