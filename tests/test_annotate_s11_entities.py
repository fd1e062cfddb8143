"""Entity types and names of speakers and holders: places, bodies by their kind, plural acronyms, opening adverbs."""

import pytest

import stancekit

from .test_annotate_s10_h1 import speakers


def holders(text: str) -> list[tuple[str, str]]:
    document = stancekit.annotate(text)
    entities = {entity.id: entity for entity in document.entities}
    return [
        (entities[stance.holder].name, entities[stance.holder].type)
        for stance in document.stances
        if stance.holder in entities
    ]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Police raided a depot in Lille on Monday. Lille said the site would close.", "Lille"),
        ("A ferry ran aground near Dalvik. Dalvik said the harbour was safe.", "Dalvik"),
        ("Protests spread around Kessel overnight. Kessel insisted the curfew would stay.", "Kessel"),
    ],
)
def test_a_lone_word_the_text_writes_as_a_place_speaks_as_a_government(text: str, name: str) -> None:
    assert speakers(text) == [(name, "government")]


def test_a_lone_place_holds_a_stance_as_a_government() -> None:
    text = "Ministers met for talks in Tromsø on Monday. Tromsø backed the plan."
    assert holders(text) == [("Tromsø", "government")]


@pytest.mark.parametrize(
    ("text", "owner"),
    [
        ("Ministers met for talks in Tromsø on Monday. Tromsø's council said the deal was fair.", "Tromsø"),
        ('Floods hit homes in Varnby. "We need help," Varnby\'s mayor said.', "Varnby"),
    ],
)
def test_a_lone_place_owns_its_council_and_its_mayor(text: str, owner: str) -> None:
    document = stancekit.annotate(text)
    entities = {entity.id: entity for entity in document.entities}
    (statement,) = document.statements
    speaker = entities[statement.speaker]
    assert speaker.name.startswith(f"{owner}'s")
    assert entities[speaker.affiliation].name == owner
    assert entities[speaker.affiliation].type == "government"


@pytest.mark.parametrize(
    "text",
    [
        "The letter came from Brennan. Brennan said the plan was a disaster.",
        "Residents in Dunmore were angry. Halvorsen said the plan was a disaster.",
        "Jane Holm has lived in Oslo for years. Holm said the plan was a disaster.",
        "Trust in Okafor's team fell. Okafor said the plan was a disaster.",
    ],
)
def test_a_name_never_written_alone_after_in_stays_a_person(text: str) -> None:
    assert [kind for _, kind in speakers(text)] == ["person"]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("NGOs said the deal was weak.", "NGOs"),
        ("MLAs said the budget was unfair.", "MLAs"),
        ("The count was flawed, CEOs said on Tuesday.", "CEOs"),
    ],
)
def test_a_plural_acronym_is_a_group(text: str, name: str) -> None:
    assert speakers(text) == [(name, "group")]


def test_a_single_acronym_stays_a_body() -> None:
    assert speakers("UILM said the closure was illegal.") == [("UILM", "organization")]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Also Halvorsen said the plan would fail.", "Halvorsen"),
        ("Meanwhile, Brightwater Holdings said the offer was too low.", "Brightwater Holdings"),
        ("However Jane Okafor said the budget was sound.", "Jane Okafor"),
        ("Only Okafor said the vote was fair.", "Okafor"),
    ],
)
def test_an_opening_adverb_is_no_word_of_the_name(text: str, name: str) -> None:
    assert [speaker for speaker, _ in speakers(text)] == [name]


def test_both_before_a_name_is_no_word_of_it() -> None:
    names = {name for name, _ in holders("Both Halvorsen and the mayor opposed the bill.")}
    assert "Halvorsen" in names
    assert not any(name.startswith("Both") for name in names)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("The campaign group Streetwatch filed a complaint. Streetwatch said the cameras were illegal.", "Streetwatch"),
        ("The think tank Veritas published a report on Monday. Veritas said the budget was reckless.", "Veritas"),
        ("A complaint came from the charity Hopewell. Hopewell said the plan would fail.", "Hopewell"),
        ("The regional watchdog Ofcal fined the station. Ofcal said the fine was fair.", "Ofcal"),
        ("The pressure group Clearwater wrote to ministers. Clearwater warned the river was dying.", "Clearwater"),
    ],
)
def test_a_lone_name_after_the_noun_of_its_kind_is_an_organisation(text: str, name: str) -> None:
    assert speakers(text) == [(name, "organization")]


def test_a_body_named_by_its_kind_holds_a_stance_as_an_organisation() -> None:
    text = "The advocacy group Fairline met the minister. Fairline criticised the budget."
    assert ("Fairline", "organization") in holders(text)


@pytest.mark.parametrize(
    "text",
    [
        "He joined the company Jobs founded. Jobs said it was hard.",
        "The firm's founder Okafor left in May. Okafor said the plan was a disaster.",
    ],
)
def test_a_person_after_a_body_noun_stays_a_person(text: str) -> None:
    assert [kind for _, kind in speakers(text)] == ["person"]


def test_a_trade_body_named_by_one_word_is_an_organisation() -> None:
    text = "The trade body Pubwatch wrote to the council. Pubwatch said the levy would close bars."
    assert speakers(text) == [("Pubwatch", "organization")]


def speaker_entities(text: str) -> list[stancekit.Entity]:
    document = stancekit.annotate(text)
    entities = {entity.id: entity for entity in document.entities}
    return [entities[statement.speaker] for statement in document.statements if statement.speaker in entities]


