"""The event coder: trigger words, dependency rules and the ontology, one sentence at a time."""

from __future__ import annotations

import logging
from collections.abc import Iterable
from dataclasses import replace
from functools import lru_cache, partial

from spacy.tokens import Doc, Span, Token

from dateline import actors
from dateline.config import Settings
from dateline.events import (
    about,
    also_harmed,
    anchors,
    follow_up,
    headline,
    headline_place,
    killer_toll,
    lead_toll,
    likely,
    ontology,
    remention,
    roles,
    salience,
    status,
    triggers,
)
from dateline.events.drafts import (
    AFTER,
    Draft,
    caused,
    charged_offences,
    confidence,
    died_after,
    embedding,
    recorded_offences,
    without_participants,
)
from dateline.events.gate import as_told, heads_a_list, reports_nothing, stands, told
from dateline.events.lead_day import month_day, occurrence_day, present_day
from dateline.events.mentions import PRONOUNS, Mentions, aged, counted, phrase
from dateline.events.merge import Coded, merge, name_of
from dateline.events.numbers import Count
from dateline.events.ontology import Entry
from dateline.events.quantities import (
    HARMS,
    died_of_hurt,
    named_counts,
    quantities,
    settle,
    tallied,
    with_subjects,
)
from dateline.events.segments import segments
from dateline.events.treated import treated
from dateline.geo.stage import home_place, open_gazetteer
from dateline.models import Actor, Event, Mention, Place, Result, Time
from dateline.parses import sentence_of, sentence_text, sentences
from dateline.timex import anchor_date

log = logging.getLogger("dateline.events")

INTERNATIONAL = ("IGO", "NGO")
FIRST_PERSON = ("we", "i")
REFLEXIVE = ("himself", "herself", "themselves", "itself")
STRAY_REACH = 3
HELD_IN = ("in", "under")
NAMED_ADJECTIVES = 2
OPENING = 2
"""Sentences a story opens with, where a round-up tells its tally."""


