"""Organisations read as people in the sixth session, pinned with sentences of our own.

- a company with the legal form of its country ("AB", "ASA", "Oyj", "S.p.A.", "Sdn Bhd", "Inc") is an
  organisation, and its name without the form ("Talvik" after "Talvik ASA") is the same company;
- an acronym ("UILM", "FIOM-CGIL") that speaks or acts is a body, not a person; a title in capitals
  ("MEP") is still a title;
- the words before a role that precedes a person's name ("Vestby Marken analyst Tove Dahl", "SINTRA
  regional secretary Lucia Ferri") are the person's employer, an organisation; a person's name before
  the role ("Maria Lopez aide Tove Dahl") stays a person;
- some of a group ("one of the people") is named as the group, and is the group the text named before;
- "Unit" and "Brotherhood" end an organisation's name, and "the unit", "the institute", "the coalition" ...
  refer to the body the text named with that word;
- a possessor's role with its field, then a name ("Halvorsen's head of European sales, Felix Amrein") is
  that person, not a second one known by the role;
- a body named by a word and its noun ("the Dockside union", "the NVB trade union") is the same body when
  the word comes alone later ("Dockside condemned the offer");
- a portfolio between a country and a title ("EU Energy Commissioner", "Laotian Energy Minister") is part
  of the title, no body "EU Energy"; a company's name before a title ("Vardal Water Chief Executive")
  stays a body;
- British titles without a period ("Dr", "Mr", "Ms", "Prof") are no part of the person's name;
- a name, words in lower case and the noun of a body after "the" ("the Veneto regional government", "the
  Binh Dinh provincial fishing association") are one body; a noun that modifies the noun after it ("the
  Treasury sold government bonds") names none;
- a party's label before a name ("Conservative Sarah Penrose", "Social Democrat Jan Novak") is a title, no
  part of the name; the plural of a title after one ("Democrat MPs") is nobody's name;
- "and" after a name and its legal form ("Kelmar Inc and Vantor Inc") joins two bodies, not one name;
  a description after a comma ("X, the Chicago-based snack group,") is no body of its own; a body named
  with its noun is the same body by its name alone later ("the Quang Loc agency ... Quang Loc said").
"""

from __future__ import annotations

import pytest

import stancekit
from stancekit.model import Document, Entity


def speaker_of(document: Document, cue: str) -> Entity:
    """The speaker entity of the statement whose cue is ``cue``."""
    statement = next(statement for statement in document.statements if statement.cue and statement.cue.text == cue)
    assert statement.speaker is not None
    return document.entity(statement.speaker)


def entity_named(document: Document, name: str) -> Entity:
    return next(entity for entity in document.entities if entity.name == name)


# -- 1. legal forms ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    "company",
    ["Kelmar AB", "Talvik ASA", "Brunnsholm Oyj", "Ferrotti S.p.A.", "Marmaris Sdn Bhd", "Vantor Inc", "Delcroix SAS"],
)
def test_a_company_with_a_legal_form_is_an_organisation(company: str) -> None:
    document = stancekit.annotate(f"{company} said it would close two warehouses next year.")
    speaker = speaker_of(document, "said")
    assert (speaker.name, speaker.type) == (company, "organization")


def test_the_short_name_of_a_company_with_a_legal_form_is_the_same_company() -> None:
    document = stancekit.annotate(
        "Talvik ASA said its profit fell by a third. Talvik said later that it would cut 300 jobs."
    )
    assert speaker_of(document, "said") == entity_named(document, "Talvik ASA")
    assert {statement.speaker for statement in document.statements} == {entity_named(document, "Talvik ASA").id}


def test_the_short_name_of_a_company_is_the_company_after_of_too() -> None:
    document = stancekit.annotate(
        "Talvik ASA said its profit fell. Shares of Talvik ASA dropped 4%. Talvik said it would cut 300 jobs."
    )
    assert {statement.speaker for statement in document.statements} == {entity_named(document, "Talvik ASA").id}


