"""Events on running text: dateline's records against a hand-coded gold set.

The gold files benchmarks/gold/events/*.jsonl hold offsets and codes only (one article per
line, coded by docs/event-coding-guide.md); the article texts are read from ../shared/eval at
run time and checked against each record's sha1. Scores, per split (dev / heldout):

  precision    share of predicted records whose mention spans overlap a gold record's mention
               of the same type (all records; also asserted records only, and counting the
               RELATED types below as right)
  recall       share of gold records some predicted record matches with the right type
  duplicates   share of predicted records matching a gold record an earlier one matched
  actor, recipient, place, date
               over type-right predicted records whose gold record gives the field: actor /
               recipient span overlaps a gold span of that participant, or its text is the
               text or the last words of one (a mention the coder did not list); place span
               overlaps or its name equals the gold place_name (case-insensitive); date
               equal at the gold precision (a null gold date accepts the publication day or
               week, or no date)
  lead         share of articles whose record of highest `salience` matches a gold salient
               record with the right type (when the events carry salience)
  salient      share of gold salient records found with the right type; and also with the
               actor and place right (where the gold gives them)

    .venv/bin/python benchmarks/running_text.py            # dev and heldout side by side
    .venv/bin/python benchmarks/running_text.py --split dev --errors
    .venv/bin/python benchmarks/running_text.py --keep-unlikely   # without the learned gate
    .venv/bin/python benchmarks/running_text.py --salient-causes  # why dev salient records fail
"""

from __future__ import annotations

import argparse
import hashlib
import json
import re
import sys
import unicodedata
import xml.etree.ElementTree as ET
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import date
from functools import lru_cache
from pathlib import Path
from typing import Any

import dateparser

EVAL = Path(__file__).resolve().parents[2] / "shared" / "eval"
GOLD = Path(__file__).resolve().parent / "gold" / "events"


@dataclass
class Source:
    """One article's text and metadata, built from ../shared/eval."""

    text: str
    title: str | None
    published: str | None


def iso_day(raw: str | None) -> str | None:
    """The ISO day of a free-form publication time ("9:55 AM ET, Sun January 4, 2015"); a
    zone abbreviation the parser does not know ("4:30 PM MT") is dropped."""
    if not raw or not raw.strip():
        return None
    parsed = dateparser.parse(raw.strip()[:10]) if raw.strip()[:4].isdigit() else None
    settings = {"PREFER_DAY_OF_MONTH": "first"}
    parsed = parsed or dateparser.parse(raw.strip(), settings=settings)
    if parsed is None:
        parsed = dateparser.parse(ZONE.sub("", raw.strip()), settings=settings)
    return parsed.date().isoformat() if parsed else None


ZONE = re.compile(r"\s+[A-Z]{1,4}$")


@lru_cache(maxsize=4)
def _xml_corpus(path: Path) -> dict[str, Source]:
    out = {}
    for art in ET.parse(path).getroot().iter("article"):
        title = (art.findtext("title") or "").strip() or None
        out[art.get("docid")] = Source(
            art.findtext("text") or "", title, iso_day(art.findtext("dltime"))
        )
    return out


@lru_cache(maxsize=1)
def _gva() -> dict[str, Source]:
    out = {}
    with open(EVAL / "incidents" / "gva" / "articles.jsonl", encoding="utf-8") as fh:
        for line in fh:
            row = json.loads(line)
            out[row["doc_id"]] = Source(row["content"], row.get("title"), row.get("dct"))
    return out


def _geovirus(doc: str) -> Source:
    arts = list(ET.parse(EVAL / "geo" / "GeoVirus" / "GeoVirus.xml").getroot().iter("article"))
    return Source(arts[int(doc)].findtext("text") or "", None, None)


def source(corpus: str, doc: str) -> Source:
    """The article text exactly as the gold offsets point into it (KeyError if absent)."""
    if corpus == "trnews":
        return _xml_corpus(EVAL / "geo" / "TR-News" / "TR-News.xml")[doc]
    if corpus == "lgl":
        return _xml_corpus(EVAL / "geo" / "LGL" / "lgl.xml")[doc]
    if corpus == "gva":
        return _gva()[doc]
    if corpus == "polnear":
        path = EVAL / "quotes" / "polnear" / "dev" / "text" / doc
        if not path.exists():
            raise KeyError(doc)
        return Source(path.read_text(encoding="utf-8"), None, _polnear_day(doc))
    if corpus == "geovirus":
        return _geovirus(doc)
    raise KeyError(f"unknown corpus {corpus!r}")


