"""How the stance stage reads news wording around its cues: cues inside reported clauses.

Each case is pinned with sentences of its own.
"""

from __future__ import annotations

import pytest

import stancekit
from stancekit.model import Document


def stances_of(document: Document) -> list[tuple[str, str, str]]:
    """(holder name, polarity, target text) of every stance."""
    names = {entity.id: entity.name for entity in document.entities}
    return [(names.get(s.holder, s.holder), s.polarity, s.target.text) for s in document.stances]


# -- a cue inside a reported clause is not the reporter's ---------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "A person familiar with the matter said the board had approved the plan in March and was not "
        "prepared to reverse it.",
        "A spokesman for Greenpeace said the council had signed the deal and was ready to defend it.",
        "Greenpeace said the ministry had read the report and was not willing to endorse the dam.",
    ],
)
def test_a_reported_clause_is_not_the_reporters_act(text: str) -> None:
    found = stances_of(stancekit.annotate(text))
    assert not any(holder in ("person familiar with the matter", "Greenpeace") for holder, _, _ in found)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Greenpeace said the deal was unfair and criticized Shell.", ("Greenpeace", "oppose", "Shell")),
        ("Greenpeace said it would back the ban and criticized Shell.", ("Greenpeace", "oppose", "Shell")),
    ],
)
def test_the_reporters_own_next_verb_still_holds(text: str, expected: tuple[str, str, str]) -> None:
    assert expected in stances_of(stancekit.annotate(text))
