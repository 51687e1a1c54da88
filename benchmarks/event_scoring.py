"""Scoring dateline's event records against mention-level gold (WikiEvents).

A predicted record is anchored on the text by its trigger: for each of its spans (the
event's ``mentions`` when the field exists and is filled - dateline's ``Mention`` spans the
trigger itself - else its one evidence span ``start``-``end``) the anchor is the mention's
own ``trigger`` when it carries one, else the first word of a trigger named in ``why``
("trigger 'X'") found inside the span, else the whole span. A record matches a gold
mention when one of its anchors overlaps the gold trigger.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

Span = tuple[int, int]
_TRIGGER = re.compile(r"trigger '([^']+)'")
MAPPED, CONSEQUENCE, UNMAPPED = "mapped", "consequence", "unmapped"
ATTACK_FAMILY = ("Conflict.Attack", "Life.Die", "Life.Injure")
ROLE_FIELDS = {
    "Attacker": "attacker", "Killer": "attacker", "Injurer": "attacker",
    "Target": "victim", "Victim": "victim", "Place": "place",
}  # fmt: skip
FIELD_OF = {"attacker": "actor", "victim": "recipient", "place": "place"}
PRONOUNS = {"he", "she", "it", "they", "we", "you", "i", "him", "her", "them", "us", "who",
            "whom", "that", "those", "these", "this", "which", "one", "there", "here"}  # fmt: skip


def field_of(item: Any, name: str) -> Any:
    """``name`` of a dict or an object (mentions may be either)."""
    return item.get(name) if isinstance(item, dict) else getattr(item, name, None)


def overlaps(a: Span, b: Span) -> bool:
    """Whether two half-open character spans share a character."""
    return a[0] < b[1] and b[0] < a[1]


def trigger_words(why: str) -> list[str]:
    """The first word of every trigger ``why`` names, in order."""
    return [found.split()[0] for found in _TRIGGER.findall(why or "") if found.split()]


def locate(text: str, words: list[str], span: Span) -> Span | None:
    """The first of ``words`` found as a whole word inside ``span`` of ``text``."""
    piece = text[span[0] : span[1]]
    for word in words:
        hit = re.search(rf"(?<!\w){re.escape(word)}(?!\w)", piece, re.IGNORECASE)
        if hit:
            return span[0] + hit.start(), span[0] + hit.end()
    return None


def spans_of(event: Any) -> list[Span]:
    """The record's mention spans, or its one evidence span."""
    mentions = field_of(event, "mentions")
    if mentions:
        return [(field_of(m, "start"), field_of(m, "end")) for m in mentions]
    return [(event.start, event.end)]


def _mention_trigger(mention: Any) -> Span | None:
    trigger = field_of(mention, "trigger")
    if trigger is not None and not isinstance(trigger, str):
        return field_of(trigger, "start"), field_of(trigger, "end")
    return None


def anchors(event: Any, text: str) -> list[Span]:
    """Where the record's trigger stands in each of its mentions (see the module doc)."""
    words = trigger_words(event.why)
    mentions = field_of(event, "mentions") or [None]
    out = []
    for mention, span in zip(mentions, spans_of(event), strict=True):
        given = _mention_trigger(mention) if mention is not None else None
        if given is None and mention is not None and isinstance(field_of(mention, "trigger"), str):
            given = locate(text, [field_of(mention, "trigger").split()[0]], span)
        out.append(given or locate(text, words, span) or span)
    return out


@dataclass(frozen=True, slots=True)
class KairosMap:
    """KAIROS event types to dateline types, read from a data file (longest prefix wins)."""

    types: dict[str, tuple[str, ...]]
    consequences: tuple[str, ...]
    unmapped: tuple[str, ...]

    @classmethod
    def load(cls, path: Path) -> KairosMap:
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
        types = {k: tuple(v) if isinstance(v, list) else (v,) for k, v in data["types"].items()}
        return cls(types, tuple(data["consequences"]), tuple(data["unmapped"]))

    @property
    def targets(self) -> frozenset[str]:
        """The dateline types some KAIROS type maps to: a record of any other type (REJECT,
        AGREE, SUPPORT, ...) names a kind of event the gold's ontology has no type for."""
        return frozenset(t for types in self.types.values() for t in types)

    def category(self, kairos: str) -> tuple[str, tuple[str, ...]]:
        """(``mapped`` with its accepted types | ``consequence`` | ``unmapped``, types)."""
        best, kind, accepted = -1, UNMAPPED, ()
        for prefixes, this in ((self.consequences, CONSEQUENCE), (self.unmapped, UNMAPPED)):
            for prefix in prefixes:
                if _under(kairos, prefix) and len(prefix) > best:
                    best, kind, accepted = len(prefix), this, ()
        for prefix, types in self.types.items():
            if _under(kairos, prefix) and len(prefix) > best:
                best, kind, accepted = len(prefix), MAPPED, types
        return kind, accepted


