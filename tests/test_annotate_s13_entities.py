"""Entities and their types: a body named after a description between commas, a description beside a body's
name, and the short form of a body's name."""

import pytest

import stancekit


def _by_id(document: stancekit.Document) -> dict[str, stancekit.Entity]:
    return {entity.id: entity for entity in document.entities}


def speakers(text: str) -> list[tuple[str, str]]:
    document = stancekit.annotate(text)
    entities = _by_id(document)
    return [
        (entities[statement.speaker].name, entities[statement.speaker].type)
        for statement in document.statements
        if statement.speaker in entities
    ]


def holders(text: str) -> list[tuple[str, str]]:
    document = stancekit.annotate(text)
    entities = _by_id(document)
    return [
        (entities[stance.holder].name, entities[stance.holder].type)
        for stance in document.stances
        if stance.holder in entities
    ]


def entities(text: str) -> list[tuple[str, str]]:
    return [(entity.name, entity.type) for entity in stancekit.annotate(text).entities]


# -- a body named after a description between commas -----------------------------------------------------


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("The regulator, Ofwat, said the bills would rise in April.", "Ofwat"),
        ("The water regulator, Ofwat, said the bills would rise in April.", "Ofwat"),
        ("Its parent company, Vantor, said the plan would fail.", "Vantor"),
        ("Britain's biggest lender, Halden, said the plan would fail.", "Halden"),
        ("A Danish shipping firm, Tolvmark, said the new tariffs were unlawful.", "Tolvmark"),
    ],
)
def test_a_one_word_name_after_a_description_between_commas_is_a_body(text: str, name: str) -> None:
    assert speakers(text) == [(name, "organization")]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # The comma closes a fronted phrase, not a description: the name is the subject.
        ("After talks with the regulator, Ofwat said the bills would rise.", "Ofwat"),
        ("After a meeting with the state-owned operator, Tomas Ekholm said he would resign.", "Tomas Ekholm"),
        ("In a letter to the regulator, Mendez said the bills would rise.", "Mendez"),
    ],
)
def test_a_name_after_a_fronted_phrase_is_read_as_before(text: str, name: str) -> None:
    assert [speaker for speaker, _ in speakers(text)] == [name]
    assert ("Tomas Ekholm", "organization") not in speakers(text)


def test_a_person_after_a_description_of_a_person_stays_a_person() -> None:
    assert speakers("Its chief executive, Ana Ruiz, said the plan would fail.") == [("Ana Ruiz", "person")]


# -- a description beside a body's name ---------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Kestrel Biologics, the Indian manufacturer, said the doses were safe.", "Kestrel Biologics"),
        (
            "The vaccine is made by Kestrel Biologics, the Indian manufacturer, which said the doses were safe.",
            "Kestrel Biologics",
        ),
        ("Unions blamed the Swedish port operator, Nordkaj Shipping, for the delay.", "Nordkaj Shipping"),
    ],
)
def test_a_description_beside_a_bodys_name_is_no_body_of_its_own(text: str, name: str) -> None:
    found = entities(text)
    assert (name, "organization") in found
    assert not any(kind == "organization" and entity != name for entity, kind in found)
    if "said" in text:
        assert speakers(text) == [(name, "organization")]


def test_a_description_alone_is_still_a_body_of_its_own() -> None:
    assert speakers("The Indian manufacturer said the doses were safe.") == [("Indian manufacturer", "organization")]


# -- a firm's name written with a capital inside a word ------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Halvorn AgroScience said the new seeds were safe.", "Halvorn AgroScience"),
        ("Farmers sued Tamsin BioPharma, and Tamsin BioPharma said the claims were baseless.", "Tamsin BioPharma"),
        ("Investors sued Corvane. CorvaneTech said the claims were baseless.", "CorvaneTech"),
        ("Investors sued the asset manager last year. PayPal said the claims were baseless.", "PayPal"),
    ],
)
def test_a_name_with_a_capital_inside_a_word_is_a_firm(text: str, name: str) -> None:
    assert (name, "organization") in speakers(text)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Ron DeSantis said the new seeds were safe.", "Ron DeSantis"),
        ("Lachlan MacArthur said the new seeds were safe.", "Lachlan MacArthur"),
        ("Shane McGarrity said the new seeds were safe.", "Shane McGarrity"),
        ("Aoife FitzGerald said the new seeds were safe.", "Aoife FitzGerald"),
        ("LaToya Jensen said the new seeds were safe.", "LaToya Jensen"),
        ("Senator McGarrity said the new seeds were safe.", "McGarrity"),
    ],
)
def test_a_persons_name_with_a_particle_stays_a_person(text: str, name: str) -> None:
    assert speakers(text) == [(name, "person")]


