"""What the words around a facet word tell of it (``incidents.facets``).

Ten readings, each from the article's text and its cached actors (no parse):

- *the doer's own death*: "killed himself", "a suicide note" tell the death of the one who
  did the harm, apart from the deaths he caused ("murder-suicide" names them all);
- *a group's deaths*: "two people were killed", "the bodies", "the murder-suicide" tell
  the deaths of several people at once, apart from one victim's death, and "shot his wife
  and son", "their injuries" the hits and injuries of several;
- *a named person's death*: "Washington's death" tells that person's death;
- *its deaths*: "the killings" in a report of two or more killed tells their deaths;
- *a gerund's person object*: "accidentally shooting his friend" tells the hit, not the
  shots fired;
- *a shot as a noun*: "he took a shot" tells a shot fired, not the hit;
- *a tally*: a sentence that counts several happenings ("more than 600 homicides this
  year, including the fatal shootings of ...", "the number of children killed") tells of
  no one happening, so none of its words of harm does either;
- *a predicate of kind*: "the shooting was an accident" says what kind of happening it
  was, and tells none;
- *an office*: "the suicide prevention hotline", "Homicide Watch" name no happening;
- *the happening as a pronoun*: "it" in "it was accidental", "It's a total shock" is the
  whole happening.
"""

from __future__ import annotations

import re
from functools import lru_cache
from importlib import resources

import yaml

from dateline.events.numbers import value_of
from dateline.models import Result

TALLY_LEAST = 3  # "two" counts the people of one happening as often as several happenings
GROUP_LEAST = 2
GROUP_WINDOW = 5  # words of the clause before a death word read for a group
_SENTENCE_END = re.compile(r"[.!?][\"'”’)]*\s+|\n+")
_COUNT = re.compile(r"(?<![/:\d,.])\b([^\W_]+(?:,\d{3})*)\s+(?!(?:a\.?m|p\.?m)\b)[a-z]")
_SPACE = re.compile(r"[^\S\n]+")
_YEAR = re.compile(r"(?:19|20)\d\d")
_CLAUSE_MARK = re.compile(r"[,;:—()]")
_TOKEN = re.compile(r"[\w'’-]+")
_POSSESSIVE = re.compile(r"\s*['’]\s*s\s+(?:[\w-]+\s+)?")


@lru_cache(maxsize=1)
def _words() -> dict[str, frozenset[str]]:
    path = resources.files("dateline.incidents").joinpath("data/facet_context.yaml")
    with path.open("rb") as handle:
        data = yaml.safe_load(handle)
    return {key: frozenset(w.casefold() for w in words) for key, words in data.items()}


def _alternatives(key: str) -> str:
    return "|".join(map(re.escape, sorted(_words()[key])))


@lru_cache(maxsize=1)
def _reflexive() -> re.Pattern[str]:
    return re.compile(rf"\s+(?:{_alternatives('reflexives')})\b", re.IGNORECASE)


@lru_cache(maxsize=1)
def _joined() -> re.Pattern[str]:
    """A word of every death joined to the word before or after it ("murder-suicide")."""
    every = _alternatives("every_death")
    return re.compile(rf"(?:\b(?:{every})\W{{1,3}}$)|(?:^\W{{1,3}}(?:{every})\b)", re.IGNORECASE)


@lru_cache
def _word_before(key: str) -> re.Pattern[str]:
    """A word of the list ``key`` and the spaces after it on its line, at the end."""
    return re.compile(rf"(?<![\w'’])(?:{_alternatives(key)})[^\S\n]+$", re.IGNORECASE)


@lru_cache
def _word_after(key: str) -> re.Pattern[str]:
    """Spaces on the line and then a word of the list ``key``."""
    return re.compile(rf"[^\S\n]+(?:{_alternatives(key)})\b", re.IGNORECASE)


@lru_cache(maxsize=1)
def _count_phrase() -> re.Pattern[str]:
    phrases = "|".join(r"\s+".join(map(re.escape, p.split())) for p in _words()["count_phrases"])
    return re.compile(rf"\b(?:{phrases})\b", re.IGNORECASE)


@lru_cache(maxsize=1)
def _classing() -> re.Pattern[str]:
    """A copula, an optional "not", an indefinite article and up to two words, at the end."""
    copula = _alternatives("copulas")
    return re.compile(
        rf"(?<![\w'’])(?:{copula})\s+(?:not\s+)?an?\s+(?:[\w-]+\s+){{0,2}}$", re.IGNORECASE
    )


