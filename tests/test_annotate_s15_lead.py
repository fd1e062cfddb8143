"""Unnamed speakers placed at a workplace, and a "who" clause between a subject and its cue.

"A nurse at a clinic in the north said ..." was no statement at all (the source was read as too long for one
that names nobody), and "A waiter, who asked not to be named, said most of his tips ..." was read as an
inverted cue whose speaker was the end of the report. Names and events are invented.
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
