"""The curated files in ``dateline/geo/data``: gazetteer rows (TSV) and word lists (YAML)."""

from __future__ import annotations

import csv
from collections.abc import Iterator
from importlib import resources
from pathlib import Path

import yaml

FILES = (
    "admin1.tsv",
    "features.tsv",
    "neighbourhoods.tsv",
    "countries.tsv",
    "country_points.tsv",
    "demonyms.tsv",
    "peoples.tsv",
    "words.yaml",
)


def data_path(name: str) -> Path:
    """The path of one of the package's data files."""
    return Path(str(resources.files("dateline.geo") / "data" / name))


def rows(name: str) -> Iterator[dict[str, str]]:
    """The rows of a curated TSV file, as dicts keyed by its header."""
    with data_path(name).open(encoding="utf-8", newline="") as handle:
        yield from csv.DictReader(handle, delimiter="\t")


def alternates(row: dict[str, str], column: str = "alternates") -> list[str]:
    """The ``|``-separated names of a row's column."""
    return [name for name in (row.get(column) or "").split("|") if name]


def words(name: str) -> dict:
    """The contents of a curated YAML file (``words.yaml``, ``outlets.yaml``)."""
    with data_path(name).open(encoding="utf-8") as handle:
        return yaml.safe_load(handle)
