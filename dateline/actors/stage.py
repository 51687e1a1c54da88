"""The actors stage: every mention of a person, group, force or state in the article."""

from __future__ import annotations

from functools import cache
from pathlib import Path

from spacy.tokens import Doc

from dateline import nlp
from dateline.actors.associates import link
from dateline.actors.dictionary import Dictionary, load
from dateline.actors.explicit import Explicit
from dateline.actors.located import Locator
from dateline.actors.matcher import Matcher
from dateline.actors.mentions import Mention, choose
from dateline.actors.people import People
from dateline.actors.references import References
from dateline.config import Settings
from dateline.models import Actor, Result


@cache
def matcher(path: Path | str | None) -> tuple[Dictionary, Matcher]:
    """The dictionary and its phrase matcher, built once per process and file."""
    dictionary = load(path)
    return dictionary, Matcher(dictionary, nlp.load())


class ActorStage:
    """Finds actor mentions and normalises them to the dictionary's canonical actors."""

    layer = "actors"

    def __init__(self, settings: Settings) -> None:
        self.dictionary, self.matcher = matcher(settings.actors)

    def mentions(self, result: Result, doc: Doc) -> list[Mention]:
        """Explicit mentions first, then references back to them, then people (who take
        over the mentions inside their titles), then backers."""
        hits = self.matcher(doc)
        locator = Locator(self.dictionary, doc, hits, result.places)
        explicit = Explicit(self.dictionary, doc, hits, locator).candidates(result.places)
        explicit = choose(explicit)
        resolver = References(self.dictionary, doc, hits, locator)
        references = resolver.resolve(explicit, result.places)
        known = sorted([*explicit, *references], key=lambda m: m.start)
        home = resolver.home(known, result.places)
        people = People(self.dictionary, doc, hits, home).find(known, result.places)
        taken = {i for p in people for i in range(p.start, p.end)}
        kept = [m for m in known if taken.isdisjoint(range(m.start, m.end))]
        mentions = sorted([*kept, *people], key=lambda m: m.start)
        link(self.dictionary, doc, hits, mentions)
        return mentions

    def __call__(self, result: Result, doc: Doc) -> list[Actor]:
        return [mention.actor(doc) for mention in self.mentions(result, doc)]
