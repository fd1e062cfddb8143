"""Entities that unseen news got wrong, pinned with sentences of our own (seventh session)."""

from __future__ import annotations

import pytest

import stancekit
from stancekit.model import Document


def speakers_of(document: Document) -> list[str | None]:
    """The speaker's name of every statement, in text order."""
    names = {entity.id: entity.name for entity in document.entities}
    return [
        names.get(statement.speaker) if statement.speaker else None
        for statement in sorted(document.statements, key=lambda statement: statement.content.start)
    ]


def entity_named(document: Document, name: str) -> tuple[str, str | None] | None:
    """(type, affiliation's name) of the entity called ``name``, if any."""
    names = {entity.id: entity.name for entity in document.entities}
    for entity in document.entities:
        if entity.name == name:
            return entity.type, names.get(entity.affiliation) if entity.affiliation else None
    return None


# -- a place's name opening a firm's ---------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("Ohio Plastics said on Friday that orders had slowed.", "Ohio Plastics"),
        ("Kenya Power said the outage would last two days.", "Kenya Power"),
        ("Profits rose at Norway Pelagic, and Norway Pelagic said it would hire.", "Norway Pelagic"),
    ],
)
def test_a_place_opening_a_firms_name_is_part_of_it(text: str, speaker: str) -> None:
    document = stancekit.annotate(text)
    assert speakers_of(document) == [speaker]
    assert entity_named(document, speaker) == ("organization", None)


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # A date after the place, a title after it, a place noun after it: no firm.
        ("She arrived in Kenya Tuesday and said the talks had gone well.", "Kenya"),
        ("Norway Prime Minister Ola Rud said the budget was sound.", "Ola Rud"),
    ],
)
def test_a_place_before_a_date_or_a_title_stays_a_place(text: str, speaker: str) -> None:
    assert speakers_of(stancekit.annotate(text))[0] != "Kenya Tuesday"
    document = stancekit.annotate(text)
    assert all(entity.name not in ("Kenya Tuesday", "Norway Prime") for entity in document.entities)


def test_a_place_in_a_headline_opens_no_firm() -> None:
    document = stancekit.annotate("Kenya Hits Back At Critics\n\nThe government said the claims were false.")
    assert all(entity.name != "Kenya Hits" and entity.type != "organization" for entity in document.entities)
