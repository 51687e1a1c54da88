"""Quote attribution on PolNeAR (../shared/eval/quotes): dateline's stage beside textacy.

Content spans are scored per attribution, matched one to one by character overlap
("overlap") and by identical character sets ("exact", edge spaces and punctuation
ignored); cues by overlap; the speaker on overlap-matched attributions whose gold
relation names a source, correct when the predicted source mention overlaps it.

    .venv/bin/python benchmarks/quotes.py --split dev --baseline
"""

from __future__ import annotations

import argparse
import re
import time
from collections import defaultdict
from dataclasses import dataclass
from pathlib import Path

from dateline import nlp
from dateline.config import Settings
from dateline.models import Article, Result
from dateline.pipeline import Pipeline, entities
from dateline.quotes import QuoteStage
from dateline.quotes.lexicon import Lexicon

DATA = Path(__file__).resolve().parents[2] / "shared" / "eval" / "quotes" / "polnear"
_MARKS = re.compile("[\"“”]|''")
_EDGE = " \n\t.,;:!?\"'“”‘’—–-()"

Span = tuple[int, int]


@dataclass(slots=True)
class Relation:
    """One attribution: content pieces, cue spans and source spans (empty when absent)."""

    content: list[Span]
    cue: list[Span]
    source: list[Span]


def _spans(field: str) -> list[Span]:
    return [(int(a), int(b)) for a, b in (part.split() for part in field.split(";"))]


def read_gold(path: Path) -> list[Relation]:
    """The attribution relations of one brat .ann file."""
    spans: dict[str, tuple[str, list[Span]]] = {}
    relations = []
    for line in path.read_text(encoding="utf-8").splitlines():
        parts = line.split("\t")
        if line.startswith("T") and len(parts) > 1 and " " in parts[1]:
            label, where = parts[1].split(" ", 1)
            spans[parts[0]] = (label, _spans(where))
        elif line.startswith("E") and len(parts) > 1:
            roles: dict[str, list[Span]] = defaultdict(list)
            for role in parts[1].split():
                name, ref = role.split(":")
                if ref in spans:
                    roles[name.rstrip("0123456789")] += spans[ref][1]
            if roles["Content"]:
                relations.append(Relation(roles["Content"], roles["Cue"], roles["Source"]))
    return relations


def corpus(split: str, limit: int | None) -> list[tuple[str, str, list[Relation]]]:
    """(name, text, gold relations) per article, one annotator (first by id) each."""
    out = []
    for text_path in sorted((DATA / split / "text").glob("*.txt"))[:limit]:
        anns = sorted((DATA / split / "attributions").glob(f"{text_path.stem}_*.ann"))
        if anns:
            text = text_path.read_text(encoding="utf-8")
            out.append((text_path.stem, text, read_gold(anns[0])))
    return out


def predict_dateline(stage: QuoteStage, text: str, doc) -> list[Relation]:
    """dateline's attributions, one relation per cue (continued quotes join their cue)."""
    grouped: dict[object, Relation] = {}
    for attribution in stage.attribute(Result(article=Article(text=text)), doc):
        cue = attribution.cue
        key = (cue.start, cue.end) if cue is not None else attribution.pieces[0]
        relation = grouped.setdefault(key, Relation([], [], []))
        relation.content += attribution.pieces
        if cue is not None and not relation.cue:
            relation.cue.append((cue.start, cue.end))
        if attribution.found is not None and not relation.source:
            relation.source.append(attribution.found.mention)
    return list(grouped.values())


def predict_textacy(doc) -> list[Relation] | None:
    """textacy's direct-quotation triples; None where it refuses unbalanced marks."""
    from textacy.extract.triples import direct_quotations

    try:
        triples = list(direct_quotations(doc))
    except ValueError:
        return None
    out = []
    for speaker, cue, content in triples:
        out.append(
            Relation(
                [(content.start_char, content.end_char)],
                [(t.idx, t.idx + len(t)) for t in cue],
                [(t.idx, t.idx + len(t)) for t in speaker],
            )
        )
    return out


