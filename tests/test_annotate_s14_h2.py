"""Entities and coreference, fourteenth session: descriptions of firms, shares, parties, titles as surnames."""

import attrs
import pytest

import stancekit
from stancekit.annotate import RuleAnnotator
from stancekit.annotate.draft import Draft
from stancekit.annotate.entities import body_evidence, ensure_org


def speakers(text: str) -> list[tuple[str, str]]:
    """(name, type) of each statement's speaker, in order."""
    document = stancekit.annotate(text)
    entities = {entity.id: entity for entity in document.entities}
    return [
        (entities[statement.speaker].name, entities[statement.speaker].type)
        for statement in document.statements
        if statement.speaker in entities
    ]


@pytest.mark.parametrize(
    ("text", "firm"),
    [
        (
            "Regulators fined Kestrel Biologics on Monday. The Indian manufacturer said it would appeal.",
            "Kestrel Biologics",
        ),
        (
            "Tax officials raided Volkner Motoren AG in March. The German carmaker said it had done nothing wrong.",
            "Volkner Motoren AG",
        ),
        ("Petrolux Energy lost the tender, and the Brazilian firm said it would sue.", "Petrolux Energy"),
        ("Ana Ruiz met the board of Halvard Pharma. The Swiss drugmaker said talks had gone well.", "Halvard Pharma"),
        ("Regulators fined Kestrel Biologics on Monday. The manufacturer said it would appeal.", "Kestrel Biologics"),
        ("Unions picketed Tessaro Chips Ltd all week. The chipmaker said output was unaffected.", "Tessaro Chips Ltd"),
    ],
)
def test_a_firm_described_by_its_trade_is_the_firm_named_before(text: str, firm: str) -> None:
    assert speakers(text) == [(firm, "organization")]


@pytest.mark.parametrize(
    "text",
    [
        # Another kind of body named last: the description is of no firm the text named.
        "The Transport Workers Union met on Monday. The American company said talks went well.",
        "Regulators fined Kestrel Biologics on Monday. The Indian regulator said it would appeal.",
    ],
)
def test_a_trade_description_after_no_firm_is_a_body_of_its_own(text: str) -> None:
    names = [name for name, _ in speakers(text)]
    assert names and names[0] not in ("Transport Workers Union", "Kestrel Biologics")


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Shares in Harwick rose 5% after the deal. Harwick said profits had doubled.", "Harwick"),
        ("Shares of Harwick slid on Monday. Harwick said the fall was temporary.", "Harwick"),
        ("Stock in Orlend fell sharply. Orlend said sales were weak.", "Orlend"),
        ("Investors sold shares in Harwick on Monday. Harwick said profits had doubled.", "Harwick"),
    ],
)
def test_a_name_whose_shares_the_text_trades_is_a_company(text: str, name: str) -> None:
    document = stancekit.annotate(text)
    assert [(entity.name, entity.type) for entity in document.entities if entity.name == name] == [
        (name, "organization")
    ]


def entities(text: str) -> list[tuple[str, str]]:
    """(name, type) of each entity of the text."""
    return [(entity.name, entity.type) for entity in stancekit.annotate(text).entities]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("The data protection authority ordered the firm to stop.", "data protection authority"),
        ("The housing minister's office denied the report.", "housing minister's office"),
        ("The federal public defender's office said the detention was illegal.", "federal public defender's office"),
        (
            "The ministry of development, industry and trade said exports rose.",
            "ministry of development, industry and trade",
        ),
        ("The national statistics office said inflation rose.", "national statistics office"),
        ("Critics said the attorney general's office had stalled the case.", "attorney general's office"),
        ("The regional water board warned that the reservoirs were low.", "regional water board"),
    ],
)
def test_a_public_office_named_in_lower_case_is_one_organisation(text: str, name: str) -> None:
    assert (name, "organization") in entities(text)


@pytest.mark.parametrize(
    "text",
    [
        "Tickets sold well at the box office, the studio said.",
        "The tax office building was closed on Monday.",
        "The family's office was closed on Monday.",
        "Officials said the same authority had failed before.",
    ],
)
def test_words_before_an_office_noun_that_name_no_office_make_no_body(text: str) -> None:
    assert not [name for name, _ in entities(text) if name.endswith(("office", "authority"))]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "The Dutch Data Protection Authority fined the firm. The data protection authority said it broke the law.",
            "Dutch Data Protection Authority",
        ),
        ("The Ministry of Health published data. The health ministry said cases rose.", "Ministry of Health"),
    ],
)
def test_an_office_in_lower_case_is_the_body_named_before_with_its_words(text: str, name: str) -> None:
    assert [speaker for speaker, _ in speakers(text)] == [name]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # A business of any trade is "the company"; a public body is not.
        ("The regulator fined the short-video app Vibely. In a statement, the company said it would appeal.", "Vibely"),
        ("The data protection authority fined the ride-hailing platform Zuma. The firm said it would appeal.", "Zuma"),
    ],
)
def test_the_company_is_a_business_of_any_trade_and_no_public_body(text: str, speaker: str) -> None:
    assert [name for name, _ in speakers(text)] == [speaker]


