"""Entities of news wording typed wrong or made up, each pinned with sentences of our own.

Names, firms and events are invented.
"""

from __future__ import annotations

import pytest

import stancekit
from stancekit.model import Document


def entities_of(document: Document) -> dict[str, str]:
    """Each entity's name and type."""
    return {entity.name: entity.type for entity in document.entities}


def entities(text: str) -> dict[str, str]:
    return entities_of(stancekit.annotate(text))


def cues(text: str) -> list[str]:
    return [statement.cue.text for statement in stancekit.annotate(text).statements if statement.cue]


# -- "accused the rebels of attacking ...": the deed charged is neither the group's name nor a report ------------


@pytest.mark.parametrize(
    ("text", "group", "deed"),
    [
        ("The government accused the rebels of attacking aid convoys.", "rebels", "attacking"),
        ("Officials accused protesters of attacking police stations.", "protesters", "attacking"),
        ("The ministry accused the militants of blocking the road to the port.", "militants", "blocking"),
        ("Police charged two of the rebels with attacking the base.", "rebels", "attacking"),
    ],
)
def test_a_deed_charged_is_no_name_and_no_cue(text: str, group: str, deed: str) -> None:
    found = entities(text)
    assert group in found
    assert not any(name.endswith(f"of {deed}") or name.endswith(" of") for name in found)
    assert deed not in cues(text)


@pytest.mark.parametrize(
    ("text", "group", "cue"),
    [
        ("Leaders of fishing communities said they were ignored.", "leaders of fishing communities", "said"),
        ("Opponents of fracking said the plan was reckless.", "opponents", "said"),
        ("The senator attacked the plan to close the mine.", "senator", "attacked"),
    ],
)
def test_an_of_phrase_and_an_act_outside_a_charge_stay(text: str, group: str, cue: str) -> None:
    document = stancekit.annotate(text)
    names = {entity.id: entity.name for entity in document.entities}
    assert (group, cue) in [(names.get(s.speaker), s.cue.text) for s in document.statements if s.cue]


# -- "one paramedic with St John Ambulance": unnamed roles, and the body a role works with or at ----------------


@pytest.mark.parametrize(
    ("text", "body"),
    [
        ("One paramedic with St John Ambulance said the crowd was calm.", "St John Ambulance"),
        ("A firefighter with Ridgeway Rescue said the fire was out.", "Ridgeway Rescue"),
        ("A nurse at Harlow Care said staff were tired.", "Harlow Care"),
        ("An engineer with Volta Rail said the line would reopen.", "Volta Rail"),
    ],
)
def test_the_body_a_role_works_with_is_no_person(text: str, body: str) -> None:
    assert entities(text).get(body) == "organization"


@pytest.mark.parametrize(
    ("text", "person"),
    [
        ("The mayor met with Tomas Brandt on Monday.", "Tomas Brandt"),
        ("A lawyer for Ana Ruiz said the charges were false.", "Ana Ruiz"),
        ("Farmers at the meeting cheered when Lena Ostrova spoke.", "Lena Ostrova"),
    ],
)
def test_a_person_after_with_or_for_stays_a_person(text: str, person: str) -> None:
    assert entities(text).get(person) == "person"


@pytest.mark.parametrize(
    ("text", "role"),
    [
        ("A midwife said the ward was full.", "midwife"),
        ("One paramedic said the crowd was calm.", "paramedic"),
        ("The fire was out by noon, a paramedic said.", "paramedic"),
        ("A pharmacist said stocks of insulin were low.", "pharmacist"),
    ],
)
def test_an_unnamed_role_speaks(text: str, role: str) -> None:
    document = stancekit.annotate(text)
    names = {entity.id: entity.name for entity in document.entities}
    assert [names.get(statement.speaker) for statement in document.statements] == [role]


# -- "United Steelworkers", "Senate Republicans": bodies and groups named by their people ------------------------


@pytest.mark.parametrize(
    ("text", "name", "kind"),
    [
        ("United Steelworkers said the deal was unfair.", "United Steelworkers", "organization"),
        ("The Allied Mineworkers said the deal was unfair.", "Allied Mineworkers", "organization"),
        ("Senate Republicans said the bill would fail.", "Senate Republicans", "group"),
        ("Senate Democrats backed the plan to cut fuel taxes.", "Senate Democrats", "group"),
        ("The Senate Democrats said they would vote no.", "Senate Democrats", "group"),
        ("House Democrats said the bill would fail.", "House Democrats", "group"),
        ("Peter Sellers said the film was good.", "Peter Sellers", "person"),
        ("Mara Whitworth said the deal was unfair.", "Mara Whitworth", "person"),
    ],
)
def test_a_body_or_group_named_by_its_people(text: str, name: str, kind: str) -> None:
    assert entities(text).get(name) == kind


# -- "Volkner Motoren": a firm's word in another language ends a firm's name -----------------------------------


@pytest.mark.parametrize(
    ("text", "firm"),
    [
        ("Volkner Motoren said profits fell.", "Volkner Motoren"),
        ("Brandau Werke said it would cut 400 jobs.", "Brandau Werke"),
        ("Kessler Holding said profits fell.", "Kessler Holding"),
        ("Ostmark Gruppe reported a loss, the company said.", "Ostmark Gruppe"),
        ("Marelli Costruzioni said the bridge would open in May.", "Marelli Costruzioni"),
    ],
)
def test_a_foreign_business_word_makes_a_firm(text: str, firm: str) -> None:
    assert entities(text).get(firm) == "organization"


def test_the_firm_is_called_by_its_first_word_later() -> None:
    document = stancekit.annotate("Brandau Werke said profits fell. Brandau said it would cut jobs.")
    names = {entity.id: entity.name for entity in document.entities}
    assert [names.get(statement.speaker) for statement in document.statements] == ["Brandau Werke"] * 2


@pytest.mark.parametrize(
    ("text", "person"),
    [
        ("Lena Volkner said profits fell.", "Lena Volkner"),
        ("Tomas Brandau said the plant would close.", "Tomas Brandau"),
    ],
)
def test_a_person_stays_a_person(text: str, person: str) -> None:
    assert entities(text).get(person) == "person"


# -- "Lena Park met the minister": a surname that is also a place's noun ----------------------------------------


@pytest.mark.parametrize(
    ("text", "person"),
    [
        ("Lena Park met the minister on Monday.", "Lena Park"),
        ("On Monday, Lena Park met the minister.", "Lena Park"),
        ("Tom Hall visited the plant in March.", "Tom Hall"),
        ("Ana Lake resigned on Friday.", "Ana Lake"),
    ],
)
def test_a_surname_that_is_a_place_noun(text: str, person: str) -> None:
    assert entities(text).get(person) == "person"


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("Protesters in Victoria Park met the minister.", "Victoria Park"),
        ("Victoria Park was closed after the storm.", "Victoria Park"),
        ("Fans gathered at the Albert Hall.", "Albert Hall"),
    ],
)
def test_a_place_named_after_a_given_name_is_no_person(text: str, place: str) -> None:
    assert entities(text).get(place) != "person"
