"""Places benchmark: resolution on gold spans, end-to-end recognition, and speed.

Reads the gold corpora from ../shared/eval/geo (never copied into the project):
LGL and TR-News (GeoNames-tagged toponyms; TR-News spans re-anchored on their
phrase), GeoVirus (Wikipedia coordinates; offsets shifted by +1 in the file) and
GeoCorpora (tweets with GeoNames ids). Each document is parsed once and the parses
are cached under the dateline cache.

Each of LGL, TR-News and GeoVirus is split once, by a digest of each article's text
(``part``): about a third is held out, and rules are written only from the errors of
the development part. GeoCorpora is held out whole (tweets, a check on text unlike
the development corpora).

    .venv/bin/python benchmarks/geo.py [--corpora LGL TR-News GeoVirus GeoCorpora]
        [--limit N] [--errors FILE]

Beside the figures it prints, for the toponyms answered with an area of their own name
that still miss (the area point gap), their feature codes, and for those answered with a
country, how many of them five representative points of the country would score.
"""

from __future__ import annotations

import argparse
import csv
import hashlib
import json
import math
import time
import xml.etree.ElementTree as ET
from collections import Counter
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources
from pathlib import Path

import numpy as np
from spacy.tokens import Doc, DocBin

from dateline import nlp
from dateline.geo import resolve_doc
from dateline.geo.coherence import haversine
from dateline.geo.embedded import cache_dir
from dateline.geo.names import key
from dateline.geo.outlet import home_of
from dateline.geo.rank import candidates_for
from dateline.geo.recognise import mention_for
from dateline.geo.stage import PlaceStage, open_gazetteer
from dateline.models import Article, Result

EVAL = Path(__file__).resolve().parents[2] / "shared" / "eval" / "geo"
MAX_KM = 20039.0
HELD_OUT = "held-out"
DEVELOPMENT = "dev"
# Mordecai 3's published Acc@161 (Halterman 2023, and its 2025 retrain for LGL), as
# quoted in issue 11; None where no figure for the corpus is quoted.
MORDECAI3 = {"LGL": 0.827, "TR-News": 0.873, "GeoVirus": None, "GeoCorpora": None}


def part(text: str) -> str:
    """The fixed split: an article whose text's SHA-1 is 0 modulo 3 is held out."""
    return HELD_OUT if int(hashlib.sha1(text.encode()).hexdigest(), 16) % 3 == 0 else DEVELOPMENT


@dataclass
class Gold:
    start: int
    end: int
    lat: float | None
    lon: float | None
    geonameid: int | None


@dataclass
class Document:
    text: str
    url: str | None = None
    gold: list[Gold] = field(default_factory=list)


def _float(node, tag: str) -> float | None:
    value = node.findtext(tag)
    return float(value) if value not in (None, "") else None


def _anchor(text: str, phrase: str, start: int) -> int | None:
    """Where ``phrase`` really starts: at ``start``, nearby, or its nearest occurrence."""
    for delta in (0, 1, -1, 2, -2, 3, -3, 4, -4, 5, -5):
        s = start + delta
        if s >= 0 and text[s : s + len(phrase)] == phrase:
            return s
    hits = [i for i in range(len(text)) if text.startswith(phrase, i)]
    return min(hits, key=lambda i: abs(i - start)) if hits else None


def load_tagged(path: Path) -> list[Document]:
    """LGL / TR-News: ``<toponym>`` with phrase, offsets and an optional ``<gaztag>``."""
    docs = []
    for article in ET.parse(path).getroot().iter("article"):
        text = article.findtext("text") or ""
        doc = Document(text, article.findtext("url"))
        for top in article.iter("toponym"):
            phrase = top.findtext("phrase") or ""
            start = _anchor(text, phrase, int(top.findtext("start")))
            if start is None:
                continue
            tag = top.find("gaztag")
            lat = _float(tag, "lat") if tag is not None else None
            lon = _float(tag, "lon") if tag is not None else None
            gid = tag.get("geonameid") if tag is not None else None
            doc.gold.append(Gold(start, start + len(phrase), lat, lon, int(gid) if gid else None))
        docs.append(doc)
    return docs


