"""Stances taken by acting ("marched in support of X") and the subject shared by coordinated verbs."""

from __future__ import annotations

import pytest

import stancekit
from stancekit.model import Document


def stances_of(document: Document) -> list[tuple[str, str, str]]:
    """(holder name, polarity, target text) of every stance."""
    names = {entity.id: entity.name for entity in document.entities}
    return [(names.get(s.holder, s.holder), s.polarity, s.target.text) for s in document.stances]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Several unions marched in support of the strikers.",
            [("unions", "support", "the strikers")],
        ),
        (
            "Germany spoke in support of the resolution on Tuesday.",
            [("Germany", "support", "the resolution")],
        ),
        (
            "Germany will testify in support of the plan.",
            [("Germany", "support", "the plan")],
        ),
        (
            "France testified strongly in opposition to the merger.",
            [("France", "oppose", "the merger")],
        ),
    ],
)
def test_an_action_in_support_of_is_the_subjects_stance(text: str, expected: list[tuple[str, str, str]]) -> None:
    """'marched in support of X', 'testified in opposition to X': the acting subject holds the stance."""
    assert stances_of(stancekit.annotate(text)) == expected


def test_an_action_in_support_of_inside_a_relative_clause() -> None:
    """'The association, which had intervened in support of the law, ...': the relative's antecedent holds it."""
    document = stancekit.annotate("The association, which had intervened in support of the law, welcomed the ruling.")
    assert ("association", "support", "the law") in stances_of(document)
    assert ("association", "support", "the ruling") in stances_of(document)


@pytest.mark.parametrize(
    "text",
    [
        "The study found evidence in support of the claim.",
        "Prices rose in support of the index.",
        "Letters in support of the mayor poured in.",
        "Critics recalled her 2002 vote in support of the war.",
    ],
)
def test_in_support_of_after_no_action_verb_has_no_holder(text: str) -> None:
    """'evidence in support of the claim' names no one who supports it."""
    assert stances_of(stancekit.annotate(text)) == []


def test_a_copula_in_support_of_is_read_once() -> None:
    """'The party is in support of X' stays the copula cue's single stance."""
    document = stancekit.annotate("The party is in support of the reform.")
    assert stances_of(document) == [("party", "support", "the reform")]


@pytest.mark.parametrize("conjunction", ["but", "and"])
def test_an_owner_inside_the_first_object_is_no_subject_for_the_next_verb(conjunction: str) -> None:
    """'Germany welcomed the EU's shift but warned against X': Germany warns; "the EU's" owns an object."""
    document = stancekit.annotate(f"Germany welcomed the EU's shift {conjunction} warned against a fund on paper.")
    assert stances_of(document) == [
        ("Germany", "support", "the EU's shift"),
        ("Germany", "oppose", "a fund on paper"),
    ]


def test_a_subject_after_though_is_shared_by_the_next_verb() -> None:
    """'Though Germany called Ukraine's move rash and called for talks, ...': Germany calls for talks."""
    document = stancekit.annotate("Though Germany called Ukraine's move rash and called for talks, it stayed calm.")
    assert stances_of(document) == [("Germany", "support", "talks")]
