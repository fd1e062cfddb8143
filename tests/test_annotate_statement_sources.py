"""Statement sources: who a capitalised source is, names with "and" inside, documents opening a sentence."""

from __future__ import annotations

import pytest

import stancekit
from stancekit.model import Document


def speakers(document: Document) -> list[tuple[str | None, str | None]]:
    """(speaker name, speaker type) of every statement."""
    entities = {entity.id: entity for entity in document.entities}
    found = []
    for statement in document.statements:
        entity = entities.get(statement.speaker or "")
        found.append((entity.name, entity.type) if entity is not None else (None, None))
    return found


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("The Group of 77 and China said the fund was too small.", "Group of 77"),
        ("The G77 and China said the fund was too small.", "Group of 77"),
        ("Trinidad and Tobago said the fund was too small.", "Trinidad and Tobago"),
        ("Bosnia and Herzegovina said the fund was too small.", "Bosnia and Herzegovina"),
        ("Antigua and Barbuda said the fund was too small.", "Antigua and Barbuda"),
    ],
)
def test_a_known_name_with_and_inside_is_read_whole_as_the_source(text: str, name: str) -> None:
    """The source reader stops at "and" only when no known name runs across it."""
    document = stancekit.annotate(text)
    assert [speaker for speaker, _ in speakers(document)] == [name]
    assert all(entity.type != "person" for entity in document.entities)


def test_two_sources_joined_by_and_are_still_cut_at_and() -> None:
    """Without a known name across "and", the source is the words after it, as before."""
    document = stancekit.annotate("The senator and Okonjo said the fund was too small.")
    assert [speaker for speaker, _ in speakers(document)] == ["Okonjo"]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Recent polls in Pennsylvania and Virginia show Clinton ahead of Trump.", "recent polls"),
        ("Fresh data from the ministry show that exports fell.", "fresh data"),
    ],
)
def test_a_document_source_may_open_a_sentence_with_a_capitalised_common_word(text: str, name: str) -> None:
    """Sentence-initial capitals do not make "Recent polls" a name: the polls speak."""
    assert speakers(stancekit.annotate(text)) == [(name, "group")]


def test_a_named_document_source_is_still_not_a_group() -> None:
    """A capital inside the sentence keeps its meaning: "Gallup polls" is no common noun phrase."""
    document = stancekit.annotate("The Forum said so. Forum polls show that Clinton leads.")
    assert ("forum polls", "group") not in speakers(document)


@pytest.mark.parametrize(
    "text",
    [
        "BetHarbour, the online bookmaker, said it fully supports responsible gambling.",
        "Quillworth, a Leeds-based lending firm, said the fees were fair.",
        "BetHarbour said it would appeal.",
        "Brenmoor said its customers would not pay more.",
    ],
)
def test_a_source_called_a_company_or_referred_to_as_it_is_an_organisation(text: str) -> None:
    """An apposition naming a company, or "it"/"its" right after the cue, makes an unknown source a body."""
    assert [type_ for _, type_ in speakers(stancekit.annotate(text))] == ["organization"]


def test_a_source_first_read_as_a_person_becomes_an_organisation_when_called_it() -> None:
    """The same name later referred to as "it" is one organisation, not a person and a body."""
    text = "BetHarbour said the ruling was wrong. BetHarbour said it would appeal."
    document = stancekit.annotate(text)
    assert speakers(document) == [("BetHarbour", "organization")] * 2
    assert [entity.name for entity in document.entities] == ["BetHarbour"]


@pytest.mark.parametrize(
    "text",
    [
        "Okonjo said he would appeal.",
        "Okonjo said it was necessary to pay the fine.",
        "Okonjo said it would be wrong to appeal.",
        "Okonjo, the former minister, said he would appeal.",
        "Okonjo, the head of the group, said the fees were fair.",
    ],
)
def test_a_source_referred_to_as_he_or_called_a_minister_stays_a_person(text: str) -> None:
    """Only an organisation noun or "it" as the agent retypes a source: "it was necessary" is no agent."""
    assert [type_ for _, type_ in speakers(stancekit.annotate(text))] == ["person"]
