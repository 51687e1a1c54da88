"""Readers: every input format, and every kind of bad input reported and skipped."""

from __future__ import annotations

import gzip
import json
from pathlib import Path

from dateline.ingest import JsonFields, Skipped, Warned, read_items
from dateline.ingest.base import MAX_BYTES
from dateline.ingest.text import article_from_text, parse_date_line
from dateline.models import Article, article_id

ENGLISH = (
    "Police in the northern city fired tear gas at hundreds of protesters who had gathered "
    "outside the governor's office on Tuesday to demand the release of detained activists, "
    "witnesses said. At least 12 people were arrested, a police spokesman told reporters."
)
FRENCH = (
    "La police a tiré des gaz lacrymogènes sur des centaines de manifestants rassemblés mardi "
    "devant le bureau du gouverneur pour exiger la libération de militants détenus, ont "
    "rapporté des témoins. Au moins douze personnes ont été arrêtées, selon la police."
)


def items(*paths: Path | str, **options) -> list[Article | Skipped | Warned]:
    return list(read_items([str(p) for p in paths], **options))


def only_skipped(found: list[Article | Skipped]) -> Skipped:
    assert len(found) == 1 and isinstance(found[0], Skipped), found
    return found[0]


def test_plain_text_header_furniture_and_caption(examples: Path) -> None:
    [article] = items(examples / "sahel-convoy-ambush.txt")
    assert article.title == "Gunmen kill 14 soldiers in ambush on army convoy near Gao, Mali says"
    assert article.published == "2024-03-12"
    assert article.language == "en"
    assert article.text.startswith("Suspected jihadists killed 14 Malian soldiers")
    assert "min read" not in article.text
    assert "[AFP]" not in article.text
    assert "Gunmen kill 14" not in article.text
    assert article.text.count("\n\n") == 7


def test_plain_text_without_date_line_drops_repeated_standfirst() -> None:
    raw = (
        "Floods cut off villages in the north\n\n"
        "Floods have cut off dozens of villages in the north after days of heavy rain.\n"
        "By Sarah Quinn\n"
        "Floods have cut off dozens of villages in the north after days of heavy rain, "
        "officials said.\n" + ENGLISH
    )
    article = article_from_text(raw)
    assert article.published is None
    assert article.text.startswith("Floods have cut off dozens of villages in the north after")
    assert article.text.count("Floods have cut off") == 1
    assert "By Sarah Quinn" not in article.text


def test_date_lines() -> None:
    assert parse_date_line("07 October, 2017") == "2017-10-07"
    assert parse_date_line("Published: Oct 7, 2017 3:04 PM") == "2017-10-07"
    assert parse_date_line("Updated on 2024-06-18") == "2024-06-18"
    assert parse_date_line("3 min read") is None
    assert parse_date_line("The army said on Monday that 14 soldiers died") is None


def test_same_text_has_same_id_whatever_its_spacing() -> None:
    assert article_id("A  story\n\nabout floods.") == article_id("a story about floods.")
    assert article_id("A story about floods.") != article_id("A story about fires.")


def test_one_page_text_under_two_headlines_is_two_articles() -> None:
    form = "Already a subscriber? Sign in to keep reading."
    first = Article(text=form, title="Man shot outside Elm Street bar")
    second = Article(text=form, title="Two hurt in Route 9 crash")
    assert first.id != second.id
    assert first.id == Article(text=form + "\n", title="man shot outside  Elm Street bar").id
    assert Article(text=form).id == article_id(form)


def test_jsonl_defaults_and_bad_line(tmp_path: Path) -> None:
    path = tmp_path / "feed.jsonl"
    lines = [
        json.dumps({"text": ENGLISH, "title": "Protest", "date": "2024-05-02T08:00:00Z",
                    "url": "https://www.example.org/a"}),
        "{not json",
        json.dumps(["a", "list"]),
        json.dumps({"title": "no text here"}),
        "",
    ]  # fmt: skip
    path.write_text("\n".join(lines))
    found = items(path)
    article = found[0]
    assert isinstance(article, Article)
    assert (article.title, article.published, article.source) == (
        "Protest",
        "2024-05-02",
        "example.org",
    )
    assert article.location == f"{path}:1"
    reasons = {s.location: s.reason for s in found[1:]}
    assert reasons[f"{path}:2"].startswith("line is not JSON")
    assert "expected a JSON object" in reasons[f"{path}:3"]
    assert "no text field" in reasons[f"{path}:4"]
    assert len(found) == 4