def time_stages(pipeline: Pipeline, text: str, doc, times: dict[str, float]) -> None:
    """Run every default stage over one parse, adding each stage's time under its layer."""
    result = Result(article=Article(text=text), entities=entities(doc))
    for stage in pipeline.stages:
        started = time.perf_counter()
        setattr(result, stage.layer, stage(result, doc))
        times[stage.layer] += time.perf_counter() - started


def speech_cue(doc, relation: Relation, lexicon: Lexicon) -> bool:
    """Whether a gold cue is 'according to' or ends in a verb of the stage's lexicon."""
    spans = (doc.char_span(s, e, alignment_mode="expand") for s, e in relation.cue)
    tokens = [t for span in spans if span is not None for t in span]
    verbs = [t for t in tokens if t.pos_ == "VERB"]
    according = any(t.lower_ == "according" for t in tokens)
    return according or bool(verbs and verbs[-1].lemma_.lower() in lexicon.verbs)


def _chars(text: str, spans: list[Span]) -> frozenset[int]:
    out: set[int] = set()
    for start, end in spans:
        while start < end and text[start] in _EDGE:
            start += 1
        while end > start and text[end - 1] in _EDGE:
            end -= 1
        out.update(range(start, end))
    return frozenset(out)


def _overlap(a: list[Span], b: list[Span]) -> int:
    return sum(max(0, min(e1, e2) - max(s1, s2)) for s1, e1 in a for s2, e2 in b)


