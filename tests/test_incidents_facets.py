"""Facet mentions: every word of harm in an article tells a facet (the death, the shots
fired, the hit, the injury, the whole happening) of the event whose mention covers it,
else of the article's lead happening; facets of one incident are told apart."""

from __future__ import annotations

import pytest

from dateline import fuse
from dateline.incidents.facets import facet_mentions
from dateline.models import Actor, Article, Event, Mention, Place, Result

TOLEDO = Place("Toledo", 0, 6, 1, "Toledo", "US", "OH", 41.66, -83.56, "PPL")


def _event(text: str, trigger: str, kind: str, salience: float, about: int | None = None) -> Event:
    start = text.index(trigger)
    return Event(
        kind, text, start, start + len(trigger), mode="firearms", place=TOLEDO,
        date="2026-03-14", date_precision="day", salience=salience, confidence=0.8,
        mentions=[Mention(start, start + len(trigger), 0)], about=about,
    )  # fmt: skip


def _told(result: Result) -> list[tuple[str, str, int | None]]:
    text = result.article.text
    return [(text[f.start : f.end], f.facet, f.event) for f in facet_mentions(result)]


def test_words_of_harm_go_to_the_covering_event_else_the_lead_happening() -> None:
    text = (
        "Police arrested a Toledo man on Monday in the weekend shooting. A woman was shot "
        "outside a bar on Dorr Street and died at the hospital; her friend was wounded. "
        "Investigators called the incident a robbery."
    )
    shooting = _event(text, "shot", "ASSAULT", 0.6)
    arrest = _event(text, "arrested", "COERCE", 0.9, about=1)
    result = Result(Article(text=text, published="2026-03-16"), events=[arrest, shooting])
    assert _told(result) == [
        ("shooting", "firing", 1),
        ("shot", "hit", 1),
        ("died", "death", 1),
        ("wounded", "injury", 1),
        ("incident", "whole", 1),
    ]


def test_an_article_without_events_tells_no_facet() -> None:
    result = Result(Article(text="Two men were shot and killed on Dorr Street."))
    assert facet_mentions(result) == []


def test_facets_of_one_incident_across_two_reports_meet() -> None:
    first = "A Toledo teenager was shot and killed on Dorr Street on Saturday night."
    second = "Gunfire on Dorr Street killed a Toledo teenager on Saturday, police said."
    results = [
        Result(
            Article(text=text, source=source, published="2026-03-15"),
            events=[_event(text, trigger, "ASSAULT", 0.9)],
        )
        for text, trigger, source in ((first, "shot", "Blade"), (second, "Gunfire", "Wire"))
    ]
    (incident,) = fuse(results)
    facets = {
        (r.article.text[f.start : f.end], f.facet)
        for r in results
        for f in facet_mentions(r)
        if (r.article.id, f.event) in {(m.article_id, m.event) for m in incident.members}
    }
    assert facets == {("shot", "hit"), ("killed", "death"), ("Gunfire", "firing")}


