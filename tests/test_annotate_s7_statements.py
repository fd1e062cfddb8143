"""Statements on unseen news: where a content ends, and who speaks when a place or a client sits in the source.

A second report joined by ", while" after a quotation's closing comma; an "according to" aside or an "as ..."
aside inside the reported clause; a live blog's time stamp before a report; people described by a relative
clause, a participle or a list of places ("researchers who have tracked ...", "nurses working at clinics in
...", "economists at the universities of A, B and C"); an unnamed holder of an office; lawyers who speak for
a client.

Each sentence is written for its test; names and events are invented.
"""

from __future__ import annotations

import stancekit
from stancekit.model import Document, Statement


def _by_cue(document: Document, cue: str) -> Statement | None:
    return next((statement for statement in document.statements if statement.cue.text == cue), None)


def _speaker_name(document: Document, statement: Statement) -> str | None:
    return None if statement.speaker is None else document.entity(statement.speaker).name


# -- where a content ends --------------------------------------------------------------------------


def test_a_quotation_closing_at_the_comma_before_while_ends_the_first_content() -> None:
    document = stancekit.annotate(
        'Senior Councilor Tom Reilly said he could not back the budget "in its current form," while Ward 5'
        " Councilor Maria Lopez, whose ward includes the port, said she was open to it but wanted more detail."
    )
    contents = [statement.content.text for statement in document.statements]
    assert contents == [
        'he could not back the budget "in its current form,"',
        "she was open to it but wanted more detail",
    ]
    assert _speaker_name(document, document.statements[1]) == "Maria Lopez"


def test_a_quotation_before_while_with_no_new_report_keeps_the_clause() -> None:
    document = stancekit.annotate('Tom Reilly said the plan was "unfair," while others were away.')
    assert [statement.content.text for statement in document.statements] == [
        'the plan was "unfair," while others were away'
    ]


def test_according_to_inside_a_clause_leaves_the_whole_clause_as_content() -> None:
    document = stancekit.annotate(
        "The Treasury, according to a senior official, is expected to delay the decision until spring."
    )
    statement = _by_cue(document, "according to")
    assert statement is not None
    assert statement.content.text == "The Treasury is expected to delay the decision until spring"
    assert _speaker_name(document, statement) == "official"


def test_according_to_before_a_clause_of_its_own_ends_the_content() -> None:
    document = stancekit.annotate("Prices rose, according to traders, and shares fell.")
    statement = _by_cue(document, "according to")
    assert statement is not None
    assert statement.content.text == "Prices rose"


def test_an_as_aside_inside_the_clause_does_not_end_the_content() -> None:
    document = stancekit.annotate(
        "Ellen Park warned that a 20 percent cut, as some unions want, would leave hospitals short of staff."
    )
    statement = _by_cue(document, "warned")
    assert statement is not None
    assert statement.content.text == "a 20 percent cut, as some unions want, would leave hospitals short of staff"


def test_an_as_clause_at_the_end_still_ends_the_content() -> None:
    document = stancekit.annotate("Ellen Park said the cut would hurt hospitals, as it did in 2010.")
    statement = _by_cue(document, "said")
    assert statement is not None
    assert statement.content.text == "the cut would hurt hospitals"


def test_a_live_blog_time_stamp_is_no_part_of_the_content() -> None:
    document = stancekit.annotate("16:40 — Ferries will run again from tomorrow morning, the port authority said.")
    statement = _by_cue(document, "said")
    assert statement is not None
    assert statement.content.text == "Ferries will run again from tomorrow morning"


def test_a_time_without_a_dash_stays_in_the_content() -> None:
    document = stancekit.annotate("14:05 was the time the bridge closed, police said.")
    statement = _by_cue(document, "said")
    assert statement is not None
    assert statement.content.text == "14:05 was the time the bridge closed"


# -- who speaks ------------------------------------------------------------------------------------


def test_a_relative_clause_inside_the_subject_leaves_the_people_as_speaker() -> None:
    document = stancekit.annotate("Researchers who have studied bee colonies near Regina welcomed the ruling.")
    statement = _by_cue(document, "welcomed")
    assert statement is not None
    assert _speaker_name(document, statement) == "researchers"


def test_a_named_person_before_who_stays_the_speaker() -> None:
    document = stancekit.annotate("Maria Lopez, who has worked in Berlin, said the talks failed.")
    statement = _by_cue(document, "said")
    assert statement is not None
    assert _speaker_name(document, statement) == "Maria Lopez"


def test_people_with_a_participle_and_a_place_are_the_speaker() -> None:
    document = stancekit.annotate("Nurses working at clinics in rural Ohio said the funding had run out.")
    statement = _by_cue(document, "said")
    assert statement is not None
    assert _speaker_name(document, statement) == "nurses"


def test_officials_who_were_in_a_city_are_the_speaker() -> None:
    document = stancekit.annotate("Officials who were in Berlin said the talks failed.")
    statement = _by_cue(document, "said")
    assert statement is not None
    assert _speaker_name(document, statement) == "officials"


