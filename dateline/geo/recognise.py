"""Toponym recognition: spaCy's place entities plus a gazetteer matcher for what it misses.

The matcher looks at capitalised token runs that spaCy left untagged or tagged as
something else (the small model calls "Rawa" an ORG and "Al-Qaim" a PERSON) and
keeps those the gazetteer knows and the context marks as places: a locative
preposition or a "towns of" before them, a place they are listed with, a type
word after them ("Kirkuk province"), or the same name taken as a place elsewhere
in the article. A run the gazetteer knows only by a close spelling ("Hawija" for
"Al Hawijah") must be a spelled-out proper noun and have a cue of its own: its
repetition proves nothing. Multi-word person names, organisation names that merely
contain a town, and the names of peoples and languages ("Yoruba", "Hausa") with no
type word beside them are left alone.
"""

from __future__ import annotations

import re
from collections.abc import Container
from dataclasses import dataclass, field

from spacy.tokens import Doc, Span, Token

from dateline import nlp
from dateline.geo import curated
from dateline.geo.gazetteer import Gazetteer
from dateline.geo.names import key

PLACE_LABELS = frozenset({"GPE", "LOC", "FAC"})
# Feature codes of areas that short capitals may stand for ("EU", "UAE", "NSW").
AREA_CODES = ("PCLI", "PCLD", "PCLS", "PCLF", "PCL", "ADM1", "ADM2", "RGN", "CONT")


_WORDS = curated.words("words.yaml")
TYPE_WORDS: dict[str, str] = _WORDS["type_words"]
AREA_HINTS = ("admin1", "admin2")
"""The kinds of place the type word of an administrative area asks for."""
_LEADING_CUES = frozenset(_WORDS["leading_cues"])
_PLACE_NOUNS = frozenset(_WORDS["place_nouns"])
_NOT_PLACES = frozenset(_WORDS["not_places"])
_NOT_PLACE_NAMES = frozenset(_WORDS["not_place_names"])
_CONNECTORS = frozenset(_WORDS["connectors"])
_STRONG_CUES = frozenset(_WORDS["strong_cues"])
_FOLLOWING_CUES = frozenset(_WORDS["following_cues"])
_INSTITUTIONS = frozenset(_WORDS["institution_words"])
_FIRM_WORDS = frozenset(_WORDS["firm_words"])
_FACILITY_WORDS = frozenset(_WORDS["facility_words"])
_TRAVEL = frozenset(_WORDS["travel_words"])
_BODY_WORDS = frozenset(_WORDS["body_words"])
_DATELINE_MARKS = frozenset(_WORDS["dateline_marks"])
_PEOPLES = frozenset(_WORDS["peoples"])
_STREET_WORDS = frozenset(_WORDS["street_words"])
_PART_COMPASS = frozenset(_WORDS["town_part_compass"])
_PART_WORDS = frozenset(_WORDS["town_part_words"])
_PART_NAMES = frozenset(_WORDS["town_part_names"])
_COMPASS = _PART_COMPASS - {"far", "near", "lower", "upper"} | set(_WORDS["name_compass"])
"""Compass words and adjectives, which open a name in capitals ("EAST HAMPTON --",
"Southern Pines") though not in running text, where "East" alone is no place."""
_ORDINAL = re.compile(r"\d+(?:st|nd|rd|th)")


def _capitalised_words(words: frozenset[str]) -> str:
    """A pattern of any of ``words`` capitalised ("Street", "Ave.")."""
    return "|".join(re.escape(w.capitalize()) for w in sorted(words))


_STREET_NAMES = _capitalised_words(_STREET_WORDS)
_STREET = re.compile(r"\b(?:" + _STREET_NAMES + r")(?!\w)")
_STREET_CUE = re.compile(
    r"\b\d[\d,]*\s+(?:"
    + "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in _WORDS["street_cues"])
    + r")\s+$",
    re.IGNORECASE,
)
"""What comes right before a street's name in a police report: a number and a cue ("the
900 block of"), not a cue alone ("within blocks of Manhattan")."""
_STREET_END = re.compile(r"\s+(?:" + _STREET_NAMES + r")(?!\w)")
_NAME_WORD = r"(?:[A-Z][\w'.-]*|" + _ORDINAL.pattern + r")"
"""A capitalised word or an ordinal of a street's name ("Hesston", "61st")."""
_CROSS_WORDS = r"(?:" + _capitalised_words(_STREET_WORDS - {"st", "st."}) + r")(?!\w)"
"""A street word of two crossing streets (not "St.", which opens a town's name as often)."""
_AND_STREET = re.compile(r"\s+and\s+(?:" + _NAME_WORD + r"\s+){1,3}" + _CROSS_WORDS)
"""What comes after the first of two crossing streets whose street word the text gives
only once ("Meridian and Hesston Road")."""
_STREET_AND = re.compile(
    r"(?:\b" + _NAME_WORD + r"\s+" + _CROSS_WORDS + r"|\b" + _ORDINAL.pattern + r")\s+(?:and|&)\s+$"
)
"""What comes before the second of two crossing streets whose street word the text gives
with the first only ("Yosemite Avenue and Cleveland"), or whose first is numbered ("61st
and Peoria")."""
_CROSSING = re.compile(
    r"\b(?i:"
    + "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in _WORDS["crossing_cues"])
    + r")\s+(?:(?:[A-Z][\w'.-]*\s+){1,3}(?:and|&)\s+)?$"
)
"""What comes before either of two crossing streets a cue names ("the intersection of
Liberty and Thorpe")."""
STREET = "street"
"""The hint of a name a cue, a street word after it or a crossing street marks as a
street's (``_cued_street``, ``rank._far_streets``)."""
_TITLES = frozenset(_WORDS["titles"])
_HEADLINE_END = re.compile(r"\s+[-|\u2013\u2014:]+\s+|\s*[|\u00ab]\s*|\s*::\s*")
"""What ends a page title's headline: the site's name after a dash, bar or "::"."""
_HEADLINE_WORD = re.compile(r"[\w.'\u2019-]+")
_AGE_BEFORE = re.compile(r"(?:-|\byears?\s)old\s(?=[A-Z])")
"""An age right before a capitalised word ("6-year-old Victoria", "18 year old Chauncey")."""
_NOUN_BEFORE = re.compile(
    r"\b(?:" + "|".join(map(re.escape, _WORDS["person_nouns"])) + r")\s(?=[A-Z])"
)
"""A noun of a person right before a capitalised word ("neighbor Brad")."""
_AGE_AFTER = re.compile(r",\s*\d{1,3}\s*,")
"""An age set off by commas after a name ("Nino Ruiz, 27, and ...")."""
_MAX_NAME = 4
_AFTER_PLACE = frozenset({",", "-", "\u2013"})
"""What follows a town's name before the noun it modifies ("a Burlington, Wash., boy")."""
_OPENERS = frozenset(_WORDS["name_openers"])
_SPEECH = frozenset(_WORDS["speech_verbs"])
_NAMED_AFTER = frozenset(_WORDS["named_after"])
_ANIMALS: dict[str, frozenset[str]] = {
    name: frozenset(words) for name, words in _WORDS["animals"].items()
}
_LOCATIVE = _STRONG_CUES | {"at", "of", "from", "to"}
_HEADLINE_CUES = _FOLLOWING_CUES | frozenset(_WORDS["headline_cues"])
_ALONG = _LOCATIVE | {"on", "along", "off", "onto"}
"""Words before a street's name that make it one ("a house on Bucknell Drive")."""
_MAX_TOKENS = 5
SEATS = ("PCLI", "ADM1", "PPLC")
"""Countries, first-level areas and capitals: a one-word name of one is a place whatever
label the tagger gives it ("Tbilisi says", tagged a person), unless a person's name in
the article holds the word."""
_MISREAD = ("PERSON", "WORK_OF_ART", "PRODUCT", "EVENT", "LAW")
"""Labels the tagger gives names that open with a town ("Huntsville Fire Chief Tom
Grisham", "Dublin Recreation Services"): such an opening is a place where the article
names the town as a place elsewhere."""
_PARTY_HOME = re.compile(
    rf"(?:(?<=, )|(?<=\())(?:{'|'.join(map(re.escape, _WORDS['party_marks']))})-"
    r"([A-Z][\w.']*(?: [A-Z][\w.']*){0,2}?)(?=[,;)])"
)
_ARTICLE = re.compile(r"^the\s+", re.IGNORECASE)
_POSSESSIVE = re.compile(r"\s*['\u2019]s$")
"""A possessive's ending the tagger left on a name ("Kern County’s sheriff")."""
_ROAD_POINT = re.compile(
    r"(?:" + "|".join(w.capitalize() for w in _WORDS["road_points"]) + r")\s+\d+[A-Z]?"
)
"""A numbered point on a road ("Exit 6"): no place, though the road may be one."""
_PERSON_SHAPE = re.compile(r"[A-Z][a-z]+ [A-Z]\. [A-Z][a-z]+")
_CAPITALISED_WORD = re.compile(r"\b[A-Z][\w.-]*\w")


