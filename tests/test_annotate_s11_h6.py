"""The issuer of "the statement" that opens a sentence is read from the sentence before, by its bounds."""

from __future__ import annotations

import pytest

import stancekit


def read(text: str) -> list[tuple[str, str, str]]:
    """(holder name, polarity, target text) of every stance."""
    document = stancekit.annotate(text)
    names = {entity.id: entity.name for entity in document.entities}
    return [(names.get(s.holder, s.holder), s.polarity, s.target.text) for s in document.stances]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The European Commission on Jan. 5 issued a statement. The statement welcomed the ceasefire deal.",
            ("European Commission", "support", "the ceasefire deal"),
        ),
        (
            "The Arctic Council issued a statement on Monday, Nov. 3. The statement welcomed the fishing moratorium.",
            ("Arctic Council", "support", "the fishing moratorium"),
        ),
        (
            "The Arctic Council issued a statement on Monday! The statement welcomed the fishing moratorium.",
            ("Arctic Council", "support", "the fishing moratorium"),
        ),
    ],
)
def test_an_abbreviation_in_the_sentence_before_does_not_hide_the_issuer(
    text: str, expected: tuple[str, str, str]
) -> None:
    """ "Jan. 5" or "Nov. 3." inside the sentence before is no sentence end: its whole sentence is searched."""
    assert read(text) == [expected]


@pytest.mark.parametrize(
    "text",
    [
        "The Arctic Council issued a statement on Monday. Fishing fleets stayed in port. "
        "The statement welcomed the fishing moratorium.",
        "The statement welcomed the fishing moratorium.",
    ],
)
def test_only_the_sentence_just_before_names_the_issuer(text: str) -> None:
    """Trap: a document issued two sentences back, or no sentence before at all, gives no issuer."""
    assert "Arctic Council" not in [holder for holder, _, _ in read(text)]