def test_the_first_word_of_a_company_named_as_a_place_is_no_company() -> None:
    document = stancekit.annotate(
        "Talvik Bank said its profit fell. Protesters marched in Talvik on Sunday. Talvik said it was unfair."
    )
    assert entity_named(document, "Talvik Bank").id not in {
        statement.speaker for statement in document.statements if statement.content.text == "it was unfair"
    }


def test_a_person_without_a_legal_form_stays_a_person() -> None:
    document = stancekit.annotate("Karin Abelsson said she would close two warehouses next year.")
    assert speaker_of(document, "said").type == "person"


# -- 2. acronyms ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "cue", "acronym"),
    [
        ("UILM condemned the closure of the Brescia works.", "condemned", "UILM"),
        ("FIOM-CGIL said the four-hour strike would go ahead.", "said", "FIOM-CGIL"),
        ("SINDAV said the offer was an insult to the dockers.", "said", "SINDAV"),
    ],
)
def test_an_acronym_that_speaks_is_a_body(sentence: str, cue: str, acronym: str) -> None:
    speaker = speaker_of(stancekit.annotate(sentence), cue)
    assert (speaker.name, speaker.type) == (acronym, "organization")


def test_an_acronym_that_holds_a_stance_is_a_body() -> None:
    document = stancekit.annotate("The port plan was criticised by SINDAV on Monday.")
    holders = {document.entity(stance.holder).name: document.entity(stance.holder).type for stance in document.stances}
    assert holders == {"SINDAV": "organization"}


def test_a_title_in_capitals_is_no_body() -> None:
    document = stancekit.annotate("MEP Karin Abelsson said the vote was close.")
    speaker = speaker_of(document, "said")
    assert (speaker.name, speaker.type) == ("Karin Abelsson", "person")
    assert not [entity for entity in document.entities if entity.name == "MEP"]


# -- 3. the employer before a role ------------------------------------------------------------


@pytest.mark.parametrize(
    "sentence",
    [
        "The stock is too cheap, said Vestby Marken analyst Tove Dahl.",
        "Vestby Marken senior analyst Tove Dahl said the stock was too cheap.",
    ],
)
def test_the_words_before_a_role_and_a_name_are_the_employer(sentence: str) -> None:
    document = stancekit.annotate(sentence)
    speaker = speaker_of(document, "said")
    assert speaker.name == "Tove Dahl"
    assert speaker.affiliation is not None
    employer = document.entity(speaker.affiliation)
    assert (employer.name, employer.type) == ("Vestby Marken", "organization")


def test_an_acronym_before_a_role_is_the_employer() -> None:
    document = stancekit.annotate("We will not give in, SINDAV regional secretary Lucia Ferri told reporters.")
    speaker = speaker_of(document, "told")
    assert speaker.name == "Lucia Ferri"
    assert speaker.affiliation is not None
    assert (document.entity(speaker.affiliation).name, document.entity(speaker.affiliation).type) == (
        "SINDAV",
        "organization",
    )


def test_a_person_before_a_role_stays_a_person() -> None:
    document = stancekit.annotate("Maria Lopez aide Tove Dahl said no deal was near.")
    assert entity_named(document, "Maria Lopez").type == "person"


# -- 4. some of a group -----------------------------------------------------------------------


def test_one_of_a_group_is_the_group_named_before() -> None:
    document = stancekit.annotate(
        "The bid collapsed, according to people familiar with the talks. "
        "One of the people said the buyer had walked away."
    )
    assert speaker_of(document, "said").name == "people familiar with the talks"


def test_one_of_a_group_is_named_as_the_group() -> None:
    document = stancekit.annotate("One of the protesters said the police had used tear gas.")
    assert speaker_of(document, "said").name == "protesters"


