"""Every stage finishes, with offsets inside the text, on parses the model gets wrong."""

from __future__ import annotations

import signal
from collections.abc import Iterator

import pytest
from spacy.tokens import Doc

from dateline.models import Article
from dateline.pipeline import Pipeline

# Hand-made dependency trees of the kind a small model produces on unusual sentences:
# (the words, space-separated; each word's head as a token index; the labels, space-separated).
WRONG_PARSES = [
    pytest.param(
        "Hours later , said the pilot checked the engine .",
        [1, 6, 6, 6, 5, 6, 6, 8, 6, 6],
        "npadvmod advmod punct parataxis det nsubj ROOT det dobj punct",
        id="speech-verb-before-the-root-clause",
    ),
    pytest.param(
        "According to , the ministry said rebels shelled the town .",
        [0, 0, 0, 4, 5, 5, 7, 5, 9, 7, 5],
        "ROOT prep punct det nsubj ccomp nsubj ccomp det dobj punct",
        id="according-to-as-the-root",
    ),
    pytest.param(
        "Some 2,000 fighters , the army said , fled .",
        [2, 2, 2, 2, 5, 6, 2, 2, 2, 2],
        "quantmod nummod ROOT punct det nsubj relcl punct conj punct",
        id="number-phrase-as-the-root",
    ),
]


@pytest.fixture
def deadline() -> Iterator[None]:
    """Fail instead of hanging when a stage loops."""

    def expire(*_: object) -> None:
        raise TimeoutError("a stage did not finish within 10 s")

    previous = signal.signal(signal.SIGALRM, expire)
    signal.alarm(10)
    yield
    signal.alarm(0)
    signal.signal(signal.SIGALRM, previous)


@pytest.mark.parametrize(("words", "heads", "deps"), WRONG_PARSES)
def test_stages_finish_on_a_wrong_parse(
    pipeline: Pipeline, deadline: None, words: str, heads: list[int], deps: str
) -> None:
    words, deps = words.split(), deps.split()
    tagged = pipeline.nlp(" ".join(words))
    assert [t.text for t in tagged] == words
    doc = Doc(
        pipeline.nlp.vocab,
        words=words,
        heads=heads,
        deps=deps,
        pos=[t.pos_ for t in tagged],
        tags=[t.tag_ for t in tagged],
        lemmas=[t.lemma_ for t in tagged],
        ents=[t.ent_iob_ + ("-" + t.ent_type_ if t.ent_type_ else "") for t in tagged],
    )
    text = doc.text
    result = pipeline.analyse(Article(text=text, published="2024-03-02"), doc)
    layers = result.to_dict()
    for name in ("entities", "times", "places", "actors", "quotes", "events"):
        for record in layers[name]:
            assert 0 <= record["start"] < record["end"] <= len(text), (name, record)


def test_a_sentence_the_event_rules_fail_on_is_skipped_with_a_warning(
    monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    from dateline.events.stage import EventStage

    pipeline = Pipeline()
    text = (
        "Rebels shelled the town of Kidal on Monday, killing four soldiers.\n\n"
        "The army said it arrested two fighters near the market."
    )
    sentence = EventStage.sentence

    def failing(self, sent, *args):
        if "arrested" in sent.text:
            raise KeyError("missing word list")
        return sentence(self, sent, *args)

    monkeypatch.setattr(EventStage, "sentence", failing)
    with caplog.at_level("WARNING", logger="dateline.events"):
        events = pipeline.extract(Article(text=text, published="2024-03-05")).events
    assert [e.type for e in events] == ["ASSAULT"]
    assert "skipped (KeyError: 'missing word list')" in caplog.text
