"""Faster forms in coreference and the draft answer as the simple forms they replaced did."""

from __future__ import annotations

import re

from hypothesis import given
from hypothesis import strategies as st

from stancekit.annotate import coref
from stancekit.annotate._lex import after_the
from stancekit.annotate.draft import Draft
from stancekit.model import Span

#: The age pattern as it was: a look-behind for the word start, then "[Tt]he", scanned with ``finditer``.
_BY_AGE_BEFORE = re.compile(r"(?<![\w’'-])[Tt]" + coref._BY_AGE.pattern)

AGE_PIECES = [
    "the ",
    "The ",
    "he ",
    "54-year-old",
    "7-year-old",
    "1234-year-old",
    " said",
    " suspect",
    " who",
    ",",
    ".",
    " ",
    "\t",
    "-",
    "’",
    "'",
    "x",
    "Bathe ",
    "_",
    "resigned",
]


@given(st.lists(st.sampled_from(AGE_PIECES), max_size=25))
def test_the_age_scan_after_the_finds_what_the_look_behind_regex_found(pieces):
    text = "".join(pieces)
    before = [(match.start(), match.end(), match.group("age")) for match in _BY_AGE_BEFORE.finditer(text)]
    after = [(match.start() - 1, match.end(), match.group("age")) for match in after_the(text, coref._BY_AGE)]
    assert after == before


def test_the_age_scan_finds_a_person_called_by_age_alone():
    text = "The 54-year-old said so. Then the 30-year-old suspect left; the 61-year-old, who ..."
    found = [(match.start() - 1, match.group("age")) for match in after_the(text, coref._BY_AGE)]
    assert found == [(0, "54"), (text.index("the 61"), "61")]


def test_a_mention_takes_its_words_and_its_explanation_from_the_text():
    draft = Draft(text="Anna Berg said she would go.", meta={}, annotator="test")
    mention = draft.add_mention("e1", 15, 18, "coref.pronoun")
    assert mention.span == Span.of(draft.text, 15, 18)
    assert mention.id == "m1"
    assert draft.explanations["m1"] == ("coref.pronoun", "she")
