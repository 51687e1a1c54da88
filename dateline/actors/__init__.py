"""Actors: mentions of people, groups, forces and states, normalised to canonical actors.

The dictionary lives in data files (``data/``): ``countries.csv`` (every country: ISO3,
ISO2, name, other names, demonyms, nouns for its nationals, capitals, Wikidata id),
``roles.yaml`` (parts of a state named after a country: "Iraqi army" -> ``IRQ-MIL``),
``actors.yaml`` (armed groups, IGOs, coalitions, parties, NGOs, media, people),
``titles.yaml`` (titles and the sector they give a person), ``generic.yaml`` (generic
references such as "the extremists"), ``metonymy.yaml`` (when a country or capital is
an actor rather than a place) and ``communities.yaml`` (forces named after a people:
"Kurdish forces" are the SDF in Syria, the peshmerga in Iraq).

A user's file (``--actors FILE``, ``Settings.actors``) has the shape of ``actors.yaml``
(a top-level ``actors:`` list of ``id``, ``name``, ``aliases``, ``country``, ``sector``,
``sectors``, ``kind``, ``wikidata``, ``affiliation``). By default it EXTENDS the packaged
dictionary: new ids are added, and an entry with an existing id adds its aliases to
that actor and overrides the fields it gives. With ``replace: true`` at its top it
REPLACES the packaged actors (named ones and every country's) entirely; the grammar
files (roles, titles, references) still apply, but only to ids the user's file defines
(define ``IRQ-MIL`` to have "Iraqi army" found).

API for other stages and benchmarks::

    from dateline.actors import Dictionary, load
    actors = load()                      # or load(Path("mine.yaml")); cached per file
    actors.get("ISIS")                   # Entry by id: name, aliases, country, sector, kind
    actors.lookup("Iraqi security forces")   # Entry for a free-text phrase (IRQ-MIL), or None
    actors.named("Daesh")                # Entry whose name or alias is exactly this
    actors.role("IRQ", "GOV")            # a country's part by role code

``ActorStage(settings)(result, doc)`` returns the article's ``Actor`` mentions.
"""

from dateline.actors.dictionary import Dictionary, load
from dateline.actors.records import Entry
from dateline.actors.stage import ActorStage

__all__ = ["ActorStage", "Dictionary", "Entry", "load"]
