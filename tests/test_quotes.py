"""The quotes stage on articles written for these tests, one reporting pattern at a time."""

from __future__ import annotations

import textwrap
from pathlib import Path

import pytest

from dateline import nlp
from dateline.config import Settings
from dateline.models import Actor, Article, Place, Quote, Result
from dateline.quotes import QuoteStage

FIXTURES = Path(__file__).parent / "fixtures" / "quotes"


@pytest.fixture(scope="module")
def stage() -> QuoteStage:
    return QuoteStage(Settings())


def run(stage: QuoteStage, text: str, actors: list[Actor] | None = None) -> list[Quote]:
    result = Result(article=Article(text=text), actors=actors or [])
    quotes = stage(result, nlp.load()(text))
    for quote in quotes:
        assert text[quote.start : quote.end] == quote.text
    return quotes


def one(quotes: list[Quote], fragment: str) -> Quote:
    found = [q for q in quotes if fragment in q.text]
    assert len(found) == 1, [q.text for q in quotes]
    return found[0]


def test_pronoun_speaker_is_the_last_person(stage):
    text = (
        "Jane Whitfield, the mayor of Eastport, opened the new bridge on Monday.\n\n"
        "\u201cThis bridge joins the two halves of our city at last,\u201d she said."
    )
    quote = one(run(stage, text), "joins the two halves")
    assert quote.kind == "direct"
    assert quote.verb == "said"
    assert quote.speaker is not None
    assert quote.speaker.name == "Jane Whitfield"
    assert text[quote.speaker.start : quote.speaker.end] == "Jane Whitfield"


def test_quote_without_a_named_speaker_keeps_speaker_null(stage):
    text = (
        "Hundreds of residents gathered outside the town hall on Friday.\n\n"
        "\u201cWe have waited three long years for this road to be repaired.\u201d"
    )
    quote = one(run(stage, text), "three long years")
    assert quote.kind == "direct"
    assert quote.speaker is None
    assert quote.verb is None


def test_pronoun_with_nobody_to_refer_to_keeps_speaker_null(stage):
    text = "\u201cWe will rebuild the school before the winter comes,\u201d he said."
    quote = one(run(stage, text), "rebuild the school")
    assert quote.speaker is None
    assert quote.verb == "said"


def test_continued_paragraph_belongs_to_the_last_speaker(stage):
    text = (
        "\u201cThe harvest is the worst we have seen in a decade,\u201d "
        "farmer Anna Berg told the BBC.\n\n"
        "\u201cWithout rain in the next month, many families will have to leave the valley.\u201d"
    )
    quotes = run(stage, text)
    first = one(quotes, "worst we have seen")
    continued = one(quotes, "Without rain")
    for quote in (first, continued):
        assert quote.kind == "direct"
        assert quote.speaker is not None
        assert quote.speaker.name == "Anna Berg"
        assert quote.verb == "told"
        assert quote.outlet == "BBC"


def test_quotes_inside_quotes_stay_in_the_outer_quote(stage):
    text = (
        "Finance Minister Laura Kemp said: \u201cWhen they told me \u2018the money is gone\u2019, "
        "I did not believe them at first.\u201d"
    )
    quotes = run(stage, text)
    assert len(quotes) == 1
    quote = quotes[0]
    assert quote.text.startswith("\u201cWhen they told me \u2018the money is gone\u2019")
    assert quote.text.endswith("at first.\u201d")
    assert quote.kind == "direct"
    assert quote.speaker is not None
    assert quote.speaker.name == "Laura Kemp"
    assert quote.speaker.title == "Finance Minister"


@pytest.mark.parametrize(
    "text",
    [
        "Mayor Jane Whitfield said: \u201cThe bridge will open next week, whatever happens.\n\n"
        "The council met again on Tuesday.",
        "The bridge will open next week, whatever happens,\u201d Mayor Jane Whitfield said.",
        'Mayor Jane Whitfield said: "The bridge will open next week, whatever happens.',
        "\u201c\u201d\u201c\u2019\u2018'\"",
        "",
    ],
)
def test_broken_quotation_marks_are_recovered_without_crashing(stage, text):
    quotes = run(stage, text)
    if "bridge" in text:
        quote = one(quotes, "bridge will open next week")
        assert quote.speaker is not None
        assert quote.speaker.name == "Jane Whitfield"
        assert quote.speaker.title == "Mayor"


