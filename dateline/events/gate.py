"""Sentences that report no happening: page furniture and questions (``data/noise.yaml``)."""

from __future__ import annotations

import re
from functools import lru_cache
from importlib import resources

import yaml


@lru_cache(maxsize=1)
def _noise() -> tuple[re.Pattern[str], tuple[str, ...]]:
    text = resources.files("dateline.events").joinpath("data/noise.yaml").read_text("utf-8")
    data = yaml.safe_load(text)
    words = "|".join(re.escape(p) for p in data["furniture"])
    return re.compile(rf"\b(?:{words})\b", re.IGNORECASE), tuple(data["question_marks"])


def reports_nothing(sentence: str) -> str | None:
    """Why a sentence can hold no event ("page furniture 'click here'", "a question"),
    or None when it may."""
    furniture, marks = _noise()
    hit = furniture.search(sentence)
    if hit is not None:
        return f"page furniture '{hit.group(0)}'"
    if sentence.rstrip().endswith(marks):
        return "a question"
    return None