def _polnear_day(name: str) -> str | None:
    parts = name.split("_")
    return parts[1] if len(parts) > 2 and len(parts[1]) == 10 else None


def sha1(text: str) -> str:
    """The sha1 hex of the article text (utf-8)."""
    return hashlib.sha1(text.encode("utf-8")).hexdigest()


def split_of(digest: str) -> str:
    """heldout when the text's sha1 is 0 modulo 4, else dev."""
    return "heldout" if int(digest, 16) % 4 == 0 else "dev"


# Types a careful reader would call near misses of each other (one record of a real happening
# given a neighbouring type): force and repression, force and its accidental or criminal
# twins, verbal hostility and its neighbours, the cooperative verbal types, concessions.
RELATED = {
    frozenset(pair)
    for pair in [
        ("ASSAULT", "COERCE"),
        ("ASSAULT", "CRIME"),
        ("ASSAULT", "DISASTER"),
        ("ASSAULT", "MOBILIZE"),
        ("COERCE", "SANCTION"),
        ("COERCE", "CRIME"),
        ("ACCUSE", "CLAIM"),
        ("ACCUSE", "THREATEN"),
        ("ACCUSE", "REJECT"),
        ("ACCUSE", "PROTEST"),
        ("REQUEST", "THREATEN"),
        ("AGREE", "SUPPORT"),
        ("AGREE", "CONCEDE"),
        ("CONCEDE", "RETREAT"),
        ("AID", "COOPERATE"),
        ("SUPPORT", "COOPERATE"),
        ("CONSULT", "COOPERATE"),
        ("SANCTION", "REJECT"),
    ]
}
Span = tuple[int, int]


def related(a: str, b: str) -> bool:
    """Same type, or a pair of RELATED types."""
    return a == b or frozenset((a, b)) in RELATED


@dataclass
class Pred:
    """The parts of one predicted event the scorer reads."""

    type: str
    mentions: list[Span]
    status: str = "asserted"
    actor: Span | None = None
    recipient: Span | None = None
    place: Span | None = None
    place_name: str | None = None
    date: str | None = None
    date_precision: str | None = None
    label: str = ""
    salience: float = 0.0


@dataclass
class Tally:
    """Counts summed over articles; ratios are read from them."""

    n: Counter = field(default_factory=lambda: Counter())

    def add(self, key: str, hit: bool) -> None:
        self.n[key + ".all"] += 1
        self.n[key + ".hit"] += int(hit)

    def ratio(self, key: str) -> float | None:
        total = self.n[key + ".all"]
        return self.n[key + ".hit"] / total if total else None


def overlaps(a: Span, spans: list | None) -> bool:
    """Whether span a overlaps any of spans."""
    return bool(spans) and any(a[0] < e and s < a[1] for s, e in spans)


def names_one(a: Span, spans: list | None, text: str) -> bool:
    """Whether span a overlaps one of a participant's gold spans, or says what one of them
    says or ends with ("Obama" for "President Barack Obama" told elsewhere; never a
    pronoun)."""
    if overlaps(a, spans):
        return True
    said = " ".join(text[a[0] : a[1]].casefold().split())
    if not text or len(said) < 3 or said in PRONOUNS:
        return False
    for start, end in spans or []:
        gold = " ".join(text[start:end].casefold().split())
        if gold == said or gold.endswith(" " + said):
            return True
    return False


def _span(obj: Any) -> Span | None:
    if obj is None:
        return None
    if isinstance(obj, list | tuple):
        return (int(obj[0]), int(obj[1]))
    return (obj.start, obj.end)


def from_event(ev: Any, text: str) -> Pred:
    """A dateline Event as the scorer reads it (its `mentions` where the field exists). A
    record told only in the headline points into the title, which no gold offset does: it
    is placed after the text's end, where it matches nothing."""
    if getattr(ev, "told_in", "text") == "title":
        end = (len(text), len(text))
        return Pred(ev.type, [end], ev.status, label="(headline)", salience=ev.salience)
    mentions = [_span(m) for m in getattr(ev, "mentions", None) or []] or [(ev.start, ev.end)]
    place = ev.place
    return Pred(
        type=ev.type,
        mentions=mentions,
        status=ev.status,
        actor=_span(ev.actor),
        recipient=_span(ev.recipient),
        place=_span(place),
        place_name=(place.name or place.text) if place else None,
        date=ev.date,
        date_precision=ev.date_precision,
        label=" | ".join(text[s:e] for s, e in mentions[:3]),
        salience=getattr(ev, "salience", 0.0) or 0.0,
    )