def load_geovirus(path: Path) -> list[Document]:
    """GeoVirus: offsets are one too high in the file; coordinates, no GeoNames ids."""
    docs = []
    for article in ET.parse(path).getroot().iter("article"):
        text = article.findtext("text") or ""
        doc = Document(text, article.findtext("source"))
        for loc in article.iter("location"):
            name = loc.findtext("name") or ""
            start = _anchor(text, name, int(loc.findtext("start")) - 1)
            if start is not None:
                doc.gold.append(
                    Gold(start, start + len(name), _float(loc, "lat"), _float(loc, "lon"), None)
                )
        docs.append(doc)
    return docs


def load_geocorpora(path: Path) -> list[Document]:
    """GeoCorpora: one row per toponym of a tweet (cp1252), with a GeoNames id and point."""
    docs: dict[str, Document] = {}
    with path.open(encoding="cp1252", newline="") as handle:
        for row in csv.DictReader(handle, delimiter="\t"):
            if not row["geoNameId"]:
                continue
            doc = docs.setdefault(row["tweet_id_str"], Document(row["tweet_text"]))
            start = _anchor(doc.text, row["text"], int(row["char_position"]))
            if start is not None:
                end = start + len(row["text"])
                lat, lon = float(row["latitude"]), float(row["longitude"])
                doc.gold.append(Gold(start, end, lat, lon, int(row["geoNameId"])))
    for doc in docs.values():
        doc.gold.sort(key=lambda g: g.start)
    return list(docs.values())


CORPORA = {
    "LGL": lambda: load_tagged(EVAL / "LGL" / "lgl.xml"),
    "TR-News": lambda: load_tagged(EVAL / "TR-News" / "TR-News.xml"),
    "GeoVirus": lambda: load_geovirus(EVAL / "GeoVirus" / "GeoVirus.xml"),
    "GeoCorpora": lambda: load_geocorpora(EVAL / "GeoCorpora" / "geocorpora.tsv"),
}
SPLIT = ("LGL", "TR-News", "GeoVirus")
"""The corpora split into a development and a held-out part (GeoCorpora is held out whole)."""


def parse_all(name: str, docs: list[Document]) -> list[Doc]:
    """The spaCy parses of a corpus, cached on disk after the first run."""
    language = nlp.load()
    path = cache_dir() / f"bench-{name}-{len(docs)}.spacy"
    if path.is_file():
        parsed = list(DocBin().from_disk(path).get_docs(language.vocab))
        if [d.text for d in parsed] == [d.text for d in docs]:
            return parsed
    parsed = list(language.pipe((d.text for d in docs), batch_size=16))
    path.parent.mkdir(parents=True, exist_ok=True)
    DocBin(docs=parsed, store_user_data=False).to_disk(path)
    return parsed


def _errors(pairs: list[tuple[Gold, tuple[float, float] | None]]) -> np.ndarray:
    errors = []
    for gold, point in pairs:
        if point is None:
            errors.append(MAX_KM)
        else:
            errors.append(float(haversine(gold.lat, gold.lon, point[0], point[1])))
    return np.array(errors)


def summarise(
    pairs: list[tuple[Gold, tuple[float, float] | None]], exact: list[bool]
) -> dict[str, float]:
    """Acc@161km, exact-id accuracy, the share with no answer, mean/median km and AUC
    (Gritta et al. 2018)."""
    errors = _errors(pairs)
    if not len(errors):
        return {}
    ordered = np.sort(errors)
    auc = np.trapezoid(np.log(ordered + 1)) / (np.log(MAX_KM + 1) * max(len(ordered) - 1, 1))
    return {
        "n": len(errors),
        "acc161": float(np.mean(errors <= 161)),
        "exact": float(np.mean(exact)) if exact else math.nan,
        "no_answer": float(np.mean([point is None for _, point in pairs])),
        "mean_km": float(np.mean(errors)),
        "median_km": float(np.median(errors)),
        "auc": float(auc),
    }


