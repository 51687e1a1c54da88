"""Backers of an actor: "Russian-backed Syrian regime forces", "the SDF, backed by the
US-led coalition". The backer's id goes to the backed mention's ``associate``."""

from __future__ import annotations

from spacy.tokens import Doc

from dateline.actors.dictionary import Dictionary
from dateline.actors.matcher import Hit
from dateline.actors.mentions import Mention

BACKING = {"backed", "supported", "sponsored", "allied", "aligned", "funded", "armed"}
REACH = 6


def _backer(dictionary: Dictionary, hit: Hit) -> str | None:
    if hit.kind == "demonym":
        return hit.value
    entry = dictionary.get(hit.value) if hit.kind == "actor" else None
    return entry.id if entry is not None else None


def link(dictionary: Dictionary, doc: Doc, hits: list[Hit], mentions: list[Mention]) -> None:
    """Set ``associate`` (and widen the span over "X-backed") where the text names a backer."""
    ends = {hit.end: hit for hit in hits if hit.kind in ("actor", "demonym")}
    owner = {i: m for m in mentions for i in range(m.start, m.end)}
    for mention in mentions:
        at = mention.start
        if at >= 3 and doc[at - 1].lower_ in BACKING and doc[at - 2].text == "-":
            hit = ends.get(at - 2)
            backer = _backer(dictionary, hit) if hit else None
            if backer is not None and backer != mention.entry.id:
                mention.associate = backer
                mention.start = hit.start
                continue
        mention.associate = mention.associate or _backed_by(doc, mention, owner)


def _backed_by(doc: Doc, mention: Mention, owner: dict[int, Mention]) -> str | None:
    """The actor after "backed by" that follows ``mention`` closely (``owner``: the mention
    each token belongs to)."""
    for i in range(mention.end, min(len(doc) - 1, mention.end + REACH)):
        other = owner.get(i)
        if other is not None and other.entry.id != mention.entry.id:
            return None
        if doc[i].lower_ in BACKING and doc[i + 1].lower_ == "by":
            after = (owner.get(j) for j in range(i + 2, i + 5))
            backer = next((m for m in after if m and m.entry.id != mention.entry.id), None)
            return backer.entry.id if backer else None
    return None
