"""Coreference that unseen news got wrong, pinned with sentences of our own (sixth session)."""

from __future__ import annotations

import pytest

import stancekit
from stancekit.model import Document


def speakers_of(document: Document) -> list[tuple[str | None, str]]:
    """(speaker name, content text) of every statement, in text order."""
    names = {entity.id: entity.name for entity in document.entities}
    return [
        (names.get(statement.speaker) if statement.speaker else None, statement.content.text)
        for statement in sorted(document.statements, key=lambda statement: statement.content.start)
    ]


def antecedent(document: Document, start: int) -> str | None:
    """The name of the entity the mention starting at ``start`` was resolved to, if any."""
    names = {entity.id: entity.name for entity in document.entities}
    for mention in document.mentions:
        if mention.span.start == start:
            return names[mention.entity]
    return None


# -- a demonym before a noun is an adjective, no antecedent --------------------------------------


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "Harlow Steel said on Tuesday it would shut its Spanish mill. "
            "Spanish production has dropped by a third since 2020, it said.",
            "Harlow Steel",
        ),
        (
            "Corvane Foods will stop buying Brazilian beef, the retailer said. "
            "Brazilian suppliers had missed every deadline, it added.",
            "Corvane Foods",
        ),
    ],
)
def test_it_after_a_demonym_adjective_is_the_earlier_speaker(text: str, speaker: str) -> None:
    document = stancekit.annotate(text)
    assert speakers_of(document)[-1][0] == speaker


def test_a_demonym_adjective_leaves_a_later_pronoun_to_a_body() -> None:
    text = "Talks with the Dockers Guild stalled. The Spanish delegation walked out, and it said no deal was near."
    document = stancekit.annotate(text)
    assert antecedent(document, text.index("it said")) != "Spain"


def test_trap_a_country_named_by_name_is_still_an_antecedent() -> None:
    text = "Harlow Steel met the ministers. Spain rejected the plan. In Brussels, it said the deal was unfair."
    document = stancekit.annotate(text)
    assert antecedent(document, text.index("it said")) == "Spain"
