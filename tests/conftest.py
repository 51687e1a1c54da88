"""Shared fixtures: one pipeline per test session, and paths to the fixture articles."""

from __future__ import annotations

from pathlib import Path

import pytest

from dateline.pipeline import Pipeline

ROOT = Path(__file__).resolve().parent.parent
FIXTURES = Path(__file__).resolve().parent / "fixtures"
EXAMPLES = ROOT / "examples" / "articles"


@pytest.fixture(scope="session")
def pipeline() -> Pipeline:
    return Pipeline()


@pytest.fixture(scope="session")
def examples() -> Path:
    return EXAMPLES


@pytest.fixture(scope="session")
def mixed(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The example articles with a repeat and bad items of every kind (for the scale tests)."""
    from scale_support import write_mixed_corpus

    return write_mixed_corpus(tmp_path_factory.mktemp("scale") / "corpus", EXAMPLES)


@pytest.fixture(scope="session")
def mixed_local(mixed: Path, tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, dict]:
    """A local ingest of ``mixed`` (its JSONL named twice): the store and its report."""
    from scale_support import mixed_inputs, report

    from dateline.store.database import Store
    from dateline.store.writer import ingest

    db = tmp_path_factory.mktemp("local") / "local.duckdb"
    with Store(db) as store:
        summary = ingest(mixed_inputs(mixed), store)
    return db, report(summary)
