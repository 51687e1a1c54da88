"""Event coding on ../shared/eval/events: dateline's coder beside a keyword-only baseline.

Data sets (each read at run time, never copied):
  plv       PLV_train.tsv: sentence + gold source/target pair + PLOVER root (YIELD = CONCEDE
            or RETREAT) and quad class. The gold pair is given to the coder as the actors layer.
  gsr       PLOVER_GSR_CAMEO.dev.json: old labels mapped (DEMAND->REQUEST,
            DISAPPROVE/INVESTIGATE->ACCUSE, FIGHT->ASSAULT); times, places, actors and
            quotes from the pipeline's stages, as in a real run.
  petrarch  PETR2_GSR_validation.dev.xml: CAMEO codes through the CAMEO2PLOVER crosswalk.
  case      CASE 2021 task 2: ACLED-style sub-event types through dateline's ACLED mapping,
            and CASE's five extra types from the incident types (disasters, crime, claims)
            and from verbal events; one label per snippet (see ``case_code``).

A sentence's prediction is its top PLOVER event (incident types are not PLOVER's): with
gold actors (plv), events that link the gold pair rank first, then by confidence
("pair-aware"); "top-1 by confidence" ignores the pair. The type scored is the PLOVER
category after the ontology's modality table (a promise to aid counts as AGREE). Parses
are cached under ~/.cache/dateline.

    .venv/bin/python benchmarks/events.py --sets plv,gsr,petrarch,case
"""

from __future__ import annotations

import argparse
import csv
import hashlib
import json
import re
import time
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from spacy.tokens import Doc, DocBin

from dateline import nlp
from dateline.config import Settings
from dateline.events import EventStage, acled
from dateline.events.ontology import Ontology
from dateline.events.triggers import POS_OF, lemma
from dateline.models import Actor, Article, Event, Result
from dateline.pipeline import DEFAULT_STAGES, Stage, entities

DATA = Path(__file__).resolve().parents[2] / "shared" / "eval" / "events"
CACHE = Path.home() / ".cache" / "dateline" / "benchmarks"
OLD_LABELS = {"DEMAND": "REQUEST", "DISAPPROVE": "ACCUSE", "INVESTIGATE": "ACCUSE"}
OLD_LABELS |= {"FIGHT": "ASSAULT"}
PLV_LABELS = {"CONCEDE": "YIELD", "RETREAT": "YIELD"}
NONE = "NONE"
EXAMPLE = "article-iraq-syria-border.txt"
CASE_CODES = {
    "Armed clash": "ARMED_CLASH", "Government regains territory": "GOV_REGAINS_TERIT",
    "Non-state actor overtakes territory": "NON_STATE_ACTOR_OVERTAKES_TER",
    "Chemical weapon": "CHEM_WEAP", "Air/drone strike": "AIR_STRIKE", "Suicide bomb": "SUIC_BOMB",
    "Shelling/artillery/missile attack": "ART_MISS_ATTACK", "Grenade": "GRENADE",
    "Remote explosive/landmine/IED": "REM_EXPLOS", "Sexual violence": "SEX_VIOL",
    "Attack": "ATTACK", "Abduction/forced disappearance": "ABDUCT_DISSAP",
    "Peaceful protest": "PEACE_PROTEST", "Protest with intervention": "PROTEST_WITH_INTER",
    "Excessive force against protesters": "FORCE_AGAINST_PROTEST",
    "Violent demonstration": "VIOL_DEMONSTR", "Mob violence": "MOB_VIOL", "Agreement": "AGREEMENT",
    "Arrests": "ARREST", "Change to group/activity": "CHANGE_TO_GROUP_ACT",
    "Disrupted weapons use": "DISR_WEAP", "Headquarters or base established": "HQ_ESTABLISHED",
    "Looting/property destruction": "PROPERTY_DISTRUCT",
    "Non-violent transfer of territory": "NON_VIOL_TERRIT_TRANSFER", "Other": "OTHER",
}  # fmt: skip
GENERIC_CODES = {"ATTACK", "ARMED_CLASH"}
SPECIFIC_CODES = {
    "GRENADE", "AIR_STRIKE", "ART_MISS_ATTACK", "REM_EXPLOS", "SUIC_BOMB", "CHEM_WEAP",
    "ABDUCT_DISSAP", "SEX_VIOL",
}  # fmt: skip
INCIDENT_CODES = {
    "DISASTER": {"natural": "NATURAL_DISASTER", "": "MAN_MADE_DISASTER"},
    "CRIME": {"": "ORG_CRIME"},
    "CLAIM": {"": "ATTRIB"},
}