# -- the short form of a body's name -------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Unions accused the operator, Nordkaj Terminals, of breaking a deal. Nordkaj said the strike was unlawful.",
            "Nordkaj Terminals",
        ),
        ("The deal was signed by Halvorn AgroScience in May. Halvorn said it was pleased.", "Halvorn AgroScience"),
        ("The daily Vestre Tidende ran the story. Vestre said the minister had lied.", "Vestre Tidende"),
    ],
)
def test_the_first_word_of_a_bodys_name_alone_is_the_body(text: str, name: str) -> None:
    assert speakers(text)[-1] == (name, "organization")
    assert [entity for entity, _ in entities(text) if entity.split()[0] == name.split()[0]] == [name]


def test_a_first_word_two_bodies_share_names_neither() -> None:
    text = (
        "The carrier, Nordkaj Shipping, and the operator, Nordkaj Terminals, met on Monday. "
        "Nordkaj said the talks had failed."
    )
    assert speakers(text)[-1][0] not in ("Nordkaj Shipping", "Nordkaj Terminals")


# -- a document named by its maker or its subject ------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "A Gallup Poll said most voters backed the plan.",
        "The Pew Survey said most voters backed the plan.",
        "The Harwell Study found the drug worked.",
        "The Mueller Report said the campaign had not conspired.",
        "Analysts cited the Lindqvist Review, which said the scheme had failed.",
    ],
)
def test_a_document_named_like_a_person_is_no_person(text: str) -> None:
    assert not any(kind == "person" for _, kind in entities(text))


def test_a_person_named_beside_a_poll_is_still_a_person() -> None:
    text = "A Gallup Poll put Ana Ruiz ahead. Ruiz said she was pleased."
    assert ("Ana Ruiz", "person") in entities(text)
    assert speakers(text)[-1] == ("Ana Ruiz", "person")


# -- a party named "... Congress" ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    "name",
    ["All Progressives Congress", "Trades Union Congress", "Pan Africanist Congress", "Indian National Congress"],
)
def test_a_party_or_union_named_congress_is_an_organisation(name: str) -> None:
    assert speakers(f"The {name} said the vote had been rigged.") == [(name, "organization")]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("The US Congress said the vote had been rigged.", "US Congress"),
        ("The Colombian Congress said the vote had been rigged.", "Colombian Congress"),
        ("Peru's Congress said the vote had been rigged.", "Peru's Congress"),
        ("The National People's Congress said the vote had been rigged.", "National People's Congress"),
    ],
)
def test_a_legislature_named_congress_is_still_a_government(text: str, name: str) -> None:
    assert (name, "government") in entities(text)


# -- parties by their plural nicknames ----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("In parliament, the Tories refused to back the plan.", "Tories"),
        ("Tories rejected the plan on Monday.", "Tories"),
        ("Labour and the Greens rejected the plan.", "Greens"),
        ("In the Senate, the Greens said the plan was unfair.", "Greens"),
        ("The Lib Dems said the plan was unfair.", "Lib Dems"),
    ],
)
def test_a_partys_plural_nickname_is_the_party(text: str, name: str) -> None:
    assert (name, "organization") in holders(text) + speakers(text)
    assert not any(kind == "person" for _, kind in entities(text))


def test_greens_in_lower_case_are_no_party() -> None:
    assert entities("He said he ate his greens every day.") == []


# -- a weekday and a part of the day opening a name ---------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Saturday Night Live mocked the senator's plan.", "Saturday Night Live"),
        ("Monday Night Football drew record ratings, the network said.", "Monday Night Football"),
        ("The senator was mocked on Saturday Night Live.", "Saturday Night Live"),
        ("The Tuesday Morning Club said the plan was unfair.", "Tuesday Morning Club"),
    ],
)
def test_a_weekday_and_a_part_of_the_day_open_a_bodys_name(text: str, name: str) -> None:
    found = entities(text)
    assert (name, "organization") in found
    assert not any(kind == "person" for _, kind in found)


