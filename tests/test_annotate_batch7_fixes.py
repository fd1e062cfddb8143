"""Entities, coreference and statements after the seventh held-out batch, each pinned with sentences of its own.

- a person's role noun with a word describing the holder ("the Republican senator") refers back as the plain
  role noun does; "the former mayor" is someone else;
- a gazetteer name after "New" is the end of another place's name ("New Mexico" is not Mexico);
- the object of an act does not end at a comma inside a number ("a 2,500-seat arena");
- a cue in a relative clause set off by commas reports for the name before it, and its content ends where
  the clause closes;
- "colleagues said" and "a former colleague said" are unnamed speakers;
- an actor's "heads of state" hold its stance.
"""

from __future__ import annotations

import pytest

import stancekit
from stancekit.model import Document


def statements(document: Document) -> list[tuple[str | None, str]]:
    """(speaker name, content) of every statement."""
    names = {entity.id: entity.name for entity in document.entities}
    return [(names.get(statement.speaker or ""), statement.content.text) for statement in document.statements]


def entity_names(document: Document) -> set[str]:
    return {entity.name for entity in document.entities}


# -- 1. a role noun with a word describing its holder ------------------------------------------


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            'Sen. Maria Okafor voted against the budget. "We can do better," the Republican senator told reporters.',
            "Maria Okafor",
        ),
        (
            "Mayor Tom Reddy opened the new library. The veteran mayor said the city would build two more.",
            "Tom Reddy",
        ),
        (
            "Prime Minister Anna Holm met the unions. The embattled prime minister said the strike must end.",
            "Anna Holm",
        ),
    ],
)
def test_a_role_noun_with_a_describing_word_refers_back(text: str, speaker: str) -> None:
    assert [name for name, _ in statements(stancekit.annotate(text))] == [speaker]


def test_a_role_noun_split_quotation_keeps_its_speaker() -> None:
    text = (
        "Gov. Elena Ruiz signed the water bill on Tuesday.\n\n"
        '"We waited too long for this," the Democratic governor said at the ceremony. "Now the work starts."'
    )
    assert statements(stancekit.annotate(text)) == [
        ("Elena Ruiz", "We waited too long for this Now the work starts"),
    ]


def test_a_former_holder_is_someone_else() -> None:
    text = "Mayor Tom Reddy opened the new library. The former mayor said the city could not afford it."
    assert [name for name, _ in statements(stancekit.annotate(text))] == [None]


# -- 2. "New" + a gazetteer name ----------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "absent"),
    [
        ("Officials in New Mexico criticized the pipeline plan.", "Mexico"),
        ("Floods cut roads across New Guinea's highlands, aid workers said.", "Guinea"),
        ("The ferry to New Britain was cancelled, the port authority said.", "United Kingdom"),
        ("New Mexico lawmakers rejected the tax.", "Mexico"),
    ],
)
def test_a_name_after_new_is_another_place(text: str, absent: str) -> None:
    assert absent not in entity_names(stancekit.annotate(text))


@pytest.mark.parametrize(
    ("text", "present"),
    [
        ("New Zealand welcomed the fisheries deal.", "New Zealand"),
        ("Papua New Guinea welcomed the fisheries deal.", "Papua New Guinea"),
        ("Jordan criticized New Israeli settlements near the border.", "Israel"),
        ("Officials in New Mexico criticized Mexico over the water treaty.", "Mexico"),
    ],
)
def test_names_with_new_and_demonyms_are_kept(text: str, present: str) -> None:
    assert present in entity_names(stancekit.annotate(text))


def test_a_holder_after_new_is_not_the_country() -> None:
    document = stancekit.annotate("Officials in New Mexico criticized the pipeline plan.")
    names = {entity.id: entity.name for entity in document.entities}
    assert [names[stance.holder] for stance in document.stances] != ["Mexico"]


# -- 3. a comma inside a number -----------------------------------------------------------------


def test_the_object_of_an_act_runs_over_a_comma_in_a_number() -> None:
    document = stancekit.annotate("The World Bank endorsed plans for a 2,500-bed hospital near the river.")
    assert statements(document) == [("World Bank", "plans for a 2,500-bed hospital near the river")]


def test_the_object_of_an_act_still_ends_at_a_comma() -> None:
    document = stancekit.annotate("The World Bank endorsed plans for a 2,500-bed hospital, but residents objected.")
    assert [content for _, content in statements(document)] == ["plans for a 2,500-bed hospital"]


# -- 4. a relative clause set off by commas -----------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Tomas Lind, who argued that the port should stay in public hands, retired on Monday.",
            [("Tomas Lind", "the port should stay in public hands")],
        ),
        (
            "Ana Cruz, a retired judge who spent 30 years arguing that courts must stay open to the public, "
            "died on Friday in Lisbon.",
            [("Ana Cruz", "courts must stay open to the public")],
        ),
        (
            "Tomas Lind, who said the port would need 1,200 new workers, retired on Monday.",
            [("Tomas Lind", "the port would need 1,200 new workers")],
        ),
    ],
)
def test_a_relative_clause_reports_for_its_name_up_to_its_closing_comma(
    text: str, expected: list[tuple[str, str]]
) -> None:
    assert statements(stancekit.annotate(text)) == expected


def test_a_relative_clause_at_the_end_keeps_its_commas() -> None:
    text = "The board met Tomas Lind, who said that the talks, which began in May, would fail."
    assert [content for _, content in statements(stancekit.annotate(text))] == [
        "the talks, which began in May, would fail"
    ]


# -- 5. colleagues ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "speaker", "content"),
    [
        (
            "Colleagues said the professor had rarely missed a lecture.",
            "colleagues",
            "the professor had rarely missed a lecture",
        ),
        ("He retired in 2010, and colleagues said he never took a holiday.", "colleagues", "he never took a holiday"),
        (
            "A former colleague, who asked not to be named, said the minister often worked through the night.",
            "colleague",
            "the minister often worked through the night",
        ),
    ],
)
def test_colleagues_speak_unnamed(text: str, speaker: str, content: str) -> None:
    assert (speaker, content) in statements(stancekit.annotate(text))


# -- 6. heads of state --------------------------------------------------------------------------


def stances(document: Document) -> list[tuple[str, str, str]]:
    names = {entity.id: entity.name for entity in document.entities}
    return [(names[stance.holder], stance.polarity, stance.target.text) for stance in document.stances]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "European Union heads of state on Friday backed a new fund for flood defences.",
            [("European Union", "support", "a new fund for flood defences")],
        ),
        ("NATO heads of government rejected the proposal.", [("NATO", "oppose", "the proposal")]),
        ("Heads of state rejected the proposal.", []),
    ],
)
def test_heads_of_state_hold_the_stance_of_their_actor(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert stances(stancekit.annotate(text)) == expected
