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
        ("Lena Vogt, the head of the port authority, said cargo volumes were falling.", "Lena Vogt",
         "cargo volumes were falling"),
        ("Tomas Ruiz, an adviser to the governor, told reporters the levee would hold.", "Tomas Ruiz",
         "the levee would hold"),
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
