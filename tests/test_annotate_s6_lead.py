"""Fixes made while merging the sixth session's work: where two stages had to agree.

- a firm named with "&" speaks whole ("Ernst & Young said"), as the entity stage now reads it whole;
- a plural that ends a body's name ("the Brotherhood of Dock Pilots") makes no group beside the body;
- a given name that is also a place's ("Virginia") opens a person's name before a surname;
- "Lawyers for Tom Ruiz" are lawyers acting for a person, no campaign named like "Physicians for Human Rights";
- two people joined by "&" ("Tom Ruiz & Ana Lee") are two people, no firm;
- "Baron" inside a name ("Sacha Baron Cohen") is no title.
"""

from __future__ import annotations

import pytest

import stancekit


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        ("Ernst & Young said the audit was complete.", "Ernst & Young"),
        ("Margins held up, said Harlow & Penn.", "Harlow & Penn"),
    ],
)
def test_a_firm_named_with_an_ampersand_speaks_whole(sentence: str, speaker: str) -> None:
    document = stancekit.annotate(sentence)
    assert [document.entity(statement.speaker).name for statement in document.statements if statement.speaker] == [
        speaker
    ]


def test_an_ampersand_between_two_sentences_words_joins_nothing() -> None:
    """The speaker is the run before the cue: a firm before "and" is not part of the next name."""
    document = stancekit.annotate("Dunmore & Reid and Castell said sales fell.")
    speakers = {document.entity(statement.speaker).name for statement in document.statements if statement.speaker}
    assert "Reid and Castell" not in speakers


def test_a_plural_ending_a_bodys_name_makes_no_group() -> None:
    document = stancekit.annotate("The Guild of Harbour Pilots said the rules were ignored.")
    assert [(entity.name, entity.type) for entity in document.entities] == [("Guild of Harbour Pilots", "organization")]


def test_a_plural_after_a_bodys_name_is_still_a_group() -> None:
    document = stancekit.annotate("Harbour Party leaders said they would boycott the vote.")
    assert ("Harbour Party leaders", "group") in [(entity.name, entity.type) for entity in document.entities]


def _speakers(text: str) -> list[str]:
    document = stancekit.annotate(text)
    return [document.entity(statement.speaker).name for statement in document.statements if statement.speaker]


def test_a_given_name_that_is_a_places_opens_a_persons_name() -> None:
    assert _speakers("Virginia Halloway said the bill would pass.") == ["Virginia Halloway"]


@pytest.mark.parametrize(
    "text",
    ["Virginia Tech said classes would resume.", "Virginia said the lawsuit would go ahead."],
)
def test_a_place_and_what_makes_a_place_of_it_stay_the_place(text: str) -> None:
    """Trap: "Virginia Tech" and "Virginia" alone are no person."""
    document = stancekit.annotate(text)
    assert not [entity for entity in document.entities if entity.type == "person"]


@pytest.mark.parametrize(
    "text",
    ["Lawyers for Tom Okafor said he would appeal.", "Attorneys for Mr. Okafor said he would appeal."],
)
def test_people_acting_for_a_person_are_no_campaign(text: str) -> None:
    document = stancekit.annotate(text)
    assert not [entity for entity in document.entities if entity.type == "organization"]
    # The lawyers, or the client they speak for (as the gold of our articles credits "Lawyers for X argued").
    assert len(_speakers(text)) == 1
    assert _speakers(text)[0].lower() in ("lawyers", "attorneys", "tom okafor", "okafor")


def test_a_campaign_named_by_its_members_and_cause_is_still_one() -> None:
    """Trap: "Doctors for Clean Air" is a campaign's name, as before."""
    assert _speakers("Doctors for Clean Air said the ruling was overdue.") == ["Doctors for Clean Air"]


def test_two_people_joined_by_an_ampersand_are_two_people() -> None:
    document = stancekit.annotate("Tom Okafor & Ana Lindqvist criticised the plan.")
    people = sorted(entity.name for entity in document.entities if entity.type == "person")
    assert people == ["Ana Lindqvist", "Tom Okafor"]
    holders = sorted(document.entity(stance.holder).name for stance in document.stances)
    assert holders == ["Ana Lindqvist", "Tom Okafor"]


def test_baron_inside_a_name_is_no_title() -> None:
    assert _speakers("Sacha Baron Cohen said the film was a joke.") == ["Sacha Baron Cohen"]


def test_an_age_before_a_noun_of_its_own_is_someone_else() -> None:
    """ "The 30-year-old suspect" is not the victim the text gave that age; "the 61-year-old" alone is."""
    text = "The victim, Ana Okafor, 30, was taken to hospital. The 30-year-old suspect said he was innocent."
    assert "Ana Okafor" not in _speakers(text)
    assert _speakers("Tom Lindqvist, 61, owns the shop. The 61-year-old said the rent was too high.") == [
        "Tom Lindqvist"
    ]
