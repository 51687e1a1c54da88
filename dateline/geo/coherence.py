"""Soft spatial coherence: how well each reading of a name sits with the plausible
readings of the other names in the article, not only with their current favourites.

Two small towns that only make sense together ("Paris" and "Henry County", both in
Tennessee) support each other even while each is still ranked below a bigger place
of the same name. Each other name lends the support of its reading nearest to the
candidate, discounted by how far that reading trails the name's favourite. A place
lends nothing to itself read under another name ("Mecca" is also an old name of
Medina, Ohio: "Mecca and Medina" are not that one town).
"""

from __future__ import annotations

import math

import numpy as np

from dateline.geo.gazetteer import Candidate

SUPPORT_READINGS = 8
NEAR_KM = 200.0
SPECIFICITY = 0.7
EARTH_KM = 6371.0
AREAS = ("PCLI", "PCLD", "PCLS", "PCLF", "PCL", "ADM1", "ADM2")
BROAD = ("PCLI", "PCLD", "PCLS", "PCLF", "PCL", "CONT", "RGN", "OCN", "SEA")
AREA_COHERENCE = 1.0
COUNTY_KM = 60.0


def km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """Great-circle distance in km between two points (plain floats, for one pair)."""
    lat1, lon1, lat2, lon2 = map(math.radians, (lat1, lon1, lat2, lon2))
    h = math.sin((lat2 - lat1) / 2) ** 2
    h += math.cos(lat1) * math.cos(lat2) * math.sin((lon2 - lon1) / 2) ** 2
    return 2 * EARTH_KM * math.asin(math.sqrt(min(1.0, h)))


def haversine(lat1, lon1, lat2, lon2):
    """Great-circle distance in km (numpy-broadcasting)."""
    lat1, lon1, lat2, lon2 = map(np.radians, (lat1, lon1, lat2, lon2))
    a = (
        np.sin((lat2 - lat1) / 2) ** 2
        + np.cos(lat1) * np.cos(lat2) * np.sin((lon2 - lon1) / 2) ** 2
    )
    return 2 * EARTH_KM * np.arcsin(np.sqrt(np.clip(a, 0, 1)))


def specificity(places: list[Candidate]) -> np.ndarray:
    """How telling it is to lie near each place: less for big cities, near which much lies."""
    sizes = np.array([math.log10(p.population + 1) / 7.0 for p in places])
    return 1.0 - SPECIFICITY * np.clip(sizes, 0.0, 1.0)


def contained(c: Candidate, container: Candidate) -> bool:
    """Whether ``c`` lies in a country or administrative area: by its codes, and for a
    second-level area also within ``COUNTY_KM`` of its point."""
    if container.feature_code.startswith("PCL"):
        return c.country_code == container.country_code
    if container.feature_code in ("ADM1", "ADM2"):
        inside = c.country_code == container.country_code and c.admin1_code == container.admin1_code
        if inside and container.feature_code == "ADM2":
            return bool(haversine(c.lat, c.lon, container.lat, container.lon) <= COUNTY_KM)
        return inside
    return False


class Coherence:
    """Pairwise nearness of every name's candidates to every name's likely readings.

    ``names`` are the article's distinct names, each with its candidates and how
    many times the article uses it; the matrices are built once per article.
    """

    def __init__(self, names: list[list[Candidate]], counts: list[int], temperature: float):
        self.temperature = temperature
        self.counts = np.array(counts, dtype=float)
        self.rows = [
            [k for k, c in enumerate(cands) if c.feature_code not in BROAD][:SUPPORT_READINGS]
            for cands in names
        ]
        support = [names[n][k] for n, rows in enumerate(self.rows) for k in rows]
        self.owner = np.array([n for n, rows in enumerate(self.rows) for _ in rows], dtype=int)
        self.starts = np.array(
            [int(np.searchsorted(self.owner, n)) for n in range(len(names)) if self.rows[n]],
            dtype=int,
        )
        self.columns = np.array([n for n in range(len(names)) if self.rows[n]], dtype=int)
        self.support = support
        self.lat = np.array([s.lat for s in support])[None, :]
        self.lon = np.array([s.lon for s in support])[None, :]
        self.specificity = specificity(support)[None, :]
        self.ids = np.array([s.id for s in support])
        self.matrices = [self._matrix(cands) for cands in names]

    def _matrix(self, cands: list[Candidate]) -> np.ndarray:
        """How near each candidate lies to each support reading (the readings' points and
        specificity are read once for every name)."""
        support = self.support
        if not cands or not support:
            return np.zeros((len(cands), len(support)))
        d = haversine(
            np.array([c.lat for c in cands])[:, None],
            np.array([c.lon for c in cands])[:, None],
            self.lat,
            self.lon,
        )
        near = np.clip(1.0 - d / NEAR_KM, 0.0, 1.0) * self.specificity
        for row, c in enumerate(cands):
            if c.feature_code in AREAS:
                inside = [contained(s, c) for s in support]
                near[row] = AREA_COHERENCE * np.array(inside, dtype=float)
        same = np.array([c.id for c in cands])[:, None] == self.ids
        near[same] = 0.0  # two names of one place ("Mecca", "Medina" of Ohio) prove nothing
        return near

    def weights(self, scores: list[np.ndarray]) -> np.ndarray:
        """Each support reading's plausibility relative to its name's favourite (0 to 1)."""
        out = np.zeros(len(self.owner))
        at = 0
        for n, rows in enumerate(self.rows):
            if rows:
                s = scores[n][rows]
                out[at : at + len(rows)] = np.exp((s - scores[n].max()) / self.temperature)
                at += len(rows)
        return out

    def of(self, name: int, weights: np.ndarray, excluded: set[int]) -> np.ndarray:
        """The coherence of each candidate of ``name`` with the other names' readings."""
        matrix = self.matrices[name]
        if not matrix.shape[0] or not len(self.columns):
            return np.zeros(matrix.shape[0])
        best = np.maximum.reduceat(matrix * weights[None, :], self.starts, axis=1)
        keep = np.array([n not in excluded for n in self.columns])
        if not keep.any():
            return np.zeros(matrix.shape[0])
        best, counts = best[:, keep], self.counts[self.columns[keep]]
        return best @ counts / counts.sum() + 0.5 * best.max(axis=1)
