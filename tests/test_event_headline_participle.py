"""A headline's "shot" with no auxiliary, which the tagger reads as a noun ("4 shot on
Delmar street"), is the verb: a page whose text is only a sign-in form still has its
shooting, from the headline (texts written for these tests)."""

from __future__ import annotations

import pytest

from dateline.models import Article
from dateline.pipeline import Pipeline

SIGN_IN = (
    "Sign in using your account.\n\nWelcome back. Please sign in.\n\nThank you for registering!"
)


@pytest.mark.parametrize(
    "title",
    ["Kenwood 10-year-old shot in backyard", "Six shot overnight at Ridgeway house party"],
)
def test_a_headline_participle_read_as_a_noun_is_the_shooting(
    pipeline: Pipeline, title: str
) -> None:
    article = Article(text=SIGN_IN, title=title, published="2017-03-11")
    events = pipeline.extract(article).events
    assert [(e.type, e.told_in) for e in events] == [("ASSAULT", "title")]


def test_a_shot_fired_in_running_text_is_no_participle(pipeline: Pipeline) -> None:
    text = "A single shot rang out over the harbor during the fireworks on Saturday."
    events = pipeline.extract(Article(text=text, published="2017-03-11")).events
    assert not [e for e in events if e.type == "ASSAULT"]
