"""Statement shapes of real news the annotator missed: a source with a participle aside ("X, speaking on
condition of anonymity, said ..."), a counted group of people the text does not name ("two deputy
mayors said ..."), a quotation that ends its clause and the quotations after it, an inverted source naming a
role and then a person, an act joined by "and" to the act before it,
a question phrase before a quoted answer, "said of X" after a long apposition, "a statement from X", "who said" after
people the text does not name, a group the source opens with,
"told" a named outlet at the end of a sentence, a headline's label before a colon, a
relative clause inside an act's object, where and when an act was done, the writer's
participle after a report, "and suggested that" after a report, a comma
inside a quotation in an act's object.

Each sentence is written for its test; names and events are invented.
"""

from __future__ import annotations

import pytest

import stancekit
from stancekit.model import Document, Statement

#: Every text opens with a headline and a sentence that names the speaker a pronoun later refers to.
_LEAD = "Harbour Levy Vote Delayed\n\nMayor Ines Duarte met the port board on Tuesday. "


def _document(body: str, lead: str = _LEAD) -> Document:
    return stancekit.annotate(lead + body)


def _by_cue(document: Document, cue: str) -> Statement | None:
    return next((statement for statement in document.statements if statement.cue.text == cue), None)


def _speaker_name(document: Document, statement: Statement) -> str | None:
    return None if statement.speaker is None else document.entity(statement.speaker).name


# -- a participle aside between the source and the cue ------------------------------------------


def test_aside_on_condition_of_anonymity_keeps_the_subject_as_source() -> None:
    document = _document(
        "A port authority engineer, speaking on condition of anonymity, said the crane contract favoured one bidder."
    )
    statement = _by_cue(document, "said")
    assert statement is not None
    assert statement.content.text == "the crane contract favoured one bidder"
    assert statement.source is not None and statement.source.text == "A port authority engineer"


def test_aside_speaking_to_reporters_with_a_named_subject() -> None:
    document = _document("Teodor Varga, speaking to reporters in Gdansk, said the ferries resumed sailing.")
    statement = _by_cue(document, "said")
    assert statement is not None
    assert statement.content.text == "the ferries resumed sailing"
    assert _speaker_name(document, statement) == "Teodor Varga"


def test_trap_a_quotation_before_an_inverted_cue_stays_inverted() -> None:
    """A quotation closing before ", said X" is the content, whatever participle the sentence holds."""
    document = _document("“The berths are ready, waiting for ships,” said Teodor Varga, the harbour master.")
    statement = _by_cue(document, "said")
    assert statement is not None
    assert statement.content.text == "The berths are ready, waiting for ships"
    assert _speaker_name(document, statement) == "Teodor Varga"


# -- a counted group of people the text does not name ------------------------------------------


def test_counted_hyphenated_plural_is_a_group_speaker() -> None:
    document = _document("Three senior co-pilots said the levy would hurt small colleges.")
    statement = _by_cue(document, "said")
    assert statement is not None
    assert statement.content.text == "the levy would hurt small colleges"
    assert _speaker_name(document, statement) == "senior co-pilots"


def test_several_plural_nouns_speak_as_a_group() -> None:
    document = _document("Several crane operators said the night shift had been cut.")
    statement = _by_cue(document, "said")
    assert statement is not None
    assert _speaker_name(document, statement) == "crane operators"


def test_trap_a_count_of_documents_is_no_group_of_people() -> None:
    """Evidence nouns keep speaking for their authors: "two reports" is no group of people."""
    document = _document("Two internal reports said the levy would hurt small colleges.")
    statement = _by_cue(document, "said")
    assert statement is None or statement.speaker is None or "reports" not in _speaker_name(document, statement)


# -- a quotation that ends its clause, and the quotations after it ------------------------------


