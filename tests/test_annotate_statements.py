"""Statements: cues in every tense, sources before and after, quotes, according to, modes, provenance."""

from __future__ import annotations

import pytest

from stancekit.annotate import ANNOTATOR, RuleAnnotator
from stancekit.model import Document


@pytest.fixture(scope="module")
def annotator() -> RuleAnnotator:
    return RuleAnnotator()


def said(document: Document) -> list[tuple[str | None, str, str]]:
    """(speaker name, content, mode) of every statement."""
    names = {entity.id: entity.name for entity in document.entities}
    return [(names.get(s.speaker or ""), s.content.text, s.mode) for s in document.statements]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Chinese Foreign Ministry spokeswoman Mao Ning stated on Tuesday that China welcomes the talks.",
            ("Mao Ning", "China welcomes the talks", "indirect"),
        ),
        ("Putin has confirmed that Moscow is ready.", ("Putin", "Moscow is ready", "indirect")),
        ("Delgado will say that Iowa needs a senator.", ("Delgado", "Iowa needs a senator", "indirect")),
        ("Prices rose on strong demand, traders said.", ("traders", "Prices rose on strong demand", "indirect")),
        (
            "Känzig told reporters the next round would be in Tashkent.",
            ("Känzig", "the next round would be in Tashkent", "indirect"),
        ),
        (
            "The federation said in a statement that Delgado “has stood with working families.”",
            (None, "Delgado “has stood with working families.”", "mixed"),
        ),
        (
            "According to the Russian Agriculture Ministry, Moscow will send a delegation.",
            ("Russian Agriculture Ministry", "Moscow will send a delegation", "indirect"),
        ),
        (
            "Inventories fell to 98,000 tonnes, according to the London Metal Exchange.",
            ("London Metal Exchange", "Inventories fell to 98,000 tonnes", "indirect"),
        ),
        (
            "“Illegal fishing is a problem none of us can solve alone,” said Foreign Minister Park Ji-hoon, who "
            "presented the plan.",
            ("Park Ji-hoon", "Illegal fishing is a problem none of us can solve alone", "direct"),
        ),
        (
            "President Marina Coelho's spokesman said Brazil would push for a treaty.",
            ("Marina Coelho's spokesman", "Brazil would push for a treaty", "indirect"),
        ),
        (
            "Uzbekistan, the largest downstream user, stated that it could not accept new dams.",
            ("Uzbekistan", "it could not accept new dams", "indirect"),
        ),
        (
            "The World Health Organization appealed for funds on Tuesday, warning that vaccine stocks would run out.",
            ("World Health Organization", "vaccine stocks would run out", "indirect"),
        ),
    ],
)
def test_statement_patterns(annotator: RuleAnnotator, text: str, expected: tuple[str | None, str, str]) -> None:
    document = annotator.annotate(text)
    found = said(document)
    assert len(found) == 1, found
    speaker, content, mode = found[0]
    if expected[0] is not None:
        assert speaker == expected[0] or (speaker or "").endswith(expected[0])
    assert (content, mode) == expected[1:]


def test_split_quote_is_one_discontinuous_statement(annotator: RuleAnnotator) -> None:
    document = annotator.annotate("Amina Okafor visited. “Every hour is lost,” Okafor said, “and the people pay.”")
    (statement,) = document.statements
    assert statement.mode == "direct"
    assert [fragment.text for fragment in statement.content.fragments] == ["Every hour is lost", "and the people pay"]
    assert document.entity(statement.speaker or "").name == "Amina Okafor"


def test_a_following_quote_continues_a_quoted_statement(annotator: RuleAnnotator) -> None:
    document = annotator.annotate(
        "“The market was tight,” said Dr. Helen Marsh, head of research at Lydgate Capital. “It is tighter now.”"
    )
    (statement,) = document.statements
    assert statement.content.text == "The market was tight It is tighter now"
    assert statement.provenance is not None and "continuation" in (statement.provenance.note or "")


def test_a_quote_over_paragraphs_after_a_colon(annotator: RuleAnnotator) -> None:
    document = annotator.annotate(
        "Amina Okafor spoke. She recalled: “It works. I know it.\n\n“That is why we need it.”"
    )
    (statement,) = document.statements
    assert statement.mode == "direct"
    assert statement.content.text == "It works. I know it That is why we need it"
    assert document.entity(statement.speaker or "").name == "Amina Okafor"


def test_coordinated_cues_split_the_content(annotator: RuleAnnotator) -> None:
    document = annotator.annotate(
        "Speaking to reporters, Park emphasized that Seoul was willing to host the exercise and insisted the "
        "proposal was not aimed at any country."
    )
    assert [content for _, content, _ in said(document)] == [
        "Seoul was willing to host the exercise",
        "the proposal was not aimed at any country",
    ]
    assert len({statement.speaker for statement in document.statements}) == 1


def test_a_second_clause_with_its_own_source_ends_the_first_content(annotator: RuleAnnotator) -> None:
    document = annotator.annotate(
        "Yumi Arakawa said the ships “never left the zone,” and she called on Beijing to share data."
    )
    assert said(document)[0][1] == "the ships “never left the zone,”"  # the quotation closed, as the gold writes it


def test_parenthetical_cue_keeps_both_sides(annotator: RuleAnnotator) -> None:
    document = annotator.annotate("If Breck endorses her, analysts said, the race could tighten quickly.")
    (statement,) = document.statements
    assert statement.content.text == "If Breck endorses her the race could tighten quickly"


def test_sentences_without_reported_speech_have_no_statement(annotator: RuleAnnotator) -> None:
    document = annotator.annotate(
        "The bridge reopened on Saturday after a three-year restoration. A brass band played. "
        "The report said nothing new? The said document was lost."
    )
    assert [content for _, content, _ in said(document)] == []


def test_provenance_names_the_rule_and_the_annotator(annotator: RuleAnnotator) -> None:
    draft = annotator.draft("Putin confirmed that Moscow is ready. According to officials, talks resume.")
    rules = [statement.provenance.rule for statement in draft.statements if statement.provenance]
    assert rules == ["statement.cue.state", "statement.according_to"]
    assert all(statement.provenance and statement.provenance.annotator == ANNOTATOR for statement in draft.statements)
    for statement in draft.statements:
        assert draft.explanations[statement.id][0] == statement.provenance.rule  # type: ignore[union-attr]


def test_a_dateline_is_no_part_of_the_content(annotator: RuleAnnotator) -> None:
    document = annotator.annotate("NEW DELHI - India is preparing a complaint, according to two officials.")
    assert said(document)[0][1] == "India is preparing a complaint"


def test_acts_need_an_object_and_no_negation(annotator: RuleAnnotator) -> None:
    document = annotator.annotate(
        "Thailand did not endorse the moratorium. Bangladesh criticized the levy. Will Japan back the plan?"
    )
    assert [(speaker, content) for speaker, content, _ in said(document)] == [("Bangladesh", "the levy")]
