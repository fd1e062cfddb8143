"""Stance cues of the thirteenth session: crediting, slamming the door, blame laid for something, light verbs,
possessive holders, holders named before an apposition, a body's organ, and common real-news wordings."""

from __future__ import annotations

import pytest

import stancekit


def read(text: str) -> list[tuple[str, str, str]]:
    """(holder name, polarity, target text) of every stance."""
    document = stancekit.annotate(text)
    names = {entity.id: entity.name for entity in document.entities}
    return [(names.get(s.holder, s.holder), s.polarity, s.target.text) for s in document.stances]


@pytest.mark.parametrize(
    ("text", "stance"),
    [
        ("Senator Anna Berg credited the governor with the recovery.", ("Anna Berg", "support", "the governor")),
        (
            "Farmers credited the new subsidy scheme for saving their harvest.",
            ("farmers", "support", "the new subsidy scheme"),
        ),
        ("The union has long credited Lars Holm with ending the strike.", ("union", "support", "Lars Holm")),
    ],
)
def test_crediting_someone_with_or_for_something_supports_them(text: str, stance: tuple[str, str, str]) -> None:
    """ "credited X with Y", "credited X for Y": praise of X."""
    assert stance in read(text)


@pytest.mark.parametrize(
    "text",
    [
        "The quote was credited to Reuters.",
        "Anna Berg credited the rise in sales to the weather.",
        "Lars Holm took credit for the deal.",
    ],
)
def test_credit_without_with_or_for_is_no_stance(text: str) -> None:
    """Credit given to a source ("credited to Reuters"), or claimed for oneself, takes no side."""
    assert [stance for stance in read(text) if "credit" in stance[2].lower() or stance[1] == "support"] == []


@pytest.mark.parametrize(
    ("text", "stance"),
    [
        ("Germany slammed the door on Turkish membership.", ("Germany", "oppose", "Turkish membership")),
        ("The union firmly slammed the door on a new pay deal.", ("union", "oppose", "a new pay deal")),
        ("Anna Berg has shut the door on talks with the rebels.", ("Anna Berg", "oppose", "talks with the rebels")),
    ],
)
def test_slamming_the_door_on_something_opposes_it(text: str, stance: tuple[str, str, str]) -> None:
    """ "slammed the door on X" rejects X; the door is no target of "slammed"."""
    found = read(text)
    assert stance in found
    assert not any("door" in target for _, _, target in found)


def test_a_slammed_door_alone_is_no_stance() -> None:
    """ "slammed the door and left": a door, not a side taken."""
    assert read("Lars Holm slammed the door and left the meeting.") == []


def test_slamming_someone_is_still_criticism() -> None:
    """The plain verb still reads its object when no door follows."""
    assert ("Germany", "oppose", "Turkey") in read("Germany slammed Turkey over the talks.")


@pytest.mark.parametrize(
    ("text", "stance"),
    [
        (
            "Anna Berg pinned the blame for the crisis on the central bank.",
            ("Anna Berg", "oppose", "the central bank"),
        ),
        (
            "The union laid the blame for the riots squarely on the police.",
            ("union", "oppose", "the police"),
        ),
        ("Lars Holm shifted the blame for the delays to Brussels.", ("Lars Holm", "oppose", "Brussels")),
    ],
)
def test_blame_for_something_laid_on_someone_opposes_them(text: str, stance: tuple[str, str, str]) -> None:
    """ "pinned the blame for X on Y": Y is blamed, X is only what for."""
    found = read(text)
    assert stance in found
    assert not any(target.startswith(("the crisis", "the riots", "the delays")) for _, _, target in found)


def test_blame_for_something_needs_someone_it_is_laid_on() -> None:
    """ "put the blame for the fire behind them" lays it on no one."""
    assert read("The families put the blame for the fire behind them.") == []


def test_an_accused_act_in_quotation_marks_is_no_stance_of_the_accused() -> None:
    """'accused Holm of "backing the plan"': the quoted act is the accuser's charge, as without the marks."""
    found = read('Anna Berg accused Lars Holm of "backing the plan to close the port."')
    assert ("Anna Berg", "oppose", "Lars Holm") in found
    assert not any(holder == "Lars Holm" for holder, _, _ in found)


@pytest.mark.parametrize(
    ("text", "stance"),
    [
        ("The party gave its backing to the mayor.", ("party", "support", "the mayor")),
        ("The Green Party gave its full backing to Anna Berg.", ("Green Party", "support", "Anna Berg")),
    ],
)
def test_backing_given_to_someone_supports_them(text: str, stance: tuple[str, str, str]) -> None:
    """ "gave its backing to X", as "lent its support to X"."""
    assert stance in read(text)
