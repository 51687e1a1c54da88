"""What reports no happening: sentences of page furniture and questions (``data/noise.yaml``),
and coded mentions and records the text does not report as having happened."""

from __future__ import annotations

import re
from functools import lru_cache
from importlib import resources

import yaml

from dateline.events.merge import Coded
from dateline.models import Actor, Event
from dateline.nlp import is_caption

UNSURE = 0.3


@lru_cache(maxsize=1)
def _noise_file() -> dict:
    """``data/noise.yaml``, read once."""
    text = resources.files("dateline.events").joinpath("data/noise.yaml").read_text("utf-8")
    return yaml.safe_load(text)


@lru_cache(maxsize=1)
def _noise() -> tuple[
    re.Pattern[str], re.Pattern[str], tuple[re.Pattern[str], ...], tuple[str, ...]
]:
    """The furniture phrases (case-blind, and lower-cased for ASCII text), the furniture
    shapes one pattern each (an anchored one is tried only where it may start, not at
    every offset as in one alternation) and the marks that end a question."""
    data = _noise_file()
    words = "|".join(re.escape(p) for p in data["furniture"])
    lowered = "|".join(re.escape(p.lower()) for p in data["furniture"])
    return (
        re.compile(rf"\b(?:{words})\b", re.IGNORECASE),
        re.compile(rf"\b(?:{lowered})\b"),
        tuple(re.compile(p) for p in data["furniture_shapes"]),
        tuple(data["question_marks"]),
    )


def _furniture(sentence: str) -> str | None:
    """The first page-furniture phrase in a sentence. ASCII text is searched lower-cased,
    several times faster than case-blind matching and the same match (other text may hold
    letters that fold to ASCII ones, such as the Kelvin sign, and is matched case-blind)."""
    blind, lowered, _, _ = _noise()
    if sentence.isascii():
        hit = lowered.search(sentence.lower())
        return None if hit is None else sentence[hit.start() : hit.end()]
    hit = blind.search(sentence)
    return None if hit is None else hit.group(0)


def as_told(text: str, start: int, end: int) -> str:
    """A sentence of ``text`` as its line tells it: from the line's start when the parser
    split an opening of at most ``split_opening`` characters off it (a video list's time
    stamp and label, "1:15 Raw video: Gunman kills clerk ..."), else the sentence."""
    line = text.rfind("\n", 0, start) + 1
    return text[line if start - line <= _split_opening() else start : end]


def _split_opening() -> int:
    return int(_noise_file()["split_opening"])


def heads_a_list(segment: str) -> bool:
    """Whether a segment opens its line with a furniture label and a colon ("RELATED
    ARTICLES: Mother grieves ... | Judge sets bond ..."): the rest of the line is a list of
    links to other stories, however it is cut into sentences."""
    hit = _furniture(segment)
    opening = segment.lstrip()
    if hit is None or opening[: len(hit)].casefold() != hit.casefold():
        return False
    return opening[len(hit) :].lstrip().startswith(":")


def reports_nothing(sentence: str) -> str | None:
    """Why a sentence can hold no event ("page furniture 'click here'", "a question"),
    or None when it may."""
    _, _, shapes, marks = _noise()
    hit = _furniture(sentence)
    if hit is not None:
        return f"page furniture '{hit}'"
    stripped = sentence.strip()
    if any(shape.search(stripped) for shape in shapes):
        return "page furniture (its shape)"
    if is_caption(stripped):
        return "a photo caption"
    if sentence.rstrip().endswith(marks):
        return "a question"
    return None


def told(item: Coded, refusals: frozenset[int], quad: int | None) -> bool:
    """Whether a mention reports something that happened, happens or is to happen: not a
    supposition ("could attack"), not a negation standing alone ("did not shell"), except
    where PLOVER reads it as a refusal (``refusals``: the quads whose negated acts are
    REJECT, "will not end the strike") or it is what one party denies another did (the
    content of the denial)."""
    event = item.event
    if event.status == "hypothetical":
        return False
    return event.status != "negated" or item.embedded or quad in refusals


def stands(
    event: Event, mentions: list[Coded], thin: frozenset[str], actor_nouns: frozenset[str]
) -> bool:
    """Whether a record is worth keeping: the coder is not unsure of it (or it counts
    people), it is told as more than a noun's modifier ("the besieged city", "a stolen
    gun") or a speaker's words (``Coded.rhetoric``), and one of a type that news words
    so often name without a happening ("support", "help", "deal", "meet") has more than
    one mention, an actor (one the actors layer knows, or a phrase headed by an actor
    noun, "the governor") or a recipient the actors layer knows ("Brown is to be
    released")."""
    if event.confidence < UNSURE and not event.quantities:
        return False
    if all(item.modifier or item.rhetoric for item in mentions):
        return False
    if event.type not in thin or len(mentions) > 1:
        return True
    recipient = event.recipient
    named = recipient is not None and bool(recipient.actor_id or recipient.name)
    return named or _known(event.actor, actor_nouns)


def _known(actor: Actor | None, actor_nouns: frozenset[str]) -> bool:
    """A participant the actors layer knows, or a phrase headed by an actor noun."""
    if actor is None:
        return False
    words = actor.text.casefold().split()
    head = words[-1].rstrip("s") if words else ""
    return bool(actor.actor_id or actor.name) or any(head.endswith(n) for n in actor_nouns)
