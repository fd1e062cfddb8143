"""The statement stage's faster forms, each compared with the simple form it replaced."""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from stancekit.annotate import statements
from stancekit.annotate._lex import UPPER

#: The regexes as they were: each branch tries its look-behind at every position of a search.
_ACT_END_SIMPLE = re.compile(
    r"(?<!\d)[,:]|[,:](?!\d)|[;(]|\s[—–-]{1,2}\s|\swhile\s|\s(?:and|but)\s(?=(?:[a-z]+ed|said|says|told|tells)\b)"
)
_CLAUSE_COMMA_SIMPLE = re.compile(r"(?<!\d),|,(?!\d)")
_CONJUNCTS_SIMPLE = statements._CONJUNCTS_BEFORE

#: Text made of the pieces the regexes look at, so that the interesting cases come up often.
_PIECES = st.sampled_from(
    [
        "5",
        "0",
        ",",
        ":",
        ";",
        "(",
        " ",
        "\t",
        "\n",
        "—",
        "–",
        "-",
        "--",
        "while",
        "and",
        "but",
        "said",
        "tells",
        "voted",
        "the",
        "The",
        "CGT",
        "Unite",
        "Ana",
        "É",
        "x",
        "’",
    ]
)
_TEXTS = st.lists(_PIECES, max_size=30).map("".join)


def _bounds(text: str, data: st.DataObject) -> tuple[int, int]:
    start = data.draw(st.integers(0, len(text)))
    end = data.draw(st.integers(start, len(text)))
    return start, end


def _spans(regex: re.Pattern[str], text: str, start: int, end: int) -> list[tuple[int, int]]:
    return [match.span() for match in regex.finditer(text, start, end)]


@settings(max_examples=400)
@given(_TEXTS, st.data())
def test_act_end_finds_what_the_simple_form_finds(text: str, data: st.DataObject) -> None:
    start, end = _bounds(text, data)
    assert _spans(statements._ACT_END, text, start, end) == _spans(_ACT_END_SIMPLE, text, start, end)


@settings(max_examples=400)
@given(_TEXTS, st.data())
def test_clause_comma_finds_what_the_simple_form_finds(text: str, data: st.DataObject) -> None:
    start, end = _bounds(text, data)
    assert _spans(statements._CLAUSE_COMMA, text, start, end) == _spans(_CLAUSE_COMMA_SIMPLE, text, start, end)


def _trim_simple(text: str, start: int, end: int) -> tuple[int, int]:
    """``_trim`` as it was, trying the dateline at every start."""
    while start < end and (text[start] in ",;:—–-" or text[start].isspace()):
        start += 1
    dateline = statements._DATELINE.match(text, start, end)
    if dateline is not None:
        start = dateline.end()
    while end > start and (text[end - 1] in ",;:.—–-" or text[end - 1].isspace()):
        end -= 1
    return start, end


_DATELINE_PIECES = st.sampled_from(["NEW DELHI", "PARIS", "É", "ß", "x", " ", "-", "—", ",", "(AP)", "Reuters", "."])


@settings(max_examples=400)
@given(st.lists(_DATELINE_PIECES, max_size=12).map("".join), st.data())
def test_trim_reads_datelines_as_before(text: str, data: st.DataObject) -> None:
    start, end = _bounds(text, data)
    assert statements._trim(text, start, end) == _trim_simple(text, start, end)


def test_a_dateline_starts_with_a_capital() -> None:
    """``_trim`` tries the dateline only after a capital: every character that can start one is upper case."""
    assert all(char.isupper() for char in re.findall(rf"[{UPPER}]", "".join(map(chr, range(0x2000)))))


@settings(max_examples=400)
@given(_TEXTS, st.data())
def test_conjuncts_need_and_at_the_end(text: str, data: st.DataObject) -> None:
    """``_first_conjunct`` skips the regex unless the stretch ends in "and": the regex never matches otherwise."""
    start, end = _bounds(text, data)
    if not text[start:end].rstrip(" \t").endswith("and"):
        assert _CONJUNCTS_SIMPLE.fullmatch(text, start, end) is None
