"""The lexicon regexes: a lexicon split by first-letter case finds what one alternation finds."""

from __future__ import annotations

import re

from hypothesis import given
from hypothesis import strategies as st

from stancekit.annotate._lex import SplitLexicon, find_words, trie_pattern, words_prefix_regex

UPPER_PHRASES = ["White House", "White", "House Speaker", "Speaker", "Ho", "Hawk Eye", "Eye"]
LOWER_PHRASES = ["the White House", "the bloc", "house", "eye doctor", "the", "hawk"]
WORDS = ["the", "The", "White", "House", "house", "Speaker", "bloc", "eye", "Eye", "doctor", "Hawk", "hawk", "x"]


def one_alternation(phrases: list[str]) -> re.Pattern[str]:
    return re.compile(r"(?:" + trie_pattern(phrases) + r")(?![\w])")


def split(upper: list[str], lower: list[str]) -> SplitLexicon:
    return SplitLexicon(one_alternation(upper), one_alternation(lower))


def spans(matches) -> list[tuple[int, int, str]]:
    return [(match.start(), match.end(), match.group()) for match in matches]


def test_a_match_of_one_half_hides_what_the_other_finds_inside_it():
    text = "Aides at the White House met the Speaker. White House Speaker Hawk Eye doctor"
    expected = spans(one_alternation(UPPER_PHRASES + LOWER_PHRASES).finditer(text))
    assert (9, 24, "the White House") in expected
    assert (13, 24, "White House") not in expected
    assert spans(split(UPPER_PHRASES, LOWER_PHRASES).finditer(text)) == expected


@given(
    st.lists(st.sampled_from(WORDS), max_size=30), st.lists(st.sampled_from([" ", "  ", "-", ", ", ""]), max_size=30)
)
def test_a_split_lexicon_matches_like_one_alternation(words, gaps):
    text = "".join(word + (gaps[index] if index < len(gaps) else " ") for index, word in enumerate(words))
    expected = spans(one_alternation(UPPER_PHRASES + LOWER_PHRASES).finditer(text))
    assert spans(split(UPPER_PHRASES, LOWER_PHRASES).finditer(text)) == expected


def test_a_large_lexicon_of_both_cases_is_split_and_still_finds_words():
    upper = [f"Name{index}" for index in range(25)]
    lower = [f"word{index}" for index in range(25)]
    lexicon = words_prefix_regex(upper + lower)
    assert isinstance(lexicon, SplitLexicon)
    found = [match.group() for match in find_words(lexicon, "Name3 said word12, not xword4 or Name30.")]
    assert found == ["Name3", "word12"]
    assert isinstance(words_prefix_regex(upper), re.Pattern)
