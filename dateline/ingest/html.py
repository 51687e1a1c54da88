"""HTML pages to articles: main text, title, author and publication date.

Main text, title and author come from trafilatura in its fast mode, rerun with
its fallback extractors only when the fast pass finds little text; the
publication date comes from ``dateline.ingest.htmldates`` (htmldate, checked
against the dates the page shows). These settings were chosen on the development
data of ``benchmarks/html_extraction.py``; see docs/benchmarks.md.
"""

from __future__ import annotations

import codecs
import re
from dataclasses import dataclass

from lxml.html import HtmlElement
from trafilatura import bare_extraction
from trafilatura.settings import Document
from trafilatura.utils import decode_file, load_html

from dateline.ingest.base import BadInput, check_text
from dateline.ingest.htmldates import publication_date
from dateline.ingest.urls import source_of
from dateline.models import Article

_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([\w.:-]+)""", re.IGNORECASE)
_XML_ENCODING = re.compile(rb"""^\s*<\?xml[^>]+encoding\s*=\s*["']([\w.:-]+)""", re.IGNORECASE)
_BOMS = (
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
_LATIN1 = {"iso-8859-1", "latin-1", "latin1", "us-ascii", "ascii"}

RETRY_BELOW = 500
"""Main text shorter than this (characters) from the fast pass triggers the full extraction."""

# trafilatura's metadata pass also dates the page; that date is not used, so keep it cheap.
_UNUSED_DATE = {"original_date": True, "extensive_search": False}


@dataclass(frozen=True, slots=True)
class Page:
    """What one HTML page yields: main text (paragraphs split by a blank line) and metadata."""

    text: str
    title: str | None
    author: str | None
    date: str | None
    sitename: str | None


def decode_html(data: bytes) -> str:
    """The page as str: by its BOM, else UTF-8, else its declared charset, else a guessed one."""
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            return data.decode(encoding, errors="replace")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    head = data[:4096]
    declared = _XML_ENCODING.search(head) or _CHARSET.search(head)
    if declared:
        name = declared.group(1).decode("ascii", "replace").lower()
        # Browsers read latin-1 and ascii labels as windows-1252 (WHATWG Encoding).
        encoding = "cp1252" if name in _LATIN1 else name
        try:
            return data.decode(encoding)
        except (LookupError, UnicodeDecodeError):
            pass
    return decode_file(data)


def extract_page(data: bytes, url: str | None = None) -> Page:
    """Main text and metadata of an HTML page, or ``BadInput`` when it has no article text.

    A leading headline equal to the title is left out of the text: it is in ``title``.
    """
    if not data.strip():
        raise BadInput("empty file")
    if b"\x00" in data[:8192] and not data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        raise BadInput("binary file (contains NUL bytes)")
    html = decode_html(data)
    if "<" not in html:
        raise BadInput("not HTML (no markup)")
    tree = load_html(html)
    if tree is None:
        raise BadInput("malformed HTML (cannot be parsed)")
    document = _extract(tree, url, fast=True)
    if document is None or len(document.text or "") < RETRY_BELOW:
        document = _extract(tree, url, fast=False) or document
    if document is None or not (document.text or "").strip():
        raise BadInput("no article text found in HTML")
    paragraphs = [line.strip() for line in document.text.splitlines() if line.strip()]
    if paragraphs and document.title and _same(paragraphs[0], document.title):
        paragraphs = paragraphs[1:]
    return Page(
        text="\n\n".join(paragraphs),
        title=document.title or None,
        author=document.author or None,
        date=publication_date(html, url),
        sitename=document.sitename or None,
    )


def _extract(tree: HtmlElement, url: str | None, fast: bool) -> Document | None:
    return bare_extraction(
        tree,
        url=url,
        fast=fast,
        with_metadata=True,
        include_comments=False,
        date_extraction_params=_UNUSED_DATE,
    )


def _same(a: str, b: str) -> bool:
    return " ".join(a.split()).casefold() == " ".join(b.split()).casefold()


def article_from_html(
    data: bytes, url: str | None = None, fallback_date: str | None = None
) -> Article:
    """An article from an HTML page; ``fallback_date`` is used when the page has no date.

    Raises ``BadInput`` with the reason when the page has no usable article text.
    """
    page = extract_page(data, url)
    try:
        text = check_text(page.text)
    except BadInput as error:
        raise BadInput(
            f"HTML page without article text: {error} after boilerplate removal"
        ) from None
    return Article(
        text=text,
        title=page.title,
        url=url,
        source=source_of(url) or page.sitename,
        author=page.author,
        published=page.date or fallback_date,
    )