# -- 5. more heads, and the bodies' nouns -------------------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "body"),
    [
        ("The Sports Integrity Unit said the sample was stored correctly.", "Sports Integrity Unit"),
        ("The Brotherhood of Dock Pilots said the rules were ignored.", "Brotherhood of Dock Pilots"),
    ],
)
def test_more_heads_end_an_organisations_name(sentence: str, body: str) -> None:
    speaker = speaker_of(stancekit.annotate(sentence), "said")
    assert (speaker.name, speaker.type) == (body, "organization")


@pytest.mark.parametrize(
    ("text", "body"),
    [
        (
            "Okafor accused the Sports Integrity Unit of bias. The unit said the claims were false.",
            "Sports Integrity Unit",
        ),
        (
            "Ruiz praised the Pacific Shipping Institute. The institute said it would publish the data.",
            "Pacific Shipping Institute",
        ),
    ],
)
def test_the_noun_of_a_body_refers_to_the_body_named_with_it(text: str, body: str) -> None:
    assert speaker_of(stancekit.annotate(text), "said").name == body


def test_the_noun_of_a_body_refers_to_no_body_named_without_it() -> None:
    document = stancekit.annotate(
        "Ruiz praised the Pacific Shipping Council. The institute said it would publish the data."
    )
    assert all(
        document.entity(statement.speaker).name != "Pacific Shipping Council"
        for statement in document.statements
        if statement.speaker is not None and statement.cue is not None and statement.cue.text == "said"
    )


# -- 6. a role with its field before a name ----------------------------------------------------------


def test_a_possessors_role_with_its_field_is_the_person_named_after_it() -> None:
    document = stancekit.annotate(
        "Halvorsen Pharmaceuticals makes the drug. Prices are confidential, said Halvorsen's head of European "
        "sales, Felix Amrein."
    )
    speaker = speaker_of(document, "said")
    assert speaker.name == "Felix Amrein"
    assert speaker.affiliation == entity_named(document, "Halvorsen Pharmaceuticals").id
    assert [entity.name for entity in document.entities if entity.type == "person"] == ["Felix Amrein"]


def test_a_possessors_role_with_its_field_and_no_name_is_known_by_the_role() -> None:
    document = stancekit.annotate("Norway's minister of trade, who spoke on Monday, said the talks had failed.")
    assert [entity.name for entity in document.entities if entity.type == "person"] == ["Norway's minister"]


# -- 7. a body named by a word and its noun --------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "body"),
    [
        ("The Dockside union said it would strike. Dockside later said the talks had failed.", "Dockside union"),
        ("The NVB trade union said it would strike. NVB later said the talks had failed.", "NVB trade union"),
    ],
)
def test_a_body_named_with_its_noun_is_the_same_body_by_its_name_alone(text: str, body: str) -> None:
    document = stancekit.annotate(text)
    assert {document.entity(statement.speaker).name for statement in document.statements if statement.speaker} == {body}


def test_a_person_named_like_the_word_of_a_body_elsewhere_is_no_body() -> None:
    document = stancekit.annotate("Karin Abelsson said she would strike. Abelsson later said the talks had failed.")
    assert {document.entity(statement.speaker).type for statement in document.statements if statement.speaker} == {
        "person"
    }


# -- 8. a portfolio between a country and a title ----------------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "person", "body"),
    [
        ("EU Energy Commissioner Katja Brenner said the deal was weak.", "Katja Brenner", "European Union"),
        ("Laotian Energy Minister Bounmy Phasouk said the dam was safe.", "Bounmy Phasouk", "Laos"),
    ],
)
def test_a_portfolio_after_a_country_is_part_of_the_title(sentence: str, person: str, body: str) -> None:
    document = stancekit.annotate(sentence)
    speaker = speaker_of(document, "said")
    assert speaker.name == person
    assert speaker.affiliation is not None
    assert document.entity(speaker.affiliation).name == body
    assert not [entity for entity in document.entities if entity.name.endswith(" Energy")]


