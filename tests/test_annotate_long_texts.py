"""Long texts: the helpers that keep the stages linear give what the simple versions gave.

A stage that searches back to the text start, rebuilds a list or re-searches the whole text for
each hit is quadratic: harmless on an article, minutes on a 2 MB paragraph. Each helper that
replaced such a step is checked here against the simple version it replaced; the timing itself
is measured by ``benchmarks/annotate_speed.py``, never in a test.
"""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from stancekit.annotate import RuleAnnotator
from stancekit.annotate._lex import last_space
from stancekit.annotate.draft import Draft
from stancekit.annotate.entities import _Overlaps

_TEXT = st.text(alphabet=" \t\nab.", max_size=60)


@given(_TEXT, st.data())
def test_last_space_is_the_last_of_the_three_separators(text: str, data: st.DataObject) -> None:
    start = data.draw(st.integers(0, len(text)))
    end = data.draw(st.integers(start, len(text)))
    expected = max(text.rfind(" ", start, end), text.rfind("\n", start, end), text.rfind("\t", start, end))
    assert last_space(text, start, end) == expected


_SPAN = st.tuples(st.integers(0, 40), st.integers(1, 8)).map(lambda pair: (pair[0], pair[0] + pair[1]))


@given(st.lists(_SPAN, max_size=12), st.lists(_SPAN, max_size=8))
def test_overlaps_drops_what_rebuilding_the_list_dropped(
    existing: list[tuple[int, int]], added: list[tuple[int, int]]
) -> None:
    # The simple version: for each new stretch, drop every item overlapping it, then append it.
    expected = [(start, end, "old") for start, end in existing]
    for start, end in added:
        expected = [item for item in expected if not (item[0] < end and start < item[1])]
        expected.append((start, end, "new"))

    items = [(start, end, "old") for start, end in existing]
    overlaps = _Overlaps(items)
    for start, end in added:
        overlaps.drop(start, end)
        items.append((start, end, "new"))
        overlaps.add(start, end)
    overlaps.apply()
    assert items == expected


def test_remove_mentions_keeps_the_order_and_the_index() -> None:
    text = "Anna Berg met Omar Haddad and Lise Dahl."
    draft = Draft(text=text, meta={}, annotator="test", rules=None)
    first = draft.add_mention("e1", 0, 9, "test")
    second = draft.add_mention("e2", 14, 25, "test")
    third = draft.add_mention("e3", 30, 39, "test")
    assert draft.mentions_in(0, len(text)) == [first, second, third]  # builds the index
    draft.remove_mentions([second])
    assert draft.mentions == [first, third]
    assert second.id not in draft.explanations and first.id in draft.explanations
    assert draft.mentions_in(0, len(text)) == [first, third]


def test_an_abbreviation_opening_a_later_paragraph_ends_no_sentence() -> None:
    # The word before a full stop was read from the text start when no space preceded it in its
    # paragraph: "Dr." opening the second paragraph became a sentence of its own.
    text = "The hearing ended late.\n\nDr. Ines Moreau said the report was incomplete. Gen. Paulo Reis agreed."
    draft = RuleAnnotator().draft(text)
    assert [text[start:end] for start, end in draft.sentences] == [
        "The hearing ended late.",
        "Dr. Ines Moreau said the report was incomplete.",
        "Gen. Paulo Reis agreed.",
    ]


def test_a_sentence_start_word_is_looked_up_once_per_text() -> None:
    # "Small" opens two sentences; whether the text capitalises it elsewhere is searched once.
    text = "Small island states pushed for the fund. Small farmers said they were ignored."
    draft = RuleAnnotator().draft(text)
    assert draft.scratch.get("capitalised_inside") == {"Small": False}
    groups = sorted(entity.name for entity in draft.entities.values() if entity.type == "group")
    assert "small island states" in groups


_MENTION_SPANS = st.lists(st.tuples(st.integers(0, 30), st.integers(1, 5)), max_size=12)


@given(_MENTION_SPANS, _MENTION_SPANS)
def test_many_mentions_indexes_them_as_one_by_one_insertion_does(
    before: list[tuple[int, int]], added: list[tuple[int, int]]
) -> None:
    text = "x" * 40

    def draft_with(deferred: bool) -> Draft:
        draft = Draft(text=text, meta={}, annotator="test", rules=None)
        for start, size in before:
            draft.add_mention("e1", start, start + size, "test")
        draft.mentions_in(0, 0)  # the index, kept from here on
        if deferred:
            with draft.many_mentions():
                for start, size in added:
                    draft.add_mention("e2", start, start + size, "test")
        else:
            for start, size in added:
                draft.add_mention("e2", start, start + size, "test")
        return draft

    one_by_one, at_once = draft_with(False), draft_with(True)
    assert [mention.id for mention in at_once.mentions_in(0, 40)] == [
        mention.id for mention in one_by_one.mentions_in(0, 40)
    ]
    assert [mention.id for mention in at_once.mentions_before(40)] == [
        mention.id for mention in one_by_one.mentions_before(40)
    ]
