"""Speakers and their entity types: a lone word before a verb of saying is no person when it is no name."""

import pytest

import stancekit


def speakers(text: str) -> list[tuple[str, str]]:
    document = stancekit.annotate(text)
    entities = {entity.id: entity for entity in document.entities}
    return [
        (entities[statement.speaker].name, entities[statement.speaker].type)
        for statement in document.statements
        if statement.speaker in entities
    ]


@pytest.mark.parametrize(
    ("text", "name", "kind"),
    [
        ("The fine hit food-delivery company Tessaro hard. Tessaro said it would appeal.", "Tessaro", "organization"),
        ("MPs said the bill was rushed.", "MPs", "group"),
        ("MEPs warned that the fishing deal was dead.", "MEPs", "group"),
        ("The count had been rigged, MPs said on Tuesday.", "MPs", "group"),
        ("Senators said the bill would fail.", "Senators", "group"),
    ],
)
def test_a_lone_word_written_as_a_body_or_a_title_is_no_person(text: str, name: str, kind: str) -> None:
    assert (name, kind) in speakers(text)


@pytest.mark.parametrize(
    "text",
    [
        "Okafor said the plan was a disaster.",
        "Residents in Dunmore were angry. Halvorsen said the plan was a disaster.",
        "The letter came from Brennan. Brennan said the plan was a disaster.",
        "Ms Ogundipe said the ferry timetable was a shambles.",
    ],
)
def test_a_lone_surname_stays_a_person(text: str) -> None:
    assert [kind for _, kind in speakers(text)] == ["person"]
