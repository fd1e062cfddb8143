"""The fast lexicon scans of ``find_words`` find exactly what one left-to-right ``finditer`` finds.

A split lexicon whose lower-case half starts with a word-start look-behind is scanned after
"mark" characters instead (``_lex.MarkScan``), and its two halves are scanned apart and merged
(``_lex._leftmost``); a match that hides another one must hide it all the same.
"""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from stancekit.annotate import entities
from stancekit.annotate._lex import (
    MarkScan,
    SplitLexicon,
    _ByFirstCharacter,
    _leftmost,
    after_the,
    find_words,
    trie_pattern,
    words_prefix_regex,
)
from stancekit.annotate.rules import compile_rules
from stancekit.testing import texts


def reference(lexicon: re.Pattern[str] | SplitLexicon, text: str, joiners: str = "_") -> list[tuple[int, int, str]]:
    """What ``find_words`` gave before the fast scans: every ``finditer`` match that starts a word."""
    found = []
    for match in lexicon.finditer(text):
        start = match.start()
        if start and (text[start - 1].isalnum() or text[start - 1] in joiners):
            continue
        found.append((start, match.end(), match.group()))
    return found


def fast(lexicon: re.Pattern[str] | SplitLexicon, text: str, joiners: str = "_") -> list[tuple[int, int, str]]:
    return [(match.start(), match.end(), match.group()) for match in find_words(lexicon, text, joiners)]


#: Lexicon phrases made to overlap one another: prefixes, suffixes and inner words of each other.
UPPER = [
    "White House",
    "White",
    "House",
    "House Speaker",
    "Republican",
    "Republican nominee",
    "Ab",
    "Ab cd",
    "Ab-cd",
    "B",
    "Bc de",
    "Éa",
    "Éa bé",
    "Gen. Ab",
    "U.N. Ab",
    "Ab.cd",
    "X",
    "Xy",
    "Cd ef",
    "Ef",
]
LOWER = [
    "the White House",
    "the White",
    "the",
    "nominee",
    "nominee Ab",
    "ab",
    "ab cd",
    "ab-cd",
    "b",
    "bc de",
    "cd",
    "cd ef",
    "de",
    "ef Ab",
    "éa",
    "ga",
    "speaker",
    "house",
    "ßa",
    "ab_cd",
]
MARKS_AND_LETTERS = [
    " ",
    "  ",
    "\t",
    "\n",
    "-",
    ".",
    ",",
    "_",
    "’",
    "“",
    "\u00a0",
    "\u2009",
    "·",
    "😀",
    "𝐀",
    "x",
    "1",
    "é",
]


def test_the_test_lexicon_uses_the_fast_scans() -> None:
    lexicon = words_prefix_regex(UPPER + LOWER)
    assert isinstance(lexicon, SplitLexicon)
    assert lexicon.scans[0] is None  # names: the bare alternation is fastest
    assert isinstance(lexicon.scans[1], MarkScan)  # many lower-case first letters: the mark scan


@settings(max_examples=400)
@given(
    st.lists(st.sampled_from(UPPER + LOWER + MARKS_AND_LETTERS), max_size=24),
    st.sampled_from(["", " ", "-"]),
    st.sampled_from(["_", "_-"]),
)
def test_find_words_on_a_split_lexicon_gives_the_matches_finditer_gives(
    pieces: list[str], glue: str, joiners: str
) -> None:
    lexicon = words_prefix_regex(UPPER + LOWER)
    text = glue.join(pieces)
    assert fast(lexicon, text, joiners) == reference(lexicon, text, joiners)


@given(texts(max_size=80))
def test_find_words_agrees_on_any_text(text: str) -> None:
    lexicon = words_prefix_regex(UPPER + LOWER)
    assert fast(lexicon, text) == reference(lexicon, text)


@st.composite
def lexicons(draw: st.DrawFn) -> list[str]:
    """Random phrases over a few letters, spaces and hyphens, at least 20 of each case, six lower first letters."""
    word = st.text("abcAB", min_size=1, max_size=3)
    phrase = st.lists(word, min_size=1, max_size=3).map(" ".join)
    upper = draw(st.lists(phrase.map(lambda p: p[:1].upper() + p[1:]), min_size=20, max_size=30, unique=True))
    lower = draw(st.lists(phrase.map(lambda p: p[:1].lower() + p[1:]), min_size=20, max_size=30, unique=True))
    return [*upper, *lower, "dz", "ez", "fz", "gz", "hz", "iz"]


@settings(max_examples=300)
@given(
    lexicons(),
    st.lists(st.sampled_from(["a", "b", "c", "A", "B", "C", "ab", "Ab", " ", "-", "é", "😀", "z"]), max_size=40),
)
def test_find_words_agrees_for_random_lexicons(phrases: list[str], pieces: list[str]) -> None:
    lexicon = words_prefix_regex(phrases)
    assert isinstance(lexicon, SplitLexicon)
    assert isinstance(lexicon.scans[1], MarkScan)
    text = "".join(pieces)
    assert fast(lexicon, text) == reference(lexicon, text)


