"""Soft coherence: readings of different names that only make sense together."""

from __future__ import annotations

from itertools import count

import numpy as np

from dateline.config import Settings
from dateline.geo.coherence import Coherence
from dateline.geo.gazetteer import Candidate
from dateline.geo.stage import PlaceStage
from dateline.models import Article, Result
from dateline.nlp import load

_IDS = count(1)


def _town(name: str, lat: float, lon: float, population: int = 5_000) -> Candidate:
    return Candidate(next(_IDS), None, name, "US", None, "TN", lat, lon, "P", "PPL", population)


def test_a_trailing_reading_still_lends_support():
    far, near = _town("Far", 48.0, 2.0, 2_000_000), _town("Near", 36.3, -88.3)
    coherence = Coherence([[_town("Here", 36.3, -88.3)], [far, near]], [1, 1], 2.0)
    scores = [np.zeros(1), np.array([1.0, 0.0])]
    support = coherence.of(0, coherence.weights(scores), excluded={0})
    assert support[0] > 0.0
    assert coherence.of(0, coherence.weights(scores), excluded={0, 1})[0] == 0.0


def test_a_place_lends_no_support_to_itself_under_another_name():
    medina = _town("Medina", 41.1, -81.9)
    coherence = Coherence([[_town("Makkah", 21.4, 39.8), medina], [medina]], [1, 1], 1.0)
    support = coherence.of(0, coherence.weights([np.array([0.0, 0.0]), np.zeros(1)]), {0})
    assert support.tolist() == [0.0, 0.0]


def test_small_places_named_together_resolve_together():
    text = (
        "Deputies from Henry County and officers in Paris searched the area after the "
        "robbery on Sunday, the sheriff said."
    )
    places = PlaceStage(Settings())(Result(Article(text)), load()(text))
    found = {p.text: (p.country_code, p.admin1) for p in places}
    assert found["Paris"] == ("US", "Tennessee")
    assert found["Henry County"] == ("US", "Tennessee")
