"""Who said what, in shapes of news wording the annotator read with the wrong speaker or not at all.

A quotation, then a name and a description of that person ("Tom Baker, the union's secretary,") before
the cue; a description that names its owner ("River Guard's director"); a person described before the
name inside an apposition ("the retired sprinter Lena Okafor"); a name with a particle ("Sanne van Dijk")
in apposition; a cue's setting followed by a clause of its own (", where he also complained that ...");
documents that speak; lower-case descriptions that refer back; asides before "that"; counted groups with a
relative clause; "tweeted" and "posted on X" after a quotation; "It" for a document; "that day"; "went on";
an unnamed source tied to the matter ("a person familiar with ...").

Each sentence is written for its test; names and events are invented.
"""

from __future__ import annotations

import stancekit
from stancekit.model import Document, Statement


def _by_cue(document: Document, cue: str) -> Statement | None:
    return next((statement for statement in document.statements if statement.cue.text == cue), None)


def _speaker_name(document: Document, statement: Statement) -> str | None:
    return None if statement.speaker is None else document.entity(statement.speaker).name


# -- a quotation, a name, a description, the cue -----------------------------------------------


def test_description_with_a_named_owner_after_the_name_keeps_the_name_as_speaker() -> None:
    document = stancekit.annotate(
        '"Our valleys have heard such promises before," Marta Quispe, River Guard\'s director, said in a radio'
        " interview."
    )
    statement = _by_cue(document, "said")
    assert statement is not None
    assert _speaker_name(document, statement) == "Marta Quispe"
    assert statement.content.text == "Our valleys have heard such promises before"


def test_description_with_a_named_owner_before_the_name_stays_out_of_the_content() -> None:
    document = stancekit.annotate(
        '"The mill stays open this winter," Norland Paper\'s chief executive, Eva Lind, said in a statement.'
    )
    statement = _by_cue(document, "said")
    assert statement is not None
    assert _speaker_name(document, statement) == "Eva Lind"
    assert statement.content.text == "The mill stays open this winter"


def test_told_after_a_name_and_its_description_reads_the_panel_as_addressee() -> None:
    document = stancekit.annotate(
        'The drivers\' union has complained for months. "Our crews were ordered to skip the checks," Paul Ferris,'
        " the union's safety officer, told the committee."
    )
    statement = _by_cue(document, "told")
    assert statement is not None
    assert _speaker_name(document, statement) == "Paul Ferris"
    assert statement.content.text == "Our crews were ordered to skip the checks"


def test_inverted_source_after_a_quotation_still_reads_the_name_after_the_cue() -> None:
    """Trap: '"...," said X, the union's officer.' is inverted; the new rule needs the name before the cue."""
    document = stancekit.annotate(
        '"Our crews were ordered to skip the checks," said Paul Ferris, the union\'s safety officer.'
    )
    statement = _by_cue(document, "said")
    assert statement is not None
    assert _speaker_name(document, statement) == "Paul Ferris"
    assert statement.content.text == "Our crews were ordered to skip the checks"


# -- an apposition that describes a person before naming them ------------------------------------


def test_person_described_then_named_in_apposition_speaks() -> None:
    document = stancekit.annotate(
        "Clean Track condemned the appeal on Monday. Its spokeswoman, the retired sprinter Lena Okafor, wrote"
        ' that "honest runners pay for every excuse."'
    )
    statement = _by_cue(document, "wrote")
    assert statement is not None
    assert _speaker_name(document, statement) == "Lena Okafor"


def test_apposition_naming_someone_else_after_of_does_not_speak() -> None:
    """Trap: in "a cousin of Lena Okafor" the name is someone other than the speaker."""
    document = stancekit.annotate(
        "Clean Track condemned the appeal on Monday. Its spokeswoman, a cousin of Lena Okafor, said that honest"
        " runners pay for every excuse."
    )
    statement = _by_cue(document, "said")
    assert statement is None or _speaker_name(document, statement) != "Lena Okafor"


def test_name_with_a_lower_case_particle_in_apposition_speaks() -> None:
    document = stancekit.annotate(
        '"This is the right owner for the dairy," the chief executive, Sanne van Dijk, said in a statement.'
    )
    statement = _by_cue(document, "said")
    assert statement is not None
    assert _speaker_name(document, statement) == "Sanne van Dijk"
    assert statement.content.text == "This is the right owner for the dairy"


# -- a cue's setting, then a clause of its own with its own "that" ----------------------------------


