"""What fusion knows of one event: a flat, comparable record built from an ``Event`` in
memory or from a stored ``events`` row, the two giving the same record."""

from __future__ import annotations

import json
import re
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any

from dateline.incidents.config import Rules, rules
from dateline.models import Actor, Article, Event, Place, borrowed

Key = tuple[str, int]
_WORD = re.compile(r"[^\W\d_]{3,}|\d+")
_SITE = re.compile(r"\s+[-|\u2013]\s+")
_AGE = re.compile(r"\b(\d{1,2})[- ](year|month)s?[- ]old\b|\b[A-Z][a-z]+,\s(\d{1,2}),")
UNDATED_DAYS = 7


@dataclass(frozen=True, slots=True)
class Report:
    """One event as fusion compares it; ``key`` is (article id, event index), ``about``
    the key of the happening it is the aftermath of (``Event.about``), if any; ``before``
    the week before publication when the event's date is only the publication's week (the
    text told no time of it: the happening was most likely reported within days); ``since``
    the earliest day a placed report whose date the text does not tell may be of (see
    ``undated_since``); ``people`` the person ids its article names with an age
    (``named.by_event``); ``borrowed`` the quantities it only takes from another happening of
    its article (``models.borrowed``), which fusion does not compare; ``ages`` the ages its
    words tell (``ages``); ``heading`` its capitalised words when it is salient
    (``capitalised``, ``compare.named_far``), else none."""

    key: Key
    type: str
    family: str
    mode: str | None
    fusable: bool
    first: date | None
    last: date | None
    precision: str | None
    date: str | None
    place: Place | None
    coarse: bool
    actor: Actor | None
    recipient: Actor | None
    quantities: dict[str, float]
    words: frozenset[str]
    published: str | None
    source: str | None
    url: str | None
    sentence: str
    salience: float
    confidence: float
    about: Key | None = None
    before: tuple[date, date] | None = None
    since: date | None = None
    people: frozenset[str] = frozenset()
    borrowed: frozenset[str] = frozenset()
    ages: frozenset[str] = frozenset()
    heading: frozenset[str] = frozenset()

    @property
    def own(self) -> dict[str, float]:
        """The quantities its own words tell (``quantities`` without the borrowed)."""
        if not self.borrowed:
            return self.quantities
        return {k: v for k, v in self.quantities.items() if k not in self.borrowed}

    @property
    def earliest(self) -> date | None:
        """The first day the report can be compared from: ``since``, else ``first``."""
        if self.since is None or self.first is None:
            return self.first
        return min(self.since, self.first)

    @property
    def lat(self) -> float | None:
        return self.place.lat if self.place else None

    @property
    def lon(self) -> float | None:
        return self.place.lon if self.place else None

    @property
    def point(self) -> bool:
        """Whether fusion measures distances from its place: it has coordinates and is
        finer than a country or first-level area."""
        return self.place is not None and not self.coarse

    @property
    def country(self) -> str | None:
        return self.place.country_code if self.place else None

    @property
    def admin1(self) -> str | None:
        return self.place.admin1 if self.place else None

    @property
    def who(self) -> tuple[str | None, str | None]:
        """The actor's and recipient's ids (their names where they have no id)."""
        return _identity(self.actor), _identity(self.recipient)


def _identity(actor: Actor | None) -> str | None:
    return None if actor is None else actor.actor_id or actor.name