def test_mixed_quote_is_the_reported_clause_with_a_quoted_fragment(stage):
    text = (
        "Trade Commissioner Omar Haddad said the agreement was "
        "\u201ca turning point for the whole region\u201d and would cut tariffs."
    )
    quote = one(run(stage, text), "turning point")
    assert quote.kind == "mixed"
    assert quote.text.startswith("the agreement was")
    assert quote.speaker is not None
    assert quote.speaker.name == "Omar Haddad"


def test_according_to_is_an_indirect_quote(stage):
    text = "According to the health ministry, 40 people were taken to hospital after the blast."
    quote = one(run(stage, text), "40 people")
    assert quote.kind == "indirect"
    assert quote.verb == "according to"
    assert quote.speaker is not None
    assert quote.speaker.name == "health ministry"


def test_told_an_outlet_that(stage):
    text = "Police chief Mark Ellison told AFP that the suspects had fled across the border."
    quote = one(run(stage, text), "suspects had fled")
    assert quote.kind == "indirect"
    assert quote.text.startswith("that the suspects")
    assert quote.verb == "told"
    assert quote.outlet == "AFP"
    assert quote.speaker is not None
    assert quote.speaker.name == "Mark Ellison"


def test_inverted_said_with_an_appositive(stage):
    text = (
        "\u201cThe water came up faster than anyone expected,\u201d said Anna Berg, "
        "a spokeswoman for the regional council."
    )
    quote = one(run(stage, text), "water came up")
    assert quote.kind == "direct"
    assert quote.speaker is not None
    assert quote.speaker.name == "Anna Berg"
    assert quote.speaker.title == "spokeswoman"
    assert quote.speaker.affiliation == "regional council"


def test_was_quoted_as_saying(stage):
    text = "Governor Paul Mensah was quoted as saying that the curfew would be lifted on Sunday."
    quote = one(run(stage, text), "curfew would be lifted")
    assert quote.kind == "indirect"
    assert quote.verb == "was quoted as saying"
    assert quote.speaker is not None
    assert quote.speaker.name == "Paul Mensah"
    assert quote.speaker.title == "Governor"


def test_speaker_links_to_an_actor_by_surname(stage):
    text = (
        "Defence Minister Ruth Adebayo visited the base on Monday.\n\n"
        "Adebayo said the army would stay in the province until the end of the year."
    )
    start = text.index("Ruth Adebayo")
    actor = Actor(text="Ruth Adebayo", start=start, end=start + 12, actor_id="ADEBAYO_R")
    quote = one(run(stage, text, [actor]), "army would stay")
    assert quote.speaker is not None
    assert quote.speaker.name == "Ruth Adebayo"
    assert quote.speaker.title == "Defence Minister"
    assert quote.speaker.actor_id == "ADEBAYO_R"


def test_two_generals_each_keep_their_quotes(stage):
    text = (FIXTURES / "valley-offensive.txt").read_text(encoding="utf-8")
    quotes = run(stage, text)
    okafor = ("Helen Okafor", "deputy commander", "alliance")
    ortega = ("Samuel Ortega", "chief logistics officer", "alliance")
    expected = {
        "The coming operation will be the decisive one": (okafor, "direct"),
        "Every unit we have is moving": (okafor, "direct"),
        "about 3,000 militia fighters remained": (okafor, "indirect"),
        "Government troops have recovered quickly": (ortega, "indirect"),
        "We are supplying them": (ortega, "direct"),
        "guerrilla movement": (okafor, "mixed"),
        "The hard part of the coming years": (okafor, "direct"),
        "Fighters who are neither killed": (okafor, "direct"),
        "some 800 militia fighters were captured": (ortega, "indirect"),
        "strong level of trust": (ortega, "mixed"),
        "It is very encouraging": (ortega, "direct"),
        "Most of the friction is political": (ortega, "direct"),
    }
    for fragment, (who, kind) in expected.items():
        quote = one(quotes, fragment)
        assert quote.kind == kind, fragment
        assert quote.speaker is not None, fragment
        speaker = quote.speaker
        assert (speaker.name, speaker.title, speaker.affiliation) == who, fragment
    told = one(quotes, "The coming operation")
    assert (told.verb, told.outlet) == ("told", "Reuters")
    assert one(quotes, "Every unit we have").outlet == "Reuters"
    assert one(quotes, "strong level of trust").verb == "praised"
    lead = one(quotes, "fought along the river valley")
    assert lead.speaker is not None
    assert (lead.speaker.title, lead.speaker.affiliation) == ("commander", "international alliance")
    headline = one(quotes, "in the river valley")
    assert (headline.verb, headline.speaker.name) == ("expects", "Alliance")
    assert not any(q.text.strip("'") == "last major battle" for q in quotes)


