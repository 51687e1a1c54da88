"""Inputs named by URI (``s3://bucket/prefix``, ``gs://...``, ``file:///...``), via pyarrow.fs.

A URI is listed like a folder (recursively, hidden files left out); a worker copies each
file to a local temporary file, reads it with the local readers, and reports every item
under the file's URI.
"""

from __future__ import annotations

import dataclasses
import shutil
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path, PurePosixPath

import pyarrow as pa
import pyarrow.fs as pafs

from dateline.ingest import Skipped

SCHEME = "://"


def is_uri(raw: str) -> bool:
    return SCHEME in raw


@dataclasses.dataclass(frozen=True, slots=True)
class Listed:
    """A file found under a URI: its own URI, size and modification time."""

    uri: str
    size: int
    mtime_ns: int


def listing(uri: str) -> Iterator[Listed | Skipped]:
    """Every file under ``uri`` (or the file it names), in path order."""
    scheme = uri.split(SCHEME, 1)[0]
    try:
        fs, path = pafs.FileSystem.from_uri(uri)
        info = fs.get_file_info(path)
        if info.type == pafs.FileType.Directory:
            found = fs.get_file_info(pafs.FileSelector(path, recursive=True))
        else:
            found = [info]
    except (OSError, pa.ArrowException) as error:
        yield Skipped(uri, f"cannot list ({error})")
        return
    if info.type == pafs.FileType.NotFound:
        yield Skipped(uri, "no such file or folder")
        return
    for item in sorted(found, key=lambda i: i.path):
        if item.type == pafs.FileType.File and not PurePosixPath(item.path).name.startswith("."):
            yield Listed(f"{scheme}{SCHEME}{item.path}", item.size or 0, item.mtime_ns or 0)


@contextmanager
def local_copy(uri: str) -> Iterator[Path]:
    """The file at ``uri`` copied, bytes as they are, to a temporary file of the same name."""
    fs, path = pafs.FileSystem.from_uri(uri)
    with tempfile.TemporaryDirectory(prefix="dateline-shard-") as folder:
        local = Path(folder) / PurePosixPath(path).name
        with fs.open_input_stream(path, compression=None) as source, local.open("wb") as out:
            shutil.copyfileobj(source, out)
        yield local


def relocated(item, local: Path, uri: str):
    """A reader's item with the temporary file's name in its location put back to the URI."""
    location = item.location or ""
    if not location.startswith(str(local)):
        return item
    moved = uri + location[len(str(local)) :]
    if dataclasses.is_dataclass(item) and type(item).__dataclass_params__.frozen:
        return dataclasses.replace(item, location=moved)
    item.location = moved
    return item