@dataclass(slots=True)
class Mention:
    """A place name in the text, with the kinds of place its context asks for."""

    start: int
    end: int
    text: str
    label: str
    hint: str | None = None
    keys: list[str] = field(default_factory=list)


def _opened(doc: Doc, span: Span, gazetteer: Gazetteer) -> Span:
    """The span with the abbreviated first word the tagger left before it ("ST." of "ST.
    LOUIS"), where the gazetteer knows the whole name."""
    start = span.start - 1
    if start > 0 and doc[start].text == "." and not doc[start - 1].whitespace_:
        start -= 1  # "ST" "." "LOUIS"
    opener = doc[start : span.start].text.lower() if start >= 0 else ""
    if opener not in _OPENERS:
        return span
    whole = doc[start : span.end]
    return whole if gazetteer.existing("key", {key(whole.text)}) else span


def _trim_article(doc: Doc, span: Span) -> Span:
    if len(span) > 1 and span[0].lower_ == "the":
        return doc[span.start + 1 : span.end]
    return span


def mention_for(doc: Doc, start: int, end: int, label: str, full: str | None = None) -> Mention:
    """A mention of the characters ``start:end``, with its type hint and look-up keys.

    ``full`` is ``doc.text`` when the caller has it (spaCy rebuilds it on each access).
    """
    text = (doc.text if full is None else full)[start:end]
    whole = _ARTICLE.sub("", text).strip()
    words = _POSSESSIVE.sub("", whole)
    hint = None
    keys = [key(whole), key(words)]
    last = words.rsplit(None, 1)
    if len(last) == 2 and last[1].lower() in TYPE_WORDS:
        hint = TYPE_WORDS[last[1].lower()]
        keys.append(key(last[0]))
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is not None:
        after = doc[span.end] if span.end < len(doc) else None
        before = doc[span.start - 2 : span.start] if span.start >= 2 else None
        if after is not None and after.lower_ in TYPE_WORDS and hint is None:
            hint = TYPE_WORDS[after.lower_]
        elif before is not None and before[1].lower_ == "of" and before[0].lower_ in TYPE_WORDS:
            hint = hint or TYPE_WORDS[before[0].lower_]
    keys = [k for k in dict.fromkeys(keys) if k]
    return Mention(start, end, text, label, hint, keys)


def _capitalised(token) -> bool:
    return token.text[:1].isupper() and token.lower_ not in _NOT_PLACES


def _opens_name(span: Span) -> bool:
    """Whether a span opens with a capitalised word that may start a place's name: no
    common word, or a compass word before another such word ("West Virginia", "North
    Las Vegas")."""
    first = span[0]
    if _capitalised(first):
        return True
    return (
        len(span) >= 2
        and first.text[:1].isupper()
        and first.lower_ in _COMPASS
        and _capitalised(span[1])
    )


def _tokens(doc: Doc) -> tuple[list[tuple[str, str, int, bool]], list[bool]]:
    """Each token's text, lower case, offset and punctuation flag, read once; and whether
    it is capitalised and no common word (``_capitalised``)."""
    tokens = [(t.text, t.lower_, t.idx, t.is_punct) for t in doc]
    caps = [text[:1].isupper() and lower not in _NOT_PLACES for text, lower, _, _ in tokens]
    for i in range(len(tokens) - 1):
        text, lower = tokens[i][:2]
        if lower in _COMPASS and text.isupper() and caps[i + 1] and tokens[i + 1][0].isupper():
            caps[i] = True
    return tokens, caps


def _runs(tokens: list[tuple[str, str, int, bool]], caps: list[bool]) -> list[tuple[int, int]]:
    """Token ranges of capitalised names (with connectors such as "al-" inside them)."""
    runs = []
    i, n = 0, len(tokens)
    while i < n:
        if not caps[i] or tokens[i][3]:
            i += 1
            continue
        j = i + 1
        while j < n and j - i < _MAX_TOKENS:
            text, lower, idx, _ = tokens[j]
            joined = idx == tokens[j - 1][2] + len(tokens[j - 1][0])
            connects = lower in _CONNECTORS and j + 1 < n and (joined or caps[j + 1])
            if not (caps[j] or connects):
                break
            j += 1
        while j > i + 1 and tokens[j - 1][1] in _CONNECTORS:
            j -= 1
        runs.append((i, j))
        i = j
    return runs