def population_baseline(doc: Doc, golds: list[Gold], gaz) -> list[tuple]:
    """Per gold name: the most populous entry's point and id, and whether any candidate
    lies within 161 km (the ceiling the gazetteer sets for any ranking)."""
    text = doc.text
    mentions = [mention_for(doc, g.start, g.end, "GIVEN", text) for g in golds]
    out = []
    for g, opts in zip(golds, candidates_for(mentions, gaz), strict=True):
        if not opts:
            out.append((None, None, False))
            continue
        best = max(opts, key=lambda cm: cm[0].population)[0]
        reachable = any(haversine(g.lat, g.lon, c.lat, c.lon) <= 161 for c, _ in opts)
        out.append(((best.lat, best.lon), best.geonameid, bool(reachable)))
    return out


@dataclass
class Tally:
    """One part's per-toponym outcomes."""

    ours: list = field(default_factory=list)
    base: list = field(default_factory=list)
    ours_exact: list = field(default_factory=list)
    base_exact: list = field(default_factory=list)
    reachable: list = field(default_factory=list)
    point_gap: list = field(default_factory=list)
    gap_kinds: Counter = field(default_factory=Counter)
    country_points: Counter = field(default_factory=Counter)
    country_hits: list = field(default_factory=list)
    docs: list = field(default_factory=list)
    parsed: list = field(default_factory=list)
    unlisted: list = field(default_factory=list)


def evaluate(name: str, limit: int | None, errors=None) -> dict[str, dict]:
    """Each part's figures; the development part's wrong answers go to ``errors``."""
    docs = CORPORA[name]()[:limit]
    parsed = parse_all(name, docs)
    gaz = open_gazetteer(None)
    parts: dict[str, Tally] = {}
    for doc, gold_doc in zip(parsed, docs, strict=True):
        which = part(gold_doc.text) if name in SPLIT else HELD_OUT
        tally = parts.setdefault(which, Tally())
        tally.docs.append(gold_doc)
        tally.parsed.append(doc)
        golds = [g for g in gold_doc.gold if g.lat is not None]
        places = resolve_doc(doc, [(g.start, g.end) for g in golds], url=gold_doc.url)
        for g, p, (point, gid, near) in zip(
            golds, places, population_baseline(doc, golds, gaz), strict=True
        ):
            tally.ours.append((g, (p.lat, p.lon) if p and p.lat is not None else None))
            if home_of(gold_doc.url) is None:
                tally.unlisted.append(tally.ours[-1])
            tally.base.append((g, point))
            tally.reachable.append(near)
            tally.point_gap.append(_point_gap(gaz, doc.text, g, p))
            if tally.point_gap[-1]:
                tally.gap_kinds[p.feature_code] += 1
            hits = _country_points(g, p)
            tally.country_points.update(hits)
            if hits:
                tally.country_hits.append((p.country_code, hits))
            if g.geonameid:
                tally.ours_exact.append(bool(p and p.geonameid == g.geonameid))
                tally.base_exact.append(gid == g.geonameid)
            if errors is not None and which == DEVELOPMENT:
                _log_error(errors, name, gold_doc, g, p, near)
    best = _best_points(parts[DEVELOPMENT].country_hits) if DEVELOPMENT in parts else {}
    out = {}
    for which in sorted(parts):
        COUNTRY_HITS[(name, which)] = parts[which].country_hits
        tally = parts[which]
        out[which] = {
            "resolution": summarise(tally.ours, tally.ours_exact),
            "baseline": summarise(tally.base, tally.base_exact),
            "unlisted": {
                "n": len(tally.unlisted),
                "acc161": summarise(tally.unlisted, []).get("acc161", math.nan),
            },
            "ceiling": {
                "acc161_any_candidate": float(np.mean(tally.reachable)),
                "acc161_any_or_ours": float(
                    np.mean(np.array(tally.reachable) | (_errors(tally.ours) <= 161))
                ),
                "area_point_gap": int(sum(tally.point_gap)),
                "acc161_cap": 1.0 - float(np.mean(tally.point_gap)),
                **{f"gap_{kind}": n for kind, n in tally.gap_kinds.most_common()},
            },
            "countries": {k: tally.country_points[k] for k in ("answered", *POINTS, "any")}
            | ({"dev_best": _scored_with(best, tally.country_hits)} if best else {}),
            "end_to_end": end_to_end(
                tally.parsed, tally.docs, gaz, errors if which == DEVELOPMENT else None
            ),
        }
    return out


