"""Long texts: the helpers that keep the stages linear give what the simple versions gave.

A stage that searches back to the text start, rebuilds a list or re-searches the whole text for
each hit is quadratic: harmless on an article, minutes on a 2 MB paragraph. Each helper that
replaced such a step is checked here against the simple version it replaced; the timing itself
is measured by ``benchmarks/annotate_speed.py``, never in a test.
"""

from __future__ import annotations

import re

from hypothesis import example, given
from hypothesis import strategies as st

import stancekit
from stancekit.annotate import RuleAnnotator
from stancekit.annotate._lex import last_space
from stancekit.annotate.draft import Draft
from stancekit.annotate.entities import _Overlaps


@given(st.text(alphabet=" \t\nab.", max_size=300), st.integers(0, 300), st.integers(0, 300))
@example(text="\t" + "a" * 300, first=0, second=301)  # tabs only, the nearest far back: the window grows
def test_last_space_is_the_last_of_the_three_separators(text: str, first: int, second: int) -> None:
    start, end = sorted((min(first, len(text)), min(second, len(text))))
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


@given(st.text(alphabet="aA-, ;2é_\u0301²", max_size=30), st.text(alphabet="Aa-", min_size=1, max_size=4))
@example(text="a Aa-a", word="Aa")  # up to a hyphen
@example(text="a Aa2", word="Aa")  # a digit after it: no word
@example(text=", Aa_", word="Aa")  # "_" is no letter or digit
@example(text="a Aa\u0301", word="Aa")  # nor is a combining mark
def test_capitalised_words_collected_once_are_those_searched_for(text: str, word: str) -> None:
    # Past a few sentence-start words the text is read once for all of them: the same answers.
    from stancekit.annotate.entities import _capitalised_inside, _capitalised_words_inside

    assert (word in _capitalised_words_inside(text)) == _capitalised_inside(text, word)


def test_many_sentence_start_words_read_as_few() -> None:
    # Past a few sentence-start words the text is read once for all of them; the groups come out the same.
    openers = ["Small", "Poor", "Local", "Rural", "Older", "Angry", "Tired", "Retired", "Frustrated", "Young"]
    text = " ".join(f"{word} farmers said they were ignored." for word in openers) + " Officials met Young."
    document = stancekit.annotate(text)
    groups = {entity.name for entity in document.entities if entity.type == "group"}
    # "Young" is capitalised inside a sentence too, so there it is a name: "Young farmers" stays as written.
    expected = {f"{word.lower()} farmers" for word in openers if word != "Young"} | {"Young farmers"}
    assert expected <= groups
    assert len(document.statements) == len(openers)


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


_WORDISH = st.text(alphabet="ab-'’. \nX", max_size=30)


@given(_WORDISH, st.text(alphabet="ab-'’.X", min_size=1, max_size=4), st.booleans())
def test_lower_case_look_up_agrees_with_a_search_of_the_text(text: str, word: str, indexed: bool) -> None:
    # Past a few words the text's words are collected once instead of searched for each: same answers.
    from stancekit.annotate.entities import _SEARCHES_BEFORE_INDEX, _written_in_lower_case

    draft = Draft(text=text, meta={}, annotator="test", rules=None)
    if indexed:
        draft.scratch["lower_case_words"] = {f"other{index}": False for index in range(_SEARCHES_BEFORE_INDEX)}
    expected = re.search(rf"(?<![\w’'-]){re.escape(word)}(?![\w’'-])", text) is not None
    assert _written_in_lower_case(draft, word) == expected


def test_a_removal_inside_many_mentions_leaves_no_stale_index() -> None:
    draft = Draft(text="x" * 40, meta={}, annotator="test", rules=None)
    first = draft.add_mention("e1", 0, 5, "test")
    second = draft.add_mention("e1", 10, 15, "test")
    draft.mentions_in(0, 40)  # the index, kept from here on
    with draft.many_mentions():
        draft.remove_mentions([first])
        third = draft.add_mention("e2", 20, 25, "test")
    assert draft.mentions_in(0, 40) == [second, third]
