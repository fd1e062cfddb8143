"""The statement stage's short ways, each checked against the long way it stands for.

The stage tests a cheap condition before a regex or a loop (a word the regex needs, the plain
word found by one look); these tests build texts around those conditions and check that the
short way never answers otherwise than the long one, and pin a few readings that go through them.
"""

from __future__ import annotations

import re

from hypothesis import given
from hypothesis import strategies as st

import stancekit
from stancekit.annotate import RuleAnnotator, statements
from stancekit.annotate._lex import find_words
from stancekit.annotate.sentences import split_paragraphs

_RULES = statements.StatementRules(RuleAnnotator().rules)

#: Words and gaps the regexes behind the short ways look for, and near misses.
_PIECES = [
    "not",
    "NOT",
    "Not",
    "never",
    "didn't",
    "didn’t",
    "wouldn't",
    "declined",
    "Refusing",
    "to",
    "To",
    "quickly",
    "publicly",
    "fly",
    "no one",
    "None of",
    "nobody",
    "Neither of",
    "whether",
    "if",
    "unless",
    "who",
    "which",
    "many of whom",
    "in 2010",
    "last week",
    "spent",
    "years",
    "officials",
    "Ana Ruiz",
    "NEW DELHI",
    "LONDON/PARIS",
    "-",
    ",",
    ":",
    ".",
    "’",
    "'",
    "x-not",
]
_GAPS = [" ", "  ", "\t", "\n", " \n", ""]

texts = st.lists(st.tuples(st.sampled_from(_PIECES), st.sampled_from(_GAPS)), max_size=12).map(
    lambda parts: "".join(piece + gap for piece, gap in parts)
)


def _previous_word_by_loop(text: str, start: int, limit: int) -> tuple[str, int]:
    """The word before ``start`` as the stage read it before its short way: a loop back over word characters."""
    position = start
    while position > limit and text[position - 1] in " \t":
        position -= 1
    word_start = position
    while word_start > limit and (text[word_start - 1].isalnum() or text[word_start - 1] in "’'-.&"):
        word_start -= 1
    return text[word_start:position], word_start


def _next_word_by_loop(text: str, start: int, limit: int) -> tuple[str, int]:
    position = start
    while position < limit and text[position] in " \t\r\n":
        position += 1
    word_start = position
    while position < limit and (text[position].isalnum() or text[position] in "’'-"):
        position += 1
    if position == word_start and position < limit:
        position += 1
    return text[word_start:position], word_start


@given(texts, st.data())
def test_the_words_before_and_after_are_the_loops(text: str, data: st.DataObject) -> None:
    limit = data.draw(st.integers(0, len(text)))
    position = data.draw(st.integers(limit, len(text)))
    assert statements._previous_word(text, position, limit) == _previous_word_by_loop(text, position, limit)
    end = data.draw(st.integers(0, len(text)))
    start = data.draw(st.integers(0, len(text)))
    assert statements._next_word(text, start, end) == _next_word_by_loop(text, start, end)


@given(texts)
def test_a_denial_before_a_cue_ends_the_word_before_it(text: str) -> None:
    """Wherever the denial regex matches before a cue, the word before the cue ends as the short way expects."""
    text += " say"
    cue_start = len(text) - 3
    if statements._WITHHOLDING.search(text, max(0, cue_start - 30), cue_start):
        previous, _ = statements._previous_word(text, cue_start, 0)
        assert previous.lower().endswith(statements._WITHHOLDING_ENDS) or text[cue_start - 1] == "\n"


@given(texts)
def test_the_tests_for_words_answer_as_the_regexes(text: str) -> None:
    assert statements._negative_subject(text, 0, len(text)) == bool(statements._NEGATIVE_SUBJECT.search(text))
    assert statements._condition_before(text) == bool(statements._CONDITION.search(text))
    if statements._RELATIVE_THEN_TIME.search(text) or statements._SPENT_TIME.search(text):
        assert "wh" in text
    if statements._TRAILING_ATTRIBUTION.search(text):
        assert "," in text or ";" in text
    if statements._PARTIAL_SOURCE.match(text.lstrip()):
        assert text.lstrip()[:1] in ("n", "N")
    for start in range(len(text)):
        if statements._DATELINE.match(text, start):
            assert not text[start + 1].islower()


_SOURCE_PIECES = ["according to", "According to", "xaccording to", "In the words of", "in the words of", "citing"]


@given(st.lists(st.tuples(st.sampled_from([*_SOURCE_PIECES, "X", "_", "ccording to", "a"]), st.sampled_from(_GAPS))))
def test_the_source_phrases_are_found_where_the_regex_finds_them(parts: list[tuple[str, str]]) -> None:
    text = "".join(piece + gap for piece, gap in parts)
    expected = [match.span() for match in find_words(_RULES.source_regex, text)]
    assert statements._find_sources(_RULES, text) == expected


@given(st.lists(st.sampled_from(["A plan: yes.", "No colon here.", "Q: why?", "Then: 10:30.", "\n\n", " "])))
def test_the_sentences_with_a_colon_are_found_from_the_colons(parts: list[str]) -> None:
    text = "".join(parts)
    document = stancekit.annotate(text) if text.strip() else None
    sentences = [(sentence.start, sentence.end) for sentence in document.sentences] if document is not None else []
    expected = [index for index, (start, end) in enumerate(sentences) if text.find(":", start, end) >= 0]
    assert statements._colon_sentences(text, sentences) == expected
    assert split_paragraphs(text) is not None


def statements_of(text: str) -> list[tuple[str | None, str]]:
    document = stancekit.annotate(text)
    names = {entity.id: entity.name for entity in document.entities}
    return [(names.get(s.speaker, s.speaker) if s.speaker else None, s.content.text) for s in document.statements]


def test_a_question_withheld_is_no_statement_and_a_clause_denied_is_one() -> None:
    assert statements_of("Mayor Ana Ruiz did not say whether she would run again.") == []
    assert statements_of("The ministry declined to say how much the ferries cost.") == []
    assert ("Ana Ruiz", "the plan had failed") in statements_of("Mayor Ana Ruiz did not say that the plan had failed.")


def test_a_relative_word_behind_a_time_still_speaks() -> None:
    found = statements_of("Farmers, many of whom last week said the quota was unfair, blocked the road.")
    assert any(content.startswith("the quota was unfair") for _, content in found)
    assert statements_of("Traders said the port would reopen.") == [("traders", "the port would reopen")]


def test_a_colon_label_still_reads_after_sentences_without_one() -> None:
    text = "The vote was close. Turnout was low.\n\nRuiz: We will appeal the ruling."
    assert any(content == "We will appeal the ruling" for _, content in statements_of(text))


def test_a_dateline_is_no_part_of_the_content() -> None:
    found = statements_of("NEW DELHI - India will cut the duty, officials said.")
    assert [content for _, content in found] == ["India will cut the duty"]
    assert re.match(statements._DATELINE, "NEW DELHI - ")