def test_speech_act_with_a_prepositional_content(stage):
    text = "Opposition leader Grace Mwangi called for an independent inquiry into the shooting."
    quote = one(run(stage, text), "independent inquiry")
    assert quote.kind == "indirect"
    assert quote.text == "an independent inquiry into the shooting"
    assert quote.verb == "called"
    assert quote.speaker is not None
    assert quote.speaker.name == "Grace Mwangi"


def test_participle_shares_the_subject_of_its_verb(stage):
    text = (
        "Senator Ivan Petrov left the chamber early, saying the vote had been rigged "
        "from the start."
    )
    quote = one(run(stage, text), "vote had been rigged")
    assert quote.verb == "saying"
    assert quote.speaker is not None
    assert quote.speaker.name == "Ivan Petrov"


def test_relative_pronoun_speaker_is_its_antecedent(stage):
    text = "The visit was arranged by Tomas Novak, who said the talks would resume in the spring."
    quote = one(run(stage, text), "talks would resume")
    assert quote.speaker is not None
    assert quote.speaker.name == "Tomas Novak"


def test_name_signed_after_a_quotation_with_a_dash(stage):
    text = (
        "Readers sent us their views.\n\n"
        "\u201cThe new tram line has changed how I get to work every single day.\u201d "
        "\u2015 Lena Hofer"
    )
    quote = one(run(stage, text), "new tram line")
    assert quote.kind == "direct"
    assert quote.verb is None
    assert quote.speaker is not None
    assert quote.speaker.name == "Lena Hofer"


def test_doubled_apostrophes_are_quotation_marks(stage):
    text = "''We will not sign this agreement as it stands,'' the union said in a statement."
    quote = one(run(stage, text), "not sign this agreement")
    assert quote.text == "''We will not sign this agreement as it stands,''"
    assert quote.kind == "direct"
    assert quote.speaker is not None
    assert quote.speaker.name == "union"


def test_scare_quotes_alone_are_not_quotes(stage):
    text = "The so-called \u2018peace dividend\u2019 never reached the border towns."
    assert run(stage, text) == []


def test_quote_left_open_runs_into_the_next_paragraph(stage):
    text = (
        "Transport Minister Ana Silva said: \u201cWe have rebuilt every bridge in the north.\n\n"
        "\u201cThe roads will follow next year, and the railway after that.\u201d\n\n"
        "The opposition said the plan was too expensive."
    )
    quotes = run(stage, text)
    for fragment in ("rebuilt every bridge", "roads will follow"):
        quote = one(quotes, fragment)
        assert quote.kind == "direct"
        assert quote.speaker is not None
        assert (quote.speaker.name, quote.speaker.title) == ("Ana Silva", "Transport Minister")
    assert one(quotes, "too expensive").speaker.name == "opposition"


def test_it_refers_to_the_last_organisation(stage):
    text = (
        "The ministry said the talks had failed.\n\n"
        "\u201cThere is nothing left to discuss with them at all,\u201d it said in a statement."
    )
    quote = one(run(stage, text), "nothing left to discuss")
    assert quote.speaker is not None
    assert quote.speaker.name == "ministry"
    assert quote.speaker.title is None


def test_pronoun_skips_a_person_of_the_other_gender(stage):
    text = (
        "Ms. Karen Lund, the union's negotiator, met Mr. Peter Holm on Monday.\n\n"
        "\u201cWe agreed on nothing of any importance,\u201d she said."
    )
    quote = one(run(stage, text), "agreed on nothing")
    assert quote.speaker is not None
    assert quote.speaker.name == "Karen Lund"