class EventStage:
    """PLOVER-style events: type, mode, participants, place, date, counts, status and evidence."""

    layer = "events"

    def __init__(self, settings: Settings) -> None:
        self.settings = settings
        self.ontology = ontology.load(settings.ontology)
        self.gazetteer = open_gazetteer(settings.gazetteer)
        self.dictionary = actors.load(settings.actors)
        _ = self.dictionary.phrase_index  # built here once, not during the first article
        self.entry = lru_cache(maxsize=4096)(self.dictionary.lookup)
        self.refusals = frozenset(self.ontology.modality.get("negated", {}))
        self.beings = self.ontology.actor_nouns | self.ontology.persons  # words for people
        again = self.ontology.remention
        self.rementions = (
            frozenset(again.get("words", ())),
            frozenset(again.get("types", ())),
        )

    def lookup(self, text: str, start: int, end: int) -> Actor | None:
        """The dictionary's actor for a plain-text phrase at ``start:end``, if it names one."""
        entry = self.entry(text)
        return entry.actor(text, start, end, why="events: dictionary lookup") if entry else None

    def __call__(self, result: Result, doc: Doc) -> list[Event]:
        mentions = Mentions(
            result.actors,
            self.ontology.actor_nouns,
            self.beings,
            self.lookup,
            result.quotes,
            anchors.dateline_end(result.places, doc),
        )
        coded: list[Coded] = []
        earlier: list[Span] = []
        index = {sent.start: i for i, sent in enumerate(sentences(doc))}
        dated_page = result.article.published is not None
        kinds = {
            t.start: self._time_kind(doc, t.start, dated_page) for t in result.times if t.value
        }
        untold = [t for t in result.times if kinds.get(t.start) in ("happening", "step")]
        dated = [t for t in result.times if kinds.get(t.start) != "stamp"]
        treated_places = [p for p in result.places if treated(p, doc)]
        elsewhere = anchors.names(result) + [(p.start, p.end) for p in treated_places]
        links = False
        for sent, new_paragraph in segments(doc):
            if new_paragraph:
                earlier, links = [], False
            said = as_told(result.article.text, sent.start_char, sent.end_char)
            if links or reports_nothing(said) is not None:
                links = links or (new_paragraph and heads_a_list(said))
                continue
            try:
                found = self.sentence(
                    sent, result, mentions, earlier, index, (untold, dated), elsewhere
                )
            except (IndexError, KeyError, ValueError) as error:
                log.warning(
                    "events: sentence at characters %d-%d skipped (%s: %s)",
                    sent.start_char,
                    sent.end_char,
                    type(error).__name__,
                    error,
                )
                continue
            self._stray_harm(sent, found, coded, index)
            for item in found:
                if item.event.actor is not None and not item.guessed:
                    mentions.remember(item.event.actor)
            quad = self.ontology.quad
            coded.extend(f for f in found if told(f, self.refusals, quad(f.event.type)))
            earlier.append(sent)
        thin, nouns = self.ontology.thin, self.ontology.actor_nouns
        keep = partial(stands, thin=thin, actor_nouns=nouns)
        events = merge(coded, keep, self.ontology.facets_of)
        story_places = [p for p in result.places if p not in treated_places]
        home, how = anchors.home(result.article.text, story_places)
        if home is None and not any(p.lat is not None for p in story_places):
            home = home_place(result.article, self.gazetteer)
            how = "the outlet's home town (the text names no place)"
        for event in events:
            died_of_hurt(event.quantities, event.evidence, doc)
            settle(event.quantities, event.evidence)
            if home is not None and anchors.holds(event.place, home):
                _place_at(event, home, f"{how} '{home.text or home.name}'")
        salience.score(events, result.article.text, result.article.title, len(index))
        about.dated_happening(events)
        lead = salience.most_salient(events)
        if lead is not None:
            anchors.undated_lead(lead, result.article.published)
            table = self.ontology.quantities
            first_words = [t for sent in sentences(doc)[:OPENING] for t in sent]
            headline.read(lead, result.article.title, table, tallied(first_words, table))
            headline_place.settle(lead, result.article.title, result.places, table)
            area = anchors.main_area(story_places) if lead.place is None else None
            if area is not None:
                _place_at(
                    lead,
                    area,
                    f"the story's main area '{area.text or area.name}' (it names no town)",
                )
        remention.attach(events, doc, index, *self.rementions)
        about.link(events)
        about.suspects(events)
        also_harmed.add(events, doc, self.ontology.quantities)
        lead_toll.borrow(events, about.table().happenings)
        lead_toll.died(events, doc, self.ontology.quantities)
        killer_toll.add(events, doc, self.ontology.quantities)
        first = sentences(doc)[:OPENING]
        killer_toll.murder_suicide(events, result.article.title, first, self.ontology.quantities)
        opening = [t for t in result.times if kinds.get(t.start) in ("happening", "scene")]
        follow_up.happening_day(events, result.article.published, untold, opening)
        steps = [t for t in result.times if kinds.get(t.start) == "step"]
        stamps = [t for t in result.times if kinds.get(t.start) == "stamp"]
        published, text = result.article.published, result.article.text
        anchors.story_day(events, published, opening + steps + stamps)
        anchors.clock_day(events, published, text, result.times)
        anchors.post_day(events, published, text, result.times)
        scenes = {(t.start, t.end) for t in opening if kinds.get(t.start) == "scene"}
        present_day(events, published, text, opening, scenes)
        occurrence_day(events, published, doc, opening)
        month_day(events, published, doc, dated, scenes)
        if self.settings.keep_unlikely:
            return events
        return likely.keep(events, len(index), threshold=self.settings.min_likelihood)

    def sentence(
        self,
        sent: Span,
        result: Result,
        mentions: Mentions,
        earlier: list[Span],
        index: dict[int, int],
        times: tuple[list[Time], list[Time]],
        elsewhere: list[tuple[int, int]],
    ) -> list[Coded]:
        """The events of one sentence, each with what merging them needs (``times``: the
        article's dated times that are not the time of a telling, and those that may date a
        clause, every one but a page's stamp; ``elsewhere``: spans that place nothing, its
        people's names and nationalities, ``anchors.names``, and the places someone was taken
        or treated in, ``events.treated``)."""
        untold, dated = times
        matches = triggers.find(sent, self.ontology)
        drafts = {m.token.i: self._draft(m, sent, mentions) for m in matches}
        drafts = died_after(caused(drafts, self.ontology), self.ontology)
        for offence in charged_offences(drafts) + recorded_offences(drafts, self.ontology):
            offence.absorbed = True
        drafts = without_participants(drafts, self.ontology)
        for draft in drafts.values():
            self._no_happening_acts(draft)
            self._loosen(draft, mentions)
            self._reverse(draft)
        said = result.article.text[sent.start_char : sent.end_char]
        self._add_requests(sent, said, drafts, mentions)
        for draft in drafts.values():
            outer = embedding(draft.match, drafts, self.ontology)
            looking = (
                outer is not None and outer.match.token.lemma_.lower() in self.ontology.onlookers
            )
            draft.outer = None if looking else outer
        for draft in drafts.values():
            self._share(draft)
        for draft in drafts.values():
            if draft.actor is None:
                self._accused(draft, mentions)
            if draft.actor is None:
                self._by_means(draft, drafts)
            if draft.actor is None:
                self._held_responsible(draft, mentions)
            if draft.actor is None:
                self._plain_subject(draft, mentions)
            if draft.actor is None:
                self._reporting_doer(draft, mentions)
            if draft.actor is None:
                self._usual_actor(draft, mentions)
            if draft.actor is None:
                self._nearest_actor(draft, sent, mentions, drafts)
            if draft.recipient is None:
                self._plain_recipient(draft, mentions)
        kept = [d for d in drafts.values() if not d.absorbed]
        if not kept:
            return []
        acting = [d.actor for d in kept if not d.guessed]
        triggered = {d.match.token.i for d in kept}
        avoid = anchors.not_the_place(sent, result, elsewhere, acting, triggered)
        coded = [self._event(d, sent, result, earlier, mentions, index, avoid, dated) for d in kept]
        self._date_from_governor(sent, coded)
        self._date_from_sentence(sent, coded, untold, result.article.published)
        return coded

    @staticmethod
    def _date_from_sentence(
        sent: Span, coded: list[Coded], untold: list[Time], published: str | None
    ) -> None:
        """Events of the sentence that took no date from their own clause take its one
        dated time that no other event took ("police are investigating a shooting that
        injured five Saturday"), never the time of its telling ("..., police said on
        Thursday") nor a time outside the relative clause it is told in ("Monday, police
        identified the victims who were killed": Monday is the naming's) nor one told in a
        participle clause the event is no part of (``anchors.modifier_clause``), nor a
        later step's that is not the event's own (``_other_step``), nor another verb's
        told beside the event (``anchors.told_aside``: "A man charged in the shooting was
        in court Friday"); with two such times nothing is guessed."""
        taken = {tuple(c.event.evidence["date"]) for c in coded if "date" in c.event.evidence}
        free = [
            t
            for t in untold
            if sent.start_char <= t.start < sent.end_char and (t.start, t.end) not in taken
        ]
        if len(free) != 1:
            return
        time = free[0]
        day = anchor_date(published)
        for item in coded:
            event = item.event
            if "date" in event.evidence or event.status not in ("asserted",):
                continue
            if day is not None and time.value[:10] > day.isoformat():
                continue
            if _outside_relative(sent, event.evidence["trigger"], time):
                continue
            token = sent.doc.char_span(*event.evidence["trigger"], alignment_mode="expand")
            root = None if token is None else token.root
            if root is not None and (
                _other_step(root, time)
                or anchors.told_aside(root, time)
                or anchors.modifier_clause(root, time)
            ):
                continue
            told = time if root is None else anchors.day_beside(root, time)
            event.date, event.date_precision = told.value, told.precision
            event.evidence["date"] = [time.start, time.end]
            how = "" if told is time else ", a day from the happening"
            event.why += f"; time '{time.text}', the sentence's only free one{how}"

    @staticmethod
    def _date_from_governor(sent: Span, coded: list[Coded]) -> None:
        """An undated event whose verb hangs from a dated one's takes its date ("raided a
        village on Tuesday, killing three": the killing is Tuesday's), as does one told as
        what a dated event followed ("arrested Sunday after a shooting")."""
        at = {item.event.evidence["trigger"][0]: item for item in coded}
        for item in coded:
            event = item.event
            if "date" in event.evidence or event.status != "asserted":
                continue
            token = sent.doc.char_span(*event.evidence["trigger"], alignment_mode="expand")
            if token is None:
                continue
            root = token.root
            if root.dep_ == "pobj" and root.head.lower_ in AFTER:
                root = root.head
            elif root.dep_ not in ("advcl", "xcomp", "conj"):
                continue
            governor = at.get(root.head.idx)
            if governor is None or "date" not in governor.event.evidence:
                continue
            source = governor.event
            before = anchors.days_after(token.root)
            event.date, event.date_precision = source.date, source.date_precision
            event.evidence["date"] = source.evidence["date"]
            event.why += f"; date of '{governor.trigger}', the event it hangs from"
            if before and source.date:
                event.date, note = anchors.earlier_by(source.date, source.date_precision, before)
                event.why += note

    def _time_kind(self, doc: Doc, start: int, dated_page: bool) -> str:
        """What the time at ``start`` dates: "scene" when it hangs from a verb of saying
        that yet tells the happening's time (``anchors.scene_time``: "officers responded to
        the scene at 10 p.m. Saturday", close to the happening's day, not its own: the
        story's day may take it, a mention's date may not); "telling" when it hangs from
        another verb of saying ("said on Thursday") or dates an embedded post
        (``anchors.posted``); "stamp" when it is the page's stamp (``anchors.stamped``:
        "Posted: Monday"; a dateline's date only on a page with a publication day,
        ``dated_page``), which dates no clause and which the story's day takes only when
        the opening names no other day; "step" when it hangs from a verb of a later step
        (``anchors.later_step``: "was charged Friday"), which dates its clause as a
        happening's time does but which the story's day takes only after the happening's
        and scene times; else "happening"."""
        token = doc.char_span(start, start + 1, alignment_mode="expand")
        if token is None:
            return "happening"
        verb = self._saying(token.root)
        if verb is not None and anchors.scene_time(verb, token.root):
            return "scene"
        if anchors.stamped(token[0], dated_page):
            return "stamp"
        if verb is not None or anchors.posted(
            sentence_of(token[0]), start, sentence_text(token[0])
        ):
            return "telling"
        return "step" if anchors.later_step(token.root) else "happening"

    def _saying(self, token: Token) -> Token | None:
        """The verb of saying a token hangs from (its nearest verb), if it is one."""
        head = anchors.clause_verb(token)
        return head if head.lemma_.lower() in self.ontology.reporting_verbs else None

    def _stray_harm(
        self, sent: Span, found: list[Coded], before: list[Coded], index: dict[int, int]
    ) -> None:
        """People killed or hurt that the sentence counts outside any event's clause ("a
        shooting that left a girl dead", "The victim has succumbed to her injuries") belong
        to the harm it reports, else to the last one told in the sentences just before;
        others a harm's clause counts add to the people the sentence counts hurt before it
        where the clause says it harmed them too ("a girl is in critical condition after a
        shooting that also injured two others": three)."""
        table = self.ontology.quantities
        carriers = set(table.get("carriers", ()))
        here = [f for f in found if f.event.type in carriers]
        target = max(here, key=lambda f: f.event.confidence) if here else None
        if target is None:
            last = next((c for c in reversed(before) if c.event.type in carriers), None)
            now = index[sentence_of(sent[0]).start]
            if last is None or now - last.event.mentions[0].sentence > STRAY_REACH:
                return
            target = last
        words = _not_earlier(list(sent), sent, self.ontology.earlier_happening)
        counts = {k: c for k, c in quantities(words, table).items() if k in HARMS}
        for item in here:
            _others_added(item.event, counts, sent, table.get("adding", ()))
        counts = {
            k: c for k, c in counts.items() if not any(k in f.event.quantities for f in found)
        }
        for key, count in counts.items():
            if key not in target.event.quantities:
                target.event.quantities[key] = count.value
                target.event.evidence[f"quantities.{key}"] = [count.start, count.end]
                target.event.why += f"; {key} counted in the sentence '{sent.text[:40]}'"

    def _add_requests(
        self, sent: Span, said: str, drafts: dict[int, Draft], mentions: Mentions
    ) -> None:
        """Requests for the obligations reported in the sentence ("X said Y must ...");
        a sentence whose text (``said``; spaCy builds ``Span.text`` again on each call)
        holds none of the modal words has none."""
        text = said.lower()
        if not any(word in text for word in self.ontology.obligation.get("words", ())):
            return
        for token in sent:
            request = self._obligation(token, drafts.get(token.i), mentions)
            if request is None or not sent.start <= request.match.token.i < sent.end:
                continue
            said = drafts.get(request.match.token.i)
            if said is None:
                drafts[request.match.token.i] = request
            elif said.recipient is None:
                said.recipient = request.recipient
                said.notes.append(f"recipient: the party under the {request.notes[-1]}")

    def _draft(self, match: triggers.Match, sent: Span, mentions: Mentions) -> Draft:
        if match.entry.reverse:
            found = roles.reversed_roles(match.token)
        else:
            found = roles.roles(match.token, self.ontology.light_verbs)
        found.actor = roles.antecedent(_after_dateline(found.actor, mentions.opening))
        found.recipient = roles.antecedent(_after_dateline(found.recipient, mentions.opening))
        if found.actor is not None and not sent.start <= found.actor.i < sent.end:
            found.actor = None
        if match.entry.pos == "NOUN" and found.actor is not None and self._onlooker(found.actor):
            found.actor = None
            found.rules = tuple(r for r in found.rules if not r.endswith("(governs the noun)"))
        if match.entry.pos == "NOUN" and found.actor is not None and self._watched(match.token):
            found.actor = None
            found.rules = tuple(r for r in found.rules if not r.endswith("(governs the noun)"))
        if self._undergone(match, found):
            found.recipient, found.actor = found.actor, None
            found.rules = tuple(
                f"{r[: -len(' (governs the noun)')]} (undergoes the noun)"
                if r.endswith("(governs the noun)")
                else r
                for r in found.rules
            )
        if found.recipient is None and self._possessor_undergoes(match, found):
            found.recipient, found.actor = found.actor, None
            found.rules = tuple(
                "possessor undergoes the noun" if r == "poss modifier" else r for r in found.rules
            )
        if found.recipient is not None and not sent.start <= found.recipient.i < sent.end:
            found.recipient = None
        if found.recipient is not None and found.recipient in match.parts:
            others = roles.fallbacks(match.token, found.recipient)
            found.recipient = others[0] if others else None
        if found.recipient is None and found.actor is not None:
            found.recipient = self._counterpart(match, found.actor)
        if found.recipient is None and self.ontology.embeds(match.entry.type) is not None:
            found.recipient = roles.clause_subject(match.token)
            if found.recipient is not None:
                found.rules += ("subject of the clause it governs",)
        draft = Draft(
            match=match, notes=list(found.rules), mode=match.entry.mode, type=match.entry.type
        )
        if found.actor is not None:
            strict = any(r.endswith("modifier") for r in found.rules)
            draft.actor, how = mentions.resolve(found.actor, plain_text=not strict)
            draft.actor_token = found.actor
            if draft.actor is None:
                draft.actor, how = self._pronoun(found.actor, mentions)
            if how:
                draft.notes.append(f"actor by {how}")
        if found.recipient is not None:
            others = [] if match.entry.reverse else roles.fallbacks(match.token, found.recipient)
            draft.candidates = [
                c
                for c in [found.recipient, *others]
                if not self._never_done_to(draft, c) and c not in match.parts
            ]
            for candidate in draft.candidates:
                draft.recipient, how = mentions.resolve(candidate)
                if draft.recipient is not None:
                    draft.recipient_token = candidate
                    draft.notes.append(f"recipient by {how}")
                    break
        return draft

    def _no_happening_acts(self, draft: Draft) -> None:
        """An actor that names a happening is no party: one headed by an event noun that is
        no word for people ("Attack that Killed One Policeman", "Curfew lifted"), or a
        mention holding the trigger itself (a title-case headline read as one name, "Envoy
        Condemns Border Attack"). Read after a hazard took in the harm it caused ("fire
        kills man")."""
        token, actor = draft.actor_token, draft.actor
        if token is None or actor is None:
            return
        lemma = token.lemma_.lower()
        trigger = draft.match.token.idx
        if actor.start <= trigger < actor.end or (
            lemma in self.ontology.triggers["NOUN"] and lemma not in self.beings
        ):
            draft.actor = draft.actor_token = None
            draft.notes.append(f"no actor: '{actor.text}' names a happening")

    def _never_done_to(self, draft: Draft, token: Token) -> bool:
        """Whether a recipient candidate is what an event is never done to
        (``not_recipients``): an attack's weapon or rounds ("fired shots"), or the offence
        of an arrest or a charge after a preposition ("charged with felony DWI")."""
        spec = self.ontology.not_recipients
        tools = spec.get("instruments", {})
        if draft.type in tools.get("types", ()) and token.lemma_.lower() in tools.get("words", ()):
            return True
        offences = spec.get("offences", {})
        if draft.mode not in offences.get("modes", ()) or token.dep_ not in ("pobj", "pcomp"):
            return False
        return token.head.lower_ in offences.get("preps", ())

    @staticmethod
    def _loosen(draft: Draft, mentions: Mentions) -> None:
        """A participant phrase without an actor noun that the dictionary still reads as an
        actor ("Russian aircraft", "the resignation of the Algerian president"), when nothing
        better is in reach; such a guess does not raise the event's confidence. Runs after
        trigger nouns that name participants are dropped, so those stay events."""
        token = draft.actor_token
        if draft.actor is None and token is not None:
            draft.actor = mentions.loose(token)
            if draft.actor is not None:
                draft.guessed = True
                draft.notes.append("actor by dictionary lookup of the phrase")
        if draft.recipient is not None:
            return
        for candidate in draft.candidates:
            found = mentions.loose(candidate)
            if found is not None:
                draft.recipient, draft.recipient_token = found, candidate
                draft.loose_recipient = True
                draft.notes.append("recipient by dictionary lookup of the phrase")
                return

    def _counterpart(self, match: triggers.Match, actor: Token) -> Token | None:
        """The second of two joined subjects of a meeting or a pact ("Cavusoglu and Lavrov
        spoke by telephone": Lavrov), the other side of the exchange."""
        if match.entry.type not in self.ontology.mutual:
            return None
        return next((c for c in actor.children if c.dep_ == "conj"), None)

    def _undergone(self, match: triggers.Match, found: roles.Roles) -> bool:
        """Whether a noun's actor is the subject of a verb that undergoes it ("faces
        charges", "suffered an attack", "has two prior convictions", "is in custody", "was
        under investigation"); the verb is the noun's own, whose subject may be shared with
        another ("is in hospital but will face the same charges")."""
        if match.entry.pos != "NOUN" or found.actor is None:
            return False
        if not any(r.endswith("(governs the noun)") for r in found.rules):
            return False
        noun = match.token.head if match.token.dep_ == "compound" else match.token
        held = noun.dep_ == "pobj" and noun.head.lower_ in HELD_IN
        verb = noun.head.head if noun.head.dep_ == "prep" else noun.head
        lemma = verb.lemma_.lower()
        if lemma == "have":
            return match.entry.type in self.ontology.undergone_with_have
        return lemma in self.ontology.undergoing or (held and lemma in self.ontology.undergoing_in)

    def _possessor_undergoes(self, match: triggers.Match, found: roles.Roles) -> bool:
        """Whether a noun's possessor, taken as its actor, is whom it is done to ("his
        arrest", "Hickson's trial", "their new charges"): a noun of ``undergone_by_possessor``
        with no "of" object of its own."""
        actor = found.actor
        if match.entry.pos != "NOUN" or actor is None or actor.dep_ != "poss":
            return False
        return actor.head.lemma_.lower() in self.ontology.undergone_by_possessor

    def _onlooker(self, subject: Token) -> bool:
        """Whether the subject of the verb governing an event noun does not do the event:
        it undergoes its verb ("civilians died in the shelling") or looks on, tells of it,
        escapes it or names it something ("police are investigating a shooting", "families
        fled the fighting", "the commander called the shooting a tragedy")."""
        verb = subject.head.head if subject.head.dep_ == "prep" else subject.head
        lemma = verb.lemma_.lower()
        watching = lemma in self.ontology.onlookers or lemma in self.ontology.reporting_verbs
        naming = any(c.dep_ == "oprd" for c in verb.children)
        return watching or naming or self._undergoes(subject)

    def _watched(self, noun: Token) -> bool:
        """Whether the verb an event noun is the object of looks on or tells of it, when
        its subject was found on another verb ("Maggard was on the boulevard and witnessed
        the attack": not Maggard's attack)."""
        if noun.dep_ not in roles.OBJECTS:
            return False
        verb = noun.head
        lemma = verb.lemma_.lower()
        if not any(c.dep_ in roles.SUBJECTS for c in verb.children):
            return lemma in self.ontology.onlookers or lemma in self.ontology.reporting_verbs
        return False

    def _undergoes(self, subject: Token) -> bool:
        """Whether a subject undergoes its verb rather than acts ("civilians died in the
        shelling"): the verb is a trigger whose subject is the recipient."""
        verb = subject.head
        if subject.dep_ not in roles.SUBJECTS or verb.pos_ not in ("VERB", "AUX"):
            return False
        entries = self.ontology.triggers["VERB"].get(verb.lemma_.lower(), [])
        return any(entry.reverse and not entry.requires for entry in entries)

    def _by_means(self, draft: Draft, drafts: dict[int, Draft]) -> None:
        """A verb with no actor of its own takes the actor of the event noun it happened in
        or by ("killed in an air strike by the army"), unless that actor is its recipient."""
        token = draft.match.token
        if token.pos_ != "VERB":
            return
        for noun in roles.means_objects(token, self.ontology.means):
            means = drafts.get(noun.i)
            if means is None or means.actor is None or means.actor == draft.recipient:
                continue
            draft.actor, draft.guessed = means.actor, means.guessed
            draft.notes.append(f"actor of '{noun.text}', the means")
            return

    def _plain_subject(self, draft: Draft, mentions: Mentions) -> None:
        """Last resort: the syntactic actor's phrase as plain text ("Islamic fundamentalists"),
        unless it names an event ("a roadside bombing") or only modifies the trigger noun:
        a modifier names an actor only as a mention of the actors layer ("Taliban attack"),
        while a bare name there may say where, not who ("Seattle shootings"); it does not
        raise confidence."""
        token = draft.actor_token
        if token is None or self._event_noun(token):
            return
        if token.dep_ in roles.NOUN_ACTOR_DEPS and token.head == draft.match.token:
            return
        actor, _ = mentions.resolve(token, any_noun=True)
        if actor is not None:
            draft.actor, draft.guessed = actor, True
            draft.notes.append("actor by the plain text of its phrase")

    def _event_noun(self, token: Token) -> bool:
        """Whether a head names a happening, not people: a trigger noun that is no word for
        people ("the shooting", but not "rival gangs", though "drug gang" is a trigger)."""
        lemma = token.lemma_.lower()
        return lemma in self.ontology.triggers["NOUN"] and lemma not in self.beings

    def _plain_recipient(self, draft: Draft, mentions: Mentions) -> None:
        """Last resort for the recipient: the plain text of its phrase, a phrase for people
        first ("a 25-year-old man was charged", "three men were arrested"), else one for
        a thing ("stole a police vehicle"), or a pronoun's referent ("he was shot"); never
        a phrase that names an event, a place or a setting ("on a busy street"). It does
        not raise confidence, except as the subject that undergoes a noun ("two men are in
        custody", "he faces charges"), which tells whom it befell."""
        candidates = [
            c
            for c in draft.candidates
            if not self._event_noun(c)
            and c.lemma_.lower() not in self.ontology.settings
            and c.ent_type_ not in ("GPE", "LOC", "FAC", "DATE", "TIME")
        ]
        undergoes = any(n.endswith("(undergoes the noun)") for n in draft.notes)
        itself = next((c for c in candidates if c.lower_ in REFLEXIVE), None)
        if itself is not None and draft.actor is not None:
            draft.recipient, draft.recipient_token = draft.actor, itself
            draft.loose_recipient = True
            draft.notes.append(f"recipient: the actor itself, '{itself.text}'")
            return
        for things in (False, True):
            for candidate in candidates:
                if candidate.lower_ in PRONOUNS:
                    found, how = self._pronoun(candidate, mentions)
                else:
                    found, how = mentions.resolve(candidate, any_noun=True, things=things)
                if found is not None and found != draft.actor:
                    draft.recipient, draft.recipient_token = found, candidate
                    draft.loose_recipient = not (undergoes and candidate is candidates[0])
                    draft.notes.append(f"recipient by {how}")
                    return

    def _reporting_doer(self, draft: Draft, mentions: Mentions) -> None:
        """An authority's act told without its doer ("Smith is charged", "the shooting
        remains under investigation") in what an authority says ("Authorities said ...",
        "Detectives said ..."): the speaker did it (``reported_by_doer``)."""
        spec = self.ontology.reported_by_doer
        token = draft.match.token
        if draft.mode not in spec.get("modes", ()):
            return
        if any(c.dep_ in roles.SUBJECTS or c.dep_ == "agent" for c in token.children):
            return
        verb = status.reporting_verb(token, self.ontology)
        speaker = roles.subject(verb)[0] if verb is not None else None
        if speaker is None:
            return
        actor, _ = mentions.resolve(speaker, any_noun=True)
        if actor is None or actor is draft.recipient:
            return
        noun = counted(speaker).lemma_.lower() in spec.get("nouns", ())
        if actor.sector in spec.get("sectors", ()) or noun:
            draft.actor, draft.actor_token, draft.guessed = actor, speaker, True
            draft.notes.append(f"actor: the authority that reports it, '{verb.text}'")

    def _usual_actor(self, draft: Draft, mentions: Mentions) -> None:
        """An act whose mode has a usual doer (``usual_actors``: an arrest, the police)
        takes the article's mention of one: the last before the trigger, else the first."""
        sectors = self.ontology.usual_actors.get(draft.mode or "")
        if not sectors or any(c.dep_ in roles.SUBJECTS for c in draft.match.token.children):
            return
        usual = [a for a in mentions.actors if a.sector in sectors and a is not draft.recipient]
        if not usual:
            return
        at = draft.match.token.idx
        before = [a for a in usual if a.end <= at]
        draft.actor = before[-1] if before else usual[0]
        draft.guessed = True
        draft.notes.append("actor: the article's usual doer of such an act")

    def _nearest_actor(
        self, draft: Draft, sent: Span, mentions: Mentions, drafts: dict[int, Draft]
    ) -> None:
        """No syntactic actor: the last actor mentioned before the trigger in its clause (after
        any verb of saying; never for an agentless passive or a noun under a verb its subject
        undergoes, "died in the shelling", nor the recipient itself, nor the subject of a
        verb that looks on, "police are investigating a shooting", nor the actor of an event
        of another type in the sentence, "prosecutors charged a man in the shooting")."""
        token = draft.match.token
        if any(c.dep_ in roles.PASSIVE_SUBJECTS for c in token.children):
            return
        if roles.clipped_passive(token) is not None or self._watched(token):
            return
        verb = token.head.head if token.head.dep_ == "prep" else token.head
        if token.pos_ != "VERB" and any(c.dep_ in roles.PASSIVE_SUBJECTS for c in verb.children):
            return  # "was held on the same charges": whoever is held is not their doer
        subjects = [c for c in verb.children if c.dep_ in roles.SUBJECTS]
        if any(self._undergoes(c) for c in subjects):
            return
        onlookers = [c for c in subjects if self._onlooker(c)]
        said = status.reporting_verb(token, self.ontology)
        start = said.idx + len(said) if said is not None and said.i < token.i else sent.start_char
        recipient = draft.recipient
        busy = {
            (d.actor.start, d.actor.end)
            for d in drafts.values()
            if d.actor is not None and d.type != draft.type and not d.guessed
        }
        before = [
            a
            for a in mentions.covering(start, token.idx)
            if a.end <= token.idx
            and a is not recipient
            and (a.start, a.end) not in busy
            and not any(a.start <= c.idx < a.end for c in onlookers)
            and not (recipient is not None and a.actor_id and a.actor_id == recipient.actor_id)
        ]
        if before:
            draft.actor = _first_of_pair(before, sent)
            draft.guessed = draft.nearest = True
            draft.notes.append("actor by the nearest mention before the trigger")

    def _reverse(self, draft: Draft) -> None:
        """A noun event that its governing verb undoes becomes a concession ("lifted the ban")
        or, for charges, a release ("charges were dropped"), not one the verb ends in ("the
        party ended in gunfire")."""
        spec = self.ontology.reversal
        token = draft.match.token
        if draft.match.entry.pos != "NOUN" or draft.type not in spec.get("from", {}):
            return
        verb = token.head
        if token.dep_ == "pobj" and verb.dep_ == "prep":
            if verb.lower_ in spec.get("outcomes", ()):
                return
            verb = verb.head
        undoing = verb.lemma_.lower()
        exempt = spec.get("except", {}).get(draft.type, ())
        if verb.pos_ == "VERB" and undoing in spec.get("verbs", ()) and undoing not in exempt:
            draft.mode = spec["from"][draft.type]
            draft.type = spec.get("into", {}).get(draft.type, spec["type"])
            draft.undone_by = verb
            draft.notes.append(f"undone by '{verb.text}'")

    def _obligation(self, token: Token, draft: Draft | None, mentions: Mentions) -> Draft | None:
        """The speaker's request when a reported clause says what another party must do
        (the clause's own event, if any, is ``draft``; else its subject must be an actor)."""
        spec = self.ontology.obligation
        if token.pos_ not in ("VERB", "AUX"):
            return None
        modal = next(
            (c for c in token.children if c.dep_ == "aux" and c.lower_ in spec.get("words", ())),
            None,
        )
        verb = status.reporting_verb(token, self.ontology) if modal is not None else None
        if verb is None:
            return None
        obliged = draft.actor if draft is not None else None
        if draft is None:
            subject, _ = roles.subject(token)
            obliged = mentions.resolve(subject)[0] if subject is not None else None
            if obliged is None:
                return None
        entry = Entry(
            key=f"{verb.lemma_.lower()} ... {modal.lower_}",
            head=verb.lemma_.lower(),
            pos="VERB",
            type=spec["type"],
            mode=None,
            weight=float(spec.get("weight", 0.8)),
        )
        request = Draft(match=triggers.Match(verb, entry), type=entry.type)
        speaker, _ = roles.subject(verb)
        if speaker is not None:
            request.actor, _ = mentions.resolve(speaker, any_noun=True)
            request.actor_token = speaker
        request.recipient = obliged
        request.notes.append(f"obligation '{modal.text}' in the clause of '{verb.text}'")
        return request

    def _pronoun(self, token: Token, mentions: Mentions) -> tuple[Actor | None, str]:
        """A subject pronoun's referent: the speaker when its clause is what they said (a
        third person only when the speaker comes first: in "They killed three, the army
        said" they are not the army), the main clause's subject when its clause is
        subordinate, else the nearest actor before."""
        if token.lower_ not in PRONOUNS or token.dep_ not in ("nsubj", "nsubjpass"):
            return mentions.pronoun(token)
        clause = token.head
        said = clause.head if clause.dep_ in ("ccomp", "parataxis") else None
        if (
            said is not None
            and said.lemma_.lower() in self.ontology.reporting_verbs
            and (said.i < token.i or token.lower_ in FIRST_PERSON)
        ):
            found, how = roles.subject(said)[0], f"pronoun: speaker of '{said.text}'"
        elif clause.dep_ in ("advcl", "conj"):
            found, how = roles.subject(clause.head)[0], "pronoun: subject of the main clause"
        else:
            found, how = None, ""
        if found is not None and found.lower_ not in PRONOUNS:
            actor, _ = mentions.resolve(found, any_noun=True)
            if actor is not None:
                return actor, how
        return mentions.pronoun(token)

    def _share(self, draft: Draft) -> None:
        """An embedded event and the one embedding it share participants and lend a mode; an
        allegation's recipient is who did what it alleges, not that act's victim ("charged
        in the murder of a child": not the child), and the accused did the act alleged
        ("prosecutors charged a man with murder": the man, not the prosecutors)."""
        outer = draft.outer
        if outer is None:
            return
        trigger = outer.match.token.text
        if outer.mode == "allege":
            if draft.actor is not None and draft.actor == outer.actor:
                draft.actor = None
            elif outer.recipient is None and draft.actor is not None and not draft.guessed:
                outer.recipient = draft.actor
                outer.notes.append(f"recipient: who did the '{draft.match.token.text}' alleged")
        else:
            if draft.actor is None and outer.actor is not None:
                draft.actor = outer.actor
                draft.notes.append(f"actor shared with '{trigger}'")
            if outer.recipient is None and draft.recipient is not None:
                outer.recipient = draft.recipient
                outer.notes.append(f"recipient from embedded '{draft.match.token.text}'")
        self._lend_type(draft)

    def _accused(self, draft: Draft, mentions: Mentions) -> None:
        """The act an allegation names was done by whom it accuses ("charged a man with
        murder": the man); a charge it names beside its offence ("a felony count of
        manslaughter and two misdemeanor charges") is no act of his."""
        outer = draft.outer
        if outer is None or outer.mode != "allege" or draft.type == outer.type:
            return
        if outer.recipient is None:
            self._plain_recipient(outer, mentions)
        if outer.recipient is not None and outer.recipient != draft.recipient:
            draft.actor, draft.guessed = outer.recipient, outer.loose_recipient
            draft.notes.append(f"actor: whom '{outer.match.token.text}' accuses")

    @staticmethod
    def _held_responsible(draft: Draft, mentions: Mentions) -> None:
        """The act someone is said to be responsible for was done by them ("police believe a
        man in a grey hoodie is responsible for the shooting": the man's shooting)."""
        outer = draft.outer
        if outer is None or outer.mode != "attribute" or outer.match.entry.pos != "ADJ":
            return
        token = outer.actor_token
        actor, _ = mentions.resolve(token, any_noun=True) if token is not None else (None, "")
        if actor is not None:
            draft.actor, draft.guessed = actor, True
            draft.notes.append(f"actor: whom '{outer.match.token.text}' holds responsible")

    def _lend_type(self, draft: Draft) -> None:
        """The embedding event takes the type or mode its embedded event lends it, unless the
        embedded event is what another verb between them is about ("called on Dean to
        apologize for accusing him" asks for an apology, not an accusation)."""
        outer = draft.outer
        if self._told_under_another_verb(draft.match.token, outer.match.token):
            return
        becomes = self.ontology.absorb.get(outer.type, {}).get(draft.type)
        if becomes == draft.type:
            outer.notes.append(f"takes the type of embedded '{draft.match.token.text}'")
            outer.type, outer.mode = draft.type, draft.mode
            draft.absorbed = True
        elif becomes is not None:
            outer.notes.append(f"{becomes} for embedding '{draft.match.token.text}'")
            outer.type = becomes
            outer.mode = self.ontology.embedded_modes.get(becomes, {}).get(draft.type)
        elif outer.mode is None:
            modes = self.ontology.embedded_modes.get(outer.type, {})
            outer.mode = modes.get(draft.type)

    def _told_under_another_verb(self, token: Token, outer: Token) -> bool:
        """Whether a verb other than a light one ("impose", "launch") stands between an
        embedded trigger and the trigger that embeds it."""
        current = token.head
        while current.i != outer.i and current.head.i != current.i:
            if current.pos_ == "VERB" and current.lemma_.lower() not in self.ontology.light_verbs:
                return True
            current = current.head
        return False

    def _status(self, draft: Draft, reported: bool) -> tuple[str, str]:
        own, word = status.status(draft.match.token, self.ontology, reported)
        if own == "asserted" and draft.outer is not None:
            inherited = self.ontology.embeds(draft.outer.type) or "asserted"
            if inherited != "asserted":
                return inherited, f"under '{draft.outer.match.token.text}'"
        return own, word

    def _reported_by(
        self, token: Token, result: Result, mentions: Mentions
    ) -> tuple[str | None, str]:
        quote = status.quoted_by(token.idx, result.quotes)
        if quote is not None and quote.speaker is not None:
            return quote.speaker.name, f"inside a quote ({quote.kind})"
        verb = status.reporting_verb(token, self.ontology)
        if verb is None:
            return None, ""
        speaker, _ = roles.subject(verb)
        if speaker is None:
            return None, ""
        actor, _ = mentions.resolve(speaker)
        if actor is None:
            actor, _ = self._pronoun(speaker, mentions)
        name = (actor.name or actor.text) if actor is not None else speaker.text
        return name, f"clause of '{verb.text}'"

    def _homed(
        self, actor: Actor | None, sent: Span, mentions: Mentions, places: list[Place]
    ) -> tuple[Actor | None, str]:
        """A participant without a country (a person the actors layer knows only by title,
        a plain phrase) takes the dictionary's country for its text, else the only country
        the sentence's actor mentions name, else that of its places; international bodies
        and the dictionary's named actors of no one country ("Islamic State") keep none."""
        if actor is None or actor.country is not None or actor.sector in INTERNATIONAL:
            return actor, ""
        if actor.actor_id in self.dictionary and actor.actor_id not in self.dictionary.role_codes:
            return actor, ""
        found = self.entry(actor.text)
        if found is not None and found.country is not None:
            return replace(actor, country=found.country), f"country from '{found.name}'"
        covering = mentions.covering(sent.start_char, sent.end_char)
        named = {a.country for a in covering if a.country}
        if len(named) == 1:
            return replace(actor, country=named.pop()), "country: the only one in the sentence"
        located = {
            self.dictionary.iso3_of.get(p.country_code or "")
            for p in places
            if sent.start_char <= p.start < sent.end_char
        }
        if not named and len(located) == 1 and None not in located:
            return replace(actor, country=located.pop()), "country: the sentence's only place"
        return actor, ""

    def _event(
        self,
        draft: Draft,
        sent: Span,
        result: Result,
        earlier: list[Span],
        mentions: Mentions,
        index: dict[int, int],
        avoid: list[tuple[int, int]],
        dated: list[Time],
    ) -> Coded:
        match, entry, token = draft.match, draft.match.entry, draft.match.token
        reporter, reported_how = self._reported_by(token, result, mentions)
        state, state_word = self._status(draft, reported=reporter is not None)
        roots = [token] + ([token.head] if token.pos_ != "VERB" and token.head.i != token.i else [])
        own = [t for t in anchors.clause(roots) if sent.start <= t.i < sent.end]
        tied = own
        if draft.joined:
            tied = [t for t in anchors.clause(roots + draft.joined) if sent.start <= t.i < sent.end]
        place, place_how = anchors.place(
            tied, sent, token, result.places, earlier, avoid, self.ontology.persons
        )
        when = anchors.when(own, token, dated, result.article.published, state)
        if when.span is None and draft.joined:
            when = anchors.when(tied, token, dated, result.article.published, state)
        told_before = self.ontology.earlier_happening
        if not _told_before(token, told_before):
            tied = _not_earlier(tied, sent, told_before)
        counts = quantities(with_subjects(tied), self.ontology.quantities)
        for key, count in named_counts(token, self.ontology.quantities).items():
            if key not in counts or counts[key].value < count.value:
                counts[key] = count
        trigger = (token.idx, token.idx + len(token))
        spans = [(t.idx, t.idx + len(t)) for t in (token, *match.parts)]
        for actor in (draft.actor, draft.recipient):
            if actor is not None and sent.start_char <= actor.start < sent.end_char:
                spans.append((actor.start, actor.end))
        why = [f"trigger '{token.text}' ({entry.pos.lower()} '{entry.key}' -> {entry.type})"]
        why += draft.notes
        actor, actor_how = self._homed(draft.actor, sent, mentions, result.places)
        recipient, recipient_how = self._homed(draft.recipient, sent, mentions, result.places)
        why += [
            f"{role}'s {how}"
            for role, how in (("actor", actor_how), ("recipient", recipient_how))
            if how
        ]
        if draft.outer is not None:
            why.append(f"embedded under '{draft.outer.match.token.text}'")
        if state != "asserted":
            why.append(f"{state} by '{state_word}'")
        why += [w for w in (reported_how, place_how, when.how) if w]
        evidence = {"trigger": list(trigger)}
        for role, found in (("actor", actor), ("recipient", recipient), ("place", place)):
            if found is not None:
                evidence[role] = [found.start, found.end]
        if when.span is not None:
            evidence["date"] = list(when.span)
        evidence.update({f"quantities.{k}": [c.start, c.end] for k, c in counts.items()})
        told = (token, *self._told_by(token))
        event = Event(
            type=draft.type,
            sentence=result.article.text[sent.start_char : sent.end_char],
            start=min(s for s, _ in spans),
            end=max(e for _, e in spans),
            mode=draft.mode,
            actor=actor,
            recipient=recipient,
            place=place,
            date=when.value,
            date_precision=when.precision,
            quantities={k: c.value for k, c in counts.items()},
            status=state,
            reported_by=reporter,
            confidence=confidence(draft, actorless=bool(self.ontology.harms(draft.type))),
            why="; ".join(why),
            mentions=[
                Mention(t.idx, t.idx + len(t), sentence=index[sentence_of(token).start])
                for t in (*told, *filter(None, [draft.undone_by]))
            ],
            evidence=evidence,
        )
        return Coded(
            event,
            trigger=token.text,
            guessed=draft.nearest,
            embedded=draft.outer is not None,
            nearby=place is not None and place_how != anchors.IN_CLAUSE,
            other=self._other_happening(token, sent),
            fellows=_fellows(draft, mentions),
            modifier=token.dep_ == "amod"
            and token.head.lemma_.lower() not in self.ontology.event_heads,
            rhetoric=self._rhetoric(draft, state, result),
            people=self._people(draft.recipient, draft.recipient_token),
            referred=any(n.startswith("actor by pronoun") for n in draft.notes),
            borrowed=any(n.endswith("(governs the noun)") for n in draft.notes),
            named=frozenset(filter(None, map(_named, told))),
            death=token.lemma_.lower() in self.ontology.deaths,
        )

    def _people(self, recipient: Actor | None, token: Token | None) -> bool:
        """Whether a recipient is people: one the actors layer knows, a pronoun, or a
        phrase headed by a word for people ("the two victims", "a 17-year-old")."""
        if recipient is None:
            return False
        if recipient.actor_id or recipient.name or token is None:
            return True
        head = counted(token)
        return head.lower_ in PRONOUNS or head.lemma_.lower() in self.beings or aged(head)

    def _rhetoric(self, draft: Draft, state: str, result: Result) -> bool:
        """Whether a mention is told inside a direct quote as a speaker's words rather than
        a report: an act not told in the past ("we turn this city upside down"), or one of
        a type seldom named without a happening told by a noun or as a plan ("we need to
        support our first responders", "they want a deal"). A plan of another type stays
        ("our forces will launch a counter-offensive")."""
        token = draft.match.token
        quote = status.quoted_by(token.idx, result.quotes)
        if quote is None or quote.kind != "direct":
            return False
        thin = draft.type in self.ontology.thin
        if state != "asserted" or token.pos_ == "NOUN":
            return thin
        return not _past(token)

    def _told_by(self, token: Token) -> list[Token]:
        """The verb that tells an event noun happening ("the bomb exploded", "a shooting
        took place"): a mention of the same happening."""
        verb = token.head
        if token.dep_ not in ("nsubj", "nsubjpass") or verb.i == token.i:
            return []
        return [verb] if verb.lemma_.lower() in self.ontology.happening_verbs else []

    def _other_happening(self, token: Token, sent: Span) -> bool:
        """Whether the mention is told as a happening not yet told: "another attack", "a
        second shooting", "in a separate incident, ...", "Separately, ..."."""
        words = self.ontology.other_happening
        if any(c.lower_ in words for c in token.children if c.dep_ in ("det", "amod")):
            return True
        if _told_before(token, self.ontology.earlier_happening):
            return True
        opening = [t.lower_ for t in sent[:4]]
        return opening[:1] == ["separately"] or (
            opening[:1] == ["in"] and any(w in words for w in opening[1:])
        )