def test_a_list_of_places_after_a_preposition_stays_inside_the_source() -> None:
    document = stancekit.annotate("Economists at the universities of Leeds, York and Hull said the reform had failed.")
    statement = _by_cue(document, "said")
    assert statement is not None
    assert statement.source is not None
    assert statement.source.text == "Economists at the universities of Leeds, York and Hull"
    assert _speaker_name(document, statement) == "economists"


def test_a_list_of_places_in_the_content_is_no_source() -> None:
    document = stancekit.annotate("Prices rose in Leeds, York and Hull, analysts said.")
    statement = _by_cue(document, "said")
    assert statement is not None
    assert statement.content.text == "Prices rose in Leeds, York and Hull"
    assert _speaker_name(document, statement) == "analysts"


def test_an_unnamed_holder_of_an_office_speaks() -> None:
    document = stancekit.annotate(
        'One club chairman, who asked not to be named because the ballot was secret, said the deal was a "huge'
        ' mistake."'
    )
    statement = _by_cue(document, "said")
    assert statement is not None
    assert _speaker_name(document, statement) == "club chairman"


def test_lawyers_for_a_client_speak_for_the_client() -> None:
    document = stancekit.annotate(
        "Westfield Bank was fined in March. Lawyers for the bank had contended that the fine was excessive."
    )
    statement = _by_cue(document, "contended")
    assert statement is not None and statement.speaker is not None
    # The client itself, or the group of its lawyers named with it ("Lawyers for the bank"): both say who is heard.
    speaker = document.entity(statement.speaker)
    assert speaker.name == "Westfield Bank" or any("for the bank" in alias for alias in speaker.aliases)


def test_lawyers_with_no_client_stay_a_group() -> None:
    document = stancekit.annotate("Lawyers said the ruling was wrong.")
    statement = _by_cue(document, "said")
    assert statement is not None
    assert _speaker_name(document, statement) == "lawyers"


# -- a parenthetical report --------------------------------------------------------------------------


def test_a_parenthetical_act_inside_a_short_clause_reports_it() -> None:
    document = stancekit.annotate("Anna Smits spoke on Monday. Repairs alone, she predicted, would take a month.")
    statement = _by_cue(document, "predicted")
    assert statement is not None
    assert statement.content.text == "Repairs alone would take a month"
    assert _speaker_name(document, statement) == "Anna Smits"


def test_an_act_after_a_date_at_the_sentence_start_is_no_parenthetical() -> None:
    document = stancekit.annotate("In 2012, she predicted, as others did, that prices would fall.")
    statement = _by_cue(document, "predicted")
    assert statement is not None
    assert statement.content.text == "prices would fall"


def test_a_parenthetical_act_with_a_day_after_it_reports_the_clause_before() -> None:
    document = stancekit.annotate(
        "MADRID/TUNIS — Spain will raise tariffs on imported olive oil by 12 per cent, its farm ministry announced"
        " on Monday, in a move that threatens to reopen a long-running dispute between the two neighbours."
    )
    statement = _by_cue(document, "announced")
    assert statement is not None
    assert statement.content.text == "Spain will raise tariffs on imported olive oil by 12 per cent"


def test_that_after_a_noun_set_off_by_a_comma_opens_no_report() -> None:
    document = stancekit.annotate(
        "Spain will raise tariffs on olive oil, the ministry said on Monday, in a move that threatens to reopen a"
        " dispute."
    )
    statement = _by_cue(document, "said")
    assert statement is not None
    assert statement.content.text == "Spain will raise tariffs on olive oil"


def test_that_after_an_aside_still_opens_the_report() -> None:
    document = stancekit.annotate("The minister said on Monday, in an interview, that prices would fall.")
    statement = _by_cue(document, "said")
    assert statement is not None
    assert statement.content.text == "prices would fall"


# -- more speakers ---------------------------------------------------------------------------------


def test_a_pollster_described_with_its_city_is_the_author() -> None:
    document = stancekit.annotate(
        "Turnout was lower in rural areas, according to a survey published in May by the Lisbon research firm Datacor."
    )
    statement = _by_cue(document, "according to")
    assert statement is not None
    assert _speaker_name(document, statement) == "Datacor"


def test_an_author_that_is_a_named_body_stays_the_author() -> None:
    document = stancekit.annotate("Turnout was lower, according to a survey by the Pew Research Center.")
    statement = _by_cue(document, "according to")
    assert statement is not None
    assert _speaker_name(document, statement) == "Pew Research Center"


def test_counted_people_with_a_relative_clause_are_the_speaker() -> None:
    document = stancekit.annotate(
        "According to two councillors who spoke on condition of anonymity, at least four members remain undecided."
    )
    statement = _by_cue(document, "According to")
    assert statement is not None
    assert statement.content.text == "at least four members remain undecided"
    assert _speaker_name(document, statement) == "councillors"


