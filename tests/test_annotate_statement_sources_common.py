"""A one-word source that opens a sentence and is a common word ("Management said", "Fans said") is no person.

The entity stage's ``name_kind`` decides: a plural becomes a group, any other common word leaves the
statement without a speaker. A word with a name's form ("Okafor said"), a word the text capitalises
inside a sentence too, and a name of several words still speak as before.
"""

from __future__ import annotations

import pytest

from stancekit.annotate import RuleAnnotator
from stancekit.model import Document, Entity, Statement


@pytest.fixture(scope="module")
def annotator() -> RuleAnnotator:
    return RuleAnnotator()


def with_content(document: Document, content: str) -> Statement:
    found = [statement for statement in document.statements if statement.content.text == content]
    assert len(found) == 1, [(s.source and s.source.text, s.content.text) for s in document.statements]
    return found[0]


def entity(document: Document, entity_id: str | None) -> Entity:
    assert entity_id is not None
    return next(item for item in document.entities if item.id == entity_id)


def people(document: Document) -> list[str]:
    return [item.name for item in document.entities if item.type == "person"]


@pytest.mark.parametrize(
    ("text", "word", "content"),
    [
        ("Management said the plant would close.", "Management", "the plant would close"),
        (
            "History supports Trump. Her essay on the history of tariffs was widely read.",
            "History",
            "Trump",
        ),
        (
            "Labor backed the bill. Farm labor was scarce that summer, and wages rose.",
            "Labor",
            "the bill",
        ),
        ("Leadership said the merger would go ahead.", "Leadership", "the merger would go ahead"),
    ],
)
def test_a_common_word_opening_a_sentence_is_no_speaker(
    annotator: RuleAnnotator, text: str, word: str, content: str
) -> None:
    document = annotator.annotate(text)
    assert word not in people(document)
    statement = with_content(document, content)
    assert statement.source is not None and statement.source.text == word
    assert statement.speaker is None, statement
    assert all(entity(document, stance.holder).name != word for stance in document.stances if stance.holder is not None)


def test_the_statement_of_a_common_word_stands_without_a_speaker(annotator: RuleAnnotator) -> None:
    document = annotator.annotate("Management said the plant would close.")
    statement = with_content(document, "the plant would close")
    assert statement.source is not None and statement.source.text == "Management"
    assert statement.speaker is None
    assert not document.entities


@pytest.mark.parametrize(
    ("text", "word", "content"),
    [
        ("Fans said they were angry.", "Fans", "they were angry"),
        ("Q: Producers say the new royalty will make lithium uncompetitive.", "Producers", None),
    ],
)
def test_a_plural_common_word_is_a_group(annotator: RuleAnnotator, text: str, word: str, content: str | None) -> None:
    document = annotator.annotate(text)
    assert word not in people(document)
    spoken = [statement for statement in document.statements if statement.source and statement.source.text == word]
    assert len(spoken) == 1, document.statements
    if content is not None:
        assert spoken[0].content.text == content
    group = entity(document, spoken[0].speaker)
    assert group.type == "group" and group.name.lower() == word.lower()


def test_a_plural_common_word_holds_a_stance(annotator: RuleAnnotator) -> None:
    document = annotator.annotate("Christians strongly supported Sissi's rise.")
    holders = {entity(document, stance.holder).name for stance in document.stances if stance.holder is not None}
    assert "Christians" in holders
    assert "Christians" not in people(document)


@pytest.mark.parametrize(
    "text",
    [
        "Okafor said the talks failed.",
        "The ministry issued no comment on Monday. Okafor said the talks failed. The delegates left.",
    ],
)
def test_a_one_word_name_still_speaks(annotator: RuleAnnotator, text: str) -> None:
    assert "okafor" not in text
    document = annotator.annotate(text)
    speaker = entity(document, with_content(document, "the talks failed").speaker)
    assert speaker.name == "Okafor" and speaker.type == "person"


def test_a_word_the_text_capitalises_inside_a_sentence_is_left_alone(annotator: RuleAnnotator) -> None:
    text = "Management said the plant would close. The union met Management on Monday."
    document = annotator.annotate(text)
    statement = with_content(document, "the plant would close")
    assert entity(document, statement.speaker).name == "Management"


def test_a_name_of_several_words_is_left_alone(annotator: RuleAnnotator) -> None:
    document = annotator.annotate("Harbour Management said the plant would close.")
    statement = with_content(document, "the plant would close")
    assert entity(document, statement.speaker).name == "Harbour Management"
