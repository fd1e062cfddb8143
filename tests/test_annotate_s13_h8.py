"""Entities: one body name of two countries ("the Indian/Chinese Commerce Ministry") is two bodies."""

from __future__ import annotations

import pytest

import stancekit


def _bodies(text: str) -> dict[str, tuple[str | None, tuple[str, ...]]]:
    document = stancekit.annotate(text)
    return {
        entity.name: (entity.country, entity.aliases)
        for entity in document.entities
        if entity.type in ("government", "organization")
    }


@pytest.mark.parametrize(
    ("text", "first", "second"),
    [
        (
            "The French Foreign Ministry said the talks would resume. "
            "The German Foreign Ministry said it was not consulted.",
            ("French Foreign Ministry", "FRA"),
            ("German Foreign Ministry", "DEU"),
        ),
        (
            "The Indian Commerce Ministry said the duty would hurt exporters. "
            "Chinese Commerce Ministry spokesman Zhao Minghui said Beijing rejects it.",
            ("Indian Commerce Ministry", "IND"),
            ("Chinese Commerce Ministry", "CHN"),
        ),
        (
            "Kenyan Health Ministry officials said the clinic would reopen. "
            "Ugandan Health Ministry spokesman Paul Okello said the border stays shut.",
            ("Kenyan Health Ministry", "KEN"),
            ("Ugandan Health Ministry", "UGA"),
        ),
    ],
)
def test_one_body_name_of_two_countries_is_two_bodies(text, first, second) -> None:
    bodies = _bodies(text)
    for name, country in (first, second):
        assert name in bodies, bodies
        assert bodies[name][0] == country
    assert second[0] not in bodies[first[0]][1]  # not an alias of the other country's body


def test_a_spokesman_of_the_second_body_is_of_its_country() -> None:
    document = stancekit.annotate(
        "The Indian Commerce Ministry said the duty would hurt exporters. "
        "Chinese Commerce Ministry spokesman Zhao Minghui said Beijing rejects it."
    )
    (zhao,) = [entity for entity in document.entities if entity.name == "Zhao Minghui"]
    assert zhao.country == "CHN"
    assert document.entity(zhao.affiliation).name == "Chinese Commerce Ministry"


def test_the_body_named_again_without_its_country_is_still_one() -> None:
    document = stancekit.annotate(
        "The Indian Commerce Ministry said the duty would hurt exporters. "
        "The Commerce Ministry later added that talks would go on."
    )
    speakers = {document.entity(statement.speaker).name for statement in document.statements}
    assert speakers == {"Indian Commerce Ministry"}
