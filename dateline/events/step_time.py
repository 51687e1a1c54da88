"""The time of the happening a later step is over: in "charged in connection with a
shooting Thursday" or "arrested for shooting a boy Saturday night" the day hangs from the
shooting, and dates it, not the charge or the arrest."""

from __future__ import annotations

from spacy.tokens import Token

from dateline.models import Time


def happening_times(trigger: Token, times: list[Time], cues: frozenset[str]) -> list[Time]:
    """The times of ``times`` in the trigger's sentence that hang, below the trigger, from
    another word naming a happening (``cues``: "shooting", "killing", "robbery")."""
    doc, out = trigger.doc, []
    for time in times:
        span = doc.char_span(time.start, time.end, alignment_mode="expand")
        if span is None or span.sent.start != trigger.sent.start:
            continue
        for token in span.root.ancestors:
            if token.i == trigger.i:
                break
            if token.lower_ in cues:
                out.append(time)
                break
    return out