def _under(kairos: str, prefix: str) -> bool:
    return kairos == prefix or kairos.startswith(prefix + ".")


@dataclass(slots=True)
class GoldMention:
    """One gold event mention: KAIROS type, trigger characters, sentence, and arguments
    as (role, the argument's span, the spans of every mention of its entity)."""

    kairos: str
    trigger: Span
    sentence: int
    arguments: list[tuple[str, Span, list[Span]]] = field(default_factory=list)


@dataclass(slots=True)
class F1:
    """Matched and total counts on both sides."""

    pred_hit: int = 0
    pred: int = 0
    gold_hit: int = 0
    gold: int = 0

    def add(self, other: F1) -> None:
        self.pred_hit += other.pred_hit
        self.pred += other.pred
        self.gold_hit += other.gold_hit
        self.gold += other.gold

    @property
    def precision(self) -> float:
        return self.pred_hit / self.pred if self.pred else 0.0

    @property
    def recall(self) -> float:
        return self.gold_hit / self.gold if self.gold else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0


@dataclass(slots=True)
class Share:
    """A count out of a total."""

    hit: int = 0
    total: int = 0

    def add(self, other: Share) -> None:
        self.hit += other.hit
        self.total += other.total

    @property
    def value(self) -> float:
        return self.hit / self.total if self.total else 0.0


@dataclass(slots=True)
class DocScore:
    """Every count of one document; ``errors`` lists its mismatches for reading."""

    trigger_all: F1 = field(default_factory=F1)
    trigger: F1 = field(default_factory=F1)
    typed: F1 = field(default_factory=F1)
    records: Share = field(default_factory=Share)
    gold_repeated: Share = field(default_factory=Share)
    gold_in_spans: Share = field(default_factory=Share)
    pred_repeats: Share = field(default_factory=Share)
    pred_surplus: Share = field(default_factory=Share)
    arguments: dict[str, Share] = field(default_factory=dict)
    errors: list[str] = field(default_factory=list)

    def add(self, other: DocScore) -> None:
        names = ("trigger_all", "trigger", "typed", "gold_repeated", "gold_in_spans")
        for name in (*names, "pred_repeats", "records"):
            getattr(self, name).add(getattr(other, name))
        self.pred_surplus.add(other.pred_surplus)
        for role, share in other.arguments.items():
            self.arguments.setdefault(role, Share()).add(share)


def _sentence_of(offset: int, sentences: list[Span]) -> int | None:
    for index, (start, end) in enumerate(sentences):
        if start <= offset < end:
            return index
    return None


def score_document(
    text: str,
    sentences: list[Span],
    gold: list[GoldMention],
    events: list[Any],
    mapping: KairosMap,
) -> DocScore:
    """Trigger, type, duplicate and argument counts of one document's records."""
    score = DocScore()
    kinds = [mapping.category(g.kairos) for g in gold]
    events = sorted(events, key=lambda e: min(s[0] for s in spans_of(e)))
    record_anchors = [anchors(e, text) for e in events]
    # Which gold mentions each record's anchors overlap, and which anchors hit any gold.
    links: list[set[int]] = []
    for event, spans in zip(events, record_anchors, strict=True):
        hit = {i for i, g in enumerate(gold) for a in spans if overlaps(a, g.trigger)}
        links.append(hit)
        judged = event.type in mapping.targets
        if any(kinds[i][0] == MAPPED for i in hit) or (not hit and judged):
            score.records.total += 1
            score.records.hit += any(event.type in kinds[i][1] for i in hit)
        for anchor in spans:
            on = [i for i, g in enumerate(gold) if overlaps(anchor, g.trigger)]
            score.trigger_all.pred += 1
            score.trigger_all.pred_hit += bool(on)
            if on and all(kinds[i][0] != MAPPED for i in on):
                continue
            if not on and not judged:
                continue
            score.trigger.pred += 1
            score.trigger.pred_hit += bool(on)
            score.typed.pred += 1
            typed = any(event.type in kinds[i][1] for i in on)
            score.typed.pred_hit += typed
            if not typed:
                shown = ", ".join(gold[i].kairos for i in on) or "no gold event"
                score.errors.append(
                    f"  extra {event.type} {text[anchor[0] : anchor[1]]!r}: {shown}"
                )
    for i, g in enumerate(gold):
        found = [k for k, hit in enumerate(links) if i in hit]
        score.trigger_all.gold += 1
        score.trigger_all.gold_hit += bool(found)
        if kinds[i][0] != MAPPED:
            continue
        score.trigger.gold += 1
        score.trigger.gold_hit += bool(found)
        score.typed.gold += 1
        typed = [k for k in found if events[k].type in kinds[i][1]]
        score.typed.gold_hit += bool(typed)
        if found:
            score.gold_repeated.total += 1
            score.gold_repeated.hit += len(found) > 1
        covering = sum(any(overlaps(s, g.trigger) for s in spans_of(e)) for e in events)
        if covering:
            score.gold_in_spans.total += 1
            score.gold_in_spans.hit += covering > 1
        if not typed:
            got = ", ".join(events[k].type for k in found) or "nothing"
            word = text[g.trigger[0] : g.trigger[1]]
            score.errors.append(f"  missed {g.kairos} {word!r} (wants {kinds[i][1]}): {got}")
    _repeats(score, links, kinds)
    _surplus(score, events, gold, kinds, sentences)
    _arguments(score, text, events, links, gold, sentences)
    return score


