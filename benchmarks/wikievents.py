"""Events on whole news articles: dateline's records against WikiEvents' mention-level gold.

Reads ../shared/eval/events/wikievents/dev.jsonl (20 documents, every event mention with its
KAIROS type, trigger and arguments) and coref.dev.jsonlines at run time; nothing is copied.

The article text is rebuilt from the sentences: each sentence's text is put at its
character offset and each character between two sentences becomes a line break, so the
gold token offsets index the rebuilt text unchanged. The file's own ``text`` field glues
sentences together ("SyriaThe"), so it is not used. ``published`` is the date in the
document id where it has one (the VOA ids, ``..._2017.06.05...``), else None; no title.

Scores (see event_scoring.py for how a record is anchored and matched):
  trigger F1, all types   any record anchor overlapping any gold trigger
  trigger F1, mapped      the same, gold of the mapped types only (data/kairos_plover.yaml);
                          anchors on consequence or unmapped gold are left out, and so are
                          anchors on no gold word of a record whose type no KAIROS type
                          maps to (REJECT, AGREE, ...: the gold's ontology cannot hold it)
  type F1, mapped         a match also needs the record's type among the gold type's
  records right           record-level precision: records with a gold mention of their type
                          among those not lying only on consequence / unmapped gold
  gold found twice+       of the mapped gold mentions found, the share matched by 2+ records
  gold inside 2+ spans    the same with whole mention / evidence spans instead of anchors
                          (looser: an evidence clause often holds several triggers)
  repeating records       records whose mapped gold mentions an earlier record already matched
  sentence surplus        records beyond the gold count of their type in a sentence that
                          holds gold of that type ("detonated ... killed 40" as two attacks)
  argument recall         Attacker/Killer/Injurer -> actor, Target/Victim -> recipient,
                          Place -> place, on Conflict.Attack, Life.Die and Life.Injure gold;
                          "any mention" accepts any mention of the argument's entity
                          (the gold coreference clusters)

Documents with index % 5 == 4 are held out: write rules from the errors of dev only.

    .venv/bin/python benchmarks/wikievents.py [--errors]
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import time
from pathlib import Path

from event_scoring import DocScore, GoldMention, KairosMap, score_document

import dateline
from dateline.models import Article

DATA = Path(__file__).resolve().parents[2] / "shared" / "eval" / "events" / "wikievents"
MAPPING = Path(__file__).resolve().parent / "data" / "kairos_plover.yaml"
_ID_DATE = re.compile(r"_(\d{4})\.(\d{2})\.(\d{2})\.")


def rebuild(sentences: list) -> tuple[str, list[tuple[int, int]], list[tuple[int, int]]]:
    """The article text, each sentence's character span, and each token's span."""
    end = sentences[-1][0][-1][2]
    chars = ["\n"] * end
    spans, tokens = [], []
    for words, sentence_text in sentences:
        start = words[0][1]
        chars[start : start + len(sentence_text)] = sentence_text
        spans.append((start, start + len(sentence_text)))
        tokens.extend((a, b) for _, a, b in words)
    return "".join(chars), spans, tokens


def published(doc_id: str) -> str | None:
    """The ISO date a document id carries, if any."""
    found = _ID_DATE.search(doc_id)
    return "-".join(found.groups()) if found else None


def gold_mentions(doc: dict, tokens: list[tuple[int, int]], clusters: list) -> list[GoldMention]:
    """The document's event mentions with character spans for triggers and arguments."""

    def chars(start: int, end: int) -> tuple[int, int]:
        return tokens[start][0], tokens[end - 1][1]

    entities = {e["id"]: chars(e["start"], e["end"]) for e in doc["entity_mentions"]}
    cluster_of = {member: cluster for cluster in clusters for member in cluster}
    out = []
    for mention in doc["event_mentions"]:
        trigger = mention["trigger"]
        arguments = []
        for arg in mention["arguments"]:
            same = cluster_of.get(arg["entity_id"], [arg["entity_id"]])
            spans = [entities[e] for e in same if e in entities]
            arguments.append((arg["role"], entities[arg["entity_id"]], spans))
        span = chars(trigger["start"], trigger["end"])
        out.append(GoldMention(mention["event_type"], span, trigger["sent_idx"], arguments))
    return out


