"""How well two reports can describe one happening: a score from 0 to 1, or None when
they cannot (another kind of event, another time, another place, the same article)."""

from __future__ import annotations

from datetime import date
from functools import lru_cache

from dateline.geo.coherence import km as great_circle_km
from dateline.incidents.config import Rules, rules
from dateline.incidents.reports import Report, words


def km(a: Report, b: Report) -> float | None:
    """Great-circle distance between the two places, None when either has none."""
    if None in (a.lat, a.lon, b.lat, b.lon):
        return None
    return great_circle_km(a.lat, a.lon, b.lat, b.lon)


def gap_days(a: Report, b: Report) -> int | None:
    """Days between the two date intervals (0 when they overlap), None when undated."""
    if a.first is None or b.first is None:
        return None
    return max(0, (a.first - b.last).days, (b.first - a.last).days)


def _spans(report: Report) -> list[tuple[date, date]]:
    """A report's interval, and the week before publication when its date is only the
    publication's week (``Report.before``)."""
    return [(report.first, report.last), *([report.before] if report.before else [])]


def _near_days(a: Report, b: Report) -> int:
    """Days between the two dated reports, a report dated only by its publication week
    taken as the week before publication where that is nearer (a Monday's story of
    Saturday's shooting)."""
    return min(max(0, (x[0] - y[1]).days, (y[0] - x[1]).days) for x in _spans(a) for y in _spans(b))


def looked_back(a: Report, b: Report) -> bool:
    """Whether the two may be one happening told weeks apart because the text tells no
    date of either (``Report.since``, set only for a placed report): both placed, the
    other's days within its look-back."""
    if a.since is None and b.since is None:
        return False
    if a.coarse or b.coarse or None in (a.country, b.country, a.lat, b.lat):
        return False
    return max(a.earliest, b.earliest) <= min(a.last, b.last)


def _time(a: Report, b: Report, table: Rules) -> float | None:
    gap = gap_days(a, b)
    if gap is None:
        return table.unknown
    exact = a.precision == b.precision == "day"
    if gap > table.window_days or (exact and gap > table.day_gap):
        return None
    gap = _near_days(a, b)
    if gap == 0:
        return 1.0 if exact else 0.7
    return table.time_next if gap == 1 else table.time_far


def _toll(a: Report, b: Report, table: Rules) -> bool:
    """Whether both reports tell one toll of at least ``toll.killed`` dead, or one toll of
    dead and wounded (both told) of at least ``toll.hurt`` people in all."""
    killed, hurt = a.own.get("killed"), a.own.get("wounded")
    if killed is None or killed != b.own.get("killed"):
        return False
    if killed >= table.toll_killed:
        return True
    return hurt is not None and hurt == b.own.get("wounded") and killed + hurt >= table.toll_hurt


def _when(a: Report, b: Report, table: Rules, place: float | None) -> float | None:
    """The time part; a pair dated too far apart scores ``toll.time`` instead of being
    ruled out when both tell one toll of several dead or hurt (``_toll``) at places that
    may be one (both placed, within ``far_km``) within ``toll.days``: a mass shooting's
    reports, one of them misdated. (Both placed: the store searches such pairs within
    ``far_km`` whatever their days in the window, ``store.nearby``.)"""
    time = _time(a, b, table)
    distance = km(a, b)
    pinned = distance is not None and distance <= table.far_km and not (a.coarse or b.coarse)
    if time is not None or place is None or not pinned or not _toll(a, b, table):
        return time
    gap = gap_days(a, b)
    return table.toll_time if gap is not None and gap <= table.toll_days else None


def tolled(a: Report, b: Report) -> bool:
    """Whether only a toll both tell (``_when``) keeps the pair's dates from ruling it out:
    one of the two is misdated, so their clusters join whatever pairs across them their
    dates alone rule out (``cluster``)."""
    table = rules()
    if _time(a, b, table) is not None:
        return False
    return _when(a, b, table, _place(a, b, table)) is not None


def dated_apart(a: Report, b: Report) -> bool:
    """Whether only their dates rule the pair out (``veto`` is "time", the places may be
    one)."""
    return veto(a, b) == "time" and _place(a, b, rules()) is not None


def _place(a: Report, b: Report, table: Rules) -> float | None:
    if a.country and b.country and a.country != b.country:
        return None
    if a.coarse or b.coarse:
        if a.admin1 and b.admin1 and a.admin1 != b.admin1:
            return None
        return table.unknown
    distance = km(a, b)
    if distance is None:
        return table.unknown
    if distance > table.far_km:
        if not named_far(a, b):
            return None
        return 1.0 if a.admin1 and a.admin1 == b.admin1 else table.unknown
    if distance <= table.near_km or _names_place(a, b) or _names_place(b, a):
        return 1.0
    return 1.0 - (distance - table.near_km) / (table.far_km - table.near_km)


def named_far(a: Report, b: Report) -> bool:
    """Whether either report, a salient one, names the other's place in its words, for two
    places beyond ``far_km`` ("Suspect in Rochester shooting arrested", placed at the
    arrest's airport): the place part is then full within one first-level area, else
    unknown, not a veto (``_place``). The store finds such pairs by its tables of the
    salient events' words and the place names' words (``store.named``), a re-fusion by
    its indexes of them (``incidents.sweep``)."""
    return _heads(a, b) or _heads(b, a)


