"""Where and when: the place and date an event is tied to, by syntax or nearest context."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable
from datetime import date, timedelta
from functools import cache
from importlib import resources
from typing import Any, NamedTuple

import yaml
from spacy.tokens import Doc, Span, Token

from dateline.events.salience import most_salient
from dateline.geo.coherence import COUNTY_KM, km
from dateline.models import Actor, Event, Place, Result, Time
from dateline.parses import sentence_of, sentence_text
from dateline.timex import NUMBERS, anchor_date

CONTEXT_SENTENCES = 2
MODIFIERS = ("amod", "compound", "poss", "nmod")
HYPHENATED = (*MODIFIERS, "npadvmod")
AREAS = ("PCL", "ADM1", "ADM2", "RGN", "CONT")
STORY_AREAS = ("ADM2", "ADM1")
"""The areas a story that names no town is placed in, the finest first."""
DATELINE_REACH = 40
DATELINE_TOKENS = 8
DATELINE_MARKS = ("—", "–", "-", "--", "(")
ORIGIN_VERBS = ("visit", "hail", "come", "travel", "arrive", "emigrate", "immigrate")
ORIGIN_NOUNS = ("native", "citizen", "national")
IN_CLAUSE = "place in the trigger's clause"
FILED_OVER_HOME = "the dateline's place (the sentence's places only say who someone is)"
POSTED = re.compile(r"\(@\w+\)\s*$")
POSTED_REACH = 40
STORY_DAYS = 6
PAST_AUXILIARIES = ("was", "were", "had")
OPENING_CHARS = 1500
NOUN_GAP = 3
STAMP_TOKENS = 16
STAMP_FILLER = re.compile(r"(?:at|on|[ap]\.?m\.?|[A-Z][A-Za-z]*\.?,?|\d[\d:,./]*|[-–—(),:])")
MODIFYING = ("ADJ", "NOUN", "PROPN")
DAY_REACH = 40
LINE_MARKS = " \t|:-–—()"


@cache
def table() -> dict[str, Any]:
    """The entries of ``events/data/dates.yaml``, by name."""
    text = resources.files("dateline.events").joinpath("data/dates.yaml").read_text("utf-8")
    return yaml.safe_load(text)


@cache
def words() -> dict[str, frozenset[str]]:
    """The word lists of ``events/data/dates.yaml``, by name."""
    return {name: frozenset(items) for name, items in table().items() if isinstance(items, list)}


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
    """An embedded clause, or a joined one with a subject or a modal of its own (a bare
    number is no subject: "left 15 dead and 30 wounded" counts both; "is being held and
    will appear in court on May 2": the court day is not the holding's)."""
    if token.dep_ in ("ccomp", "relcl", "parataxis"):
        return True
    return token.dep_ == "conj" and any(
        (c.dep_ in ("nsubj", "nsubjpass") and c.pos_ != "NUM")
        or (c.dep_ == "aux" and c.tag_ == "MD")
        for c in token.children
    )


def _covering(start: int, end: int, spans: list) -> list:
    return [s for s in spans if s.start < end and start < s.end]


def _stretch(tokens: list[Token]) -> tuple[int, int]:
    """The characters from the first of the tokens to the end of the last."""
    return min(t.idx for t in tokens), max(t.idx + len(t) for t in tokens)


def names(result: Result) -> list[tuple[int, int]]:
    """The article's people's names and nationalities, as ``not_the_place`` avoids them: a
    name the tagger calls a nationality but the gazetteer reads as the place itself
    ("control of Aleppo") is none, nor is a "name" across a line break (a page's "Twitter"
    line and its dateline "KAUFMAN COUNTY (CBS 11) - ..." read as one)."""
    named = {(p.start, p.end, (p.name or "").casefold()) for p in result.places}
    return [
        (e.start, e.end)
        for e in result.entities
        if e.label in ("PERSON", "NORP")
        and (e.start, e.end, e.text.casefold()) not in named
        and "\n" not in e.text
    ]


def not_the_place(
    sent: Span,
    result: Result,
    elsewhere: list[tuple[int, int]],
    actors: list[Actor | None],
    triggers: set[int],
) -> list[tuple[int, int]]:
    """Spans whose places are not where the event happened: a capital named for its
    government ("accusing Paris", "Baghdad said"), a place named as who acts ("a truce
    brokered by Turkey", where "Gao residents" still places in Gao), a place in a compound
    modifier ("French-backed troops", "US-led coalition"), a country modifying one of the
    sentence's event nouns (``triggers``: "a U.S. drone strike", where "the Seattle
    shootings" still places in Seattle), a place someone comes from ("a tourist from
    Canada"), and the article's spans ``elsewhere`` names: people's names and nationalities
    (``names``: "Russian President Putin": a demonym says who, not where) and places someone
    was taken or treated in (``events.treated``: "airlifted to a Macon hospital")."""
    spans = list(elsewhere)
    spans += [
        (a.start, a.end)
        for a in actors
        if a is not None and any(p.start <= a.start and a.end <= p.end for p in result.places)
    ]
    doc = sent.doc
    inside = [p for p in result.places if sent.start_char <= p.start < sent.end_char]
    for found in inside:
        if found.government:
            spans.append((found.start, found.end))
            continue
        token = doc.char_span(found.start, found.end, alignment_mode="expand")
        if token is None:
            continue
        root = token.root
        nxt = doc[root.i + 1] if root.i + 1 < len(doc) else None
        hyphen = nxt is not None and nxt.text == "-" and root.dep_ in HYPHENATED
        country = (found.feature_code or "").startswith("PCL")
        nation = country and root.dep_ in MODIFIERS and root.head.i in triggers
        if hyphen or nation or _origin(root) or _beside_actor(root, spans):
            spans.append((found.start, found.end))
    return spans


def _beside_actor(root: Token, spans: list[tuple[int, int]]) -> bool:
    """A place named as who acts: the agent of a passive ("backed by Russia"), or joined
    by "and" to such a place or who acts ("mediated by Turkey and Russia", "backed by
    Russia and Shiite militias")."""
    head = root
    while head.dep_ in ("conj", "nmod") and head.head.i != head.i:
        head = head.head
    if head.dep_ == "pobj" and head.head.dep_ == "agent":
        return True
    start, end = head.idx, head.idx + len(head)
    return head.i != root.i and any(s < end and start < e for s, e in spans)


def _origin(root: Token) -> bool:
    """A place someone comes from, not where things happen: "a tourist from Canada",
    "a woman visiting from Canada", "a man who was from Lexington", "a native of Peru"."""
    prep = root.head
    if root.dep_ == "pobj" and prep.lower_ == "of":
        return prep.head.lemma_.lower() in ORIGIN_NOUNS
    if root.dep_ != "pobj" or prep.lower_ != "from":
        return False
    verb = prep.head.lemma_.lower()
    return prep.head.pos_ in ("NOUN", "PROPN") or verb == "be" or verb in ORIGIN_VERBS


def place(
    tied: list[Token],
    sent: Span,
    trigger: Token,
    places: list[Place],
    earlier: list[Span],
    avoid: list[tuple[int, int]],
    people: frozenset[str] = frozenset(),
) -> tuple[Place | None, str]:
    """A place in the trigger's clause, else the nearest in its sentence, else just before it;
    never one inside the ``avoid`` spans (``not_the_place``: people's names, capitals named
    for their government, compound modifiers such as "French-backed"), and a place that only
    says who someone is (``_describes_person``; ``people``: nouns for people, "a Brooklyn
    man") or where the story was filed (``_dateline``) only when the clause or sentence
    names no other, and a place where the story was filed before one that says who
    someone is, also where the dateline opens the text before the sentence ("REXBURG
    (AP) | A Driggs man who shot ..."); a place before the sentence never when it
    only says who someone is ("Police arrested Dale Turner, 35, of Chatham. He was
    charged ...")."""
    usable = [p for p in places if p.geonameid is not None or p.lat is not None] or places

    def free(start: int, end: int) -> list[Place]:
        return [
            p
            for p in _covering(start, end, usable)
            if not any(p.start < e and s < p.end for s, e in avoid)
        ]

    in_sent = free(sent.start_char, sent.end_char)
    in_clause = [p for t in tied for p in _covering(t.idx, t.idx + len(t), in_sent)]

    homes = {id(p) for p in in_sent if _describes_person(p, sent.doc, people)}

    def rank(found: Place) -> tuple[bool, bool, int]:
        return id(found) in homes, _dateline(found, sent.doc), abs(found.start - trigger.idx)

    if len(homes) < len(in_sent):
        in_clause = [p for p in in_clause if id(p) not in homes]
    # not "a Paris man" inside Missouri, but the seat of "the Little Rock Police Department"
    finer = [p for p in in_sent if id(p) not in homes or _seat(p, sent.doc)]
    if in_clause or in_sent:
        best = min(in_clause or in_sent, key=rank)
        filed = _filed(sent.doc, free) if id(best) in homes else None
        if filed is not None:
            return filed, FILED_OVER_HOME
        how = IN_CLAUSE if in_clause else "nearest place in the sentence"
        return _finer(best, finer, trigger), how
    for span in reversed(earlier[-CONTEXT_SENTENCES:]):
        before = [
            p
            for p in free(span.start_char, span.end_char)
            if not _describes_person(p, sent.doc, people)
        ]
        if before:
            return before[-1], "last place in the preceding sentences"
    return None, ""


def _filed(doc: Doc, free: Callable[[int, int], list[Place]]) -> Place | None:
    """The place the story was filed in (``_dateline``), where no span to avoid holds it."""
    opening = _first_word(doc) + DATELINE_REACH
    return next((p for p in free(0, opening) if _dateline(p, doc)), None)


def _dateline(found: Place, doc: Doc) -> bool:
    """A place that opens the text before a dash or an outlet's name ("BEIRUT — A
    cease-fire ...", "CHARLOTTE, N.C. (WBTV) -"): where the story was filed."""
    return _dateline_mark(found, doc) is not None


def _dateline_mark(found: Place, doc: Doc) -> Token | None:
    """The dash or parenthesis that closes a dateline opened by the place, or None; the
    reach is counted from the text's first word (a rule of dots may open a page)."""
    if found.start - _first_word(doc) > DATELINE_REACH:
        return None
    place = doc.char_span(found.start, found.end, alignment_mode="expand")
    if place is None or any(_wordy(t) for t in doc[: place.start]):
        return None
    for token in doc[place.end : place.end + DATELINE_TOKENS]:
        if token.text in DATELINE_MARKS:
            return token
        if token.is_lower:
            return None
    return None


def _first_word(doc: Doc) -> int:
    """Where the text's first letter or digit is (0 for none), read from the tokens up to
    the first word (``doc.text`` is rebuilt on every access)."""
    token = next((t for t in doc if _wordy(t)), None)
    if token is None:
        return 0
    return token.idx + next(i for i, ch in enumerate(token.text) if ch.isalnum())


def _wordy(token: Token) -> bool:
    """Whether a token holds a letter or digit: a stray mark before a dateline ("\x97 ALBANY
    —", a dash left from a wrong encoding) is no word of the story."""
    return any(ch.isalnum() for ch in token.text)


def dateline_end(places: list[Place], doc: Doc) -> int:
    """Where the text's dateline ends ("GRAND JUNCTION, Colo. —": after the dash), 0 when
    the text opens with none: what lies before it names where the story was filed, never
    who did something."""
    first = _first_word(doc)
    for found in places:
        if found.start - first > DATELINE_REACH:
            break
        mark = _dateline_mark(found, doc)
        if mark is not None:
            return mark.idx + len(mark)
    mark = _capital_dateline(doc)
    return mark.idx + len(mark) if mark is not None else 0


def _capital_dateline(doc: Doc) -> Token | None:
    """The dash closing an opening told in capitals that no place was found in ("ALBANY —",
    a town the tagger took for a person), or None."""
    for token in doc[:DATELINE_TOKENS]:
        if token.text in DATELINE_MARKS:
            return token if token.i > 0 and any(_wordy(t) for t in doc[: token.i]) else None
        if _wordy(token) and not token.is_upper:
            return None
    return None


def _describes_person(found: Place, doc: Doc, people: frozenset[str] = frozenset()) -> bool:
    """A place that tells who a person is rather than where things happen: the place of a
    title before a name ("Aleppo Mayor Brita Hasan"), a home after a name and age ("Chris
    Bowers, 19, of Martinez") or before a noun of ``people`` ("a Brooklyn man")."""
    span = doc.char_span(found.start, found.end, alignment_mode="expand")
    if span is None:
        return False
    root = span.root
    if root.dep_ in ("compound", "nmod", "amod") and root.head.lemma_.lower() in people:
        return True
    if root.dep_ == "pobj" and root.head.lower_ == "of":
        return root.head.head.ent_type_ == "PERSON"
    head = root
    while head.dep_ == "compound" and head.head.pos_ == "PROPN":
        head = head.head
        if head.ent_type_ == "PERSON":
            return True
    return False


def _seat(found: Place, doc: Doc) -> bool:
    """A place inside an organisation's name ("Little Rock Police Department")."""
    span = doc.char_span(found.start, found.end, alignment_mode="expand")
    return span is not None and all(t.ent_type_ == "ORG" for t in span)


def _finer(best: Place, others: list[Place], trigger: Token) -> Place:
    """A town the sentence names inside the area chosen ("COLUMBUS, Ohio - a boy was
    shot": Columbus, not Ohio), else, inside a state, a county it names ("BROWN COUNTY,
    Wis. - The Brown County Sheriff's Office is investigating": the county)."""
    code = best.feature_code or ""
    if not code.startswith(AREAS):
        return best
    inside = [
        p
        for p in others
        if p.country_code == best.country_code
        and (code.startswith("PCL") or p.admin1 == best.admin1)
    ]
    towns = [p for p in inside if not (p.feature_code or "").startswith(AREAS)]
    if not towns and code == "ADM1":
        towns = [p for p in inside if p.feature_code == "ADM2"]
    return min(towns, key=lambda p: abs(p.start - trigger.idx)) if towns else best


def holds(place: Place | None, town: Place) -> bool:
    """Whether an event's place says no more than the story's town: none at all, or a
    state, province or county the town lies in (a county's sheriff reporting a shooting
    in its county seat; a county within ``COUNTY_KM`` of the town, as the gazetteer keeps
    no county of a town); a country stays (a war's battle is not in its most named town)."""
    if place is None:
        return True
    code = place.feature_code or ""
    if code not in ("ADM1", "ADM2") or place.country_code != town.country_code:
        return False
    if place.admin1 != town.admin1:
        return False
    return code == "ADM1" or _near(place, town, COUNTY_KM)


def _near(one: Place, other: Place, limit: float) -> bool:
    """Whether two places lie within ``limit`` km (True when either has no point)."""
    if None in (one.lat, one.lon, other.lat, other.lon):
        return True
    return km(one.lat, one.lon, other.lat, other.lon) <= limit


def home(text: str, places: list[Place]) -> tuple[Place | None, str]:
    """Where the story is, for events whose own sentences name no place: the town it names
    most often, the town of its dateline ("SAVANNAH, Ga. (WJCL) - ...") among equals (a
    wire story filed in Beirut that names Aleppo throughout is about Aleppo)."""
    towns = [
        p for p in places if p.lat is not None and not (p.feature_code or "").startswith(AREAS)
    ]
    if not towns:
        return None, ""
    counts = Counter(p.geonameid or p.name for p in towns)
    top = max(counts.values())
    for found in towns:
        if found.start > DATELINE_REACH:
            break
        filed = not text[: found.start].strip(" \n\t\"'(").strip()
        if filed and counts[found.geonameid or found.name] == top:
            return found, "the dateline's"
    return next(p for p in towns if counts[p.geonameid or p.name] == top), "the story's main town,"


def main_area(places: list[Place]) -> Place | None:
    """Where a story that names no town is: the county or state it names most often, the
    county among equals ("Harris County deputies said ... in Harris County"); None when
    it names a town, or no county or state."""
    if any(p.lat is not None and not (p.feature_code or "").startswith(AREAS) for p in places):
        return None
    areas = [p for p in places if p.lat is not None and (p.feature_code or "") in STORY_AREAS]
    if not areas:
        return None
    counts = Counter(p.geonameid or p.name for p in areas)
    return min(
        areas,
        key=lambda p: (-counts[p.geonameid or p.name], STORY_AREAS.index(p.feature_code or "")),
    )


def _week(day: date) -> str:
    year, week, _ = day.isocalendar()
    return f"{year}-W{week:02d}"


def undated_lead(lead: Event, published: str | None) -> None:
    """Give, in place, the story's lead the publication week when its own words left it
    undated as background ("a 911 call that a child had just shot himself", a pluperfect:
    ``_background``): the happening a story leads with is its news, not its background;
    the rules for a lead at the publication week may then find its day."""
    day = anchor_date(published)
    if day is None or lead.date is not None or lead.status != "asserted":
        return
    lead.date, lead.date_precision = _week(day), "week"
    lead.why += "; date: the publication week (the story's lead, told in the past perfect)"


def _not_after(value: str, precision: str | None, day: date) -> bool:
    """Whether a time value lies on or before the publication day (a future event's date
    cannot); values at coarser precision only when the whole period is before it."""
    own = day.isoformat()[: len(value)]
    return value <= own if precision == "day" else value < own


def _past(trigger: Token) -> bool:
    """A verb told in the past tense ("killed", "was shot"); a noun says no tense ("the
    rallies on April 9" may be planned)."""
    if trigger.pos_ not in ("VERB", "AUX"):
        return False
    if trigger.tag_ == "VBD":
        return True
    return trigger.tag_ == "VBN" and any(
        c.dep_ in ("aux", "auxpass") and c.lower_ in PAST_AUXILIARIES for c in trigger.children
    )


def _begun(value: str, precision: str | None, day: date) -> bool:
    """Whether a time's period has begun by the publication day: a happening told as fact
    in the past cannot lie after it ("killed ... on Dec. 12" in a story of 5 December)."""
    if precision == "week" and "-W" in value:
        return value <= _week(day)
    return value <= day.isoformat()[: len(value)]


def modifier_clause(trigger: Token, time: Time) -> bool:
    """Whether a time is told in a participle clause modifying a noun, one the trigger is
    not part of: it dates that clause's verb, not the trigger ("opened fire on a vigil for
    a man slain in 2014"); a clause that describes the trigger's own noun still dates it
    ("a shooting reported Sunday")."""
    span = trigger.doc.char_span(time.start, time.end, alignment_mode="expand")
    if span is None:
        return False
    for token in [span.root, *span.root.ancestors]:
        if token.dep_ == "acl" and token.pos_ == "VERB":
            inside = token.left_edge.i <= trigger.i <= token.right_edge.i
            return not inside and token.head.i != trigger.i
    return False


class When(NamedTuple):
    """An event's date, its precision, how it was found, and the span it came from (None
    when the text gives none)."""

    value: str | None
    precision: str | None
    how: str
    span: tuple[int, int] | None = None


UNDATED = When(None, None, "")


def _background(trigger: Token) -> bool:
    """A pluperfect ("had seized"): told as background, before the story's own time."""
    verb = trigger if trigger.pos_ in ("VERB", "AUX") else trigger.head
    return any(c.dep_ == "aux" and c.lower_ in ("had", "'d") for c in verb.children)


def _present(trigger: Token) -> bool:
    """Told as news of the day: a verb in the present ("urges", "calls for") or the present
    perfect ("has called")."""
    verb = trigger if trigger.pos_ in ("VERB", "AUX") else trigger.head
    if verb.tag_ in ("VBZ", "VBP"):
        return True
    return any(c.dep_ == "aux" and c.lower_ in ("has", "have", "'s", "'ve") for c in verb.children)


def day_beside(trigger: Token, time: Time) -> Time:
    """A day the trigger is told before or after, one day on: "went to school Friday, the
    morning after the shooting" dates the shooting to Thursday."""
    prep = trigger.head
    if trigger.dep_ != "pobj" or prep.lower_ not in ("after", "before") or time.precision != "day":
        return time
    if prep.head.lemma_.lower() not in words()["day_parts"] or not time.value:
        return time
    step = -1 if prep.lower_ == "after" else 1
    value = (date.fromisoformat(time.value[:10]) + timedelta(days=step)).isoformat()
    return Time(time.text, time.start, time.end, value, time.precision)


def days_after(trigger: Token) -> int | None:
    """How many days before the verb it hangs from a happening is told, when it is told as
    an exact count of days before it ("died Monday, three days after he was shot", "was
    arrested Thursday, a day after he shot his friend"); None for any other telling, and
    for a count that is not exact ("nearly a week after", "less than a day after")."""
    head = trigger
    if trigger.dep_ == "pobj" and trigger.head.lower_ == "after":
        head = trigger.head
    elif not any(c.dep_ == "mark" and c.lower_ == "after" for c in trigger.children):
        return None
    for measure in head.children:
        if measure.dep_ != "npadvmod" or measure.lemma_.lower() != "day":
            continue
        counts = [c for c in measure.children if c.dep_ in ("nummod", "det")]
        if len(counts) != 1 or any(c.dep_ in ("quantmod", "advmod") for c in measure.subtree):
            return None
        word = counts[0].lower_
        return NUMBERS.get(word) or (int(word) if word.isdigit() else None)
    return None


def earlier_by(value: str, precision: str | None, days: int) -> tuple[str, str]:
    """A day's value ``days`` earlier and the note saying so (another precision's value
    unchanged, with no note)."""
    if precision != "day":
        return value, ""
    earlier = (date.fromisoformat(value[:10]) - timedelta(days=days)).isoformat()
    return earlier, f", {days} day{'s' if days > 1 else ''} before it"


def scene_time(verb: Token, time: Token) -> bool:
    """Whether a time that a verb of saying holds dates the happening, not the telling:
    officers "responded to the 300 block ... at 10 p.m. Saturday" (to a place or a call,
    not to a person or to something said; and not "did not respond"; police "responded
    early Saturday" with no place named, ``_responders``), "gunfire was
    reported shortly before 5 p.m. Monday", and a time told with a saying in the present
    before what is said, fronted ("Around 4 p.m. Monday, officials say they were called
    ...": the saying is now) or opening it ("Police say around 9 p.m. Sunday, a game
    turned violent", ``_opens_said``)."""
    table = words()
    lemma = verb.lemma_.lower()
    children = list(verb.children)
    if any(child.dep_ == "neg" for child in children):
        return False
    if lemma in table["passive_reports"] and any(c.dep_ == "auxpass" for c in children):
        return True
    if lemma in table["arriving_verbs"]:
        objects = [
            obj
            for prep in children
            if prep.dep_ == "prep" and prep.lower_ == "to"
            for obj in prep.children
            if obj.dep_ == "pobj"
        ]
        if not objects:
            return _responders(verb)
        if any(_scene_object(o) for o in objects):
            return True
        return _responders(verb) and not any(_answered(o) for o in objects)
    return verb.tag_ in ("VBP", "VBZ") and (time.i < verb.i or _opens_said(verb, time))


def _scene_object(obj: Token) -> bool:
    """Whether what police responded to is a scene: a call, a place of ``scene_objects``,
    a named building, or one of them joined to it ("to 17th and West Susquehanna
    Avenue")."""
    return any(
        o.lemma_.lower() in words()["scene_objects"] or o.ent_type_ == "FAC"
        for o in [obj, *obj.conjuncts]
    )


def _opens_said(verb: Token, time: Token) -> bool:
    """Whether a time told after a verb of saying stands before a comma that opens what is
    said: "Police say around 9 p.m. Sunday, a game turned violent" (the parser hangs the
    time on "say", and the saying now on what is said, now on the time)."""
    doc = verb.doc
    if time.i < verb.i:
        return False
    comma = next((t for t in doc[time.i + 1 : sentence_of(time).end] if t.text == ","), None)
    if comma is None or comma.i + 1 >= sentence_of(time).end:
        return False
    opens = comma.i + 1
    if any(c.dep_ == "ccomp" and c.left_edge.i in (comma.i, opens) for c in verb.children):
        return True
    return verb.dep_ == "ccomp" and verb.head.i > opens and verb.right_edge.i < opens


def _responders(verb: Token) -> bool:
    """Whether the verb's subject is police or an emergency crew (``_responder``):
    "deputies responded early Saturday" went to a scene, where "the mayor responded
    Tuesday" answered; a pronoun is who says it ("Police say they responded late
    Wednesday")."""
    subjects = [c for c in verb.children if c.dep_ == "nsubj"]
    if verb.dep_ == "ccomp" and all(s.pos_ == "PRON" for s in subjects):
        subjects += [c for c in verb.head.children if c.dep_ == "nsubj"]
    return any(_responder(s) for s in subjects)


def _responder(subject: Token) -> bool:
    """A subject that is police or an emergency crew, or the body of one: a word of
    ``responder_bodies`` named for one of ``responder_kinds`` ("Police Department",
    "Sheriff's Office")."""
    table = words()
    lemma = subject.lemma_.lower()
    if lemma in table["responders"]:
        return True
    owners = [c for c in subject.children if c.dep_ in ("compound", "poss")]
    kinds = table["responders"] | table["responder_kinds"]
    return lemma in table["responder_bodies"] and any(o.lemma_.lower() in kinds for o in owners)


def _answered(obj: Token) -> bool:
    """Whether what someone responded to is a person or something said (``answers`` in
    dates.yaml: "responded to questions", "responded to reporters", "responded to him"),
    not a place: police who respond to anything else ("to the Town of Millbrook", "to the
    Riverside Medical Center") went to a scene."""
    return (
        obj.pos_ == "PRON"
        or obj.ent_type_ == "PERSON"
        or any(o.lemma_.lower() in words()["answers"] for o in [obj, *obj.conjuncts])
    )


def later_step(time: Token) -> bool:
    """Whether a time dates a later step of a story rather than its happening: the verb it
    hangs from is one of ``later_steps`` in dates.yaml ("was charged Friday", "was arraigned
    on Thursday", "bond was denied Tuesday"), or tells what a person charged with the
    happening did (``accused_subject``: "A teen charged in the shooting was in court")."""
    return step_verb(time) is not None or accused_subject(time)


def told_aside(trigger: Token, time: Time) -> bool:
    """Whether a time another verb holds dates what that verb tells and not the trigger
    told below it: the trigger is told in a participle clause describing the verb's
    subject ("A man charged in the shooting appeared in court Friday"), or after or into
    a state the verb tells in the past (``states`` in dates.yaml: "was in critical
    condition Tuesday after he was shot", "an investigation was underway Wednesday into
    the killing"). The happening came before; another time of the text dates it."""
    span = trigger.doc.char_span(time.start, time.end, alignment_mode="expand")
    if span is None:
        return False
    verb = clause_verb(span.root)
    chain = [trigger]
    while chain[-1].head.i != chain[-1].i and chain[-1].head.i != verb.i:
        chain.append(chain[-1].head)
    if verb.i == trigger.i or chain[-1].head.i != verb.i:
        return False
    if any(_subject_participle(t, verb, span) for t in chain):
        return True
    return _past_state(verb) and _state_link(chain[-1])


def accused_subject(time: Token) -> bool:
    """Whether a time dates what a person told as charged with a happening did, a later
    step (the story's day takes it only after the happening's times): the subject of the
    verb it hangs from has a participle of ``accusations`` in dates.yaml ("A teen charged
    in the shooting was in court today")."""
    span = time.doc[time.i : time.i + 1]
    verb = clause_verb(time)
    accused = words()["accusations"]
    return any(
        _subject_participle(acl, verb, span)
        for subject in verb.children
        for noun in [subject, *(c for c in subject.children if c.dep_ == "appos")]
        for acl in noun.children
        if acl.lemma_.lower() in accused
    )


def _past_state(verb: Token) -> bool:
    return verb.lemma_.lower() in words()["states"] and verb.tag_ == "VBD"


def _state_link(token: Token) -> bool:
    """Whether a word tied to a state's verb tells what the state came after or into: a
    preposition of ``state_links`` or a clause it marks."""
    if token.dep_ == "prep":
        return token.lower_ in words()["state_links"]
    marks = [c.lower_ for c in token.children if c.dep_ == "mark"]
    return token.dep_ == "advcl" and any(m in words()["state_links"] for m in marks)


def _subject_participle(token: Token, verb: Token, time: Span) -> bool:
    """Whether a token is a participle clause (outside of which the time lies) describing
    the verb's subject, or a name set beside it ("A teenager charged in the shooting
    made his first appearance", "FORT LAUDERDALE - A teenager charged ... made")."""
    if token.dep_ != "acl" or token.pos_ != "VERB":
        return False
    if token.left_edge.i <= time.start < token.right_edge.i + 1:
        return False
    noun = token.head
    while noun.dep_ == "appos" and noun.head.i != noun.i:
        noun = noun.head
    return noun.dep_ in ("nsubj", "nsubjpass") and noun.head.i == verb.i


def clause_verb(token: Token) -> Token:
    """The nearest verb a token hangs from, else its sentence's root."""
    head = token
    while head.pos_ not in ("VERB", "AUX") and head.head.i != head.i:
        head = head.head
    return head


def step_verb(time: Token) -> Token | None:
    """The verb of a later step a time hangs from (``later_step``), or None."""
    head = clause_verb(time)
    return head if head.lemma_.lower() in words()["later_steps"] else None


@cache
def _stamp() -> re.Pattern[str]:
    table = words()
    parts = [rf"\b{re.escape(w)}\b" for w in sorted(table["stamps"])]
    parts += [rf"\b{re.escape(w)}\s*:" for w in sorted(table["stamp_labels"])]
    return re.compile("(?i:" + "|".join(parts) + ")" if parts else "(?!)")


def stamped(time: Token, dated: bool = True) -> bool:
    """Whether a time is a page's stamp, when the page was put up: after "Posted",
    "Updated", "Published" or a label with a colon ("DATE: June 2, 2015"), on the same
    line with nothing but other parts of a date and time between ("Posted: Monday, May 9,
    2016", "Last updated at 8:15 a.m. on Tuesday"; ``stamps`` and ``stamp_labels`` in
    dates.yaml), or, for a page with a publication day (``dated``), in the parentheses of
    a dateline ("INDIANAPOLIS, Ind. (November 30, 2013) —", ``_dateline_date``): without
    one, the dateline's date is the only day the story gives."""
    before = time.doc[max(0, time.i - STAMP_TOKENS) : time.i].text.rsplit("\n", 1)[-1]
    found = list(_stamp().finditer(before))
    if not found:
        return dated and _dateline_date(time, before)
    return all(STAMP_FILLER.fullmatch(word) for word in before[found[-1].end() :].split())


def _dateline_date(time: Token, before: str) -> bool:
    """Whether a time is the date in a dateline's parentheses: the line opens with a place
    in capitals and the parenthesis ("FRANKLIN (Feb. 4, 2014) –", "SAVANNAH, GA (October
    16, 2015):"), and a dash or colon follows the closing one."""
    opening, mark, _ = before.rpartition("(")
    if not mark or not opening.strip() or not opening.strip()[0].isupper():
        return False
    if not all(STAMP_FILLER.fullmatch(word) for word in opening.split()):
        return False
    after = time.doc[time.i : time.i + STAMP_TOKENS].text.split("\n", 1)[0]
    inside, mark, rest = after.partition(")")
    if not mark or not all(STAMP_FILLER.fullmatch(word) for word in inside.split()):
        return False
    return rest.lstrip()[:1] in (*DATELINE_MARKS, ":")


def posted(sent: Span, start: int, said: str | None = None) -> bool:
    """Whether the time at ``start`` (in ``sent``) dates an embedded post, not a happening:
    "— Jane Doe (@janedoe) June 29, 2016" (``said``: the sentence's text, when the caller
    has it; spaCy builds it again on each ``Span.text``)."""
    offset = start - sent.start_char
    if not 0 <= offset <= sent.end_char - sent.start_char:
        return False
    said = sent.text if said is None else said
    return POSTED.search(said, max(0, offset - POSTED_REACH), offset) is not None


def when(
    tied: list[Token],
    trigger: Token,
    times: list[Time],
    published: str | None,
    state: str,
) -> When:
    """A dated time expression in the trigger's clause (for a future event, one after the
    publication day; never an embedded post's, and ``times`` leaves out a page's stamp);
    without one, the publication week for a reported happening, and no date for a
    habitual, future or background one."""
    day, sent = anchor_date(published), sentence_of(trigger)
    opens, closes = sent.start_char, sent.end_char
    said, dated = None, []
    for time in times:
        if not time.value:
            continue
        if opens <= time.start <= closes:
            said = sentence_text(trigger) if said is None else said
            if posted(sent, time.start, said):
                continue
        dated.append(time)
    if state == "future" and day is not None:
        dated = [t for t in dated if not _not_after(t.value, t.precision, day)]
    elif state == "asserted" and day is not None and _past(trigger):
        dated = [t for t in dated if _begun(t.value, t.precision, day)]
    named = before_noun(trigger, dated)
    if named is not None:
        how = f"time '{named.text}' naming the happening"
        return When(named.value, named.precision, how, (named.start, named.end))
    near = _covering(*_stretch(tied), dated) if tied else []
    in_clause = [
        t
        for tok in tied
        for t in _covering(tok.idx, tok.idx + len(tok), near)
        if not modifier_clause(trigger, t)
    ]
    if in_clause:
        best = min(in_clause, key=lambda t: abs(t.start - trigger.idx))
        how = f"time '{best.text}' in the trigger's clause"
        before = days_after(trigger)
        outside = not trigger.left_edge.idx <= best.start <= trigger.right_edge.idx
        if before and outside:
            value, note = earlier_by(best.value, best.precision, before)
            return When(value, best.precision, how + note, (best.start, best.end))
        return When(best.value, best.precision, how, (best.start, best.end))
    if day is None or state in ("future", "generic") or _background(trigger):
        return UNDATED
    if _present(trigger):
        return When(day.isoformat(), "day", "publication day (told in the present)")
    return When(_week(day), "week", "publication week (no time tied to the event)")


def before_noun(trigger: Token, times: list[Time]) -> Time | None:
    """A time that names the trigger's happening before its noun: "the May 7, 2015,
    shooting", "last summer's killing", "the 2018 slaying", "the Jan. 4 drive-by
    shooting" (a determiner before the time, or a possessive after it; between them and
    the noun at most ``NOUN_GAP`` words that modify it, ``_modifies``)."""
    doc, opens = trigger.doc, sentence_of(trigger).start_char
    for time in times:
        if not opens <= time.start < time.end <= trigger.idx:
            continue
        span = doc.char_span(time.start, time.end, alignment_mode="expand")
        if span is None or span.end > trigger.i:
            continue
        gap, marked = _after_time(span, trigger.i)
        if len(gap) > NOUN_GAP or not all(_modifies(t) for t in gap):
            continue
        if marked:
            return time
    return None


def _after_time(span: Span, end: int) -> tuple[list[Token], bool]:
    """The words from a time up to token ``end`` (no punctuation, a possessive after the
    time left out), and whether the time is marked as naming a noun: a determiner opens
    it or a possessive follows it ("the March 18 shooting", "Saturday's killing")."""
    doc = span.doc
    after = [t for t in doc[span.end : end] if t.text not in (",", "-", "–")]
    owned = bool(after) and after[0].tag_ == "POS"
    opened = span.start > 0 and doc[span.start - 1].pos_ == "DET"
    return (after[1:] if owned else after), owned or opened


def named_noun(span: Span) -> Token | None:
    """The noun a time names before it, as ``before_noun`` reads it ("the March 18
    shooting", "Saturday's killing"): after the time (and a possessive) at most ``NOUN_GAP``
    words that modify it, then the noun; None when no determiner opens the time and no
    possessive follows it, or no noun follows."""
    after, marked = _after_time(span, span.end + NOUN_GAP + 3)
    if not marked:
        return None
    for token in after[: NOUN_GAP + 1]:
        if token.pos_ == "NOUN" and not _before_noun(token):
            return token
        if not _modifies(token):
            return None
    return None


def _before_noun(token: Token) -> bool:
    """A noun that modifies a noun after it ("shooting" in "the shooting scene")."""
    return token.dep_ in ("compound", "amod") and token.head.i > token.i


def _modifies(token: Token) -> bool:
    """A word that can stand between a time and the noun it dates: an adjective or a noun
    ("deadly", "police"), or part of a hyphenated one ("drive-by"); in "Friday's vigil for
    the shooting victims" Friday names the vigil."""
    doc = token.doc
    hyphened = any(
        0 <= token.i + step < len(doc) and doc[token.i + step].text in ("-", "–")
        for step in (-1, 1)
    )
    return token.pos_ in MODIFYING or hyphened


def story_day(events: list[Event], published: str | None, times: list[Time]) -> None:
    """The story's day for what the text leaves undated (given the publication week). When
    the text dates the lead happening to a day of the week before publication, every such
    event takes that day: news tells the day's happenings around its lead ("unraveled on
    Wednesday ... the rebels retaliated, shelling ..."), but not the later steps taken
    over a happening (an event ``about`` one: an arrest, a charge, an inquiry "in the
    shooting"), which it dates when it knows their day. When it dates the lead to none,
    the lead alone takes the first such day the story's opening names among ``times`` (the
    caller leaves out times of telling, "police said Sunday", and puts a later step's
    time, "was charged Friday", and then a page's stamp, "Posted: Monday", after the
    others)."""
    found = _asserted_lead(events, published)
    if found is None:
        return
    day, lead = found
    if lead.date_precision == "day" and "date" in lead.evidence:
        value, span, how = lead.date, lead.evidence["date"], "the day of the story's lead"
        undated = events
    elif lead.date_precision == "week" and "date" not in lead.evidence:
        opening = [t for t in times if t.start < OPENING_CHARS and this_week(t, day)]
        if not opening:
            return
        value, span = opening[0].value, [opening[0].start, opening[0].end]
        how = f"the first day the story's opening names, '{opening[0].text}'"
        undated = [lead]
    else:
        return
    if not _this_week_value(value, day):
        return
    for event in undated:
        if event.date_precision != "week" or "date" in event.evidence:
            continue
        if event is not lead and event.about is not None:
            continue
        event.date, event.date_precision = value, "day"
        event.evidence["date"] = span
        event.why += f"; date: {how}"


def _asserted_lead(events: list[Event], published: str | None) -> tuple[date, Event] | None:
    """The publication day and the story's lead (its most salient event) when the page
    has that day and the lead is asserted; None otherwise."""
    day = anchor_date(published)
    lead = most_salient(events)
    if day is None or lead is None or lead.status != "asserted":
        return None
    return day, lead


def _week_lead(events: list[Event], published: str | None) -> tuple[date, Event] | None:
    """The publication day and the asserted lead, when the text leaves the lead at the
    publication week (no date of its own)."""
    found = _asserted_lead(events, published)
    if found is None or found[1].date_precision != "week" or "date" in found[1].evidence:
        return None
    return found


def this_week(time: Time, day: date) -> bool:
    """A time dated to a day of the week up to publication (``day``)."""
    return time.precision == "day" and bool(time.value) and _this_week_value(time.value, day)


def _this_week_value(value: str, day: date) -> bool:
    """A day in the week before publication, publication day included."""
    return 0 <= (day - date.fromisoformat(value[:10])).days <= STORY_DAYS


def clock_day(events: list[Event], published: str | None, text: str, times: list[Time]) -> None:
    """The publication day for a lead the text leaves at the publication week when its
    opening tells the time of day but no day (``clock`` in dates.yaml: "shot at about 2:15
    a.m.", "around 9 p.m."): news leaves the day out for its own day's happenings. No time
    of a page's stamp ("5:23 p.m." on a line of its own under "Update", "Posted at 9
    a.m."), and none with a day named near it (``times``, within ``DAY_REACH``
    characters): that is not the publication day's time."""
    found = _week_lead(events, published)
    if found is None:
        return
    day, lead = found
    clock = _clock(text[:OPENING_CHARS])
    if clock is None or any(t.value and abs(t.start - clock[0]) <= DAY_REACH for t in times):
        return
    start, end = clock
    lead.date, lead.date_precision = day.isoformat(), "day"
    lead.evidence["date"] = [start, end]
    lead.why += f"; date: the publication day, the time of day '{text[start:end]}' with no day"


def post_day(events: list[Event], published: str | None, text: str, times: list[Time]) -> None:
    """The day of a post the story embeds ("— Jane Doe (@janedoe) June 29, 2016") for a
    lead the text leaves at the publication week: a breaking story quotes posts of its own
    day. The first such day in the week before publication, publication day included."""
    found = _week_lead(events, published)
    if found is None:
        return
    day, lead = found
    for time in times:
        if not this_week(time, day) or not POSTED.search(
            text, max(0, time.start - POSTED_REACH), time.start
        ):
            continue
        lead.date, lead.date_precision = time.value, "day"
        lead.evidence["date"] = [time.start, time.end]
        lead.why += f"; date: the day of a post the story embeds, '{time.text}'"
        return


def _clock(opening: str) -> tuple[int, int] | None:
    """The span of the first time of day in the opening that is no page's stamp."""
    for match in re.finditer(table()["clock"], opening, re.IGNORECASE):
        start, end = match.span()
        line_start = opening.rfind("\n", 0, start) + 1
        line_end = opening.find("\n", end)
        before = opening[line_start:start]
        after = opening[end : len(opening) if line_end < 0 else line_end]
        if not _stamp().search(before) and (before + after).strip(LINE_MARKS):
            return start, end
    return None