def test_jsonl_configured_fields(tmp_path: Path) -> None:
    path = tmp_path / "dump.ndjson"
    path.write_text(json.dumps({"body": ENGLISH, "headline": "H", "pubdate": "2024-01-31"}))
    [article] = items(path, fields=JsonFields.parse("text=body,title=headline,published=pubdate"))
    assert (article.title, article.published) == ("H", "2024-01-31")


def test_warc_records_with_url_and_date(examples: Path) -> None:
    found = items(examples / "crawl.warc.gz")
    assert [a.url for a in found] == [
        "https://greatlakes-report.example/2024/02/08/m23-shasha",
        "https://middleeast-wire.example/2024/03/12/aid-convoy",
    ]
    assert found[0].published == "2024-02-08"
    assert found[1].source == "middleeast-wire.example"
    assert found[1].author is None
    assert "Share on social media" not in found[0].text


def test_html_page_metadata(examples: Path) -> None:
    [article] = items(examples / "el-fasher-siege.html")
    assert article.title == "RSF shelling of El Fasher camp kills dozens, medics say"
    assert (article.author, article.published) == ("Amal Osman", "2024-08-11")
    assert "First! This is terrible news." not in article.text
    assert "All rights reserved" not in article.text


def test_truncated_warc_keeps_whole_records_and_reports(examples: Path, tmp_path: Path) -> None:
    data = (examples / "crawl.warc.gz").read_bytes()
    broken = tmp_path / "broken.warc.gz"
    broken.write_bytes(data[: len(data) - 300])
    found = items(broken)
    assert isinstance(found[0], Article)
    assert isinstance(found[-1], Skipped)
    assert "truncated WARC: record 2" in found[-1].reason
    assert len(found) == 2


