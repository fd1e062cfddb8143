"""Speakers and holders named by bodies, places and groups: a document noun ending a body's name ("South Africa
Post"), an officer of a county, members of a party, a group's modifier and its noun."""

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


def entity_names(text: str) -> list[str]:
    return [entity.name for entity in stancekit.annotate(text).entities]


# -- a document's noun ending a body's name ---------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("South Africa Post said the strike had ended on Friday.", "South Africa Post"),
        ("Parcels piled up for a week. Zambia Post said deliveries would resume.", "Zambia Post"),
        ("The Nordic Review said the government had misled voters.", "Nordic Review"),
        ("Deliveries, New Zealand Post said, would be late until March.", "New Zealand Post"),
    ],
)
def test_a_document_noun_that_ends_a_bodys_name_is_the_body(text: str, name: str) -> None:
    assert speakers(text) == [(name, "organization")]


@pytest.mark.parametrize(
    "text",
    [
        "A Facebook post said the strike had ended on Friday.",
        "A report by the ministry said the strike had ended.",
        "The annual review said the strike had cost millions.",
    ],
)
def test_a_document_is_still_no_body(text: str) -> None:
    assert not any(kind == "organization" and name.endswith(("post", "review")) for name, kind in speakers(text))


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Kenya Airways said the route to Lagos was closed.", "Kenya Airways"),
        ("Sri Lanka Railways said the line would reopen.", "Sri Lanka Railways"),
        ("South Korea Electric Power Corporation said the plant was safe.", "South Korea Electric Power Corporation"),
    ],
)
def test_a_place_opening_a_bodys_name_is_no_speaker(text: str, name: str) -> None:
    assert speakers(text) == [(name, "organization")]


# -- a county and its officers ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "role", "place"),
    [
        ("The sheriff of Kessel County said the road would stay closed.", "sheriff", "Kessel County"),
        ("Snow cut off three villages. The governor of Orel Oblast said help was coming.", "governor", "Orel Oblast"),
        ("The mayor of Brandt Township said the budget was balanced.", "mayor", "Brandt Township"),
        ("The sheriff of Marion County said the jail was full.", "sheriff", "Marion County"),
    ],
)
def test_an_officer_of_a_county_is_a_person_affiliated_with_it(text: str, role: str, place: str) -> None:
    document = stancekit.annotate(text)
    entities = _by_id(document)
    (statement,) = document.statements
    speaker = entities[statement.speaker]
    assert speaker.type == "person"
    assert speaker.role == role
    assert speaker.affiliation is not None
    assert entities[speaker.affiliation].name == place
    assert entities[speaker.affiliation].type == "government"
    assert place not in [entity.name for entity in entities.values() if entity.type == "person"]


def test_a_county_speaks_and_holds_as_its_government() -> None:
    text = "Floods closed roads in Dalby County. Dalby County opposed the new levy."
    assert holders(text) == [("Dalby County", "government")]
    assert speakers("Dalby County said the levy was unfair.") == [("Dalby County", "government")]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Tom Parish said the budget was unfair.", "Tom Parish"),
        ("Lisa Shire told reporters the budget was unfair.", "Lisa Shire"),
    ],
)
def test_a_given_name_before_a_place_noun_is_still_a_person(text: str, name: str) -> None:
    assert speakers(text) == [(name, "person")]


# -- members of a body --------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "group", "body"),
    [
        ("Members of the Green Party criticised the budget.", "members of the Green Party", "Green Party"),
        ("Supporters of the Liberal Party condemned the ruling.", "supporters of the Liberal Party", "Liberal Party"),
    ],
)
def test_members_of_a_party_hold_what_they_say_as_a_group(text: str, group: str, body: str) -> None:
    document = stancekit.annotate(text)
    entities = _by_id(document)
    (stance,) = document.stances
    holder = entities[stance.holder]
    assert (holder.name, holder.type) == (group, "group")
    assert holder.affiliation is not None
    assert entities[holder.affiliation].name == body


def test_members_speak_and_hold_as_one_group() -> None:
    text = "Members of the Farmers Union said the tariff was unfair and criticised the minister."
    document = stancekit.annotate(text)
    assert {statement.speaker for statement in document.statements} == {stance.holder for stance in document.stances}


def test_a_counted_share_of_members_holds_as_the_group() -> None:
    text = "Twelve members of the governing Unity Front voted against the bill."
    assert holders(text) == [("twelve members of the governing Unity Front", "group")]


def test_a_bodys_spokesmen_still_hold_for_the_body() -> None:
    assert holders("Officials at the Finance Ministry criticised the budget.") == [("Finance Ministry", "government")]