def _not_earlier(
    tokens: list[Token], sent: Span, earlier: dict[str, frozenset[str]]
) -> list[Token]:
    """The tokens of the sentence ``sent`` but those of a happening the story's own one is
    told to follow (``_told_before``: another's counts); a sentence with none of its verbs
    holds none."""
    verbs = earlier.get("verbs", ())
    if not any(t.lemma_.lower() in verbs for t in sent):
        return tokens
    return [t for t in tokens if not _told_before(t, earlier)]


def _told_before(token: Token, earlier: dict[str, frozenset[str]]) -> bool:
    """Whether a mention is of a happening the story's own one is told to come after or
    follow: "The shooting comes a week after a fatal shooting", "These shootings follow
    the deaths of two children" (``earlier_happening``)."""
    verbs, links = earlier.get("verbs", ()), earlier.get("links", ())
    for node in (token, *token.ancestors):
        verb = node.head
        if verb.lemma_.lower() not in verbs or verb.i == node.i:
            continue
        linked = node.lower_ in links or any(
            c.dep_ == "mark" and c.lower_ in links for c in node.children
        )
        if not linked and node.dep_ != "dobj":
            return False
        subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
        happenings = earlier.get("happenings", ())
        return subject is not None and subject.lemma_.lower() in happenings
    return False


