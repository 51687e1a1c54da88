"""Input shards: one per input file, named stably so that a re-run finds the ones done."""

from __future__ import annotations

import hashlib
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path, PurePosixPath

from dateline.ingest import Skipped, expand
from dateline.scale.remote import is_uri, listing

_UNSAFE = re.compile(r"[^A-Za-z0-9._-]+")
STEM_CHARS = 40


@dataclass(frozen=True, slots=True)
class Shard:
    """One input file and the name its parts and manifest are written under."""

    name: str
    path: str


def shard_name(path: Path) -> str:
    """The file's name made safe for a file name, and a hash of its path, size and time.

    A changed file gets a new name, so its old parts are never taken for it.
    """
    status = path.stat()
    return _named(path.name, str(path.resolve()), status.st_size, status.st_mtime_ns)


def _named(name: str, where: str, size: int, mtime_ns: int) -> str:
    key = f"{where}\0{size}\0{mtime_ns}"
    digest = hashlib.sha256(key.encode("utf-8", "surrogateescape")).hexdigest()[:16]
    return f"{_UNSAFE.sub('_', name)[:STEM_CHARS]}-{digest}"


def shards(
    paths: Iterable[str], exclude: Iterable[Path] = (), outside: Path | None = None
) -> Iterator[Shard | Skipped]:
    """A shard per input file (local, or under a URI), in input order; a ``Skipped`` for each
    path that names none. Files under ``outside`` (the parts dataset) are left out, as
    ``exclude`` files are.
    """
    exclude = list(exclude)
    for raw in paths:
        if is_uri(raw):
            for found in listing(raw):
                if isinstance(found, Skipped):
                    yield found
                else:
                    name = _named(
                        PurePosixPath(found.uri).name, found.uri, found.size, found.mtime_ns
                    )
                    yield Shard(name, found.uri)
        else:
            yield from _local(raw, exclude, outside)


def _local(raw: str, exclude: list[Path], outside: Path | None) -> Iterator[Shard | Skipped]:
    inside = outside.resolve() if outside is not None else None
    for path in expand([raw], exclude):
        if isinstance(path, Path) and inside and path.resolve().is_relative_to(inside):
            continue
        if isinstance(path, Skipped):
            yield path
        elif str(path) == "-":
            yield Skipped("-", "standard input cannot be shared out to a cluster; name files")
        else:
            yield Shard(shard_name(path), str(path))