def test_clause_before_a_quotation_belongs_to_the_inverted_statement() -> None:
    document = _document('Ferry fares rose twice and "will rise again by spring," said Teodor Varga.')
    statement = _by_cue(document, "said")
    assert statement is not None
    assert statement.content.text.startswith("Ferry fares rose twice and")
    assert statement.content.text.endswith("will rise again by spring")
    assert statement.mode == "mixed"


def test_clause_before_a_quotation_belongs_to_the_statement_with_the_source_first() -> None:
    document = _document('The new berths "cost twice the estimate," Teodor Varga said.')
    statement = _by_cue(document, "said")
    assert statement is not None
    assert statement.content.text.startswith("The new berths")


def test_a_statement_ending_in_a_quotation_goes_on_in_the_next_quotation() -> None:
    document = _document(
        'The levy is "far too high for small boats," Teodor Varga said. "Nobody at the quay can pay it."'
    )
    statement = _by_cue(document, "said")
    assert statement is not None
    assert statement.content.text.startswith("The levy is")
    assert statement.content.text.endswith("Nobody at the quay can pay it")


def test_trap_a_lead_in_closed_by_a_comma_is_no_part_of_the_quotation() -> None:
    """ "Asked about the levy, “...” X said": the phrase before the comma is the writer's, not the speaker's."""
    document = _document('Asked about the levy, "We will not pay it," Teodor Varga said.')
    statement = _by_cue(document, "said")
    assert statement is not None
    assert statement.content.text == "We will not pay it"


def test_trap_an_unquoted_statement_does_not_take_the_next_quotation() -> None:
    """Only a statement that ends in the speaker's words runs on into the next quotation."""
    document = _document('The levy is too high, Teodor Varga said. "Nobody at the quay can pay it."')
    statement = _by_cue(document, "said")
    assert statement is not None
    assert statement.content.text == "The levy is too high"


# -- an inverted source: an unnamed role, then the person's name -------------------------------


def test_inverted_role_then_name_speaks_as_the_person() -> None:
    document = _document('"The cranes are idle," said the port\'s chief engineer, Teodor Varga.')
    statement = _by_cue(document, "said")
    assert statement is not None
    assert statement.content.text == "The cranes are idle"
    assert _speaker_name(document, statement) == "Teodor Varga"


def test_inverted_role_then_name_then_relative_clause() -> None:
    document = _document('"The cranes are idle," said the port\'s chief engineer, Teodor Varga, who joined in May.')
    statement = _by_cue(document, "said")
    assert statement is not None
    assert _speaker_name(document, statement) == "Teodor Varga"


def test_trap_a_name_inside_a_later_clause_does_not_speak() -> None:
    """ "said a spokesman, adding that X agreed": X is in what was said, not the one who said it."""
    document = _document('"The cranes are idle," said a spokesman, adding that Teodor Varga agreed.')
    statement = _by_cue(document, "said")
    assert statement is not None
    assert _speaker_name(document, statement) != "Teodor Varga"


# -- an act joined to an act by "and" ----------------------------------------------------------


def test_an_act_after_and_is_the_same_actors() -> None:
    document = _document("Teodor Varga criticized the berth fees and called for a refund to small boats.")
    statement = _by_cue(document, "called")
    assert statement is not None
    assert statement.content.text == "a refund to small boats"
    assert _speaker_name(document, statement) == "Teodor Varga"
    first = _by_cue(document, "criticized")
    assert first is not None and first.content.text == "the berth fees"


def test_an_act_after_and_with_an_auxiliary() -> None:
    document = _document("Teodor Varga opposed the levy, and has proposed a lower fee for ferries.")
    statement = _by_cue(document, "proposed")
    assert statement is not None
    assert statement.content.text == "a lower fee for ferries"
    assert _speaker_name(document, statement) == "Teodor Varga"


def test_trap_an_act_after_but_is_left_to_the_stance_stage() -> None:
    """ "welcomed X but criticized Y" turns to a contrast: no statement for the second act."""
    document = _document("Teodor Varga welcomed the new berths but criticized the fees.")
    assert _by_cue(document, "criticized") is None


