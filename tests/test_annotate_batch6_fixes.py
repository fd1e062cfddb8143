"""Entities, coreference and statements after the sixth held-out batch, each pinned with sentences of its own.

- a body named by common words and a country ("Cricket Australia") is one organisation;
- an unknown subject called "it" after a phrase of time or medium ("said in a statement that it") is a body,
  and the "it" is left to it, not given to an earlier entity;
- "accuse X of Y" is a stance, not a statement;
- "a person familiar with the matter" is an unnamed group speaker;
- a body's document ("the company's annual report") speaks for the body;
- "The chief executive of X" speaks for X, and ", after the bank was fined ..." is the narrator's;
- "said no decision had been made" reports a clause;
- "She added ..." right after "..., a spokeswoman said." is the spokeswoman.
"""

from __future__ import annotations

import pytest

import stancekit
from stancekit.model import Document


def entity_types(document: Document) -> list[tuple[str, str]]:
    return [(entity.name, entity.type) for entity in document.entities]


def statements(document: Document) -> list[tuple[str | None, str]]:
    """(speaker name, content) of every statement."""
    names = {entity.id: entity.name for entity in document.entities}
    return [(names.get(statement.speaker or ""), statement.content.text) for statement in document.statements]


# -- 1. an organisation named by common words and a country -------------------------------------


@pytest.mark.parametrize(
    ("text", "name", "country"),
    [
        ("Cricket Australia said the tour would go ahead.", "Cricket Australia", "AUS"),
        ("Tennis Australia, which runs the tournament, said it was pleased.", "Tennis Australia", "AUS"),
        ("Universities UK said tuition fees must rise.", "Universities UK", "GBR"),
        ("Save the Children UK said aid was blocked at the border.", "Save the Children UK", "GBR"),
        ("Hockey Canada, a national body, opposed the levy.", "Hockey Canada", "CAN"),
    ],
)
def test_common_words_before_a_country_name_a_body(text: str, name: str, country: str) -> None:
    document = stancekit.annotate(text)
    assert [(entity.name, entity.type, entity.country) for entity in document.entities][:1] == [
        (name, "organization", country)
    ]
    assert all(entity.type != "country" for entity in document.entities)


def test_transparency_international_ukraine_stays_one_organisation() -> None:
    document = stancekit.annotate("Transparency International Ukraine said the law was weak.")
    assert entity_types(document) == [("Transparency International Ukraine", "organization")]


@pytest.mark.parametrize(
    ("text", "country"),
    [
        ("Western Ukraine was quiet on Sunday, officials said.", "Ukraine"),
        ("South Africa said it would sue.", "South Africa"),
        ("North Korea said it would test again.", "North Korea"),
        ("Officials in the Republic of Ireland said no deal was near.", "Ireland"),
        ("Papua New Guinea said it would sign.", "Papua New Guinea"),
        ("The Foreign Minister of Australia said the talks were useful.", "Australia"),
        ("Prime Minister Anthony Albanese of Australia said the talks were useful.", "Australia"),
        ("Mainland China said exports rose.", "China"),
        ("Nazi Germany invaded Poland in 1939.", "Germany"),
        ("Following Australia's lead, Japan banned the drug.", "Australia"),
        ("The minister told Bloomberg Australia would sign the deal.", "Australia"),
        ("Top US diplomats met on Sunday.", "United States"),
    ],
)
def test_places_titles_and_regimes_before_a_country_leave_the_country(text: str, country: str) -> None:
    document = stancekit.annotate(text)
    assert (country, "country") in entity_types(document)
    assert not any(entity.type == "organization" and entity.name.endswith(country) for entity in document.entities)


def test_a_title_case_headline_is_no_body_name() -> None:
    document = stancekit.annotate("Floods Hit Australia\n\nHeavy rain fell on Monday.")
    assert ("Australia", "country") in entity_types(document)


def test_table_columns_are_no_body_name() -> None:
    document = stancekit.annotate("Exporter\tAustralia\nImporter\tJapan\n")
    assert not any(entity.type == "organization" for entity in document.entities)


