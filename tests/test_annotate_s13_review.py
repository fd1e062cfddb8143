"""Fixes from the review of the twelfth session's annotator changes."""

from __future__ import annotations

import pytest

import stancekit


def stances(text: str) -> list[tuple[str, str, str]]:
    """(holder name, polarity, target text) of every stance."""
    document = stancekit.annotate(text)
    names = {entity.id: entity.name for entity in document.entities}
    return [(names.get(s.holder, s.holder), s.polarity, s.target.text) for s in document.stances]


@pytest.mark.parametrize(
    ("text", "target"),
    [
        ("The union has urged the government to scrap the tax for years.", "the government to scrap the tax"),
        ("Farmers have urged the ministry to lift the ban for many years.", "the ministry to lift the ban"),
        ("Nurses have called on the board to hire more staff for decades.", "the board to hire more staff"),
    ],
)
def test_a_duration_of_the_act_leaves_a_target_with_an_infinitive(text: str, target: str) -> None:
    """ "for years" after an infinitive says how long the urging went on: it is dropped, as without "to"."""
    assert target in [target for _, _, target in stances(text)]


def test_a_bare_count_after_an_infinitive_stays_in_the_target() -> None:
    """ "to freeze rents for two years" may be a two-year freeze: the count stays."""
    found = [target for _, _, target in stances("The union urged the council to freeze rents for two years.")]
    assert found == ["the council to freeze rents for two years"]