@pytest.mark.parametrize(
    ("text", "trigger", "published", "told"),
    [
        pytest.param(
            "A man was shot on Dorr Street on Saturday night. It was the city's third "
            "shooting this month, and police say the homicides and shootings of the past "
            "year have made the street a worry.",
            "shot",
            "2026-03-15",
            [
                ("shot", "hit", 0),
                ("It", "whole", 0),
                ("shooting", "firing", 0),
                ("homicides", "several", None),
                ("shootings", "several", None),
            ],
            id="a plural naming several happenings is a facet of no event",
        ),
        pytest.param(
            "A deputy opened fire on a pickup on Route 2 on Sunday. Earlier, the gun of a "
            "hunter nearby went off by accident, and no one was hurt.",
            "opened fire",
            "2026-03-16",
            [
                ("opened fire", "firing", 0),
                ("went off", "firing", 0),
                ("accident", "whole", 0),
                ("hurt", "injury", 0),
            ],
            id="a phrase tells its facet once and the words inside it no more",
        ),
        pytest.param(
            "A man was shot outside a bar on Kent Street on Friday. Medics could not revive "
            "him, and his family spoke of their loss at a vigil.",
            "shot",
            "2026-03-14",
            [("shot", "hit", 0), ("revive", "death", 0), ("loss", "death", 0)],
            id="a death told by the failed rescue and the family's loss",
        ),
        pytest.param(
            "A bullet fired on Kent Street on Friday went through a window, striking a boy. "
            "Nurses treating him were unable to save him, and he lost his life that night. "
            "Autopsies were done on Monday, and his burial is set for Friday.",
            "fired",
            "2026-03-17",
            [
                ("bullet", "firing", 0),
                ("fired", "firing", 0),
                ("striking", "hit", 0),
                ("treating", "injury", 0),
                ("unable to save", "death", 0),
                ("lost his life", "death", 0),
                ("Autopsies", "death", 0),
                ("burial", "death", 0),
            ],
            id="a death told by a life lost, a rescue failed, its autopsies and burial",
        ),
        pytest.param(
            "A man was shot on Kent Street on Friday. Police said the shooting was an "
            "accident, the death was ruled an accident, and it was not a random incident. "
            "The incident is under review.",
            "shot",
            "2026-03-14",
            [
                ("shot", "hit", 0),
                ("shooting", "firing", 0),
                ("accident", "whole", None),
                ("death", "death", 0),
                ("accident", "whole", None),
                ("it", "whole", 0),
                ("incident", "whole", None),
                ("incident", "whole", 0),
            ],
            id="a predicate saying what kind of happening it was tells none",
        ),
        pytest.param(
            "A man was shot and killed on Kent Street on Friday. The homicide unit is "
            "investigating, and the city's suicide prevention hotline is open all night.",
            "shot",
            "2026-03-14",
            [
                ("shot", "hit", 0),
                ("killed", "death", 0),
                ("homicide", "death", None),
                ("suicide", "death", None),
            ],
            id="a word of harm naming an office tells no happening",
        ),
        pytest.param(
            "A girl was shot on Kent Street on Friday. The number of children killed or "
            "wounded by gunfire in the city has doubled, the mayor said.",
            "shot",
            "2026-03-14",
            [
                ("shot", "hit", 0),
                ("killed", "death", None),
                ("wounded", "injury", None),
                ("gunfire", "firing", None),
            ],
            id="a sentence speaking of the number of happenings tells of none",
        ),
        pytest.param(
            "A man was shot on Kent Street on Friday, and neighbours spoke of reckless "
            "shooting incidents and fatal shootings on the street. The shooting is under "
            "investigation.",
            "shot",
            "2026-03-14",
            [
                ("shot", "hit", 0),
                ("shooting", "firing", None),
                ("incidents", "several", None),
                ("fatal", "death", None),
                ("shootings", "several", None),
                ("shooting", "firing", 0),
            ],
            id="a word qualifying a plural naming several names several too",
        ),
        pytest.param(
            "A boy was shot on Kent Street on Friday. Police said it was unclear whether "
            "the gun was his; a neighbour said it was a shock, and it's hard to say why. "
            "This was the street's first shooting.",
            "shot",
            "2026-03-14",
            [
                ("shot", "hit", 0),
                ("it", "whole", 0),
                ("This", "whole", 0),
                ("shooting", "firing", 0),
            ],
            id="it as the subject of a copula is the whole happening, not a clause's it",
        ),
        pytest.param(
            "A teenager was shot and killed on Dorr Street on Saturday. It was the city's "
            "40th homicide; more than 120 people have been wounded in 95 shootings this "
            "year. Since 2019, shootings have left the street grieving; by 11:30 p.m. its "
            "neighbours, who hear shootings often, were mourning.",
            "shot",
            "2026-03-15",
            [
                ("shot", "hit", 0),
                ("killed", "death", 0),
                ("It", "whole", None),
                ("homicide", "death", None),
                ("wounded", "injury", None),
                ("shootings", "several", None),
                ("shootings", "several", None),
                ("grieving", "death", 0),
                ("shootings", "several", None),
                ("mourning", "death", 0),
            ],
            id="a sentence counting several happenings tells of none, a year or time no count",
        ),
    ],
)
def test_the_facets_one_report_tells(
    text: str, trigger: str, published: str, told: list[tuple[str, str, int | None]]
) -> None:
    shooting = _event(text, trigger, "ASSAULT", 0.9)
    result = Result(Article(text=text, published=published), events=[shooting])
    assert _told(result) == told


def _persons(text: str, killed: float) -> list[tuple[str, str, str | None]]:
    shooting = _event(text, "shot", "ASSAULT", 0.9)
    shooting.quantities = {"killed": killed}
    result = Result(Article(text=text, published="2026-03-15"), events=[shooting])
    return [
        (text[f.start : f.end], f.facet, f.person)
        for f in facet_mentions(result)
        if f.facet == "death"
    ]


def test_the_doers_own_death_is_told_apart_when_he_killed_others() -> None:
    text = (
        "A Toledo man shot and killed his wife and her sister on Dorr Street on Saturday "
        "before killing himself. Neighbours called the murder-suicide senseless, and "
        "police said a suicide note was found."
    )
    assert _persons(text, 3) == [
        ("killed", "death", "group"),
        ("killing", "death", "doer"),
        ("murder", "death", "group"),
        ("suicide", "death", None),
        ("suicide", "death", "doer"),
    ]


def test_the_deaths_of_several_told_at_once_are_the_groups() -> None:
    text = (
        "Two people were shot and killed outside a Toledo bar on Saturday, and police said "
        "three men were charged with murder. The bodies were found near the door. A father "
        "of four died at the hospital on Sunday, and his death was the city's tenth."
    )
    assert _persons(text, 3) == [
        ("killed", "death", "group"),
        ("murder", "death", None),
        ("bodies", "death", "group"),
        ("died", "death", None),
        ("death", "death", None),
    ]