@dataclass(slots=True)
class Tally:
    """Counts for every figure the benchmark reports."""

    gold: int = 0
    pred: int = 0
    overlap: int = 0
    exact: int = 0
    gold_cues: int = 0
    pred_cues: int = 0
    cue_hits_pred: int = 0
    cue_hits_gold: int = 0
    speaker_total: int = 0
    speaker_right: int = 0
    gold_marked: int = 0
    marked_found: int = 0
    gold_speech: int = 0
    speech_found: int = 0

    def add(
        self, text: str, gold: list[Relation], pred: list[Relation], speech: list[bool]
    ) -> None:
        self.gold += len(gold)
        self.pred += len(pred)
        pairs = sorted(
            (
                (_overlap(g.content, p.content), gi, pi)
                for gi, g in enumerate(gold)
                for pi, p in enumerate(pred)
            ),
            reverse=True,
        )
        used_g: set[int] = set()
        used_p: set[int] = set()
        for size, gi, pi in pairs:
            if size <= 0 or gi in used_g or pi in used_p:
                continue
            used_g.add(gi)
            used_p.add(pi)
            self.overlap += 1
            g, p = gold[gi], pred[pi]
            self.exact += _chars(text, g.content) == _chars(text, p.content)
            if g.source:
                self.speaker_total += 1
                self.speaker_right += bool(p.source) and _overlap(g.source, p.source) > 0
        for gi, g in enumerate(gold):
            if _MARKS.search(" ".join(text[s:e] for s, e in g.content)):
                self.gold_marked += 1
                self.marked_found += gi in used_g
            if speech[gi]:
                self.gold_speech += 1
                self.speech_found += gi in used_g
        gold_cues = [g.cue for g in gold if g.cue]
        pred_cues = [p.cue for p in pred if p.cue]
        self.gold_cues += len(gold_cues)
        self.pred_cues += len(pred_cues)
        self.cue_hits_pred += sum(any(_overlap(p, g) for g in gold_cues) for p in pred_cues)
        self.cue_hits_gold += sum(any(_overlap(g, p) for p in pred_cues) for g in gold_cues)

    def report(self, name: str) -> str:
        def prf(hits_p: int, n_p: int, hits_g: int, n_g: int) -> str:
            p = hits_p / n_p if n_p else 0.0
            r = hits_g / n_g if n_g else 0.0
            f = 2 * p * r / (p + r) if p + r else 0.0
            return f"P {p:.3f} R {r:.3f} F1 {f:.3f}"

        speaker = self.speaker_right / self.speaker_total if self.speaker_total else 0.0
        marked = self.marked_found / self.gold_marked if self.gold_marked else 0.0
        speech = self.speech_found / self.gold_speech if self.gold_speech else 0.0
        return "\n".join(
            [
                f"{name}: gold {self.gold} predicted {self.pred}",
                "  content overlap  " + prf(self.overlap, self.pred, self.overlap, self.gold),
                "  content exact    " + prf(self.exact, self.pred, self.exact, self.gold),
                "  cue              "
                + prf(self.cue_hits_pred, self.pred_cues, self.cue_hits_gold, self.gold_cues),
                f"  recall on gold content with quotation marks {marked:.3f} "
                f"({self.marked_found}/{self.gold_marked})",
                f"  recall on gold whose cue is a verb of dateline's speech lexicon {speech:.3f} "
                f"({self.speech_found}/{self.gold_speech})",
                f"  speaker accuracy {speaker:.3f} "
                f"({self.speaker_right}/{self.speaker_total} matched with a gold source)",
            ]
        )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--split", choices=("dev", "train"), default="dev")
    parser.add_argument("--limit", type=int, default=None, help="first N articles only")
    parser.add_argument("--baseline", action="store_true", help="also score textacy")
    parser.add_argument(
        "--pipeline", action="store_true", help="also time every default stage on the same parses"
    )
    args = parser.parse_args()

    articles = corpus(args.split, args.limit)
    language = nlp.load()
    stage = QuoteStage(Settings())
    ours, theirs = Tally(), Tally()
    ours_accepted, theirs_accepted = Tally(), Tally()
    pipeline = Pipeline() if args.pipeline else None
    stage_times: dict[str, float] = defaultdict(float)
    parse_time = stage_time = 0.0
    refused = 0
    texts = (text for _, text, _ in articles)
    started = time.perf_counter()
    for (_, text, gold), doc in zip(articles, language.pipe(texts, batch_size=16), strict=True):
        parsed = time.perf_counter()
        parse_time += parsed - started
        pred = predict_dateline(stage, text, doc)
        stage_time += time.perf_counter() - parsed
        speech = [speech_cue(doc, relation, stage.lexicon) for relation in gold]
        ours.add(text, gold, pred, speech)
        if args.baseline:
            baseline = predict_textacy(doc)
            refused += baseline is None
            theirs.add(text, gold, baseline or [], speech)
            if baseline is not None:
                ours_accepted.add(text, gold, pred, speech)
                theirs_accepted.add(text, gold, baseline, speech)
        if pipeline is not None:
            time_stages(pipeline, text, doc, stage_times)
        started = time.perf_counter()
    n = len(articles)
    words = sum(len(text.split()) for _, text, _ in articles)
    print(f"PolNeAR {args.split}: {n} articles, {words / n:.0f} words on average")
    print(ours.report("dateline"))
    if args.baseline:
        print(theirs.report("textacy direct_quotations"))
        print(f"  (refused {refused} of {len(articles)} articles for unbalanced quotation marks)")
        print(f"only the {len(articles) - refused} articles textacy accepts:")
        print(ours_accepted.report("dateline"))
        print(theirs_accepted.report("textacy direct_quotations"))
    print(
        f"time per article: parse {1000 * parse_time / n:.1f} ms, "
        f"quotes stage {1000 * stage_time / n:.1f} ms "
        f"({100 * stage_time / parse_time:.1f}% of the parse)"
    )
    if pipeline is not None:
        total = parse_time + sum(stage_times.values())
        shares = ", ".join(f"{name} {1000 * t / n:.1f} ms" for name, t in stage_times.items())
        print(f"full pipeline per article: parse {1000 * parse_time / n:.1f} ms, {shares}")
        print(
            f"quotes stage share of the full pipeline: {100 * stage_times['quotes'] / total:.1f}%"
        )


if __name__ == "__main__":
    main()
