"""Entities and coreference in the sixth session: whole names, places and plurals, pinned with sentences of our own.

- names joined by "&" ("Hollis & Brandt") are one organisation, whole, never a person named by the last word;
- "for the" inside a body's name ("the League for the Protection of Moorland") keeps the name whole, and a
  person "for" a body ("Ana Ruiz for the Arden Trust") is the person and the body, as with "of";
- "Brotherhood", "Corp", "Inc" and "Co." are heads of organisation names;
- a plural without an "s" ("Gunmen", "Fishermen") opening a sentence is no person; a plural opening a
  sentence before "of" and a body's name ("Shares of Tessaro Holdings") is no part of that name;
- a group named after a body with "and" or "of" in its name ("Seed and Soil Party members") keeps the
  body's whole name.
"""

from __future__ import annotations

import pytest

import stancekit
from stancekit.model import Document


def entity_names(document: Document, kind: str) -> set[str]:
    """The names of the document's entities of one type."""
    return {entity.name for entity in document.entities if entity.type == kind}


# -- 1. names with "&" and "for the" ------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Hollis & Brandt said on Monday that its orders had doubled.", "Hollis & Brandt"),
        ("A lawyer for Varga & Sons said the contract was void.", "Varga & Sons"),
        ("Shares of Kessler & Moor Holdings rose after the report.", "Kessler & Moor Holdings"),
    ],
)
def test_names_joined_by_an_ampersand_are_one_organisation(text: str, name: str) -> None:
    document = stancekit.annotate(text)
    assert name in entity_names(document, "organization")


def test_the_last_word_of_a_name_with_an_ampersand_is_no_person() -> None:
    document = stancekit.annotate("The auditors Pell & Orrin signed the accounts in March.")
    assert "Pell & Orrin" in entity_names(document, "organization")
    assert not entity_names(document, "person")


def test_a_person_of_a_firm_with_an_ampersand_is_affiliated_with_the_whole_firm() -> None:
    document = stancekit.annotate("Ines Moreau of Hollis & Brandt reviewed the accounts last year.")
    person = next(entity for entity in document.entities if entity.name == "Ines Moreau")
    assert person.affiliation is not None
    assert document.entity(person.affiliation).name == "Hollis & Brandt"


def test_an_ampersand_between_words_in_lower_case_makes_no_organisation() -> None:
    document = stancekit.annotate("Spending on research & development rose, Tomas Lind said.")
    assert not any("&" in entity.name for entity in document.entities)


@pytest.mark.parametrize(
    "name",
    [
        "League for the Protection of Moorland Birds",
        "Committee for the Defence of Tenants",
    ],
)
def test_for_the_inside_a_body_name_keeps_the_name_whole(name: str) -> None:
    document = stancekit.annotate(f"The {name} said the new rules came too late.")
    assert name in entity_names(document, "organization")
    statement = document.statements[0]
    assert document.entity(statement.speaker).name == name


def test_a_person_for_a_body_is_the_person_with_the_body_as_affiliation() -> None:
    document = stancekit.annotate("Ana Ruiz for the Arden Trust visited the site in May.")
    person = next(entity for entity in document.entities if entity.name == "Ana Ruiz")
    assert person.type == "person"
    assert person.affiliation is not None
    assert document.entity(person.affiliation).name == "Arden Trust"


def test_a_title_with_for_before_a_name_is_no_part_of_the_name() -> None:
    document = stancekit.annotate("Director for Markets Olga Brenner said the auction went well.")
    assert "Olga Brenner" in entity_names(document, "person")
    assert not any("Markets" in name for name in entity_names(document, "person"))


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("The Brotherhood of Tunnel Workers said the strike would go on.", "Brotherhood of Tunnel Workers"),
        ("Helder Corp said its profit fell.", "Helder Corp"),
        ("Brannock Co. said its profit fell.", "Brannock Co."),
    ],
)
def test_more_heads_make_organisations(text: str, name: str) -> None:
    document = stancekit.annotate(text)
    assert name in entity_names(document, "organization")
    assert not entity_names(document, "person")