def test_truncated_gzip_jsonl(tmp_path: Path) -> None:
    record = json.dumps({"text": ENGLISH}) + "\n"
    data = gzip.compress((record * 50).encode())
    path = tmp_path / "feed.jsonl.gz"
    path.write_bytes(data[: len(data) // 2])
    found = items(path)
    assert isinstance(found[-1], Skipped)
    assert "truncated or corrupt" in found[-1].reason


def test_folders_recurse_and_globs_expand(examples: Path, tmp_path: Path) -> None:
    nested = tmp_path / "a" / "b"
    nested.mkdir(parents=True)
    (nested / "story.txt").write_text("Headline\n\n" + ENGLISH)
    (tmp_path / "a" / "other.txt").write_text("Another headline\n\n" + ENGLISH + " Again.")
    assert len(items(tmp_path)) == 2
    assert len(items(f"{tmp_path}/**/*.txt")) == 2
    assert len([a for a in items(examples) if isinstance(a, Article)]) == 7


def test_empty_file(tmp_path: Path) -> None:
    (tmp_path / "empty.txt").write_text("  \n")
    assert only_skipped(items(tmp_path / "empty.txt")).reason == "empty file"


def test_a_file_of_one_line_is_all_body(tmp_path: Path) -> None:
    line = "A man was shot in the leg outside a bar on Elm Street late Friday, police said."
    (tmp_path / "one.txt").write_text(line + "\n")
    [article] = items(tmp_path / "one.txt")
    assert isinstance(article, Article)
    assert (article.title, article.text) == (None, line)


def test_a_headline_with_no_body_is_skipped_with_its_reason(tmp_path: Path) -> None:
    (tmp_path / "headline.txt").write_text("Man shot outside Elm Street bar\nOctober 7, 2017\n")
    reason = only_skipped(items(tmp_path / "headline.txt")).reason
    assert reason.startswith("no text under the headline")


def test_binary_file(tmp_path: Path) -> None:
    (tmp_path / "photo.txt").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" * 10)
    assert "binary" in only_skipped(items(tmp_path / "photo.txt")).reason


def test_stray_undecodable_bytes_are_replaced_and_counted(tmp_path: Path) -> None:
    raw = "Headline\n\n" + ENGLISH + " Caf\xe9 owners in the old town were \xabshaken\xbb."
    (tmp_path / "latin.txt").write_bytes(raw.encode("latin-1"))
    warned, article = items(tmp_path / "latin.txt")
    assert isinstance(warned, Warned) and isinstance(article, Article)
    assert warned.reason == "3 undecodable bytes replaced with U+FFFD"
    assert article.text.endswith("Caf\ufffd owners in the old town were \ufffdshaken\ufffd.")


def test_mostly_undecodable_file_is_skipped(tmp_path: Path) -> None:
    (tmp_path / "cp1251.txt").write_bytes(
        "Заголовок\n\nПолиция задержала двенадцать человек.".encode("cp1251")
    )
    reason = only_skipped(items(tmp_path / "cp1251.txt")).reason
    assert reason.startswith("not valid UTF-8 text (") and "bytes undecodable" in reason


def test_jsonl_date_that_is_not_a_date_is_reported(tmp_path: Path) -> None:
    path = tmp_path / "feed.jsonl"
    records = [
        {"text": ENGLISH, "published": "not a date"},
        {"text": ENGLISH + " The curfew holds.", "published": "2024-03-12"},
        {"text": ENGLISH + " Shops stayed shut.", "published": 10**13},
    ]
    path.write_text("\n".join(json.dumps(r) for r in records))
    found = items(path)
    warnings = [item for item in found if isinstance(item, Warned)]
    articles = [item for item in found if isinstance(item, Article)]
    assert [w.location for w in warnings] == [f"{path}:1", f"{path}:3"]
    assert "'not a date' is not a day's date" in warnings[0].reason
    assert [a.published for a in articles] == [None, "2024-03-12", None]


def test_not_english(tmp_path: Path) -> None:
    (tmp_path / "fr.txt").write_text("Titre\n\n" + FRENCH)
    assert "not English (detected 'fr'" in only_skipped(items(tmp_path / "fr.txt")).reason


def test_huge_file(tmp_path: Path) -> None:
    path = tmp_path / "huge.txt"
    path.write_text("Headline\n\n" + "word " * (MAX_BYTES // 5 + 10))
    assert "too large" in only_skipped(items(path)).reason


def test_too_long_for_one_article(tmp_path: Path) -> None:
    path = tmp_path / "long.txt"
    path.write_text("Headline\n\n" + (ENGLISH + "\n") * 2000)
    assert "too large for one article" in only_skipped(items(path)).reason


def test_malformed_html_without_article(tmp_path: Path) -> None:
    path = tmp_path / "broken.html"
    path.write_text("<html><body><div><p>Menu <a href='/'>Home</a><div><span>")
    skipped = only_skipped(items(path))
    assert skipped.location == str(path)
    assert skipped.reason


def test_missing_path_and_empty_glob(tmp_path: Path) -> None:
    assert only_skipped(items(tmp_path / "nope.txt")).reason == "no such file or folder"
    assert only_skipped(items(f"{tmp_path}/*.warc")).reason == "no file matches this pattern"


def test_one_bad_file_does_not_stop_the_batch(tmp_path: Path) -> None:
    (tmp_path / "1.txt").write_text("First headline\n\n" + ENGLISH)
    (tmp_path / "2.txt").write_bytes(b"\x00\x01\x02")
    (tmp_path / "3.txt").write_text("Third headline\n\n" + ENGLISH + " More.")
    kinds = [type(item).__name__ for item in items(tmp_path)]
    assert kinds == ["Article", "Skipped", "Article"]
