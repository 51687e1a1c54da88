"""The outlet a URL belongs to."""

from __future__ import annotations

from urllib.parse import urlsplit


def source_of(url: str | None) -> str | None:
    """The host of a URL without a leading ``www.``, or None."""
    if not url:
        return None
    host = urlsplit(url).hostname
    if not host:
        return None
    return host.removeprefix("www.")
