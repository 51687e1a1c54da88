"""The pipeline: the Python API, one parse shared by every stage, order and failures."""

from __future__ import annotations

from pathlib import Path

import pytest

import dateline
from dateline.config import Settings
from dateline.models import Article, Result
from dateline.pipeline import ExtractionError, Extractor, Pipeline

TEXTS = [
    f"Officials said on Monday that {n} people had been arrested after clashes in the capital, "
    "and that police would stay on the streets until the end of the week."
    for n in range(3, 15)
]


class RecordingStage:
    """Records the doc it was given, to check that stages share one parse."""

    layer = "events"
    seen: list[tuple[str, int]] = []

    def __init__(self, settings: Settings) -> None:
        self.settings = settings

    def __call__(self, result: Result, doc) -> list:
        RecordingStage.seen.append((result.article.id, id(doc)))
        assert result.times is not None
        return []


class FailingStage:
    """Fails on articles that mention a marker word, like a stage hitting a parse it can't use."""

    layer = "quotes"

    def __init__(self, settings: Settings) -> None:
        pass

    def __call__(self, result: Result, doc) -> list:
        if "xylophone" in result.article.text:
            raise ValueError("cannot handle xylophones")
        return []


def test_extract_takes_a_plain_string() -> None:
    result = dateline.extract(TEXTS[0])
    assert result.article.text == TEXTS[0]
    assert result.to_dict()["article"]["id"] == result.article.id
    assert any(e.label == "DATE" for e in result.entities)


def test_result_round_trips_through_its_json(examples: Path) -> None:
    [article] = dateline.read(str(examples / "sahel-convoy-ambush.txt"))
    result = dateline.extract(article)
    assert Result.from_dict(result.to_dict()).to_dict() == result.to_dict()


def test_every_stage_sees_the_one_parse(monkeypatch: pytest.MonkeyPatch) -> None:
    from dateline.timex import TimeStage

    pipeline = Pipeline(stages=[TimeStage, RecordingStage])
    calls = []
    original = pipeline.nlp.make_doc

    def counting_make_doc(text: str):
        calls.append(text)
        return original(text)

    monkeypatch.setattr(pipeline.nlp, "make_doc", counting_make_doc)
    RecordingStage.seen.clear()
    results = list(pipeline.process_stream(TEXTS[:4]))
    assert len(calls) == 4
    assert [r.article.text for r in results] == TEXTS[:4]
    assert [article_id for article_id, _ in RecordingStage.seen] == [r.article.id for r in results]


def test_extract_many_keeps_input_order_across_workers() -> None:
    serial = [r.to_dict() for r in dateline.extract_many(TEXTS)]
    parallel = [r.to_dict() for r in dateline.extract_many(TEXTS, workers=2)]
    assert [r["article"]["text"] for r in parallel] == TEXTS
    assert parallel == serial


def test_a_failing_stage_skips_only_that_article() -> None:
    from dateline.timex import TimeStage

    texts = [TEXTS[0], TEXTS[1] + " A xylophone was found.", TEXTS[2]]
    pipeline = Pipeline(stages=[TimeStage, FailingStage])
    outcomes = list(pipeline.process_stream(Article(text=t, location=f"t{i}")
                                            for i, t in enumerate(texts)))  # fmt: skip
    assert [type(o).__name__ for o in outcomes] == ["Result", "Skipped", "Result"]
    assert outcomes[1].location == "t1"
    assert "cannot handle xylophones" in outcomes[1].reason


def test_extract_many_raises_with_the_reason(monkeypatch: pytest.MonkeyPatch) -> None:
    from dateline import pipeline as module
    from dateline.timex import TimeStage

    monkeypatch.setattr(module, "DEFAULT_STAGES", (TimeStage, FailingStage))
    with pytest.raises(ExtractionError, match="xylophones"):
        list(dateline.extract_many(["A xylophone " + TEXTS[0]]))
    with Extractor() as extractor:
        assert len(list(extractor.process(TEXTS[:2]))) == 2
