"""A caption that closes on a photo credit is no part of the sentence under it. Reports
written for these tests."""

from __future__ import annotations

from dateline.models import Article, Event
from dateline.nlp import caption_breaks
from dateline.pipeline import Pipeline

CAPTIONED = (
    "Neighbors on Fulton Street lit candles on Thursday evening and prayed for a girl "
    "they have watched grow up, her aunt said.\n\n"
    "Talia Brooks (Photo: courtesy of the Brooks family)\n\n"
    "The 8-year-old was shot in the shoulder Tuesday night while she sat on her "
    "grandmother's porch."
)


def _shooting(pipeline: Pipeline, text: str) -> Event:
    result = pipeline.extract(Article(text=text, published="2016-08-04"))
    return next(e for e in result.events if "porch" in e.sentence)


def test_the_victim_under_a_credited_caption_is_counted(pipeline: Pipeline) -> None:
    shooting = _shooting(pipeline, CAPTIONED)
    assert shooting.sentence.startswith("The 8-year-old was shot")
    assert shooting.quantities.get("wounded") == 1
    assert shooting.recipient is not None and shooting.recipient.text == "8-year-old"


def test_only_a_credit_closing_a_paragraph_opens_a_sentence(pipeline: Pipeline) -> None:
    for text, opened in (
        ("Talia Brooks (Photo: Metro Police)\n\nThe girl was shot on Tuesday.", True),
        ("Talia Brooks (Courtesy of the family)Buy Photo\n\nThe girl was shot.", True),
        ("Talia Brooks (age 8)\n\nThe girl was shot on Tuesday.", None),
        ("Police released a photo (below) of the car.\n\nThe girl was shot.", None),
    ):
        doc = caption_breaks(pipeline.nlp.make_doc(text))
        under = next(t for t in doc if t.text == "The")
        assert under.is_sent_start is opened, text


def test_a_caption_reports_nothing(pipeline: Pipeline) -> None:
    text = (
        "A father was charged on Monday after his son found a loaded pistol in a closet.\n\n"
        "Deputies arrest a man outside a house on Elm Street (Photo: Marion County Sheriff)\n\n"
        "Prosecutors said the boy, 7, fired the pistol and wounded himself in the hand."
    )
    result = pipeline.extract(Article(text=text, published="2016-08-04"))
    assert result.events
    assert all("Elm Street" not in e.sentence for e in result.events)