@pytest.mark.parametrize(
    ("text", "name", "kind"),
    [
        ("The Nepali Congress said it would leave the coalition.", "Nepali Congress", "organization"),
        ("Leaders of the Indian Congress said the bill was unfair.", "Indian Congress", "organization"),
        ("The Congress Party said it would vote against the bill.", "Congress Party", "organization"),
        ("The Indian National Congress said the bill was unfair.", "Indian National Congress", "organization"),
        ("The African National Congress said it opposed the plan.", "African National Congress", "organization"),
        # Where the legislature is a Congress, the demonym and "Congress" name it.
        ("The Colombian Congress said the bill would pass.", "Colombian Congress", "government"),
        ("The Spanish Congress said the bill would pass.", "Spanish Congress", "government"),
        ("The US Congress said the bill would pass.", "US Congress", "government"),
    ],
)
def test_a_congress_is_a_legislature_only_where_a_country_has_one(text: str, name: str, kind: str) -> None:
    assert (name, kind) in entities(text)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Senator Peter King said the plan was flawed. King added that it was rushed.", "Peter King"),
        ("Mayor Sarah Judge said the budget was balanced.", "Sarah Judge"),
        ("Dr Martin Bishop told reporters the vaccine was safe.", "Martin Bishop"),
        ("Councillor Tom Mayor said the road would reopen.", "Tom Mayor"),
        ("Professor Anna Pope warned that the data were thin.", "Anna Pope"),
        ("Republican Peter King from New York blamed the NRA for the delay.", "Peter King"),
    ],
)
def test_a_title_after_a_given_name_is_the_surname(text: str, name: str) -> None:
    people = [entity_name for entity_name, kind in entities(text) if kind == "person"]
    assert people == [name]


def test_a_title_before_the_next_name_stays_a_title() -> None:
    """ "Minister Anna Berg, Chancellor Olaf Scholz and King Charles": three people, no "Berg Chancellor"."""
    people = [name for name, kind in entities("Minister Anna Berg, Chancellor Olaf Scholz and King Charles met.")]
    assert "Anna Berg" in people and "Olaf Scholz" in people


def _entity_draft(text: str) -> Draft:
    """The draft of ``text`` after the entity stage."""
    stages = ["stancekit.annotate.sentences", "stancekit.annotate.quotes", "stancekit.annotate.entities"]
    return RuleAnnotator(stages=stages).draft(text)


_ITS_TEXT = "Jane Okafor praised Vantor on Monday. Its chief executive resigned."


def test_body_evidence_is_read_again_after_an_entity_is_retyped() -> None:
    """The "its" owner cache: a person retyped as a body leaves "its" to no name, the mention count unchanged."""
    draft = _entity_draft(_ITS_TEXT)
    assert body_evidence(draft, "Vantor")
    okafor = next(entity for entity in draft.entities.values() if entity.name == "Jane Okafor")
    count = len(draft.mentions)
    draft.replace_entity(attrs.evolve(okafor, type="organization"))
    assert len(draft.mentions) == count
    assert not body_evidence(draft, "Vantor")


def test_body_evidence_is_read_again_after_a_mention_is_swapped() -> None:
    """A mention removed and another added (the same count) is a change the cache sees."""
    draft = _entity_draft(_ITS_TEXT)
    assert body_evidence(draft, "Vantor")
    count = len(draft.mentions)
    body = ensure_org(draft, "Monday Group", rule="test")
    draft.remove_mentions(draft.mentions[:1])
    start = _ITS_TEXT.index("Monday")
    draft.add_mention(body, start, start + len("Monday"), "test")
    assert len(draft.mentions) == count
    assert not body_evidence(draft, "Vantor")


