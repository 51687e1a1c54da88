"""What a headline states of the story's lead shooting: its counts ("1 dead, 3 hurt in
shooting at ...", "Four shot, one killed at ...") and a death ("Teen dies after being shot").
The headline is not part of the parsed text, so it is read as words: a number, at most one
word for people, and a harm (``headline`` in the ``quantities`` data)."""

from __future__ import annotations

import re
from typing import Any

from dateline.events.harms import HARMS
from dateline.events.headline_list import fatal_after, listed, past_manner
from dateline.events.numbers import value_of
from dateline.models import Event

_WORD = re.compile(r"[^\W\d_]+|\d+|,")


def counts(title: str | None, table: dict[str, Any], single: bool = False) -> dict[str, float]:
    """The harms a headline counts, the first count of each ("2 dead, 3 wounded in ..."
    gives killed 2 and wounded 3; "Two men shot to death" killed 2; "1 person hurt"
    wounded 1; "Four Dunmore teens shot" shot 4; "Gunfire kills 1, wounds 12" killed 1
    and wounded 12; with ``single``, one person named is one, by an age ("17-year-old
    shot and killed": killed 1) or a noun ("Teen killed in ...": killed 1); the killer's
    own death told after the dead adds one: "4 shot to death, then gunman kills himself"
    killed 5); the people a list names, counted ("Toddler, teen hurt": wounded 2, before
    any count in the list, ``headline_list``); none for a headline that names several
    happenings ("8 injured in two shootings"), an age ("Girl, 17, killed") or a number
    that belongs to someone ("Father of 4 killed"); others shot are apart from the killed,
    all of them wounded ("1 killed, 6 others shot": wounded 6)."""
    rules = table.get("headline", {})
    words = _WORD.findall((title or "").casefold())
    if set(words) & set(rules.get("several", ())):
        return {}
    harms, nouns = rules.get("harms", {}), set(rules.get("people", ()))
    found: dict[str, float] = listed(words, table)
    done = rules.get("done", {})
    for i, word in enumerate(words):
        value = value_of(word)
        before = words[i - 1] if i else ""
        if value is None or before in (*rules.get("owners", ()), *rules.get("labels", ())):
            continue
        if _aged(words, i):
            continue
        verb = done.get(words[i - 1]) if i else None
        if verb == "shot" and i > 1 and words[i - 2] in table.get("fatal", ()):
            verb = "killed"  # "Gunman fatally shoots 3 musicians, self"
        told = _done(words, i, value, verb, table) if verb is not None else None
        if told is not None:
            found.setdefault(*told)
            continue
        named = i + 1
        if words[i + 1 : i + 3] == rules.get("age"):
            if not single or (i and words[i - 1] in rules.get("joins", ())):
                continue  # one of a list: "Teen and 12-year-old boy injured"
            value, named = 1.0, i + 3
        at = named + 1 if named + 1 < len(words) and words[named] in nouns else named
        if at == named and named + 2 < len(words) and words[named + 1] in nouns:
            at = named + 2 if words[named].isalpha() and words[named] not in harms else at
        key, at = _told(words, at, harms, table)
        if key is None or _listed(words, i, harms) or _worst(words, i, at, rules):
            continue
        if key == "shot" and fatal_after(words[at + 1 : at + 3], rules):
            key = "killed"
        if key == "killed" and _own_death(words[at + 1 :], rules):
            value += 1.0  # "7 slain by gunman who then killed himself": eight dead
        found.setdefault(key, value)
        if key == "shot" and at > named and words[named] in table.get("additional", ()):
            found.setdefault("wounded", value)  # "1 killed, 6 others shot": six hurt
    if single:
        for key, value in _one_named(words, table).items():
            found.setdefault(key, value)
    return found


def _one_named(words: list[str], table: dict[str, Any]) -> dict[str, float]:
    """What a headline tells befell one person it names by a noun, one each ("Teen killed
    in ...", "Boy, 14, fatally shot", "Man dies after ...", a condition: "Woman critical
    after ..." wounded): not a member of a list ("Toddler, teen hurt"), nor the doer of a
    harm done to someone ("Man shot officer")."""
    rules = table.get("headline", {})
    harms = {**rules.get("harms", {}), **rules.get("one_harms", {})}
    one, joins = set(table.get("one_person", ())), set(rules.get("joins", ()))
    selves = set(rules.get("reflexive", {}).get("objects", ()))
    objects = set(rules.get("objects", ()))
    found: dict[str, float] = {}
    for i, word in enumerate(words):
        if word not in one or set(words[max(0, i - 4) : i]) & joins:
            continue
        at = i + 4 if words[i + 1 : i + 4][::2] == [",", ","] and _aged(words, i + 2) else i + 1
        key, at = _told(words, at, harms, table)
        if key is None:
            continue
        after = words[at + 1 : at + 3]
        own = bool(after) and after[0] in selves
        if not own and after and (after[0] in one or after[0] in objects or _number(after)):
            continue  # "Man shot officer", "shot his wife", "shot 12-year-old"
        if key == "shot" and fatal_after(after, rules):
            key = "killed"
        found.setdefault(key, 1.0)
    return found