def test_that_after_a_where_clause_belongs_to_that_clause_not_to_the_cue() -> None:
    document = stancekit.annotate(
        'Their leader, Pavel Dolezal, backed neither side. "We will deal with whoever funds the clinics,"'
        ' Dolezal said in a radio debate on Friday, where he also complained that "nobody talks about nurses."'
    )
    statement = _by_cue(document, "said")
    assert statement is not None
    assert _speaker_name(document, statement) == "Pavel Dolezal"
    assert statement.content.text == "We will deal with whoever funds the clinics"


def test_that_after_a_cue_setting_without_a_clause_of_its_own_is_the_cue_s() -> None:
    """Trap: "said in a debate on Friday that ..." reports what follows "that"."""
    document = stancekit.annotate("Pavel Dolezal said in a radio debate on Friday that the clinics come first.")
    statement = _by_cue(document, "said")
    assert statement is not None
    assert statement.content.text == "the clinics come first"


# -- documents that speak: "the letter said", "according to the ruling", "a survey by the pollster X" -------------


def test_letter_introduced_with_its_writer_speaks_for_the_writer() -> None:
    document = stancekit.annotate(
        "In a letter to the trustees, the charity's treasurer, Ruth Adair, wrote that the sale was rushed."
        ' "We cannot support this transfer," the letter said.'
    )
    statement = _by_cue(document, "said")
    assert statement is not None
    assert _speaker_name(document, statement) == "Ruth Adair"
    assert statement.content.text == "We cannot support this transfer"


def test_post_introduced_with_its_author_speaks_for_the_author_when_it_adds() -> None:
    document = stancekit.annotate(
        "Brightwell said it would appeal. In a blog post on Tuesday, its legal director, Omar Haddad, wrote that"
        ' the fine was unfair. The post added that no customer data had "ever been sold."'
    )
    statement = _by_cue(document, "added")
    assert statement is not None
    assert _speaker_name(document, statement) == "Omar Haddad"


def test_letter_nobody_introduced_speaks_as_itself() -> None:
    """Trap: no sentence before says whose letter it is; the letter is the speaker, not the person named before."""
    document = stancekit.annotate('Ruth Adair met the trustees on Monday. "We cannot support this," the letter said.')
    statement = _by_cue(document, "said")
    assert statement is not None
    assert _speaker_name(document, statement) == "letter"


def test_according_to_a_ruling_gives_the_ruling_as_speaker_rather_than_nobody() -> None:
    document = stancekit.annotate(
        "The appeals court sided with the tenants on Friday. According to the ruling, the landlord ignored"
        " three inspection notices."
    )
    statement = _by_cue(document, "According to")
    assert statement is not None
    assert _speaker_name(document, statement) == "ruling"
    assert statement.content.text == "the landlord ignored three inspection notices"


def test_survey_by_a_described_pollster_speaks_for_the_pollster() -> None:
    document = stancekit.annotate(
        "Backing for the tram plan has fallen to 38 per cent, according to a survey by the pollster Verian for the"
        " city council."
    )
    statement = _by_cue(document, "according to")
    assert statement is not None
    assert _speaker_name(document, statement) == "Verian"


# -- a description in lower case that refers back to a speaker named before ------------------------------


def test_an_age_refers_back_to_the_person_named_last() -> None:
    document = stancekit.annotate(
        "Councillor Petra Holm opened the depot on Monday. The 47-year-old said the new buses would run by May."
    )
    statement = _by_cue(document, "said")
    assert statement is not None
    assert _speaker_name(document, statement) == "Petra Holm"


def test_an_age_with_no_person_named_nearby_refers_to_nobody() -> None:
    """Trap: three sentences of other matters between the name and the age: no referent is guessed."""
    document = stancekit.annotate(
        "Councillor Petra Holm opened the depot on Monday. Buses were late all week. Fares rose in March."
        " Traffic was heavy. The 47-year-old said the new buses would run by May."
    )
    statement = _by_cue(document, "said")
    assert statement is None or _speaker_name(document, statement) != "Petra Holm"


def test_a_body_described_by_words_of_its_name_is_that_body() -> None:
    document = stancekit.annotate(
        "The Lanark County Water Department sampled the wells in June. According to the water department, the"
        " results were sent to a private laboratory."
    )
    statement = _by_cue(document, "According to")
    assert statement is not None
    assert _speaker_name(document, statement) == "Lanark County Water Department"


def test_a_body_described_by_words_no_name_holds_is_a_body_of_its_own() -> None:
    document = stancekit.annotate(
        "Ferries ran late all week. The regional office has said it will publish a timetable in June."
    )
    statement = _by_cue(document, "said")
    assert statement is not None
    assert _speaker_name(document, statement) == "regional office"


