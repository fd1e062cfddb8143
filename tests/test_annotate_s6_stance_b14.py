"""Stance wording the fourteenth held-out batch showed the stage missing, each pinned with sentences of its own.

Every fix is a general pattern of English news; each has a trap where it must not fire.
"""

from __future__ import annotations

import pytest

import stancekit
from stancekit.model import Document


def stances_of(document: Document) -> list[tuple[str, str, str]]:
    """(holder name, polarity, target text) of every stance."""
    names = {entity.id: entity.name for entity in document.entities}
    return [(names.get(s.holder, s.holder), s.polarity, s.target.text) for s in document.stances]


# -- "push back against|on" ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Mayor Jane Holt pushed back against the criticism in an interview on Monday.",
            ("Jane Holt", "oppose", "the criticism"),
        ),
        ("Jane Holt is pushing back on the proposal.", ("Jane Holt", "oppose", "the proposal")),
        (
            "Jane Holt pushed back against claims that the plan was rushed.",
            ("Jane Holt", "oppose", "claims that the plan was rushed"),
        ),
    ],
)
def test_push_back_against_or_on_is_opposition(text: str, expected: tuple[str, str, str]) -> None:
    assert expected in stances_of(stancekit.annotate(text))


@pytest.mark.parametrize(
    "text",
    [
        "The vote was pushed back on Tuesday.",
        "The board pushed back the vote on the budget.",
        "Jane Holt pushed back on Tuesday, saying the plan was sound.",
    ],
)
def test_a_delay_or_a_day_after_push_back_is_no_stance(text: str) -> None:
    """A date moved ("pushed back the vote", "was pushed back") and a day after "on" name no target."""
    assert stances_of(stancekit.annotate(text)) == []