def _told(
    words: list[str], at: int, harms: dict[str, str], table: dict[str, Any]
) -> tuple[str | None, int]:
    """The harm the words from ``at`` tell past manner words (a fatal one makes it a
    killing: "fatally shot"), one done to oneself too ("accidentally shoots self"), and
    the index of its word; None where no harm follows."""
    rules = table.get("headline", {})
    start, at = at, past_manner(words, at, rules)
    if at >= len(words):
        return None, at
    reflexive = rules.get("reflexive", {})
    own = words[at + 1 : at + 2] and words[at + 1] in reflexive.get("objects", ())
    key = harms.get(words[at]) or (reflexive.get("verbs", {}).get(words[at]) if own else None)
    if key == "shot" and set(words[start:at]) & set(table.get("fatal", ())):
        key = "killed"
    return key, at


def _worst(words: list[str], i: int, at: int, rules: dict[str, Any]) -> bool:
    """Whether a count is of those hurt worst among people the headline counts shot before
    it ("Four shot, two critically injured")."""
    severe = set(words[i:at]) & set(rules.get("severity", ()))
    return bool(severe) and "shot" in words[:i]


def _number(words: list[str]) -> bool:
    """Whether the first of some words is a number."""
    return bool(words) and value_of(words[0]) is not None


def _own_death(words: list[str], rules: dict[str, Any]) -> bool:
    """Whether words after a count of the killed tell the killer's own death: "then
    killed himself", "then gunman kills himself", "then fatally shoots self"."""
    own = rules.get("own_death", {})
    before, reflexives = set(own.get("before", ())), set(own.get("reflexives", ()))
    shot, then = set(own.get("shot", ())), set(own.get("then", ()))
    for i, word in enumerate(words):
        if word not in reflexives or not i:
            continue
        if words[i - 1] in before:
            return True
        if words[i - 1] in shot and set(words[max(0, i - 3) : i - 1]) & then:
            return True
    return False


def _own_death_next(words: list[str], rules: dict[str, Any]) -> bool:
    """Whether the killer's own death follows one person killed, no one else listed
    between ("5-year-old son, then himself"; not "6-year-old boy, wife, himself")."""
    reflexives = set(rules.get("own_death", {}).get("reflexives", ()))
    at = next((n for n, w in enumerate(words) if w in reflexives), len(words))
    joins = [w for w in words[:at] if w in rules.get("joins", ())]
    return len(joins) <= 1 and _own_death(words[: at + 1], rules)


def _done(
    words: list[str], i: int, value: float, key: str, table: dict[str, Any]
) -> tuple[str, float] | None:
    """The harm (``key``, the verb's) and count a verb before a number gives ("Gunfire
    kills 1, wounds 12"; "killing 2, then himself": three dead; "fatally shoots 3": killed;
    "kills 4-year-old, then himself": two dead); none for an age ("shoots 16-year-old"),
    a thing ("shoots 3 times"), a count of its own harm ("man killed; three
    injured") nor the first count of a list ("killed 2 adults, 2 teens")."""
    listed = any(
        w in (",", "and") and j + 1 < len(words) and value_of(words[j + 1]) is not None
        for j, w in enumerate(words[i + 1 : i + 4], start=i + 1)
    )
    rules, things = table.get("headline", {}), set(table.get("not_people", ()))
    after = words[i + 1] if i + 1 < len(words) else ""
    aged = words[i + 1 : i + 3] == rules.get("age") or after in rules.get("aged", ())
    if not listed and aged and key == "killed" and _own_death_next(words[i + 1 :], rules):
        return key, 2.0  # "kills 5-year-old son, then himself": the one aged and the killer
    if listed or aged:
        return None
    if {after, after[:-1]} & things or _harmed(words, i + 1, rules):
        return None  # "shoots 3 times", "man killed; three injured"
    return key, value + (key == "killed" and _own_death(words[i + 1 :], rules))


