"""Temporal expressions, normalised against the publication date to a value and a precision.

``normalise`` turns one expression into an ISO 8601 value (``2017-10-07``,
``2017-W40``, ``2017-07``, ``2017``) at a precision (day, week, month, year);
``TimeStage`` finds the expressions in an article, from a grammar of the forms
news uses plus spaCy's DATE entities, and keeps vague ones with no value.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from functools import cache
from importlib import resources

import yaml
from spacy.tokens import Doc, Token

from dateline.config import Settings
from dateline.models import Result, Time
from dateline.parses import named_entities

MONTHS = {
    "january": 1, "jan": 1, "february": 2, "feb": 2, "march": 3, "mar": 3, "april": 4,
    "apr": 4, "may": 5, "june": 6, "jun": 6, "july": 7, "jul": 7, "august": 8, "aug": 8,
    "september": 9, "sep": 9, "sept": 9, "october": 10, "oct": 10, "november": 11,
    "nov": 11, "december": 12, "dec": 12,
}  # fmt: skip
WEEKDAYS = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]
NUMBERS = {
    "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
    "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12,
}  # fmt: skip

_MONTH = (
    r"(?P<month>"
    + "|".join(
        m if len(m) > 4 or m in ("may", "june", "july") else m + r"\.?"
        for m in sorted(MONTHS, key=len, reverse=True)
    )
    + ")"
)
_DAY = r"(?P<day>[0-3]?\d)(?:st|nd|rd|th)?"
_YEAR = r"(?P<year>(?:1[89]|20)\d\d)"
_WEEKDAY = r"(?P<weekday>" + "|".join(WEEKDAYS) + r")"
_PART = r"(?:early|mid|late|the end of|the beginning of|the start of|the middle of)"
_NUM = r"(?P<num>\d{1,2}|" + "|".join(NUMBERS) + r")"
# Days told from a holiday: "the day after Thanksgiving", "two days before Christmas".
_SHIFT = (
    r"(?P<shift>(?:the\s+)?(?:day|night)|(?P<days>\d|"
    + "|".join(n for n in NUMBERS if len(n) > 2)
    + r")\s+days?)"
)
_TEMPORAL_PREPOSITIONS = {
    "in", "since", "until", "till", "by", "of", "from", "during", "before", "after",
    "through", "between", "and", "to", "early", "late", "mid", "last", "next", "this",
}  # fmt: skip


@cache
def _holidays() -> dict[str, tuple[int, ...]]:
    """Holiday names (lower case, straight apostrophes) and their dates (data/holidays.yaml):
    (month, day) for fixed ones, (month, weekday, nth) for floating ones."""
    text = resources.files("dateline").joinpath("data/holidays.yaml").read_text("utf-8")
    data = yaml.safe_load(text)
    return {name: tuple(v) for part in ("fixed", "floating") for name, v in data[part].items()}


@cache
def _seasons() -> dict[str, tuple[int, int]]:
    """Season names and their first and last month (data/seasons.yaml)."""
    text = resources.files("dateline").joinpath("data/seasons.yaml").read_text("utf-8")
    return {name: (months[0], months[1]) for name, months in yaml.safe_load(text).items()}


_SEASON = r"(?P<season>" + "|".join(sorted(_seasons(), key=len, reverse=True)) + r")"

_HOLIDAY = (
    r"(?P<holiday>"
    + "|".join(
        re.escape(name).replace("'", "['’]").replace(r"\ ", r"\s+")
        for name in sorted(_holidays(), key=len, reverse=True)
    )
    + r")"
)

# Each form: its name and its pattern, most specific first; the longest match wins.
FORMS: list[tuple[str, re.Pattern[str]]] = [
    (name, re.compile(pattern, re.IGNORECASE))
    for name, pattern in [
        ("iso", r"\b(?P<year>\d{4})-(?P<mnum>[01]\d)-(?P<day>[0-3]\d)\b"),
        ("day_month_year", rf"\b{_DAY}\s+(?:of\s+)?{_MONTH},?\s+{_YEAR}\b"),
        ("month_day_year", rf"\b{_MONTH}\s+{_DAY},?\s+{_YEAR}\b"),
        ("month_year", rf"\b(?:{_PART}[- ]+)?{_MONTH},?\s+(?:of\s+)?{_YEAR}\b"),
        ("day_month", rf"\b{_DAY}\s+(?:of\s+)?{_MONTH}(?!\w)"),
        ("month_day", rf"\b{_MONTH}\s+{_DAY}\b(?![\d,]\d)"),
        ("month", rf"\b(?:{_PART}[- ]+)?{_MONTH}(?!\w)(?!\.?\s+[0-3]?\d(?:st|nd|rd|th)?\b)"),
        (
            "weekday",
            rf"\b(?:(?P<rel>last|next|this|this past|this coming|past)\s+)?{_WEEKDAY}"
            r"(?:'s)?(?:\s+(?:morning|afternoon|evening|night))?\b",
        ),
        (
            "holiday",
            rf"\b(?:(?<!the\s){_SHIFT}[- ](?P<side>after|before)[- ](?:the\s+)?)?{_HOLIDAY}"
            r"(?:\s+(?:morning|afternoon|evening|night))?(?!\w)",
        ),
        (
            "season",
            r"\b(?:(?:earlier|later|early|late)\s+)?(?P<rel>last|this past|past|this)\s+"
            rf"{_SEASON}\b",
        ),
        ("season_year", rf"\b(?:the\s+)?{_SEASON}\s+(?:of\s+)?{_YEAR}\b"),
        ("day_before_yesterday", r"\bthe day before yesterday\b"),
        ("deictic", r"\b(?P<word>today|tonight|yesterday|tomorrow|last night)\b"),
        ("this_part", r"\bthis (?:morning|afternoon|evening)\b"),
        ("weekend", r"\b(?P<rel>this|last|next|the) weekend\b"),
        (
            "relative_unit",
            r"\b(?:(?:earlier|later|early|late|so far)\s+)?"
            r"(?P<rel>this|last|next|coming)\s+(?P<unit>week|month|year)\b",
        ),
        ("ago", rf"\b{_NUM}\s+(?P<unit>day|week|month|year)s?\s+(?:ago|earlier)\b"),
        ("year", rf"\b(?:{_PART}[- ]+)?{_YEAR}\b(?![,.]\d)"),
        ("decade", r"\b(?:the\s+)?(?:(?:early|mid|late)[- ])?(?:1[89]|20)\d0s\b"),
    ]
]

# Forms that are ordinary words or numbers unless context says they are dates.
_GUARDED = {"month", "day_month", "month_day", "year"}
# Forms whose month name starts at a word boundary and ends before a non-word character:
# a window without such a word holds none of them.
_MONTH_FORMS = {"day_month_year", "month_day_year", "month_year", "day_month", "month_day", "month"}
_MONTH_WORD = re.compile(rf"\b{_MONTH}(?!\w)", re.IGNORECASE)


# Words every form contains at least one of: the grammar runs only in windows around them.
_TRIGGER_WORDS = frozenset(
    [*MONTHS, *(m + "." for m in MONTHS), *WEEKDAYS, "today", "tonight", "yesterday",
     "tomorrow", "night", "morning", "afternoon", "evening", "weekend", "day", "days", "week",
     "weeks", "month", "months", "year", "years", "christmas", "eve", "thanksgiving",
     "halloween", *_seasons()]
)  # fmt: skip
_WORD = re.compile(r"[A-Za-z]+\.?|(?:1[89]|20)\d\d")
_MARGIN = 40
SOON_DAYS = 62
_MODEL = re.compile(r"\s+([A-Z][A-Za-z]+|[NSEW]\.)")
_BLOCK = re.compile(r"\s+blocks?\b", re.IGNORECASE)
LONG_AGO_DAYS = 300
HOLIDAY_SOON_DAYS = 7


def _windows(text: str) -> list[tuple[int, int]]:
    """Merged stretches of text around trigger words, where a temporal expression may be."""
    windows: list[tuple[int, int]] = []
    for match in _WORD.finditer(text):
        word = match.group()
        folded = word.lower()
        if not (
            word[0].isdigit() or folded in _TRIGGER_WORDS or folded.rstrip(".") in _TRIGGER_WORDS
        ):
            continue
        start, end = max(0, match.start() - _MARGIN), min(len(text), match.end() + _MARGIN)
        if windows and start <= windows[-1][1]:
            windows[-1] = (windows[-1][0], end)
        else:
            windows.append((start, end))
    return windows


@dataclass(frozen=True, slots=True)
class Normalised:
    """A normalised value and its precision; both None for a vague expression."""

    value: str | None
    precision: str | None


VAGUE = Normalised(None, None)


def anchor_date(published: str | None) -> date | None:
    """The publication date of an ISO 8601 string (date or date-time), or None."""
    if not published:
        return None
    try:
        return datetime.fromisoformat(published.replace("Z", "+00:00")).date()
    except ValueError:
        try:
            return date.fromisoformat(published[:10])
        except ValueError:
            return None


def _day(d: date) -> Normalised:
    return Normalised(d.isoformat(), "day")


def _week(d: date) -> Normalised:
    year, week, _ = d.isocalendar()
    return Normalised(f"{year}-W{week:02d}", "week")


def _month(year: int, month: int) -> Normalised:
    return Normalised(f"{year:04d}-{month:02d}", "month")


def _shift_month(year: int, month: int, by: int) -> tuple[int, int]:
    index = year * 12 + (month - 1) + by
    return index // 12, index % 12 + 1


def _year_of(anchor: date, month: int, day: int | None, future: bool) -> int:
    """The year of the last such month (and day) up to the anchor, or the next one in a
    future-tense clause; a day whose next one is close while the last is most of a year back
    is the next one (a story of 23 March naming "April 9" means the coming one)."""
    coming = anchor.year if (month, day or 31) >= (anchor.month, anchor.day) else anchor.year + 1
    if future:
        return coming
    last = anchor.year if (month, day or 1) <= (anchor.month, anchor.day) else anchor.year - 1
    if day is None:
        return last
    ahead = (_on(coming, month, day) - anchor).days
    back = (anchor - _on(last, month, day)).days
    return coming if ahead <= SOON_DAYS and back >= LONG_AGO_DAYS else last


def _on(year: int, month: int, day: int) -> date:
    """The day a month and day name in a year (28 February for 29 February in a common
    year)."""
    try:
        return date(year, month, day)
    except ValueError:
        return date(year, month, 28)


def _weekday(anchor: date, weekday: int, rel: str | None, future: bool) -> date:
    back = (anchor.weekday() - weekday) % 7
    if rel in ("next", "this coming") or (rel is None and future and back):
        return anchor + timedelta(days=(weekday - anchor.weekday()) % 7 or 7)
    if rel == "this":
        return anchor + timedelta(days=weekday - anchor.weekday())
    if rel in ("last", "past", "this past") and back == 0:
        return anchor - timedelta(days=7)
    return anchor - timedelta(days=back)


def _safe_day(year: int, month: int, day: int) -> Normalised | None:
    try:
        return _day(date(year, month, day))
    except ValueError:
        return None


def _from_match(form: str, g: dict[str, str | None], anchor: date | None, future: bool):
    month = MONTHS[g["month"].lower().rstrip(".")] if g.get("month") else None
    if form == "iso":
        return _safe_day(int(g["year"]), int(g["mnum"]), int(g["day"]))
    if form in ("day_month_year", "month_day_year"):
        return _safe_day(int(g["year"]), month, int(g["day"]))
    if form == "month_year":
        return _month(int(g["year"]), month)
    if form == "year":
        return Normalised(g["year"], "year")
    if form == "decade":
        return VAGUE
    if form == "season_year":
        return Normalised(g["year"], "year")
    if anchor is None:
        return VAGUE
    if form in ("day_month", "month_day"):
        day = int(g["day"])
        return _safe_day(_year_of(anchor, month, day, future), month, day)
    if form == "month":
        return _month(_year_of(anchor, month, None, future), month)
    if form == "weekday":
        rel = g["rel"].lower() if g.get("rel") else None
        return _day(_weekday(anchor, WEEKDAYS.index(g["weekday"].lower()), rel, future))
    if form == "holiday":
        day = _holiday(anchor, g["holiday"], future)
        if g.get("shift"):
            step = _count(g["days"].lower() if g.get("days") else "one")
            return _day(day + timedelta(days=step if g["side"].lower() == "after" else -step))
        return _day(day)
    if form == "season":
        return Normalised(str(_season_year(anchor, g["season"].lower(), g["rel"].lower())), "year")
    if form == "day_before_yesterday":
        return _day(anchor - timedelta(days=2))
    if form == "deictic":
        offset = {"today": 0, "tonight": 0, "yesterday": -1, "tomorrow": 1, "last night": -1}
        return _day(anchor + timedelta(days=offset[g["word"].lower()]))
    if form == "this_part":
        return _day(anchor)
    if form == "weekend":
        rel = g["rel"].lower()
        saturday = _weekday(anchor, 5, rel if rel in ("next", "last") else None, future)
        return _week(saturday)
    if form == "relative_unit":
        step = {"this": 0, "last": -1, "next": 1, "coming": 1}[g["rel"].lower()]
        return _relative(anchor, g["unit"].lower(), step)
    if form == "ago":
        return _relative(anchor, g["unit"].lower(), -_count(g["num"].lower()))
    return VAGUE


def _count(word: str) -> int:
    """A small count written in digits or as a word ("3", "three")."""
    return NUMBERS[word] if word in NUMBERS else int(word)


def _season_year(anchor: date, season: str, rel: str) -> int:
    """The year a season ends in: "last summer" (also "past", "this past") the latest one
    ended before the anchor's month, "this summer" the one nearest the anchor."""
    first, last = _seasons()[season]
    now = anchor.year * 12 + anchor.month - 1

    def ends(year: int) -> int:
        return year * 12 + last - 1

    def middle(year: int) -> float:
        begins = (year - (first > last)) * 12 + first - 1
        return (begins + ends(year)) / 2

    years = (anchor.year - 1, anchor.year, anchor.year + 1)
    if rel == "this":
        return min(years, key=lambda y: abs(middle(y) - now))
    return max(y for y in years if ends(y) < now)