@dataclass(slots=True)
class Item:
    """One gold sentence: its text, gold labels, and gold actor spans / codes when known."""

    text: str
    labels: set[str]
    source: tuple[int, int] | None = None
    target: tuple[int, int] | None = None
    source_codes: set[str] = field(default_factory=set)
    target_codes: set[str] = field(default_factory=set)


def parse(texts: list[str], name: str) -> list[Doc]:
    """The texts parsed once with ``nlp.pipe`` and cached by their content."""
    language = nlp.load()
    key = hashlib.sha256("\x00".join(texts).encode()).hexdigest()[:16]
    path = CACHE / f"events-{name}-{key}.spacy"
    if path.exists():
        return list(DocBin().from_disk(path).get_docs(language.vocab))
    docs = list(language.pipe(texts, batch_size=64))
    CACHE.mkdir(parents=True, exist_ok=True)
    DocBin(store_user_data=False, docs=docs).to_disk(path)
    return docs


def _unmark(marked: str) -> tuple[str, dict[str, tuple[int, int]]]:
    text, spans, pos = [], {}, 0
    for piece in re.split(r"(</?[st]>)", marked):
        if piece in ("<s>", "<t>"):
            spans[piece[1]] = (pos, pos)
        elif piece in ("</s>", "</t>"):
            spans[piece[2]] = (spans[piece[2]][0], pos)
        else:
            text.append(piece)
            pos += len(piece)
    return "".join(text), spans


def plv() -> list[Item]:
    """PLV_train pairs with their gold spans and root labels."""
    items = []
    with open(DATA / "zsp_plv" / "PLV_train.tsv", encoding="utf-8") as handle:
        for row in csv.DictReader(handle, delimiter="\t"):
            text, spans = _unmark(row["marked_sentence"])
            items.append(Item(text, {row["gold_root"]}, spans.get("s"), spans.get("t")))
    return items


def plv_quads() -> dict[str, int]:
    """PLV's own root -> quad table (its pentacode column)."""
    lines = (DATA / "zsp_plv" / "rootcode_modality.txt").read_text().splitlines()[1:]
    return {cols[0]: int(cols[1]) for cols in (line.split("\t") for line in lines if line)}


def _codes(actors: object) -> set[str]:
    return {a.get("code", "")[:3] for a in actors if isinstance(a, dict)} if actors else set()


def gsr() -> list[Item]:
    """PLOVER GSR records with old category names mapped to current ones."""
    records = json.loads((DATA / "plover_gsr" / "PLOVER_GSR_CAMEO.dev.json").read_text())
    items = []
    for record in records:
        if record.get("event") in (None, "DOCUMENT") or not record.get("text"):
            continue
        label = OLD_LABELS.get(record["event"], record["event"])
        source, target = _codes(record.get("source")), _codes(record.get("target"))
        items.append(Item(record["text"], {label}, source_codes=source, target_codes=target))
    return items


def crosswalk() -> dict[str, str]:
    """CAMEO code -> PLOVER category from CAMEO2PLOVER."""
    out = {}
    for line in (DATA / "plover_spec" / "CAMEO2PLOVER-2021.txt").read_text().splitlines():
        match = re.match(r"^(\d+):\s*([A-Z]+)", line)
        if match:
            out[match.group(1)] = match.group(2)
    return out


def _plover(code: str, table: dict[str, str]) -> str | None:
    for size in range(len(code), 1, -1):
        if code[:size] in table:
            return table[code[:size]]
    return None


def petrarch() -> list[Item]:
    """PETRARCH2 validation sentences with at least one CAMEO code PLOVER keeps (the file is
    not well-formed XML, so records are read by pattern)."""
    table = crosswalk()
    raw = (DATA / "petrarch" / "PETR2_GSR_validation.dev.xml").read_text(encoding="utf-8")
    items = []
    for chunk in raw.split("<Sentence ")[1:]:
        text = re.search(r"<Text>(.*?)</Text>", chunk, re.S)
        codings = re.findall(r"<EventCoding ([^>]*)/?>", chunk)
        attrs = [dict(re.findall(r'(\w+)="([^"]*)"', c)) for c in codings]
        labels = {p for p in (_plover(a.get("eventcode", ""), table) for a in attrs) if p}
        if text and labels:
            source = {a.get("sourcecode", "")[:3] for a in attrs} - {""}
            target = {a.get("targetcode", "")[:3] for a in attrs} - {""}
            items.append(Item(" ".join(text.group(1).split()), labels, None, None, source, target))
    return items