def test_denied_or_refused_speech_is_not_a_quote(stage):
    text = (
        "The interior ministry did not comment on the arrests.\n\n"
        "A local official in Ansongo, who asked not to be named for security reasons, "
        "told AFP that three drivers were missing."
    )
    quotes = run(stage, text)
    assert [q.text for q in quotes] == ["that three drivers were missing"]
    speaker = quotes[0].speaker
    assert speaker is not None
    assert (speaker.name, speaker.title, speaker.affiliation) == (
        "local official in Ansongo",
        "local official",
        "Ansongo",
    )
    assert quotes[0].outlet == "AFP"


def test_hard_wrapped_lines_keep_their_quotes_whole(stage):
    text = (FIXTURES / "valley-offensive.txt").read_text(encoding="utf-8")
    wrapped = "\n\n".join(textwrap.fill(p, width=60) for p in text.split("\n\n"))
    assert wrapped.count("\n") > text.count("\n") + 10
    plain = {q.text.split()[1]: q for q in run(stage, text) if q.kind == "direct"}
    quotes = [q for q in run(stage, wrapped) if q.kind == "direct"]
    assert len(quotes) == len(plain)
    for quote in quotes:
        assert quote.text.startswith('"') and quote.text.rstrip(",").endswith('"')
        same = plain[quote.text.split()[1]]
        assert quote.speaker is not None
        assert quote.speaker.name == same.speaker.name


def test_speech_verb_with_a_noun_object_reports_the_object(stage):
    text = "The health ministry noted the rise in cholera cases along the coast."
    quote = one(run(stage, text), "cholera")
    assert quote.kind == "indirect"
    assert quote.text == "the rise in cholera cases along the coast"
    assert quote.verb == "noted"
    assert quote.speaker is not None
    assert quote.speaker.name == "health ministry"


@pytest.mark.parametrize(
    ("text", "verb", "content"),
    [
        (
            "Farmers in the delta want the government to repair the dams before the rains.",
            "want",
            "the government to repair the dams before the rains",
        ),
        (
            "Mayor Jane Whitfield expects the bridge to reopen in March.",
            "expects",
            "the bridge to reopen in March",
        ),
        (
            "The opposition views the election law as an attempt to silence critics.",
            "views",
            "the election law as an attempt to silence critics",
        ),
    ],
)
def test_wishes_expectations_and_views_are_attributed(stage, text, verb, content):
    quote = one(run(stage, text), content.split()[-1])
    assert quote.text == content
    assert quote.kind == "indirect"
    assert quote.verb == verb
    assert quote.speaker is not None


def test_participle_after_a_report_is_a_quote_of_its_own(stage):
    text = (
        "Interior Minister Sara Lind said the border would stay closed, "
        "citing attacks on two customs posts near the river."
    )
    quotes = run(stage, text)
    said = one(quotes, "border would stay closed")
    assert said.text == "the border would stay closed"
    citing = one(quotes, "customs posts")
    assert citing.text == "attacks on two customs posts near the river"
    assert citing.verb == "citing"
    for quote in (said, citing):
        assert quote.speaker is not None
        assert quote.speaker.name == "Sara Lind"


def test_passive_speech_verb_takes_its_agent_as_the_speaker(stage):
    text = "The deal was first reported by the Eastport Herald on Sunday."
    quote = one(run(stage, text), "deal")
    assert quote.text == "The deal"
    assert quote.verb == "reported"
    assert quote.speaker is not None
    assert quote.speaker.name == "Eastport Herald"


def test_passive_without_an_agent_or_a_complement_is_not_a_quote(stage):
    text = "The deal was reported on Sunday."
    assert run(stage, text) == []


@pytest.mark.parametrize(
    ("text", "content", "speaker"),
    [
        (
            "The army's claim that the town had been retaken surprised its residents.",
            "that the town had been retaken",
            "army",
        ),
        (
            "The union's criticism of the new pension rules grew louder on Monday.",
            "the new pension rules",
            "union",
        ),
    ],
)
def test_noun_cues_report_a_clause_or_an_owners_object(stage, text, content, speaker):
    quotes = run(stage, text)
    quote = one(quotes, content)
    assert quote.text == content
    assert quote.speaker is not None
    assert quote.speaker.name == speaker


