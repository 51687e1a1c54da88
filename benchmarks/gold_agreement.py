"""Agreement between two coders of the running-text event gold.

benchmarks/gold/agreement/*.jsonl holds second codings (same schema as the gold files) of
articles that benchmarks/gold/events/*.jsonl codes first. Records are paired as the scorer in
running_text.py pairs predictions with gold (mention spans overlap, same type); for the paired
records, each field is compared: actor / recipient / place agree when both are empty or their
spans overlap (places also by the same place_name), date when value and precision are equal.

    .venv/bin/python benchmarks/gold_agreement.py
"""

from __future__ import annotations

import sys
from collections import Counter

from running_text import GOLD, Pred, match, overlaps, read_gold, sha1, source

SECOND = GOLD.parent / "agreement"


def spans_agree(a: list | None, b: list | None) -> bool:
    """Both empty, or some span of one overlaps some span of the other."""
    if not a and not b:
        return True
    return bool(a) and bool(b) and any(overlaps(tuple(s), b) for s in a)


def field_agreement(one: dict, two: dict) -> dict[str, bool]:
    """Which fields two paired records agree on."""
    same_place = spans_agree(one.get("place"), two.get("place")) or (
        bool(one.get("place_name"))
        and (one.get("place_name") or "").casefold() == (two.get("place_name") or "").casefold()
    )
    return {
        "actor": spans_agree(one.get("actor"), two.get("actor")),
        "recipient": spans_agree(one.get("recipient"), two.get("recipient")),
        "place": same_place,
        "date": (one.get("date"), one.get("date_precision"))
        == (two.get("date"), two.get("date_precision")),
        "status": one.get("status") == two.get("status"),
        "salient": bool(one.get("salient")) == bool(two.get("salient")),
    }


def compare(first: list[dict], second: list[dict], counts: Counter) -> None:
    """Add one article's agreement counts (second coder's records paired to the first's)."""
    preds = [Pred(r["type"], [tuple(m) for m in r["mentions"]]) for r in second]
    pairs = match(preds, first)
    counts["first"] += len(first)
    counts["second"] += len(second)
    paired: set[int] = set()
    for rec, (gi, dup, near) in zip(second, pairs, strict=True):
        if gi is None:
            continue
        counts["overlapping"] += 1
        if near or rec["type"] != first[gi]["type"]:
            continue
        counts["same_type"] += 1
        if dup or gi in paired:
            continue
        paired.add(gi)
        counts["paired"] += 1
        for name, ok in field_agreement(first[gi], rec).items():
            counts[name] += int(ok)


def main() -> int:
    first = {(r["corpus"], str(r["doc"])): r for r in read_gold(sorted(GOLD.glob("*.jsonl")))}
    counts: Counter = Counter()
    for rec in read_gold(sorted(SECOND.glob("*.jsonl"))):
        key = (rec["corpus"], str(rec["doc"]))
        if key not in first:
            print(f"{key}: no first coding; skipped", file=sys.stderr)
            continue
        if first[key]["sha1"] != rec["sha1"] or sha1(source(*key).text) != rec["sha1"]:
            print(
                f"{key}: SHA1 MISMATCH between codings or with the text; skipped", file=sys.stderr
            )
            continue
        counts["articles"] += 1
        compare(first[key]["events"], rec["events"], counts)
    paired = counts["paired"] or 1
    recall = counts["paired"] / counts["first"] if counts["first"] else 0.0
    precision = counts["paired"] / counts["second"] if counts["second"] else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    print(
        f"articles {counts['articles']}; "
        f"records: first {counts['first']}, second {counts['second']}"
    )
    print(f"records paired (same type): {counts['paired']}; F1 {f1:.3f}")
    overlapping = counts["overlapping"] or 1
    print(f"type agreement where mentions overlap: {counts['same_type'] / overlapping:.3f}")
    for name in ("actor", "recipient", "place", "date", "status", "salient"):
        print(f"{name} agreement on paired records: {counts[name] / paired:.3f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