GAP_CODES = ("PCL", "ADM1", "CONT", "RGN", "OCN", "SEA", "GULF")
"""Areas whose point is a convention: GeoNames' differs from an atlas's or Wikipedia's."""


def _point_gap(gaz, text: str, gold: Gold, place) -> bool:
    """Whether the answer is an area the toponym itself names (its own entry, not one from
    context) and still lies more than 161 km from the gold point: the gold's point for
    that area is not GeoNames' (GeoVirus' Wikipedia points; an older GeoNames' Canada in
    LGL), so no reading of GeoNames' points can score it. ``1 - mean`` is the cap."""
    if place is None or place.lat is None or not (place.feature_code or "").startswith(GAP_CODES):
        return False
    if haversine(gold.lat, gold.lon, place.lat, place.lon) <= 161:
        return False
    name = key(text[gold.start : gold.end])
    own = gaz.by_key({name}).get(name, [])
    return any(
        c.name == place.name and abs(c.lat - place.lat) < 1e-3 and abs(c.lon - place.lon) < 1e-3
        for c in own
    )


POINTS = ("geonames", "factbook", "capital", "centroid", "main_part")
"""A country's representative points: GeoNames' (dateline's answer), the atlas centre
countryinfo gives (``latlng``, rounded like the CIA World Factbook's), its capital, the
area-weighted centroid of its outline, and the centroid of its largest part."""


def _country_points(gold: Gold, place) -> Counter:
    """For a toponym answered with a country: which of its representative points lie
    within 161 km of the gold point (``answered`` counts the toponyms; ``any``, those
    with at least one such point: the most a choice of point per country could score)."""
    if place is None or place.lat is None or not (place.feature_code or "").startswith("PCL"):
        return Counter()
    points = {"geonames": (place.lat, place.lon), **_atlas_points().get(place.country_code, {})}
    out = Counter(answered=1)
    for name in POINTS:
        point = points.get(name)
        if point and haversine(gold.lat, gold.lon, point[0], point[1]) <= 161:
            out[name] += 1
    out["any"] = int(any(out[name] for name in POINTS))
    return out


COUNTRY_HITS: dict[tuple[str, str], list[tuple[str, Counter]]] = {}
"""Per corpus and part, the countries answered and which of their points scored."""


def _scored_with(best: dict[str, str], hits: list[tuple[str, Counter]]) -> int:
    """How many of the toponyms answered with a country the points ``best`` picks score."""
    return sum(counts[best.get(code, "geonames")] for code, counts in hits)


def _best_points(hits: list[tuple[str, Counter]]) -> dict[str, str]:
    """Per country, the representative point that scores most of the development part's
    toponyms (GeoNames' on a tie): a choice tuned on the gold, an upper bound for any
    principled one."""
    per_country: dict[str, Counter] = {}
    for code, counts in hits:
        per_country.setdefault(code, Counter()).update(counts)
    return {code: max(POINTS, key=lambda n: counts[n]) for code, counts in per_country.items()}


@lru_cache(maxsize=1)
def _atlas_points() -> dict[str, dict[str, tuple[float, float]]]:
    """countryinfo's points for each country (ISO alpha-2): its ``latlng``, its capital's,
    and the centroids of its outline (all parts, and the largest part)."""
    out = {}
    for path in resources.files("countryinfo").joinpath("data").iterdir():
        if not path.name.endswith(".json"):
            continue
        data = json.loads(path.read_text(encoding="utf-8"))
        code = (data.get("ISO") or {}).get("alpha2")
        if not code:
            continue
        points = {"factbook": data.get("latlng"), "capital": data.get("capital_latlng")}
        parts = [_ring(polygon[0]) for polygon in _polygons(data.get("geoJSON") or {})]
        parts = [part for part in parts if part[0]]
        if parts:
            area = sum(a for a, _, _ in parts)
            points["centroid"] = (
                sum(a * lat for a, lat, _ in parts) / area,
                sum(a * lon for a, _, lon in parts) / area,
            )
            points["main_part"] = max(parts)[1:]
        out[code] = {name: tuple(p) for name, p in points.items() if p and len(p) == 2}
    return out


