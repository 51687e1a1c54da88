"""Where and when: the place and date an event is tied to, by syntax or nearest context."""

from __future__ import annotations

from datetime import date

from spacy.tokens import Span, Token

from dateline.models import Place, Time
from dateline.timex import anchor_date

CONTEXT_SENTENCES = 2


def clause(tokens: list[Token]) -> list[Token]:
    """Tokens under the trigger (and its governing verb), leaving out embedded clauses and
    joined clauses with a subject of their own ("..., and police arrested six")."""
    out: dict[int, Token] = {}
    for root in tokens:
        stack = [root]
        while stack:
            token = stack.pop()
            if token.i in out:
                continue
            out[token.i] = token
            stack.extend(c for c in token.children if not _own_clause(c))
    return [out[i] for i in sorted(out)]


def _own_clause(token: Token) -> bool:
    """An embedded clause, or a joined one with a subject of its own (a bare number is
    no subject: "left 15 dead and 30 wounded" counts both)."""
    if token.dep_ in ("ccomp", "relcl", "parataxis"):
        return True
    return token.dep_ == "conj" and any(
        c.dep_ in ("nsubj", "nsubjpass") and c.pos_ != "NUM" for c in token.children
    )


def _covering(start: int, end: int, spans: list) -> list:
    return [s for s in spans if s.start < end and start < s.end]


def place(
    tied: list[Token], sent: Span, trigger: Token, places: list[Place], earlier: list[Span]
) -> tuple[Place | None, str]:
    """A place in the trigger's clause, else the nearest in its sentence, else just before it."""
    usable = [p for p in places if p.geonameid is not None or p.lat is not None] or places
    in_clause = [p for t in tied for p in _covering(t.idx, t.idx + len(t), usable)]
    if in_clause:
        best = min(in_clause, key=lambda p: abs(p.start - trigger.idx))
        return best, "place in the trigger's clause"
    in_sent = _covering(sent.start_char, sent.end_char, usable)
    if in_sent:
        best = min(in_sent, key=lambda p: abs(p.start - trigger.idx))
        return best, "nearest place in the sentence"
    for span in reversed(earlier[-CONTEXT_SENTENCES:]):
        before = _covering(span.start_char, span.end_char, usable)
        if before:
            return before[-1], "last place in the preceding sentences"
    return None, ""


def _week(day: date) -> str:
    year, week, _ = day.isocalendar()
    return f"{year}-W{week:02d}"


def _not_after(value: str, precision: str | None, day: date) -> bool:
    """Whether a time value lies on or before the publication day (a future event's date
    cannot); values at coarser precision only when the whole period is before it."""
    own = day.isoformat()[: len(value)]
    return value <= own if precision == "day" else value < own


def when(
    tied: list[Token],
    trigger: Token,
    times: list[Time],
    published: str | None,
    future: bool = False,
) -> tuple[str | None, str | None, str]:
    """A dated time expression in the trigger's clause (for a future event, one after the
    publication day), else the publication week."""
    day = anchor_date(published)
    dated = [t for t in times if t.value]
    if future and day is not None:
        dated = [t for t in dated if not _not_after(t.value, t.precision, day)]
    in_clause = [t for tok in tied for t in _covering(tok.idx, tok.idx + len(tok), dated)]
    if in_clause:
        best = min(in_clause, key=lambda t: abs(t.start - trigger.idx))
        return best.value, best.precision, f"time '{best.text}' in the trigger's clause"
    if day is None:
        return None, None, ""
    return _week(day), "week", "publication week (no time tied to the event)"