def _heads(a: Report, b: Report) -> bool:
    named = place_words(a)
    return bool(named) and named <= b.heading


def _names_place(a: Report, b: Report) -> bool:
    """Whether ``b``'s words name ``a``'s place ("in New Haven" told by a report placed a
    few miles off, on a street the gazetteer put in the next town): two places within
    reach that one report names as the other's are one place, their distance an error."""
    named = place_words(a)
    return bool(named) and named <= b.words


def place_words(report: Report) -> frozenset[str]:
    """The telling words of a report's place name (none when it has no place)."""
    return name_words(report.place.name) if report.place is not None else frozenset()


@lru_cache(maxsize=65536)
def name_words(name: str | None) -> frozenset[str]:
    """The telling words of a place name, as ``Report.words`` reads a text."""
    return words(name or "", rules())


def _words(a: Report, b: Report) -> float:
    """The share of the shorter text's words the other also has (a headline and a long
    lead sentence of one shooting share its few telling words)."""
    if not a.words or not b.words:
        return 0.0
    return len(a.words & b.words) / min(len(a.words), len(b.words))


def _participants(a: Report, b: Report, table: Rules) -> float:
    parts = [1.0 if x == y else 0.0 for x, y in zip(a.who, b.who, strict=True) if x and y]
    return sum(parts) / len(parts) if parts else table.unknown


def _counts(a: Report, b: Report, table: Rules) -> float:
    """How far the counts both reports tell agree; a count one only borrowed from another
    happening of its article (``Report.borrowed``) is not compared, nor one of
    ``uncompared`` (the people shot, whatever became of them)."""
    mine, theirs = a.own, b.own
    shared = [k for k in mine if k in theirs and k not in table.uncompared]
    if not shared:
        return table.unknown
    same = sum(mine[k] == theirs[k] for k in shared)
    return 0.5 + 0.5 * same / len(shared)


def score(a: Report, b: Report) -> float | None:
    """The pair's compatibility (weighted parts, ``data/fusion.yaml``; ``shared_age`` more,
    at most 1, when both are dated within a day and tell one age), None if impossible (a
    pair dated too far apart but within an undated report's look-back, ``looked_back``,
    is possible only when it reaches the link)."""
    return None if a.key[0] == b.key[0] else _score(a, b)


def twins(a: Report, b: Report) -> bool:
    """Whether two events of one article could be one happening told twice (the events
    stage left two records): of one family, at compatible times and places."""
    return a.key[0] == b.key[0] and a.key != b.key and _score(a, b) is not None


def _score(a: Report, b: Report) -> float | None:
    table = rules()
    if a.family != b.family or not (a.fusable and b.fusable):
        return None
    place = _place(a, b, table)
    time = _when(a, b, table, place)
    back = time is None and looked_back(a, b)
    if (time is None and not back) or place is None:
        return None
    parts = {
        "time": table.unknown if back else time,
        "place": place,
        "words": _words(a, b),
        "participants": _participants(a, b, table),
        "counts": _counts(a, b, table),
    }
    total = sum(table.weights[name] * value for name, value in parts.items())
    if parts["time"] >= table.time_next and not a.ages.isdisjoint(b.ages):
        total = min(1.0, total + table.shared_age)
    return None if back and total < table.link else total


def veto(a: Report, b: Report) -> str | None:
    """What rules the pair out as one happening ("article", "family", "time" or "place"),
    None when nothing does."""
    table = rules()
    if a.key[0] == b.key[0]:
        return "article"
    if a.family != b.family or not (a.fusable and b.fusable):
        return "family"
    place = _place(a, b, table)
    if _when(a, b, table, place) is None and (not looked_back(a, b) or _score(a, b) is None):
        return "time"
    return "place" if place is None else None


def unplaced_days() -> int:
    """The most days apart two reports can be and still reach the link threshold when
    either has no usable place (the place scores ``unknown``, every other part but time
    at its best, an age shared where it counts); 0 when even the same day cannot."""
    table = rules()
    weights = table.weights
    rest = sum(w for name, w in weights.items() if name not in ("time", "place"))
    best = rest + weights["place"] * table.unknown
    days = -1
    for gap, time in enumerate((1.0, table.time_next, *[table.time_far] * table.window_days)):
        if gap > table.window_days:
            break
        age = table.shared_age if time >= table.time_next else 0.0
        if min(1.0, best + weights["time"] * time + age) >= table.link:
            days = gap
    return max(days, 0)


def unplaced_needs_words() -> bool:
    """Whether two reports whose place is unknown (either unplaced or coarse) can reach
    the link threshold only by sharing a word: every other part at its best, the place
    at ``unknown``, falls short (the store then searches such pairs by their words; an
    age both tell, ``shared_age``, is a word both share)."""
    table = rules()
    weights = table.weights
    best = sum(w for name, w in weights.items() if name not in ("place", "words"))
    return best + weights["place"] * table.unknown < table.link