def test_an_act_after_a_name_and_a_whose_clause_is_the_name_s() -> None:
    document = stancekit.annotate(
        "Maria Lopez, whose family farm near Toledo grows olives, acknowledged that some growers had cut prices."
    )
    statement = _by_cue(document, "acknowledged")
    assert statement is not None
    assert _speaker_name(document, statement) == "Maria Lopez"
    assert statement.content.text == "some growers had cut prices"


def test_a_whose_clause_with_a_number_in_it_still_ends_at_the_comma() -> None:
    document = stancekit.annotate(
        "Maria Lopez, whose family farm near Toledo sells about 20,000 litres of oil a year to France, acknowledged"
        " that some growers had cut prices."
    )
    statement = _by_cue(document, "acknowledged")
    assert statement is not None
    assert _speaker_name(document, statement) == "Maria Lopez"


def test_counted_abbreviations_with_a_relative_clause_are_the_speaker() -> None:
    document = stancekit.annotate(
        "According to three MPs who spoke on condition of anonymity, at least six colleagues remain undecided."
    )
    statement = _by_cue(document, "According to")
    assert statement is not None
    assert _speaker_name(document, statement) == "MPs"


def test_a_body_with_and_in_its_name_keeps_the_person_before_it() -> None:
    document = stancekit.annotate(
        "Peter Holm of the Centre for Maritime and Naval Studies in Oslo warned that the plans could speed up the work."
    )
    statement = _by_cue(document, "warned")
    assert statement is not None
    assert _speaker_name(document, statement) == "Peter Holm"


def test_and_before_a_person_still_joins_two_sources() -> None:
    document = stancekit.annotate("The Minister of Finance and Anna Berg said the deal was done.")
    statement = _by_cue(document, "said")
    assert statement is not None
    assert statement.source is not None
    assert statement.source.text == "Anna Berg"


def test_a_report_nobody_made_is_no_statement() -> None:
    document = stancekit.annotate("Neither has said openly which towns they would close.")
    assert document.statements == ()


def test_a_quotation_about_nobody_keeps_its_speaker() -> None:
    document = stancekit.annotate('"Nobody is voting on policy," one of the councillors said.')
    statement = _by_cue(document, "said")
    assert statement is not None
    assert statement.content.text == "Nobody is voting on policy"


def test_an_unnamed_official_with_a_participle_aside_after_a_semicolon_speaks() -> None:
    document = stancekit.annotate(
        "Not everyone in the party agrees; one senior party official, speaking on condition of anonymity, conceded"
        ' that the delay "looks careless."'
    )
    statement = _by_cue(document, "conceded")
    assert statement is not None
    assert _speaker_name(document, statement) == "senior party official"
    assert statement.content.text == 'the delay "looks careless."'


def test_a_participle_aside_after_a_body_with_no_name_gives_no_act() -> None:
    document = stancekit.annotate("The board, meeting in Madrid on Monday, praised the plan.")
    assert _by_cue(document, "praised") is None


def test_a_participle_s_that_after_a_setting_is_no_content_of_the_cue() -> None:
    document = stancekit.annotate(
        'The maker, Vantor Chemicals of France, rejected the findings. The spray "is harmless when used properly,"'
        " the company said in an emailed statement, adding that it would back the farmers."
    )
    said = _by_cue(document, "said")
    adding = _by_cue(document, "adding")
    assert said is not None and adding is not None
    assert "harmless" in said.content.text
    assert adding.content.text == "it would back the farmers"


def test_a_place_and_its_region_inside_a_relative_clause_keep_the_name_as_source() -> None:
    document = stancekit.annotate(
        "Its chair, Tom Hale, who farms 900 hectares near Regina, Saskatchewan, maintained that farmers had not been"
        " consulted."
    )
    statement = _by_cue(document, "maintained")
    assert statement is not None
    assert _speaker_name(document, statement) == "Tom Hale"


def test_a_person_after_a_place_and_a_comma_is_an_apposition() -> None:
    document = stancekit.annotate("The top official in Lyon, Anne Roux, said the bridge would reopen.")
    statement = _by_cue(document, "said")
    assert statement is not None
    assert _speaker_name(document, statement) == "Anne Roux"


def test_lamented_after_a_quotation_reports_it() -> None:
    document = stancekit.annotate(
        'Anna Ruiz runs a small farm. "A few big chains cut prices, and now every grower suffers," she lamented.'
    )
    statement = _by_cue(document, "lamented")
    assert statement is not None
    assert statement.content.text == "A few big chains cut prices, and now every grower suffers"
    assert _speaker_name(document, statement) == "Anna Ruiz"


def test_lamented_with_an_object_stays_an_act() -> None:
    document = stancekit.annotate("Anna Ruiz lamented the closure of the mill.")
    statement = _by_cue(document, "lamented")
    assert statement is not None
    assert statement.content.text == "the closure of the mill"


def test_people_in_a_place_and_its_region_are_the_speaker() -> None:
    for text in (
        "Officials in Lyon, France, said the bridge would reopen.",
        "Officials in Lyon, France said the bridge would reopen.",
    ):
        document = stancekit.annotate(text)
        statement = _by_cue(document, "said")
        assert statement is not None
        assert _speaker_name(document, statement) == "officials"
