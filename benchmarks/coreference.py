"""Cross-document event coreference on GVC and ECB+ through dateline's mentions and
incidents: CoNLL F1 (mean of MUC, B-cubed and CEAF-e F1) over the gold event mentions.

Reads ../shared/eval/incidents/{gvc,ecbplus} at run time (nothing is copied). Each
document is rebuilt from its tokens (sentence 0 is the document date, given as the
publication day; sentence 1 opens the text as its headline paragraph; ECB+ documents have
neither, and their first sentence is the opening paragraph). Every article is
extracted, and ``dateline.fuse`` groups all their events into incidents. A gold mention
takes the incident, the facet and the person (the doer's own death) of the dateline facet
mention that overlaps it (``dateline.incidents.facets``: a word of harm, of the event that
covers it or of the article's lead happening; a plural naming several happenings or a
word of a tally of them, of none, stays alone); one
no facet mention overlaps takes the incident of the
event one of whose mentions overlaps it (the most salient when several do); any other
is a cluster of its own. Scored
for all documents and, apart, for a held-out part (subtopic id % 5 == 4; GVC only).

    .venv/bin/python benchmarks/coreference.py [--sets gvc,ecbplus] [--workers 2]
        [--cache /tmp/coref.jsonl]   # extracted results kept (per set) for re-scoring
"""

from __future__ import annotations

import argparse
import json
import time
from collections import defaultdict
from pathlib import Path

import numpy as np
from scipy.optimize import linear_sum_assignment

from dateline.incidents import fuse
from dateline.incidents.facets import facet_mentions
from dateline.models import Article, Result
from dateline.pipeline import Extractor, Skipped

DATA = Path(__file__).resolve().parents[2] / "shared" / "eval" / "incidents"
Clusters = dict[str, str]  # mention id -> cluster id


def documents(name: str) -> dict[str, list[list[str]]]:
    """Each document's sentences as lists of tokens, by CoNLL document key."""
    docs: dict[str, dict[int, list[str]]] = defaultdict(lambda: defaultdict(list))
    with open(DATA / name / "dataset.conll", encoding="utf-8") as handle:
        for line in handle:
            parts = line.rstrip("\n").split("\t")
            if len(parts) < 4 or line.startswith("#"):
                continue
            docs[parts[0]][int(parts[1])].append(parts[3])
    return {key: [sents[i] for i in sorted(sents)] for key, sents in docs.items()}


def article(
    sentences: list[list[str]], dated: bool
) -> tuple[Article, dict[tuple[int, int], tuple[int, int]]]:
    """The article of a document and each (sentence, token)'s character span in its text;
    ``dated``: sentence 0 is the document date (GVC), else it is text (ECB+)."""
    spans: dict[tuple[int, int], tuple[int, int]] = {}
    text = ""
    first = 1 if dated else 0
    for index, tokens in enumerate(sentences[first:], start=first):
        for number, token in enumerate(tokens):
            if number:
                text += " "
            spans[(index, number)] = (len(text), len(text) + len(token))
            text += token
        text += "\n\n" if index == first else " "
    if not dated:
        return Article(text=text), spans
    day = sentences[0][0] if sentences and sentences[0] else None
    title = " ".join(sentences[1]) if len(sentences) > 1 else None
    return Article(text=text, title=title, published=day), spans


def _conll_key(mention: dict) -> str:
    return mention["conll_doc_key"]


def predicted(mentions: list[dict], results: dict[str, Result], spans: dict) -> Clusters:
    """Each gold mention's cluster: the incident of the dateline facet mention that
    overlaps it (``incidents.facets``: the event the word tells of) and that mention's
    facet and person; a gold mention no facet mention overlaps takes the incident of an
    event mention that covers it (the most salient event's), else it is alone."""
    incidents = fuse(results.values())
    of_event = {(m.article_id, m.event): i.id for i in incidents for m in i.members}
    facets = {key: facet_mentions(result) for key, result in results.items()}
    out = {}
    for mention in mentions:
        key = _conll_key(mention)
        result = results.get(key)
        tokens = [spans[key].get((mention["sent_id"], t)) for t in mention["tokens_number"]]
        tokens = [t for t in tokens if t]
        found = None
        if result is not None and tokens:
            start, end = tokens[0][0], tokens[-1][1]
            told = [f for f in facets[key] if f.start < end and start < f.end]
            if told:
                word = told[0]
                incident = of_event.get((result.article.id, word.event))
                found = incident and ":".join(filter(None, (incident, word.facet, word.person)))
            else:
                covering = [
                    (event.salience, index)
                    for index, event in enumerate(result.events)
                    if any(m.start < end and start < m.end for m in event.mentions)
                ]
                if covering:
                    found = of_event.get((result.article.id, max(covering)[1]))
        out[mention["mention_id"]] = found or f"alone:{mention['mention_id']}"
    return out


def _groups(clusters: Clusters) -> list[set[str]]:
    out: dict[str, set[str]] = defaultdict(set)
    for item, cluster in clusters.items():
        out[cluster].add(item)
    return list(out.values())


