"""Stances in reported speech: refused acceptance, coordinated reported verbs, described speakers, trade groups."""

from __future__ import annotations

import pytest

import stancekit


def _stances(text: str) -> list[tuple[str, str, str, str, bool]]:
    """(holder name, polarity, type, target, linked to a statement) of each stance."""
    document = stancekit.annotate(text)
    names = {entity.id: entity.name for entity in document.entities}
    return [
        (names[stance.holder], stance.polarity, stance.type, stance.target.text, stance.statement is not None)
        for stance in document.stances
    ]


@pytest.mark.parametrize(
    ("text", "holder", "target"),
    [
        (
            "Ecuador's trade minister, Luis Mora, said his government would not accept the tariff.",
            "Ecuador",
            "the tariff",
        ),
        ("Norway said it will not accept the revised catch limits.", "Norway", "the revised catch limits"),
        ("Kenya refused to accept the settlement offered by the contractor.", "Kenya", "the settlement"),
        ("Ghana can't accept the new levy, its finance minister said.", "Ghana", "the new levy"),
    ],
)
def test_refused_acceptance_is_opposition(text: str, holder: str, target: str) -> None:
    found = _stances(text)
    assert any(
        name == holder and polarity == "oppose" and stance_target.startswith(target)
        for name, polarity, _, stance_target, _ in found
    ), found


def test_accepting_is_no_stance() -> None:
    assert _stances("The dockworkers accepted the revised offer on Monday.") == []


@pytest.mark.parametrize(
    "text",
    [
        "Ecuador won't back the pipeline deal.",
        "Ecuador can't support the pipeline deal.",
    ],
)
def test_contracted_negation_keeps_the_verb_group(text: str) -> None:
    assert [(name, polarity) for name, polarity, *_ in _stances(text)] == [("Ecuador", "oppose")]


@pytest.mark.parametrize(
    ("text", "holder", "types"),
    [
        (
            "The nurses' representative, Ana Silva, said she welcomed the pay deal and called on the hospital "
            "to hire more staff.",
            "Ana Silva",
            {"welcome", "urge"},
        ),
        (
            "Farm leader Tomas Berg said he backed the subsidy and urged ministers to extend it.",
            "Tomas Berg",
            {"support", "urge"},
        ),
    ],
)
def test_coordinated_reported_verbs_link_the_statement(text: str, holder: str, types: set[str]) -> None:
    found = _stances(text)
    assert {stance_type for name, _, stance_type, _, linked in found if name == holder and linked} == types, found


def test_coordinated_verbs_outside_reported_speech_stay_unlinked() -> None:
    found = _stances("Mary Lopez welcomed the ruling and criticized the council for its delays.")
    assert [linked for *_, linked in found] == [False, False]


@pytest.mark.parametrize(
    ("text", "holder", "polarity"),
    [
        ("The district mayor said she supported the new bus lanes.", "district mayor", "support"),
        ("The provincial health minister said he opposed closing the clinic.", "provincial health minister", "oppose"),
        ("The deputy head said she would not accept the offer.", "deputy head", "oppose"),
    ],
)
def test_pronoun_in_reported_speech_is_the_described_source(text: str, holder: str, polarity: str) -> None:
    assert [(name, found_polarity, linked) for name, found_polarity, _, _, linked in _stances(text)] == [
        (holder, polarity, True)
    ]


def test_described_source_needs_a_person_noun() -> None:
    assert _stances("The regional newspaper said she backed the strike.") == []


@pytest.mark.parametrize(
    ("text", "holder", "polarity", "target"),
    [
        (
            "Trade sources said Chilean shippers opposed the export tax.",
            "Chilean shippers",
            "oppose",
            "the export tax",
        ),
        ("Bolivian vendors welcomed the court ruling.", "Bolivian vendors", "support", "the court ruling"),
        (
            "German pharmacists criticized the new pricing rules.",
            "German pharmacists",
            "oppose",
            "the new pricing rules",
        ),
        (
            "Italian distributors backed any move to cut fees.",
            "Italian distributors",
            "support",
            "any move to cut fees",
        ),
    ],
)
def test_national_trade_groups_hold_stances(text: str, holder: str, polarity: str, target: str) -> None:
    assert [(name, found_polarity, found_target) for name, found_polarity, _, found_target, _ in _stances(text)] == [
        (holder, polarity, target)
    ]


def test_plural_things_after_a_country_hold_no_stance() -> None:
    assert _stances("Brazilian numbers supported the view.") == []
