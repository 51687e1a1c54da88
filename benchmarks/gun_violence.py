"""Lead events on local gun-violence news against the incident registries GVA and GVDB.

Reads ../shared/eval/incidents at run time (nothing is copied):
  gva    gva/articles.jsonl + gva/incidents.jsonl: each article reports one Gun Violence
         Archive incident (lat_lon, date "April 10, 2017", num_killed, num_injured). The
         article goes in with its title, its publication day (``dct``) and its original URL
         (the web.archive.org prefix taken off). Default: the first --limit articles by
         doc_id (an md5, so a fixed pseudo-random sample); --all takes every article.
         Held out: incident id % 5 == 4 (the corpus's own holdout is kept elsewhere).
  gvdb   gvdb/dev.tsv: raw article + crowd annotation (city, state, date; victims marked
         killed / injured). The text opens with the title glued on: it is split off and
         given as the title. No publication date exists, so ``published`` is None. The
         gold city (its last line, leading digits and punctuation off: workers' selections
         sometimes took in text before it) is resolved with dateline's gazetteer: the most
         populous place (then area) of that name in the annotated US state; where the
         state is "Unclear" or the name is not found, the article has no gold coordinates
         and place is not scored. The workers saw the page's publication day (some city
         selections hold "publication date: 1/27/2016"); the released text leaves it out,
         so dateline gets no publication date and can date only what the text dates in
         full ("Tuesday" stays undated): the day figure is low by construction there.
         Held out: row index % 5 == 4.

Measures on the lead event (lead_scoring.py says which event leads): place within 40 km of
the incident, dated to the incident's day, killed and injured counts exact where the
registry has any; and, for comparison, whether some event of the article is within 40 km.

    .venv/bin/python benchmarks/gun_violence.py [--limit 600 | --all] [--workers 2] [--errors]
        [--cache F]   # GVA results from incidents.py's cache; the missing extracted into it

With ``--cache``, GVA articles are read as incidents.py reads them (with the outlet's host as
their source, which the URL gives the pipeline anyway): one extraction then serves both
benchmarks (session 32: the figures from incidents.py's fresh cache equal a run without it).
"""

from __future__ import annotations

import argparse
import csv
import json
import re
import sys
import time
from collections.abc import Iterator
from pathlib import Path

from incidents import extracted, registry
from lead_scoring import MEASURES, Gold, Tally, lead_event, registry_day

from dateline.geo.names import key
from dateline.geo.stage import open_gazetteer
from dateline.models import Article
from dateline.pipeline import Extractor, Skipped

DATA = Path(__file__).resolve().parents[2] / "shared" / "eval" / "incidents"
_ARCHIVE = re.compile(r"^https?://web\.archive\.org/web/\d+/")
_LEADING = re.compile(r"^[^A-Za-z]+")
Case = tuple[str, bool, Article, Gold]


def gva(limit: int | None) -> list[Case]:
    """GVA articles with their incident as gold, the first ``limit`` by doc_id."""
    incidents = {}
    with open(DATA / "gva" / "incidents.jsonl", encoding="utf-8") as handle:
        for line in handle:
            row = json.loads(line)
            incidents[row["incident_uri"]] = row
    with open(DATA / "gva" / "articles.jsonl", encoding="utf-8") as handle:
        rows = [json.loads(line) for line in handle]
    rows = sorted((r for r in rows if r["incident_id"] in incidents), key=lambda r: r["doc_id"])
    cases = []
    for row in rows[:limit]:
        incident = incidents[row["incident_id"]]
        lat, lon = incident["lat_lon"] or (None, None)
        gold = Gold(
            lat,
            lon,
            registry_day(incident["date"]),
            incident["num_killed"],
            incident["num_injured"],
        )
        article = Article(
            text=row["content"],
            title=row["title"],
            url=_ARCHIVE.sub("", row["uri"]) if row["uri"] else None,
            published=row["dct"],
        )
        cases.append((row["doc_id"], int(row["incident_id"]) % 5 == 4, article, gold))
    return cases


def gvdb_place(city: str, state: str, gazetteer) -> tuple[float, float] | None:
    """The annotated city in the annotated state, from dateline's gazetteer."""
    state_name = state.split(" - ", 1)[-1].strip()
    city = _LEADING.sub("", city.splitlines()[-1] if city.strip() else "").strip()
    if not city or " - " not in state:
        return None
    found = [
        c
        for cands in gazetteer.by_key({key(city)}).values()
        for c in cands
        if c.country_code == "US" and c.admin1 == state_name and c.feature_class in "PA"
    ]
    if not found:
        return None
    best = max(found, key=lambda c: (c.feature_class == "P", c.population))
    return best.lat, best.lon


