"""Statement shapes of real news the annotator missed (recall on attributions):
a quotation before its cue when a setting with a relative "that" follows the cue ("“...,” she told reporters
after the meeting that ...").

Each sentence is written for its test; names and events are invented.
"""

from __future__ import annotations

import pytest

import stancekit
from stancekit.model import Document, Statement

#: Every text opens with a headline and a sentence that names the speaker a pronoun later refers to.
_LEAD = "Ferry Fares Frozen\n\nGovernor Alma Rustavi met island mayors on Monday. "


def _document(body: str, lead: str = _LEAD) -> Document:
    return stancekit.annotate(lead + body)


def _by_cue(document: Document, cue: str) -> Statement | None:
    return next((statement for statement in document.statements if statement.cue.text == cue), None)


# -- a quotation before the cue, a setting with its own "that" after it ----------------------------


@pytest.mark.parametrize(
    ("body", "cue", "quoted"),
    [
        (
            "“The fares will not rise this winter,” Rustavi told reporters after a long session that ran late.",
            "told",
            "The fares will not rise this winter",
        ),
        (
            '"Nobody on the islands should pay more," she said at a news conference announcing that the '
            "subsidy would continue.",
            "said",
            "Nobody on the islands should pay more",
        ),
        (
            "“We were never consulted,” the ferry union said during a hearing that lasted four hours.",
            "said",
            "We were never consulted",
        ),
        (
            "“The boats are old but safe,” Captain Ewa Lind told the committee in a session that was closed to "
            "the press.",
            "told",
            "The boats are old but safe",
        ),
    ],
)
def test_a_quotation_before_the_cue_is_the_content_when_a_setting_with_that_follows(
    body: str, cue: str, quoted: str
) -> None:
    """The late "that" opens the setting noun's relative clause; the quotation before the cue is what was said."""
    statement = _by_cue(_document(body), cue)
    assert statement is not None
    assert statement.content.text == quoted


def test_a_that_clause_after_a_setting_without_a_quotation_still_reports() -> None:
    """Without a quotation before it, "said at a meeting that ..." reports the clause after "that"."""
    statement = _by_cue(_document("Rustavi said at a meeting in Batumi that the fares would stay frozen."), "said")
    assert statement is not None
    assert statement.content.text == "the fares would stay frozen"