def test_a_plural_possessive_ends_a_company_name() -> None:
    """ "Tessaro Holdings' filing": the company, not a person called "Tessaro Holdings'"."""
    document = stancekit.annotate("Tessaro Holdings cut jobs. Tessaro Holdings' filing shows a loss.")
    assert entity_types(document) == [("Tessaro Holdings", "organization")]


# -- 2. an unknown subject called "it" after a phrase of time or medium --------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Acme Holdings cut jobs. After the vote, Brenmoor said in a statement that it strongly opposes the plan.",
        "Acme Holdings cut jobs. Brenmoor said on Monday that it opposes the merger.",
        "Acme Holdings cut jobs. Brenmoor, the industry regulator, said in written evidence that it supports a ban.",
        "Acme Holdings cut jobs. After the vote, Kato Nokyo said in a statement that it strongly opposes the plan.",
    ],
)
def test_an_unknown_subject_called_it_is_a_body_and_holds_the_stance(text: str) -> None:
    document = stancekit.annotate(text)
    speaker = document.statements[-1].speaker
    entity = next(entity for entity in document.entities if entity.id == speaker)
    assert entity.type == "organization"
    assert entity.name in ("Brenmoor", "Kato Nokyo")
    acme = next(entity.id for entity in document.entities if entity.name == "Acme Holdings")
    it_start = text.index(" it ") + 1
    assert not any(mention.entity == acme and mention.span.start == it_start for mention in document.mentions)
    assert [stance.holder for stance in document.stances] == [speaker]


def test_a_body_described_before_its_name_keeps_it() -> None:
    """The "it" after "X said in a statement that" goes to X even when X was read before."""
    text = (
        "The ministry sold more grain. Grain lobby Kato Nokyo criticized the sale. "
        "After the meeting, Kato Nokyo said in a statement that it opposes any further sales."
    )
    document = stancekit.annotate(text)
    holders = {entity.id: entity.name for entity in document.entities}
    assert [holders[stance.holder] for stance in document.stances if stance.cue.text == "opposes"] == ["Kato Nokyo"]


@pytest.mark.parametrize(
    "text",
    [
        "Jane Okafor said it would be wrong to appeal.",
        "Okonjo said on Monday that it was necessary to pay the fine.",
        "Jane Okafor said on Monday that it would appeal.",
    ],
)
def test_a_person_saying_it_stays_a_person(text: str) -> None:
    document = stancekit.annotate(text)
    assert [entity.type for entity in document.entities] == ["person"]


# -- 3. accusations are stances, not statements -----------------------------------------------------


def test_accuse_x_of_y_is_no_statement() -> None:
    document = stancekit.annotate("Marta Lind accused the airline of hiding losses.")
    assert statements(document) == []
    assert [(stance.polarity, stance.target.text) for stance in document.stances] == [("oppose", "the airline")]


@pytest.mark.parametrize(
    ("text", "holder", "target"),
    [
        ("Keller on Monday accused the mayor of hiding the audit.", "Keller", "the mayor"),
        ("Okafor has accused the regulator of ignoring the warnings.", "Okafor", "the regulator"),
    ],
)
def test_an_accuser_named_once_by_surname_holds_the_stance(text: str, holder: str, target: str) -> None:
    # Reading the accusation's source names the accuser, as a speaker's source would, though no
    # statement is made: the stance stage needs that holder.
    document = stancekit.annotate(text)
    assert statements(document) == []
    names = {entity.id: entity.name for entity in document.entities}
    assert [(names.get(stance.holder or ""), stance.polarity, stance.target.text) for stance in document.stances] == [
        (holder, "oppose", target)
    ]


def test_accuse_after_a_report_ends_the_report() -> None:
    text = "The pilots' union said the merger would cost jobs and accused the airline of ignoring its members."
    document = stancekit.annotate(text)
    assert [content for _, content in statements(document)] == ["the merger would cost jobs"]


