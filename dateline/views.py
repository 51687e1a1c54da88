"""Rows printed in a terminal: a table that fits its width (the columns that fit, the
sentence wrapped beneath), or CSV, JSON or JSON Lines for other programs."""

from __future__ import annotations

import csv
import json
import sys
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from rich import box
from rich.console import Console
from rich.table import Table

SENTENCE_MIN = 30


@dataclass(frozen=True, slots=True)
class View:
    """A column of the table: its header, the row key it shows and its widest width."""

    header: str
    key: str
    width: int


def cell(value: Any) -> str:
    """A value as table text: counts as ``killed 4``, nothing as empty."""
    if value is None:
        return ""
    if isinstance(value, str) and value.startswith("{"):
        value = json.loads(value)
    if isinstance(value, dict):
        return ", ".join(
            f"{k} {v:g}" if isinstance(v, float) else f"{k} {v}" for k, v in value.items()
        )
    if isinstance(value, list):
        return ", ".join(str(v) for v in value)
    return str(value)


def fitting(columns: Sequence[View], width: int) -> list[View]:
    """The first columns (in priority order) that leave the sentence ``SENTENCE_MIN``."""
    chosen, used = [], SENTENCE_MIN
    for column in columns:
        if used + column.width + 1 > width:
            break
        chosen.append(column)
        used += column.width + 1
    return chosen


def table(rows: list[dict[str, Any]], columns: Sequence[View], text: str, width: int) -> Table:
    """A table of the columns that fit in ``width``, the ``text`` column wrapped last."""
    shown = fitting(columns, width)
    grid = Table(box=box.SIMPLE_HEAD, pad_edge=False, padding=(0, 1, 0, 0), width=width)
    for column in shown:
        grid.add_column(column.header, max_width=column.width, no_wrap=True, overflow="ellipsis")
    grid.add_column(text, ratio=1, overflow="fold", min_width=SENTENCE_MIN - 1)
    for row in rows:
        grid.add_row(*(cell(row.get(c.key)) for c in shown), cell(row.get(text)))
    return grid


def print_rows(
    console: Console, rows: list[dict[str, Any]], fmt: str, columns: Sequence[View], text: str
) -> None:
    """Print ``rows`` as a table (in the console's width), CSV, JSON or JSON Lines."""
    if fmt == "table":
        console.print(table(rows, columns, text, console.width))
    elif fmt == "json":
        sys.stdout.write(json.dumps(rows, default=str, indent=2, ensure_ascii=False) + "\n")
    elif fmt == "jsonl":
        for row in rows:
            sys.stdout.write(json.dumps(row, default=str, ensure_ascii=False) + "\n")
    else:
        names = list(dict.fromkeys(k for row in rows for k in row))
        writer = csv.DictWriter(sys.stdout, fieldnames=names, lineterminator="\n")
        writer.writeheader()
        for row in rows:
            writer.writerow({k: _flat(v) for k, v in row.items()})


def _flat(value: Any) -> Any:
    return (
        json.dumps(value, default=str, ensure_ascii=False)
        if isinstance(value, dict | list)
        else value
    )