def interval(value: str | None, precision: str | None) -> tuple[date, date] | None:
    """The first and last day of an ISO day, week, month or year value."""
    if not value:
        return None
    try:
        if "-W" in value:
            year, week = value[:8].split("-W")
            first = date.fromisocalendar(int(year), int(week), 1)
            return first, first + timedelta(days=6)
        parts = [int(p) for p in value[:10].split("-")]
    except ValueError:
        return None
    try:
        if len(parts) >= 3 and precision in (None, "day"):
            day = date(*parts[:3])
            return day, day
        if len(parts) >= 2 and precision != "year":
            first = date(parts[0], parts[1], 1)
            following = date(parts[0] + parts[1] // 12, parts[1] % 12 + 1, 1)
            return first, following - timedelta(days=1)
        return date(parts[0], 1, 1), date(parts[0], 12, 31)
    except ValueError:
        return None


def _undated(published: str | None) -> tuple[date, date] | None:
    day = interval(published, "day")
    return None if day is None else (day[0] - timedelta(days=UNDATED_DAYS), day[1])


def span(
    value: str | None, precision: str | None, published: str | None
) -> tuple[date, date] | None:
    """A report's first and last day: its date's interval, else the week before
    publication, else None."""
    return interval(value, precision) or _undated(published)


def placed(lat: float | None, country: str | None, feature: str | None, table: Rules) -> bool:
    """Whether a place is a point fusion can measure distances from: one with coordinates
    and a country, finer than a country or first-level area."""
    return lat is not None and country is not None and (feature or "") not in table.coarse_features


def undated_since(
    value: str | None, precision: str | None, told: bool, published: str | None, point: bool
) -> date | None:
    """For a placed report (``point``) whose date the text does not tell (none, or only the
    publication's week), the earliest day its happening is looked for: ``undated_days``
    before publication (its time then compares as unknown beyond the week before
    publication); None for any other report."""
    if not point or (value and (precision != "week" or told)):
        return None
    day = interval(published, "day")
    return None if day is None else day[0] - timedelta(days=rules().undated_days)


def ages(text: str) -> frozenset[str]:
    """The ages a text tells ("a 16-year-old", "Jane Roe, 16,", "a 4-month-old"), as
    "16y" or "4m"."""
    out = set()
    for match in _AGE.finditer(text):
        number, unit, named = match.groups()
        out.add(f"{number}{unit[0]}" if number else f"{named}y")
    return frozenset(out)


def words(text: str, table: Rules) -> frozenset[str]:
    """The telling words of a text, lower-cased."""
    return frozenset(map(str.casefold, _WORD.findall(text))) - table.stopwords


def capitalised(text: str, table: Rules) -> frozenset[str]:
    """The telling words of a text that begin with a capital, lower-cased: those that can
    name a place (``Report.heading``; the store keeps them, ``store.named``)."""
    return frozenset(w.casefold() for w in _WORD.findall(text) if w[0].isupper()) - table.stopwords


def headline(title: str | None) -> str:
    """A headline without the site's name pages append to it ("Teen shot in Auburn -
    KSLA News 12 Shreveport, Louisiana News Weather & Sports"): the part before the first
    " - ", " | " or " – " (every story of a site shares the rest)."""
    return _SITE.split(title or "", maxsplit=1)[0]


def told(title: str | None, sentence: str | None, salient: bool) -> str:
    """The text a report's words are read from: its sentence and, for a salient event,
    the headline (without the site's name) before it."""
    text = sentence or ""
    return f"{headline(title)} {text}" if salient and title else text


def told_family(kind: str, title: str | None, sentence: str | None, salient: bool) -> str:
    """The family a report of an event compares in (``Report.family``), from its type and
    the words it is told in."""
    table = rules()
    return table.family_told(kind, words(told(title, sentence, salient), table))


def _evidence(evidence: Any) -> dict[str, list[int]]:
    """An event's ``evidence`` as a dict (a stored row holds it as JSON)."""
    if isinstance(evidence, str):
        evidence = json.loads(evidence)
    return evidence or {}


def build(
    key: Key, fields: dict[str, Any], title: str | None, published: str | None, salient: bool
) -> Report:
    """A report from an event's fields (``actor``, ``recipient`` and ``place`` as records)."""
    table = rules()
    place = fields.get("place")
    days = span(fields.get("date"), fields.get("date_precision"), published)
    point = place is not None and placed(place.lat, place.country_code, place.feature_code, table)
    text = told(title, fields.get("sentence"), salient)
    said = words(text, table)
    evidence = _evidence(fields.get("evidence"))
    told_date = "date" in evidence  # the date came from the text
    return Report(
        key=key,
        type=fields["type"],
        family=table.family_told(fields["type"], said),
        mode=fields.get("mode"),
        fusable=fields.get("status") in table.fusable,
        first=days[0] if days else None,
        last=days[1] if days else None,
        precision=fields.get("date_precision"),
        date=fields.get("date"),
        place=place if place is not None and place.lat is not None else None,
        coarse=place is not None and (place.feature_code or "") in table.coarse_features,
        actor=fields.get("actor"),
        recipient=fields.get("recipient"),
        quantities=dict(fields.get("quantities") or {}),
        words=said,
        published=published,
        source=fields.get("source"),
        url=fields.get("url"),
        sentence=fields.get("sentence") or "",
        salience=float(fields.get("salience") or 0.0),
        confidence=float(fields.get("confidence") or 0.0),
        about=None if fields.get("about") is None else (key[0], int(fields["about"])),
        before=(
            _undated(published)
            if fields.get("date_precision") == "week" and not told_date
            else None
        ),
        since=undated_since(
            fields.get("date"),
            fields.get("date_precision"),
            told_date,
            published,
            point and days is not None,
        ),
        people=frozenset(fields.get("people") or ()),
        borrowed=borrowed(evidence),
        ages=ages(text),
        heading=capitalised(text, table) if salient else frozenset(),
    )


def fields_of(event: Event) -> dict[str, Any]:
    """The fields of an event a report is built from."""
    names = ("type", "mode", "status", "date", "date_precision", "sentence", "quantities")
    out = {name: getattr(event, name) for name in names}
    out.update(salience=event.salience, confidence=event.confidence, about=event.about)
    out.update(evidence=event.evidence)
    out.update(actor=event.actor, recipient=event.recipient, place=event.place)
    return out


def from_event(
    article: Article, index: int, event: Event, lead: float, people: Sequence[str] = ()
) -> Report:
    """The report of an article's ``index``-th event; a salient one (``salience >= lead``)
    also compares by the headline's words (``people``: ``named.by_event``'s for it)."""
    fields = fields_of(event) | {
        "source": source_of(article.source, article.url),
        "url": article.url,
        "people": people,
    }
    salient = event.salience >= lead
    return build((article.id, index), fields, article.title, article.published, salient)


def _host(url: str | None) -> str | None:
    match = re.match(r"^[a-z]+://([^/:]+)", url or "")
    return match.group(1).removeprefix("www.") if match else None


def source_of(source: str | None, url: str | None) -> str | None:
    """An article's source name, else its URL's host."""
    return source or _host(url)