def load() -> list[tuple[dict, str, list, list[GoldMention]]]:
    """Each document with its rebuilt text, sentence spans and gold mentions."""
    clusters = {}
    with open(DATA / "coref.dev.jsonlines", encoding="utf-8") as handle:
        for line in handle:
            row = json.loads(line)
            clusters[row["doc_key"]] = row["clusters"]
    out = []
    with open(DATA / "dev.jsonl", encoding="utf-8") as handle:
        for line in handle:
            doc = json.loads(line)
            text, sentences, tokens = rebuild(doc["sentences"])
            gold = gold_mentions(doc, tokens, clusters.get(doc["doc_id"], []))
            out.append((doc, text, sentences, gold))
    return out


def _row(name: str, parts: list[DocScore], value) -> str:
    return f"| {name} | " + " | ".join(value(p) for p in parts) + " |"


def report(parts: list[DocScore], sizes: list[str]) -> None:
    """The dev and heldout figures side by side, as a markdown table."""
    print("| | " + " | ".join(sizes) + " |")
    print("|---|" + "---|" * len(parts))
    for label, name in (("all types", "trigger_all"), ("mapped types", "trigger")):
        print(_row(f"trigger F1, {label} (P / R)", parts, lambda p, n=name: _f1(getattr(p, n))))
    print(_row("**type F1, mapped types** (P / R)", parts, lambda p: _f1(p.typed)))
    print(_row("records with a gold mention of their type", parts, lambda p: _share(p.records)))
    print(_row("gold found by 2+ records", parts, lambda p: _share(p.gold_repeated)))
    print(_row("gold inside the spans of 2+ records", parts, lambda p: _share(p.gold_in_spans)))
    print(_row("records repeating a found gold mention", parts, lambda p: _share(p.pred_repeats)))
    print(_row("records beyond the sentence's gold count", parts, lambda p: _share(p.pred_surplus)))
    roles = sorted({r for p in parts for r in p.arguments})
    for role in roles:
        print(_row(f"argument recall: {role}", parts, lambda p, r=role: _share(p.arguments.get(r))))


def _f1(f) -> str:
    return f"{f.f1:.3f} ({f.precision:.2f} / {f.recall:.2f})"


def _share(share) -> str:
    return f"{share.value:.3f} ({share.hit}/{share.total})" if share else "-"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--errors", action="store_true", help="print dev mismatches")
    args = parser.parse_args()
    mapping = KairosMap.load(MAPPING)
    documents = load()
    articles = [
        Article(text=t, title=None, published=published(d["doc_id"])) for d, t, _, _ in documents
    ]
    began = time.perf_counter()
    results = list(dateline.extract_many(articles))
    seconds = time.perf_counter() - began
    parts = [DocScore(), DocScore()]
    counts = [[0, 0, 0], [0, 0, 0]]
    for index, ((doc, text, sentences, gold), result) in enumerate(
        zip(documents, results, strict=True)
    ):
        score = score_document(text, sentences, gold, result.events, mapping)
        held = index % 5 == 4
        parts[held].add(score)
        counts[held][0] += 1
        counts[held][1] += len(gold)
        counts[held][2] += len(result.events)
        if args.errors and not held and score.errors:
            print(f"{doc['doc_id']}:", *score.errors, sep="\n", file=sys.stderr)
    sizes = [
        f"{name} ({n} docs, {g} gold mentions, {r} records)"
        for name, (n, g, r) in zip(("dev", "heldout"), counts, strict=True)
    ]
    report(parts, sizes)
    print(f"\nextraction: {seconds:.1f} s for {len(documents)} documents")


if __name__ == "__main__":
    main()