def test_a_description_with_a_word_another_body_lacks_is_not_that_body() -> None:
    """Trap: "the transport department" is not the Lanark County Water Department."""
    document = stancekit.annotate(
        "The Lanark County Water Department sampled the wells in June. The transport department said the roads"
        " were closed."
    )
    statement = _by_cue(document, "said")
    assert statement is not None
    assert _speaker_name(document, statement) != "Lanark County Water Department"


def test_a_body_of_any_country_described_as_new_is_no_body_of_its_own() -> None:
    """Trap: "the new administration" could be any country's; no body named "new administration" is made."""
    document = stancekit.annotate("Polls close on Saturday. The new administration said it would review the tariffs.")
    assert all(entity.name != "new administration" for entity in document.entities)


# -- an aside between the cue and "that"; a counted group with a relative clause; a report inside "that" ---------


def test_aside_between_the_cue_and_that_keeps_the_clause() -> None:
    document = stancekit.annotate(
        "Port director Hanne Lund defended the schedule. She conceded, however, that two cranes had stood idle"
        " for a week."
    )
    statement = _by_cue(document, "conceded")
    assert statement is not None
    assert _speaker_name(document, statement) == "Hanne Lund"
    assert statement.content.text == "two cranes had stood idle for a week"


def test_comma_then_a_clause_of_its_own_after_an_act_is_no_content() -> None:
    """Trap: "criticized the plan, however, that was ..." has no "that" clause of the cue."""
    document = stancekit.annotate("Hanne Lund criticized the schedule, however, that was before the strike.")
    statement = _by_cue(document, "criticized")
    assert statement is not None
    assert statement.content.text == "the schedule"


def test_counted_group_with_a_relative_clause_is_the_subject_of_an_act_reporting_that() -> None:
    document = stancekit.annotate(
        "Three senior union officials, who spoke on condition of anonymity, acknowledged that the strike fund"
        " was running low."
    )
    statement = _by_cue(document, "acknowledged")
    assert statement is not None
    assert _speaker_name(document, statement) == "senior union officials"
    assert statement.content.text == "the strike fund was running low"


def test_report_inside_an_acknowledged_clause_is_part_of_it() -> None:
    document = stancekit.annotate(
        "Three senior union officials, who spoke on condition of anonymity, acknowledged that the union's own"
        " ledgers showed a shortfall."
    )
    statement = _by_cue(document, "acknowledged")
    assert statement is not None
    assert statement.content.text == "the union's own ledgers showed a shortfall"
    assert _by_cue(document, "showed") is None


def test_report_after_an_act_with_an_object_still_ends_the_act() -> None:
    """Trap: "criticized the plan and said ..." is no clause after "that"; the report after the act stands."""
    document = stancekit.annotate("Mayor Ines Duarte criticized the levy and said the port would lose trade.")
    act = _by_cue(document, "criticized")
    assert act is not None and act.content.text == "the levy"
    assert _by_cue(document, "said") is not None


# -- a participle that is never a finite verb alone --------------------------------------------------------------


def test_written_as_an_adjective_after_a_verb_is_no_cue() -> None:
    document = stancekit.annotate("Negotiators wanted written assurances for the 400 crane drivers.")
    assert _by_cue(document, "written") is None


def test_written_after_has_is_still_a_cue() -> None:
    """Trap: "has written that ..." is the perfect of the cue."""
    document = stancekit.annotate("Councillor Petra Holm has written that the depot must close.")
    statement = _by_cue(document, "written")
    assert statement is not None
    assert statement.content.text == "the depot must close"


# -- "X <verb>ed ... and said ...": the sentence's subject when no name was known ---------------------------------


def test_said_after_and_takes_the_words_before_the_first_verb_as_subject() -> None:
    document = stancekit.annotate(
        "The regional transport federation complained about the rota and said the drivers needed longer breaks."
    )
    statement = _by_cue(document, "said")
    assert statement is not None
    assert statement.source is not None and statement.source.text == "The regional transport federation"
    assert statement.content.text == "the drivers needed longer breaks"


def test_said_after_and_in_a_sentence_opening_with_a_quotation_takes_no_subject_from_it() -> None:
    """Trap: a sentence that opens with a quotation has no subject before its first verb to take."""
    document = stancekit.annotate('"Enough," read the banner, and said nothing more about the crane drivers.')
    assert _by_cue(document, "said") is None


# -- a quotation, then its source and "tweeted" or "posted on X" ----------------------------------------------------


def test_quotation_then_source_and_tweeted_reports_the_quotation() -> None:
    document = stancekit.annotate('"A betrayal of every commuter," Lena Borg tweeted.')
    statement = _by_cue(document, "tweeted")
    assert statement is not None
    assert _speaker_name(document, statement) == "Lena Borg"
    assert statement.content.text == "A betrayal of every commuter"