PRONOUNS = frozenset(
    [
        "he",
        "she",
        "it",
        "they",
        "we",
        "i",
        "you",
        "him",
        "her",
        "them",
        "us",
        "his",
        "its",
        "their",
        "our",
        "who",
    ]
)


def _iso_week(value: str) -> str | None:
    if "-W" in value:
        return value[:8]
    try:
        year, week, _ = date.fromisoformat(value[:10]).isocalendar()
    except ValueError:
        return None
    return f"{year}-W{week:02d}"


def date_right(gold: dict, pred: Pred, published: str | None) -> bool:
    """Whether the predicted date equals the gold one at the gold precision."""
    value, precision = gold.get("date"), gold.get("date_precision")
    got, got_precision = pred.date, pred.date_precision
    if not value:
        if not got:
            return True
        if not published:
            return False
        if got_precision == "day":
            return got[:10] == published[:10]
        return got_precision == "week" and _iso_week(got) == _iso_week(published)
    if not got:
        return False
    fine = {"day": 3, "week": 2, "month": 2, "year": 1}
    if fine.get(got_precision or "", 0) < fine.get(precision or "", 0):
        return False
    if precision == "day":
        return got_precision == "day" and got[:10] == value[:10]
    if precision == "week":
        return _iso_week(got) == _iso_week(value)
    if precision == "month":
        return got_precision != "week" and got[:7] == value[:7]
    return got[:4] == value[:4]


def place_right(gold: dict, pred: Pred) -> bool:
    """Span overlap with a gold place span, or the same name (ignoring case and accents:
    the gazetteer's "Montréal" is the coder's "Montreal")."""
    if pred.place and overlaps(pred.place, gold.get("place")):
        return True
    name = _bare(gold.get("place_name") or "")
    return bool(name) and _bare(pred.place_name or "") == name


def _bare(name: str) -> str:
    """A name without case or accents."""
    return "".join(
        c for c in unicodedata.normalize("NFKD", name) if not unicodedata.combining(c)
    ).casefold()


def match(preds: list[Pred], golds: list[dict]) -> list[tuple[int | None, bool, bool]]:
    """For each predicted record (in text order): the gold record it matches (or None),
    whether that gold record was already matched (a duplicate), and whether the type is
    only related. A record overlapping several gold records takes, of those sharing most
    mentions with it, the first of the same type not yet matched, else the first of the same
    type, else the first related."""
    taken: set[int] = set()
    out = []
    for pred in preds:
        shared = [sum(overlaps(m, g["mentions"]) for m in pred.mentions) for g in golds]
        hits = sorted((i for i, n in enumerate(shared) if n), key=lambda i: -shared[i])
        same = [i for i in hits if golds[i]["type"] == pred.type]
        near = [i for i in hits if related(golds[i]["type"], pred.type)]
        fresh = [i for i in same if i not in taken]
        chosen = fresh[0] if fresh else same[0] if same else near[0] if near else None
        if chosen is None:
            out.append((None, False, False))
            continue
        exact = golds[chosen]["type"] == pred.type
        out.append((chosen, exact and chosen in taken, not exact))
        if exact:
            taken.add(chosen)
    return out


