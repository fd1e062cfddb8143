"""Statement fixes: a subject with a title in apposition is the source, not the content; a time phrase
stays out of the source; a weekday or a month is never a person; "she said" goes to a named person."""

from __future__ import annotations

import pytest

from stancekit.annotate import RuleAnnotator
from stancekit.model import Document, Entity, Statement


@pytest.fixture(scope="module")
def annotator() -> RuleAnnotator:
    return RuleAnnotator()


def speaker(document: Document, statement: Statement) -> Entity:
    assert statement.speaker is not None, statement
    return next(entity for entity in document.entities if entity.id == statement.speaker)


def with_content(document: Document, content: str) -> Statement:
    found = [statement for statement in document.statements if statement.content.text == content]
    assert len(found) == 1, [(s.source and s.source.text, s.content.text) for s in document.statements]
    return found[0]


@pytest.mark.parametrize(
    ("text", "name", "content"),
    [
        ("He Jun, a spokesman for the ministry, said the talks went well.", "He Jun", "the talks went well"),
        (
            "Lena Vogt, the head of the port authority, said cargo volumes were falling.",
            "Lena Vogt",
            "cargo volumes were falling",
        ),
        (
            "Tomas Ruiz, an adviser to the governor, told reporters the levee would hold.",
            "Tomas Ruiz",
            "the levee would hold",
        ),
    ],
)
def test_a_name_with_a_title_in_apposition_is_the_source(annotator, text, name, content):
    document = annotator.annotate(text)
    statement = with_content(document, content)
    assert speaker(document, statement).name == name
    assert statement.source is not None and statement.source.text == name


def test_an_inverted_source_after_a_comma_is_still_read():
    document = RuleAnnotator().annotate("The talks went well, said Ines Moreau, the party's chair.")
    statement = with_content(document, "The talks went well")
    assert speaker(document, statement).name == "Ines Moreau"


@pytest.mark.parametrize(
    ("text", "source"),
    [
        ("The European Union on Thursday said it would impose duties on steel.", "The European Union"),
        ("Officials late on Monday said the bridge was closed.", "Officials"),
        ("The Kremlin last week said it was ready to talk.", "The Kremlin"),
        ("Port workers in March said wages had not kept up.", "Port workers"),
        ("Nadia Keller yesterday said the vote would be close.", "Nadia Keller"),
        ("The ministry in May said it would review the permits.", "The ministry"),
    ],
)
def test_a_time_phrase_is_no_part_of_the_source(annotator, text, source):
    document = annotator.annotate(text)
    assert len(document.statements) == 1
    statement = document.statements[0]
    assert statement.source is not None and statement.source.text == source


@pytest.mark.parametrize(
    "text",
    [
        "The Times on Saturday wrote that the minister had resigned.",
        "The council on Tuesday said the budget was balanced.",
        "A local paper in August reported that the mine would close.",
    ],
)
def test_a_weekday_or_a_month_is_never_a_person(annotator, text):
    document = annotator.annotate(text)
    words = {"Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday", "August", "March"}
    assert not [entity.name for entity in document.entities if entity.name in words]
    assert document.statements


def test_a_month_that_is_part_of_a_name_stays():
    document = RuleAnnotator().annotate("Jonah March, the coach, said the team was ready.")
    statement = with_content(document, "the team was ready")
    assert speaker(document, statement).name == "Jonah March"


@pytest.mark.parametrize(
    "middle",
    [
        "A Swedish official criticised the plan.",
        "In Stockholm, a Swedish official disagreed.",
        "Stockholm rejected that.",
        "Diplomats in Geneva were sceptical.",
    ],
)
def test_she_prefers_a_named_person_to_a_place_or_an_unnamed_source(annotator, middle):
    document = annotator.annotate(f"Anna Berg said the plan was flawed. {middle} She said the talks would continue.")
    assert speaker(document, with_content(document, "the talks would continue")).name == "Anna Berg"


def test_she_said_goes_to_the_last_named_speaker_of_the_paragraph(annotator):
    document = annotator.annotate(
        'Anna Berg said the plan was flawed. Maria Lopez, the mayor, arrived later in the day. "We will see," she said.'
    )
    assert speaker(document, with_content(document, "We will see")).name == "Anna Berg"


def test_she_said_in_a_new_paragraph_takes_the_nearest_person(annotator):
    document = annotator.annotate(
        "Anna Berg said the plan was flawed.\n\nMaria Lopez, the mayor, arrived later in the day. "
        '"We will see," she said.'
    )
    assert speaker(document, with_content(document, "We will see")).name == "Maria Lopez"


def test_he_does_not_take_a_woman_who_spoke_last(annotator):
    document = annotator.annotate(
        "Piotr Nowak said the plan was flawed. Anna Berg said she agreed. He said the talks would continue."
    )
    assert speaker(document, with_content(document, "the talks would continue")).name == "Piotr Nowak"