def test_body_evidence_of_one_document_is_not_another_s() -> None:
    """Two documents with as many mentions: each answers from its own text."""
    first = _entity_draft(_ITS_TEXT)
    second = _entity_draft("Jane Okafor praised Vantor on Monday. The chief executive resigned.")
    assert len(first.mentions) == len(second.mentions)
    assert body_evidence(first, "Vantor")
    assert not body_evidence(second, "Vantor")


@pytest.mark.parametrize(
    ("text", "city", "country"),
    [
        ("The city of Kyiv said three people were hurt.", "Kyiv", "UKR"),
        ("Kyiv was shelled overnight. The city of Kyiv said three people were hurt.", "Kyiv", "UKR"),
        ("The town of Dunmore said it would sue the state.", "Dunmore", None),
        ("Officials said the city of Austin had broken no law.", "Austin", None),
    ],
)
def test_the_city_of_a_place_that_acts_is_its_own_government(text: str, city: str, country: str | None) -> None:
    document = stancekit.annotate(text)
    cities = [entity for entity in document.entities if entity.name == city]
    assert [(entity.type, entity.country) for entity in cities] == [("government", country)]
    # The city's words are the city's, not the country's a capital stands for elsewhere.
    inside = [mention for mention in document.mentions if mention.span.text == city]
    assert all(document.entity(mention.entity).type == "country" for mention in inside)
    assert not any(
        mention.span.text.endswith(f"of {city}") and mention.entity != cities[0].id for mention in document.mentions
    )


@pytest.mark.parametrize(
    "text",
    [
        "Fighting raged in the city of Kharkiv on Monday, officials said.",
        "Fishermen in the border village of Quionga said they had been turned away.",
        "A ship struck a shoal near the fishing village of Ljugarn. Two of its tanks were breached.",
    ],
)
def test_the_city_of_a_place_described_or_after_a_preposition_is_a_place(text: str) -> None:
    assert not [entity for entity in stancekit.annotate(text).entities if entity.type == "government"]


@pytest.mark.parametrize(
    ("text", "body"),
    [
        ("The plan was criticised by the Auckland branch of the Property Council.", "Property Council"),
        ("The levy was opposed by the Wellington chapter of the Taxpayers' Union.", "Taxpayers' Union"),
        ("The bill was rejected by the Texas chapter of the Sierra Club.", "Sierra Club"),
        ("The proposal was welcomed by the Otago branch of Federated Farmers.", "Federated Farmers"),
    ],
)
def test_a_branch_named_by_a_place_is_the_body_and_no_place(text: str, body: str) -> None:
    assert entities(text) == [(body, "organization")]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Federated Farmers said the levy was unfair.", "Federated Farmers"),
        ("A campaign by Millbrook Families forced the vote.", "Millbrook Families"),
    ],
)
def test_a_name_ending_in_the_people_it_is_of_is_one_body(text: str, name: str) -> None:
    assert [entry for entry in entities(text) if entry[0] == name] == [(name, "organization")]


@pytest.mark.parametrize(
    "text",
    [
        "The ministry of agriculture, fisheries and food said the ban would stay.",
        "The ban would stay, the ministry of agriculture, fisheries and food said.",
    ],
)
def test_a_body_whose_name_lists_its_fields_speaks_as_one(text: str) -> None:
    assert speakers(text) == [("ministry of agriculture, fisheries and food", "organization")]


def test_an_office_placed_at_a_place_is_left_to_the_speaker_s_reading() -> None:
    """ "The transport ministry in Lima said": the ministry speaks, with Peru's country, not Peru."""
    assert speakers("The transport ministry in Lima said the road would reopen.") == [
        ("transport ministry", "government")
    ]


@pytest.mark.parametrize(
    ("text", "firm"),
    [
        ("Unions met Acme Corp. The company said talks went well.", "Acme Corp."),
        ("Regulators fined Halden Inc. The firm said it would appeal.", "Halden Inc."),
    ],
)
def test_a_company_suffix_ending_a_sentence_ends_the_name(text: str, firm: str) -> None:
    """ "Acme Corp. The company said": the name stops at the abbreviation; "The company" is the firm."""
    assert speakers(text) == [(firm, "organization")]


@pytest.mark.parametrize(
    "text",
    [
        "After the vote failed, the party went back to the drawing board.",
        "The players left the chess board and the diving board, the club said.",
        "Acme fixed the circuit board. The company said sales rose.",
    ],
)
def test_a_board_that_is_a_thing_is_no_body(text: str) -> None:
    """ "board" is a thing as often as a body: a lower-case "X board" is no organisation of its own making."""
    assert not [name for name, _ in entities(text) if name.endswith("board")]