def _listed(doc: Doc, start: int, accepted_ends: set[int]) -> bool:
    """Whether a name follows a place in a list ("Paris, Clarksville and Honey Grove")."""
    prev = doc[start - 1] if start >= 1 else None
    if prev is None or prev.lower_ not in (",", "and", "or"):
        return False
    return prev.i in accepted_ends


def _party_homes(full: str, gazetteer: Gazetteer) -> list[tuple[int, int]]:
    """The home places of legislators written with their party ("Rep. Jane Doe, D-Salem,")."""
    found = [(m.start(1), m.end(1), key(m.group(1))) for m in _PARTY_HOME.finditer(full)]
    known = gazetteer.existing("key", {name for _, _, name in found})
    return [(start, end) for start, end, name in found if name in known]


def _listed_before(doc: Doc, end: int, accepted_starts: set[int]) -> bool:
    """Whether a name comes just before a place in a list ("Hitchcock and Hayes counties")."""
    after = doc[end] if end < len(doc) else None
    return after is not None and after.lower_ in (",", "and", "or") and end + 1 in accepted_starts


def _may_be_loose(doc: Doc, start: int, end: int, text: str) -> bool:
    """Whether a span may be a loose spelling of a place's name: a name the tagger reads
    as proper nouns (a common word capitalised to open a sentence, "Volunteer
    firefighters", is no spelling of "Voluntari"), not made only of dictionary words
    ("House" is no spelling of "Huise"), spelled out ("Rep.", "Dr." are not) and of four
    letters or more. The tests on the text (``text``, the span's from ``start`` to
    ``end``) come first: they are the cheap ones, and need no span of the parse."""
    if "." in text or len(key(text).replace(" ", "")) < 4:
        return False
    span = doc[start:end]
    if not all(t.pos_ == "PROPN" for t in span if t.text[:1].isupper()):
        return False
    return not all(t.lower_ in nlp.dictionary_words() for t in span if t.is_alpha)


def _acronym(text: str) -> bool:
    """Short capitals ("DFL", "PREP"): an organisation or a programme unless an area's alias."""
    letters = text.replace(".", "")
    return letters.isalpha() and letters.isupper() and len(letters) <= 5


def _filed(doc: Doc, full: str, start: int, end: int) -> bool:
    """Whether tokens ``start:end`` open the text before a comma, a capitalised word and
    the dateline's mark or outlet ("AKRON, Ohio (AP) --"): a town in capitals, no
    acronym."""
    if end + 2 >= len(doc) or doc[end].text != "," or not doc[end + 1].text[:1].isupper():
        return False
    after = next((t.text for t in doc[end + 2 : end + 4] if t.text != "."), "")
    return (after == "(" or after in _DATELINE_MARKS) and not full[: doc[start].idx].strip()


def _opens_dateline(doc: Doc, full: str, span: Span, areas: dict[int, int] | None = None) -> bool:
    """An upper-case name that opens a line, a sentence or what follows a byline's date,
    and a dateline ("COLUMBUS -- The", "BEIRUT: The", "March 29, 2009 PATASKALA --"), or
    a comma, a first-level area's name (``areas``: the first and end tokens of such names)
    and the dateline or its outlet ("AKRON, Ohio (AP) --", "KINLOCH, Mo. (KMOV) -")."""
    end = span.end
    if areas and _before_state(doc, end, areas):
        end = areas[end + 1]
        end += end < len(doc) and doc[end].text == "."
    after = doc[end].text if end < len(doc) else ""
    text = span.text
    if not (after in _DATELINE_MARKS or (after == "(" and end > span.end)):
        return False
    if not text.isupper() or len(text) <= 3:
        return False
    line_start = full.rfind("\n", 0, span.start_char) + 1
    dated = span.start >= 1 and doc[span.start - 1].ent_type_ == "DATE"
    return span[0].is_sent_start or not full[line_start : span.start_char].strip() or dated


def _strong_cue(doc: Doc, start: int) -> bool:
    """A preposition that puts what follows on the map ("in", "near", "outside")."""
    return start >= 1 and doc[start - 1].lower_ in _STRONG_CUES


def _residence(doc: Doc, entities: tuple[Span, ...], span: Span) -> bool:
    """A whole name after an "of" that follows a person's full name or age, telling where
    the person lives ("Thomas Hellinghausen, 22, of Winfield", "Nadia Moayyad of
    Southlake"); not a part of a longer name ("of Meadow Grove")."""
    start = span.start
    if start < 2 or doc[start - 1].lower_ != "of":
        return False
    if span.end < len(doc) and doc[span.end].text[:1].isupper():
        return False
    before = doc[start - 2]
    if before.text == "," and start >= 3:
        before = doc[start - 3]
        if before.like_num and not before.is_punct:
            return True
    person = next((e for e in entities if e.end == before.i + 1 and e.label_ == "PERSON"), None)
    return person is not None and len(person) >= 2


def _travel(doc: Doc, start: int) -> bool:
    """A "to" after a word of going somewhere ("drove to Lanexa", "a trip to Cancun",
    "heading on to Sherman")."""
    if start < 2 or doc[start - 1].lower_ != "to":
        return False
    before = doc[start - 2]
    if before.lower_ == "on" and start >= 3:
        before = doc[start - 3]
    return before.lemma_.lower() in _TRAVEL or before.lower_ in _TRAVEL


def _has_cue(doc: Doc, start: int, accepted_ends: set[int]) -> bool:
    """A locative cue just before a token, or a place listed just before it."""
    prev = doc[start - 1] if start >= 1 else None
    if prev is None:
        return False
    noun = prev.lower_ in _PLACE_NOUNS and not prev.text[:1].isupper()  # not "City Council"
    if prev.lower_ in _LEADING_CUES or noun:
        if prev.lower_ in ("and", "or", "of"):
            before = doc[start - 2] if start >= 2 else None
            return before is not None and (
                before.lower_ in _PLACE_NOUNS or before.i + 1 in accepted_ends
            )
        return True
    return prev.text == "," and prev.i in accepted_ends