# -- 4. a person familiar with the matter ----------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("A person familiar with the matter said the board had approved the deal.", "person familiar with the matter"),
        ("A person briefed on the plan said it would cost more.", "person briefed on the plan"),
        ("The board had approved the deal, a person familiar with the matter said.", "person familiar with the matter"),
        ("A source close to the talks said a deal was close.", "source close to the talks"),
        ("People familiar with the talks said a deal was close.", "People familiar with the talks"),
    ],
)
def test_an_unnamed_person_familiar_with_something_is_a_group_speaker(text: str, speaker: str) -> None:
    document = stancekit.annotate(text)
    assert [name for name, _ in statements(document)] == [speaker]
    assert [entity.type for entity in document.entities] == ["group"]


# -- 5. a body's document speaks for the body --------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("Acme Holdings cut jobs. Pay rose 9 percent, according to the company's annual report.", "Acme Holdings"),
        (
            "Ghana's trade ministry met. Exports fell 3 percent, according to the ministry's website.",
            "Ghana's trade ministry",
        ),
        ("Tessaro Holdings paid more, according to Tessaro Holdings' filing.", "Tessaro Holdings"),
        ("Anna Berg wrote the study. Sales rose, according to Berg's report.", "Anna Berg"),
    ],
)
def test_a_document_of_an_entity_speaks_for_it(text: str, speaker: str) -> None:
    document = stancekit.annotate(text)
    assert statements(document)[-1][0] == speaker


def test_a_document_without_an_owner_is_still_its_own_source() -> None:
    document = stancekit.annotate("Sales rose, according to a report by Human Rights Watch.")
    assert statements(document) == [("Human Rights Watch", "Sales rose")]


# -- 6. the chief executive of a body; a narrator's clause after the report --------------------------


def test_the_chief_executive_of_a_body_speaks_for_it() -> None:
    text = "The chief executive of Acme Holdings told shareholders that she would give up her pay rise."
    assert statements(stancekit.annotate(text)) == [("Acme Holdings", "she would give up her pay rise")]


def test_executives_at_a_body_stay_a_group() -> None:
    document = stancekit.annotate("Executives at Acme Holdings said the plan was wrong.")
    assert statements(document) == [("executives", "the plan was wrong")]


def test_a_utility_named_water_is_a_company() -> None:
    document = stancekit.annotate("Thames Water said it was sorry.")
    assert entity_types(document) == [("Thames Water", "organization")]


@pytest.mark.parametrize(
    ("text", "content"),
    [
        (
            "Anna Berg said she would step down, after the bank was fined for fraud.",
            "she would step down",
        ),
        ("Anna Berg said the firm would close, after the plant had lost money.", "the firm would close"),
        ("Anna Berg said the firm would close, after they were fined.", "the firm would close"),
        ("Anna Berg said prices would rise, after a long decline.", "prices would rise, after a long decline"),
        ("Anna Berg said talks would resume after the holiday.", "talks would resume after the holiday"),
    ],
)
def test_a_clause_after_the_report_with_its_own_subject_is_the_narrators(text: str, content: str) -> None:
    assert [found for _, found in statements(stancekit.annotate(text))] == [content]


# -- "said no ..." --------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "content"),
    [
        ("David Schulz said no decision had been made about an appeal.", "no decision had been made about an appeal"),
        ("David Schulz said no one was hurt.", "no one was hurt"),
    ],
)
def test_said_no_and_a_clause_reports_the_clause(text: str, content: str) -> None:
    assert [found for _, found in statements(stancekit.annotate(text))] == [content]


@pytest.mark.parametrize("text", ["David Schulz said no.", "David Schulz said no to the plan."])
def test_said_no_alone_reports_nothing(text: str) -> None:
    assert statements(stancekit.annotate(text)) == []


# -- 7. "She added" right after "..., a spokeswoman said." ---------------------------------------------


def test_she_after_a_spokeswoman_is_the_spokeswoman() -> None:
    text = (
        "Britain's ambassador was summoned. "
        '"The waters are ours," a spokeswoman said. She added that the two boats had been freed.'
    )
    found = statements(stancekit.annotate(text))
    assert found == [("spokeswoman", "The waters are ours"), ("spokeswoman", "the two boats had been freed")]


def test_she_after_a_spokesman_is_not_the_spokesman() -> None:
    text = "The minister met Anna Berg. A spokesman said the talks failed. She added that the talks would resume."
    assert statements(stancekit.annotate(text))[-1] == ("Anna Berg", "the talks would resume")
