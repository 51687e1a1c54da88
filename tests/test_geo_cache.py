"""The embedded gazetteer's cache keeps a few other versions' files and deletes older ones."""

from __future__ import annotations

import os
from pathlib import Path

from dateline.geo.embedded import KEEP_OTHERS, prune


def test_prune_keeps_the_newest_other_versions(tmp_path: Path) -> None:
    others = []
    for age in range(KEEP_OTHERS + 2):
        path = tmp_path / f"gazetteer-old{age}.sqlite"
        path.write_bytes(b"x")
        os.utime(path, (1_000_000 - age * 1000, 1_000_000 - age * 1000))
        others.append(path)
    current = tmp_path / "gazetteer-current.sqlite"
    current.write_bytes(b"x")
    unrelated = tmp_path / "notes.txt"
    unrelated.write_text("kept")
    prune(current)
    assert current.is_file() and unrelated.is_file()
    assert [p.is_file() for p in others] == [True] * KEEP_OTHERS + [False, False]