def test_trap_an_act_after_a_report_is_no_part_of_it_and_no_statement() -> None:
    """ "X said Y and criticized Z": the act ends what X said, and is left to the stance stage."""
    document = _document("Teodor Varga said the berths were ready and criticized the fees.")
    said = _by_cue(document, "said")
    assert said is not None and said.content.text == "the berths were ready"
    assert _by_cue(document, "criticized") is None


# -- a question before the answer --------------------------------------------------------------


def test_asked_phrase_before_a_quoted_answer_is_no_content() -> None:
    document = _document('Asked about the levy, Teodor Varga said, "It was never our idea."')
    statement = _by_cue(document, "said")
    assert statement is not None
    assert statement.content.text == "It was never our idea"


def test_pressed_phrase_before_a_quoted_answer_is_no_content() -> None:
    document = _document('Pressed on the fees, Teodor Varga said, "Nobody asked us. We only run the cranes."')
    statement = _by_cue(document, "said")
    assert statement is not None
    assert statement.content.text.startswith("Nobody asked us")


def test_trap_a_clause_before_a_cue_and_a_quotation_stays_content() -> None:
    """ "Fees will rise, X said, “and ...”": the clause before the source is the start of what was said."""
    document = _document('Fees will rise, Teodor Varga said, "and nobody can stop it."')
    statement = _by_cue(document, "said")
    assert statement is not None
    assert statement.content.text.startswith("Fees will rise")


# -- "said of X" ------------------------------------------------------------------------------


def test_said_of_after_a_long_apposition_is_not_inverted() -> None:
    document = _document(
        '"It is a fair plan," Teodor Varga, the harbour master and a lecturer at the naval college, '
        'said of the new fee. "It asks most of those who earn most."'
    )
    statement = _by_cue(document, "said")
    assert statement is not None
    assert _speaker_name(document, statement) == "Teodor Varga"
    assert statement.content.text.startswith("It is a fair plan")
    assert statement.content.text.endswith("It asks most of those who earn most")


def test_trap_said_with_a_name_after_it_stays_inverted() -> None:
    document = _document('"It is a fair plan," said Teodor Varga, the harbour master.')
    statement = _by_cue(document, "said")
    assert statement is not None
    assert _speaker_name(document, statement) == "Teodor Varga"


# -- a document from its author ----------------------------------------------------------------


def test_according_to_a_statement_from_a_body_speaks_for_the_body() -> None:
    lead = "Harbour Levy Vote Delayed\n\nThe Port Authority of Gdansk raised its fees on Monday. "
    document = _document("Three berths will close, according to a statement from the Port Authority of Gdansk.", lead)
    statement = _by_cue(document, "according to")
    assert statement is not None
    assert statement.content.text == "Three berths will close"
    assert _speaker_name(document, statement) == "Port Authority of Gdansk"


def test_trap_from_after_another_word_names_no_author() -> None:
    """ "a survey of skippers from Gdansk": the skippers are from Gdansk; the survey speaks, not the city."""
    lead = "Harbour Levy Vote Delayed\n\nThe Port Authority of Gdansk raised its fees on Monday. "
    document = _document("Fees are too high, according to a survey of skippers from Gdansk.", lead)
    statement = _by_cue(document, "according to")
    assert statement is not None
    assert _speaker_name(document, statement) != "Gdansk"


# -- "who said" after people the text does not name --------------------------------------------


def test_who_said_after_an_unnamed_person_speaks_as_that_person() -> None:
    document = _document("The board refused to pay a welder who said he was owed three months of wages.")
    statement = _by_cue(document, "said")
    assert statement is not None
    assert statement.content.text == "he was owed three months of wages"
    assert _speaker_name(document, statement) == "welder"


def test_who_said_after_counted_people() -> None:
    document = _document("Reporters met two ferry pilots who said the channel was too shallow.")
    statement = _by_cue(document, "said")
    assert statement is not None
    assert _speaker_name(document, statement) == "ferry pilots"


