"""The words of a text read once (``_words.TextWords``) give every lexicon scan the matches its regex gives.

Statement cues, stance heads, pronouns and the entity lexicons' lower-case halves look their
phrases' first words up in the text's words instead of scanning the whole text; the matches must
be those of the regex with its look-behind, left to right, hidden matches hidden.
"""

from __future__ import annotations

import functools
import re

from hypothesis import example, given, settings
from hypothesis import strategies as st

from stancekit.annotate import coref, entities, statements
from stancekit.annotate._lex import (
    MarkScan,
    SplitLexicon,
    find_word_spans,
    find_words,
    trie_pattern,
    words_prefix_regex,
)
from stancekit.annotate._words import TextWords, first_words, matches_at_words
from stancekit.annotate.rules import compile_rules
from stancekit.annotate.stance_rules import StanceRules, default_stance_rules
from stancekit.testing import texts

#: Pieces that make word boundaries hard: marks, joiners, letters beyond ASCII (the Kelvin sign lower-cases
#: to "k", "ſ" stays itself, "İ" grows a character), astral letters and emoji.
TRICKY = [" ", "  ", "\t", "\n", "-", "’", "'", "_", ".", ",", "“", "é", "K", "ſ", "İ", "𝐀", "😀", "\u00a0", "1"]


def reference(regex: re.Pattern[str], text: str) -> list[tuple[int, int]]:
    return [match.span() for match in regex.finditer(text)]


def indexed(scan: MarkScan, text: str) -> list[tuple[int, int]]:
    return [(start, end) for start, end, _ in scan.candidates(text, TextWords(text))]


@functools.cache
def stage_rules() -> tuple[statements.StatementRules, StanceRules, entities.EntityRules]:
    rules = compile_rules(None)
    return statements.StatementRules(rules), default_stance_rules(), entities.EntityRules(rules)


PHRASES = ["said", "say", "says", "said that", "sa", "he", "he said", "her", "hers", "it", "its", "k", "kill", "s_x"]


def test_the_scans_of_the_stages_look_their_words_up() -> None:
    """The stages' scans know their first words (without them they scan the text as before)."""
    statement_rules, stance_rules, entity_rules = stage_rules()
    cue_scan = statement_rules.cue_scan
    assert cue_scan is not None and cue_scan.first_words
    head_scan = stance_rules.head_scan
    assert head_scan is not None and head_scan.first_words
    assert coref._PRONOUNS.first_words == frozenset(coref._PRONOUN_CLASS)
    scan = entity_rules.scan
    assert isinstance(scan, SplitLexicon) and isinstance(scan.scans[1], MarkScan)
    assert scan.scans[1].first_words


def test_first_words_refuses_what_a_word_look_up_cannot_find() -> None:
    assert first_words(["said", "told him"], r"(?![\w-])") == {"said", "told"}
    assert first_words(["Said"], r"(?!\w)") == {"said"}
    assert first_words(["said"], "") is None  # "saidx" would match: no whole word
    assert first_words(["said"], r"(?![\w-])", re.IGNORECASE) is None  # "ſaid" would match
    assert first_words(["’s view"], r"(?!\w)") is None  # opens with a mark
    assert first_words(["été"], r"(?!\w)") is None  # beyond ASCII


def test_a_text_that_grows_in_lower_case_is_scanned_as_before() -> None:
    words = TextWords("İstanbul said")
    assert words.lowered is None
    assert matches_at_words(words, frozenset(["said"]), re.compile("said"), words.text) is None
    scan = MarkScan.of(PHRASES, r"(?![\w-])")
    assert scan is not None
    assert indexed(scan, "İstanbul said it") == [(9, 13), (14, 16)]


def test_words_of_another_text_are_not_used() -> None:
    scan = MarkScan.of(PHRASES, r"(?![\w-])")
    assert scan is not None
    other = TextWords("nothing here at all")
    assert scan.candidates("he said it", other) == scan.candidates("he said it")
    assert indexed(scan, "he said it") == [(0, 7), (8, 10)]


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from(PHRASES + [p.upper() for p in PHRASES] + TRICKY), max_size=30).map("".join))
@example("he said that-said_ he’s K-kill ſaid said")
@example("he said İ")  # "İ" lower-cases to two characters: no words to look up, the candidates overlap
def test_an_indexed_mark_scan_finds_the_look_behind_matches(text: str) -> None:
    """The scan's spans are the regex's matches; found at the words, its candidates are those matches already."""
    words = TextWords(text)
    for after, not_before in ((r"(?![\w-])", ""), (r"(?!\w)", "'’-"), (r"(?![\w])(?:[ \t]+that)?", "")):
        scan = MarkScan.of(PHRASES, after, not_before=not_before)
        assert scan is not None and scan.first_words is not None
        regex = re.compile(rf"(?<![\w{re.escape(not_before)}])(?:" + trie_pattern(PHRASES) + ")" + after)
        assert scan.spans(text, regex, words) == reference(regex, text)
        if words.lowered is not None:
            assert indexed(scan, text) == reference(regex, text)


@settings(max_examples=200, deadline=None)
@given(texts(max_size=60))
def test_the_stage_scans_agree_on_any_text(text: str) -> None:
    statement_rules, stance_rules, _ = stage_rules()
    words = TextWords(text)
    assert statements._find_cues(statement_rules, text, words) == statements._find_cues(statement_rules, text)
    assert stance_rules.head_spans(text, words) == stance_rules.head_spans(text)
    assert coref._PRONOUNS.candidates(text, words) == coref._PRONOUNS.candidates(text)


#: Words of the stages' lexicons (cues, heads, pronouns, titles, roles), to glue with ``TRICKY``.
GLUED = ["He", "she", "said", "told", "says", "accused", "backed", "the", "official", "minister", "spokesman"]
GLUED += ["Sen.", "Mr.", "House", "officials", "committed to", "condemned", "support", *TRICKY]


@settings(max_examples=300, deadline=None)
@given(
    st.lists(
        st.sampled_from(GLUED),
        max_size=30,
    ).map("".join)
)
def test_the_stage_scans_agree_on_glued_words(text: str) -> None:
    statement_rules, stance_rules, entity_rules = stage_rules()
    words = TextWords(text)
    assert statements._find_cues(statement_rules, text, words) == statements._find_cues(statement_rules, text)
    assert stance_rules.head_spans(text, words) == stance_rules.head_spans(text)
    assert coref._PRONOUNS.candidates(text, words) == coref._PRONOUNS.candidates(text)
    for lexicon in (entity_rules.scan, entity_rules.gazetteer):
        with_words = [match.span() for match in find_words(lexicon, text, words=words)]
        assert with_words == [match.span() for match in find_words(lexicon, text)]
        assert find_word_spans(lexicon, text, words) == find_word_spans(lexicon, text)


@settings(max_examples=200, deadline=None)
@given(
    st.lists(st.sampled_from(["ab", "cd", "ab cd", "Ab", "x", *TRICKY]), max_size=30).map("".join),
)
def test_a_split_lexicon_with_an_indexed_half_keeps_finditer_matches(text: str) -> None:
    phrases = [f"{word}{n}" for n in range(20) for word in ("Ab", "ab")] + ["ab cd", "cd", "ef", "gh", "ij", "kl"]
    lexicon = words_prefix_regex(phrases)
    assert isinstance(lexicon, SplitLexicon) and isinstance(lexicon.scans[1], MarkScan)
    with_words = [match.span() for match in find_words(lexicon, text, words=TextWords(text))]
    assert with_words == [match.span() for match in find_words(lexicon, text)]
