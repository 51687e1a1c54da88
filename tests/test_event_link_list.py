"""A line of links to other stories ("RELATED STORIES: ... | ... | ...") reports nothing,
however the parser cuts it into sentences. Reports written for these tests."""

from __future__ import annotations

from dateline.models import Article
from dateline.pipeline import Pipeline

TEXT = (
    "A 27-year-old man was shot in the shoulder early Sunday outside a bar on Linden "
    "Avenue in Kettering, police said. He was taken to Miami Valley Hospital and is "
    "expected to survive.\n\n"
    "RELATED STORIES: Kettering fire chief retires after 30 years | Woman charged with "
    "arson in Dayton barn blaze | Teen sentenced to 6 years in Elm Street robbery\n\n"
    "Police have not named a suspect."
)


def test_no_event_comes_from_a_line_of_links(pipeline: Pipeline) -> None:
    events = pipeline.extract(Article(text=TEXT, published="2021-10-12")).events
    links = TEXT.index("RELATED STORIES")
    end = TEXT.index("Police have not")
    assert events
    assert not [e for e in events if links <= e.start < end]
