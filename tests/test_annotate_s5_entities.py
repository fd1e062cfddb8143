"""Entities and coreference in the fifth session: the right speaker and holder, pinned with sentences of our own.

- a given name that tells a gender (the pack's ``given_names``) keeps "he" and "she" from people of the
  other one; a title or a gendered role says more, and a name given to both genders tells nothing.
"""

from __future__ import annotations

import pytest

import stancekit
from stancekit.model import Document


def pronoun_of(document: Document, text: str, offset_after: int = 0) -> str | None:
    """The entity name a pronoun (the first ``text`` at or after ``offset_after``) refers to, or None."""
    start = document.text.index(text, offset_after)
    mention = next((mention for mention in document.mentions if mention.span.start == start), None)
    return document.entity(mention.entity).name if mention is not None else None


# -- 1. given names and the pronouns ----------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "pronoun", "name"),
    [
        (
            "Ruth Okafor chaired the hearing. Counsel for the port was Tobias Lindgren. She adjourned it at noon.",
            "She",
            "Ruth Okafor",
        ),
        (
            "Pavel Hruska ran the depot for a decade. His deputy was Margit Solvang. He retired in May.",
            "He",
            "Pavel Hruska",
        ),
        (
            "Greta Aalto met Ibrahim Sowe on Friday. He said the harbour would reopen.",
            "He",
            "Ibrahim Sowe",
        ),
    ],
)
def test_a_given_name_keeps_the_pronoun_of_the_other_gender_away(text: str, pronoun: str, name: str) -> None:
    assert pronoun_of(stancekit.annotate(text), pronoun, text.index(".") + 1) == name


def test_a_pronoun_after_a_gendered_name_goes_to_its_statement_speaker() -> None:
    text = "Clara Mendel chairs the committee. The bill was drafted by Daniel Brekke. She said that it raised rents."
    document = stancekit.annotate(text)
    speakers = {document.entity(statement.speaker).name for statement in document.statements if statement.speaker}
    assert speakers == {"Clara Mendel"}


def test_a_title_says_more_than_a_given_name() -> None:
    """Trap: "Mrs." before a name the list calls male wins; the pronoun still finds her."""
    text = "Mrs. Daniel Whitcombe opened the fete. She thanked the volunteers."
    assert pronoun_of(stancekit.annotate(text), "She") == "Daniel Whitcombe"


def test_a_name_given_to_both_genders_tells_nothing() -> None:
    """Trap: "Andrea" is a man's name in Italy and a woman's elsewhere; "he" may still refer to him."""
    text = "Andrea Ferraretto led the delegation. He said the terms were fair."
    assert pronoun_of(stancekit.annotate(text), "He") == "Andrea Ferraretto"


def test_a_lone_given_name_or_surname_tells_no_gender() -> None:
    """Trap: a one-word name is no given name and a surname; only "she" says who she is."""
    text = "Daniel spoke at the rally. She said the march would go on."
    assert pronoun_of(stancekit.annotate(text), "She") != "Daniel"
