"""The HTML reader on small pages written for these tests."""

from __future__ import annotations

from pathlib import Path

import pytest
from trafilatura.utils import load_html

from dateline.ingest.base import BadInput
from dateline.ingest.html import article_from_html, decode_html, extract_page
from dateline.ingest.htmldates import (
    dates_in,
    publication_date,
    to_day,
    url_date,
    visible_text,
)

FIXTURES = Path(__file__).parent / "fixtures" / "html"


def page(name: str) -> bytes:
    return (FIXTURES / name).read_bytes()


def test_news_page_keeps_only_the_article_text():
    article = article_from_html(page("news.html"), url="https://courier.example/floods")
    assert article.text.startswith("Rising water cut road links to at least six towns")
    assert "Two people were reported missing near the village of Dolni Brod." in article.text
    assert article.text.rstrip().endswith("upstream of the river towns.")
    for boilerplate in (
        "Subscribe today",
        "Most read",
        "Celebrity chef",
        "riverwatcher",
        "Stay safe everyone",
        "All rights reserved",
        "Sport results",
    ):
        assert boilerplate not in article.text
    assert article.url == "https://courier.example/floods"


def test_paragraphs_are_separated_by_a_blank_line():
    paragraphs = article_from_html(page("news.html")).text.split("\n\n")
    assert any(p.startswith("Rescue teams in boats") for p in paragraphs)
    assert all(p and p == p.strip() and "\n" not in p for p in paragraphs)


def test_headline_is_the_title_not_part_of_the_text():
    article = article_from_html(page("news.html"))
    assert article.title == "Floods cut off river towns in northern province"
    assert "Floods cut off" not in article.text


def test_title_date_and_author():
    data = extract_page(page("news.html"))
    assert data.title == "Floods cut off river towns in northern province"
    assert data.date == "2021-03-14"
    assert data.author == "Mara Lindqvist"
    article = article_from_html(page("news.html"))
    assert article.title == data.title
    assert article.published == "2021-03-14"


def test_meta_date_wins_over_fallback_date():
    assert article_from_html(page("news.html"), fallback_date="2021-04-01").published == (
        "2021-03-14"
    )


def test_fallback_date_when_page_has_no_date():
    assert article_from_html(page("undated.html")).published is None
    article = article_from_html(page("undated.html"), fallback_date="2022-05-06")
    assert article.published == "2022-05-06"
    assert article.text.startswith("The city council voted eleven to four")


def test_malformed_html_is_still_extracted():
    article = article_from_html(page("malformed.html"))
    assert article.text.startswith("Dock workers at the port of Halvik walked off the job")
    assert "in talks with the finance ministry" in article.text
    assert "nine vessels were waiting at anchor" in article.text
    assert article.title == "Port workers strike over unpaid wages"


def test_page_without_article_text_is_bad_input():
    with pytest.raises(BadInput, match=r"without article text: too little text \(\d+ characters"):
        article_from_html(page("no_article.html"))


@pytest.mark.parametrize(
    ("data", "reason"),
    [
        (b"", "empty"),
        (b"  \n ", "empty"),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "binary"),
        (b"just a line of plain words without any markup at all", "not HTML"),
        (b"<html><body><p>Too short.</p></body></html>", "too little text"),
    ],
)
def test_bad_input_reasons(data: bytes, reason: str):
    with pytest.raises(BadInput, match=reason):
        article_from_html(data)


def test_windows_1252_page_with_meta_charset():
    data = page("cp1252.html")
    with pytest.raises(UnicodeDecodeError):
        data.decode("utf-8")
    article = article_from_html(data)
    assert article.title == "Café owners protest €5 fee"
    assert "old town of Liège on Wednesday against a new €5 daily fee" in article.text
    assert "seating — the third protest" in article.text
    assert "“We cannot pass this on to our customers,” said Renée Faïs" in article.text