def muc(key: list[set[str]], response: list[set[str]]) -> tuple[float, float]:
    """MUC recall and precision."""

    def score(gold: list[set[str]], other: list[set[str]]) -> float:
        where = {item: n for n, group in enumerate(other) for item in group}
        top = sum(len(g) - len({where.get(i, ("alone", i)) for i in g}) for g in gold)
        bottom = sum(len(g) - 1 for g in gold)
        return top / bottom if bottom else 0.0

    return score(key, response), score(response, key)


def b_cubed(key: list[set[str]], response: list[set[str]]) -> tuple[float, float]:
    """B-cubed recall and precision."""
    of_key = {i: g for g in key for i in g}
    of_response = {i: g for g in response for i in g}
    items = list(of_key)
    recall = sum(len(of_key[i] & of_response[i]) / len(of_key[i]) for i in items) / len(items)
    precision = sum(len(of_key[i] & of_response[i]) / len(of_response[i]) for i in items)
    return recall, precision / len(items)


def ceaf_e(key: list[set[str]], response: list[set[str]]) -> tuple[float, float]:
    """Entity-based CEAF recall and precision (best one-to-one alignment)."""
    phi = np.array([[2 * len(k & r) / (len(k) + len(r)) for r in response] for k in key])
    rows, cols = linear_sum_assignment(-phi)
    total = phi[rows, cols].sum()
    return total / len(key), total / len(response)


def _f1(recall: float, precision: float) -> float:
    return 2 * recall * precision / (recall + precision) if recall + precision else 0.0


def conll(gold: Clusters, response: Clusters) -> dict[str, float]:
    """MUC, B-cubed, CEAF-e F1 and their mean over the gold mentions."""
    key, pred = _groups(gold), _groups({m: response[m] for m in gold})
    out = {
        name: _f1(*fn(key, pred))
        for name, fn in (("MUC", muc), ("B3", b_cubed), ("CEAF-e", ceaf_e))
    }
    out["CoNLL"] = sum(out.values()) / 3
    return out


def extract(
    built: dict[str, tuple[Article, dict]], workers: int, cache: Path | None
) -> dict[str, Result]:
    """Each document's result by CoNLL key, read from ``cache`` where it holds them and
    written to it otherwise."""
    results: dict[str, Result] = {}
    if cache is not None and cache.exists():
        with open(cache, encoding="utf-8") as handle:
            for line in handle:
                item = json.loads(line)
                results[item["key"]] = Result.from_dict(item["result"])
    keys = sorted(k for k in built if k not in results)
    if not keys:
        return results
    with Extractor(None, workers) as extractor:
        outcomes = extractor.process([built[k][0] for k in keys])
        for key, outcome in zip(keys, outcomes, strict=True):
            if isinstance(outcome, Skipped):
                continue
            results[key] = outcome
            if cache is not None:
                with open(cache, "a", encoding="utf-8") as out:
                    out.write(json.dumps({"key": key, "result": outcome.to_dict()}) + "\n")
    return results


def run(name: str, workers: int, cache: Path | None = None) -> None:
    """Extract the set's documents (``cache``: a JSON Lines file of results to reuse),
    fuse, and print the scores."""
    docs = documents(name)
    with open(DATA / name / "event_mentions.json", encoding="utf-8") as handle:
        mentions = [m for m in json.load(handle) if _conll_key(m) in docs]
    built = {key: article(sentences, name == "gvc") for key, sentences in docs.items()}
    spans = {key: value[1] for key, value in built.items()}
    began = time.perf_counter()
    results = extract(built, workers, cache)
    print(f"{name}: {len(docs)} documents, {len(mentions)} gold mentions, "
          f"extracted in {time.perf_counter() - began:.0f} s")  # fmt: skip
    parts = {"all": mentions}
    if name == "gvc":
        parts["held out"] = [m for m in mentions if int(m["subtopic_id"]) % 5 == 4]
        parts["development"] = [m for m in mentions if int(m["subtopic_id"]) % 5 != 4]
    for part, chosen in parts.items():
        docs_of = {_conll_key(m) for m in chosen}
        response = predicted(chosen, {k: v for k, v in results.items() if k in docs_of}, spans)
        gold = {m["mention_id"]: m["coref_chain"] for m in chosen}
        alone = {m: f"alone:{m}" for m in gold}
        scores, baseline = conll(gold, response), conll(gold, alone)
        covered = sum(not v.startswith("alone:") for v in response.values())
        print(f"  {part} ({len(chosen)} mentions, {covered} taken by a dateline mention): "
              + ", ".join(f"{k} {v:.3f}" for k, v in scores.items())
              + f"; every mention alone: CoNLL {baseline['CoNLL']:.3f}")  # fmt: skip


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sets", default="gvc,ecbplus")
    parser.add_argument("--workers", type=int, default=1)
    parser.add_argument("--cache", type=Path, help="results file, one per set: NAME-<set>.jsonl")
    args = parser.parse_args()
    for name in args.sets.split(","):
        cache = args.cache.with_name(f"{args.cache.stem}-{name}.jsonl") if args.cache else None
        run(name, args.workers, cache)


if __name__ == "__main__":
    main()
