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