def case() -> list[Item]:
    """CASE 2021 task 2 snippets with their ACLED-style sub-event code."""
    path = DATA / "case2021_task2" / "test_set_final_release_with_labels.dev.tsv"
    with open(path, encoding="utf-8") as handle:
        rows = list(csv.DictReader(handle, delimiter="\t"))
    return [Item(row["EventSnippet"], {row["SubType"]}) for row in rows if row["EventSnippet"]]


def _gold_actors(item: Item) -> list[Actor]:
    out = []
    for actor_id, span in (("SOURCE", item.source), ("TARGET", item.target)):
        if span is not None and span[1] > span[0]:
            out.append(Actor(item.text[span[0] : span[1]], span[0], span[1], actor_id=actor_id))
    return out


def _links(event: Event) -> int:
    ids = (event.actor and event.actor.actor_id, event.recipient and event.recipient.actor_id)
    return (ids[0] == "SOURCE") + (ids[1] == "TARGET") + (ids == ("TARGET", "SOURCE"))


def top(events: list[Event], pair_aware: bool, onto: Ontology) -> Event | None:
    """The PLOVER event the sentence is coded as (incidents outside PLOVER are not)."""
    events = [e for e in events if onto.in_plover(e.type)]
    if not events:
        return None
    if pair_aware:
        return max(events, key=lambda e: (_links(e), e.confidence))
    return max(events, key=lambda e: e.confidence)


def keyword(doc: Doc, onto: Ontology) -> str:
    """Baseline: the heaviest trigger word in the sentence, no syntax, no modality."""
    best = (0.0, NONE)
    for token in doc:
        pos = POS_OF.get(token.pos_)
        for entry in onto.triggers.get(pos, {}).get(lemma(token), []) if pos else []:
            if not entry.requires and entry.weight > best[0] and onto.in_plover(entry.type):
                best = (entry.weight, entry.type)
    return best[1]


@dataclass(slots=True)
class Scores:
    """Per-sentence predictions against gold label sets."""

    gold: list[set[str]] = field(default_factory=list)
    pred: list[str] = field(default_factory=list)

    def add(self, gold: set[str], pred: str) -> None:
        self.gold.append(gold)
        self.pred.append(pred)

    def accuracy(self, key: Callable[[str], object] = lambda x: x) -> float:
        hits = sum(
            key(p) in {key(g) for g in gold} for gold, p in zip(self.gold, self.pred, strict=True)
        )
        return hits / len(self.pred) if self.pred else 0.0

    def f1(self) -> tuple[float, float]:
        """Macro and support-weighted F1 over gold labels (first gold label per sentence)."""
        truth = [
            sorted(g)[0] if p not in g else p for g, p in zip(self.gold, self.pred, strict=True)
        ]
        labels = sorted(set(truth))
        support = Counter(truth)
        macro = weighted = 0.0
        for label in labels:
            tp = sum(t == label and p == label for t, p in zip(truth, self.pred, strict=True))
            fp = sum(t != label and p == label for t, p in zip(truth, self.pred, strict=True))
            fn = sum(t == label and p != label for t, p in zip(truth, self.pred, strict=True))
            f = 2 * tp / (2 * tp + fp + fn) if tp else 0.0
            macro += f / len(labels)
            weighted += f * support[label] / len(truth)
        return macro, weighted


def _result(item: Item, doc: Doc, actors: list[Actor] | None) -> Result:
    result = Result(article=Article(text=item.text), entities=entities(doc))
    result.actors = actors or []
    return result


def context_stages() -> list[Stage]:
    """The stages the pipeline runs before events (times, places, actors, quotes)."""
    return [factory(Settings()) for factory in DEFAULT_STAGES if factory is not EventStage]


def _context(item: Item, doc: Doc, stages: list[Stage]) -> Result:
    """The item's result with every layer the events stage reads, as in the pipeline."""
    result = _result(item, doc, None)
    for stage in stages:
        setattr(result, stage.layer, stage(result, doc))
    return result


