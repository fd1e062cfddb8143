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


# -- "the 61-year-old" with no one given that age -------------------------------------------------


def test_an_age_no_one_was_given_is_the_person_written_about() -> None:
    text = (
        'Lena Hartmann was asked about the vote. "It was close," Hartmann said. "We lost two seats. Nobody saw it '
        'coming. We will rebuild."\n\nThe 61-year-old recalled opening her first shop in 1990.'
    )
    document = stancekit.annotate(text)
    assert antecedent(document, text.index("The 61")) == "Lena Hartmann"
    assert speakers_of(document)[-1][0] == "Lena Hartmann"


def test_trap_an_age_given_to_one_person_is_not_taken_by_another() -> None:
    text = "Tom Ruiz, 54, chairs the board. Lena Hartmann joined in May. The 61-year-old said the board would meet."
    document = stancekit.annotate(text)
    assert antecedent(document, text.index("The 61")) == "Lena Hartmann"
    text = "Tom Ruiz, 54, chairs the board. Lena Hartmann joined in May. The 54-year-old said the board would meet."
    document = stancekit.annotate(text)
    assert antecedent(document, text.index("The 54")) == "Tom Ruiz"


def test_trap_an_age_after_sentences_on_other_matters_refers_to_nobody() -> None:
    text = (
        "Lena Hartmann opened the new library in March. Loans rose all spring. The roof leaked in June. "
        "Parking was scarce. The 61-year-old recalled opening her first shop in 1990."
    )
    document = stancekit.annotate(text)
    assert antecedent(document, text.index("The 61")) is None


# -- "the union" for a body named by its acronym after the noun of its kind -----------------------


@pytest.mark.parametrize(
    "text",
    [
        "The dockers' union SVL called a strike on Friday. Its leader, Jonas Arve, said talks had failed. "
        "The union said the lockout was unlawful.",
        "Port managers met the union SVL on Friday. The union said the lockout was unlawful.",
    ],
)
def test_the_union_is_the_acronym_described_as_one(text: str) -> None:
    document = stancekit.annotate(text)
    assert speakers_of(document)[-1][0] == "SVL"


def test_trap_an_acronym_described_as_another_kind_is_not_the_union() -> None:
    text = "Port managers spoke to the broadcaster NRK on Friday. The union said the lockout was unlawful."
    document = stancekit.annotate(text)
    assert speakers_of(document)[-1][0] != "NRK"


# -- a person's full name owning a party or firm is the person -----------------------------------


def test_a_full_name_before_a_possessive_is_the_person_who_speaks_later() -> None:
    text = "Polls put Marta Kovalova's Green Path ahead of the ruling party. Kovalova said she was confident."
    document = stancekit.annotate(text)
    assert "Green Path" not in {entity.name for entity in document.entities if entity.type == "person"}
    assert speakers_of(document)[-1][0] == "Marta Kovalova"
    assert antecedent(document, text.index("she")) == "Marta Kovalova"


def test_trap_a_body_before_a_possessive_leaves_the_person_after_it() -> None:
    text = "The network interviewed Radio Sur's Lidia Campos on Monday. Campos said she was leaving."
    document = stancekit.annotate(text)
    assert speakers_of(document)[-1][0] == "Lidia Campos"


# -- "the union" for a union whose name says Federation, Guild, "College of" ----------------------


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "Ward staff were angry, and the Royal College of Midwives warned that rotas were thin. "
            "The union, which is polling members in 20 hospitals, said it wanted more staff.",
            "Royal College of Midwives",
        ),
        (
            "Drivers joined the Northern Federation of Bus Workers on Monday. The union said pay was too low.",
            "Northern Federation of Bus Workers",
        ),
    ],
)
def test_the_union_is_a_federation_or_professional_college(text: str, speaker: str) -> None:
    document = stancekit.annotate(text)
    assert speakers_of(document)[-1][0] == speaker


def test_trap_a_school_called_college_is_not_the_union() -> None:
    text = "Parents complained to Harwood College on Monday. The union said pay was too low."
    document = stancekit.annotate(text)
    assert speakers_of(document)[-1][0] != "Harwood College"


# -- a body after a preposition in a sentence with no one as subject ------------------------------


def test_it_after_a_body_named_after_a_preposition_is_the_earlier_subject() -> None:
    text = (
        "Tessaro Shipping was fined on Monday. The penalty followed a complaint by the Dockers Guild. "
        "In a statement, it maintained that the fine was unfair."
    )
    document = stancekit.annotate(text)
    assert antecedent(document, text.index("it maintained")) == "Tessaro Shipping"


def test_trap_a_body_that_is_the_subject_of_the_sentence_before_stays_it() -> None:
    text = (
        "Tessaro Shipping was fined on Monday. The Dockers Guild had complained in May. "
        "In a statement, it maintained that the fine was fair."
    )
    document = stancekit.annotate(text)
    assert antecedent(document, text.index("it maintained")) == "Dockers Guild"
