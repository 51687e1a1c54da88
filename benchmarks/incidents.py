"""Incidents on GVA: articles clustered by the incident of their lead event, against the registry.

Reads ../shared/eval/incidents/gva at run time (nothing is copied). Every article with a
registry incident goes in with its title, publication day (``dct``) and original URL; its
extracted result is cached in ``--cache`` (a JSON Lines file outside the repository) so
that the clustering can be re-scored without re-extracting. Every event of the articles
is fused into incidents as the store fuses them, and each article is put in the incident
of its lead event (``lead_scoring.lead_event``); an article with no event stays alone.

Scores, for development incidents and held-out ones (incident id % 5 == 4) separately:
B-cubed precision, recall and F1 over articles; pairwise precision, recall and F1 over
article pairs of one incident; incidents per state and month against the registry's
(share of state-months within 10%); killed and injured per incident (the incident's
reconciled count exact against the registry, over incidents of 2+ articles too). Beside
the two baselines: every article alone, and same publication week plus same lead place.
Also counted: articles whose text is also that of another incident's article (a sign-in
form, a paywall): their id is the text's, so fusion and the store take them for one.

    .venv/bin/python benchmarks/incidents.py --cache /tmp/gva_results.jsonl [--workers 2]
        [--orders 1000]   # also: 1,000 articles stored in two orders give the same incidents?
        [--apart]         # development only: why pairs of one incident stay apart
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import time
from collections import Counter, defaultdict
from datetime import date
from pathlib import Path

from incidents_apart import apart, days_held
from lead_scoring import lead_event, registry_day

from dateline.incidents.config import rules
from dateline.incidents.fuse import fuse_reports, reports_of
from dateline.models import Article, Result
from dateline.pipeline import Extractor, Skipped
from dateline.store.database import Store

DATA = Path(__file__).resolve().parents[2] / "shared" / "eval" / "incidents" / "gva"
_ARCHIVE = re.compile(r"^https?://web\.archive\.org/web/\d+/")


def registry() -> tuple[dict[str, dict], list[dict]]:
    """GVA incidents by id, and the articles that report one, by doc_id."""
    incidents = {}
    with open(DATA / "incidents.jsonl", encoding="utf-8") as handle:
        for line in handle:
            row = json.loads(line)
            incidents[row["incident_uri"]] = row
    with open(DATA / "articles.jsonl", encoding="utf-8") as handle:
        rows = [json.loads(line) for line in handle]
    rows = [r for r in rows if r["incident_id"] in incidents]
    return incidents, sorted(rows, key=lambda r: r["doc_id"])


def article(row: dict) -> Article:
    """A registry article as dateline reads it."""
    return Article(
        text=row["content"],
        title=row["title"],
        url=_ARCHIVE.sub("", row["uri"]) if row["uri"] else None,
        source=_host(row["uri"]),
        published=row["dct"],
    )


def _host(uri: str | None) -> str | None:
    match = re.match(r"^https?://([^/:]+)", _ARCHIVE.sub("", uri or ""))
    return match.group(1).removeprefix("www.") if match else None


def extracted(rows: list[dict], cache: Path, workers: int) -> dict[str, Result]:
    """Each article's result by doc_id, from the cache where it holds them."""
    done: dict[str, Result] = {}
    if cache.exists():
        with open(cache, encoding="utf-8") as handle:
            for line in handle:
                item = json.loads(line)
                done[item["doc_id"]] = Result.from_dict(item["result"])
    todo = [r for r in rows if r["doc_id"] not in done]
    if todo:
        began = time.perf_counter()
        with Extractor(None, workers) as extractor, open(cache, "a", encoding="utf-8") as out:
            outcomes = extractor.process([article(r) for r in todo])
            for row, outcome in zip(todo, outcomes, strict=True):
                if isinstance(outcome, Skipped):
                    print(f"skipped {row['doc_id']}: {outcome.reason}", file=sys.stderr)
                    continue
                done[row["doc_id"]] = outcome
                out.write(json.dumps({"doc_id": row["doc_id"], "result": outcome.to_dict()}))
                out.write("\n")
        seconds = time.perf_counter() - began
        print(f"extracted {len(todo)} articles in {seconds:.0f} s", file=sys.stderr)
    return done