# -- 2. plurals opening a sentence -----------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Gunmen opened fire on a bus near the border. Gunmen said they wanted a ransom.",
        "Fishermen said the catch had never been so poor.",
    ],
)
def test_a_plural_without_an_s_opening_a_sentence_is_no_person(text: str) -> None:
    document = stancekit.annotate(text)
    assert not entity_names(document, "person")


def test_a_given_name_ending_like_a_plural_is_still_a_person() -> None:
    document = stancekit.annotate("Carmen said the harbour would reopen.")
    assert "Carmen" in entity_names(document, "person")


def test_a_plural_and_of_before_a_body_name_are_no_part_of_it() -> None:
    document = stancekit.annotate("Shares of Tessaro Holdings fell, and the company said demand had slowed.")
    assert entity_names(document, "organization") == {"Tessaro Holdings"}
    statement = document.statements[0]
    assert document.entity(statement.speaker).name == "Tessaro Holdings"


def test_a_plural_and_of_before_no_body_stay_in_the_name() -> None:
    document = stancekit.annotate("Daughters of the Amber Coast marched through the town on Sunday.")
    assert not any(entity.name == "Amber Coast" for entity in document.entities)


# -- 3. groups named after a body ------------------------------------------------------------------


def test_a_group_after_a_body_name_with_and_keeps_the_whole_name() -> None:
    document = stancekit.annotate("Seed and Soil Party members said they would vote against the budget.")
    assert "Seed and Soil Party members" in entity_names(document, "group")
    assert "Soil Party members" not in entity_names(document, "group")


# -- 4. first-level regions of federations ----------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "name", "kb_id"),
    [
        ("Ohio sued the pipeline operator on Tuesday, arguing the permit had lapsed.", "Ohio", "US-OH"),
        ("Officials in New Mexico said the border crossing would reopen.", "New Mexico", "US-NM"),
        ("Manitoba said the wildfire had reached the lake.", "Manitoba", "CA-MB"),
        ("Saxony will hold its state election in the autumn.", "Saxony", "DE-SN"),
    ],
)
def test_a_state_or_province_is_a_place_with_its_iso_code(text: str, name: str, kb_id: str) -> None:
    document = stancekit.annotate(text)
    region = next(entity for entity in document.entities if entity.name == name)
    assert region.type == "other"
    assert region.kb_id == kb_id
    assert not entity_names(document, "person")
    assert "Mexico" not in {entity.name for entity in document.entities}


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Rep. Virginia Lamont said the farm bill would pass.", "Virginia Lamont"),
        ("Margaret Hamburg, a former regulator, said the drug was safe.", "Margaret Hamburg"),
        ("Tom Jordan, a dairy farmer, said the price was too low.", "Tom Jordan"),
    ],
)
def test_a_given_name_and_a_place_name_make_a_person(text: str, name: str) -> None:
    document = stancekit.annotate(text)
    assert name in entity_names(document, "person")
    statement = document.statements[0]
    assert document.entity(statement.speaker).name == name


def test_a_place_after_a_word_that_is_no_given_name_is_no_person() -> None:
    document = stancekit.annotate("Northern Ohio braced for the storm on Sunday.")
    assert not entity_names(document, "person")


# -- 5. role nouns and ages referring back to their person -----------------------------------------


def speaker_of(document: Document, content_start: str) -> str | None:
    """The name of the speaker of the statement whose content starts with ``content_start``."""
    statement = next(statement for statement in document.statements if statement.content.text.startswith(content_start))
    return document.entity(statement.speaker).name if statement.speaker else None