@st.composite
def few_start_lexicons(draw: st.DrawFn) -> list[str]:
    """Random phrases whose lower-case ones start with one of three letters ("the ...", "al-..."), 20 of each case."""
    word = st.text("abcAB", min_size=1, max_size=3)
    rest = st.lists(word, min_size=0, max_size=2).map(" ".join)
    upper = draw(st.lists(rest.map(lambda p: "A" + p), min_size=20, max_size=30, unique=True))
    lower = draw(
        st.lists(
            st.tuples(st.sampled_from(["the ", "a", "al-", "b"]), rest).map("".join),
            min_size=20,
            max_size=30,
            unique=True,
        )
    )
    return [*upper, *lower]


@settings(max_examples=300)
@given(
    few_start_lexicons(),
    st.lists(st.sampled_from(["a", "b", "c", "A", "B", "the ", "al-", "ab", " ", "-", "é", "😀", "x"]), max_size=40),
)
def test_find_words_agrees_for_lexicons_scanned_by_first_character(phrases: list[str], pieces: list[str]) -> None:
    lexicon = words_prefix_regex(phrases)
    if not isinstance(lexicon, SplitLexicon) or not isinstance(lexicon.scans[1], _ByFirstCharacter):
        return  # too few distinct phrases were drawn to split
    text = "".join(pieces)
    assert fast(lexicon, text) == reference(lexicon, text)


def test_a_lexicon_with_a_phrase_ending_in_a_mark_has_no_mark_scan() -> None:
    """After such a phrase the mark scan would skip a match starting right at its end."""
    lexicon = words_prefix_regex([*UPPER, *LOWER, "cd."])
    assert isinstance(lexicon, SplitLexicon)
    assert lexicon.scans[1] is None
    text = "cd.cd ef ab cd."
    assert fast(lexicon, text) == reference(lexicon, text)


def test_a_match_reaching_past_a_hiding_one_falls_back_to_finditer() -> None:
    """'the White' (lower half) hides 'White House' (upper half), which reaches past it."""
    lexicon = words_prefix_regex(UPPER + LOWER)
    text = "at the White Houses, the White House Speaker and nominee Ab said"
    assert fast(lexicon, text) == reference(lexicon, text)


def test_leftmost_keeps_hidden_spans_hidden_and_says_when_it_cannot_tell() -> None:
    assert _leftmost([(0, 10), (3, 8), (10, 12)]) == [(0, 10), (10, 12)]
    assert _leftmost([(0, 10), (3, 11)]) is None
    assert _leftmost([]) == []


def test_the_entity_lexicons_agree_on_article_text() -> None:
    rules = entities.EntityRules(compile_rules(None))
    assert isinstance(rules.gazetteer, SplitLexicon)
    assert isinstance(rules.gazetteer.scans[1], _ByFirstCharacter)  # "the ...", "al-..."
    text = (
        "WASHINGTON — The White House said on Monday that the Republican nominee, Sen. Ab West, and "
        "officials at the U.N. Security Council met. “Senior officials,” a State Department spokesman "
        "said.\tDiplomats 😀spokesman 𝐀officials ﻿analysts, the Islamic State and the European Union’s envoy."
    )
    for lexicon in (rules.scan, rules.gazetteer):
        assert fast(lexicon, text) == reference(lexicon, text)
        assert fast(lexicon, text.upper()) == reference(lexicon, text.upper())
        assert fast(lexicon, text.lower()) == reference(lexicon, text.lower())


_NAMED_BODY_PIECES = [
    "the",
    "The",
    "she",
    "Athe",
    "-the",
    " ",
    "  ",
    "\t",
    "RMT",
    "3F",
    "Ünite",
    "union",
    "party",
    "group",
    "x",
    "’",
    "'",
    "_",
    ",",
    "é",
]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(_NAMED_BODY_PIECES), max_size=24).map("".join))
def test_the_named_body_scan_finds_what_a_look_behind_pattern_finds(text: str) -> None:
    """``after_the`` ("the RMT union") checks in Python what a look-behind would test everywhere.

    The reference allows up to two lower-case words before the noun, as the real pattern does
    ("the Veneto regional government"); without them "the The the union" matched only one of the two.
    """
    rules = entities.EntityRules(compile_rules(None))
    plain = re.compile(
        r"(?<![\w’'-])[Tt]he[ \t]+(?P<name>["
        + entities.UPPER
        + r"0-9][\w&\-]*)[ \t]+(?:[a-z][\w\-]*[ \t]+){0,2}?(?P<noun>"
        + trie_pattern(rules.org_nouns)
        + r")(?![\w\-’'])"
    )
    expected = [(match.start("name"), match.end()) for match in plain.finditer(text)]
    assert [(match.start("name"), match.end()) for match in after_the(text, rules.named_body)] == expected