def recognise(
    doc: Doc,
    gazetteer: Gazetteer,
    full: str | None = None,
    home: tuple[str, ...] = (),
    entities: tuple[Span, ...] | None = None,
    headline: str | None = None,
) -> list[Mention]:
    """Every place mention in the parsed article, in text order (``full`` is ``doc.text``
    and ``entities`` is ``doc.ents`` when the caller has them: spaCy rebuilds both on
    each access); ``home`` are the outlet's home towns, places wherever the article
    names them, as are the names of its ``headline`` (``headline_names``)."""
    full = doc.text if full is None else full
    entities = doc.ents if entities is None else entities
    mentions: dict[tuple[int, int], Mention] = {}
    taken = [False] * len(doc)
    people = _surnames(entities)
    surnames = people - _well_known(people, gazetteer)
    for ent in entities:
        if ent.label_ in PLACE_LABELS and not _body_named(ent):
            span = _opened(doc, _trim_article(doc, ent), gazetteer)
            name = key(span.text)
            if not span.text[:1].isupper() or name in _NOT_PLACES or name in surnames:
                continue
            where = (span.start_char, span.end_char)
            for s, e in [w for w in mentions if where[0] <= w[0] and w[1] <= where[1]]:
                del mentions[(s, e)]  # "ST" gives way to "ST. LOUIS"
            mentions[where] = mention_for(doc, *where, ent.label_, full)
            taken[ent.start : ent.end] = [True] * len(ent)
    options = _options(doc, entities, full, taken, gazetteer)
    headlined = headline_names(headline, doc, full)
    named = {key(town) for town in home}
    _accept(doc, entities, full, options, mentions, named, gazetteer, people, headlined)
    for start, end in _party_homes(full, gazetteer):
        if all(end <= s or start >= e for s, e in mentions):
            mentions[(start, end)] = mention_for(doc, start, end, "GAZ", full)
    for span in _places_in_organisations(doc, entities, mentions, gazetteer, headlined):
        where = (span.start_char, span.end_char)
        for s, e in [w for w in mentions if w[0] <= where[0] and where[1] <= w[1] != where[1]]:
            del mentions[(s, e)]  # "Huntsville High School" gives way to "Huntsville"
        mentions.setdefault(where, mention_for(doc, *where, "ORG", full))
    for start, end in _streets(doc, entities, full):
        if all(end <= s or start >= e for s, e in mentions):
            mentions[(start, end)] = mention_for(doc, start, end, "FAC", full)
    for where in _demonyms(doc, entities, gazetteer):
        if all(where[1] <= s or where[0] >= e for s, e in mentions):
            mentions[where] = mention_for(doc, *where, "NORP", full)
    _widen(doc, mentions, gazetteer, full)
    names, words = _named_people(doc, full)
    named = names | (words - _well_known(words, gazetteer)) if words else names
    persons = _persons(doc, mentions, gazetteer, people, named)
    kept = (
        _cued_street(m, full)
        for w, m in mentions.items()
        if not _people(m)
        and w not in persons
        and not _ROAD_POINT.fullmatch(m.text)
        and key(m.text) not in _NOT_PLACE_NAMES
    )
    return sorted(kept, key=lambda m: m.start)


def _widen(
    doc: Doc, mentions: dict[tuple[int, int], Mention], gazetteer: Gazetteer, full: str
) -> None:
    """Widen a name by the capitalised word right before or after it where the gazetteer
    has the whole as a town or an area: the tagger cut "Three Rivers" after a number
    ("Three"), "Buena Vista Township" and "Chula Vista" in two, and an organisation's
    opening "Isla" of "Isla Vista". A street word, a title or a body's word is no part
    of a town's name ("Preston Street", "Sheriff Rivers", "Houston Police")."""
    spans = {w: doc.char_span(*w, alignment_mode="expand") for w in mentions}
    wider: dict[tuple[int, int], list[tuple[int, int]]] = {}
    for where, span in spans.items():
        if span is None:
            continue
        before = doc[span.start - 1] if span.start >= 1 else None
        after = doc[span.end] if span.end < len(doc) else None
        first = span.start - 1 if _widening(before) and before.whitespace_ == " " else span.start
        last = span.end + 1 if _widening(after) and span[-1].whitespace_ == " " else span.end
        ranges = dict.fromkeys([(first, last), (first, span.end), (span.start, last)])
        wider[where] = [
            (doc[a].idx, doc[b - 1].idx + len(doc[b - 1]))
            for a, b in ranges
            if (a, b) != (span.start, span.end)
        ]
    found = {w: mention_for(doc, *w, "GAZ", full) for ws in wider.values() for w in ws}
    keys = {k for m in found.values() for k in m.keys}
    towns = {
        name
        for name, cands in gazetteer.by_key(keys).items()
        if any(c.feature_class in "AP" for c in cands)
    }
    for where, options in wider.items():
        if where not in mentions:
            continue
        own = set(mentions[where].keys)
        whole = next((w for w in options if towns.intersection(found[w].keys) - own), None)
        if whole is None:
            continue
        label = mentions[where].label
        for s, e in [w for w in mentions if w[0] < whole[1] and whole[0] < w[1]]:
            del mentions[(s, e)]
        mentions[whole] = mention_for(doc, *whole, label, full)


def _widening(token: Token | None) -> bool:
    """A capitalised word that may widen a name beside it (``_widen``)."""
    if token is None or not token.is_alpha or not token.text[:1].isupper():
        return False
    word = token.lower_
    return (
        word not in _STREET_WORDS
        and word not in _TITLES
        and word not in _BODY_WORDS
        and word not in _INSTITUTIONS
        and word not in _NOT_PLACES
    )


def headline_words(headline: str | None) -> list[str]:
    """The words of a page title's headline, without the site's name after it."""
    return _HEADLINE_WORD.findall(_HEADLINE_END.split(headline or "")[0])


def headline_names(headline: str | None, doc: Doc, full: str | None = None) -> set[str]:
    """Keys of the capitalised names of one to three words in a headline (before the
    site's name a page title ends with), none of whose words the text writes in lower
    case: a known name of the text that the headline also gives is a place there, as the
    outlet's home towns are ("4 hurt in Zanesville bar shooting" over "a shooting in a
    Zanesville bar"), while a common word a headline capitalises ("Police") is not, nor
    is a name the headline writes before a street word ("Bourbon" of "Bourbon Street
    shooting"). A name the text writes only in its own copy of the headline counts only
    where the headline marks it as a place (``_cued``: a text that opens with "4 Shot at
    Party in Rice County" names no "Shot", but "Rice County"). ``full`` is ``doc.text``
    when the caller has it."""
    full = doc.text if full is None else full
    words = headline_words(headline) + [""]
    lower = {t.lower_ for t in doc if t.is_lower}
    body = full[_copy_end(words[:-1], full) :]
    names = set()
    for i in range(len(words)):
        for n in (1, 2, 3):
            part = words[i : i + n]
            if i + n >= len(words) or words[i + n].lower() in _STREET_WORDS:
                continue
            if all(w[:1].isupper() and w.lower() not in lower for w in part):
                written = rf"\b{_spelled(part)}\b"
                if re.search(written, body, re.IGNORECASE) or _cued(words, i, n):
                    names.add(key(" ".join(part)))
    return names - {""}


