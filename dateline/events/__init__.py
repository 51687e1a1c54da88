"""Event coding: the PLOVER ontology as data, the coder stage and the ACLED/PLOVER exports."""

from dateline.events.ontology import Ontology, load
from dateline.events.stage import EventStage

__all__ = ["EventStage", "Ontology", "load"]