def test_trap_who_said_after_a_named_person_keeps_the_person() -> None:
    document = _document("The board met Teodor Varga, who said the channel was too shallow.")
    statement = _by_cue(document, "said")
    assert statement is not None
    assert _speaker_name(document, statement) == "Teodor Varga"


# -- a group the source opens with -------------------------------------------------------------


def test_experts_on_a_country_speak_as_the_experts() -> None:
    document = _document("Experts on Hungary said the port fees would scare off cruise lines.")
    statement = _by_cue(document, "said")
    assert statement is not None
    assert _speaker_name(document, statement) == "experts"


def test_trap_a_person_of_a_body_still_speaks_as_the_person() -> None:
    document = _document("Teodor Varga of the Port Authority said the berths were ready.")
    statement = _by_cue(document, "said")
    assert statement is not None
    assert _speaker_name(document, statement) == "Teodor Varga"


# -- "told" a named outlet at the end of the sentence ------------------------------------------


def test_told_a_named_outlet_reports_the_clause_before() -> None:
    document = _document("Three berths will close in May, Teodor Varga told The Baltic Courier on Thursday.")
    statement = _by_cue(document, "told")
    assert statement is not None
    assert statement.content.text == "Three berths will close in May"
    assert _speaker_name(document, statement) == "Teodor Varga"


def test_trap_told_an_outlet_then_a_clause_reports_the_clause() -> None:
    document = _document("Teodor Varga told Reuters the berths would close in May.")
    statement = _by_cue(document, "told")
    assert statement is not None
    assert statement.content.text == "the berths would close in May"


# -- a headline's label before a colon ---------------------------------------------------------


def test_a_title_case_label_with_no_known_name_is_no_speaker() -> None:
    document = stancekit.annotate(
        "Ferries and Fees.\n\nTrouble Over Tolls: Port fees doubled in a year and skippers left.\n\n"
        "The board met on Monday."
    )
    assert [statement.content.text for statement in document.statements] == []


def test_a_section_label_is_no_speaker() -> None:
    document = stancekit.annotate("Explainer: Why the port fees doubled in a year.\n\nThe board met on Monday.")
    assert document.statements == ()


def test_trap_a_named_person_before_a_colon_still_speaks() -> None:
    document = _document("Teodor Varga: 'We will not pay the new fee.'")
    statement = _by_cue(document, ":")
    assert statement is not None
    assert _speaker_name(document, statement) == "Teodor Varga"


def test_trap_a_single_word_label_still_names_the_source() -> None:
    """ "Poll: ..." names the poll as the source, as PolNeAR does."""
    document = stancekit.annotate("Poll: Skippers favour the old fee by two to one.\n\nThe board met on Monday.")
    assert [statement.cue.text for statement in document.statements] == [":"]


# -- a relative clause inside an act's object --------------------------------------------------


def test_an_acts_object_keeps_its_relative_clause() -> None:
    document = _document("Teodor Varga praised the crane drivers who stayed on through the storm.")
    statement = _by_cue(document, "praised")
    assert statement is not None
    assert statement.content.text == "the crane drivers who stayed on through the storm"


def test_trap_an_acts_object_stops_at_a_comma_before_which() -> None:
    document = _document("Teodor Varga criticized the new fee, which took effect in May.")
    statement = _by_cue(document, "criticized")
    assert statement is not None
    assert statement.content.text == "the new fee"


# -- where and when an act was done ------------------------------------------------------------


def test_an_acts_object_ends_before_its_setting() -> None:
    document = _document("Teodor Varga attacked the harbour board in late-night tweets.")
    statement = _by_cue(document, "attacked")
    assert statement is not None
    assert statement.content.text == "the harbour board"


def test_an_acts_object_ends_before_a_weekday() -> None:
    document = _document("Teodor Varga criticized the new berth fees on Tuesday.")
    statement = _by_cue(document, "criticized")
    assert statement is not None
    assert statement.content.text == "the new berth fees"


