"""Statements on unseen news: where a content ends.

A second report joined by ", while" after a quotation's closing comma; an "according to" aside or an "as ..."
aside inside the reported clause; a live blog's time stamp before a report.

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
