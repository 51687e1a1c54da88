"""HTML extraction: body text and publication dates on ../shared/eval/html (development portion).

Runs dateline's HTML reader beside trafilatura's and htmldate's defaults on the same pages:

- Zyte article-extraction benchmark: body-text precision/recall/F1 with that benchmark's metric
  (4-gram shingles of ``\\w+`` tokens, TP/FP/FN normalised per document, P and R averaged over
  documents, F1 of the averages) and exact-match accuracy; the systems' published outputs on
  the same pages are scored too, as a check of the metric.
- trafilatura's evaluation set: ``with`` / ``without`` segment P/R/F1 (a segment counts as found
  when it is a substring of the extracted text, whitespace collapsed in both) and date accuracy.
- htmldate's Media Cloud 2020 set: date accuracy (exact day).

Usage: .venv/bin/python benchmarks/html_extraction.py [--limit N] [--data DIR]
"""

from __future__ import annotations

import argparse
import gzip
import json
import re
import statistics
import time
from collections import Counter
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

import htmldate
import trafilatura

from dateline.ingest.base import BadInput
from dateline.ingest.html import article_from_html

DATA = Path(__file__).resolve().parents[2] / "shared" / "eval" / "html"
_TOKEN = re.compile(r"\w+")
_ISO_DAY = re.compile(r"\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])")


@dataclass(slots=True)
class Output:
    """What one system made of one page; None where it does not produce that field."""

    text: str | None
    date: str | None


def _trafilatura_defaults(data: bytes, url: str | None) -> Output:
    metadata = trafilatura.extract_metadata(data, default_url=url)
    return Output(trafilatura.extract(data, url=url) or "", metadata.date if metadata else None)


def _htmldate_defaults(data: bytes, url: str | None) -> Output:
    return Output(None, htmldate.find_date(data, url=url))


def _dateline(data: bytes, url: str | None) -> Output:
    try:
        article = article_from_html(data, url=url)
    except BadInput:
        return Output("", None)
    return Output(article.text, article.published)


SYSTEMS: dict[str, Callable[[bytes, str | None], Output]] = {
    f"trafilatura {trafilatura.__version__} defaults": _trafilatura_defaults,
    f"htmldate {htmldate.__version__} defaults": _htmldate_defaults,
    "dateline": _dateline,
}


@dataclass(slots=True)
class Timer:
    """CPU seconds spent per system (robust to other load on the machine), and pages seen."""

    seconds: Counter = field(default_factory=Counter)
    pages: Counter = field(default_factory=Counter)

    def run(self, name: str, data: bytes, url: str | None) -> Output:
        start = time.process_time()
        output = SYSTEMS[name](data, url)
        self.seconds[name] += time.process_time() - start
        self.pages[name] += 1
        return output


def shingles(text: str, n: int = 4) -> Counter:
    """The multiset of n-grams of ``\\w+`` tokens (all tokens as one when there are fewer)."""
    tokens = _TOKEN.findall(text)
    grams = (" ".join(tokens[i : i + n]) for i in range(max(1, len(tokens) - n + 1)))
    return Counter(g for g in grams if g)


def body_counts(gold: str, predicted: str) -> tuple[float, float, float]:
    """Shingle TP, FP, FN for one document, normalised to sum to 1."""
    expected, found = shingles(gold), shingles(predicted)
    tp = sum((expected & found).values())
    fp = sum((found - expected).values())
    fn = sum((expected - found).values())
    total = tp + fp + fn
    return (tp / total, fp / total, fn / total) if total else (0.0, 0.0, 0.0)


def body_scores(pairs: list[tuple[str, str]]) -> dict[str, float]:
    """Zyte-benchmark precision, recall, F1 and accuracy over (gold, predicted) pairs."""
    counts = [body_counts(gold, predicted) for gold, predicted in pairs]
    precision = _mean([tp / (tp + fp) for tp, fp, _ in counts if tp + fp > 0])
    recall = _mean([tp / (tp + fn) for tp, _, fn in counts if tp + fn > 0])
    exact = [_TOKEN.findall(g) == _TOKEN.findall(p) for g, p in pairs]
    return {"P": precision, "R": recall, "F1": _f1(precision, recall), "acc": _mean(exact)}


def segment_counts(text: str, item: dict) -> Counter:
    """TP/FN for the ``with`` segments and FP/TN for the ``without`` ones found in ``text``."""
    flat = " ".join(text.split())
    counts: Counter = Counter()
    for segment in item["with"]:
        counts["tp" if " ".join(segment.split()) in flat else "fn"] += 1
    for segment in item["without"]:
        counts["fp" if " ".join(segment.split()) in flat else "tn"] += 1
    return counts


def segment_scores(counts: Counter) -> dict[str, float]:
    tp, fp, fn, tn = (counts[k] for k in ("tp", "fp", "fn", "tn"))
    precision = tp / (tp + fp) if tp + fp else 0.0
    recall = tp / (tp + fn) if tp + fn else 0.0
    accuracy = (tp + tn) / (tp + fp + fn + tn) if counts else 0.0
    return {"P": precision, "R": recall, "F1": _f1(precision, recall), "acc": accuracy}


def _mean(values: list) -> float:
    return statistics.fmean(values) if values else 0.0


def _f1(precision: float, recall: float) -> float:
    return 2 * precision * recall / (precision + recall) if precision + recall else 0.0


def _items(folder: Path, limit: int | None) -> Iterator[tuple[str, dict]]:
    gold = json.loads((folder / "ground-truth.json").read_text(encoding="utf-8"))
    for key in sorted(gold)[:limit]:
        yield key, gold[key]