def gvdb() -> list[Case]:
    """GVDB's development articles with the crowd's annotation as gold."""
    csv.field_size_limit(sys.maxsize)
    gazetteer = open_gazetteer(None)
    cases = []
    with open(DATA / "gvdb" / "dev.tsv", encoding="utf-8") as handle:
        for index, row in enumerate(csv.DictReader(handle, delimiter="\t")):
            crowd = json.loads(row["Json"])
            when = crowd["date-and-time"]
            victims = crowd.get("victim-section") or []
            point = gvdb_place(when["city"]["value"], when.get("state") or "", gazetteer)
            gold = Gold(
                point[0] if point else None,
                point[1] if point else None,
                when.get("date") or None,
                sum("killed" in (v.get("victim-was") or []) for v in victims),
                sum("injured" in (v.get("victim-was") or []) for v in victims),
            )
            title, text = row["Article title"].strip(), row["Full text"]
            if title and text.startswith(title):
                text = text[len(title) :].lstrip()
            article = Article(text=text, title=title or None, url=row["Article url"] or None)
            cases.append((row["Article id"], index % 5 == 4, article, gold))
    return cases


def run(cases: list[Case], workers: int, cache: Path | None = None) -> Iterator[tuple[Case, list]]:
    """Each case with its events; an article the pipeline skips has none. With ``cache``
    (GVA cases only), the results of incidents.py's cache, the missing extracted into it."""
    if cache is not None:
        wanted = {doc_id for doc_id, _, _, _ in cases}
        results = extracted([r for r in registry()[1] if r["doc_id"] in wanted], cache, workers)
        for case in cases:
            found = results.get(case[0])
            yield case, found.events if found is not None else []
        return
    with Extractor(None, workers) as extractor:
        results = extractor.process([article for _, _, article, _ in cases])
        for case, result in zip(cases, results, strict=True):
            if isinstance(result, Skipped):
                print(f"skipped {case[0]}: {result.reason}", file=sys.stderr)
                yield case, []
            else:
                yield case, result.events


def _describe(event) -> str:
    if event is None:
        return "no lead event"
    place = f"{event.place.text} ({event.place.lat}, {event.place.lon})" if event.place else "-"
    return (
        f"{event.type} {event.sentence[:90]!r} place={place} date={event.date}"
        f"/{event.date_precision} quantities={event.quantities}"
    )


def score(
    name: str, cases: list[Case], workers: int, errors: bool, cache: Path | None = None
) -> list[Tally]:
    """Dev and heldout tallies of one set; dev mismatches printed with ``errors``."""
    tallies = [Tally(), Tally()]
    began = time.perf_counter()
    for (doc_id, held, article, gold), events in run(cases, workers, cache):
        wrong = tallies[held].score(gold, events)
        if errors and wrong and not held:
            print(
                f"{name} {doc_id} {article.title!r}\n  wrong: {', '.join(wrong)}\n"
                f"  gold: ({gold.lat}, {gold.lon}) {gold.day} killed={gold.killed} "
                f"injured={gold.injured}\n  lead: {_describe(lead_event(events))}",
                file=sys.stderr,
            )
    seconds = time.perf_counter() - began
    print(f"{name}: {len(cases)} articles in {seconds:.0f} s ({len(cases) / seconds:.1f}/s)")
    return tallies


def report(columns: list[tuple[str, Tally]]) -> None:
    """Every measure as a row, one column per set and part."""
    names = [n for n in MEASURES if any(n in t.shares for _, t in columns)]
    print("| | " + " | ".join(label for label, _ in columns) + " |")
    print("|---|" + "---|" * len(columns))
    for name in names:
        cells = []
        for _, tally in columns:
            share = tally.shares.get(name)
            cells.append(f"{share.value:.3f} ({share.hit}/{share.total})" if share else "-")
        print(f"| {name} | " + " | ".join(cells) + " |")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sets", default="gva,gvdb", help="comma-separated: gva, gvdb")
    parser.add_argument("--limit", type=int, default=600, help="GVA articles (first by doc_id)")
    parser.add_argument("--all", action="store_true", help="every GVA article")
    parser.add_argument("--workers", type=int, default=1)
    parser.add_argument("--errors", action="store_true", help="print dev mismatches")
    parser.add_argument("--cache", type=Path, help="GVA results: incidents.py's cache file")
    args = parser.parse_args()
    columns = []
    for name in args.sets.split(","):
        cases = gva(None if args.all else args.limit) if name == "gva" else gvdb()
        cache = args.cache if name == "gva" else None
        dev, held = score(name, cases, args.workers, args.errors, cache)
        columns += [(f"{name} dev", dev), (f"{name} heldout", held)]
    report(columns)


if __name__ == "__main__":
    main()
