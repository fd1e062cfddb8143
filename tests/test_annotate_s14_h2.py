"""Entities and coreference, fourteenth session: descriptions of firms, shares, parties, titles as surnames."""

import pytest

import stancekit


def speakers(text: str) -> list[tuple[str, str]]:
    """(name, type) of each statement's speaker, in order."""
    document = stancekit.annotate(text)
    entities = {entity.id: entity for entity in document.entities}
    return [
        (entities[statement.speaker].name, entities[statement.speaker].type)
        for statement in document.statements
        if statement.speaker in entities
    ]


@pytest.mark.parametrize(
    ("text", "firm"),
    [
        (
            "Regulators fined Kestrel Biologics on Monday. The Indian manufacturer said it would appeal.",
            "Kestrel Biologics",
        ),
        (
            "Tax officials raided Volkner Motoren AG in March. The German carmaker said it had done nothing wrong.",
            "Volkner Motoren AG",
        ),
        ("Petrolux Energy lost the tender, and the Brazilian firm said it would sue.", "Petrolux Energy"),
        ("Ana Ruiz met the board of Halvard Pharma. The Swiss drugmaker said talks had gone well.", "Halvard Pharma"),
        ("Regulators fined Kestrel Biologics on Monday. The manufacturer said it would appeal.", "Kestrel Biologics"),
        ("Unions picketed Tessaro Chips Ltd all week. The chipmaker said output was unaffected.", "Tessaro Chips Ltd"),
    ],
)
def test_a_firm_described_by_its_trade_is_the_firm_named_before(text: str, firm: str) -> None:
    assert speakers(text) == [(firm, "organization")]


@pytest.mark.parametrize(
    "text",
    [
        # Another kind of body named last: the description is of no firm the text named.
        "The Transport Workers Union met on Monday. The American company said talks went well.",
        "Regulators fined Kestrel Biologics on Monday. The Indian regulator said it would appeal.",
    ],
)
def test_a_trade_description_after_no_firm_is_a_body_of_its_own(text: str) -> None:
    names = [name for name, _ in speakers(text)]
    assert names and names[0] not in ("Transport Workers Union", "Kestrel Biologics")


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Shares in Harwick rose 5% after the deal. Harwick said profits had doubled.", "Harwick"),
        ("Shares of Harwick slid on Monday. Harwick said the fall was temporary.", "Harwick"),
        ("Stock in Orlend fell sharply. Orlend said sales were weak.", "Orlend"),
        ("Investors sold shares in Harwick on Monday. Harwick said profits had doubled.", "Harwick"),
    ],
)
def test_a_name_whose_shares_the_text_trades_is_a_company(text: str, name: str) -> None:
    document = stancekit.annotate(text)
    assert [(entity.name, entity.type) for entity in document.entities if entity.name == name] == [
        (name, "organization")
    ]
