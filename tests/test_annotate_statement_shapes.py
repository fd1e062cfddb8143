"""Sentence shapes around cues the pack already knows: the cue after its content, a progressive, an object
before "that", a thought verb before a bare clause, a titled source, a colon closing a paragraph, quotations
in pieces, a semicolon, "continue" and shouted words, title-case headlines.

Each sentence is written for its test; names and events are invented.
"""

from __future__ import annotations

import stancekit
from stancekit.model import Document, Statement

#: Every text opens with a headline and a sentence that names the speaker a pronoun later refers to.
_LEAD = "Council Budget Talks Resume\n\nMayor Ines Duarte met the council on Tuesday. "


def _document(body: str, lead: str = _LEAD) -> Document:
    return stancekit.annotate(lead + body)


def _by_cue(document: Document, cue: str) -> Statement | None:
    return next((statement for statement in document.statements if statement.cue.text == cue), None)


def _content(body: str, cue: str, lead: str = _LEAD) -> str | None:
    statement = _by_cue(_document(body, lead), cue)
    return None if statement is None else statement.content.text


# -- a cue after its content -------------------------------------------------------------


def test_acknowledged_after_the_clause() -> None:
    assert _content("The levy will hurt small shops, she acknowledged.", "acknowledged") == (
        "The levy will hurt small shops"
    )


def test_predicted_after_the_clause_with_a_named_source() -> None:
    statement = _by_cue(_document("Ferry fares will double by spring, Councillor Tomas Reyes predicted."), "predicted")
    assert statement is not None
    assert statement.content.text == "Ferry fares will double by spring"
    assert statement.source is not None and statement.source.text == "Councillor Tomas Reyes"


def test_acknowledges_between_commas_keeps_both_halves() -> None:
    assert _content("Most of the plan, she acknowledges, could be undone by the next council.", "acknowledges") == (
        "Most of the plan could be undone by the next council"
    )


def test_a_time_phrase_before_the_act_is_no_content() -> None:
    assert _by_cue(_document("In 2019, Duarte promised."), "promised") is None


def test_an_act_with_its_object_is_read_as_before() -> None:
    statement = _by_cue(_document("Duarte acknowledged the error in the budget."), "acknowledged")
    assert statement is not None and statement.content.text == "the error in the budget"


# -- a progressive, an object before "that" --------------------------------------------


def test_is_warning_that() -> None:
    assert _content("Duarte is warning that the bridge will close in May.", "warning") == "the bridge will close in May"


def test_is_warning_voters_that() -> None:
    assert _content("Duarte is warning voters that the bridge will close in May.", "warning") == (
        "the bridge will close in May"
    )


def test_warned_and_assured_an_object_before_that() -> None:
    assert _content("Duarte warned residents that water bills would rise.", "warned") == "water bills would rise"
    assert _content("Duarte assured donors that the money was safe.", "assured") == "the money was safe"
    assert _content("Duarte reminded reporters that the vote is close.", "reminded") == "the vote is close"


def test_warned_without_object_and_warned_of() -> None:
    assert _content("Duarte warned the bridge would close.", "warned") == "the bridge would close"
    assert _by_cue(_document("Duarte warned of floods."), "warned") is None


# -- a thought verb before a bare clause -------------------------------------------------


def test_believes_a_clause_with_a_finite_verb() -> None:
    assert _content("Duarte believes her plan to widen the road will be her legacy.", "believes") == (
        "her plan to widen the road will be her legacy"
    )
    assert _content("Duarte hopes the council will act.", "hopes") == "the council will act"


def test_thought_verbs_with_an_object_report_nothing() -> None:
    assert _by_cue(_document("Duarte knows the city well."), "knows") is None
    assert _by_cue(_document("Duarte expects the council to vote."), "expects") is None
    assert _by_cue(_document("Duarte knows the people who are on the council."), "knows") is None
    assert _by_cue(_document("Duarte believes in the plan."), "believes") is None


# -- a source with a title between commas ----------------------------------------------


def test_name_then_title_of_place_between_commas() -> None:
    statement = _by_cue(_document("Senator Alma Quist, Democrat of Oregon, said the ferry program had failed."), "said")
    assert statement is not None
    assert statement.source is not None and statement.source.text == "Senator Alma Quist"
    assert statement.content.text == "the ferry program had failed"


# -- a colon that closes a paragraph ----------------------------------------------------