def _cued(words: list[str], i: int, n: int) -> bool:
    """Whether the headline marks its words ``i`` to ``i + n`` as a place: a type word
    ending them ("Rutherford Co."), a locative word before them ("in Rice County") or a
    type or following cue after them ("Lorne Co.", "Killeen toddler")."""
    before = words[i - 1].lower() if i else ""
    last, after = (words[k].lower().rstrip(".") for k in (i + n - 1, i + n))
    typed = n > 1 and (last in TYPE_WORDS or last == "co")
    return typed or before in _LOCATIVE or after in TYPE_WORDS or after in _HEADLINE_CUES


def _copy_end(words: list[str], text: str) -> int:
    """Where the text's copy of the headline (its words, in order, at the start) ends; 0
    where the text does not open with one."""
    if not words:
        return 0
    copy = re.match(r"\W*" + _spelled(words), text, re.IGNORECASE)
    return copy.end() if copy else 0


def _spelled(words: list[str]) -> str:
    """A pattern of the words in order, with any non-word characters between them."""
    return r"\W+".join(map(re.escape, words))


def _cued_street(m: Mention, full: str) -> Mention:
    """A name right after a street cue ("the 900 block of Pennsylvania Avenue", "the 3000
    block of Miami"), right before a street word ("East 8th Street", cut by the tagger
    before "Street"), crossing a street named after it ("Meridian and Hesston Road") or
    before it ("Yosemite Avenue and Cleveland", "61st and Peoria"), or named after a cue
    of crossing streets ("the intersection of Liberty and Thorpe") is a street's: taken
    with the street word after it, if any, and hinted as a street."""
    word = _STREET_END.match(full, m.end)
    if (
        word is None
        and not _STREET_CUE.search(full, max(0, m.start - 40), m.start)
        and not _AND_STREET.match(full, m.end)
        and not _STREET_AND.search(full, max(0, m.start - 40), m.start)
        and not _CROSSING.search(full, max(0, m.start - 80), m.start)
    ):
        return m
    end = word.end() if word else m.end
    return Mention(m.start, end, full[m.start : end], m.label, STREET, m.keys)


def _persons(
    doc: Doc,
    mentions: dict[tuple[int, int], Mention],
    gazetteer: Gazetteer,
    people: set[str],
    named: frozenset[str] = frozenset(),
) -> set[tuple[int, int]]:
    """The spans that are no places by their own words or the words around them: a name
    after a title ("President Saakashvili", "Officer Bell"), a one-word name with no
    locative word before it and a verb of saying after it, or closing a clause after one,
    unless a well-known place's that is no word of a person's full name in the article
    ("Petrova said", "said Henderson" after "James Henderson", not "police in
    Sevierville said"), a lone title or common word
    ("Sen.", "No", "Many"), a name cut before its end ("City of"), and a disease or a
    holiday named after a place ("West Nile virus", "St. Patrick's Day"), and a name the
    article gives a person (``named``: the names ``_named_people`` finds, and those of
    their words that are no well-known place's) with no locative word before it ("Major
    was shot" after "3-year-old Major Howard"; not "in Major", and not "Orlando police"
    after "Orlando Torres, 53,"). ``people`` are the words of the article's person names
    (``_surnames``)."""
    spans = {w: doc.char_span(*w, alignment_mode="expand") for w in mentions}
    sayers = {}
    for where, span in spans.items():
        before = doc[span.start - 1].lower_ if span.start >= 1 else ""
        after = doc[span.end].lower_ if span.end < len(doc) else ""
        said = before in _SPEECH and (span.end == len(doc) or doc[span.end].is_punct)
        if len(span) == 1 and (after in _SPEECH and before not in _LOCATIVE or said):
            sayers[where] = key(span.text)
    known = _well_known(set(sayers.values()), gazetteer) - people
    out = {w for w, name in sayers.items() if name not in known}
    for where, span in spans.items():
        before = doc[span.start - 1].lower_.rstrip(".") if span.start >= 1 else ""
        titled = before in _TITLES and mentions[where].label != "NORP"
        alone = len(span) == 1 and (_common(span[0]) or span[0].lower_.rstrip(".") in _TITLES)
        cut = span[-1].is_alpha and span[-1].lower_ in _CONNECTORS
        person = key(span.text) in named and before not in _LOCATIVE
        if titled or alone or cut or person or _named_after(doc, span):
            out.add(where)
    return out