def test_a_company_before_a_title_stays_a_body() -> None:
    document = stancekit.annotate("Vardal Water Chief Executive Chris Weston said the pipes were safe.")
    speaker = speaker_of(document, "said")
    assert speaker.affiliation is not None
    assert document.entity(speaker.affiliation).name == "Vardal Water"


# -- 9. titles without a period --------------------------------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "person"),
    [
        ("The trials were small, said Dr Helga Brannigan, a neurologist.", "Helga Brannigan"),
        ("Mr Tobias Wren said the yard was safe.", "Tobias Wren"),
        ("Prof Ines Halloran said the trials were too small.", "Ines Halloran"),
    ],
)
def test_a_title_without_a_period_is_no_part_of_the_name(sentence: str, person: str) -> None:
    assert speaker_of(stancekit.annotate(sentence), "said").name == person


def test_a_name_that_starts_like_a_title_keeps_its_first_word() -> None:
    assert speaker_of(stancekit.annotate("Drago Petrov said the yard was safe."), "said").name == "Drago Petrov"


# -- 10. a body named with words in lower case -------------------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "body", "kind"),
    [
        ("The Trevalli regional government said it would appeal.", "Trevalli regional government", "government"),
        (
            "The Quang Loc provincial fishing association said boats were held.",
            "Quang Loc provincial fishing association",
            "organization",
        ),
        ("The Quang Loc association said boats were held.", "Quang Loc association", "organization"),
    ],
)
def test_a_name_and_the_noun_of_its_body_are_one_body(sentence: str, body: str, kind: str) -> None:
    speaker = speaker_of(stancekit.annotate(sentence), "said")
    assert (speaker.name, speaker.type) == (body, kind)


@pytest.mark.parametrize(
    "sentence",
    ["Analysts said the Kovrin sold government bonds.", "Residents said the Tarvos shot police officers."],
)
def test_a_noun_that_modifies_another_names_no_body(sentence: str) -> None:
    document = stancekit.annotate(sentence)
    assert not [entity for entity in document.entities if entity.type in ("organization", "government")]


# -- 11. party labels before a name ------------------------------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "person"),
    [
        ("Conservative Edith Marlowe wrote that the watchdog was wrong.", "Edith Marlowe"),
        ("Social Democrat Jiri Hanak said the plan was unfair.", "Jiri Hanak"),
    ],
)
def test_a_party_label_before_a_name_is_no_part_of_it(sentence: str, person: str) -> None:
    document = stancekit.annotate(sentence)
    assert [statement.speaker and document.entity(statement.speaker).name for statement in document.statements] == [
        person
    ]


def test_the_plural_of_a_title_after_a_label_is_nobodys_name() -> None:
    document = stancekit.annotate("Democrat MPs said the plan was unfair.")
    assert "MPs" not in [entity.name for entity in document.entities]


# -- 12. two companies, descriptions and names alone ----------------------------------------------


def test_and_after_a_legal_form_joins_two_bodies() -> None:
    document = stancekit.annotate("Kelmar Inc and Vantor Inc said they would merge their chip units.")
    bodies = {entity.name for entity in document.entities if entity.type == "organization"}
    assert {"Kelmar Inc", "Vantor Inc"} <= bodies


def test_a_head_alone_before_and_is_part_of_one_name() -> None:
    document = stancekit.annotate("The Securities and Exchange Commission said it would appeal.")
    assert speaker_of(document, "said").name == "Securities and Exchange Commission"


def test_a_description_after_a_comma_is_no_body_of_its_own() -> None:
    document = stancekit.annotate("Kestra Brands, the Chicago-based snack group, said it would buy the firm.")
    assert [entity.name for entity in document.entities] == ["Kestra Brands"]


def test_a_body_named_with_words_in_lower_case_is_the_same_body_by_its_name_alone() -> None:
    document = stancekit.annotate(
        "According to the Quang Loc polling agency, support fell. Quang Loc said the poll was accurate."
    )
    assert {statement.speaker for statement in document.statements} == {
        entity_named(document, "Quang Loc polling agency").id
    }