def test_said_colon_then_a_quotation_in_the_next_paragraph() -> None:
    body = "She said:\n\n“We will rebuild the bridge and we will do it this year.”"
    assert _content(body, "said") == "We will rebuild the bridge and we will do it this year"


def test_said_colon_then_no_quotation_reports_nothing() -> None:
    assert _by_cue(_document("She said:\n\nThe budget passed on Friday."), "said") is None


# -- quotations in pieces ----------------------------------------------------------------


def test_two_quoted_sentences_in_double_single_quotes() -> None:
    body = "''The levy is fair,'' she said. ''Nobody will pay more than before.''"
    assert _content(body, "said") == "The levy is fair Nobody will pay more than before"


def test_inverted_cue_then_a_second_quoted_sentence() -> None:
    body = "“The levy is fair,” said Tomas Reyes, who chairs the finance panel. “Nobody will pay more.”"
    assert _content(body, "said") == "The levy is fair Nobody will pay more"


def test_second_piece_after_a_participial_phrase() -> None:
    body = "“Every time you say that,” Reyes said, pointing at the chart, “you scare the bond markets.”"
    assert _content(body, "said") == "Every time you say that you scare the bond markets"


def test_second_piece_after_a_place_and_but() -> None:
    body = '"The vote will be fair," Reyes said at a rally in Salem, Ore., "but people are watching."'
    assert _content(body, "said") == "The vote will be fair but people are watching"


def test_second_piece_after_a_cue_of_its_own_is_a_second_statement() -> None:
    document = _document("“We won,” she said, adding, “We will win again.”")
    said, adding = _by_cue(document, "said"), _by_cue(document, "adding")
    assert said is not None and said.content.text == "We won"
    assert adding is not None and adding.content.text == "We will win again"


# -- a semicolon -------------------------------------------------------------------------


def test_reported_clause_ends_at_a_semicolon() -> None:
    body = "Officials said the delay was not deliberate; they learned of the fault on Friday."
    assert _content(body, "said") == "the delay was not deliberate"


def test_semicolon_inside_a_quotation_stays() -> None:
    body = "Reyes said the levy was “fair; even generous” to the shops."
    assert _content(body, "said") == "the levy was “fair; even generous” to the shops"


# -- "continue", "yell", "shout" ---------------------------------------------------------


def test_continuing_does_not_take_he_said() -> None:
    document = _document("Those talks are continuing, she said.")
    assert _by_cue(document, "continuing") is None
    said = _by_cue(document, "said")
    assert said is not None and said.content.text == "Those talks are continuing"


def test_continued_with_a_colon_that_or_a_quotation() -> None:
    assert _content("Reyes continued: “The voters are angry.”", "continued") == "The voters are angry"
    assert _content("Reyes continued that the plan had failed.", "continued") == "the plan had failed"
    assert _content("“The plan has failed,” Reyes continued.", "continued") == "The plan has failed"


def test_continued_with_an_object_or_a_bare_clause_reports_nothing() -> None:
    assert _by_cue(_document("Reyes continued his campaign in Salem."), "continued") is None
    assert _by_cue(_document("Prices will rise, Reyes continued."), "continued") is None


def test_yells_and_shouted_with_a_quotation_or_that() -> None:
    assert _content("“Stop the count!” she yells.", "yells") == "Stop the count!"
    assert _content("Reyes shouted that the police were coming.", "shouted") == "the police were coming"
    assert _by_cue(_document("The crowd shouted slogans."), "shouted") is None


# -- title-case headlines ----------------------------------------------------------------


def test_headline_says_with_a_title_case_clause() -> None:
    lead = "Duarte Says Bridge Toll Is Here To Stay\n\nMayor Ines Duarte spoke on Tuesday. "
    assert _content("", "Says", lead) == "Bridge Toll Is Here To Stay"


def test_headline_act_verbs() -> None:
    lead = "Duarte Vows To Cut Ferry Fares\n\nMayor Ines Duarte spoke on Tuesday. "
    statement = _by_cue(_document("", lead), "Vows")
    assert statement is not None
    assert statement.source is not None and statement.source.text == "Duarte"
    assert statement.content.text.endswith("Cut Ferry Fares")
    lead = "Reyes Urges Council To Drop Levy\n\nTomas Reyes spoke on Tuesday. "
    assert _content("", "Urges", lead) == "Council To Drop Levy"


def test_lower_case_act_verbs_in_the_body_are_unchanged() -> None:
    assert _by_cue(_document("Duarte calls."), "calls") is None
