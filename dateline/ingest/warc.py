"""WARC and WARC.gz crawls (e.g. CC-NEWS): each HTML response record is an article."""

from __future__ import annotations

from collections.abc import Iterator
from typing import BinaryIO

from warcio.archiveiterator import ArchiveIterator
from warcio.exceptions import ArchiveLoadFailed

from dateline.ingest.base import BadInput, Skipped
from dateline.ingest.dates import iso_date
from dateline.models import Article

HTML_TYPES = ("text/html", "application/xhtml+xml")


def _is_html_response(record) -> bool:
    if record.rec_type != "response" or record.http_headers is None:
        return False
    status = record.http_headers.get_statuscode()
    content_type = (record.http_headers.get_header("Content-Type") or "").lower()
    return status == "200" and any(kind in content_type for kind in HTML_TYPES)


def read_warc(stream: BinaryIO, path: str) -> Iterator[Article | Skipped]:
    """Every HTML article in a WARC stream; a truncated or corrupt file ends with a ``Skipped``."""
    from dateline.ingest.html import article_from_html

    count = 0
    try:
        for record in ArchiveIterator(stream):
            if not _is_html_response(record):
                continue
            count += 1
            url = record.rec_headers.get_header("WARC-Target-URI")
            location = f"{path}#{count}"
            try:
                payload = record.content_stream().read()
                if record.raw_stream.limit:
                    missing = record.raw_stream.limit
                    yield Skipped(
                        path, f"truncated WARC: record {count} ({url}) lacks {missing} bytes"
                    )
                    return
                article = article_from_html(
                    payload,
                    url=url,
                    fallback_date=iso_date(record.rec_headers.get_header("WARC-Date")),
                )
            except BadInput as error:
                yield Skipped(location, f"{url}: {error}")
                continue
            except Exception as error:
                yield Skipped(
                    location, f"{url}: unreadable record ({type(error).__name__}: {error})"
                )
                continue
            article.location = location
            yield article
    except (ArchiveLoadFailed, EOFError, OSError, ValueError) as error:
        yield Skipped(path, f"truncated or corrupt WARC after {count} HTML records ({error})")


def count_records(stream: BinaryIO) -> int:
    """How many HTML response records a WARC holds (for progress), reading no payloads."""
    count = 0
    try:
        for record in ArchiveIterator(stream):
            count += _is_html_response(record)
    except (ArchiveLoadFailed, EOFError, OSError, ValueError):
        pass
    return count
