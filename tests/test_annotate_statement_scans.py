"""The statements stage's fast scans find what the plain word scan finds, and odd spacing in a source is read.

``_find_cues`` and ``_find_sources`` replace ``find_words`` over the cue and
source-phrase regexes for speed; they must give the same spans on any text.
"""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

import stancekit
from stancekit.annotate import statements
from stancekit.annotate._lex import find_words
from stancekit.annotate.rules import compile_rules
from stancekit.testing import texts

RULES = statements.StatementRules(compile_rules(None))

_PIECES = [
    "said",
    "says",
    "told",
    "according to",
    "citing",
    "well-said",
    "unsaid",
    "said_",
    "_said",
    "Said",
    "noted",
    "according  to",
    "é",
    "ß",
    "-",
    "’",
    "“",
    "”",
    "\u00a0",
    "\u2009",
    "·",
    "\t",
    "\n",
    " ",
    ",",
    "(",
    "x",
    "1",
]


@given(st.lists(st.one_of(st.sampled_from(_PIECES), texts(max_size=12)), max_size=16), st.sampled_from(["", " "]))
def test_find_cues_and_find_sources_agree_with_find_words(pieces: list[str], glue: str) -> None:
    text = glue.join(pieces)
    assert statements._find_cues(RULES, text) == [m.span() for m in find_words(RULES.cue_regex, text, "_-")]
    assert statements._find_sources(RULES, text) == [m.span() for m in find_words(RULES.source_regex, text)]


@pytest.mark.parametrize("between", ["\t", "  ", " \t "])
@pytest.mark.parametrize(
    "template",
    [
        "The plan is dead, according to on Monday{gap}He Wei.",
        "“It is over,” according to on Monday{gap}He Wei said.",
        "according to on Monday{gap}He Wei said the plan is dead.",
    ],
)
def test_a_source_with_tabs_or_double_spaces_before_its_name_is_read(template: str, between: str) -> None:
    """The capitalised words ending a source are found as written (it raised ValueError before)."""
    text = template.format(gap=between)
    document = stancekit.annotate(text)
    assert list(stancekit.iter_errors(document)) == []
    names = {mention.span.text for mention in document.mentions}
    assert "He Wei" in names or any(name.endswith("He Wei") for name in names)
