"""Unnamed speakers placed at a workplace, a "who" clause between a subject and its cue, and "who" after a description.

"A nurse at a clinic in the north said ..." was no statement at all (the source was read as too long for one
that names nobody), and "A waiter, who asked not to be named, said most of his tips ..." was read as an
inverted cue whose speaker was the end of the report, as was '..., said its members "accept the ruling" and
...'. In "Maria Olsen, an economist at the University of Oslo, who has opposed ...", "who" was the university.
Names and events are invented.
"""

from __future__ import annotations

import pytest

import stancekit
from stancekit.model import Document


def statements_of(document: Document) -> list[tuple[str | None, str, str]]:
    """(speaker name, source, content) of every statement."""
    names = {entity.id: entity.name for entity in document.entities}
    return [
        (
            names.get(s.speaker) if s.speaker else None,
            s.source.text if s.source else "",
            s.content.text if s.content else "",
        )
        for s in document.statements
    ]


def said(text: str) -> list[tuple[str | None, str, str]]:
    return statements_of(stancekit.annotate(text))


@pytest.mark.parametrize(
    ("text", "source", "content"),
    [
        (
            "A nurse at a clinic in the north said wages were low.",
            "A nurse at a clinic in the north",
            "wages were low",
        ),
        (
            "A teacher at a school on the coast said classes had doubled in size.",
            "A teacher at a school on the coast",
            "classes had doubled in size",
        ),
        (
            "A fisherman from a village near the border said the catch had halved since spring.",
            "A fisherman from a village near the border",
            "the catch had halved since spring",
        ),
        (
            "One driver at the bus depot in the old town told reporters that shifts had been cut.",
            "One driver at the bus depot in the old town",
            "shifts had been cut",
        ),
    ],
)
def test_an_unnamed_person_placed_at_a_workplace_reports(text: str, source: str, content: str) -> None:
    assert [(found_source, found_content) for _, found_source, found_content in said(text)] == [(source, content)]


@pytest.mark.parametrize(
    "text",
    [
        # a long phrase that names no one placed anywhere stays no source
        "The section of the debate devoted to racial issues revealed a gulf between the candidates.",
        "The latest in a long list of towns hit by the floods said nothing of the kind.",
    ],
)
def test_a_long_phrase_not_placing_anyone_is_no_source(text: str) -> None:
    assert said(text) == []


@pytest.mark.parametrize(
    ("text", "source", "content"),
    [
        (
            "A waiter at a cafe on the main square, who did not want to be named, said most of his tips came from"
            " tourists.",
            "A waiter at a cafe on the main square",
            "most of his tips came from tourists",
        ),
        (
            "One resident, who has lived on the street for decades, said the noise was unbearable.",
            "One resident",
            "the noise was unbearable",
        ),
        (
            "The minister, who took office in March, told reporters the budget would shrink.",
            "The minister",
            "the budget would shrink",
        ),
    ],
)
def test_a_who_clause_before_the_cue_leaves_the_subject_speaking(text: str, source: str, content: str) -> None:
    assert [(found_source, found_content) for _, found_source, found_content in said(text)] == [(source, content)]


@pytest.mark.parametrize(
    ("text", "speaker", "content"),
    [
        # guards: a "who" clause after an inverted source is the source's, as before
        ('"We will not pay," said one farmer, who asked not to be named.', None, "We will not pay"),
        ("Prices will rise, said Anna Berg, who runs the shop.", "Anna Berg", "Prices will rise"),
    ],
)
def test_a_who_clause_after_an_inverted_source_is_unchanged(text: str, speaker: str | None, content: str) -> None:
    found = said(text)
    assert len(found) == 1
    assert found[0][2] == content
    if speaker is not None:
        assert found[0][0] == speaker


# -- "who" after a description that ends in a body's name ----------------------------------------------------


