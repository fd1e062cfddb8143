"""Coreference: pronouns, surnames and role nouns become mentions of their entity."""

from __future__ import annotations

import pytest

from stancekit.annotate import RuleAnnotator
from stancekit.model import Document


@pytest.fixture(scope="module")
def annotator() -> RuleAnnotator:
    return RuleAnnotator()


def entity_at(document: Document, text: str, occurrence: int = 0) -> str:
    start = -1
    for _ in range(occurrence + 1):
        start = document.text.index(text, start + 1)
    for mention in document.mentions:
        if mention.span.start == start and mention.span.text == text:
            return document.entity(mention.entity).name
    raise AssertionError(f"no mention at {text!r}")


def test_surnames_and_pronouns(annotator: RuleAnnotator) -> None:
    document = annotator.annotate(
        "Chinese Foreign Ministry spokeswoman Mao Ning spoke on Tuesday. She said talks were useful. "
        "Later, Mao repeated it. Russian President Vladimir Putin agreed. He said so too."
    )
    assert entity_at(document, "She") == "Mao Ning"
    assert entity_at(document, "Mao", 1) == "Mao Ning"
    assert entity_at(document, "He") == "Vladimir Putin"


def test_he_and_she_respect_gender_from_titles(annotator: RuleAnnotator) -> None:
    document = annotator.annotate("Spokeswoman Ana Ruiz met spokesman Wang Lei. She said the plan was fine.")
    assert entity_at(document, "She") == "Ana Ruiz"


def test_role_nouns(annotator: RuleAnnotator) -> None:
    document = annotator.annotate(
        "The World Health Organization appealed for funds. The agency said cases rose. "
        "The European Union met on Monday. The bloc said it would act. "
        "The Ministry for Energy Transition held an auction. The ministry said it went well."
    )
    assert entity_at(document, "The agency") == "World Health Organization"
    assert entity_at(document, "The bloc") == "European Union"
    assert entity_at(document, "The ministry") == "Ministry for Energy Transition"


def test_it_prefers_the_subject_over_a_nearer_mention(annotator: RuleAnnotator) -> None:
    document = annotator.annotate(
        "The World Health Organization said cases were reported in Kenya and Uganda. "
        "Heavy rains drove the spread, it said."
    )
    assert entity_at(document, "it") == "World Health Organization"


def test_pronouns_inside_quotes_are_left_alone(annotator: RuleAnnotator) -> None:
    document = annotator.annotate("Putin spoke. “He is wrong,” Trump said.")
    assert not [mention for mention in document.mentions if mention.span.text == "He"]