def _past(token: Token) -> bool:
    """A verb told in the past: "blamed", "was shot", "have arrested"."""
    if token.tag_ == "VBD":
        return True
    helped = any(c.dep_ in ("aux", "auxpass") for c in token.children)
    return token.tag_ == "VBN" and helped


def _named(token: Token) -> str:
    """An event noun named with two or more adjectives ("the final large fight"), lower
    case; else empty: a name the story repeats for one happening."""
    adjectives = [c.lower_ for c in token.children if c.dep_ == "amod" and c.pos_ == "ADJ"]
    if token.pos_ != "NOUN" or len(adjectives) < NAMED_ADJECTIVES:
        return ""
    return " ".join([*adjectives, token.lower_])


def _fellows(draft: Draft, mentions: Mentions) -> frozenset[str]:
    """The known participants named together in the actor's or the recipient's phrase, a
    list joined by "and" ("Chris Ardrey, Cario Davis and Jason Farmer were charged"): one
    happening's parties."""
    names: set[str] = set()
    for token in (draft.actor_token, draft.recipient_token):
        if token is None:
            continue
        left, right = phrase(token)
        span = token.doc[left:right]
        if not any(t.dep_ == "cc" for t in span):
            continue
        found = {name_of(a) for a in mentions.covering(span.start_char, span.end_char)}
        found.discard(None)
        if len(found) > 1:
            names |= found
    return frozenset(names)


