"""Language identification of article text, so that non-English items are skipped."""

from __future__ import annotations

from functools import lru_cache

from py3langid.langid import MODEL_DIR, MODEL_FILE, LanguageIdentifier

from dateline.ingest.base import BadInput

SAMPLE_CHARS = 3000
MIN_CONFIDENCE = 0.8


@lru_cache(maxsize=1)
def _identifier() -> LanguageIdentifier:
    return LanguageIdentifier.from_modelpath(MODEL_DIR / MODEL_FILE, norm_probs=True)


def detect(text: str) -> tuple[str, float]:
    """The most likely ISO 639-1 language of the text and its probability."""
    language, probability = _identifier().classify(text[:SAMPLE_CHARS])
    return language, float(probability)


def require_english(text: str) -> str:
    """``"en"``, or ``BadInput`` when the text is confidently in another language."""
    language, probability = detect(text)
    if language != "en" and probability >= MIN_CONFIDENCE:
        raise BadInput(f"not English (detected '{language}', p={probability:.2f})")
    return "en"