def _repeats(score: DocScore, links: list[set[int]], kinds: list) -> None:
    """Records whose mapped gold mentions were all matched by an earlier record."""
    seen: set[int] = set()
    for hit in links:
        mapped = {i for i in hit if kinds[i][0] == MAPPED}
        score.pred_repeats.total += 1
        score.pred_repeats.hit += bool(mapped) and mapped <= seen
        seen |= mapped


def _surplus(score: DocScore, events: list, gold: list, kinds: list, sentences: list) -> None:
    """Records beyond the gold count of their type in a sentence that has gold of that type."""
    wanted: dict[tuple[int, str], int] = {}
    for g, (kind, types) in zip(gold, kinds, strict=True):
        for t in types if kind == MAPPED else ():
            wanted[g.sentence, t] = wanted.get((g.sentence, t), 0) + 1
    have: dict[tuple[int, str], int] = {}
    for event in events:
        for sentence in {_sentence_of(s[0], sentences) for s in spans_of(event)}:
            have[sentence, event.type] = have.get((sentence, event.type), 0) + 1
    score.pred_surplus.total = len(events)
    score.pred_surplus.hit = sum(max(0, n - wanted[k]) for k, n in have.items() if k in wanted)


def same_name(value: str, names: set[str]) -> bool:
    """Whether one of ``names`` stands as whole words in ``value``, or ``value`` in it
    (pronouns and one-letter names never match by text)."""
    named = [n for n in names if len(n) > 1 and n.casefold() not in PRONOUNS]
    return any(_within(name, value) or _within(value, name) for name in named)


def _within(part: str, whole: str) -> bool:
    return re.search(rf"(?<!\w){re.escape(part)}(?!\w)", whole, re.IGNORECASE) is not None


def _arguments(
    score: DocScore, text: str, events: list, links: list, gold: list, sentences: list
) -> None:
    """Attacker, victim and place recall on the attack family's gold mentions: the field's
    span on the argument's span, on any mention of its entity, or naming it by text."""
    for i, g in enumerate(gold):
        if not g.kairos.startswith(ATTACK_FAMILY):
            continue
        records = [events[k] for k, hit in enumerate(links) if i in hit]
        if not records and not g.kairos.startswith("Conflict.Attack"):
            records = [
                e
                for e in events
                if e.type == "ASSAULT"
                and any(_sentence_of(s[0], sentences) == g.sentence for s in spans_of(e))
            ]
        for role, span, entity_spans in g.arguments:
            name = ROLE_FIELDS.get(role)
            if name is None:
                continue
            mine = [(v.start, v.end) for e in records if (v := field_of(e, FIELD_OF[name]))]
            strict = score.arguments.setdefault(name, Share())
            strict.total += 1
            strict.hit += any(overlaps(s, span) for s in mine)
            loose = score.arguments.setdefault(f"{name}, any mention", Share())
            loose.total += 1
            loose.hit += any(overlaps(s, other) for s in mine for other in entity_spans)
            names = {text[a:b] for a, b in [span, *entity_spans]}
            by_text = score.arguments.setdefault(f"{name}, by text", Share())
            by_text.total += 1
            by_text.hit += any(same_name(text[a:b], names) for a, b in mine)
