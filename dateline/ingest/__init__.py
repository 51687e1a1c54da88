"""Readers for every input dateline takes: folders, globs, text, HTML, JSONL and WARC files.

``read_items`` yields an ``Article`` for each article, a ``Skipped`` (with the
reason) for each item that cannot be read, and a ``Warned`` just before an article
that was read despite a fault (stray bytes, a date that is not a date); nothing bad
stops the stream.
"""

from __future__ import annotations

import glob
import gzip
import io
import logging
import sys
from collections.abc import Iterable, Iterator
from pathlib import Path

from dateline.ingest.base import MAX_BYTES, BadInput, Skipped, Warned, decode
from dateline.ingest.fields import JsonFields
from dateline.ingest.jsonl import read_jsonl
from dateline.ingest.language import require_english
from dateline.ingest.text import article_from_text
from dateline.ingest.warc import count_records, read_warc
from dateline.models import Article

__all__ = [
    "BadInput",
    "JsonFields",
    "Skipped",
    "Warned",
    "estimate",
    "expand",
    "read_articles",
    "read_items",
]
Item = Article | Skipped | Warned

log = logging.getLogger("dateline.ingest")

GZIP_MAGIC = b"\x1f\x8b"
KINDS = {
    ".warc": "warc", ".arc": "warc", ".jsonl": "jsonl", ".ndjson": "jsonl", ".html": "html",
    ".htm": "html", ".xhtml": "html", ".txt": "text", ".text": "text", ".md": "text",
}  # fmt: skip


def expand(paths: Iterable[str], exclude: Iterable[Path] = ()) -> Iterator[Path | Skipped]:
    """Files named directly, found recursively in folders, or matched by globs, in order.

    Hidden files and the ``exclude`` files (such as the store being written) are left out.
    """
    excluded = {p.resolve() for p in exclude}
    for path in _expand(paths):
        if isinstance(path, Skipped) or str(path) == "-" or path.resolve() not in excluded:
            yield path


def _expand(paths: Iterable[str]) -> Iterator[Path | Skipped]:
    for raw in paths:
        if raw == "-":
            yield Path("-")
            continue
        path = Path(raw)
        if path.is_dir():
            for child in sorted(path.rglob("*")):
                if child.is_file() and not any(p.startswith(".") for p in child.parts[-1:]):
                    yield child
        elif path.is_file():
            yield path
        elif any(ch in raw for ch in "*?["):
            matches = sorted(Path(m) for m in glob.glob(raw, recursive=True))
            files = [m for m in matches if m.is_file()]
            if not files:
                yield Skipped(raw, "no file matches this pattern")
            yield from files
        else:
            yield Skipped(raw, "no such file or folder")


def kind_of(path: Path, head: bytes) -> str:
    """The reader for a file, by its name and else by its first bytes."""
    suffixes = [s.lower() for s in path.suffixes]
    if suffixes and suffixes[-1] == ".gz":
        suffixes = suffixes[:-1]
    if suffixes and suffixes[-1] in KINDS:
        return KINDS[suffixes[-1]]
    if head.startswith(GZIP_MAGIC):
        head = _gunzip_head(head)
    start = head.lstrip()[:20].lower()
    if start.startswith(b"warc/"):
        return "warc"
    if start.startswith(b"{"):
        return "jsonl"
    if start.startswith((b"<!doctype html", b"<html", b"<head", b"<body", b"<?xml")):
        return "html"
    return "text"


def _gunzip_head(head: bytes) -> bytes:
    try:
        return gzip.GzipFile(fileobj=io.BytesIO(head)).read(64)
    except (OSError, EOFError):
        return b""


def _open(path: Path):
    if str(path) == "-":
        return io.BytesIO(sys.stdin.buffer.read())
    stream = path.open("rb")
    if stream.read(2) == GZIP_MAGIC:
        stream.seek(0)
        return gzip.GzipFile(fileobj=stream)
    stream.seek(0)
    return stream


