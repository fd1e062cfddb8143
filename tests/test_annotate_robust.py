"""Any text gives a valid Document: empty, blank, foreign, huge, full of marks or control characters."""

from __future__ import annotations

import time

import pytest
from hypothesis import given
from hypothesis import strategies as st

import stancekit
from stancekit.testing import texts


@given(st.one_of(texts(), st.text(max_size=400)))
def test_random_text_yields_a_valid_document(text: str) -> None:
    document = stancekit.annotate(text)
    assert document.text == text
    assert list(stancekit.iter_errors(document)) == []


@given(
    st.lists(
        st.sampled_from(
            [
                "Mao said",
                "“",
                "”",
                '"',
                "«",
                "»",
                "‘",
                "’",
                "He",
                "China",
                ", ",
                ". ",
                "\n\n",
                "according to",
                "U.S.",
                "Dr.",
                "that",
                "told reporters",
                "officials",
                "(",
                ")",
                "—",
                "she stressed",
            ]
        ),
        max_size=60,
    ).map("".join)
)
def test_news_like_fragments_yield_valid_documents(text: str) -> None:
    assert list(stancekit.iter_errors(stancekit.annotate(text))) == []


@pytest.mark.parametrize(
    "text",
    [
        "",
        "   \n\t  \r\n ",
        "中国外交部发言人毛宁表示，中方欢迎一切有利于和平的努力。",
        "Москва заявила, что переговоры продолжатся.",
        "مرحبا بالعالم. قال المتحدث إن المحادثات مفيدة.",
        "\x00\x01\x02 said \x1b[31m that \x7f\ufeff\u200b works",
        "“" * 5000 + "”" * 5000,
        '"' * 10001,
    ],
)
def test_awkward_inputs(text: str) -> None:
    document = stancekit.annotate(text)
    assert list(stancekit.iter_errors(document)) == []


def test_a_one_megabyte_paragraph_is_linear() -> None:
    unit = "Officials in Beijing said the plan, which Mao Ning backed, would work and that “talks” continue, "
    small = unit * 200
    big = unit * 10000  # about 1 MB, one paragraph, no sentence end
    started = time.perf_counter()
    stancekit.annotate(small)
    small_time = time.perf_counter() - started
    started = time.perf_counter()
    document = stancekit.annotate(big)
    big_time = time.perf_counter() - started
    assert len(big) > 900_000
    assert document.text == big
    # 50 times the text may take at most ~50 times as long (generous slack for a busy machine).
    assert big_time < max(1.0, small_time) * 150