def zyte(data: Path, limit: int | None, timer: Timer) -> dict[str, dict[str, float]]:
    """Body scores per system, with the published outputs on the same pages."""
    folder = data / "zyte_article_benchmark"
    published = {}
    for path in sorted((folder / "published_outputs").glob("*.json")):
        run = json.loads(path.read_text(encoding="utf-8"))
        published[" ".join(filter(None, (path.stem, run.get("version"))))] = run["output"]
    pairs: dict[str, list[tuple[str, str]]] = {}
    for key, item in _items(folder, limit):
        page = gzip.decompress((folder / "html" / f"{key}.html.gz").read_bytes())
        gold = item["articleBody"]
        for name in SYSTEMS:
            if name.startswith("htmldate"):
                continue
            text = timer.run(name, page, item.get("url")).text or ""
            pairs.setdefault(name, []).append((gold, text))
        for system, output in published.items():
            text = (output.get(key) or {}).get("articleBody") or ""
            pairs.setdefault(f"published output: {system}", []).append((gold, text))
    return {name: body_scores(p) for name, p in pairs.items()}


def trafilatura_set(
    data: Path, limit: int | None, timer: Timer
) -> tuple[dict[str, dict[str, float]], dict[str, tuple[int, int]]]:
    """Segment scores and date (right, total) per system on trafilatura's evaluation set."""
    folder = data / "trafilatura_evaldata"
    segments: dict[str, Counter] = {}
    dates: dict[str, list[int]] = {}
    for url, item in _items(folder, limit):
        page = gzip.decompress((folder / "html" / f"{item['file']}.gz").read_bytes())
        for name in SYSTEMS:
            output = timer.run(name, page, url)
            if output.text is not None:
                segments.setdefault(name, Counter()).update(segment_counts(output.text, item))
            if item.get("date"):
                tally = dates.setdefault(name, [0, 0])
                tally[0] += output.date == item["date"]
                tally[1] += 1
    scores = {name: segment_scores(counts) for name, counts in segments.items()}
    return scores, {name: (right, total) for name, (right, total) in dates.items()}


def htmldate_set(data: Path, limit: int | None, timer: Timer) -> dict[str, tuple[int, int]]:
    """Date (right, total) per system on htmldate's Media Cloud 2020 set."""
    folder = data / "htmldate_mediacloud_2020"
    dates: dict[str, list[int]] = {name: [0, 0] for name in SYSTEMS}
    for url, item in _items(folder, limit):
        page = gzip.decompress((folder / "html" / f"{item['file']}.gz").read_bytes())
        for name in SYSTEMS:
            dates[name][0] += timer.run(name, page, url).date == item["date"]
            dates[name][1] += 1
    return {name: (right, total) for name, (right, total) in dates.items()}


def malformed_gold(data: Path, limit: int | None) -> int:
    """Gold dates (scored as given) that are not valid ``YYYY-MM-DD`` days, e.g. NaN."""
    sets = ("htmldate_mediacloud_2020", "trafilatura_evaldata")
    dates = [item.get("date") for name in sets for _, item in _items(data / name, limit)]
    return sum(1 for d in dates if d and not (isinstance(d, str) and _ISO_DAY.fullmatch(d)))


def _table(title: str, header: list[str], rows: list[list[str]]) -> str:
    lines = [f"### {title}", "", "| " + " | ".join(header) + " |"]
    lines.append("|" + "|".join("---" for _ in header) + "|")
    lines += ["| " + " | ".join(row) + " |" for row in rows]
    return "\n".join(lines) + "\n"


def _prf_rows(scores: dict[str, dict[str, float]]) -> list[list[str]]:
    return [[name] + [f"{s[k]:.3f}" for k in ("P", "R", "F1", "acc")] for name, s in scores.items()]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--limit", type=int, help="only the first N pages of each set")
    parser.add_argument("--data", type=Path, default=DATA, help="the eval/html folder")
    args = parser.parse_args()

    timer = Timer()
    body = zyte(args.data, args.limit, timer)
    segments, traf_dates = trafilatura_set(args.data, args.limit, timer)
    mc_dates = htmldate_set(args.data, args.limit, timer)

    n_zyte = args.limit or "all"
    print(
        _table(
            f"Zyte body text ({n_zyte} pages; target F1 >= 0.96)",
            ["system", "P", "R", "F1", "exact"],
            _prf_rows(body),
        )
    )
    print(
        _table(
            "trafilatura set: with/without segments",
            ["system", "P", "R", "F1", "acc"],
            _prf_rows(segments),
        )
    )
    rows = []
    for name in SYSTEMS:
        cells = [name]
        for tallies in (mc_dates, traf_dates):
            right, total = tallies.get(name, (0, 0))
            cells.append(f"{right / total:.3f} ({right}/{total})" if total else "-")
        cells.append(f"{1000 * timer.seconds[name] / max(1, timer.pages[name]):.0f}")
        rows.append(cells)
    print(
        _table(
            "Publication date accuracy (target >= 0.90) and time",
            ["system", "htmldate set", "trafilatura set", "CPU ms/page (all sets)"],
            rows,
        )
    )
    print(
        f"Gold dates that are not valid YYYY-MM-DD days (scored as given, so never matched): "
        f"{malformed_gold(args.data, args.limit)}. trafilatura defaults = extract() for the text "
        "plus extract_metadata() for the date (two parses of the page)."
    )


if __name__ == "__main__":
    main()