def _head(path: Path) -> bytes:
    if str(path) == "-":
        return b""
    with path.open("rb") as stream:
        return stream.read(512)


def _read_whole(path: Path) -> bytes:
    if str(path) != "-" and path.stat().st_size > MAX_BYTES:
        raise BadInput(f"file too large ({path.stat().st_size:,} bytes > {MAX_BYTES:,})")
    with _open(path) as stream:
        data = stream.read(MAX_BYTES + 1)
    if len(data) > MAX_BYTES:
        raise BadInput(f"file too large (over {MAX_BYTES:,} bytes uncompressed)")
    return data


def _read_file(path: Path, fields: JsonFields) -> Iterator[Item]:
    name = str(path)
    if str(path) == "-":
        data = _read_whole(path)
        kind, stream = kind_of(Path("stdin"), data[:512]), io.BytesIO(data)
    else:
        kind, stream = kind_of(path, _head(path)), None
    if kind == "warc":
        with stream or path.open("rb") as raw:
            yield from read_warc(raw, name)
        return
    if kind == "jsonl":
        with stream or _open(path) as raw:
            lines = io.TextIOWrapper(raw, encoding="utf-8", errors="replace")
            try:
                yield from read_jsonl(lines, name, fields)
            except (EOFError, OSError) as error:
                yield Skipped(name, f"truncated or corrupt file ({error})")
        return
    data = stream.getvalue() if stream else _read_whole(path)
    if kind == "html":
        from dateline.ingest.html import article_from_html

        article = article_from_html(data, url=None)
    else:
        decoded = decode(data)
        article = article_from_text(decoded.text, location=name)
        if decoded.replaced:
            count = decoded.replaced
            noun = "byte" if count == 1 else "bytes"
            yield Warned(name, f"{count} undecodable {noun} replaced with U+FFFD")
    article.location = name
    yield article


def read_items(
    paths: Iterable[str],
    fields: JsonFields | None = None,
    check_language: bool = True,
    exclude: Iterable[Path] = (),
) -> Iterator[Item]:
    """Every article under ``paths``, a ``Skipped`` for every item that cannot be read, and a
    ``Warned`` before each article read despite a fault."""
    fields = fields or JsonFields()
    for path in expand(paths, exclude):
        if isinstance(path, Skipped):
            yield path
            continue
        try:
            for item in _read_file(path, fields):
                if isinstance(item, Article) and check_language:
                    try:
                        item.language = require_english(item.text)
                    except BadInput as error:
                        item = Skipped(item.location or str(path), str(error))
                yield item
        except BadInput as error:
            yield Skipped(str(path), str(error))
        except (OSError, EOFError) as error:
            yield Skipped(str(path), f"cannot read file ({error})")
        except Exception as error:
            log.exception("unexpected error reading %s", path)
            yield Skipped(str(path), f"unexpected error ({type(error).__name__}: {error})")


def read_articles(paths: Iterable[str], **options) -> Iterator[Article]:
    """Only the articles under ``paths``; each skipped item is logged with its reason."""
    for item in read_items(paths, **options):
        if isinstance(item, Skipped):
            log.warning("skipped %s: %s", item.location, item.reason)
        elif isinstance(item, Warned):
            log.warning("%s: %s", item.location, item.reason)
        else:
            yield item


def estimate(paths: Iterable[str], exclude: Iterable[Path] = ()) -> int:
    """A quick count of the items under ``paths``, for a progress bar's total."""
    total = 0
    for path in expand(paths, exclude):
        if isinstance(path, Skipped) or str(path) == "-":
            total += 1
            continue
        kind = kind_of(path, _head(path))
        try:
            if kind == "warc":
                with path.open("rb") as raw:
                    total += count_records(raw)
            elif kind == "jsonl":
                with _open(path) as raw:
                    total += sum(1 for line in raw if line.strip())
            else:
                total += 1
        except (OSError, EOFError):
            total += 1
    return total
