"""Compass words inside longer proper names ("West African", "North American", "West Virginia") are no
mention of the West or of a country, and group names start at their first real word, never at a
conjunction or preposition before it."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from stancekit.annotate import RuleAnnotator
from stancekit.model import Document


@pytest.fixture(scope="module")
def annotator() -> RuleAnnotator:
    return RuleAnnotator()


def mentioned(document: Document) -> dict[str, str]:
    """Each mention's text -> the name of its entity."""
    names = {entity.id: entity.name for entity in document.entities}
    return {mention.span.text: names[mention.entity] for mention in document.mentions}


def names(document: Document) -> set[str]:
    return {entity.name for entity in document.entities}


@pytest.mark.parametrize(
    "text",
    [
        "West African foreign ministers met in Accra to prepare the summit.",
        "Residents of the West Bank said the checkpoint reopened at dawn.",
        "Western Sahara independence activists marched in Laayoune on Sunday.",
        "East Asian exporters said Western European demand had slowed.",
        "Coal miners in West Virginia said the plant closure would hurt them.",
    ],
)
def test_a_compass_word_inside_a_longer_name_is_no_mention_of_the_west(annotator, text):
    assert "the West" not in names(annotator.annotate(text))


@pytest.mark.parametrize(
    ("text", "absent"),
    [
        ("North American carmakers said the tariff would raise prices.", "United States"),
        ("Latin American finance ministers said the debt plan was fair.", "United States"),
        ("Ships crossed the South China Sea without incident, the navy said.", "China"),
        ("Northern Irish unionists said the border checks were unacceptable.", "Ireland"),
    ],
)
def test_a_demonym_after_a_compass_word_is_no_mention_of_its_country(annotator, text, absent):
    assert absent not in names(annotator.annotate(text))


def test_the_west_on_its_own_stays_the_west_beside_a_longer_name(annotator):
    text = "The West imposed sanctions, but West African mediators said talks would go on."
    document = annotator.annotate(text)
    west = [mention.span.start for mention in document.mentions if mention.span.text == "West"]
    assert west == [text.index("West")]


def test_a_title_case_headline_keeps_the_west_before_a_verb_only(annotator):
    text = "West Weighs Sanctions After West African Coup\n\nThe ministers met on Friday."
    document = annotator.annotate(text)
    west = [mention.span.start for mention in document.mentions if mention.span.text == "West"]
    assert west == [0]


@pytest.mark.parametrize(
    "text",
    [
        "Southeast Asian fishermen said the patrols had stopped.",
        "Sub-Saharan African leaders met in Addis Ababa on Thursday.",
    ],
)
def test_a_run_starting_with_a_compass_word_is_no_person(annotator, text):
    document = annotator.annotate(text)
    assert [entity.name for entity in document.entities if entity.type == "person"] == []


@pytest.mark.parametrize(
    ("text", "group"),
    [
        ("Farm unions backed the reform, whereas Nordic economists said it was too costly.", "Nordic economists"),
        ("The vote passed after Andean lawmakers said they would abstain.", "Andean lawmakers"),
        ("Turnout was high, although Baltic observers said queues were long.", "Baltic observers"),
        ("Prices rose as traders said supplies were short.", "traders"),
    ],
)
def test_a_group_name_starts_after_a_conjunction(annotator, text, group):
    groups = [entity.name for entity in annotator.annotate(text).entities if entity.type == "group"]
    assert group in groups
    assert [name for name in groups if name.endswith(group) and name != group] == []


@pytest.mark.parametrize(
    ("text", "group"),
    [
        ("Officials in Western Europe said the plan would work.", "officials in Western Europe"),
        ("Activists in Buenos Aires said the march would go ahead.", "activists in Buenos Aires"),
    ],
)
def test_a_group_named_after_a_place_takes_the_whole_place_name(annotator, text, group):
    assert group in names(annotator.annotate(text))


_SUBORDINATORS = ["while", "whereas", "although", "though", "after", "before", "as", "but", "and", "when", "since"]


@given(
    word=st.sampled_from(_SUBORDINATORS),
    region=st.sampled_from(["East Asian", "West African", "Nordic", "Gulf", "Andean"]),
    noun=st.sampled_from(["diplomats", "officials", "analysts", "envoys"]),
)
def test_no_group_name_starts_with_a_lower_case_function_word(annotator, word, region, noun):
    document = annotator.annotate(f"Ministers backed the plan on Monday, {word} {region} {noun} said it would fail.")
    groups = [entity.name for entity in document.entities if entity.type == "group"]
    assert f"{region} {noun}" in groups
    assert not [name for name in groups if name.split()[0] in _SUBORDINATORS]


@given(
    compass=st.sampled_from(["North", "South", "East", "West", "Central", "Southeast", "Latin"]),
    demonym=st.sampled_from(["American", "German", "Irish", "Ukrainian", "Chinese"]),
)
def test_a_compass_word_before_a_demonym_names_no_country(annotator, compass, demonym):
    document = annotator.annotate(f"{compass} {demonym} exporters said the tariff would hurt them.")
    assert [entity.name for entity in document.entities if entity.type == "country"] == []


def test_a_group_mention_takes_no_article_from_inside_the_word_before(annotator):
    text = "Nobody knows the river better than residents of the delta, the mayor said."
    document = annotator.annotate(text)
    spans = [mention.span.text for mention in document.mentions if mention.span.text.endswith("of the delta")]
    assert spans == ["residents of the delta"]


@pytest.mark.parametrize(
    ("text", "country"),
    [
        ("Far Eastern Russian officials said the port at Vladivostok would reopen.", "Russia"),
        ("Southern Italian farmers said the drought had ruined the harvest.", "Italy"),
        ("Northern Irish unionists said the border checks were unacceptable.", "Northern Ireland"),
    ],
)
def test_a_compass_adjective_before_a_demonym_keeps_a_part_of_its_country(annotator, text, country):
    assert country in names(annotator.annotate(text))
