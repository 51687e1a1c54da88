"""End-to-end throughput beside a bare ``nlp.pipe`` of the same model over the same texts.

Texts are real news articles from the LGL corpus in ../shared/eval/geo (read there, never
copied), each brought to about 600 words by joining consecutive articles. Prints articles/s
for the bare parse and for the whole pipeline, their ratio, the time each stage adds, and
the peak resident memory of this process (and of the worker processes when --workers > 1).

    .venv/bin/python benchmarks/throughput.py --articles 300

With ``--cpu`` the single process is timed by its CPU time (``time.process_time``), which
other processes on a loaded machine move far less than the wall clock; the worker figures
stay wall-clock.
"""

from __future__ import annotations

import argparse
import resource
import time
import xml.etree.ElementTree as ET
from collections import defaultdict
from pathlib import Path

from dateline.geo.stage import open_gazetteer
from dateline.models import Article
from dateline.pipeline import Extractor, Pipeline

LGL = Path(__file__).resolve().parents[2] / "shared" / "eval" / "geo" / "LGL" / "lgl.xml"
WORDS = 600
BATCH = 16


def corpus(count: int, words: int = WORDS) -> list[str]:
    """``count`` texts of about ``words`` words each, joined from consecutive LGL articles."""
    texts = [node.text or "" for node in ET.parse(LGL).getroot().iter("text")]
    out, current = [], []
    for text in texts * (1 + count * words // max(1, sum(len(t.split()) for t in texts))):
        current.extend(text.split())
        while len(current) >= words and len(out) < count:
            out.append(" ".join(current[:words]))
            current = current[words:]
        if len(out) == count:
            break
    return out


def peak_rss_mb() -> float:
    """Peak resident memory of this process."""
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def worker_peak_rss_mb(extractor: Extractor) -> float:
    """The largest peak resident memory among the extractor's live worker processes.

    The workers are children of multiprocessing's fork server, not of this process, so
    ``RUSAGE_CHILDREN`` does not see them; each one's ``VmHWM`` is read from /proc.
    """
    peaks = []
    for process in extractor._pool._pool:
        status = Path(f"/proc/{process.pid}/status").read_text()
        line = next(x for x in status.splitlines() if x.startswith("VmHWM:"))
        peaks.append(int(line.split()[1]) / 1024)
    return max(peaks)


class Timed:
    """Wraps a stage to add up the seconds it takes."""

    def __init__(self, stage, totals: dict[str, float], clock=time.perf_counter) -> None:
        self.stage, self.totals, self.layer, self.clock = stage, totals, stage.layer, clock

    def __call__(self, result, doc):
        start = self.clock()
        try:
            return self.stage(result, doc)
        finally:
            self.totals[self.layer] += self.clock() - start


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=300)
    parser.add_argument("--workers", type=int, default=1)
    parser.add_argument("--rounds", type=int, default=3, help="best of this many runs of each")
    parser.add_argument(
        "--cpu",
        action="store_true",
        help="time the single process by its CPU time, not the wall clock (a loaded machine)",
    )
    args = parser.parse_args()
    clock = time.process_time if args.cpu else time.perf_counter

    texts = corpus(args.articles)
    articles = [Article(text=t, published="2009-03-20") for t in texts]
    pipeline = Pipeline()
    list(pipeline.nlp.pipe(texts[:BATCH], batch_size=BATCH))

    totals: dict[str, float] = defaultdict(float)
    pipeline.stages = [Timed(stage, totals, clock) for stage in pipeline.stages]
    bare, full, best_totals = float("inf"), float("inf"), {}
    for _ in range(args.rounds):
        start = clock()
        for _ in pipeline.nlp.pipe(texts, batch_size=BATCH):
            pass
        bare = min(bare, clock() - start)
        totals.clear()
        open_gazetteer(pipeline.settings.gazetteer).forget()  # each round as new articles
        start = clock()
        results = list(pipeline.process_stream(articles, batch_size=BATCH))
        elapsed = clock() - start
        assert len(results) == len(articles)
        if elapsed < full:
            full, best_totals = elapsed, dict(totals)

    n = len(texts)
    print(
        f"{n} articles of {WORDS} words (LGL news text), batch {BATCH}, 1 process, "
        f"best of {args.rounds} interleaved rounds" + (", CPU time" if args.cpu else "")
    )
    print(f"bare nlp.pipe      {n / bare:7.2f} articles/s")
    print(f"dateline pipeline  {n / full:7.2f} articles/s")
    print(f"ratio              {bare / full:7.3f}   (target >= 0.8)")
    for layer, seconds in best_totals.items():
        share = seconds / bare
        print(f"  stage {layer:<9} {1000 * seconds / n:6.2f} ms/article  (+{share:.1%} of parse)")
    print(f"peak RSS           {peak_rss_mb():7.0f} MB  (target <= 1536 MB per worker)")

    if args.workers > 1:
        with Extractor(workers=args.workers) as extractor:
            list(extractor.process(articles[: 2 * args.workers]))
            start = time.perf_counter()
            done = sum(1 for _ in extractor.process(articles))
            elapsed = time.perf_counter() - start
            worker_peak = worker_peak_rss_mb(extractor)
        print(f"{args.workers} workers         {done / elapsed:7.2f} articles/s")
        print(f"peak RSS of a worker {worker_peak:5.0f} MB")


if __name__ == "__main__":
    main()