@pytest.mark.parametrize(
    ("text", "role", "owner"),
    [
        ("The mayor of Leeds said the tram would be delayed.", "mayor", "Leeds"),
        ("The governor of Ohio said the plan was sound.", "governor", "Ohio"),
        ("The sheriff of Dunmore said the road was closed.", "sheriff", "Dunmore"),
        ("The councillor for Dunmore said the road would close.", "councillor", "Dunmore"),
    ],
)
def test_a_role_of_a_place_or_a_body_speaks_as_a_person_of_it(text: str, role: str, owner: str) -> None:
    document = stancekit.annotate(text)
    entities = {entity.id: entity for entity in document.entities}
    (statement,) = document.statements
    speaker = entities[statement.speaker]
    assert (speaker.type, speaker.role) == ("person", role)
    assert speaker.affiliation is not None
    assert entities[speaker.affiliation].name == owner


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("The chief executive of Tessaro Holdings said profits fell.", "Tessaro Holdings"),
        ("The head of the union in Lyon said the strike would go on.", "union in Lyon"),
    ],
)
def test_an_officer_of_a_body_speaks_for_the_body(text: str, name: str) -> None:
    assert speakers(text) == [(name, "organization")]


def test_the_mayor_of_a_town_holds_the_stance_not_the_town() -> None:
    assert holders("The mayor of Dunmore welcomed the bypass.") == [("mayor of Dunmore", "person")]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("The union in Lyon backed the strike.", "union in Lyon"),
        ("The council in Varnby opposed the closure.", "council in Varnby"),
    ],
)
def test_a_body_placed_in_a_town_is_the_body_not_the_town(text: str, name: str) -> None:
    assert holders(text) == [(name, "organization")]


def test_a_body_coreference_found_keeps_its_place_out_of_the_holder() -> None:
    text = "The CGT union called a strike. The union in Lyon backed the strike."
    assert [name for name, _ in holders(text)] == ["CGT union"]


@pytest.mark.parametrize(
    ("text", "party"),
    [
        ("A Labour MP said the vote was rigged.", "Labour"),
        ("A Conservative MP said the count was wrong.", "Conservative"),
        ("A Green councillor said the bins were late.", "Green"),
    ],
)
def test_an_unnamed_member_of_a_party_is_a_person_not_the_party(text: str, party: str) -> None:
    document = stancekit.annotate(text)
    entities = {entity.id: entity for entity in document.entities}
    (statement,) = document.statements
    speaker = entities[statement.speaker]
    assert speaker.type == "person"
    assert speaker.name != party
    assert entities[speaker.affiliation].name == party


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("The spokesman for Okafor said he was ill.", "Okafor"),
        ("Mr. King said the show was independent.", "King"),
    ],
)
def test_a_person_after_a_role_or_a_title_of_address_stays_the_person(text: str, name: str) -> None:
    assert speakers(text) == [(name, "person")]


def test_a_country_s_government_stays_the_country() -> None:
    assert speakers("The government of Peru said the mine would close.") == [("Peru", "country")]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Members of the governing coalition said the bill would pass.", "members of the governing coalition"),
        ("Some members of the union said the offer was poor.", "members of the union"),
        ("Members of the Green Party said the deal was a betrayal.", "members of the Green Party"),
        ("Leaders of the strike committee said the walkout would go on.", "leaders of the strike committee"),
    ],
)
def test_members_of_a_body_are_a_group_named_by_the_body(text: str, name: str) -> None:
    assert speakers(text) == [(name, "group")]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Officials in Beijing said the talks were near a deal.", "officials"),
        ("Members in Lyon said the strike was over.", "members"),
    ],
)
def test_people_placed_somewhere_keep_their_head_as_their_name(text: str, name: str) -> None:
    assert speakers(text) == [(name, "group")]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Unite said the offer was too low.", "Unite"),
        ("Members sang in unison. Unison said the pay award was an insult.", "Unison"),
        ("Greenpeace said the drilling licence was reckless.", "Greenpeace"),
        ("Meanwhile Oxfam said the aid cut would cost lives.", "Oxfam"),
        ("Save the Children said the camps were overcrowded.", "Save the Children"),
    ],
)
def test_well_known_campaign_groups_and_unions_are_organisations(text: str, name: str) -> None:
    assert speakers(text) == [(name, "organization")]


def test_a_union_named_by_a_common_verb_holds_a_stance_as_an_organisation() -> None:
    assert holders("The workers voted to unite. Unite backed the strike.") == [("Unite", "organization")]


def test_a_name_beginning_like_a_listed_body_stays_a_person() -> None:
    assert speakers("Uniteh Okafor said the vote was fair.") == [("Uniteh Okafor", "person")]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("A Labour MP criticised the plan. Labour said the budget was unfair.", "Labour"),
        ("Labour leader Keir Starmer attacked the plan. Labour said the budget was unfair.", "Labour"),
        ("Two Plaid councillors resigned on Monday. Plaid said the vote was rigged.", "Plaid"),
    ],
)
def test_a_word_the_text_writes_before_a_party_role_names_the_party(text: str, name: str) -> None:
    assert (name, "organization") in speakers(text)


@pytest.mark.parametrize(
    "text",
    [
        "A Clinton aide said the emails were fine. Clinton said the emails were fine.",
        "Trump supporters cheered. Trump said the crowd was huge.",
    ],
)
def test_a_person_s_name_before_a_personal_role_stays_a_person(text: str) -> None:
    assert all(kind != "organization" for _, kind in speakers(text))
    assert "person" in [kind for _, kind in speakers(text)]