def _after_dateline(token: Token | None, opening: int) -> Token | None:
    """A participant the parser found in the text's dateline gives way to the next word its
    head takes in the same role ("ALBANY — A Brooklyn man has been charged", parsed with two
    subjects: the man); None when there is none."""
    if token is None or token.idx >= opening:
        return token
    return next((c for c in token.head.children if c.dep_ == token.dep_ and c.idx >= opening), None)


def _first_of_pair(mentions: list[Actor], sent: Span) -> Actor:
    """The last of the sentence's mentions, or the first of a pair it closes ("the
    government and the rebels"): the side named first leads. (The sentence's own text is
    read: spaCy rebuilds the whole document's text on each ``doc.text``.)"""
    last = mentions[-1]
    if len(mentions) > 1:
        previous = mentions[-2]
        between = sent.text[previous.end - sent.start_char : last.start - sent.start_char]
        if between.strip().lower() in ("and", "and the", ", and"):
            return previous
    return last


def _other_step(trigger: Token, time: Time) -> bool:
    """Whether the time hangs from a verb of a later step (``anchors.step_verb``) that is
    not the trigger: "remained in critical condition Friday after a shooting" dates the
    remaining, and the shooting came before it."""
    span = trigger.doc.char_span(time.start, time.end, alignment_mode="expand")
    verb = None if span is None else anchors.step_verb(span.root)
    return verb is not None and verb.i != trigger.i


