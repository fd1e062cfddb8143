"""Any news-like text gives a valid Document: fragments that reach the deep rule paths, joined by odd separators.

Random character soup rarely makes a cue, a source and a quote meet; these
texts are built from cue verbs, stance cues, titled names, places, unnamed
sources, abbreviations, quotation marks of every kind and unusual whitespace.
"""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

import stancekit

_FRAGMENTS = [
    # reporting cues
    "said",
    "says",
    "told reporters",
    "told",
    "according to",
    "citing",
    "added",
    "stressed",
    "said on Monday",
    "said that",
    "adding that",
    # stance cues
    "backed",
    "opposed",
    "blamed",
    "for",
    "urged",
    "to",
    "welcomed",
    "did not support",
    "refused to endorse",
    "the plan",
    "sanctions",
    # holders
    "Foreign Minister Wang Yi",
    "Mr. O'Neil",
    "U.S. President Donald Trump",
    "Theresa May",
    "He Wei",
    "Rep. Gwen Moore (D-Wis.)",
    "Beijing",
    "the Kremlin",
    "West African",
    "China",
    "he",
    "She",
    "they",
    "officials familiar with the talks",
    "a senior official",
    # dates, numbers, abbreviations
    "on Monday",
    "Sept. 12",
    "3.5%",
    "No. 10",
    "Dr.",
    "U.S.",
    "that",
    "who",
    # marks
    '"',
    "“",
    "”",
    "‘",
    "’",
    "«",
    "»",
    "''",
    "—",
    "(",
    ")",
    ":",
    ";",
    "?",
    ",",
    ".",
    # odd characters
    "\u00a0",
    "\u2009",
    "\u200b",
    "\x0c",
    "\x0b",
    "\x85",
    "\u2028",
    "\u3000",
    "\ufeff",
    "\x00",
    "e\u0301",
    "😀",
    "مرحبا",
    "\u202e",
    "中国",
    "A" * 80,
]

_SEPARATORS = [" ", " ", "", ", ", ". ", "\n", "\n\n", "\t", "  ", "\r\n", " — ", ": ", "\u00a0", "\u2009", "\x0c"]


@st.composite
def _news_like(draw: st.DrawFn) -> str:
    parts = draw(st.lists(st.tuples(st.sampled_from(_FRAGMENTS), st.sampled_from(_SEPARATORS)), max_size=40))
    return "".join(fragment + separator for fragment, separator in parts)


@given(_news_like())
def test_news_like_fragments_with_odd_separators_yield_valid_documents(text: str) -> None:
    document = stancekit.annotate(text)
    assert document.text == text
    assert list(stancekit.iter_errors(document)) == []


@pytest.mark.parametrize(
    "text",
    [
        ",tell\x0cin",
        "The plan is dead, said\x0c.",
        "“It is over,” said\u00a0.",
        ",stress\u2009that",
    ],
)
def test_an_inverted_source_that_is_only_whitespace_is_no_source(text: str) -> None:
    """A form feed or no-break space after a cue is read as a word but is no source (it raised IndexError)."""
    document = stancekit.annotate(text)
    assert list(stancekit.iter_errors(document)) == []


@pytest.mark.parametrize("text", ["«\x0c»e said", "“No.”\n\n«\x0c» he said.", "“\u00a0,” she said."])
def test_a_quote_of_only_whitespace_is_no_content(text: str) -> None:
    """A quote holding only a form feed or no-break space gives no content piece (it raised IndexError)."""
    document = stancekit.annotate(text)
    assert list(stancekit.iter_errors(document)) == []


def _statement_place(statement: stancekit.Statement) -> tuple[int, int]:
    spans = [span for span in (statement.source, statement.cue) if span is not None]
    return min([statement.content.start] + [span.start for span in spans]), statement.content.start


@given(_news_like())
def test_statements_and_stances_are_listed_and_numbered_in_text_order(text: str) -> None:
    document = stancekit.annotate(text)
    assert [statement.id for statement in document.statements] == [
        f"s{number}" for number in range(1, len(document.statements) + 1)
    ]
    places = [_statement_place(statement) for statement in document.statements]
    assert places == sorted(places)
    numbers = range(1, len(document.stances) + 1)
    assert [stance.id for stance in document.stances] == [f"t{number}" for number in numbers]
    cues = [stance.cue.start for stance in document.stances if stance.cue is not None]
    assert cues == sorted(cues)
    ids = {statement.id for statement in document.statements}
    assert all(stance.statement in ids for stance in document.stances if stance.statement is not None)


def test_a_statement_made_by_an_act_comes_before_the_speech_after_it() -> None:
    """The statement an act makes ("blamed X for Y") is found after reported speech; it is listed where it stands."""
    text = (
        "Farmers blamed traders in Manila for the price rise. "
        "The minister said the tariff would stay. "
        "The opposition blamed the government for the shortage, its leader said."
    )
    document = stancekit.annotate(text)
    assert len(document.statements) >= 3
    assert [statement.id for statement in document.statements][:3] == ["s1", "s2", "s3"]
    assert text.index("traders") <= document.statements[0].content.start < text.index("The minister")
    assert document.statements[1].content.text == "the tariff would stay"
    places = [_statement_place(statement) for statement in document.statements]
    assert places == sorted(places)
    blames = [stance for stance in document.stances if stance.type == "blame"]
    assert [stance.id for stance in blames] == ["t1", "t2"]
    reported = blames[1]
    assert reported.statement == "s3"  # the renumbered id of the statement that reports it
    assert document.statements[2].content.start <= reported.cue.start < document.statements[2].content.end
