"""Input shards: one per input file, named stably so that a re-run finds the ones done."""

from __future__ import annotations

import hashlib
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path, PurePosixPath

from dateline.config import Settings
from dateline.ingest import JsonFields, Skipped, expand
from dateline.scale.remote import is_uri, listing

_UNSAFE = re.compile(r"[^A-Za-z0-9._-]+")
STEM_CHARS = 40


@dataclass(frozen=True, slots=True)
class Shard:
    """One input file and the name its parts and manifest are written under."""

    name: str
    path: str


def choices(settings: Settings, fields: JsonFields) -> str:
    """What, besides the file, decides a shard's rows: the user's files and JSONL fields."""
    parts = [repr(fields)]
    for path in (settings.gazetteer, settings.actors, settings.ontology):
        if path is None:
            parts.append("-")
        else:
            status = Path(path).stat()
            parts.append(f"{Path(path).resolve()}:{status.st_size}:{status.st_mtime_ns}")
    return "\0".join(parts)


def shard_name(path: Path, variant: str = "") -> str:
    """The file's name made safe for a file name, and a hash of its path, size and time
    and of the run's ``choices``.

    A changed file, gazetteer, dictionary, ontology or field mapping gives a new name, so
    parts written under other conditions are never taken for it.
    """
    status = path.stat()
    return _named(path.name, str(path.resolve()), status.st_size, status.st_mtime_ns, variant)


def _named(name: str, where: str, size: int, mtime_ns: int, variant: str) -> str:
    key = f"{where}\0{size}\0{mtime_ns}\0{variant}"
    digest = hashlib.sha256(key.encode("utf-8", "surrogateescape")).hexdigest()[:16]
    return f"{_UNSAFE.sub('_', name)[:STEM_CHARS]}-{digest}"


def shards(
    paths: Iterable[str],
    exclude: Iterable[Path] = (),
    outside: Path | None = None,
    variant: str = "",
) -> Iterator[Shard | Skipped]:
    """A shard per input file (local, or under a URI), in input order; a ``Skipped`` for each
    path that names none. Files under ``outside`` (the parts dataset) are left out, as
    ``exclude`` files are; ``variant`` is the run's ``choices``.
    """
    exclude = list(exclude)
    for raw in paths:
        if is_uri(raw):
            for found in listing(raw):
                if isinstance(found, Skipped):
                    yield found
                else:
                    stem = PurePosixPath(found.uri).name
                    name = _named(stem, found.uri, found.size, found.mtime_ns, variant)
                    yield Shard(name, found.uri)
        else:
            yield from _local(raw, exclude, outside, variant)


def _local(
    raw: str, exclude: list[Path], outside: Path | None, variant: str
) -> Iterator[Shard | Skipped]:
    inside = outside.resolve() if outside is not None else None
    for path in expand([raw], exclude):
        if isinstance(path, Path) and inside and path.resolve().is_relative_to(inside):
            continue
        if isinstance(path, Skipped):
            yield path
        elif str(path) == "-":
            yield Skipped("-", "standard input cannot be shared out to a cluster; name files")
        else:
            yield Shard(shard_name(path, variant), str(path))