@lru_cache(maxsize=1)
def _pronoun_subject() -> re.Pattern[str]:
    """A pronoun of ``happening_pronouns`` before a copula of ``pronoun_copulas`` or "'s"
    that opens no clause (``clause_openers``) within the next four words."""
    pronoun, copula = _alternatives("happening_pronouns"), _alternatives("pronoun_copulas")
    opener = _alternatives("clause_openers")
    return re.compile(
        rf"(?<![\w'’])(?:{pronoun})(?=(?:[^\S\n]+(?:{copula})|[^\S\n]*['’]s)(?![\w'’])"
        rf"(?![^\S\n]+(?:[\w'’-]+[^\S\n]+){{0,3}}?(?:{opener})\b))",
        re.IGNORECASE,
    )


def own_death(text: str, start: int, end: int) -> bool:
    """Whether the death word at ``text[start:end]`` tells the doer's own death: a
    reflexive follows it ("killed himself", "killing herself") or it is one of
    ``own_deaths`` ("suicide") not joined to a word of every death ("murder-suicide")."""
    if _reflexive().match(text, end):
        return True
    if text[start:end].casefold() not in _words()["own_deaths"]:
        return False
    near = _joined()
    return not near.search(text[max(0, start - 12) : start]) and not near.search(
        text[end : end + 12]
    )


@lru_cache(maxsize=1)
def _joined_own() -> re.Pattern[str]:
    """A word of the doer's own death joined after a word of every death ("-suicide")."""
    return re.compile(rf"\W{{1,3}}(?:{_alternatives('own_deaths')})", re.IGNORECASE)


@lru_cache(maxsize=1)
def _plural_subject() -> re.Pattern[str]:
    """A word of ``plural_subjects`` and up to three of ``subject_fillers``, at the end."""
    subject, filler = _alternatives("plural_subjects"), _alternatives("subject_fillers")
    return re.compile(rf"(?<![\w'’])(?:{subject})\s+(?:(?:{filler})\s+){{0,3}}$", re.IGNORECASE)


@lru_cache(maxsize=1)
def _joined_objects() -> re.Pattern[str]:
    """Two people the word (or "shot" after it) takes: a word of ``group_objects`` (or an
    age, "6-year"), up to five words of no new clause (``clause_words``), then "and" or
    ", then" and another, or a reflexive after a comma."""
    person = rf"(?:{_alternatives('group_objects')}|\d+|[\w-]+-year)"
    clause, reflexive = _alternatives("clause_words"), _alternatives("reflexives")
    return re.compile(
        rf"\s+(?:shot\s+)?{person}\b(?:\s+(?!(?:{clause})\b)[\w'’-]+){{0,5}}?\s*"
        rf"(?:\band\s+(?:then\s+)?{person}|,\s+then\s+{person}|,\s+(?:{reflexive}|self))\b",
        re.IGNORECASE,
    )


def _counts_a_group(words: list[str], index: int) -> bool:
    """Whether ``words[index]`` is a count of two or more people: a number or a word of
    ``group_counts`` followed by a word of ``group_count_followers``, not after "of"."""
    word = words[index]
    value = value_of(word)
    many = word in _words()["group_counts"] or (
        value is not None and value >= GROUP_LEAST and not _YEAR.fullmatch(word)
    )
    return (
        many
        and index + 1 < len(words)
        and words[index + 1] in _words()["group_count_followers"]
        and not (index and words[index - 1] == "of")
    )


@lru_cache(maxsize=1)
def _plural_possessive() -> re.Pattern[str]:
    """A word of ``plural_possessives`` and at most one word more, at the end."""
    possessive = _alternatives("plural_possessives")
    return re.compile(rf"(?<![\w'’])(?:{possessive})\s+(?:[\w-]+\s+)?$", re.IGNORECASE)


def of_several(text: str, start: int, end: int) -> bool:
    """Whether the word at ``text[start:end]`` tells the harm of several people: it takes
    two (``takes_two_people``) or follows a plural possessive in its sentence ("died from
    their injuries")."""
    begin = sentence_of(text, start, end)[0]
    return takes_two_people(text, start, end) or bool(
        _plural_possessive().search(text, begin, start)
    )


def takes_two_people(text: str, start: int, end: int) -> bool:
    """Whether the word at ``text[start:end]`` takes two people in its sentence
    (``_joined_objects``): "killed his wife and son", "shot her son, then herself"."""
    return _joined_objects().match(text, end, sentence_of(text, start, end)[1]) is not None


