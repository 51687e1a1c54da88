"""What rules two reports out as one happening, as the incidents benchmark counts it."""

from __future__ import annotations

from dateline.incidents import compare
from dateline.incidents.reports import from_event
from dateline.models import Article, Event, Place

TOLEDO = Place("Toledo", 0, 6, 1, "Toledo", "US", "OH", 41.66, -83.56, "PPL")
AKRON = Place("Akron", 0, 5, 2, "Akron", "US", "OH", 41.08, -81.52, "PPL")


def _report(name: str, kind: str, day: str, place: Place, index: int = 0):
    event = Event(
        kind, "A man was shot outside a bar.", 0, 5, place=place, date=day,
        date_precision="day", salience=0.9, confidence=0.8,
    )  # fmt: skip
    article = Article(text=f"{name}: a man was shot outside a bar.", published=day)
    return from_event(article, index, event, 0.5)


def test_each_veto_is_named() -> None:
    first = _report("first", "ASSAULT", "2016-05-02", TOLEDO)
    assert compare.veto(first, _report("second", "ASSAULT", "2016-05-03", TOLEDO)) is None
    assert compare.veto(first, _report("second", "CONSULT", "2016-05-02", TOLEDO)) == "family"
    assert compare.veto(first, _report("second", "CRIME", "2016-05-20", TOLEDO)) == "time"
    assert compare.veto(first, _report("second", "ASSAULT", "2016-05-02", AKRON)) == "place"
    assert compare.veto(first, _report("first", "ASSAULT", "2016-05-02", TOLEDO, 1)) == "article"