def score_article(
    preds: list[Pred], golds: list[dict], published: str | None, tally: Tally, text: str = ""
) -> list[str]:
    """Add one article's counts to tally; return its mismatches as lines of text (quoting
    the article where its text is given)."""

    def said(span: Span | list | None) -> str:
        if not span or not text:
            return "-"
        start, end = span[0] if isinstance(span[0], list | tuple) else span
        return repr(text[start:end])

    def around(span: Span) -> str:
        if not text:
            return ""
        start, end = span
        return repr(" ".join(text[max(0, start - 90) : end + 60].split()))

    errors = []
    preds = sorted(preds, key=lambda p: min(p.mentions))
    matched = match(preds, golds)
    tally.n["articles"] += 1
    tally.n["gold"] += len(golds)
    tally.n["pred"] += len(preds)
    found: dict[int, Pred] = {}
    lead = max(range(len(preds)), key=lambda i: preds[i].salience, default=None)
    if lead is not None and preds[lead].salience > 0 and any(g.get("salient") for g in golds):
        gi, _, near = matched[lead]
        tally.add("lead", gi is not None and not near and bool(golds[gi].get("salient")))
    for pred, (gi, dup, near) in zip(preds, matched, strict=True):
        exact = gi is not None and not near
        tally.add("precision", exact)
        tally.add("precision_related", gi is not None)
        if pred.status == "asserted":
            tally.add("precision_asserted", exact)
        tally.add("duplicates", dup)
        if not exact:
            what = "no gold event" if gi is None else f"gold type {golds[gi]['type']}"
            errors.append(
                f"  extra {pred.type:9} [{pred.label}] ({what}) {around(min(pred.mentions))}"
            )
            continue
        gold = golds[gi]
        found.setdefault(gi, pred)
        if dup:
            errors.append(f"  duplicate {pred.type} [{pred.label}] of gold #{gi}")
        for role in ("actor", "recipient"):
            if gold.get(role):
                span = getattr(pred, role)
                ok = span is not None and names_one(span, gold[role], text)
                tally.add(role, ok)
                if not ok:
                    errors.append(
                        f"  {role} wrong on gold #{gi} {gold['type']} [{pred.label}]: "
                        f"{said(getattr(pred, role))} vs {said(gold[role])}"
                    )
        if gold.get("place") or gold.get("place_name"):
            ok = place_right(gold, pred)
            tally.add("place", ok)
            if not ok:
                errors.append(
                    f"  place wrong on gold #{gi} [{pred.label}]: "
                    f"{pred.place_name} vs {gold.get('place_name')}"
                )
        ok = date_right(gold, pred, published)
        tally.add("date", ok)
        if not ok:
            errors.append(
                f"  date wrong on gold #{gi} [{pred.label}]: "
                f"{pred.date}/{pred.date_precision} vs {gold.get('date')}"
            )
    for gi, gold in enumerate(golds):
        tally.add("recall", gi in found)
        if gold.get("status", "asserted") == "asserted":
            tally.add("recall_asserted", gi in found)
        if not gold.get("salient"):
            if gi not in found:
                errors.append(f"  missed gold #{gi} {gold['type']} {said(gold['mentions'][0])}")
            continue
        pred = found.get(gi)
        tally.add("salient", pred is not None)
        full = pred is not None
        if full and gold.get("actor"):
            full = pred.actor is not None and names_one(pred.actor, gold["actor"], text)
        if full and (gold.get("place") or gold.get("place_name")):
            full = place_right(gold, pred)
        tally.add("salient_full", full)
        if pred is None:
            errors.append(f"  missed SALIENT gold #{gi} {gold['type']} {said(gold['mentions'][0])}")
    return errors


def read_gold(paths: list[Path]) -> list[dict]:
    """Every gold article record of the given files (bad lines are reported and skipped)."""
    out = []
    for path in paths:
        for no, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            if not line.strip():
                continue
            try:
                out.append(json.loads(line))
            except json.JSONDecodeError as exc:
                print(f"{path.name}:{no}: not JSON ({exc}); skipped", file=sys.stderr)
    return out


ROWS = [
    ("articles", "articles"),
    ("gold records", "gold"),
    ("predicted records", "pred"),
    ("precision (type right)", "precision"),
    ("precision, asserted records", "precision_asserted"),
    ("precision, related types", "precision_related"),
    ("recall (type right)", "recall"),
    ("recall, asserted gold", "recall_asserted"),
    ("duplicates", "duplicates"),
    ("actor right", "actor"),
    ("recipient right", "recipient"),
    ("place right", "place"),
    ("date right", "date"),
    ("salient found, type right", "salient"),
    ("salient, + actor and place", "salient_full"),
    ("top-salience record salient", "lead"),
]


