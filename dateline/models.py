"""The data model: typed records, each tied to character offsets in ``article.text``.

This module is the one definition of the public JSON contract printed by
``dateline extract`` and read by the store, the exports and the web page.
"""

from __future__ import annotations

import hashlib
import re
import unicodedata
from dataclasses import asdict, dataclass, field, fields
from datetime import date, datetime
from typing import Any

PRECISIONS = ("day", "week", "month", "year")
QUOTE_KINDS = ("direct", "mixed", "indirect")
STATUSES = ("asserted", "future", "hypothetical", "negated", "generic")

_SPACE = re.compile(r"\s+")


def normalise_text(text: str) -> str:
    """The form of an article's text that its id is computed from."""
    return _SPACE.sub(" ", unicodedata.normalize("NFKC", text)).strip().casefold()


def article_id(text: str, title: str | None = None) -> str:
    """A stable id from the article's normalised headline and text: the same story from two
    URLs shares it, while pages that differ only in their headline (one sign-in form or
    paywall served for many stories) do not."""
    content = normalise_text(text)
    if title and title.strip():
        content = normalise_text(title) + "\n" + content
    return hashlib.sha256(content.encode("utf-8")).hexdigest()[:20]


def iso_day(value: str | date | None) -> str | None:
    """A publication date as ISO 8601 text: a ``date`` or ``datetime`` gives its day, a
    string is kept as it is (the time stage reads it, and reports what it cannot)."""
    if isinstance(value, datetime):
        return value.date().isoformat()
    if isinstance(value, date):
        return value.isoformat()
    return value


@dataclass(slots=True)
class Article:
    """One news article: the text every offset points into, and its metadata."""

    text: str
    title: str | None = None
    url: str | None = None
    source: str | None = None
    published: str | date | None = None
    language: str | None = None
    author: str | None = None
    location: str | None = None
    id: str = ""

    def __post_init__(self) -> None:
        if not self.id:
            self.id = article_id(self.text, self.title)
        self.published = iso_day(self.published)

    def to_dict(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "url": self.url,
            "source": self.source,
            "title": self.title,
            "published": self.published,
            "language": self.language,
            "text": self.text,
            "author": self.author,
            "location": self.location,
        }


@dataclass(slots=True)
class Entity:
    """A named entity from the spaCy pass; ``sentence`` is the sentence's index."""

    text: str
    start: int
    end: int
    label: str
    sentence: int


@dataclass(slots=True)
class Time:
    """A temporal expression; ``value`` is ISO 8601 at ``precision``, or None when vague."""

    text: str
    start: int
    end: int
    value: str | None
    precision: str | None


@dataclass(slots=True)
class Place:
    """A toponym resolved to one gazetteer entry (fields None when unresolved)."""

    text: str
    start: int
    end: int
    geonameid: int | None = None
    name: str | None = None
    country_code: str | None = None
    admin1: str | None = None
    lat: float | None = None
    lon: float | None = None
    feature_code: str | None = None
    score: float = 0.0
    government: bool = False


@dataclass(slots=True)
class Actor:
    """A mention of a person, group, force or state, normalised to a canonical actor.

    ``role`` is a person's title, ``affiliation`` the actor id a person acts for,
    ``associate`` the actor id of a backer ("Russian-backed"), ``why`` how it was found.
    """

    text: str
    start: int
    end: int
    actor_id: str | None = None
    name: str | None = None
    country: str | None = None
    sector: str | None = None
    kind: str | None = None
    role: str | None = None
    affiliation: str | None = None
    associate: str | None = None
    why: str = ""


@dataclass(slots=True)
class Speaker:
    """Who a quote is attributed to, with the span of the mention that names them."""

    name: str
    title: str | None = None
    affiliation: str | None = None
    actor_id: str | None = None
    start: int | None = None
    end: int | None = None


@dataclass(slots=True)
class Quote:
    """A direct, mixed or indirect quote; ``speaker`` is None when the article names nobody."""

    text: str
    start: int
    end: int
    kind: str
    speaker: Speaker | None = None
    verb: str | None = None
    outlet: str | None = None


@dataclass(slots=True)
class Mention:
    """One place an event is reported: its trigger's span and the sentence's index."""

    start: int
    end: int
    sentence: int


BORROWED = "borrowed."


def borrowed(evidence: dict[str, list[int]]) -> frozenset[str]:
    """The quantities an event's ``evidence`` marks as taken from another happening."""
    return frozenset(k.removeprefix(BORROWED) for k in evidence if k.startswith(BORROWED))