def _holiday_in(year: int, rule: tuple[int, ...]) -> date:
    """A holiday's date in a year."""
    if len(rule) == 2:
        return date(year, rule[0], rule[1])
    month, weekday, nth = rule
    if nth > 0:
        first = date(year, month, 1)
        return first + timedelta(days=(weekday - first.weekday()) % 7 + 7 * (nth - 1))
    last = date(year + month // 12, month % 12 + 1, 1) - timedelta(days=1)
    return last - timedelta(days=(last.weekday() - weekday) % 7)


def _holiday(anchor: date, name: str, future: bool) -> date:
    """The last such holiday up to the anchor, or the next one in a future-tense clause or
    when it is only days away (a "Halloween party" told on 30 October is this year's)."""
    rule = _holidays()[re.sub(r"\s+", " ", name.lower().replace("’", "'"))]
    this_year = _holiday_in(anchor.year, rule)
    if future:
        return this_year if this_year >= anchor else _holiday_in(anchor.year + 1, rule)
    if this_year <= anchor or (this_year - anchor).days <= HOLIDAY_SOON_DAYS:
        return this_year
    return _holiday_in(anchor.year - 1, rule)


def _relative(anchor: date, unit: str, step: int) -> Normalised:
    if unit == "day":
        return _day(anchor + timedelta(days=step))
    if unit == "week":
        return _week(anchor + timedelta(weeks=step))
    if unit == "month":
        return _month(*_shift_month(anchor.year, anchor.month, step))
    return Normalised(str(anchor.year + step), "year")


def _match(expression: str) -> tuple[str, re.Match[str]] | None:
    """The form that covers the whole expression, if any."""
    for form, pattern in FORMS:
        found = pattern.fullmatch(expression.strip())
        if found:
            return form, found
    return None


def normalise(expression: str, published: str | date | None, future: bool = False) -> Normalised:
    """Normalise one temporal expression against the publication date.

    ``future`` says the expression sits in a future-tense clause, so a bare
    weekday means the coming one rather than the last.
    """
    anchor = published if isinstance(published, date) else anchor_date(published)
    found = _match(re.sub(r"^(?:on|in|since|during|by)\s+", "", expression.strip(), flags=re.I))
    if found is None:
        return VAGUE
    form, match = found
    return _from_match(form, match.groupdict(), anchor, future) or VAGUE


def _preceding_word(text: str, start: int) -> str:
    before = re.search(r"([A-Za-z]+)[\s-]*$", text[max(0, start - 20) : start])
    return before.group(1).lower() if before else ""


_FUTURE_MODALS = ("will", "'ll", "shall")
# A time that modifies a noun this way dates what the noun names ("Tuesday's shooting"),
# whatever the tense of the verb the noun hangs from.
_NOUN_DATING = ("poss", "compound", "nmod")


def _is_future(doc: Doc, start: int, end: int) -> bool:
    """Whether the time at these characters sits in a future-tense clause: the first verb
    it hangs from, or the verb that verb is joined to or completes, takes "will"."""
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None:
        return False
    token = span.root
    while token.head.i != token.i:
        head = token.head
        if head.pos_ in ("VERB", "AUX"):
            return _takes_future_modal(head)
        if head.pos_ in ("NOUN", "PROPN") and token.dep_ in _NOUN_DATING:
            return False
        token = head
    return False


def _takes_future_modal(verb: Token) -> bool:
    """Whether the verb, or the verb it is joined to or completes, takes "will"."""
    while True:
        if any(
            c.dep_ == "aux" and c.tag_ == "MD" and c.lower_ in _FUTURE_MODALS for c in verb.children
        ):
            return True
        if verb.dep_ not in ("conj", "xcomp") or verb.head.i == verb.i:
            return False
        verb = verb.head


class TimeStage:
    """Finds and normalises every temporal expression in an article."""

    layer = "times"

    def __init__(self, settings: Settings) -> None:
        self.settings = settings

    def __call__(self, result: Result, doc: Doc) -> list[Time]:
        text = result.article.text
        anchor = anchor_date(result.article.published)
        date_ents = [(e.start_char, e.end_char) for e in named_entities(doc) if e.label_ == "DATE"]

        def in_date_entity(start: int, end: int) -> bool:
            return any(s <= start and end <= e for s, e in date_ents)

        # Entities the grammar covers but rejected in context (a person called May) are not
        # dates; those it does not cover are kept as vague expressions without a value.
        candidates: list[tuple[int, int, str, re.Match[str]]] = []
        for window_start, window_end in _windows(text):
            month = _MONTH_WORD.search(text, window_start, window_end) is not None
            for form, pattern in FORMS:
                if not month and form in _MONTH_FORMS:
                    continue
                for match in pattern.finditer(text, window_start, window_end):
                    candidates.append((*match.span(), form, match))
        seen: set[tuple[int, int, str]] = set()
        kept = []
        for start, end, form, match in candidates:
            if (start, end, form) in seen:
                continue
            seen.add((start, end, form))
            if form in _GUARDED and not self._date_context(text, match, in_date_entity):
                continue
            if form == "holiday" and not self._holiday_context(text, match):
                continue
            if match.groupdict().get("weekday") and not match.group("weekday")[0].isupper():
                continue
            kept.append((start, end, form, match))
        chosen: list[tuple[int, int, str, re.Match[str]]] = []
        for cand in sorted(kept, key=lambda c: (c[0] - c[1], c[0])):
            if all(cand[1] <= c[0] or cand[0] >= c[1] for c in chosen):
                chosen.append(cand)
        times = []
        for start, end, form, match in chosen:
            value = (
                _from_match(form, match.groupdict(), anchor, _is_future(doc, start, end)) or VAGUE
            )
            times.append(Time(text[start:end], start, end, value.value, value.precision))
        for start, end in date_ents:
            if _match(text[start:end]):
                continue
            if all(end <= t.start or start >= t.end for t in times):
                times.append(Time(text[start:end], start, end, None, None))
        return sorted(times, key=lambda t: t.start)

    @staticmethod
    def _holiday_context(text: str, match: re.Match[str]) -> bool:
        """A bare "Christmas" dates something only after a temporal preposition ("on
        Christmas", not "a Christmas market")."""
        if match.group(0).lower() != "christmas":
            return True
        return _preceding_word(text, match.start()) in _TEMPORAL_PREPOSITIONS | {"at", "over", "on"}

    @staticmethod
    def _date_context(text: str, match: re.Match[str], in_date_entity) -> bool:
        """Month names and bare numbers count only where the context makes them dates; a
        year before a name is a model's ("a silver 2007 Mitsubishi"), and a number before
        "block" or a street's compass point an address ("in the 2000 block of Main Street",
        "Club Maxey's (1816 N. Water)")."""
        month = match.groupdict().get("month")
        if month and not month[0].isupper():
            return False
        start, end = match.span()
        before = _preceding_word(text, start)
        if month and month.lower() == "may" and match.group(0) == month:
            return before in _TEMPORAL_PREPOSITIONS - {"and", "to", "between"}
        if not month and _BLOCK.match(text, end):
            return False
        if before in _TEMPORAL_PREPOSITIONS:
            return True
        name = _MODEL.match(text, end)
        if not month and name and name.group(1).lower().rstrip(".") not in MONTHS:
            return False
        return in_date_entity(start, end)
