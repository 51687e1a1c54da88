"""Recognition rules of the fifth places round: where people live, firms named like towns,
datelines in capitals."""

from __future__ import annotations

from dateline.geo.recognise import recognise
from dateline.geo.stage import open_gazetteer
from dateline.nlp import load


def _names(text: str) -> set[str]:
    return {m.text for m in recognise(load()(text), open_gazetteer(None))}


def test_a_town_after_a_persons_name_or_age_and_of_is_where_they_live():
    found = _names(
        "The driver, Calvin Roy Mercer, 31, of Winfield, fled on foot. His passenger, "
        "Dana Oakes of Southlake, was not hurt."
    )
    assert {"Winfield", "Southlake"} <= found


def test_the_residence_cue_takes_no_part_of_a_longer_name():
    found = _names("Officers spoke with Richard Pehrson II of Meadow Grove on Friday.")
    assert "Meadow" not in found


def test_datelines_in_capitals_after_a_byline_date_a_colon_or_a_long_dash():
    assert "PATASKALA" in _names(
        "By ANN COLE Staff Reporter March 29, 2009 PATASKALA -- City officials say the "
        "block can be rebuilt."
    )
    assert "BEIRUT" in _names("BEIRUT: The body of a fisherman was found on the shore on Sunday.")
    assert "COLUMBIA" in _names("COLUMBIA --- The governor said Friday he would veto the bill.")


def test_a_short_dateline_in_capitals_before_its_state_is_a_town_not_an_acronym():
    assert "AKRON" in _names(
        "AKRON, Ohio (AP) — Two men were wounded outside a tavern early Sunday, police said."
    )
    assert "OCALA" in _names("OCALA, Fla. - A woman was hurt when a stray bullet hit her car.")
    assert "UCLA" not in _names("UCLA, the university, said on Friday it would add classes.")


def test_a_dateline_in_capitals_may_open_with_a_compass_word():
    assert "EAST HAMPTON" in _names(
        "EAST HAMPTON — Police are investigating a one-car crash on Route 66."
    )


def _places(text: str, url: str | None = None) -> list[str]:
    from dateline.geo.stage import PlaceStage
    from dateline.models import Article, Result

    stage = PlaceStage.__new__(PlaceStage)
    stage.gazetteer = open_gazetteer(None)
    return [p.text for p in stage(Result(Article(text, url=url)), load()(text))]


def test_a_firm_named_like_a_small_town_is_no_place():
    text = (
        "The Belk Foundation announced Wednesday a $5,000 grant to a shelter in Richmond, "
        "Virginia. Belk opened a new store in Richmond this week, and Belk associates "
        "will volunteer there."
    )
    found = _places(text)
    assert "Richmond" in found
    assert "Belk" not in found


def test_a_name_after_a_word_of_going_and_to_is_a_place():
    found = _names(
        "She begged her parents for a trip to Cancun. Her uncle drove to Sherman, "
        "where he talked to Smith."
    )
    assert {"Cancun", "Sherman"} <= found
    assert "Smith" not in found


def test_a_festival_or_a_law_is_no_place():
    found = _names(
        "Crowds came to Columbia for the Riverwalk Music Festival on Saturday. In West "
        "Virginia, the Wild Monongahela Act protects the forest."
    )
    assert not {"Riverwalk Music Festival", "Wild Monongahela Act"} & found
    assert "West Virginia" in found


def test_a_place_opening_a_bodys_name_may_open_with_a_compass_word():
    found = _names(
        "John Melton, attorney for the West Virginia Lottery Commission, spoke first. "
        "The North Charleston Police Department reported the arrest on Sunday."
    )
    assert {"West Virginia", "North Charleston"} <= found


def test_initials_read_as_a_state_abroad_are_an_organisation():
    text = (
        "Some PA officials in Ramallah welcomed the failure of the talks. The crackdown, "
        "PA officials explained, was aimed at Hamas in Nablus."
    )
    found = _places(text)
    assert "Ramallah" in found
    assert "PA" not in found


def test_initials_of_a_state_in_a_story_from_that_country_stay():
    text = (
        "Harrisburg police said the storm hit hard. PA officials said roads near "
        "Harrisburg would reopen."
    )
    assert "PA" in _places(text)


def test_a_numbered_exit_is_no_place():
    found = _names("The crash closed the turnpike between Exit 4 and Exit 6 near Springfield.")
    assert not {"Exit 4", "Exit 6"} & found


def test_a_common_word_whose_readings_all_give_way_is_no_place():
    text = (
        "Younis, an Arab woman from Israel, led a small orchestra for refugees in the "
        "Jenin camp, playing an Arab instrument that looks like a violin."
    )
    found = _places(text)
    assert "Jenin" in found
    assert "Arab" not in found


def test_a_town_naming_an_apartment_block_or_a_motel_is_no_place():
    text = (
        "SAN ANTONIO — A man was shot Tuesday night in the 1100 block of Patricia Drive, "
        "near the Tuscany Park Apartments, police said. Officers later searched the Madrid "
        "Motel on Fourth Street in San Antonio."
    )
    found = _places(text)
    assert "Tuscany" not in found and "Madrid" not in found
    assert "San Antonio" in found


def test_a_headline_name_before_a_word_for_who_someone_is_is_a_place():
    """A page whose text is a sign-in form is read from its headline alone, where the
    town only says who the victim or the gunman is."""
    for title, town in (
        ("Conway toddler hurt after finding pistol in closet", "Conway"),
        ("Denton student wounded in drive-by shooting", "Denton"),
    ):
        found = {m.text for m in recognise(load()(title), open_gazetteer(None), headline=title)}
        assert town in found