Partition = dict[str, int]  # doc_id -> cluster number


def b_cubed(pred: Partition, gold: Partition) -> tuple[float, float, float]:
    """B-cubed precision, recall and F1 of a clustering of the same items."""
    pred_sets, gold_sets = _sets(pred), _sets(gold)
    precision = recall = 0.0
    for item in gold:
        mine, true = pred_sets[pred[item]], gold_sets[gold[item]]
        shared = len(mine & true)
        precision += shared / len(mine)
        recall += shared / len(true)
    precision, recall = precision / len(gold), recall / len(gold)
    return precision, recall, _f1(precision, recall)


def pairwise(pred: Partition, gold: Partition) -> tuple[float, float, float]:
    """Precision, recall and F1 over item pairs put in one cluster."""

    def pairs(partition: Partition) -> set[tuple[str, str]]:
        return {
            (a, b) for group in _sets(partition).values() for a in group for b in group if a < b
        }

    found, true = pairs(pred), pairs(gold)
    hit = len(found & true)
    precision = hit / len(found) if found else 0.0
    recall = hit / len(true) if true else 0.0
    return precision, recall, _f1(precision, recall)


def _sets(partition: Partition) -> dict[int, set[str]]:
    out: dict[int, set[str]] = defaultdict(set)
    for item, group in partition.items():
        out[group].add(item)
    return out


def _f1(p: float, r: float) -> float:
    return 2 * p * r / (p + r) if p + r else 0.0


ATTACK_FIRST = [False]


def _lead(result: Result | None) -> tuple[int, object] | None:
    """The article's lead event and its index; with ``--attack-first`` (a what-if for the
    events stage's salience), an article whose lead is of another family than the attack
    (an arrest, a charge) is represented by its most salient asserted attack instead."""
    if result is None or not result.events:
        return None
    event = lead_event(result.events)
    if event is None:
        return None
    violence = rules().family_of("ASSAULT")
    if ATTACK_FIRST[0] and rules().family_of(event.type) != violence:
        attacks = [
            e
            for e in result.events
            if rules().family_of(e.type) == violence and e.status == "asserted"
        ]
        if attacks:
            event = max(attacks, key=lambda e: (e.salience, e.confidence, -e.start))
    return result.events.index(event), event


def by_dateline(docs: list[str], results: dict[str, Result]) -> tuple[Partition, list]:
    """Articles grouped by the incident their lead event is in when every event of the
    articles is fused, as the store fuses them, and the incidents that hold a lead."""
    chosen = {results[d].article.id: results[d] for d in docs if d in results}
    fused = fuse_reports(reports_of(chosen.values()))
    of_event = {(m.article_id, m.event): n for n, i in enumerate(fused) for m in i.members}
    partition = {}
    for n, doc in enumerate(docs):
        lead = _lead(results.get(doc))
        found = None if lead is None else of_event.get((results[doc].article.id, lead[0]))
        partition[doc] = found if found is not None else len(fused) + n
    held = sorted({n for n in partition.values() if n < len(fused)})
    return partition, [fused[n] for n in held]


def alone(docs: list[str]) -> Partition:
    """Baseline: every article its own incident."""
    return {doc: n for n, doc in enumerate(docs)}


def week_and_place(docs: list[str], rows: dict[str, dict], results: dict[str, Result]) -> Partition:
    """Baseline: one incident per publication week and lead place name."""
    keys: dict[tuple, int] = {}
    out = {}
    for n, doc in enumerate(docs):
        lead = _lead(results.get(doc))
        place = lead[1].place.name if lead and lead[1].place else None
        if place is None:
            out[doc] = -1 - n
            continue
        week = date.fromisoformat(rows[doc]["dct"]).isocalendar()[:2]
        out[doc] = keys.setdefault((week, place), len(keys))
    return out