def _harmed(words: list[str], at: int, rules: dict[str, Any]) -> bool:
    """Whether the words from ``at`` are a harm, or a people word and a harm: what a count
    before them counts ("three injured", "3 others wounded")."""
    harms, nouns = rules.get("harms", {}), set(rules.get("people", ()))
    told = words[at + 1 :] if words[at : at + 1] and words[at] in nouns else words[at:]
    return bool(told) and told[0] in harms


def _listed(words: list[str], i: int, harms: dict[str, str]) -> bool:
    """Whether a count follows another count of people in a list ("2 men, 3 women"), not
    of a harm ("1 dead, 3 hurt")."""
    before = words[max(0, i - 3) : i]
    if len(before) < 3 or before[2] != "," or before[1] in harms:
        return False
    return value_of(before[0]) is not None


def _aged(words: list[str], i: int) -> bool:
    """Whether a number is an age set off by commas ("Girl, 17, killed")."""
    return 0 < i < len(words) - 1 and words[i - 1] == "," and words[i + 1] == ","


def read(
    event: Event,
    title: str | None,
    table: dict[str, Any],
    tallied: frozenset[float] = frozenset(),
) -> None:
    """Give the story's lead shooting the counts its headline states (one person it names
    by an age or a noun, "16-year-old shot", "Teen shot", only where the story counts
    nobody: a headline names one victim of several so; not a count the story opens with as
    a tally, "6 wounded Sunday" over "Six people were wounded in shootings across the
    city"), and its one victim shot or wounded the death a headline tells (the victim died
    later, or the text leaves the death to the headline); the rest of those shot are the
    wounded."""
    if event.type in table.get("carriers", ()):
        _state(event, title, table, tallied)


def uncounted(events: list[Event], title: str | None, table: dict[str, Any]) -> None:
    """Give, in place, each lead (the events of the top salience, the headline's among
    them) of no shooting's type that counts nobody harmed, even from the happening it
    tells of, the counts its headline states ("Four injured in drive-by shooting, 2
    arrested" over a lead that is the arrest; "Teen found dead with gunshot wounds" over
    the investigation)."""
    top = max((e.salience for e in events), default=None)
    carriers = table.get("carriers", ())
    for lead in (e for e in events if e.salience == top):
        if lead.type not in carriers and not any(key in lead.quantities for key in HARMS):
            _state(lead, title, table, frozenset())


def _state(
    event: Event, title: str | None, table: dict[str, Any], tallied: frozenset[float]
) -> None:
    """Give an event the counts and the death its headline states (see ``read``)."""
    now = event.quantities
    stated = counts(title, table, single=not any(k in now for k in HARMS))
    stated = {k: v for k, v in stated.items() if v not in tallied}
    for key, value in stated.items():
        if now.get(key) != value:
            now[key] = value
            event.evidence.pop(f"quantities.{key}", None)
            event.why += f"; {key}: {value:g} as the headline states"
    if "shot" in stated and "wounded" not in stated:
        rest = stated["shot"] - now.get("killed", 0.0)
        event.evidence.pop("quantities.wounded", None)
        if rest > 0:
            now["wounded"] = rest
        else:
            now.pop("wounded", None)
    if "killed" not in stated:
        _death(event, title, table)


def _death(event: Event, title: str | None, table: dict[str, Any]) -> None:
    """The one person the lead counts as shot or wounded is its dead when the headline
    tells a death ("Teen dies after being shot" over "a 16-year-old was shot Friday"),
    unless it tells of people hurt too ("Man killed, woman hurt": the one the lead counts
    may be the woman)."""
    words = set(_WORD.findall((title or "").casefold()))
    rules = table.get("headline", {})
    told = words & set(rules.get("deaths", ()))
    hurt = {w for w, key in rules.get("harms", {}).items() if key == "wounded"}
    counts = event.quantities
    if not told or words & hurt or "killed" in counts:
        return
    key = "shot" if "shot" in counts else "wounded"
    if counts.get(key) != 1 or counts.get("wounded", 1) != 1:
        return
    counts.pop("wounded", None)
    counts["killed"] = 1.0
    wounded = event.evidence.pop("quantities.wounded", None)
    if "quantities.shot" in event.evidence or wounded is not None:
        event.evidence["quantities.killed"] = event.evidence.get("quantities.shot", wounded)
    event.why += f"; killed: the headline tells a death ('{sorted(told)[0]}')"