def test_quotation_then_role_and_name_and_posted_on_a_platform_reports_the_quotation() -> None:
    document = stancekit.annotate(
        'The cyclists\' league condemned the toll. "A betrayal of every commuter," its chair, Lena Borg, posted on'
        " Bluesky."
    )
    statement = _by_cue(document, "posted")
    assert statement is not None
    assert _speaker_name(document, statement) == "Lena Borg"
    assert statement.content.text == "A betrayal of every commuter"


def test_posted_with_an_object_and_no_quotation_reports_nothing() -> None:
    """Trap: "posted a video of ..." is an act on a thing; "post" reports only a quotation, "that" or a colon."""
    document = stancekit.annotate("Lena Borg posted a video of the crowded platform.")
    assert _by_cue(document, "posted") is None


# -- "It" for a document the sentence before opened with --------------------------------------------------------


def test_it_after_a_sentence_opening_with_a_document_is_the_document() -> None:
    document = stancekit.annotate(
        "The inspection report, released on Tuesday, runs to 90 pages. It said the ferry's lifeboats had not been"
        " tested since 2019."
    )
    statement = _by_cue(document, "said")
    assert statement is not None
    assert _speaker_name(document, statement) == "inspection report"
    assert statement.content.text == "the ferry's lifeboats had not been tested since 2019"


def test_it_after_a_sentence_opening_with_no_document_speaks_for_nothing_new() -> None:
    """Trap: "The ferry ... . It said" names no document before; no document speaker is made up."""
    document = stancekit.annotate(
        "The ferry, built in 1998, carries 400 passengers. It said the lifeboats had not been tested."
    )
    assert all(entity.name != "ferry" for entity in document.entities if entity.type == "group")


# -- "that" pointing at a time after a cue -----------------------------------------------------------------------


def test_that_day_after_a_cue_is_a_time_and_the_clause_follows_it() -> None:
    document = stancekit.annotate("Mayor Ines Duarte said in a speech that day that the ferry would stop in May.")
    statement = _by_cue(document, "said")
    assert statement is not None
    assert statement.content.text == "the ferry would stop in May"


def test_that_night_after_a_cue_then_a_bare_clause() -> None:
    document = stancekit.annotate("Mayor Ines Duarte said that night the ferry would stop in May.")
    statement = _by_cue(document, "said")
    assert statement is not None
    assert statement.content.text == "the ferry would stop in May"


def test_that_opening_a_clause_is_still_read_as_usual() -> None:
    """Trap: "said that the ferry ..." is the clause marker, not a time."""
    document = stancekit.annotate("Mayor Ines Duarte said that the ferry would stop in May.")
    statement = _by_cue(document, "said")
    assert statement is not None
    assert statement.content.text == "the ferry would stop in May"


# -- "she went on" as a parenthetical or after a quotation ----------------------------------------------------------


def test_went_on_between_a_subject_and_its_quoted_rest_reports_both() -> None:
    document = stancekit.annotate(
        '"The reef is ours," said Lidia Matos, a ministry spokeswoman. Lisbon, she went on, "will not bargain'
        ' under threat."'
    )
    statement = _by_cue(document, "went on")
    assert statement is not None
    assert _speaker_name(document, statement) == "Lidia Matos"
    assert "will not bargain under threat" in statement.content.text


def test_went_on_after_a_quotation_reports_it() -> None:
    document = stancekit.annotate('Lidia Matos spoke first. "We will not bargain," she went on.')
    statement = _by_cue(document, "went on")
    assert statement is not None
    assert statement.content.text == "We will not bargain"


def test_went_on_without_a_quotation_reports_nothing() -> None:
    """Trap: "the talks went on for hours" and "went on to win" are no reports."""
    document = stancekit.annotate("The talks went on for hours. Lidia Matos went on to win the seat that year.")
    assert _by_cue(document, "went on") is None


# -- one unnamed source tied to the matter -------------------------------------------------------------------------


def test_a_person_familiar_with_a_body_s_plans_is_the_speaker_not_the_body() -> None:
    document = stancekit.annotate(
        "The Smart Home Alliance objected to the fine. A person familiar with the insurer's thinking said Brightwell"
        " was preparing a software update."
    )
    statement = _by_cue(document, "said")
    assert statement is not None
    assert _speaker_name(document, statement) == "person familiar with the insurer's thinking"


def test_an_unnamed_official_in_a_place_is_not_read_as_tied_to_the_matter() -> None:
    """Trap: "in Beijing" is where the official is; only phrases such as "familiar with" tie a source to a matter."""
    document = stancekit.annotate("An official in Beijing said the talks were near a deal.")
    statement = _by_cue(document, "said")
    assert statement is not None
    assert _speaker_name(document, statement) == "official"
