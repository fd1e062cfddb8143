"""No-break and other unusual spaces read as spaces; the document keeps the text as given.

News copy carries no-break spaces after cue words and inside names ("said\\u00a0that",
"Anna\\u00a0Berg"), thin spaces before quotes, ideographic spaces. The stages read a copy of
the text with each of them made a plain space (same length, same offsets), so a sentence
annotates the same whichever space it uses; every span's words come from the text as given.
"""

from __future__ import annotations

from typing import Any

from hypothesis import given
from hypothesis import strategies as st

import stancekit

_ODD_SPACES = "\u00a0\u1680\u2000\u2005\u2009\u200a\u202f\u205f\u3000"

_SENTENCES = [
    "Foreign Minister Lena Holm said that Sweden would back the proposal.",
    "The ministry rejected the plan on Tuesday, according to a statement.",
    "“We will not sign this deal,” said Omar Haddad, a spokesman for the union.",
    "Officials familiar with the talks said the sides were close.",
    "She added that the government opposes any delay.",
]


def _without_words(value: Any) -> Any:
    """The wire form with every text left out: what must not depend on the kind of space."""
    if isinstance(value, dict):
        return {key: _without_words(item) for key, item in value.items() if key != "text"}
    if isinstance(value, list):
        return [_without_words(item) for item in value]
    return value


def test_a_cue_before_a_no_break_space_reports_its_clause() -> None:
    text = "Officials in Oslo said\u00a0that the talks would resume on Monday."
    document = stancekit.annotate(text)
    assert document.text == text
    assert [statement.content.text for statement in document.statements] == ["the talks would resume on Monday"]


def test_spans_keep_the_spaces_of_the_text() -> None:
    text = "“We\u00a0will not sign,” said Anna\u00a0Berg, the trade minister."
    document = stancekit.annotate(text)
    (statement,) = document.statements
    assert statement.content.text == "We\u00a0will not sign"
    assert any(mention.span.text == "Anna\u00a0Berg" for mention in document.mentions)
    assert document.entity(statement.speaker).name == "Anna Berg"  # names are written with plain spaces


@given(st.lists(st.sampled_from(_SENTENCES), min_size=1, max_size=4), st.data())
def test_annotations_do_not_depend_on_the_kind_of_space(sentences: list[str], data: st.DataObject) -> None:
    plain = " ".join(sentences)
    spaces = [index for index, char in enumerate(plain) if char == " "]
    chosen = data.draw(st.lists(st.sampled_from(spaces), unique=True, max_size=6))
    characters = list(plain)
    for index in chosen:
        characters[index] = data.draw(st.sampled_from(_ODD_SPACES))
    odd = "".join(characters)
    document = stancekit.annotate(odd, id="x")
    assert document.text == odd
    assert _without_words(document.to_dict()) == _without_words(stancekit.annotate(plain, id="x").to_dict())
    # A target written as its span keeps the span's words, spaces included.
    plain_stances = stancekit.annotate(plain, id="x").stances
    for stance, as_plain in zip(document.stances, plain_stances, strict=True):
        if as_plain.target.span is not None and as_plain.target.text == as_plain.target.span.text:
            assert stance.target.span is not None and stance.target.text == stance.target.span.text


def test_a_target_keeps_the_spaces_of_its_span() -> None:
    text = "The union rejected the\u00a0new\u202fpay offer on Friday."
    (stance,) = stancekit.annotate(text).stances
    assert stance.target.span is not None
    assert stance.target.text == stance.target.span.text == text[stance.target.span.start : stance.target.span.end]
    assert "\u00a0" in stance.target.text