def test_the_deaths_of_the_people_a_word_takes_or_a_plural_subject_are_the_groups() -> None:
    text = (
        "A Toledo man shot and killed his wife and son on Saturday. They were both "
        "pronounced dead at the scene. A year ago he killed his friend, Dale Coleman, and "
        "a neighbour said Coleman died in his arms."
    )
    assert _persons(text, 2) == [
        ("killed", "death", "group"),
        ("dead", "death", "group"),
        ("killed", "death", None),
        ("died", "death", None),
    ]


def test_the_hits_of_the_two_people_a_word_takes_are_the_groups() -> None:
    text = (
        "A Toledo man shot his wife and son on Dorr Street on Saturday, and a neighbour "
        "was shot in the arm. A week ago he shot her brother, then himself."
    )
    result = Result(Article(text=text), events=[_event(text, "shot", "ASSAULT", 0.9)])
    assert [(f.facet, f.person) for f in facet_mentions(result)] == [
        ("hit", "group"),
        ("hit", None),
        ("hit", "group"),
    ]


@pytest.mark.parametrize(
    ("killed", "persons"), [(2, ["coleman", "hill", "coleman"]), (1, [None] * 3)]
)
def test_a_named_persons_death_is_that_persons_in_a_report_of_several_killed(
    killed: float, persons: list[str | None]
) -> None:
    text = (
        "A gunman shot two men on Dorr Street on Saturday. Dale Coleman's death came hours "
        "before Ray Hill's death, and neighbours said Coleman's sudden death shocked them."
    )
    names = [("Dale Coleman", 0), ("Ray Hill", 0), ("Coleman", text.index("Coleman's sudden"))]
    actors = [
        Actor(name, text.index(name, at), text.index(name, at) + len(name), kind="person")
        for name, at in names
    ]
    event = _event(text, "shot", "ASSAULT", 0.9)
    event.quantities = {"killed": killed}
    result = Result(Article(text=text), actors=actors, events=[event])
    assert [f.person for f in facet_mentions(result) if f.facet == "death"] == persons


def test_injuries_after_a_plural_possessive_are_the_groups() -> None:
    text = (
        "A gunman shot a Toledo couple on Saturday, and both later died of their gunshot "
        "wounds. A neighbour's wounds were minor."
    )
    result = Result(Article(text=text), events=[_event(text, "shot", "ASSAULT", 0.9)])
    assert [(f.facet, f.person) for f in facet_mentions(result) if f.facet == "injury"] == [
        ("injury", "group"),
        ("injury", None),
    ]


def test_the_killings_of_a_report_of_several_killed_are_its_deaths() -> None:
    text = (
        "A Toledo man shot and killed his wife and her sister on Dorr Street on Saturday. "
        "Police gave no motive for the killings, and the city's homicides this year are "
        "few; the deaths this weekend were the city's first."
    )
    assert _persons(text, 2) == [
        ("killed", "death", "group"),
        ("killings", "death", "group"),
    ]
    assert _persons(text, 1) == [("killed", "death", "group")]


def test_a_lone_suicide_is_the_one_death_of_its_happening() -> None:
    text = "A Toledo man shot and killed himself on Dorr Street on Saturday, police said."
    assert _persons(text, 1) == [("killed", "death", None)]


def test_a_gerund_of_firing_with_the_person_it_hit_tells_the_hit() -> None:
    text = (
        "A Toledo boy died after accidentally shooting himself on Saturday. Neighbours "
        "had been shooting at cans nearby. Police said two men fled after shooting "
        "Dale Coleman on Dorr Street a week earlier."
    )
    coleman = text.index("Dale Coleman")
    actors = [Actor("Dale Coleman", coleman, coleman + 12, kind="person")]
    event = _event(text, "died", "ASSAULT", 0.9)
    result = Result(Article(text=text, published="2026-03-15"), actors=actors, events=[event])
    assert _told(result) == [
        ("died", "death", 0),
        ("shooting", "hit", 0),
        ("shooting", "firing", 0),
        ("shooting", "hit", 0),
    ]


def test_a_shot_as_a_noun_tells_a_shot_fired_not_the_hit() -> None:
    text = (
        "A hunter took a shot at a deer near Route 2 on Sunday, and a warning shot "
        "followed. The second shot hit a man, who was shot in the leg."
    )
    result = Result(Article(text=text), events=[_event(text, "took", "ASSAULT", 0.9)])
    assert _told(result) == [
        ("shot", "firing", 0),
        ("shot", "firing", 0),
        ("shot", "firing", 0),
        ("hit", "hit", 0),
        ("shot", "hit", 0),
    ]
