"""Session 15, speed of the statement stage: each faster scan finds what the plain scan of the whole text found.

The speed work changes no output (the snapshot of every evaluation text hashes the same before and after);
these tests compare each narrowed scan with the scan it replaces, on texts written to reach its edges.
"""

from __future__ import annotations

import pytest

from stancekit.annotate import RuleAnnotator
from stancekit.annotate import statements as statements_stage

_COLON_TEXTS = [
    "The minister made the following comment: “We will not bargain.”",
    "made a comment: at the very start of the text",
    "No colon here, though the union gave a short statement.",
    "Time: 16:40.\nThe mayor had a blunt message for the board: “Fix the bridge.”\nShe left.",
    "He remade a comment: the word boundary rules it out.\nThey issued a joint statement:\n\n“Enough.”",
    "First line.\nThe court released the following statement to reporters: the appeal fails.",
    "A: B: C:\nSenator Ekholm made the following comment:",
    "The board posted its reply for the unions, the press and the public: no.\r\nIt shares a reminder: pay.",
    "Q: Why?\n\nA: The council gave its answer:\n“Because.”\nThe council gave its answer: late",
    "",
    ":",
    "\n:\n",
]


@pytest.mark.parametrize("text", _COLON_TEXTS)
def test_message_colons_are_the_matches_of_the_whole_text_scan(text: str) -> None:
    expected = [match.span() for match in statements_stage._MESSAGE_COLON.finditer(text)]
    assert [match.span() for match in statements_stage._message_colons(text)] == expected


def test_a_message_after_a_colon_is_still_read() -> None:
    document = RuleAnnotator().annotate(
        "Storms closed the port on Monday.\nThe harbour master gave a short statement: “The port reopens Friday.”"
    )
    assert [(statement.cue.text, statement.content.text) for statement in document.statements] == [
        ("gave a short statement", "The port reopens Friday")
    ]