def figures(tally: Tally) -> dict[str, float | int | None]:
    """The reported figures of one split."""
    out: dict[str, float | int | None] = {}
    for _, key in ROWS:
        out[key] = tally.n[key] if key in ("articles", "gold", "pred") else tally.ratio(key)
    out["pred_per_article"] = tally.n["pred"] / tally.n["articles"] if tally.n["articles"] else None
    out["gold_per_article"] = tally.n["gold"] / tally.n["articles"] if tally.n["articles"] else None
    return out


def _cell(value: float | int | None, key: str) -> str:
    if value is None:
        return "-"
    if key in ("articles", "gold", "pred"):
        return str(value)
    return f"{value:.3f}"


def gold_articles(split: str = "all") -> Iterator[tuple[dict, Source]]:
    """Each coded article of a split ("all": both) with its text; one whose text cannot be
    read, or differs from the text annotated, is said on stderr and skipped."""
    for rec in read_gold(sorted(GOLD.glob("*.jsonl"))):
        if split != "all" and rec.get("split") != split:
            continue
        try:
            src = source(rec["corpus"], str(rec["doc"]))
        except (KeyError, OSError) as exc:
            print(
                f"{rec.get('corpus')}/{rec.get('doc')}: article not found ({exc}); skipped",
                file=sys.stderr,
            )
            continue
        digest = sha1(src.text)
        if digest != rec.get("sha1"):
            print(
                f"{rec['corpus']}/{rec['doc']}: SHA1 MISMATCH "
                f"(text {digest}, gold {rec.get('sha1')}): "
                "the text differs from the one annotated; skipped",
                file=sys.stderr,
            )
            continue
        yield rec, src


@dataclass
class Labelled:
    """One record dateline gives on a gold article (every record kept), with what the
    learned models are fitted from: its article, the text's sentence count, and the gold
    record it matches (None) with the right type (``right``)."""

    article: str
    text: str
    title: str | None
    sentences: int
    event: Any
    gold: dict | None
    right: bool


def labelled(split: str = "dev") -> Iterator[Labelled]:
    """Every record of the split's gold articles' texts, in text order (records read from a
    headline are left out: they are gated and ranked inside their own one-sentence story)."""
    from dateline.config import Settings
    from dateline.models import Article
    from dateline.pipeline import Pipeline

    pipeline = Pipeline(Settings(keep_unlikely=True))
    for rec, src in gold_articles(split):
        doc = pipeline.nlp(src.text)
        article = Article(text=src.text, title=src.title, published=src.published)
        told = [ev for ev in pipeline.analyse(article, doc).events if ev.told_in == "text"]
        pairs = sorted(((from_event(ev, src.text), ev) for ev in told), key=_first_mention)
        matched = match([p for p, _ in pairs], rec["events"])
        for (_, event), (gold, _, near) in zip(pairs, matched, strict=True):
            yield Labelled(
                f"{rec['corpus']}/{rec['doc']}",
                src.text,
                src.title,
                len(list(doc.sents)),
                event,
                None if gold is None else rec["events"][gold],
                gold is not None and not near,
            )


def _first_mention(pair: tuple[Pred, Any]) -> Span:
    return min(pair[0].mentions)


def salient_causes(
    kept: list[Pred], every: list[Pred], golds: list[dict], text: str
) -> list[tuple[str, str]]:
    """Why each salient gold record is not found with its type, actor and place right, as
    (cause, detail) pairs: ``found`` (all right), ``actor``, ``place`` (found, that field
    wrong), ``merged`` (a kept record of its type tells it but matches another gold record),
    ``gated`` (only a record the learned gate dropped has its type), ``type`` (only records
    of another type tell it) or ``none`` (no record tells it). ``every`` holds the records
    before the gate."""
    kept = sorted(kept, key=lambda p: min(p.mentions))
    matched = match(kept, golds)
    found: dict[int, Pred] = {}
    for pred, (gi, _, near) in zip(kept, matched, strict=True):
        if gi is not None and not near:
            found.setdefault(gi, pred)
    out = []
    for gi, gold in enumerate(golds):
        if not gold.get("salient"):
            continue
        said = repr(" ".join(text[slice(*gold["mentions"][0])].split()))
        head = f"#{gi} {gold['type']} {said}"
        pred = found.get(gi)
        if pred is not None:
            if gold.get("actor") and not (
                pred.actor is not None and names_one(pred.actor, gold["actor"], text)
            ):
                got = repr(text[slice(*pred.actor)]) if pred.actor else "-"
                wanted = repr(text[slice(*gold["actor"][0])])
                out.append(("actor", f"{head}: {got} vs {wanted}"))
            elif (gold.get("place") or gold.get("place_name")) and not place_right(gold, pred):
                out.append(("place", f"{head}: {pred.place_name} vs {gold.get('place_name')}"))
            else:
                out.append(("found", head))
            continue
        same = [p for p in _telling(kept, gold["mentions"]) if p.type == gold["type"]]
        told = _telling(every, gold["mentions"])
        if same:
            out.append(("merged", f"{head}: in [{same[0].label}]"))
        elif any(p.type == gold["type"] for p in told):
            out.append(("gated", head))
        elif told:
            types = ", ".join(sorted({p.type for p in told}))
            out.append(("type", f"{head}: as {types}"))
        else:
            out.append(("none", head))
    return out


