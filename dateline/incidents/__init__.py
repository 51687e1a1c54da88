"""Incidents: the events of many articles fused into one record per real-world happening.

``reports`` makes an event comparable, ``blocking`` finds the pairs worth comparing,
``compare`` scores a pair, ``cluster`` groups the reports, ``reconcile`` writes each
group's record, and ``fuse`` runs them in memory; ``dateline.store.incidents`` keeps the
store's incidents up to date as articles arrive. ``facets`` reads an article's words of
harm as facet mentions of its events (how incidents link single mentions).
"""

from dateline.incidents.fuse import fuse

__all__ = ["fuse"]
