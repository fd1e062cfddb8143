"""Hard-wrapped text: the breaks inside a paragraph's lines read as spaces, and the document keeps the text as given.

Wire copy, e-mail and text taken from PDFs break each paragraph's lines at a fixed width. Read as
sentence ends, such breaks cut targets ("a just") and move stances to the wrong holder.
"""

from __future__ import annotations

import textwrap
from pathlib import Path

from hypothesis import given
from hypothesis import strategies as st

import stancekit
from stancekit.annotate.draft import unwrapped

ARTICLE = Path(__file__).resolve().parent / "data" / "articles"

PARAGRAPHS = [
    "Germany and France backed the proposal for a joint naval mission on Tuesday, while Hungary said it "
    "would not support any plan that put European ships under a single command.",
    "The foreign minister of Portugal, Rui Almeida, told reporters in Lisbon that his government welcomed "
    "the plan and urged the remaining members to sign it before the summit in June.",
    "Critics in the European Parliament accused the Commission of drafting the mission in secret, and the "
    "Greens blamed the council for ignoring the assembly's resolution of last year.",
]


def stances(text: str) -> list[tuple[str, str, str]]:
    document = stancekit.annotate(text)
    names = {entity.id: entity.name for entity in document.entities}
    return sorted(
        (names[stance.holder], stance.polarity, " ".join(stance.target.text.split())) for stance in document.stances
    )


def test_a_text_wrapped_at_72_columns_gives_the_stances_of_the_unwrapped_text() -> None:
    plain = "\n\n".join(PARAGRAPHS)
    for between, inside in (("\n", "\n"), ("\n\n", "\n"), ("\r\n\r\n", "\r\n")):
        wrapped = between.join(textwrap.fill(paragraph, 72).replace("\n", inside) for paragraph in PARAGRAPHS)
        assert stances(wrapped) == stances(plain)


def test_a_wrapped_document_keeps_its_text_and_its_spans_read_it() -> None:
    wrapped = "\n".join(textwrap.fill(paragraph, 64) for paragraph in PARAGRAPHS)
    document = stancekit.annotate(wrapped)
    assert document.text == wrapped
    for stance in document.stances:
        assert wrapped[stance.target.span.start : stance.target.span.end] == stance.target.span.text
    assert len(document.sentences) == 3  # a sentence a paragraph, none cut at a break


def test_one_paragraph_per_line_is_no_wrapped_text() -> None:
    text = "\n".join(PARAGRAPHS)
    assert unwrapped(text) == (text, [])


def test_the_articles_of_the_test_set_are_not_wrapped() -> None:
    for path in sorted(ARTICLE.glob("*.txt")):
        text = path.read_text(encoding="utf-8")
        assert unwrapped(text)[1] == [], path.name


def test_a_list_and_a_short_heading_keep_their_breaks() -> None:
    body = textwrap.fill(PARAGRAPHS[0] + " " + PARAGRAPHS[1], 70)
    text = "Navies in the Gulf\n" + body + "\n- first item of a list\n- second item of a list\n"
    result, changed = unwrapped(text)
    assert result.startswith("Navies in the Gulf\n")
    assert "\n- first item of a list\n- second" in result
    assert changed and all(text[position] == "\n" for position in changed)


@given(st.lists(st.text(alphabet="abc .,\n\r", max_size=90), max_size=12))
def test_unwrapping_keeps_length_and_changes_only_line_breaks(lines: list[str]) -> None:
    text = "\n".join(lines)
    result, changed = unwrapped(text)
    assert len(result) == len(text)
    assert changed == sorted(set(changed))
    assert all(text[position] in "\r\n" and result[position] == " " for position in changed)
    assert all(result[index] == text[index] for index in range(len(text)) if index not in set(changed))


def test_a_list_of_headlines_and_a_table_are_no_wrapped_text() -> None:
    headlines = (
        "Harbour fees rise for the third year running\n"
        "Union says ferry strike will start on Monday\n"
        "Minister rejects call for an early election in spring\n"
        "Storms cut power to thousands of homes in the west\n"
    )
    table = (
        "Name       Party      Votes\n"
        "Lena Ortiz Green      12,004\n"
        "Omar Haddad Labour    11,873\n"
        "Ilse Varga Liberal     9,310\n"
    )
    assert unwrapped(headlines) == (headlines, [])
    assert unwrapped(table) == (table, [])
    assert all("\n" not in stance.target.text for stance in stancekit.annotate(headlines).stances)


def test_a_heading_as_long_as_the_wrapped_lines_keeps_its_break() -> None:
    body = textwrap.fill(PARAGRAPHS[1] + " " + PARAGRAPHS[2], 60)
    text = "Fuel tax rise sparks protests across the country today\n" + body
    result, _ = unwrapped(text)
    assert result.startswith("Fuel tax rise sparks protests across the country today\n")
    assert "\n" not in result.split("\n", 1)[1]  # the paragraph itself is joined