def state_months(incidents: list, gold_incidents: list[dict]) -> tuple[float, int]:
    """Share of the registry's state-months whose incident count dateline finds within 10%."""

    def month(value: str | None) -> str | None:
        if not value:
            return None
        if "-W" in value:
            return date.fromisocalendar(int(value[:4]), int(value[6:8]), 1).isoformat()[:7]
        return value[:7] if len(value) >= 7 else None

    truth = Counter((g["state"], registry_day(g["date"])[:7]) for g in gold_incidents)
    found = Counter((i.place.admin1 if i.place else None, month(i.date)) for i in incidents)
    close = sum(abs(found[key] - n) <= 0.1 * n for key, n in truth.items())
    return close / len(truth), len(truth)


def counts(incidents: list, doc_of: dict[str, str], rows: dict[str, dict], registry: dict) -> dict:
    """Killed and injured of each incident exact against its registry incident (the one
    most of its articles report), over every incident and over those of 2+ articles."""
    out = {"killed": [0, 0], "injured": [0, 0], "killed 2+": [0, 0], "injured 2+": [0, 0]}
    for incident in incidents:
        gold_ids = Counter(rows[doc_of[m.article_id]]["incident_id"] for m in incident.members)
        gold = registry[gold_ids.most_common(1)[0][0]]
        for name, key, field in (
            ("killed", "killed", "num_killed"),
            ("injured", "wounded", "num_injured"),
        ):
            hit = incident.quantities.get(key, 0) == gold[field]
            for label in (name, f"{name} 2+") if incident.articles > 1 else (name,):
                out[label][0] += hit
                out[label][1] += 1
    return out


def evaluate(
    docs: list[str], rows: dict[str, dict], results: dict[str, Result], registry: dict
) -> dict:
    """Every measure on one part of the corpus."""
    gold = {doc: int(rows[doc]["incident_id"]) for doc in docs}
    mine, incidents = by_dateline(docs, results)
    out = {}
    for name, partition in (
        ("every article alone", alone(docs)),
        ("week + lead place", week_and_place(docs, rows, results)),
        ("dateline", mine),
    ):
        out[name] = (*b_cubed(partition, gold), *pairwise(partition, gold))
    used = [registry[i] for i in sorted({rows[d]["incident_id"] for d in docs})]
    out["state-months"] = state_months(incidents, used)
    doc_of = {results[d].article.id: d for d in docs if d in results}
    out["counts"] = counts(incidents, doc_of, rows, registry)
    out["sizes"] = (len(docs), len(used), len(set(mine.values())))
    out["shared texts"] = shared_texts(docs, rows, results)
    return out


def shared_texts(docs: list[str], rows: dict[str, dict], results: dict[str, Result]) -> int:
    """Articles whose text (so whose id) is also that of an article of another registry
    incident: fusion, like the store, takes them for one article."""
    incidents: dict[str, set[str]] = defaultdict(set)
    for doc in docs:
        if doc in results:
            incidents[results[doc].article.id].add(rows[doc]["incident_id"])
    return sum(len(incidents[results[d].article.id]) > 1 for d in docs if d in results)


def report(parts: dict[str, dict]) -> None:
    """The measures of each part as Markdown tables."""
    names = ("every article alone", "week + lead place", "dateline")
    for part, measures in parts.items():
        articles, incidents, found = measures["sizes"]
        print(f"\n{part}: {articles} articles of {incidents} registry incidents;", end=" ")
        print(f"dateline finds {found}")
        print(
            "| | B3 P | B3 R | B3 F1 | pair P | pair R | pair F1 |\n|---|---|---|---|---|---|---|"
        )
        for name in names:
            print(f"| {name} | " + " | ".join(f"{v:.3f}" for v in measures[name]) + " |")
        share, total = measures["state-months"]
        print(f"state-months within 10% of the registry: {share:.3f} of {total}")
        print(f"articles sharing their text with another incident's: {measures['shared texts']}")
        for name, (hit, total) in measures["counts"].items():
            print(f"{name} exact per incident: {hit / max(total, 1):.3f} ({hit}/{total})")