def test_noun_without_an_owner_or_a_clause_is_not_a_cue(stage):
    text = "The criticism of the new pension rules grew louder in the capital."
    assert run(stage, text) == []


def test_verb_the_lemmatizer_cuts_short_is_still_a_cue(stage):
    text = "Aid groups are hoping to reach the stranded villages by Friday."
    doc = nlp.load()(text)
    assert doc[3].lemma_ != "hope"
    quote = one(run(stage, text), "stranded villages")
    assert quote.text == "to reach the stranded villages by Friday"
    assert quote.verb == "hoping"
    assert quote.speaker is not None
    assert quote.speaker.name == "Aid groups"


def test_as_clause_attributes_the_sentence_it_interrupts(stage):
    text = "As the mayor noted on Monday, the river has not flooded the town since 1998."
    quote = one(run(stage, text), "flooded")
    assert quote.text == "the river has not flooded the town since 1998"
    assert quote.verb == "noted"
    assert quote.speaker is not None
    assert quote.speaker.name == "mayor"


def test_a_date_is_not_what_was_said(stage):
    text = "The minister spoke on Thursday at a rally in the capital."
    assert run(stage, text) == []


def test_speech_verb_reports_no_infinitive_but_a_speech_act_does(stage):
    text = (
        "The mayor continues to insist, most recently in an interview with the Herald, "
        "that she wants to rebuild the bridge."
    )
    quotes = run(stage, text)
    assert not any(q.verb == "continues" for q in quotes)
    quote = one(quotes, "rebuild")
    assert quote.text == "to rebuild the bridge"
    assert quote.verb == "wants"


def test_possessive_pronoun_owner_is_the_last_person(stage):
    text = (
        "Senator Ivan Petrov left the chamber before the vote.\n\n"
        "His criticism of the new pension rules was echoed across the capital."
    )
    quote = one(run(stage, text), "pension rules")
    assert quote.text == "the new pension rules"
    assert quote.speaker is not None
    assert quote.speaker.name == "Ivan Petrov"


def test_name_and_colon_opening_a_paragraph_label_its_speaker(stage):
    text = (
        "Finance Minister Laura Kemp answered questions on the budget.\n\n"
        "KEMP: We will not raise taxes on fuel this year.\n\n"
        "KABUL: Taliban fighters took the district on Monday."
    )
    start = text.index("KABUL")
    places = [Place(text="KABUL", start=start, end=start + 5)]
    quotes = stage(Result(article=Article(text=text), places=places), nlp.load()(text))
    quote = one(quotes, "raise taxes")
    assert quote.text == "We will not raise taxes on fuel this year"
    assert quote.verb == ":"
    assert quote.speaker is not None
    assert quote.speaker.name == "Laura Kemp"
    assert not any("Taliban" in q.text for q in quotes)


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("Some in the ministry say she will resign before the summer.", "Some in the ministry"),
        ("Many of the residents said the water had risen overnight.", "Many of the residents"),
    ],
)
def test_some_or_many_of_a_group_are_speakers(stage, text, speaker):
    quotes = run(stage, text)
    assert len(quotes) == 1
    assert quotes[0].speaker is not None
    assert quotes[0].speaker.name == speaker


def test_told_someone_to_act_reports_the_whole_request(stage):
    text = "Police told residents to leave their homes before noon."
    quote = one(run(stage, text), "residents")
    assert quote.text == "residents to leave their homes before noon"
    assert quote.verb == "told"
    assert quote.speaker is not None
    assert quote.speaker.name == "Police"


def test_as_clause_of_a_speech_act_attributes_the_sentence(stage):
    text = "As aid groups have pointed out, the camps cannot take more families."
    quote = one(run(stage, text), "camps")
    assert quote.text == "the camps cannot take more families"
    assert quote.speaker is not None
    assert quote.speaker.name == "aid groups"


