"""A body described before its name with commas, and "the company" not standing for a body its name says is none."""

from __future__ import annotations

import pytest

import stancekit


def _types(text: str) -> dict[str, str]:
    return {entity.name: entity.type for entity in stancekit.annotate(text).entities}


def _speakers(text: str) -> list[str | None]:
    document = stancekit.annotate(text)
    names = {entity.id: entity.name for entity in document.entities}
    return [names.get(statement.speaker) if statement.speaker else None for statement in document.statements]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Unions accused the operator, Nordkaj Terminals, of breaking a deal.", "Nordkaj Terminals"),
        ("Regulators fined the lender, Castell Brothers, on Friday.", "Castell Brothers"),
        ("Farmers sued its supplier, Brenholt Seeds, in March.", "Brenholt Seeds"),
    ],
)
def test_a_body_described_before_its_name_between_commas_is_a_body(text: str, name: str) -> None:
    assert _types(text)[name] == "organization"


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("In a letter to the company, Anna Berg said the deal was off.", "Anna Berg"),
        ("After a meeting with the union, Tomas Ekholm resigned.", "Tomas Ekholm"),
    ],
)
def test_a_person_named_after_a_body_and_a_comma_stays_a_person(text: str, name: str) -> None:
    assert _types(text)[name] == "person"


@pytest.mark.parametrize(
    "text",
    [
        "The Transport Workers Union met Acme Corp on Monday. The union said its members would strike. "
        "The company said wages would rise.",
        "Acme Corp met the Transport Workers Union on Monday. The union said its members would strike. "
        "The company said wages would rise.",
    ],
)
def test_the_company_is_not_a_body_named_a_union(text: str) -> None:
    assert _speakers(text) == ["Transport Workers Union", "Acme Corp"]


def test_the_union_still_stands_for_a_union() -> None:
    text = "Acme Corp met the Transport Workers Union on Monday. The union said its members would strike."
    assert _speakers(text) == ["Transport Workers Union"]


def test_the_company_still_stands_for_a_named_company() -> None:
    text = "The Farmers Union met Hartwell Foods. The company said prices would rise."
    assert _speakers(text) == ["Hartwell Foods"]