def explain(docs: list[str], rows: dict[str, dict], results: dict[str, Result]) -> None:
    """Development only: why pairs of one registry incident stay apart, and the lead
    events' dates against the registry's day."""
    mine, _ = by_dateline(docs, results)
    leads = {}
    for doc in docs:
        found = _lead(results.get(doc))
        leads[doc] = None if found is None else (results[doc], found[0])
    gold = {doc: int(rows[doc]["incident_id"]) for doc in docs}
    reasons = apart(leads, mine, gold)
    print(f"\ndevelopment pairs of one incident kept apart: {sum(reasons.values())}")
    for reason, count in reasons.most_common():
        print(f"  {reason}: {count}")
    registry_rows, _ = registry()
    days = {doc: registry_rows[rows[doc]["incident_id"]]["date"] for doc in docs}
    held = days_held(leads, days)
    print(f"development lead events against the registry's day ({len(docs)} articles):")
    for name, count in held.most_common():
        print(f"  {name}: {count}")


def two_orders(results: list[Result], folder: Path) -> None:
    """Write the same results into two stores, in doc_id order and reversed (batches of
    16, as ingest commits; an article text seen twice written once, as ingest does), and
    compare the stores' incidents."""
    results = list({r.article.id: r for r in results}.values())
    found = []
    for name, order in (("forward", results), ("reverse", results[::-1])):
        path = folder / f"incidents-{name}.duckdb"
        for leftover in (path, path.with_name(path.name + ".wal")):
            leftover.unlink(missing_ok=True)
        began = time.perf_counter()
        with Store(path) as store:
            for start in range(0, len(order), 16):
                store.write(order[start : start + 16])
            rows = store.con.execute("SELECT id, members FROM incidents").fetchall()
            events = store.con.execute("SELECT count(*) FROM events").fetchone()[0]
        seconds = time.perf_counter() - began
        found.append({(i, json.dumps(json.loads(m), sort_keys=True)) for i, m in rows})
        print(
            f"{name}: {len(order)} articles, {events} events, {len(rows)} incidents "
            f"written and fused in {seconds:.0f} s"
        )
    same = found[0] == found[1]
    print(
        f"the two orders give the same incidents: {same} "
        f"({len(found[0] & found[1])} shared, {len(found[0] ^ found[1])} differ)"
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--cache", type=Path, required=True, help="extracted results (JSONL)")
    parser.add_argument("--workers", type=int, default=1)
    parser.add_argument("--cached-only", action="store_true", help="score what is cached")
    parser.add_argument("--orders", type=int, default=0, help="store N articles in two orders")
    parser.add_argument("--folder", type=Path, default=Path("/tmp"), help="for --orders stores")
    parser.add_argument(
        "--attack-first", action="store_true", help="what-if: an arrest's article by its attack"
    )
    parser.add_argument(
        "--apart", action="store_true", help="development: why pairs stay apart, lead days"
    )
    args = parser.parse_args()
    ATTACK_FIRST[0] = args.attack_first
    registry_rows, rows = registry()
    if args.cached_only:
        results = extracted([], args.cache, args.workers)
    else:
        results = extracted(rows, args.cache, args.workers)
    by_doc = {r["doc_id"]: r for r in rows}
    docs = [d for d in sorted(by_doc) if d in results]
    held = [d for d in docs if int(by_doc[d]["incident_id"]) % 5 == 4]
    dev = [d for d in docs if int(by_doc[d]["incident_id"]) % 5 != 4]
    began = time.perf_counter()
    parts = {
        "development": evaluate(dev, by_doc, results, registry_rows),
        "held out": evaluate(held, by_doc, results, registry_rows),
    }
    print(f"fusion and scoring in {time.perf_counter() - began:.1f} s")
    report(parts)
    if args.apart:
        explain(dev, by_doc, results)
    if args.orders:
        two_orders([results[d] for d in docs[: args.orders]], args.folder)


if __name__ == "__main__":
    main()