@dataclass(slots=True)
class Event:
    """One happening the article reports: its type, participants, place, date, quantities,
    every mention of it, and the span each field came from (``evidence``: field name, or
    ``quantities.<key>``, to ``[start, end]``).

    ``start``/``end`` and ``sentence`` are those of the first mention's evidence;
    ``told_in`` says what every offset of the record points into: ``text`` (the article's
    text), or ``title`` for a happening only the headline tells (the text reports none);
    ``salience`` (0-1) is highest for the happening the headline and lead report;
    ``about`` is the index (in the same article) of the happening an aftermath event
    concerns: an arrest, a charge or a vigil "in the shooting" the article also reports.
    A count the event only takes from another happening of the article (the arrest's lead
    given the shooting's toll) has an ``evidence`` key ``borrowed.<key>``: the span of the
    happening it came from (``BORROWED``).
    """

    type: str
    sentence: str
    start: int
    end: int
    mode: str | None = None
    actor: Actor | None = None
    recipient: Actor | None = None
    place: Place | None = None
    date: str | None = None
    date_precision: str | None = None
    quantities: dict[str, float] = field(default_factory=dict)
    status: str = "asserted"
    reported_by: str | None = None
    confidence: float = 0.0
    why: str = ""
    mentions: list[Mention] = field(default_factory=list)
    salience: float = 0.0
    evidence: dict[str, list[int]] = field(default_factory=dict)
    about: int | None = None
    told_in: str = "text"


LAYERS: dict[str, type] = {
    "entities": Entity,
    "times": Time,
    "places": Place,
    "actors": Actor,
    "quotes": Quote,
    "events": Event,
}


@dataclass(slots=True)
class Result:
    """Everything extracted from one article, one list per layer."""

    article: Article
    entities: list[Entity] = field(default_factory=list)
    times: list[Time] = field(default_factory=list)
    places: list[Place] = field(default_factory=list)
    actors: list[Actor] = field(default_factory=list)
    quotes: list[Quote] = field(default_factory=list)
    events: list[Event] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        """Exactly the public JSON shape of DESIGN.md."""
        out: dict[str, Any] = {"article": self.article.to_dict()}
        for name in LAYERS:
            out[name] = [asdict(item) for item in getattr(self, name)]
        return out

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Result:
        """Rebuild a result from its JSON shape (the inverse of ``to_dict``)."""
        article = Article(**_known(Article, data["article"]))
        layers = {
            name: [_build(kind, d) for d in data.get(name, [])] for name, kind in LAYERS.items()
        }
        return cls(article=article, **layers)


def _known(kind: type, data: dict[str, Any]) -> dict[str, Any]:
    names = {f.name for f in fields(kind)}
    return {k: v for k, v in data.items() if k in names}


def _build(kind: type, data: dict[str, Any]) -> Any:
    values = _known(kind, data)
    if kind is Quote and values.get("speaker") is not None:
        values["speaker"] = Speaker(**_known(Speaker, values["speaker"]))
    if kind is Event:
        for key in ("actor", "recipient"):
            if values.get(key) is not None:
                values[key] = Actor(**_known(Actor, values[key]))
        if values.get("place") is not None:
            values["place"] = Place(**_known(Place, values["place"]))
        values["mentions"] = [Mention(**_known(Mention, m)) for m in values.get("mentions", [])]
    return kind(**values)


@dataclass(slots=True)
class Member:
    """One event of an incident: its article, its index in the article's events, where it
    was published and the sentence that reports it."""

    article_id: str
    event: int
    sentence: str
    source: str | None = None
    url: str | None = None
    published: str | None = None


@dataclass(slots=True)
class Incident:
    """One real-world happening across every article that reports it (``dateline.fuse``).

    Fields are reconciled from the members (``dateline.incidents.reconcile`` says how):
    ``quantities`` take the figure most articles give (ties: the latest article's), never
    the sum of repeats;
    ``first_seen``/``last_seen`` are the earliest and latest publication days.
    """

    id: str
    type: str
    mode: str | None = None
    actor: Actor | None = None
    recipient: Actor | None = None
    place: Place | None = None
    date: str | None = None
    date_precision: str | None = None
    quantities: dict[str, float] = field(default_factory=dict)
    articles: int = 0
    sources: list[str] = field(default_factory=list)
    first_seen: str | None = None
    last_seen: str | None = None
    confidence: float = 0.0
    members: list[Member] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)
