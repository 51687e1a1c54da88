"""Learn the salience model of dateline/events/salience.py from the running-text gold set's
dev part.

Every dev article of benchmarks/gold/events is extracted with every record kept; each
record is labelled 1 when it matches a gold record the coder marked salient (a happening
the headline and lead report), else 0. A logistic regression over ``salience.parts`` is
fitted; the ``--lead`` threshold is the highest that, in cross-validation by article,
keeps at least ``--keep`` of the salient records. Printed beside it, cross-validated: the
ranking's AUC and how often an article's top record is a salient one of the right type,
for the fitted model and for the model the package holds now. The held-out part is never
read. Writes dateline/events/data/salience.json.

    .venv/bin/python benchmarks/train_salience.py            # fit and write
    .venv/bin/python benchmarks/train_salience.py --dry-run  # print the figures only
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

import numpy as np
import running_text as rt
from logistic_fit import cross_validated, write
from sklearn.metrics import roc_auc_score

from dateline.events.salience import lead_end, parts, stems

OUT = Path(__file__).resolve().parents[1] / "dateline" / "events" / "data" / "salience.json"
THRESHOLDS = [round(0.05 * i, 2) for i in range(1, 19)]


def top_right(scores: np.ndarray, right: np.ndarray, groups: list[str]) -> float:
    """Share of articles whose highest-scored record is salient with the right type."""
    best: dict[str, tuple[float, int]] = {}
    for group, score, ok in zip(groups, scores, right, strict=True):
        if group not in best or score > best[group][0]:
            best[group] = (score, int(ok))
    return float(np.mean([ok for _, ok in best.values()]))


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--keep", type=float, default=0.80, help="share of salient kept")
    parser.add_argument("--dry-run", action="store_true", help="print figures, write nothing")
    args = parser.parse_args()
    rows, labels, right, groups, now, told = [], [], [], [], [], set()
    for item in rt.labelled("dev"):
        salient = item.gold is not None and bool(item.gold.get("salient"))
        head = stems(item.title or "")
        rows.append(parts(item.event, item.text, lead_end(item.text), head, item.sentences))
        labels.append(int(salient))
        right.append(int(salient and item.right))
        groups.append(item.article)
        now.append(item.event.salience)
        if salient:
            told.add(item.article)
    y, ok = np.array(labels), np.array(right)
    chances = cross_validated(rows, y, groups)
    kept = [t for t in THRESHOLDS if y[chances >= t].sum() >= args.keep * y.sum()]
    threshold = max(kept, default=THRESHOLDS[0])
    with_salient = [g in told for g in groups]
    mask = np.array(with_salient)
    sub = [g for g, w in zip(groups, with_salient, strict=True) if w]
    print(f"{len(rows)} dev records, {int(y.sum())} salient; cross-validated by article:")
    for name, scores in (("package now", np.array(now)), ("fitted", chances)):
        auc = roc_auc_score(y, scores)
        top = top_right(scores[mask], ok[mask], sub)
        print(f"  {name:12} AUC {auc:.3f}, top record salient and right {top:.3f}")
    share = y[chances >= threshold].sum() / y.sum()
    print(f"lead threshold {threshold} keeps {share:.3f} of the salient records")
    if args.dry_run:
        return 0
    trained = f"benchmarks/train_salience.py, {len(rows)} dev records (running-text gold)"
    write(rows, y, threshold, OUT, trained)
    return 0


if __name__ == "__main__":
    sys.exit(main())
