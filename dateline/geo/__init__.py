"""Places: toponym recognition and resolution against a GeoNames gazetteer.

``resolve(text, spans)`` resolves given character spans (one ``Place`` or None
each); ``PlaceStage`` is the pipeline stage; ``focus(places)`` gives an article's
main country and admin1; ``dateline.geo.build`` builds a full gazetteer from
GeoNames dump files.
"""

from __future__ import annotations

from pathlib import Path

from spacy.tokens import Doc

from dateline.models import Place

__all__ = ["Focus", "PlaceStage", "focus", "resolve", "resolve_doc"]


def resolve(
    text: str,
    spans: list[tuple[int, int]],
    gazetteer: Path | None = None,
    url: str | None = None,
    source: str | None = None,
) -> list[Place | None]:
    """Resolve the given ``(start, end)`` spans of ``text``; None where nothing fits.

    The text is parsed once for context: the other places it names and its demonyms;
    the article's ``url`` and ``source`` (outlet name) tell where its outlet is.
    """
    from dateline import nlp

    return resolve_doc(nlp.load()(text), spans, gazetteer, url, source)


def resolve_doc(
    doc: Doc,
    spans: list[tuple[int, int]],
    gazetteer: Path | None = None,
    url: str | None = None,
    source: str | None = None,
) -> list[Place | None]:
    """``resolve`` for an already parsed text."""
    from dateline.geo.outlet import outlet
    from dateline.geo.recognise import mention_for, recognise
    from dateline.geo.stage import open_gazetteer, resolve_mentions, to_place

    gaz = open_gazetteer(gazetteer)
    text = doc.text
    given = [mention_for(doc, start, end, "GIVEN", text) for start, end in spans]
    context = [
        m
        for m in recognise(doc, gaz, text)
        if all(m.end <= g.start or m.start >= g.end for g in given)
    ]
    mentions = sorted(given + context, key=lambda m: m.start)
    found = resolve_mentions(text, mentions, gaz, outlet(url, source, gaz))
    choices = {id(c.mention): c for c in found}
    out: list[Place | None] = []
    for m in given:
        choice = choices[id(m)]
        out.append(to_place(choice) if choice.candidate is not None else None)
    return out


def __getattr__(name: str):
    if name in ("PlaceStage", "Focus", "focus"):
        from dateline.geo import stage

        return getattr(stage, name)
    raise AttributeError(name)