def test_the_chief_executive_refers_to_the_person_described_so() -> None:
    document = stancekit.annotate(
        "Olga Brenner, the chief executive of Harwick Mills, stepped down on Friday. "
        "The chief executive said the board had lost its nerve."
    )
    assert speaker_of(document, "the board") == "Olga Brenner"


def test_a_role_noun_after_a_body_name_refers_to_the_person_with_that_role() -> None:
    document = stancekit.annotate(
        "Daniel Okoro, the Assembly speaker, opened the session. The Assembly speaker said the vote would wait."
    )
    assert speaker_of(document, "the vote") == "Daniel Okoro"


def test_a_role_noun_after_a_known_place_is_not_the_last_holder_of_that_role() -> None:
    document = stancekit.annotate(
        "President Dana Whitlock met reporters. The Chilean president said the deal was unfair."
    )
    assert speaker_of(document, "the deal") != "Dana Whitlock"


def test_a_role_of_another_country_is_not_the_last_holder_of_that_role() -> None:
    document = stancekit.annotate(
        "President Dana Whitlock met reporters on Monday. The president of Peru said the deal was unfair."
    )
    assert speaker_of(document, "the deal") != "Dana Whitlock"


def test_a_role_of_the_same_country_is_its_holder() -> None:
    document = stancekit.annotate(
        "Peru's president, Rosa Quispe, met reporters. The president of Peru said the deal was unfair."
    )
    assert speaker_of(document, "the deal") == "Rosa Quispe"


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Ivo Marek, 47, was detained at the airport. The 47-year-old said the arrest was a mistake.", "Ivo Marek"),
        (
            "Ivo Marek, 47, and Lena Sorel, 39, were detained. The 39-year-old said the arrest was a mistake.",
            "Lena Sorel",
        ),
        ("The 62-year-old Rui Mota was freed. The 62-year-old said the arrest was a mistake.", "Rui Mota"),
    ],
)
def test_a_person_called_by_age_is_the_person_the_text_gave_that_age(text: str, name: str) -> None:
    document = stancekit.annotate(text)
    assert speaker_of(document, "the arrest") == name


def test_an_age_no_person_was_given_refers_to_no_one() -> None:
    text = "Ivo Marek, 47, was detained. The 30-year-old was released without charge."
    document = stancekit.annotate(text)
    start = text.index("The 30")
    assert not [mention for mention in document.mentions if mention.span.start == start]


# -- 6. campaigns named by their members and cause; bodies after their noun -------------------------


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Ferrymen for Safe Crossings, a group of retired pilots, condemned the timetable.",
            "Ferrymen for Safe Crossings",
        ),
        ("Midwives for Fair Staffing said the ward was unsafe.", "Midwives for Fair Staffing"),
        ("Tenants for Justice said the rent rise was unlawful.", "Tenants for Justice"),
    ],
)
def test_people_for_a_cause_name_an_organisation(text: str, name: str) -> None:
    document = stancekit.annotate(text)
    assert name in entity_names(document, "organization")
    holders = {document.entity(item.speaker).name for item in document.statements if item.speaker} | {
        document.entity(item.holder).name for item in document.stances
    }
    assert holders == {name}


@pytest.mark.parametrize(
    "text",
    [
        "Plans for Brexit were shelved again.",
        "Orders for Airbus rose in May.",
        "Voters for Peru lined up at dawn.",
    ],
)
def test_a_plural_for_a_name_is_no_campaign(text: str) -> None:
    document = stancekit.annotate(text)
    assert not any(" for " in entity.name for entity in document.entities)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("The pension fund Marloh, which owns 4 per cent, welcomed the offer.", "Marloh"),
        ("The pension fund KVB said the offer was too low.", "KVB"),
        ("The steelmaker Brask said the tariff would cost jobs.", "Brask"),
    ],
)
def test_a_name_after_the_noun_of_its_kind_is_an_organisation(text: str, name: str) -> None:
    document = stancekit.annotate(text)
    assert name in entity_names(document, "organization")
    assert name not in entity_names(document, "person")