def _outside_relative(sent: Span, trigger: list[int], time: Time) -> bool:
    """Whether the trigger is told in a relative clause that the time lies outside of."""
    token = sent.doc.char_span(trigger[0], trigger[1], alignment_mode="expand")
    if token is None:
        return False
    clause = next((t for t in [token.root, *token.root.ancestors] if t.dep_ == "relcl"), None)
    if clause is None:
        return False
    inside = clause.left_edge.idx <= time.start < clause.right_edge.idx + len(clause.right_edge)
    return not inside


def _others_added(event: Event, counts: dict[str, Count], sent: Span, words: Iterable[str]) -> None:
    """Raise, in place, an event's count of people harmed to the sentence's where the
    sentence adds people counted before the event's clause to the others its verb says it
    harmed too ("a girl is in critical condition after a shooting that also injured two
    others": the event's two, the sentence's three, which ends where the event's count
    ends)."""
    for key, count in counts.items():
        span = event.evidence.get(f"quantities.{key}")
        value = event.quantities.get(key)
        if span is None or value is None or count.value <= value:
            continue
        if not (count.start < span[0] and count.end == span[1]):
            continue
        counted = sent.doc.char_span(span[0], span[1], alignment_mode="expand")
        verb = None if counted is None else anchors.clause_verb(counted.root)
        if verb is None or not any(c.lower_ in words for c in verb.children):
            continue
        event.quantities[key] = count.value
        event.evidence[f"quantities.{key}"] = [count.start, count.end]
        event.why += f"; {key}: the others it counts added to those told before them"


def _place_at(event: Event, place: Place, how: str) -> None:
    """Give an event a place the story as a whole tells (its main town, the outlet's, its
    main county or state: not its sentences), with the place's span where the text names
    it and ``how`` in its ``why``."""
    event.place = place
    if place.end > place.start:
        event.evidence["place"] = [place.start, place.end]
    event.why += f"; place: {how}"