def run_plv(stage: EventStage) -> list[str]:
    items = plv()
    docs = parse([i.text for i in items], "plv")
    quads = plv_quads()
    pair, conf, base = Scores(), Scores(), Scores()
    actor_hits = recipient_hits = 0
    start = time.process_time()
    for item, doc in zip(items, docs, strict=True):
        events = stage(_result(item, doc, _gold_actors(item)), doc)
        for scores, aware in ((pair, True), (conf, False)):
            event = top(events, aware, stage.ontology)
            label = stage.ontology.coded_type(event.type, event.status) if event else NONE
            scores.add(item.labels, PLV_LABELS.get(label, label))
        event = top(events, True, stage.ontology)
        actor_hits += bool(event and event.actor and event.actor.actor_id == "SOURCE")
        recipient_hits += bool(event and event.recipient and event.recipient.actor_id == "TARGET")
        label = keyword(doc, stage.ontology)
        base.add(item.labels, PLV_LABELS.get(label, label))
    elapsed = (time.process_time() - start) / len(items) * 1000
    n = len(items)

    def quad(label: str) -> int:
        return quads.get(label, 0)

    lines = [f"plv: {n} sentence/pair items; coder {elapsed:.2f} ms CPU per sentence"]
    for name, scores in (("pair-aware", pair), ("top-1 by confidence", conf), ("keyword", base)):
        macro, weighted = scores.f1()
        lines.append(
            f"  {name:20} type acc {scores.accuracy():.3f}  macro-F1 {macro:.3f}  "
            f"weighted-F1 {weighted:.3f}  quad acc {scores.accuracy(quad):.3f}"
        )
    lines.append(
        f"  actor text match {actor_hits / n:.3f}  recipient text match {recipient_hits / n:.3f}"
    )
    return lines


def _code(actor: Actor | None) -> str | None:
    """An actor's gold-comparable code: its ISO3 country, else its sector (IGO)."""
    return (actor.country or actor.sector) if actor is not None else None


def run_gsr(stage: EventStage, name: str, items: list[Item]) -> list[str]:
    docs = parse([i.text for i in items], name)
    stages = context_stages()
    coder, base = Scores(), Scores()
    iso = Counter()
    for item, doc in zip(items, docs, strict=True):
        result = _context(item, doc, stages)
        event = top(stage(result, doc), False, stage.ontology)
        coder.add(
            item.labels, stage.ontology.coded_type(event.type, event.status) if event else NONE
        )
        base.add(item.labels, keyword(doc, stage.ontology))
        if item.source_codes:
            iso["source"] += 1
            iso["source_hit"] += bool(event and _code(event.actor) in item.source_codes)
        if item.target_codes:
            iso["target"] += 1
            iso["target_hit"] += bool(event and _code(event.recipient) in item.target_codes)
    lines = [f"{name}: {len(items)} sentences"]
    for label, scores in (("coder top-1", coder), ("keyword", base)):
        macro, _ = scores.f1()
        lines.append(f"  {label:12} type acc {scores.accuracy():.3f}  macro-F1 {macro:.3f}")
    if iso["source"]:
        lines.append(
            f"  ISO3 actor match {iso['source_hit'] / iso['source']:.3f} ({iso['source']})  "
            f"recipient {iso['target_hit'] / max(iso['target'], 1):.3f} ({iso['target']})"
        )
    return lines


def _case_label(event: Event) -> str | None:
    """The CASE code one event gives: an incident type's own, else its ACLED sub-event."""
    if event.type in INCIDENT_CODES:
        return INCIDENT_CODES[event.type].get(event.mode or "", INCIDENT_CODES[event.type][""])
    kinds = acled.classify(event)
    return CASE_CODES[kinds[1]] if kinds is not None else None


def case_code(events: list[Event], onto: Ontology) -> str:
    """The CASE code of a snippet. A claim of responsibility (or a denial, an attribution)
    in or before the lead sentence makes it ATTRIB. Else the lead sentence's most confident
    asserted event gives it (an incident type's code or the ACLED sub-event), unless that
    says only "attack" or "clash" and a later event names the weapon or the harm (a
    grenade, an air strike, an abduction). Else DIPLO for verbal events and sanctions
    (PLOVER's COERCE/restrict, which ACLED leaves out), else OTHER. The lead sentence is
    the first with an event that has a code."""
    claims = [
        e for e in events if e.type == "CLAIM" and (e.status != "negated" or e.mode == "deny")
    ]
    coded = [(e, _case_label(e)) for e in events if e.status == "asserted"]
    coded = [(e, label) for e, label in coded if label is not None]
    lead = min(coded, key=lambda pair: pair[0].start)[0] if coded else None
    if any(lead is None or c.sentence == lead.sentence or c.start < lead.start for c in claims):
        return "ATTRIB"
    if lead is not None:
        first = max(
            (p for p in coded if p[0].sentence == lead.sentence), key=lambda p: p[0].confidence
        )
        means = [label for _, label in coded if label in SPECIFIC_CODES]
        return means[0] if first[1] in GENERIC_CODES and means else first[1]
    if any(onto.quad(e.type) in (1, 3) or e.mode == "restrict" for e in events):
        return "DIPLO"
    return "OTHER"