def _polygons(geojson: dict) -> list:
    """The polygons (lists of rings) of a GeoJSON feature collection."""
    out = []
    for feature in geojson.get("features", []):
        geometry = feature.get("geometry") or {}
        coords = geometry.get("coordinates") or []
        out.extend(coords if geometry.get("type") == "MultiPolygon" else [coords])
    return [polygon for polygon in out if polygon]


def _ring(ring: list) -> tuple[float, float, float]:
    """A ring's area (in square degrees) and centroid (lat, lon), by the shoelace formula."""
    area = cx = cy = 0.0
    for (x0, y0), (x1, y1) in zip(ring, ring[1:] + ring[:1], strict=True):
        cross = x0 * y1 - x1 * y0
        area += cross
        cx += (x0 + x1) * cross
        cy += (y0 + y1) * cross
    if not area:
        return 0.0, 0.0, 0.0
    return abs(area) / 2, cy / (3 * area), cx / (3 * area)


def _log_error(errors, corpus: str, document: Document, gold: Gold, place, reachable: bool) -> None:
    """One development toponym answered more than 161 km off (or not at all), as JSON;
    ``reachable`` when some reading of its name lies within 161 km of the gold point."""
    text, km = document.text, None
    if place is not None and place.lat is not None:
        km = float(haversine(gold.lat, gold.lon, place.lat, place.lon))
        if km <= 161:
            return
    record = {
        "corpus": corpus,
        "name": text[gold.start : gold.end],
        "context": text[max(0, gold.start - 80) : gold.end + 80].replace("\n", " "),
        "gold": [gold.geonameid, round(gold.lat, 2), round(gold.lon, 2)],
        "ours": None
        if place is None or place.lat is None
        else [place.geonameid, place.name, place.feature_code, place.country_code, place.lat,
              place.lon],
        "km": None if km is None else round(km),
        "url": document.url,
        "reachable": reachable,
    }  # fmt: skip
    errors.write(json.dumps(record) + "\n")


def end_to_end(parsed: list[Doc], docs: list[Document], gaz, errors=None) -> dict[str, float]:
    """Recognition P/R/F1 (overlapping spans, one-to-one) and Acc@161km on the matches;
    the spans found but not in the gold, and the gold spans missed, go to ``errors``.

    ``f1_no_demonyms`` leaves out the gold toponyms that are demonyms ("Iraqi").
    """
    stage = PlaceStage.__new__(PlaceStage)
    stage.gazetteer = gaz
    counts = {"all": [0, 0, 0], "no_demonyms": [0, 0, 0]}  # predicted, matched, gold
    hits = []
    for doc, gold_doc in zip(parsed, docs, strict=True):
        places = stage(Result(Article(doc.text, url=gold_doc.url)), doc)
        demonyms = [g for g in gold_doc.gold if gaz.demonym(key(doc.text[g.start : g.end]))]
        kept = [p for p in places if not any(p.start < g.end and g.start < p.end for g in demonyms)]
        for variant, golds, predicted in (
            ("all", gold_doc.gold, places),
            ("no_demonyms", [g for g in gold_doc.gold if g not in demonyms], kept),
        ):
            tally = counts[variant]
            tally[0] += len(predicted)
            tally[2] += len(golds)
            used: set[int] = set()
            for g in golds:
                for k, p in enumerate(predicted):
                    if k not in used and p.start < g.end and g.start < p.end:
                        used.add(k)
                        tally[1] += 1
                        if variant == "all" and g.lat is not None:
                            ok = p.lat is not None and haversine(g.lat, g.lon, p.lat, p.lon) <= 161
                            hits.append(bool(ok))
                        break
                else:
                    _log_span(errors, variant, "missed", doc.text, g.start, g.end)
            for k, p in enumerate(predicted):
                if k not in used:
                    _log_span(errors, variant, "extra", doc.text, p.start, p.end)
    out = {}
    for variant, (predicted, matched, total) in counts.items():
        precision = matched / predicted if predicted else 0.0
        recall = matched / total if total else 0.0
        f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
        suffix = "" if variant == "all" else f"_{variant}"
        out |= {f"precision{suffix}": precision, f"recall{suffix}": recall, f"f1{suffix}": f1}
    out["acc161_matched"] = float(np.mean(hits)) if hits else math.nan
    return out