def test_responded_by_or_with_reports_the_response(stage):
    text = "The governor responded by ordering an inquiry into the police raid."
    quote = one(run(stage, text), "inquiry")
    assert quote.text == "ordering an inquiry into the police raid"
    assert quote.verb == "responded"


@pytest.mark.parametrize(
    ("text", "fragment"),
    [
        ("Rebel leaders accused the army of shelling the market.", "shelling the market"),
        ("The minister hailed the ceasefire as a turning point for the region.", "turning point"),
    ],
)
def test_speech_act_reports_its_object_and_what_follows_its_preposition(stage, text, fragment):
    quote = one(run(stage, text), fragment)
    assert quote.kind == "indirect"


@pytest.mark.parametrize(
    "text",
    [
        "The governor is expected to resign before the vote.",
        "The general was accused of ordering the shelling of the market.",
        "The town is considered a stronghold of the rebels.",
    ],
)
def test_passive_with_a_complement_reports_its_subject_without_a_speaker(stage, text):
    quote = one(run(stage, text), "The ")
    assert quote.text == text.removesuffix(".")
    assert quote.kind == "indirect"
    assert quote.speaker is None


def test_a_cue_without_a_speaker_gives_way_to_a_named_one_it_holds(stage):
    text = "The rules are expected to change after the mayor said the budget was short."
    quote = one(run(stage, text), "budget")
    assert quote.text == "the budget was short"
    assert quote.speaker is not None
    assert quote.speaker.name == "mayor"


@pytest.mark.parametrize(("author", "speaker"), [("Ann Lee", "Ann Lee"), (None, "the author")])
def test_first_person_outside_quotation_marks_is_the_author(stage, author, speaker):
    text = "I believe the council made the right choice on the new bridge."
    result = Result(article=Article(text=text, author=author))
    quote = one(stage(result, nlp.load()(text)), "right choice")
    assert quote.speaker is not None
    assert quote.speaker.name == speaker


@pytest.mark.parametrize(
    ("text", "content", "speaker"),
    [
        (
            "The mayor is confident that the bridge will reopen in May.",
            "that the bridge will reopen in May",
            "mayor",
        ),
        (
            "Rebel commanders are eager to resume the talks.",
            "to resume the talks",
            "Rebel commanders",
        ),
        ("The union has been critical of the new pension rules.", "the new pension rules", "union"),
    ],
)
def test_stance_adjective_reports_what_its_subject_thinks_or_wants(stage, text, content, speaker):
    quote = one(run(stage, text), content)
    assert quote.text == content
    assert quote.speaker is not None
    assert quote.speaker.name == speaker


def test_negated_stance_adjective_is_not_a_quote(stage):
    assert run(stage, "The mayor is not confident that the bridge will reopen.") == []


@pytest.mark.parametrize(
    "text",
    ["The truce seems to be holding along the border.", "The vote looks likely to pass on Friday."],
)
def test_verb_of_appearance_reports_a_view_without_a_speaker(stage, text):
    quote = one(run(stage, text), "The ")
    assert quote.text == text.removesuffix(".")
    assert quote.speaker is None


def test_noun_cue_with_an_owner_reports_its_infinitive(stage):
    text = "The general's decision to withdraw the troops surprised the council."
    quote = one(run(stage, text), "withdraw")
    assert quote.text == "to withdraw the troops"
    assert quote.speaker is not None
    assert quote.speaker.name == "general"


def test_as_clause_with_a_content_preposition_keeps_its_own_content(stage):
    quotes = run(stage, "As the mayor called for calm, protesters gathered outside the town hall.")
    assert [q.text for q in quotes] == ["calm"]


@pytest.mark.parametrize(
    ("text", "content", "speaker"),
    [
        (
            "Opposition leaders railed against the new curfew on Monday.",
            "the new curfew",
            "Opposition leaders",
        ),
        (
            "The villagers are afraid that the dam will burst.",
            "that the dam will burst",
            "villagers",
        ),
        ("The rebels' plan to seize the airport failed.", "to seize the airport", "rebels"),
    ],
)
def test_more_speech_acts_stances_and_noun_cues(stage, text, content, speaker):
    quote = one(run(stage, text), content)
    assert quote.text == content
    assert quote.speaker is not None
    assert quote.speaker.name == speaker