def keyword_event(doc: Doc, onto: Ontology) -> list[Event]:
    """Baseline for CASE: the heaviest trigger word as a bare event with its entry's mode."""
    best = None
    for token in doc:
        pos = POS_OF.get(token.pos_)
        for entry in onto.triggers.get(pos, {}).get(lemma(token), []) if pos else []:
            if not entry.requires and (best is None or entry.weight > best.weight):
                best = entry
    if best is None:
        return []
    return [Event(best.type, doc.text, 0, len(doc.text), mode=best.mode, confidence=best.weight)]


def run_case(stage: EventStage) -> list[str]:
    items = case()
    docs = parse([i.text for i in items], "case")
    stages = context_stages()
    coder, base, seen = Scores(), Scores(), Scores()
    acled_codes = set(CASE_CODES.values())
    for item, doc in zip(items, docs, strict=True):
        predicted = case_code(stage(_context(item, doc, stages), doc), stage.ontology)
        coder.add(item.labels, predicted)
        base.add(item.labels, case_code(keyword_event(doc, stage.ontology), stage.ontology))
        if item.labels & acled_codes:
            seen.add(item.labels, predicted)
    lines = [f"case: {len(items)} snippets ({len(seen.pred)} with one of ACLED's 25 types)"]
    for label, scores in (("coder", coder), ("keyword", base), ("coder, ACLED types", seen)):
        macro, weighted = scores.f1()
        lines.append(
            f"  {label:18} acc {scores.accuracy():.3f}  macro-F1 {macro:.3f}  "
            f"weighted-F1 {weighted:.3f}"
        )
    return lines


def run_speed(rounds: int) -> list[str]:
    """CPU time per article of the parse and of each stage, over the example articles."""
    import dateline
    from dateline.pipeline import Pipeline

    root = Path(__file__).resolve().parents[1] / "examples" / "articles"
    articles = [a for a in dateline.read(str(root)) if isinstance(a, Article)]
    articles += [Article(text=(DATA.parents[1] / "examples" / EXAMPLE).read_text())]
    pipeline = Pipeline()
    spent: Counter[str] = Counter()
    for _ in range(rounds):
        start = time.process_time()
        docs = list(pipeline.nlp.pipe([a.text for a in articles]))
        spent["parse"] += time.process_time() - start
        for article, doc in zip(articles, docs, strict=True):
            result = Result(article=article, entities=entities(doc))
            for stage in pipeline.stages:
                start = time.process_time()
                setattr(result, stage.layer, stage(result, doc))
                spent[stage.layer] += time.process_time() - start
    count = rounds * len(articles)
    total = sum(spent.values())
    lines = [f"speed: {len(articles)} example articles x {rounds} rounds, CPU ms per article"]
    for name, seconds in spent.items():
        lines.append(f"  {name:8} {seconds / count * 1000:7.2f} ms  {seconds / total:6.1%}")
    share = (spent["actors"] + spent["events"]) / total
    lines.append(f"  actors + events: {share:.1%} of pipeline time")
    return lines


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sets", default="plv,gsr,petrarch,case")
    parser.add_argument("--ontology", type=Path, default=None)
    parser.add_argument("--rounds", type=int, default=5, help="rounds for --sets speed")
    args = parser.parse_args()
    stage = EventStage(Settings(ontology=args.ontology))
    for name in args.sets.split(","):
        if name == "plv":
            lines = run_plv(stage)
        elif name == "gsr":
            lines = run_gsr(stage, "gsr", gsr())
        elif name == "petrarch":
            lines = run_gsr(stage, "petrarch", petrarch())
        elif name == "speed":
            lines = run_speed(args.rounds)
        else:
            lines = run_case(stage)
        print("\n".join(lines), flush=True)


if __name__ == "__main__":
    main()