def test_a_name_in_capitals_after_no_noun_of_a_body_is_no_organisation() -> None:
    document = stancekit.annotate("The investor said KVB would not sell its stake.")
    assert "KVB" not in entity_names(document, "organization")


# -- 7. titles ------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Federal Aviation Administrator Rhea Calder said the runway would reopen.", "Rhea Calder"),
        ("Inspector General Piotr Lasko said the audit found no fraud.", "Piotr Lasko"),
        ("Coach Ilse Varga said the squad was exhausted.", "Ilse Varga"),
        ("Rabbi Noam Adler said the synagogue would stay open.", "Noam Adler"),
    ],
)
def test_a_title_of_office_before_a_name_makes_a_person_without_it(text: str, name: str) -> None:
    document = stancekit.annotate(text)
    assert entity_names(document, "person") == {name}
    statement = document.statements[0]
    assert document.entity(statement.speaker).name == name


def test_a_portfolio_after_a_union_before_a_title_is_no_company() -> None:
    document = stancekit.annotate("EU Energy Commissioner Mira Lund said the pipeline would be finished.")
    assert not any(entity.name == "EU Energy" for entity in document.entities)
    person = next(entity for entity in document.entities if entity.name == "Mira Lund")
    assert person.affiliation is not None
    assert document.entity(person.affiliation).name == "European Union"


def test_a_company_named_with_a_portfolio_word_before_a_title_stays_a_company() -> None:
    document = stancekit.annotate("Northwind Energy CEO Ana Ruiz said output would rise.")
    assert "Northwind Energy" in entity_names(document, "organization")


# -- 8. more people known by a plural noun -----------------------------------------------------------


def test_parents_are_a_group_that_them_refers_to() -> None:
    text = (
        "Lena Voss and about 30 other parents packed a town hall meeting, where several of them criticised the "
        "board for waiting a month."
    )
    document = stancekit.annotate(text)
    assert "parents" in entity_names(document, "group")
    start = text.index("them")
    mention = next(mention for mention in document.mentions if mention.span.start == start)
    assert document.entity(mention.entity).name == "parents"


def test_a_plural_of_things_is_no_group() -> None:
    document = stancekit.annotate("The board said the boilers would be replaced in spring.")
    assert not entity_names(document, "group") - {"board"}


# -- 9. people known by an office alone --------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "office"),
    [
        ("The Archbishop of Westhaven said the cathedral would reopen.", "Archbishop of Westhaven"),
        ("The Minister of Fisheries said the quota would not change.", "Minister of Fisheries"),
    ],
)
def test_an_office_after_the_is_one_person(text: str, office: str) -> None:
    document = stancekit.annotate(text)
    assert entity_names(document, "person") == {office}
    assert document.entity(document.statements[0].speaker).name == office


def test_the_place_of_an_office_alone_is_not_its_holder() -> None:
    text = "The Archbishop of Westhaven said the cathedral would reopen. Westhaven was quiet on Sunday."
    document = stancekit.annotate(text)
    start = text.index("Westhaven was")
    assert not [mention for mention in document.mentions if mention.span.start == start]


def test_an_office_before_a_name_in_apposition_is_the_named_person() -> None:
    document = stancekit.annotate("The Minister of Fisheries, Ola Brekke, said the quota would not change.")
    assert document.entity(document.statements[0].speaker).name == "Ola Brekke"


def test_a_group_of_a_body_keeps_the_body_name_past_and() -> None:
    document = stancekit.annotate("Leaders of the Union for Peace and Prosperity said they would boycott the vote.")
    assert "leaders of the Union for Peace and Prosperity" in entity_names(document, "group")


def test_a_plural_inside_a_body_name_is_no_group() -> None:
    document = stancekit.annotate("The Alliance of Liberals and Democrats for Europe said it would abstain.")
    assert "democrats" not in {name.lower() for name in entity_names(document, "group")}