def tells_a_group(text: str, start: int, end: int) -> bool:
    """Whether the death word at ``text[start:end]`` tells the deaths of several people at
    once: it is one of ``group_deaths`` ("the bodies"), a word of every death joined to the
    doer's own ("murder-suicide"), it follows a plural subject ("they later died") or takes
    two people (``_joined_objects``: "killed his wife and son"), or the last
    ``GROUP_WINDOW`` words of its clause before it hold a count of people
    (``_counts_a_group``: "two people were killed", "three found dead", "two fatally") or a
    word of ``group_people`` ("the victims later died") with no word of ``doer_verbs``
    after it ("two teens charged with murder")."""
    word = text[start:end].casefold()
    if word in _words()["group_deaths"]:
        return True
    if word in _words()["every_death"] and _joined_own().match(text, end):
        return True
    begin = sentence_of(text, start, end)[0]
    if _plural_subject().search(text, begin, start) or takes_two_people(text, start, end):
        return True
    clause = _CLAUSE_MARK.split(text[begin:start])[-1]
    words = [w.casefold() for w in _TOKEN.findall(clause)][-GROUP_WINDOW:] + [word]
    doers = _words()["doer_verbs"]
    return any(
        (_counts_a_group(words, i) or words[i] in _words()["group_people"])
        and not doers.intersection(words[i + 1 :])
        for i in range(len(words) - 1)
    )


def possessor(result: Result, start: int) -> str | None:
    """The last name (lower case) of the named person of the article's actors whose
    possessive stands right before the word at ``start``, at most one word between
    ("Washington's death", "Huang's body", "Dolan's sudden death"), else None."""
    text = result.article.text
    for actor in result.actors:
        if (
            actor.kind == "person"
            and actor.end <= start
            and actor.text.split()
            and _POSSESSIVE.fullmatch(text, actor.end, start)
        ):
            return actor.text.split()[-1].casefold()
    return None


def the_deaths(text: str, start: int, end: int) -> bool:
    """Whether the word at ``text[start:end]`` is a plural of the act of killing
    (``plural_deaths``) after a definite word (``definites``): "the killings"."""
    return text[start:end].casefold() in _words()["plural_deaths"] and bool(
        _word_before("definites").search(text, max(0, start - 10), start)
    )


def hits_a_person(result: Result, start: int, end: int) -> bool:
    """Whether the firing word at ``start:end`` is a gerund of firing (``hitting_gerunds``)
    followed on its line by the person it hit: a named person of the article's actors or a
    word of ``person_objects``."""
    text = result.article.text
    if text[start:end].casefold() not in _words()["hitting_gerunds"]:
        return False
    if _word_after("person_objects").match(text, end):
        return True
    space = _SPACE.match(text, end)
    return space is not None and any(
        a.kind == "person" and a.start == space.end() for a in result.actors
    )


def a_shot_fired(text: str, start: int, end: int) -> bool:
    """Whether the hit word at ``text[start:end]`` is a noun of one discharge of a gun
    (``shot_nouns``) after a word of ``shot_determiners`` ("took a shot", "a warning
    shot")."""
    return text[start:end].casefold() in _words()["shot_nouns"] and bool(
        _word_before("shot_determiners").search(text, max(0, start - 20), start)
    )


def classes_it(text: str, start: int) -> bool:
    """Whether the word at ``start`` is the noun of a predicate saying what kind of
    happening it was: after a copula (``copulas``) and an indefinite article, with at most
    two words between ("was an accident", "ruled an accident", "was not a random
    incident")."""
    return _classing().search(text, max(0, start - 60), start) is not None


def names_office(text: str, end: int) -> bool:
    """Whether the word ending at ``end`` is followed on its line by a word of ``offices``
    ("suicide prevention", "Homicide Watch"): it names an office or a service."""
    return _word_after("offices").match(text, end) is not None


def sentence_of(text: str, start: int, end: int) -> tuple[int, int]:
    """The span of the sentence holding ``text[start:end]``, cut at a sentence's final
    mark followed by a space, or at a line break."""
    begin = 0
    for found in _SENTENCE_END.finditer(text, 0, start):
        begin = found.end()
    after = _SENTENCE_END.search(text, end)
    return begin, after.start() if after else len(text)


def counts(text: str) -> bool:
    """Whether the text counts several things: a number of at least ``TALLY_LEAST``
    followed by the word it counts ("600 homicides", "seven people"), not a year, a date
    or a time ("4/11", "1:26 PM")."""
    for found in _COUNT.finditer(text):
        number = found.group(1)
        value = value_of(number.casefold())
        if value is not None and value >= TALLY_LEAST and not _YEAR.fullmatch(number):
            return True
    return False


def names_a_count(text: str) -> bool:
    """Whether the text speaks of a count of things by one of ``count_phrases`` ("the
    number of children killed")."""
    return _count_phrase().search(text) is not None


def happening_pronouns(text: str) -> list[tuple[int, int]]:
    """The spans of the pronouns that stand for the happening the text tells: "it" or
    "this" as the subject of a copula ("it was accidental", "It's a total shock"), not
    before a clause it stands for ("it was unclear whether ...")."""
    return [found.span() for found in _pronoun_subject().finditer(text)]