def _telling(preds: list[Pred], spans: list) -> list[Pred]:
    """The records one of whose mentions overlaps one of spans."""
    return [p for p in preds if any(overlaps(m, spans) for m in p.mentions)]


def run_causes() -> int:
    """Print why each dev salient gold record is missed or has its actor or place wrong,
    with a count of each cause."""
    from dateline.config import Settings
    from dateline.models import Article
    from dateline.pipeline import Pipeline

    gated, ungated = Pipeline(), Pipeline(Settings(keep_unlikely=True))
    counts: Counter = Counter()
    for rec, src in gold_articles("dev"):
        article = Article(text=src.text, title=src.title, published=src.published)
        doc = gated.nlp(src.text)
        kept = [from_event(ev, src.text) for ev in gated.analyse(article, doc).events]
        every = [from_event(ev, src.text) for ev in ungated.analyse(article, doc).events]
        causes = salient_causes(kept, every, rec["events"], src.text)
        for cause, detail in causes:
            counts[cause] += 1
            if cause != "found":
                print(f"{rec['corpus']}/{rec['doc']} {cause:7} {detail}")
    print(", ".join(f"{cause} {n}" for cause, n in counts.most_common()))
    return 0


def run(
    split: str,
    errors: bool,
    as_json: bool,
    keep_unlikely: bool = False,
    min_likelihood: float | None = None,
) -> int:
    from dateline.config import Settings
    from dateline.models import Article
    from dateline.pipeline import Pipeline

    pipeline = Pipeline(Settings(keep_unlikely=keep_unlikely, min_likelihood=min_likelihood))
    tallies = {"dev": Tally(), "heldout": Tally()}
    for rec, src in gold_articles(split):
        digest = rec["sha1"]
        result = pipeline.extract(Article(text=src.text, title=src.title, published=src.published))
        preds = [from_event(ev, src.text) for ev in result.events]
        lines = score_article(
            preds, rec["events"], src.published, tallies[split_of(digest)], src.text
        )
        if errors and split_of(digest) == "dev":
            print(
                f"== {rec['corpus']}/{rec['doc']}: "
                f"{len(preds)} predicted, {len(rec['events'])} gold"
            )
            print("\n".join(lines))
    shown = ["dev", "heldout"] if split == "all" else [split]
    table = {name: figures(tallies[name]) for name in shown}
    if as_json:
        print(json.dumps(table, indent=2))
        return 0
    print(f"{'':30}" + "".join(f"{name:>10}" for name in shown))
    for label, key in ROWS:
        print(f"{label:30}" + "".join(f"{_cell(table[name][key], key):>10}" for name in shown))
    return 0


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--split", choices=["dev", "heldout", "all"], default="all")
    parser.add_argument("--json", action="store_true", help="machine-readable figures")
    parser.add_argument("--errors", action="store_true", help="per-record mismatches (dev only)")
    parser.add_argument(
        "--keep-unlikely", action="store_true", help="score every record (no learned gate)"
    )
    parser.add_argument(
        "--min-likelihood", type=float, help="the gate's threshold (default: the learned one)"
    )
    parser.add_argument(
        "--salient-causes",
        action="store_true",
        help="why each dev salient record is missed or has its actor or place wrong",
    )
    args = parser.parse_args()
    if args.salient_causes:
        return run_causes()
    return run(args.split, args.errors, args.json, args.keep_unlikely, args.min_likelihood)


if __name__ == "__main__":
    raise SystemExit(main())
