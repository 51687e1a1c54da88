"""Fitting the package's logistic models (dateline/events/logistic.py) from labelled dev
records: cross-validated probabilities by article, and the final fit written as the JSON
the package loads. Shared by train_likely.py and train_salience.py."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import numpy as np
from sklearn.feature_extraction import DictVectorizer
from sklearn.linear_model import LogisticRegression
from sklearn.model_selection import GroupKFold

C = 0.3
FOLDS = 5


def cross_validated(rows: list[dict[str, float]], y: np.ndarray, groups: list[str]) -> np.ndarray:
    """Each record's probability from a model fitted without its article."""
    out = np.zeros(len(rows))
    for train, test in GroupKFold(FOLDS).split(rows, y, groups):
        vec = DictVectorizer()
        fitted = LogisticRegression(C=C, max_iter=5000)
        fitted.fit(vec.fit_transform([rows[i] for i in train]), y[train])
        out[test] = fitted.predict_proba(vec.transform([rows[i] for i in test]))[:, 1]
    return out


def write(
    rows: list[dict[str, float]], y: np.ndarray, threshold: float, out: Path, trained: str
) -> None:
    """Fit on every record and write weights, intercept and threshold to ``out``."""
    vec = DictVectorizer()
    fitted = LogisticRegression(C=C, max_iter=5000).fit(vec.fit_transform(rows), y)
    weights = {
        name: round(float(w), 4)
        for name, w in zip(vec.get_feature_names_out(), fitted.coef_[0], strict=True)
        if abs(w) >= 1e-4
    }
    data = {
        "trained": trained,
        "threshold": threshold,
        "intercept": round(float(fitted.intercept_[0]), 4),
        "weights": dict(sorted(weights.items())),
    }
    out.write_text(json.dumps(data, indent=1) + "\n", encoding="utf-8")
    print(f"wrote {out}", file=sys.stderr)
