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