@pytest.mark.parametrize(
    "text",
    [
        "Boris Johnson Tuesday said the plan was sound.",
        "On Tuesday night Ana Ruiz said the plan was sound.",
        "Ana Ruiz said on Friday Night that the plan was sound.",
    ],
)
def test_a_weekday_beside_a_persons_name_is_still_no_part_of_it(text: str) -> None:
    assert [kind for _, kind in speakers(text)] == ["person"]
    assert not any("day" in name for name, _ in entities(text))


# -- a body named by its people, and officers of a county ---------------------------------------------------


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("The local teachers' union said the plan was unfair.", "local teachers' union"),
        ("The nurses’ union criticised the plan on Monday.", "nurses’ union"),
        ("Farmers were split, and the national farmers' federation backed the plan.", "national farmers' federation"),
    ],
)
def test_a_body_named_by_its_people_is_the_body_not_the_people(text: str, name: str) -> None:
    assert (name, "organization") in speakers(text) + holders(text)
    assert name.split("'")[0].split("’")[0] not in [entity for entity, _ in entities(text)]


def test_the_union_later_is_the_body_named_by_its_people() -> None:
    text = "The nurses' union criticised the plan. The union said its members would strike."
    assert speakers(text)[0] == ("nurses' union", "organization")


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("The teachers' union, the NEU, said the plan was unfair.", "NEU"),
        ("The teachers' union NUT said the plan was unfair.", "NUT"),
        (
            "The fine was welcomed by the Consumentenbond, the Dutch consumers’ association, which said it had "
            "received hundreds of complaints.",
            "Consumentenbond",
        ),
    ],
)
def test_a_body_named_beside_its_description_by_its_people_is_the_named_body(text: str, name: str) -> None:
    assert speakers(text) == [(name, "organization")]
    assert not any(kind == "group" for _, kind in holders(text))


def test_the_teachers_pay_is_still_the_teachers() -> None:
    assert ("teachers", "group") in entities("The teachers' pay rise was criticised by parents.")


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Fremont County commissioners said the plan was unfair.", "Fremont County commissioners"),
        ("Kessel County supervisors rejected the plan on Monday.", "Kessel County supervisors"),
        ("The aldermen said the plan was unfair.", "aldermen"),
    ],
)
def test_officers_of_a_county_are_a_group_of_it(text: str, name: str) -> None:
    assert (name, "group") in speakers(text) + holders(text)


# -- a river's bank ----------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "The river rose overnight. Hundreds of refugees waited on the Polish bank.",
        "Refugees waded into the river at dawn. By noon they were resting at the Slovak bank.",
        "The floods swept the riverbank villages, and rescuers gathered on the Serbian bank.",
    ],
)
def test_a_bank_near_a_river_is_no_lender(text: str) -> None:
    assert not any(name.endswith("bank") for name, _ in entities(text))


@pytest.mark.parametrize(
    "text",
    [
        "Regulators put pressure on the Polish bank to raise capital.",
        "Shares fell after a fine on the Polish bank, and the Polish bank said it would appeal.",
    ],
)
def test_a_bank_with_no_river_near_is_still_a_lender(text: str) -> None:
    assert ("Polish bank", "organization") in entities(text)


def test_people_before_a_bodys_noun_and_its_name_are_no_group() -> None:
    found = entities("Fans of the supporters' group Dutch Army criticised the ticket prices.")
    assert ("Dutch Army", "organization") in found
    assert "supporters" not in [name for name, _ in found]


def test_a_date_after_a_body_named_by_its_people_is_no_name() -> None:
    assert speakers("The teachers' union Tuesday said the plan was unfair.") == [("teachers' union", "organization")]


# -- words of industry that end a firm's name -----------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Nordkaj Terminals rejected the offer. Nordkaj said the strike was illegal.", "Nordkaj Terminals"),
        ("Havbro Shipyards said the order had been cancelled.", "Havbro Shipyards"),
        ("Pellow Robotics said the new arms were safe.", "Pellow Robotics"),
        ("Skarvik Ports said the cranes would be replaced.", "Skarvik Ports"),
    ],
)
def test_a_word_of_an_industry_ends_a_firms_name(text: str, name: str) -> None:
    assert set(speakers(text)) == {(name, "organization")}