def stances_of(text: str) -> list[tuple[str | None, str, str]]:
    """(holder name, polarity, target) of every stance."""
    document = stancekit.annotate(text)
    names = {entity.id: entity.name for entity in document.entities}
    return [
        (names.get(stance.holder), stance.polarity, stance.target.text if stance.target else "")
        for stance in document.stances
    ]


@pytest.mark.parametrize(
    ("text", "person", "target"),
    [
        (
            "Critics include Dr Maria Olsen, an economist at the University of Oslo, who has opposed every tax cut"
            " since 2019.",
            "Maria Olsen",
            "every tax cut",
        ),
        (
            "The plan was attacked by Tom Reed, a lawyer at the Acme Corporation, who criticised the ministry.",
            "Tom Reed",
            "the ministry",
        ),
        (
            "Anna Berg, a researcher at the Karolinska Institute, who has backed the reform, said it would save lives.",
            "Anna Berg",
            "the reform",
        ),
    ],
)
def test_who_after_a_description_naming_a_body_is_the_person(text: str, person: str, target: str) -> None:
    stances = stances_of(text)
    assert (person, target) in [(holder, found) for holder, _, found in stances]
    assert [holder for holder, _, found in stances if found == target] == [person]
    # the statement the act makes, when there is one, is the person's too
    assert {speaker for speaker, source, _ in said(text) if source == "who"} <= {person}


@pytest.mark.parametrize(
    ("text", "holder"),
    [
        # guards: "which" stays the body's; a "who" right after a person is the person's
        ("The bill was drafted by the Finance Ministry, which has opposed every tax cut.", "Finance Ministry"),
        ("The reform was attacked by Maria Olsen, who has opposed every tax cut.", "Maria Olsen"),
    ],
)
def test_a_relative_right_after_its_antecedent_is_unchanged(text: str, holder: str) -> None:
    assert [found for found, _, target in stances_of(text) if target == "every tax cut"] == [holder]


# -- one person at a workplace the text places by a name ------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("A porter at a hotel on the Corso, who asked not to be named, said most guests came by train.", "Corso"),
        ("A barman at a pub on the Royal Mile said trade had halved.", "Royal Mile"),
        ("A cook at a small restaurant in Trastevere said rents had doubled.", "Trastevere"),
    ],
)
def test_the_name_placing_a_workplace_does_not_speak(text: str, place: str) -> None:
    found = said(text)
    assert len(found) == 1
    speaker, source, _ = found[0]
    assert speaker is not None and speaker != place and speaker.endswith(place)
    assert source.startswith("A ") and source.endswith(place)


def test_a_spokesman_placed_by_a_workplace_still_speaks_for_the_body() -> None:
    # guard: a role that speaks for a body is not made a person of its own
    found = said("A spokesman at the embassy in Rome said the visa rules would not change.")
    assert len(found) == 1 and found[0][0] is not None and not found[0][0].startswith("spokesman")


# -- a quotation opening after "said" is the report's, not an inverted source ----------------------------------


@pytest.mark.parametrize(
    ("text", "speaker", "content"),
    [
        (
            'The Freight Carriers Association, the sector\'s main lobby, said its members "accept the ruling" and'
            " would comply with it.",
            "Freight Carriers Association",
            'its members "accept the ruling" and would comply with it',
        ),
        (
            "The Dockworkers Federation, the port's biggest union, said its members “reject the new rota” and might"
            " strike.",
            "Dockworkers Federation",
            "its members “reject the new rota” and might strike",
        ),
    ],
)
def test_a_quotation_in_the_report_after_the_cue_is_no_inverted_source(text: str, speaker: str, content: str) -> None:
    assert [(found_speaker, found_content) for found_speaker, _, found_content in said(text)] == [(speaker, content)]


def test_an_inverted_source_with_a_role_still_reads() -> None:
    # guard: "said its chairman, X" after the report is an inverted source
    assert said("The rules are unfair, said its chairman, Ola Berg.") == [
        ("Ola Berg", "its chairman, Ola Berg", "The rules are unfair")
    ]
