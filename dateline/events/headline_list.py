"""The people a headline lists before a harm, counted ("Toddler, teen hurt in shooting":
wounded 2; "Woman, 2 children found dead": killed 3; "2 girls, 2 men shot": shot 4). The
headline is read as words (``headline.py``); the nouns are ``list_people`` in the
``headline`` part of the ``quantities`` data."""

from __future__ import annotations

from typing import Any

from dateline.events.numbers import value_of

MODIFIERS = 2
"""Words at most before a member's noun ("teen girls", "Highlands Ranch mom")."""


def listed(words: list[str], table: dict[str, Any]) -> dict[str, float]:
    """The harm and count of the first list of two or more people a harm follows; none
    for a list that is what someone did ("Man kills wife, son"), one with a plural left
    uncounted ("Parents, 2 children dead") or one no harm follows."""
    rules = table.get("headline", {})
    done = rules.get("done", {})
    for start in range(len(words)):
        if start and words[start - 1] in done:
            continue
        found = _list_at(words, start, table)
        if found is not None:
            return found
    return {}


def _list_at(words: list[str], at: int, table: dict[str, Any]) -> dict[str, float] | None:
    """The harm and count of a list that starts at ``at`` and a harm ends, else None."""
    rules = table.get("headline", {})
    joins = set(rules.get("joins", ()))
    total, members = 0.0, 0
    while True:
        member = _member(words, at, table)
        if member is None:
            return None
        value, at = member
        total, members = total + value, members + 1
        if at < len(words) and words[at] in joins:
            at += 1 + (words[at] == "," and words[at + 1 : at + 2] == ["and"])
            continue
        break
    key = _harm(words, at, table)
    return {key: total} if members > 1 and key is not None else None


def _member(words: list[str], at: int, table: dict[str, Any]) -> tuple[float, int] | None:
    """One member's count and the index after it: a number and a plural noun ("2
    children"), a singular noun ("teen", "infant son") or an age ("10-year-old", "5-year-old
    girl"), with at most ``MODIFIERS`` words before the noun."""
    rules = table.get("headline", {})
    nouns = rules.get("list_people", {})
    one, many = set(nouns.get("one", ())), set(nouns.get("many", ()))
    value = value_of(words[at]) if at < len(words) else None
    aged = value is not None and words[at + 1 : at + 3] == rules.get("age")
    if aged:
        value, at = 1.0, at + 3
    elif value is not None:
        at += 1
    closed = _closed(rules)
    for end in range(at, min(at + MODIFIERS + 1, len(words))):
        word = words[end]
        if not word.isalpha() or word in closed:
            break
        if word not in one | many or words[end + 1 : end + 2] and words[end + 1] in one | many:
            continue  # a modifier, or a noun before the member's noun ("teen boy")
        if word in one:
            return (1.0, end + 1) if value in (None, 1.0) else None
        return (value, end + 1) if value is not None and value > 1 and not aged else None
    return (1.0, at) if aged else None


def _closed(rules: dict[str, Any]) -> set[str]:
    """Words no member's modifier is: harms, verbs of harm, joins, manner words."""
    return {
        *rules.get("harms", {}),
        *rules.get("one_harms", {}),
        *rules.get("done", {}),
        *rules.get("joins", ()),
        *rules.get("manner", ()),
    }


def _harm(words: list[str], at: int, table: dict[str, Any]) -> str | None:
    """The harm the words from ``at`` tell, past manner words and "found" ("found shot to
    death", "fatally shot": killed)."""
    rules = table.get("headline", {})
    first, at = at, past_manner(words, at, rules)
    harms = {**rules.get("harms", {}), **rules.get("one_harms", {})}
    if at >= len(words) or words[at] not in harms:
        return None
    key = harms[words[at]]
    fatal = fatal_after(words[at + 1 : at + 3], rules)
    if key == "shot" and (fatal or set(words[first:at]) & set(table.get("fatal", ()))):
        return "killed"
    return key


def past_manner(words: list[str], at: int, rules: dict[str, Any]) -> int:
    """The index of the first word from ``at`` that is no manner word ("fatally", "found")
    of the headline ``rules``."""
    manner = set(rules.get("manner", ()))
    while at < len(words) and words[at] in manner:
        at += 1
    return at


def fatal_after(words: list[str], rules: dict[str, Any]) -> bool:
    """Whether words after "shot" make it fatal ("shot to death", "shot and killed")."""
    after = " ".join(words) + " "
    return any(after.startswith(f"{f} ") for f in rules.get("fatal", ()))
