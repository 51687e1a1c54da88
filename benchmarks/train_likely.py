"""Learn the model of dateline/events/likely.py from the running-text gold set's dev part.

Every dev article of benchmarks/gold/events is extracted with every record kept
(``Settings(keep_unlikely=True)``); each record is labelled 1 when it matches a gold record
of the same type (the scorer of benchmarks/running_text.py), else 0. A logistic regression
over ``likely.features`` is fitted; the threshold is the one that, in cross-validation by
article, gives the best dev precision while keeping at least ``--keep`` of the right
records. The held-out part is never read. Writes dateline/events/data/likely.json.

    .venv/bin/python benchmarks/train_likely.py            # fit and write
    .venv/bin/python benchmarks/train_likely.py --dry-run  # print the cross-validated figures only
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

import numpy as np
import running_text as rt
from logistic_fit import cross_validated, write

from dateline.events.likely import features

OUT = Path(__file__).resolve().parents[1] / "dateline" / "events" / "data" / "likely.json"
THRESHOLDS = [round(0.30 + 0.05 * i, 2) for i in range(9)]


def labelled() -> tuple[list[dict[str, float]], list[int], list[str]]:
    """Features, labels and article of every record dateline gives on the dev articles."""
    rows, labels, groups = [], [], []
    for item in rt.labelled("dev"):
        rows.append(features(item.event))
        labels.append(int(item.right))
        groups.append(item.article)
    return rows, labels, groups


def choose(chances: np.ndarray, y: np.ndarray, keep: float) -> tuple[float, list[str]]:
    """The threshold of best precision keeping ``keep`` of the right records; the table."""
    lines, best = [], (0.0, THRESHOLDS[0])
    for t in THRESHOLDS:
        kept = chances >= t
        precision = float(y[kept].mean()) if kept.any() else 0.0
        share = float(y[kept].sum() / max(y.sum(), 1))
        kept_n = int(kept.sum())
        lines.append(f"  t={t:.2f} keeps {kept_n:4d}: precision {precision:.3f}, right {share:.3f}")
        if share >= keep and precision > best[0]:
            best = (precision, t)
    return best[1], lines


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--keep", type=float, default=0.90, help="share of right records kept")
    parser.add_argument("--dry-run", action="store_true", help="print figures, write nothing")
    args = parser.parse_args()
    rows, labels, groups = labelled()
    y = np.array(labels)
    chances = cross_validated(rows, y, groups)
    threshold, lines = choose(chances, y, args.keep)
    print(f"{len(rows)} dev records, {int(y.sum())} right; cross-validated by article:")
    print("\n".join(lines))
    print(f"threshold {threshold}")
    if args.dry_run:
        return 0
    trained = f"benchmarks/train_likely.py, {len(rows)} dev records of the running-text gold"
    write(rows, y, threshold, OUT, trained)
    return 0


if __name__ == "__main__":
    sys.exit(main())
