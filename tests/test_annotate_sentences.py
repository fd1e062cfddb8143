"""Sentences and paragraphs: abbreviations, initials, quotes, headlines."""

from __future__ import annotations

import pytest

from stancekit.annotate import RuleAnnotator


@pytest.fixture(scope="module")
def annotator() -> RuleAnnotator:
    return RuleAnnotator()


def sentences(annotator: RuleAnnotator, text: str) -> list[str]:
    draft = annotator.draft(text)
    return [text[start:end] for start, end in draft.sentences]


def test_abbreviations_and_initials_do_not_end_sentences(annotator: RuleAnnotator) -> None:
    text = (
        "Workers walked out on Sept. 3. The U.S. Senate heard Dr. Helen Marsh and J. R. Whitfield. "
        "A No. 17 tram led the way."
    )
    assert sentences(annotator, text) == [
        "Workers walked out on Sept. 3.",
        "The U.S. Senate heard Dr. Helen Marsh and J. R. Whitfield.",
        "A No. 17 tram led the way.",
    ]


def test_final_abbreviation_ends_a_sentence_before_a_sentence_starter(annotator: RuleAnnotator) -> None:
    assert sentences(annotator, "The talks were held in the U.S. The next round is in May.") == [
        "The talks were held in the U.S.",
        "The next round is in May.",
    ]


def test_closing_quote_stays_with_its_sentence(annotator: RuleAnnotator) -> None:
    text = '“The market was tight.” She agreed. "Stop!" he said. Really? Yes.'
    assert sentences(annotator, text) == [
        "“The market was tight.”",
        "She agreed.",
        '"Stop!" he said.',
        "Really?",
        "Yes.",
    ]


def test_paragraphs_by_blank_lines_or_by_lines(annotator: RuleAnnotator) -> None:
    blank = "Headline here\n\nFirst paragraph. Still first.\n\nSecond one."
    draft = annotator.draft(blank)
    assert [blank[s:e] for s, e in draft.paragraphs] == [
        "Headline here",
        "First paragraph. Still first.",
        "Second one.",
    ]
    lines = "Headline\nOne line. Two.\nThree."
    draft = annotator.draft(lines)
    assert [lines[s:e] for s, e in draft.paragraphs] == ["Headline", "One line. Two.", "Three."]


def test_a_heading_line_inside_a_block_is_its_own_sentence(annotator: RuleAnnotator) -> None:
    text = "Text before.\n\nAbout the Ministry for Energy Transition\nThe Ministry is responsible for energy."
    assert sentences(annotator, text)[-2:] == [
        "About the Ministry for Energy Transition",
        "The Ministry is responsible for energy.",
    ]


def test_sentences_are_sorted_and_inside_paragraphs(annotator: RuleAnnotator) -> None:
    text = "One. Two!\n\nThree? “Four.” Five…  Six."
    draft = annotator.draft(text)
    assert draft.sentences == sorted(draft.sentences)
    for start, end in draft.sentences:
        assert draft.paragraph_of(start) == draft.paragraph_of(end - 1)