def _named_people(doc: Doc, full: str) -> tuple[frozenset[str], frozenset[str]]:
    """Keys of the names the words around them give a person, and of each of their words:
    a name of two words or more right after an age ("6-year-old Victoria Whitehurst", "18
    year old Chauncey Broadway Jr."; not "a 15-year-old Vernon boy" nor "a 16-year-old
    Burlington, Wash., boy", whose noun makes the name its place), or after a noun of a
    person (``person_nouns``: "neighbor Brad Partin"), or before an age set off by commas
    ("Nino Ruiz, 27,"). The cues are found in the text first: few articles have any."""
    found = []
    for match in _AGE_BEFORE.finditer(full):
        start = _token_at(doc, match.end())
        end = _name_end(doc, start)
        if _aged(doc, start, end):
            found.append((start, end))
    for match in _NOUN_BEFORE.finditer(full):
        start = _token_at(doc, match.end())
        found.append((start, _name_end(doc, start)))
    for match in _AGE_AFTER.finditer(full):
        end = start = _token_at(doc, match.start())
        while start > 0 and _name_word(doc[start - 1]):
            start -= 1
        if start < end and doc[end - 1].idx + len(doc[end - 1]) == match.start():
            found.append((start + (end - start - 1) // _MAX_NAME * _MAX_NAME, end))
    names = {key(doc[s:e].text) for s, e in found if s < e}
    words = {key(t.text) for s, e in found for t in doc[s:e] if t.is_alpha}
    return frozenset(names - {""}), frozenset(words - {""})


def _token_at(doc: Doc, char: int) -> int:
    """The index of the token at character ``char`` (the text's end: past the last)."""
    span = doc.char_span(char, char + 1, alignment_mode="expand")
    return span.start if span is not None else len(doc)


def _name_end(doc: Doc, start: int) -> int:
    """Where the name words from ``start`` end, at most ``_MAX_NAME`` of them."""
    end = start
    while end < len(doc) and end - start < _MAX_NAME and _name_word(doc[end]):
        end += 1
    return end


def _name_word(token) -> bool:
    """A capitalised word of a person's name ("Victoria", "Jr.")."""
    return token.text[:1].isupper() and (token.is_alpha or token.text.endswith("."))


def _aged(doc: Doc, start: int, end: int) -> bool:
    """Whether the name at ``start:end``, of two words or more, follows an age
    ("6-year-old", "18 year old") and neither a noun nor a comma or a hyphen follows it
    ("a 19-year-old Chicago Heights man", "a 4-year-old Fort Worth-area girl")."""
    if end - start < 2 or start < 2 or doc[start - 1].lower_ != "old":
        return False
    if doc[start - 2].lower_ not in ("-", "year", "years"):
        return False
    return end == len(doc) or (doc[end].pos_ != "NOUN" and doc[end].text not in _AFTER_PLACE)


def _named_after(doc: Doc, span: Span) -> bool:
    """Whether a name ends in or comes before a word of a disease or a holiday named
    after a place ("Marburg virus", "St. Patrick's Day"), or is an animal's before a word
    of hunting or eating it ("Turkey Hunting Accident")."""
    after = doc[span.end].lower_ if span.end < len(doc) else ""
    animal = _ANIMALS.get(span.text.lower(), frozenset())
    return span[-1].lower_ in _NAMED_AFTER or after in _NAMED_AFTER or after in animal


def _streets(doc: Doc, entities: tuple[Span, ...], full: str) -> list[tuple[int, int]]:
    """Streets by their shape: capitalised words (an ordinal, a compass initial) before a
    street word ("Governors' Parkway", "N. Cedar St.", "42nd Street"). A name the tagger
    calls a person's ("Jay Lane") needs a locative word or a house number before it."""
    ends = [doc.char_span(*m.span(), alignment_mode="expand") for m in _STREET.finditer(full)]
    ends = [span[-1] for span in ends if span is not None]
    if not ends:
        return []
    person = {t.i for ent in entities if ent.label_ == "PERSON" for t in ent}
    out = []
    for token in ends:
        if token.lower_ not in _STREET_WORDS or not token.text[:1].isupper():
            continue
        start = token.i
        while start > 0 and token.i - start < _MAX_TOKENS and _street_part(doc[start - 1]):
            start -= 1
        while (
            start < token.i and not doc[start].is_alpha and not _ORDINAL.fullmatch(doc[start].text)
        ):
            start += 1
        if start == token.i:
            continue
        before = doc[start - 1] if start else None
        cued = before is not None and (before.lower_ in _ALONG or before.like_num)
        if any(i in person for i in range(start, token.i + 1)) and not cued:
            continue
        out.append((doc[start].idx, token.idx + len(token)))
    return out


def is_street(text: str) -> bool:
    """Whether a name ends in a street word ("Willis Street", "N. Cedar St.")."""
    words = text.split()
    return len(words) > 1 and words[-1].lower() in _STREET_WORDS


def is_town_part(text: str) -> bool:
    """Whether a name is a part of a town named by where it lies ("South Side", "East
    End", "Far North Side") or by what towns call such a part ("Old Town")."""
    words = text.lower().split()
    if " ".join(words) in _PART_NAMES:
        return True
    return (
        len(words) > 1 and words[-1] in _PART_WORDS and all(w in _PART_COMPASS for w in words[:-1])
    )


def _street_part(token) -> bool:
    """A word that may stand in a street's name: capitalised and no stop word, an
    ordinal ("42nd"), a compass initial ("N.") or a possessive's apostrophe."""
    if _ORDINAL.fullmatch(token.text) or token.text in ("'", "\u2019"):
        return True
    return token.text[:1].isupper() and not token.is_stop and token.lower_ not in _NOT_PLACES


def _demonyms(doc: Doc, entities: tuple[Span, ...], gazetteer: Gazetteer) -> list[tuple[int, int]]:
    """Nationalities the tagger marks ("Russian", "Sri Lankan", "Palestinians"), which the
    corpora count as toponyms and which name their country (``rank`` resolves them)."""
    found = []
    for ent in entities:
        if ent.label_ == "NORP":
            span = _trim_article(doc, ent)
            if gazetteer.demonym(key(span.text)):
                found.append((span.start_char, span.end_char))
    return found


def _common(token) -> bool:
    """A capitalised stop word ("No", "Many"), not one in capitals ("US", "ME")."""
    return token.is_stop and not token.text.isupper()


def _people(m: Mention) -> bool:
    """A people's or a language's name ("Yoruba", "Hausa") that no type word beside it
    makes a place ("the Hausa district")."""
    return m.hint is None and bool(m.keys) and m.keys[0] in _PEOPLES


def _options(
    doc: Doc, entities: tuple[Span, ...], full: str, taken: list[bool], gazetteer: Gazetteer
) -> list[tuple[Span, set[Span], bool]]:
    """Untaken capitalised spans the gazetteer knows, longest first at each start (a
    span of the parse is made only for those kept)."""
    label_of = {t: ent for ent in entities for t in range(ent.start, ent.end)}
    tokens, caps = _tokens(doc)
    options: list[tuple[int, int, str, str, set[Span]]] = []
    for i, j in _runs(tokens, caps):
        if any(taken[i:j]):
            continue
        for a in range(i, j):
            for b in range(j, a, -1):
                if not caps[a] or tokens[b - 1][1] in _CONNECTORS:
                    continue
                text = full[tokens[a][2] : tokens[b - 1][2] + len(tokens[b - 1][0])]
                name = key(text)
                if gazetteer.demonym(name):
                    continue
                ents = {label_of[t] for t in range(a, b) if t in label_of}
                if any(e.label_ in ("DATE", "TIME", "MONEY", "CARDINAL") for e in ents):
                    continue
                if any(e.start < a or e.end > b for e in ents if e.label_ != "PERSON"):
                    continue
                options.append((a, b, text, name, ents))
    found = gazetteer.existing("key", {name for _, _, _, name, _ in options})
    loose = gazetteer.loose(
        {
            name
            for a, b, text, name, _ in options
            if name not in found and name not in _PEOPLES and _may_be_loose(doc, a, b, text)
        }
    )
    acronyms = {
        name for a, b, text, name, _ in options if _acronym(text) and not _filed(doc, full, a, b)
    }
    areas = gazetteer.keys_of_areas(acronyms & found, AREA_CODES)
    known = []
    for a, b, _, name, ents in sorted(options, key=lambda o: (o[0], o[0] - o[1])):
        if name in acronyms and name not in areas:
            continue
        close = name in loose and not any(e.label_ == "NORP" for e in ents)
        if (name in found or close) and not any(taken[a:b]):
            known.append((doc[a:b], ents, name not in found))
            taken[a:b] = [True] * (b - a)
    return known


def _accept(
    doc: Doc,
    entities: tuple[Span, ...],
    full: str,
    options: list[tuple[Span, set[Span], bool]],
    mentions: dict[tuple[int, int], Mention],
    home: set[str],
    gazetteer: Gazetteer,
    surnames: set[str],
    headlined: set[str] = frozenset(),
) -> None:
    """Keep the known spans whose context marks them as places (two passes forward and
    one back, for lists: "Swift and Wilkin counties"); a ``loose`` span (known only by
    a close spelling) is not taken for being named as a place elsewhere. The outlet's
    home towns (``home``, name keys) count as named as places, and so do the headline's
    names (``headlined``) where no street word follows the span ("a Zanesville bar",
    not "Hollywood Boulevard" or "Clay St."); ``surnames`` are the words of the
    article's person names (``_surnames``)."""
    names_as_places = {key(m.text) for m in mentions.values()} | home
    spans = [doc.char_span(s, e, alignment_mode="expand") for s, e in mentions]
    accepted_ends = {span.end for span in spans}
    buildings = {
        span.end
        for span, m in zip(spans, mentions.values(), strict=True)
        if m.label == "FAC" and len(span) > 1
    }
    accepted_starts = {span.start for span in spans}
    areas = _states(spans, gazetteer)
    states = _set_off(doc, areas)
    single = {key(span.text) for span, ents, _ in options if len(span) == 1 and ents}
    seats = gazetteer.keys_of_areas(single, SEATS)
    famous = _well_known({key(span.text) for span, _, _ in options if _modifier(span)}, gazetteer)
    read = []  # each span's place, key and the verdict its own words give, if they give one
    for span, ents, loose in options:
        after = doc[span.end].lower_ if span.end < len(doc) else ""
        name = key(span.text)
        cued = after in TYPE_WORDS or after in _FOLLOWING_CUES
        building = len(span) == 1 and _joined_to(doc, span.start, buildings)
        verdict = None
        if (_modifier(span) and name not in famous) or building:
            verdict = False
        elif cued or _opens_dateline(doc, full, span, areas):
            verdict = True
        elif name in surnames:
            verdict = False
        read.append((span, ents, loose, (span.start_char, span.end_char), name, verdict))
    for sweep in (read, read, read[::-1]):
        for span, ents, loose, where, name, verdict in sweep:
            if where in mentions:
                continue
            if verdict is not None:
                accept = verdict
            elif (
                (name in names_as_places and not loose)
                or (len(span) == 1 and name in seats)
                or (name in headlined and not loose and not _before_street(doc, span))
            ):
                accept = True
            elif any(e.label_ == "PERSON" for e in ents):
                accept = (
                    _listed(doc, span.start, accepted_ends)
                    or _before_state(doc, span.end, states)
                    or _strong_cue(doc, span.start)
                    or _residence(doc, entities, span)
                    or _travel(doc, span.start)
                )
            else:
                accept = (
                    _has_cue(doc, span.start, accepted_ends)
                    or _listed_before(doc, span.end, accepted_starts)
                    or _residence(doc, entities, span)
                    or _travel(doc, span.start)
                )
            if accept:
                mentions[where] = mention_for(doc, *where, "GAZ", full)
                names_as_places.add(name)
                accepted_ends.add(span.end)
                accepted_starts.add(span.start)


def _before_state(doc: Doc, end: int, states: Container[int]) -> bool:
    """Whether a name is set off by a comma before a state's name ("Eufaula, Ala.,")."""
    return end < len(doc) and doc[end].text == "," and end + 1 in states


def _states(spans: list[Span | None], gazetteer: Gazetteer) -> dict[int, int]:
    """The first and end tokens of the found names that name a first-level area."""
    found = [span for span in spans if span is not None]
    areas = gazetteer.keys_of_areas({key(span.text) for span in found}, ("ADM1",))
    return {span.start: span.end for span in found if key(span.text) in areas}


def _set_off(doc: Doc, states: dict[int, int]) -> set[int]:
    """The first tokens of the first-level areas' names (``states``) set off by a comma or
    closing a sentence: a name written before one, after a comma, is a town of it
    ("Eufaula, Ala., police"), though the tagger read the town as a person."""
    return {
        start
        for start, end in states.items()
        if end == len(doc) or doc[end].text in (",", ".") or doc[end].is_space
    }


def _before_street(doc: Doc, span: Span) -> bool:
    """Whether a street word follows the span: it opens a street's name."""
    return span.end < len(doc) and doc[span.end].lower_ in _STREET_WORDS


def _joined_to(doc: Doc, start: int, buildings: set[int]) -> bool:
    """A word joined by "and" to a building's name before it, with no comma: the rest of
    the building's name ("Silver Spur Bar and Grill"), no town called Grill."""
    return start >= 2 and doc[start - 1].lower_ == "and" and start - 1 in buildings


def _modifier(span: Span) -> bool:
    """An adjective opening a sentence ("Young boy shot in ..."), a word of the dictionary
    that the gazetteer also has as a town: no place, whatever follows, unless a
    well-known place's name ("Mobile police said", checked by the caller)."""
    token = span[0]
    return (
        len(span) == 1
        and token.is_sent_start
        and token.pos_ == "ADJ"
        and token.lower_ in nlp.dictionary_words()
    )


def _surnames(entities: tuple[Span, ...]) -> set[str]:
    """Keys of the words of multi-word person names ("Brown" of "Jerry Brown"), and of
    names shaped like a person's whatever the tagger calls them: a middle initial
    between two names ("Tyrise M. Bell", tagged an organisation)."""
    return {
        key(t.text)
        for ent in entities
        if (ent.label_ == "PERSON" and len(ent) > 1 and " " in ent.text)
        or _PERSON_SHAPE.fullmatch(ent.text)
        for t in ent
        if t.text[:1].isupper()
    }


def _well_known(names: set[str], gazetteer: Gazetteer) -> set[str]:
    """The names among ``names`` of a country, a first-level area or a city of 100,000."""
    found = gazetteer.by_key(names)
    return {
        name
        for name, cands in found.items()
        if any(c.feature_code in ("PCLI", "ADM1") or c.population >= 100_000 for c in cands)
    }


def _places_in_organisations(
    doc: Doc,
    entities: tuple[Span, ...],
    mentions: dict[tuple[int, int], Mention],
    gazetteer: Gazetteer,
    headlined: set[str] = frozenset(),
) -> list[Span]:
    """Places that open or close an organisation's or a building's name ("Kirkuk police",
    "University of Texas", "Huntsville High School"), and a place the tagger took into
    a building's name after "in" ("Peck Homestead in Lombard").

    Only countries, first-level areas and names the article uses as places elsewhere
    count, so an organisation merely named like a town somewhere stays an organisation,
    unless the words after the name make it a place: a public body's ("Paris Public
    Library", "Jackson County Circuit Court") or a following cue ("a Gainesville man").
    Of the spans found opening at one word the longest counts ("Pasco County", not Peru's
    Pasco region, of "Pasco County Sheriff's Office"). Of an organisation's name no
    opening of which is known so, the longest opening that
    the headline names (``headlined``, ``headline_names``) counts ("Dallas" of "Dallas
    ISD" under "Shooting at a high school in Dallas"), unless the headline gives the
    whole name ("Hope Mills", not "Hope", of a "Hope Mills" the tagger calls an
    organisation) or a street word follows it ("Bourbon Street Shooting Task Force").
    """
    places = {key(m.text) for m in mentions.values()}
    parts, elsewhere, tails, located, headed = [], [], [], [], []
    for ent in entities:
        if ent.label_ in _MISREAD and len(ent) >= 2:
            ent = _trim_article(doc, ent)
            elsewhere.extend(doc[ent.start : ent.start + k] for k in range(1, len(ent)))
        if not _organisational(ent) or len(ent) < 2:
            continue
        ent = _trim_article(doc, ent)
        openings = [doc[ent.start : ent.start + k] for k in range(1, min(3, len(ent) - 1) + 1)]
        parts.extend(openings)
        if ent.label_ == "ORG" and key(ent.text) not in headlined:
            headed.append((openings, [p for p in openings if key(p.text) in headlined][-1:]))
        of = next((t.i for t in ent if t.lower_ == "of"), None)
        if of is not None and of + 1 < ent.end:
            tails.append([doc[of + 1 : k] for k in range(ent.end, of + 1, -1)])
        within = next((t.i for t in ent if t.lower_ == "in" and t.i > ent.start), None)
        if within is not None and within + 1 < ent.end:
            located.append([doc[within + 1 : k] for k in range(ent.end, within + 1, -1)])
    names = {key(p.text) for p in parts} | {key(p.text) for tail in tails for p in tail}
    wide = gazetteer.keys_of_areas(names - places, ("PCLI", "ADM1"))
    out = [p for p in elsewhere if key(p.text) in places and _opens_name(p)]
    known = places | wide
    for part in parts + [_placed(tail, known) for tail in tails]:
        if part is not None and key(part.text) in known and _opens_name(part):
            out.append(part)
    for openings, longest in headed:
        if not any(key(p.text) in known for p in openings):
            out.extend(p for p in longest if _opens_name(p) and not _before_street(doc, p))
    cued = _cued_parts(doc, entities)
    known = gazetteer.existing("key", {key(p.text) for group in cued + located for p in group})
    for part in (_placed(tail, known) for tail in located):
        if part is not None and all(_capitalised(t) for t in part):
            out.append(part)
    for group in cued:
        out.extend([p for p in group if key(p.text) in known][:1])
    longest = {p.start: p for p in sorted(out, key=len)}
    return [p for p in out if longest[p.start] is p]


def _body_named(ent: Span) -> bool:
    """A name ending in a word of a body, an event or a law ("Titus County Sheriff's
    Office", "Riverwalk Music Festival", "Wild Monongahela Act"), whatever label the
    tagger gives it: no place itself, though a place may open it."""
    last = ent[-1] if ent[-1].lower_ not in ("'s", "’s") or len(ent) < 2 else ent[-2]
    return len(ent) >= 2 and last.lower_ in _BODY_WORDS


def _organisational(ent: Span) -> bool:
    """An organisation's, a building's or a body's name (``_body_named``)."""
    return ent.label_ in ("ORG", "FAC") or (ent.label_ in PLACE_LABELS and _body_named(ent))


def _placed(tail: list[Span], known: set[str]) -> Span | None:
    """The longest opening of the words after an "of" (``tail``, longest first) that
    names a known place: "Kentucky" of "University of Kentucky College of Law"."""
    return next((p for p in tail if key(p.text) in known), None)


def _cued_parts(doc: Doc, entities: tuple[Span, ...]) -> list[list[Span]]:
    """Per organisation or building, the spans that its own words mark as a place,
    longest first: the whole name before a following cue ("a Gainesville man"), the
    words before a public body's ("Paris" of "Paris Public Library") and an opening
    that ends in "County" or the like ("Merrimack County" of "Merrimack County
    Superior Court"). "Oxford City Council" is Oxford's council."""
    groups = []
    for ent in entities:
        if not _organisational(ent):
            continue
        ent = _trim_article(doc, ent)
        after = doc[ent.end].lower_ if ent.end < len(doc) else ""
        if len(ent) <= 3 and after in _FOLLOWING_CUES:
            groups.append([ent])
        opening = range(min(3, len(ent) - 1), 0, -1)
        groups.append(
            [ent[:k] for k in opening if ent[k].lower_ in _INSTITUTIONS or _area(ent[k - 1])]
        )
    return [[p for p in group if _name_like(p)] for group in groups]


def _area(token) -> bool:
    """A type word for an administrative area ("County", "Parish", "Province")."""
    return TYPE_WORDS.get(token.lower_) in AREA_HINTS


def _name_like(span: Span) -> bool:
    """Every word capitalised, not a lone common word ("Both", "Many"), and not ending
    in a public body's word other than an area's ("Springfield City")."""
    last = span[-1]
    if last.lower_ in _INSTITUTIONS and not _area(last):
        return False
    rest = all(_capitalised(t) for t in span[1:])
    return _opens_name(span) and rest and not (len(span) == 1 and span[0].is_stop)


def firm_names(doc: Doc, entities: tuple[Span, ...]) -> set[str]:
    """Keys of the one-word names that open a firm's or a private body's name among the
    article's entities ("Belk" of "The Belk Foundation", "Titan" of "Titan Operating")."""
    found = set()
    for ent in entities:
        if ent.label_ not in ("ORG", "FAC"):
            continue
        start = ent.start + int(len(ent) > 1 and doc[ent.start].lower_ == "the")
        if ent.end - start >= 2 and doc[start + 1].lower_.rstrip(".") in _FIRM_WORDS:
            found.add(key(doc[start].text))
    return found


def premises(entities: tuple[Span, ...]) -> list[tuple[int, int]]:
    """The character spans of the entities that name buildings and premises ("the
    Tuscany Park Apartments", "the Madrid Motel"): a place name inside one names the
    building, not the place."""
    return [
        (ent.start_char, ent.end_char)
        for ent in entities
        if ent.label_ in ("ORG", "FAC") and len(ent) >= 2 and ent[-1].lower_ in _FACILITY_WORDS
    ]


def common_words(doc: Doc, mentions: list[Mention]) -> set[str]:
    """Keys of the one-word mentions the tagger reads as a common word (an adjective, a
    noun or a verb, not a proper noun): "Arab" of "an Arab woman", "Fly" of a slogan."""
    found = set()
    for m in mentions:
        span = doc.char_span(m.start, m.end, alignment_mode="expand")
        if span is not None and len(span) == 1 and span[0].pos_ in ("ADJ", "NOUN", "VERB"):
            found.update(m.keys[:1])
    return found


def demonym_countries(text: str, gazetteer: Gazetteer) -> list[str]:
    """Country codes of the demonyms in the article ("Iraqi", "Kurdish", "US-led")."""
    found = []
    for word in _CAPITALISED_WORD.findall(text):
        for part in [word, *word.split("-")]:
            code = gazetteer.demonym(key(part))
            if code:
                found.append(code)
                break
    return found
