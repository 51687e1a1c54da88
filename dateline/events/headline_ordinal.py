"""A death toll a headline tells by an ordinal: "Third person dies after shooting near the
school", "4th victim of Elm Street shooting dies", "Second body found after drive-by",
"Shootings claim fifth victim". A lead that counts one dead or none takes that number
(and but for a body found, the people it counts wounded fall by as many: the one who
died later was one of them); a lead that counts several dead keeps the story's own
count, which its other reports tell too (fusion joins reports of one toll)."""

from __future__ import annotations

import re
from typing import Any

from dateline.models import BORROWED, Event

_WORD = re.compile(r"[^\W_]+|,")


def toll(title: str | None, table: dict[str, Any]) -> tuple[int, bool] | None:
    """The death toll a headline's ordinal tells and whether the one who died was hurt
    before, or None: an ordinal (``ordinals``: "third",
    "4th") at most two words before a person's noun that a death word follows before any
    word that ends the person's phrase ("Second victim in shooting that killed baby is
    16" tells none), or a body's noun ("2nd body found"), or a victim after a verb of
    claiming ("claim fifth victim")."""
    rules = table.get("headline", {}).get("ordinal_deaths", {})
    ordinals = table.get("ordinals", {})
    words = _WORD.findall((title or "").casefold())
    people, bodies = set(rules.get("people", ())), set(rules.get("bodies", ()))
    for i, word in enumerate(words):
        value = ordinals.get(word)
        if value is None:
            continue
        noun = next(
            (j for j in range(i + 1, min(i + 4, len(words))) if words[j] in people | bodies), None
        )
        if noun is None:
            continue
        if words[noun] in bodies:
            return int(value), False
        if i and words[i - 1] in rules.get("claims", ()):
            return int(value), True
        for word_after in words[noun + 1 :]:
            if word_after in rules.get("deaths", ()):
                return int(value), True
            if word_after in rules.get("stops", ()):
                break
    return None


def rise(events: list[Event], title: str | None, table: dict[str, Any]) -> None:
    """Raise, in place, the dead of each lead (the events of the top salience) that counts
    one dead or none to the toll its headline's ordinal tells, taking as many from the
    wounded it counts (when it counts that many) unless the dead were found as bodies."""
    found = toll(title, table)
    if found is None:
        return
    value, hurt = found
    top = max((e.salience for e in events), default=None)
    for lead in (e for e in events if e.salience == top):
        counts = lead.quantities
        more = value - counts.get("killed", 0.0)
        if more <= 0 or counts.get("killed", 0.0) > 1:
            continue
        counts["killed"] = float(value)
        lead.evidence.pop("quantities.killed", None)
        lead.evidence.pop(BORROWED + "killed", None)
        if hurt:
            _fewer_hurt(lead, more)
        lead.why += f"; killed: {value} as the headline's ordinal tells"


def _fewer_hurt(lead: Event, dead: float) -> None:
    """Take, in place, people who died later from the wounded the lead counts, when it
    counts that many."""
    counts = lead.quantities
    if counts.get("wounded", 0.0) > dead:
        counts["wounded"] -= dead
    elif counts.get("wounded") == dead:
        counts.pop("wounded")
        lead.evidence.pop("quantities.wounded", None)
        lead.evidence.pop(BORROWED + "wounded", None)
