"""The learned salience of events/salience.py: what it reads of a record, on texts written
for these tests."""

from __future__ import annotations

from dateline.events import salience
from dateline.models import Event, Mention

TEXT = (
    "Gunmen attacked a police post in Kidal on Sunday, killing three officers.\n\n"
    "Officials said the town had been calm. In 2019, protesters marched in the capital."
)
TITLE = "Three police officers killed in Kidal attack"


def _event(kind: str, start: int, end: int, sentence: int, status: str = "asserted") -> Event:
    told = {"sentence": "", "status": status, "confidence": 0.6}
    return Event(type=kind, start=start, end=end, mentions=[Mention(start, end, sentence)], **told)


def test_parts_read_lead_first_sentence_headline_and_toll() -> None:
    attack = _event("ASSAULT", 7, 15, 0)
    attack.quantities = {"killed": 3.0}
    march = _event("PROTEST", TEXT.index("marched"), TEXT.index("marched") + 7, 2)
    end, head = salience.lead_end(TEXT), salience.stems(TITLE)
    first = salience.parts(attack, TEXT, end, head, 3)
    later = salience.parts(march, TEXT, end, head, 3)
    assert (first["lead"], first["first"], first["headline"], first["toll"]) == (1, 1, 1, 1)
    assert (later["lead"], later["first"], later["headline"], later["toll"]) == (0, 0, 0, 0)
    assert first["early"] == 1.0 > later["early"]
    assert first["type=ASSAULT"] == 1.0 and "type=PROTEST" not in first


def test_the_headline_happening_outranks_background_and_passes_the_lead_threshold() -> None:
    attack = _event("ASSAULT", 7, 15, 0)
    attack.quantities = {"killed": 3.0}
    march = _event("PROTEST", TEXT.index("marched"), TEXT.index("marched") + 7, 2)
    salience.score([attack, march], TEXT, TITLE, 3)
    assert 0.0 < march.salience < attack.salience < 1.0
    assert salience.salient([attack, march]) == [attack]
    assert 0.0 < salience.LEAD < 1.0


def test_an_announced_happening_counts_for_less_than_one_that_happened() -> None:
    done = _event("ASSAULT", 7, 15, 0)
    planned = _event("ASSAULT", 7, 15, 0, status="future")
    salience.score([done, planned], TEXT, TITLE, 3)
    assert planned.salience < done.salience
