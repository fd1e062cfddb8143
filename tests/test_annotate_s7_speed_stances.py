"""The faster forms of the lexicon scans match exactly what their simple forms match.

``trie_pattern(..., halves=True)`` puts the first level of a lexicon with many first characters
behind two look-aheads; the regex must find the same matches as the plain alternation, in a scan
after marks (``MarkScan``) as in a bare ``finditer``.
"""

from __future__ import annotations

import re
import string

from hypothesis import example, given, settings
from hypothesis import strategies as st

from stancekit.annotate import quotes, stances
from stancekit.annotate._lex import _HALVES_FROM, MarkScan, trie_pattern
from stancekit.testing import texts

#: Phrases over many first characters (letters of both cases, digits, marks a set must escape).
FIRSTS = string.ascii_lowercase + "ABCÉ0-]^\\[&~|_’"
phrases = st.lists(
    st.builds(lambda first, rest: first + rest, st.sampled_from(FIRSTS), st.text("abe ’-", max_size=4)),
    min_size=1,
    max_size=60,
)
#: Texts made of the phrases' characters, so that matches (and near misses) are common.
lexicon_texts = st.text(FIRSTS + "abe ’-.\n", max_size=80) | texts()


@settings(max_examples=300)
@given(phrases, lexicon_texts)
def test_halves_match_as_the_plain_alternation(words: list[str], text: str) -> None:
    """With or without halves, the alternation finds the same matches left to right."""
    plain = re.compile("(?:" + trie_pattern(words) + r")(?![\w])")
    halved = re.compile("(?:" + trie_pattern(words, halves=True) + r")(?![\w])")
    assert [match.span() for match in halved.finditer(text)] == [match.span() for match in plain.finditer(text)]


@settings(max_examples=300)
@given(phrases, lexicon_texts)
def test_mark_scan_with_halves_finds_the_regex_matches(words: list[str], text: str) -> None:
    """A ``MarkScan`` (whose alternation has halves) gives the spans of its look-behind regex."""
    scan = MarkScan.of(words, r"(?![\w])")
    if scan is None:
        return
    regex = re.compile(r"(?<!\w)(?:" + trie_pattern(words) + r")(?![\w])")
    assert scan.spans(text, regex) == [match.span() for match in regex.finditer(text)]


def test_many_first_characters_make_halves() -> None:
    """From ``_HALVES_FROM`` first characters on the pattern has its two look-aheads; below, none."""
    many = [char + "x" for char in string.ascii_letters[:_HALVES_FROM]]
    assert trie_pattern(many, halves=True).count("(?=[") == 2
    assert "(?=[" not in trie_pattern(many[:-1], halves=True)
    assert "(?=[" not in trie_pattern(many)


#: Words, clitics, dotted abbreviations, numbers, marks and spaces of every kind, as the stance tokenizer meets them.
token_texts = st.lists(
    st.sampled_from([*"aZé9_.,'’-‐n t\u00a0\n\t\"“”?İ", "n't", "U.S.", "'s", "4-3"]), max_size=30
).map("".join)


@settings(max_examples=500)
@given(token_texts | texts(), st.integers(0, 50), st.integers(0, 50))
def test_tokens_are_the_token_regex_matches(text: str, low: int, high: int) -> None:
    """``_tokens`` gives the spans and words of ``_TOKEN.finditer`` over any range of any text."""
    start, end = min(low, high, len(text)), min(max(low, high), len(text))
    matches = list(stances._TOKEN.finditer(text, start, end))
    assert stances._tokens(text, start, end) == (
        [match.start() for match in matches],
        [match.end() for match in matches],
        [match.group() for match in matches],
    )


#: The regexes the quotes stage scanned each paragraph with: a double mark (or two apostrophes), a single mark.
DOUBLE = re.compile(r"[“”«»„‹›\"'](?:(?<=')'|(?<!'))")
SINGLE = re.compile(r"[‘’']")
quote_texts = st.lists(st.sampled_from([*"“”«»„‹›\"'‘’a .\n", "''", "'''"]), max_size=30).map("".join)


@settings(max_examples=500)
@example("a'''b ''''", 0, 10)
@given(quote_texts | texts(), st.integers(0, 45), st.integers(0, 45))
def test_marks_found_once_are_the_paragraph_scans(text: str, low: int, high: int) -> None:
    """The marks ``_mark_positions`` finds once give, in any range, what the regexes found there."""
    start, end = min(low, high, len(text)), min(max(low, high), len(text))
    doubles = quotes._mark_positions(text, quotes._DOUBLE_CHARACTERS)
    singles = quotes._mark_positions(text, quotes._SINGLE_CHARACTERS)
    assert list(quotes._doubles(text, doubles, start, end)) == [
        (match.start(), match.group()) for match in DOUBLE.finditer(text, start, end)
    ]
    assert quotes._marks_in(singles, start, end) == [match.start() for match in SINGLE.finditer(text, start, end)]