def test_decode_html_prefers_bom_then_utf8():
    assert decode_html("\ufeff<p>é</p>".encode("utf-8")) == "<p>é</p>"
    assert decode_html("<p>é</p>".encode("utf-16")) == "<p>é</p>"
    assert decode_html(b'<meta charset="iso-8859-1"><p>\x93\xe9\x94</p>') == (
        '<meta charset="iso-8859-1"><p>“é”</p>'
    )


def test_bare_copyright_year_is_not_a_publication_date():
    html = page("undated.html").decode()
    with_year = html.replace("</article>", "</article><p>© 2019 Harbour News</p>")
    assert publication_date(with_year) is None
    assert article_from_html(with_year.encode(), fallback_date="2022-05-06").published == (
        "2022-05-06"
    )
    meta = '<head><meta property="article:published_time" content="2021-01-01T09:00:00">'
    assert publication_date(html.replace("<head>", meta)) == "2021-01-01"


def test_timestamp_late_in_the_evening_gives_its_local_day():
    article = article_from_html(page("evening_offset.html"))
    assert article.published == "2021-03-15"


def publication_page(head: str, shown: str) -> str:
    paragraph = (
        "The county board voted to keep the east branch library open for another year, "
        "after residents filled the meeting room for almost four hours."
    )
    return (
        f"<html><head><title>Library stays open</title>{head}</head><body><article>"
        f"<h1>Library stays open</h1><p>{shown}</p><p>{paragraph}</p></article></body></html>"
    )


def test_the_day_the_page_shows_wins_over_an_unshown_metadata_day():
    head = (
        '<meta property="article:published_time" content="2019-10-15T16:59:59Z">'
        '<script type="application/ld+json">{"@type": "Article", '
        '"datePublished": "2019-10-15T16:59:59Z", "dateModified": "2020-03-12T14:42:17Z"}</script>'
    )
    assert publication_date(publication_page(head, "Updated on 12.03.2020")) == "2020-03-12"
    assert publication_date(publication_page(head, "Posted October 15, 2019")) == "2019-10-15"


def test_markup_date_beats_a_guessed_one_when_the_page_shows_neither():
    head = (
        '<script type="application/ld+json">{"@graph": [{"@type": "NewsArticle", '
        '"datePublished": "Tue, Sep 15 2020 10:01:41 EDT"}]}</script>'
    )
    link = 'By our reporter. <a href="https://news.example/2020/05/20/older-story">Earlier</a>'
    assert publication_date(publication_page(head, link)) == "2020-09-15"


def test_to_day_reads_the_written_day_and_needs_a_full_date():
    assert to_day("2020-03-15T23:30:00-05:00") == "2020-03-15"
    assert to_day("2020-03-15T01:30:00Z") == "2020-03-15"
    assert to_day("Wed, 04 May 2022 02:41:00 GMT") == "2022-05-04"
    assert to_day("2020") is None
    assert to_day("March 2020") is None
    assert to_day("soon") is None


def test_url_date_and_shown_dates():
    assert url_date("https://blog.example/2017/7/12/montauk") == "2017-07-12"
    assert url_date("https://news.example/2020/13/40/x") is None
    assert url_date(None) is None
    tree = load_html(
        "<html><head><title>1.2.2003</title></head><body><p>24. August 2019, "
        "5 de mayo de 2022, Oct. 3rd, 2021, 4/5/2020 and 2020-01-05</p><h1>News</h1>"
        "<script>var d = '2018-01-01';</script></body></html>"
    )
    text, headline_at = visible_text(tree)
    assert text[headline_at:] == "News"
    assert {day for _, day in dates_in(text)} == {
        "2019-08-24",
        "2022-05-05",
        "2021-10-03",
        "2020-05-04",
        "2020-04-05",
        "2020-01-05",
    }


def test_byline_date_next_to_the_headline_wins_when_the_guess_is_not_shown():
    html = publication_page("", "12.01.2022, by Dana Whitfield")
    links = '<ul><li><a href="/news/2021/11/29/older">Older: council budget</a></li></ul>'
    html = html.replace("</article>", f"</article>{links}")
    assert publication_date(html) == "2022-01-12"
