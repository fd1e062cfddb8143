"""Fixes made while merging the sixth session's work: where two stages had to agree.

- a firm named with "&" speaks whole ("Ernst & Young said"), as the entity stage now reads it whole;
- a plural that ends a body's name ("the Brotherhood of Dock Pilots") makes no group beside the body.
"""

from __future__ import annotations

import pytest

import stancekit


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        ("Ernst & Young said the audit was complete.", "Ernst & Young"),
        ("Margins held up, said Harlow & Penn.", "Harlow & Penn"),
    ],
)
def test_a_firm_named_with_an_ampersand_speaks_whole(sentence: str, speaker: str) -> None:
    document = stancekit.annotate(sentence)
    assert [document.entity(statement.speaker).name for statement in document.statements if statement.speaker] == [
        speaker
    ]


def test_an_ampersand_between_two_sentences_words_joins_nothing() -> None:
    """The speaker is the run before the cue: a firm before "and" is not part of the next name."""
    document = stancekit.annotate("Dunmore & Reid and Castell said sales fell.")
    speakers = {document.entity(statement.speaker).name for statement in document.statements if statement.speaker}
    assert "Reid and Castell" not in speakers


def test_a_plural_ending_a_bodys_name_makes_no_group() -> None:
    document = stancekit.annotate("The Guild of Harbour Pilots said the rules were ignored.")
    assert [(entity.name, entity.type) for entity in document.entities] == [("Guild of Harbour Pilots", "organization")]


def test_a_plural_after_a_bodys_name_is_still_a_group() -> None:
    document = stancekit.annotate("Harbour Party leaders said they would boycott the vote.")
    assert ("Harbour Party leaders", "group") in [(entity.name, entity.type) for entity in document.entities]