def test_trap_an_object_that_goes_on_after_the_time_is_kept() -> None:
    """ "urged the board last year to cut the fee": what follows the time is still the act's object."""
    document = _document("Teodor Varga urged the board last year to cut the fee for small boats.")
    statement = _by_cue(document, "urged")
    assert statement is not None
    assert statement.content.text.endswith("to cut the fee for small boats")


# -- the writer's participle after a report ----------------------------------------------------


def test_a_participle_after_a_reported_clause_is_the_writers() -> None:
    document = _document("Teodor Varga said the fee would be halved, quietly pinning his future on the outcome.")
    statement = _by_cue(document, "said")
    assert statement is not None
    assert statement.content.text == "the fee would be halved"


def test_trap_including_after_a_comma_stays_in_the_report() -> None:
    """ "including" opens no participle phrase: the list is part of what was said."""
    document = _document("Teodor Varga said three berths would close, including the ferry quay.")
    statement = _by_cue(document, "said")
    assert statement is not None
    assert statement.content.text == "three berths would close, including the ferry quay"


# -- "and suggested that" after a report -------------------------------------------------------


def test_and_suggested_that_after_a_report_is_a_second_report() -> None:
    document = _document("Teodor Varga said the berths would reopen in May and suggested that fees would fall.")
    said = _by_cue(document, "said")
    suggested = _by_cue(document, "suggested")
    assert said is not None and said.content.text == "the berths would reopen in May"
    assert suggested is not None and suggested.content.text == "fees would fall"
    assert _speaker_name(document, suggested) == "Teodor Varga"


def test_trap_suggested_with_its_own_subject_is_not_coordinated() -> None:
    document = _document("Teodor Varga said the berths would reopen, and the data suggested that fees would fall.")
    suggested = _by_cue(document, "suggested")
    assert suggested is None or _speaker_name(document, suggested) != "Teodor Varga"


# -- punctuation inside a quotation in an act's object -----------------------------------------


def test_a_comma_inside_a_quotation_does_not_end_an_acts_object() -> None:
    document = _document('Teodor Varga called the fee "reckless, unfair," and "a tax on the poor."')
    statement = _by_cue(document, "called")
    assert statement is not None
    assert statement.content.text.endswith('"a tax on the poor."')


def test_trap_a_comma_outside_quotation_marks_still_ends_it() -> None:
    document = _document('Teodor Varga called the fee "reckless", which angered the board.')
    statement = _by_cue(document, "called")
    assert statement is not None
    assert statement.content.text == 'the fee "reckless"'


@pytest.mark.parametrize(
    ("text", "content"),
    [
        (
            "Lena Ortiz said the blockade, involving 4,000 farmers, would last until Sunday.",
            "the blockade, involving 4,000 farmers, would last until Sunday",
        ),
        (
            "Omar Haddad said the new ward, costing 12 million euros, would open in May.",
            "the new ward, costing 12 million euros, would open in May",
        ),
        (
            "Ilse Varga said the town needed something new, something brave.",
            "the town needed something new, something brave",
        ),
    ],
)
def test_an_aside_in_ing_the_clause_goes_on_after_stays_in_it(text: str, content: str) -> None:
    statement = _by_cue(_document(text), "said")
    assert statement is not None
    assert statement.content.text == content


@pytest.mark.parametrize(
    ("text", "cue", "content"),
    [
        (
            "Lena Ortiz urged the council to hold a vote on the ruling.",
            "urged",
            "the council to hold a vote on the ruling",
        ),
        ("Omar Haddad rejected claims made in the interview.", "rejected", "claims made in the interview"),
        (
            "Ilse Varga criticized remarks the mayor delivered at the rally.",
            "criticized",
            "remarks the mayor delivered at the rally",
        ),
    ],
)
def test_a_setting_that_belongs_to_the_object_stays_in_it(text: str, cue: str, content: str) -> None:
    statement = _by_cue(_document(text), cue)
    assert statement is not None
    assert statement.content.text == content
