"""Quotations: marks of every kind, split and multi-paragraph quotes, nesting, unbalanced marks."""

from __future__ import annotations

import pytest

from stancekit.annotate import RuleAnnotator


@pytest.fixture(scope="module")
def annotator() -> RuleAnnotator:
    return RuleAnnotator()


def quoted(annotator: RuleAnnotator, text: str, depth: int = 0) -> list[list[str]]:
    draft = annotator.draft(text)
    return [[text[s:e] for s, e in quote.pieces] for quote in draft.quotes if quote.depth == depth]


def test_straight_curly_and_guillemet_marks(annotator: RuleAnnotator) -> None:
    text = 'He said "not serious" twice. “We are ready,” she said. «Ask me in Tashkent,» he said.'
    assert quoted(annotator, text) == [["not serious"], ["We are ready,"], ["Ask me in Tashkent,"]]


def test_a_quote_split_around_its_cue_is_two_quotes(annotator: RuleAnnotator) -> None:
    text = "“Every hour is lost,” Okafor said, “and the people pay.”"
    assert quoted(annotator, text) == [["Every hour is lost,"], ["and the people pay."]]


def test_a_quote_over_paragraphs_opens_again_and_closes_at_the_end(annotator: RuleAnnotator) -> None:
    text = "She recalled: “It works. I understood.\n\n“That is why we need it.” Then she left."
    draft = annotator.draft(text)
    (quote,) = [quote for quote in draft.quotes if quote.depth == 0]
    assert [text[s:e] for s, e in quote.pieces] == ["It works. I understood.", "That is why we need it."]
    assert quote.closed


def test_nested_single_quotes_inside_a_double_quote(annotator: RuleAnnotator) -> None:
    text = "“He looked at me and said, ‘Madam, it works.’ I understood. Don’t worry.”"
    assert quoted(annotator, text, depth=1) == [["Madam, it works."]]


def test_an_apostrophe_is_no_quote(annotator: RuleAnnotator) -> None:
    assert quoted(annotator, "Jones’ car and Beijing’s view. Don't.") == []


def test_an_unbalanced_mark_runs_to_the_end_of_its_paragraph(annotator: RuleAnnotator) -> None:
    text = "It said “the plan is over. Nothing more.\n\nNext paragraph."
    draft = annotator.draft(text)
    (quote,) = draft.quotes
    assert not quote.closed
    assert text[quote.pieces[0][0] : quote.pieces[-1][1]] == "the plan is over. Nothing more."


def test_thousands_of_marks_are_linear_and_valid(annotator: RuleAnnotator) -> None:
    text = ('" “ ” « » ’ ' * 3000) + 'He said "yes".'
    document = annotator.annotate(text)
    assert document.text == text