def _log_span(errors, variant: str, kind: str, text: str, start: int, end: int) -> None:
    """One recognition miss of the development part ("missed" gold, "extra" found), as JSON."""
    if errors is not None and variant == "all":
        context = text[max(0, start - 60) : end + 60].replace("\n", " ")
        errors.write(json.dumps({"recognition": kind, "name": text[start:end], "context": context}))
        errors.write("\n")


def speed(limit: int = 100) -> dict[str, float]:
    """Mean per-article ms on LGL articles: the spaCy parse, the places stage, and the
    other default stages, each timed on the same parse inside one default pipeline."""
    from dateline.pipeline import Pipeline, entities

    docs = CORPORA["LGL"]()[:limit]
    pipeline = Pipeline()
    warm = pipeline.nlp(docs[0].text)
    pipeline.analyse(Article(warm.text), warm)
    totals = {"parse_ms": 0.0, "places_ms": 0.0, "other_stages_ms": 0.0}
    for d in docs:
        t0 = time.perf_counter()
        doc = pipeline.nlp(d.text)
        totals["parse_ms"] += (time.perf_counter() - t0) * 1000
        result = Result(article=Article(d.text), entities=entities(doc))
        for stage in pipeline.stages:
            t0 = time.perf_counter()
            setattr(result, stage.layer, stage(result, doc))
            spent = (time.perf_counter() - t0) * 1000
            totals["places_ms" if isinstance(stage, PlaceStage) else "other_stages_ms"] += spent
    return {name: value / len(docs) for name, value in totals.items()}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpora", nargs="+", default=list(CORPORA), choices=list(CORPORA))
    parser.add_argument("--limit", type=int, default=None, help="first N documents only")
    parser.add_argument("--speed", type=int, default=100, help="articles timed (0 skips)")
    parser.add_argument(
        "--errors", type=Path, default=None, help="write the development part's misses (JSONL)"
    )
    args = parser.parse_args()
    t0 = time.perf_counter()
    open_gazetteer(None)
    print(f"gazetteer ready in {time.perf_counter() - t0:.2f} s")
    errors = args.errors.open("w", encoding="utf-8") if args.errors else None
    for name in args.corpora:
        for which, result in evaluate(name, args.limit, errors).items():
            print(f"\n## {name} ({which}; Mordecai 3 published Acc@161: {MORDECAI3[name]})")
            for section, figures in result.items():
                shown = ", ".join(
                    f"{k}={v:.3f}" if isinstance(v, float) else f"{k}={v}"
                    for k, v in figures.items()
                )
                print(f"{section:>11}: {shown}")
    if errors:
        errors.close()
    tuned = COUNTRY_HITS.get(("GeoVirus", DEVELOPMENT))
    if tuned:
        best = _best_points(tuned)
        print("\ncountry points chosen on GeoVirus dev (scored / GeoNames' / answered):")
        for (name, which), hits in COUNTRY_HITS.items():
            own = sum(counts["geonames"] for _, counts in hits)
            print(f"  {name} {which}: {_scored_with(best, hits)} / {own} / {len(hits)}")
    if args.speed:
        f = speed(args.speed)
        rest = f["parse_ms"] + f["other_stages_ms"]
        print(
            f"\nspeed ({args.speed} LGL articles): parse {f['parse_ms']:.1f} ms, other stages "
            f"{f['other_stages_ms']:.1f} ms, places stage {f['places_ms']:.1f} ms: "
            f"+{f['places_ms'] / rest:.1%} on the pipeline without it"
        )


if __name__ == "__main__":
    main()
