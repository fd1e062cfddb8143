"""Stance-stage failure modes found by the sixth held-out batch, each pinned with sentences of its own."""

from __future__ import annotations

import pytest

import stancekit
from stancekit.model import Document


def stances_of(document: Document) -> list[tuple[str, str, str]]:
    """(holder name, polarity, target text) of every stance."""
    names = {entity.id: entity.name for entity in document.entities}
    return [(names.get(s.holder, s.holder), s.polarity, s.target.text) for s in document.stances]


# -- a modal of possibility makes the act a guess ----------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Germany could back the proposal at next week's summit.",
        "Exporters may welcome the weaker currency.",
        "Poland might oppose the new quota system.",
        "Spain may not support the reform.",
        "Italy might not endorse the candidate.",
        "Officials said France could reject the offer.",
    ],
)
def test_a_possibility_is_no_stance(text: str) -> None:
    """ "could/may/might back": the writer guesses at an act nobody took; "might not" is no refusal either."""
    assert stances_of(stancekit.annotate(text)) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Germany could not support the proposal.", ("Germany", "oppose", "the proposal")),
        (
            "Poland said it would oppose any treaty that weakened its veto.",
            ("Poland", "oppose", "any treaty that weakened its veto"),
        ),
        ("Spain will back the reform.", ("Spain", "support", "the reform")),
        ("Italy, which may join the talks later, welcomed the ceasefire.", ("Italy", "support", "the ceasefire")),
    ],
)
def test_refusals_intentions_and_asides_keep_the_stance(text: str, expected: tuple[str, str, str]) -> None:
    """ "could not support" is a refusal, "would oppose" a stated intention; a modal in an aside is not the verb's."""
    assert stances_of(stancekit.annotate(text)) == [expected]


def test_possibility_is_read_in_the_verb_group_only() -> None:
    assert stances_of(stancekit.annotate("In May, Germany backed the proposal.")) == [
        ("Germany", "support", "the proposal")
    ]


# -- "defend": the object, not what it is defended against, and never the holder itself -------------


@pytest.mark.parametrize(
    ("text", "target"),
    [
        ("Austria defended the new border checks against criticism from Brussels.", "the new border checks"),
        ("Greece defended its tax reform from attacks by the opposition.", "its tax reform"),
        ("Portugal has defended the policy of early retirement.", "the policy of early retirement"),
    ],
)
def test_defend_targets_its_object(text: str, target: str) -> None:
    holder = text.split(" ", 1)[0]
    assert stances_of(stancekit.annotate(text)) == [(holder, "support", target)]


@pytest.mark.parametrize(
    "text",
    [
        "Hungary defended itself against the accusations.",
        "The ministers praised themselves for the deal.",
        "Sweden said it would defend against any incursion.",
    ],
)
def test_a_reflexive_or_missing_object_is_no_target(text: str) -> None:
    """ "defended itself": the holder takes no side on anything by being its own object."""
    assert stances_of(stancekit.annotate(text)) == []


# -- a government named by a proper adjective is an actor of its own -------------------------------


@pytest.mark.parametrize(
    ("text", "holder", "polarity", "target"),
    [
        (
            "The Tyrolean government, which runs the region's schools, rejected the court ruling.",
            "Tyrolean government",
            "oppose",
            "the court ruling",
        ),
        (
            "The Andalusian government welcomed the new rail link.",
            "Andalusian government",
            "support",
            "the new rail link",
        ),
        (
            "The Flemish regional government criticized the budget cuts.",
            "Flemish regional government",
            "oppose",
            "the budget cuts",
        ),
    ],
)
def test_a_government_named_by_a_proper_adjective_holds(text: str, holder: str, polarity: str, target: str) -> None:
    document = stancekit.annotate(text)
    assert stances_of(document) == [(holder, polarity, target)]
    assert [entity.type for entity in document.entities if entity.name == holder] == ["government"]


@pytest.mark.parametrize(
    "text",
    [
        "The government rejected the court ruling.",
        "The new government welcomed the rail link.",
    ],
)
def test_an_unnamed_government_is_still_left_to_coreference(text: str) -> None:
    """ "the government" alone could be any country's: no new actor from it."""
    assert stances_of(stancekit.annotate(text)) == []


# -- a month between the subject and its verb -----------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Denmark in May endorsed the fishing quota.",
        "Denmark last May endorsed the fishing quota.",
        "Denmark on May 14 endorsed the fishing quota.",
        "Denmark on October 2 endorsed the fishing quota.",
    ],
)
def test_a_month_in_the_verb_group_is_a_time_phrase(text: str) -> None:
    """ "in May" is a month, neither a modal that guesses nor a word that stops the walk to the subject."""
    assert stances_of(stancekit.annotate(text)) == [("Denmark", "support", "the fishing quota")]


def test_may_before_a_verb_is_still_the_modal() -> None:
    assert stances_of(stancekit.annotate("Denmark may endorse the fishing quota in May.")) == []