# -- a group's modifier and its noun ------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "group"),
    [
        ("Members of the governing coalition criticised the budget.", "members of the governing coalition"),
        ("Dozens of members of the ruling party said the vote was fair.", "members of the ruling party"),
        ("Members of the banned movement said the vote was rigged.", "members of the banned movement"),
    ],
)
def test_a_groups_modifier_goes_on_to_its_noun(text: str, group: str) -> None:
    names = entity_names(text)
    assert group in names
    assert not any(name.endswith(("governing", "ruling", "banned")) for name in names)


def test_a_noun_in_ing_before_a_verb_ends_the_group() -> None:
    names = entity_names("Critics of the ruling said it was unfair.")
    assert "critics of the ruling" in names
    assert not any(name.startswith("critics of the ruling ") for name in names)


# -- "All" opening a body's name ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("The All India Consumer Forum criticised the new duty.", "All India Consumer Forum"),
        ("All Nippon Airways said flights to Osaka would resume.", "All Nippon Airways"),
        ("Fares rose again, the All Kerala Bus Owners Association said.", "All Kerala Bus Owners Association"),
    ],
)
def test_all_before_a_bodys_name_is_part_of_it(text: str, name: str) -> None:
    assert speakers(text) == [(name, "organization")] or holders(text) == [(name, "organization")]
    assert name in entity_names(text)


@pytest.mark.parametrize(
    ("text", "group"),
    [
        ("All Labour MPs backed the bill.", "Labour MPs"),
        ("All Green MEPs criticised the deal.", "Green MEPs"),
        ("All Green Party members backed the bill.", "Green Party members"),
    ],
)
def test_all_before_a_group_counts_it(text: str, group: str) -> None:
    assert holders(text) == [(group, "group")]
    assert not any(name.startswith("All ") for name in entity_names(text))


def test_a_partys_seat_holders_are_a_group_not_a_person() -> None:
    assert speakers("Conservative MPs said the budget was unfair.") == [("Conservative MPs", "group")]


# -- a river's bank -----------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Troops dug in along the Paraguayan bank of the river. Officials said the bank had flooded.",
        "Shelling hit villages on the Ukrainian bank of the Dnipro, officials said.",
        "Families camped along the Brazilian bank for a week, officials said.",
    ],
)
def test_a_rivers_bank_is_no_body(text: str) -> None:
    document = stancekit.annotate(text)
    assert not any(entity.name.endswith("bank") for entity in document.entities)


@pytest.mark.parametrize(
    "text",
    [
        "A loan from the Paraguayan bank was approved on Monday.",
        "The Polish bank said profits had doubled.",
    ],
)
def test_a_lender_described_by_its_country_is_still_a_body(text: str) -> None:
    assert any(
        entity.name.endswith("bank") and entity.type == "organization" for entity in stancekit.annotate(text).entities
    )


# -- a lone name the text shows to be a body's ----------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Vantor criticised the fine. Its lawyers said the ruling was flawed.", "Vantor"),
        ("Brennix, whose shares fell 4 per cent, said the fine was unfair.", "Brennix"),
        ("Kestrel Data said the survey was wrong. Kestrel Data's shareholders were not told.", "Kestrel Data"),
        ("Quorvo shares slid after Quorvo said demand was weak.", "Quorvo"),
        ("Investors cut their stakes in Halvard. Halvard said the sale was routine.", "Halvard"),
        ("Merlix said the fine was unfair. Merlix's chief executive will meet the regulator.", "Merlix"),
    ],
)
def test_a_lone_name_with_a_bodys_evidence_is_a_body(text: str, name: str) -> None:
    found = speakers(text) + holders(text)
    assert (name, "organization") in found
    assert (name, "person") not in found


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Okafor criticised the fine. His lawyers said the ruling was flawed.", "Okafor"),
        ("Okafor praised the company. Its chief executive said the deal was fair.", "Okafor"),
        ("Jane Brennix criticised the fine. Brennix's lawyers said it was flawed.", "Jane Brennix"),
        ("Musk's shares rose on Friday. Halvorsen said the deal was fair.", "Halvorsen"),
    ],
)
def test_a_persons_name_stays_a_persons(text: str, name: str) -> None:
    assert (name, "person") in speakers(text) + holders(text)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Kestrel Data said the survey figures were wrong.", "Kestrel Data"),
        ("The figures, Harbour Data said, were revised twice.", "Harbour Data"),
    ],
)
def test_a_name_ending_in_data_is_a_firms(text: str, name: str) -> None:
    assert speakers(text) == [(name, "organization")]


def test_data_in_lower_case_is_still_a_document() -> None:
    assert ("census data", "organization") not in speakers("Census data said the figures were wrong.")
