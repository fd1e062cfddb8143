"""Entities and mentions: the gazetteer, people with titles and roles, organisations, government bodies, groups."""

from __future__ import annotations

import pytest

from stancekit.annotate import RuleAnnotator
from stancekit.model import Document, Entity


@pytest.fixture(scope="module")
def annotator() -> RuleAnnotator:
    return RuleAnnotator()


def by_name(document: Document, name: str) -> Entity:
    matches = [entity for entity in document.entities if entity.name == name]
    assert matches, f"no entity {name!r} in {[entity.name for entity in document.entities]}"
    return matches[0]


def surfaces(document: Document, entity: Entity) -> set[str]:
    return {mention.span.text for mention in document.mentions if mention.entity == entity.id}


@pytest.mark.parametrize(
    ("alias", "name", "kb_id"),
    [
        ("Beijing", "China", "CHN"),
        ("Chinese", "China", "CHN"),
        ("the Kremlin", "Russia", "RUS"),
        ("Moscow", "Russia", "RUS"),
        ("Kyiv", "Ukraine", "UKR"),
        ("Kiev", "Ukraine", "UKR"),
        ("the White House", "United States", "USA"),
        ("Washington", "United States", "USA"),
        ("Brussels", "European Union", "org:EU"),
        ("Downing Street", "United Kingdom", "GBR"),
        ("NATO", "NATO", "org:NATO"),
    ],
)
def test_gazetteer_aliases_name_their_entity(annotator: RuleAnnotator, alias: str, name: str, kb_id: str) -> None:
    document = annotator.annotate(f"Officials in {alias} reacted on Monday.")
    entity = by_name(document, name)
    assert entity.kb_id == kb_id
    assert alias.removeprefix("the ") in " ".join(surfaces(document, entity))


def test_a_person_with_role_affiliation_and_country(annotator: RuleAnnotator) -> None:
    document = annotator.annotate("Chinese Foreign Ministry spokeswoman Mao Ning spoke on Tuesday.")
    person = by_name(document, "Mao Ning")
    assert (person.type, person.role, person.country) == ("person", "spokeswoman", "CHN")
    ministry = document.entity(person.affiliation or "")
    assert ministry.name == "Chinese Foreign Ministry"
    assert ministry.type in ("government", "organization") and ministry.country == "CHN"
    assert document.entity(ministry.affiliation or "").name == "China"


def test_titles_before_names(annotator: RuleAnnotator) -> None:
    document = annotator.annotate(
        "U.S. President Donald Trump met Russian President Vladimir Putin. "
        "Retired Gen. Lee Sang-woo and Deputy Mayor Katalin Szabó attended."
    )
    trump, putin = by_name(document, "Donald Trump"), by_name(document, "Vladimir Putin")
    assert (trump.role, trump.country) == ("president", "USA")
    assert (putin.role, putin.country) == ("president", "RUS")
    assert by_name(document, "Lee Sang-woo").type == "person"
    assert by_name(document, "Katalin Szabó").role is not None


def test_an_apposition_gives_a_role_and_an_affiliation(annotator: RuleAnnotator) -> None:
    document = annotator.annotate(
        "The Ministry of Commerce issued rules. Wang Lei, a spokesman for the ministry, declined to comment."
    )
    wang = by_name(document, "Wang Lei")
    assert wang.role == "spokesman"
    assert document.entity(wang.affiliation or "").name == "Ministry of Commerce"


def test_organisations_and_government_bodies_by_head_word(annotator: RuleAnnotator) -> None:
    document = annotator.annotate(
        "The Iowa Federation of Labor met the London Metal Exchange. Kenya's health ministry and the "
        "Russian Agriculture Ministry replied."
    )
    assert by_name(document, "Iowa Federation of Labor").type == "organization"
    assert by_name(document, "London Metal Exchange").type == "organization"
    assert "United Kingdom" not in {entity.name for entity in document.entities}  # London is part of a name
    kenya_ministry = by_name(document, "Kenya's health ministry")
    assert (kenya_ministry.type, kenya_ministry.country) == ("government", "KEN")
    russian = by_name(document, "Russian Agriculture Ministry")
    assert (russian.type, russian.country) == ("government", "RUS")


def test_possessive_roles_and_unnamed_people(annotator: RuleAnnotator) -> None:
    document = annotator.annotate("Uruguay’s president spoke. A State Department spokesman said nothing.")
    president = by_name(document, "Uruguay’s president")
    assert (president.type, president.role, president.country) == ("person", "president", "URY")
    spokesman = by_name(document, "State Department spokesman")
    assert spokesman.type == "person" and spokesman.role == "spokesman"


def test_unnamed_sources_are_groups(annotator: RuleAnnotator) -> None:
    document = annotator.annotate("Two officials familiar with the talks said it would pass. Diplomats agreed.")
    group = by_name(document, "officials familiar with the talks")
    assert group.type == "group"
    assert "Two officials familiar with the talks" in surfaces(document, group)
    assert by_name(document, "diplomats").type == "group"


def test_kb_ids_are_stable_across_documents(annotator: RuleAnnotator) -> None:
    first = annotator.annotate("Beijing protested.")
    second = annotator.annotate("China and the Kremlin protested.")
    assert by_name(first, "China").kb_id == by_name(second, "China").kb_id == "CHN"
